// Slide sizes and theme lengths (Len) in inches.
import type { Aspect, Box } from '../model.js';

export interface SlideSize {
  w: number;
  h: number;
}

export function slideSize(aspect: Aspect): SlideSize {
  return aspect === '4:3' ? { w: 10, h: 7.5 } : { w: 13.333, h: 7.5 };
}

// Theme lengths (numbers, negative offsets, percentages) are the theme's own rules: one implementation.
import { resolveLen as themeLen, type Box as ThemeBox } from '../theme/regions.js';
import type { Region } from '../theme/types.js';

export type Len = number | string;
export type RegionSpec = Region;

export function resolveLen(v: Len, extent: number, isPosition: boolean): number {
  return themeLen(v, extent, isPosition);
}

export function resolveRegion(r: RegionSpec, size: SlideSize): Box {
  return { x: round(resolveLen(r.x, size.w, true)), y: round(resolveLen(r.y, size.h, true)), w: round(resolveLen(r.w, size.w, false)), h: round(resolveLen(r.h, size.h, false)) };
}

export type { ThemeBox };

/** Inches are kept to 1/1000: enough precision, and stable output across platforms. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export const PT_PER_IN = 72;
