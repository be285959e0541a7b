// Slide sizes and theme lengths (Len) in inches.
import type { Aspect, Box } from '../model.js';

export interface SlideSize {
  w: number;
  h: number;
}

export function slideSize(aspect: Aspect): SlideSize {
  return aspect === '4:3' ? { w: 10, h: 7.5 } : { w: 13.333, h: 7.5 };
}

export type Len = number | string;
export interface RegionSpec {
  x: Len;
  y: Len;
  w: Len;
  h: Len;
}

/**
 * Theme lengths: a number ≥ 0 is inches from the left/top; a negative number is inches from the right/bottom edge
 * (x, y only); 'N%' is a share of the slide width (x, w) or height (y, h).
 */
export function resolveLen(v: Len, extent: number, isPosition: boolean): number {
  if (typeof v === 'number') return v < 0 && isPosition ? extent + v : v;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(v);
  if (m) return (Number(m[1]) / 100) * extent;
  const n = Number(v);
  if (Number.isFinite(n)) return n < 0 && isPosition ? extent + n : n;
  return 0;
}

export function resolveRegion(r: RegionSpec, size: SlideSize): Box {
  return {
    x: round(resolveLen(r.x, size.w, true)),
    y: round(resolveLen(r.y, size.h, true)),
    w: round(resolveLen(r.w, size.w, false)),
    h: round(resolveLen(r.h, size.h, false)),
  };
}

/** Inches are kept to 1/1000: enough precision, and stable output across platforms. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export const PT_PER_IN = 72;
