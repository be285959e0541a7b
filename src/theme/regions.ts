// Where things land on a slide for a theme: the title, body, footer and slide-number boxes of each layout, at
// 16:9 and 4:3. The layout stage and the renderer place boxes with these; the checker uses them to know which
// colours sit under which text.
import type { Decoration, LayoutKey, Len, Region, Theme } from './types.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SlideSize {
  w: number;
  h: number;
}

export const ASPECTS: Record<'16:9' | '4:3', SlideSize> = { '16:9': { w: 13.333, h: 7.5 }, '4:3': { w: 10, h: 7.5 } };

/** Layouts that show the footer and slide number unless the theme says otherwise. */
export const SHOWS_CHROME: Record<LayoutKey, boolean> = { title: false, agenda: true, section: false, content: true, quote: true, closing: false };
/** Layouts whose body region holds text (the title slide's holds the subtitle and byline). */
export const HAS_BODY: Record<LayoutKey, boolean> = { title: true, agenda: true, section: false, content: true, quote: true, closing: false };

export const DEFAULT_FOOTER = (theme: Theme): Region => ({ x: theme.spacing.marginX, y: -0.5, w: '50%', h: 0.35 });
export const DEFAULT_SLIDE_NUMBER: Region = { x: -1.3, y: -0.5, w: 0.9, h: 0.35 };

export function resolveLen(v: Len, extent: number, isPosition: boolean): number {
  if (typeof v === 'number') return v < 0 && isPosition ? extent + v : v;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(v);
  return m ? (Number(m[1]) / 100) * extent : 0;
}

export function resolveRegion(r: Region, size: SlideSize): Box {
  return { x: resolveLen(r.x, size.w, true), y: resolveLen(r.y, size.h, true), w: resolveLen(r.w, size.w, false), h: resolveLen(r.h, size.h, false) };
}

/** Title and body boxes of a layout when the theme gives none (same rules as the layout stage). */
export function defaultRegions(layout: LayoutKey, theme: Theme, size: SlideSize): { title: Box; body: Box } {
  const { marginX, marginTop, marginBottom, titleHeight, gap } = theme.spacing;
  const w = size.w - 2 * marginX;
  switch (layout) {
    case 'title':
      return {
        title: { x: marginX + 0.3, y: size.h * 0.22, w: w - 0.6, h: size.h * 0.3 },
        body: { x: marginX + 0.3, y: size.h * 0.22 + size.h * 0.3 + 0.2, w: w - 0.6, h: size.h * 0.3 },
      };
    case 'section':
    case 'closing':
      return {
        title: { x: marginX + 0.3, y: size.h * 0.3, w: w - 0.6, h: size.h * 0.36 },
        body: { x: marginX + 0.3, y: size.h * 0.68, w: w - 0.6, h: size.h * 0.15 },
      };
    default: {
      const bodyY = marginTop + titleHeight + gap;
      return {
        title: { x: marginX, y: marginTop, w, h: titleHeight },
        body: { x: marginX, y: bodyY, w, h: size.h - bodyY - marginBottom },
      };
    }
  }
}

export interface LayoutBoxes {
  title: Box;
  body: Box;
  footer?: Box & { color?: string };
  slideNumber?: Box & { color?: string };
  logo?: Box;
}

/** Every text box a layout can show, resolved for one slide size. */
export function layoutBoxes(layout: LayoutKey, theme: Theme, size: SlideSize): LayoutBoxes {
  const style = theme.layouts[layout];
  const d = defaultRegions(layout, theme, size);
  const out: LayoutBoxes = {
    title: style.title ? resolveRegion(style.title, size) : d.title,
    body: style.body ? resolveRegion(style.body, size) : d.body,
  };
  const chrome = SHOWS_CHROME[layout];
  const footer = style.footer === false ? undefined : (style.footer ?? (chrome ? DEFAULT_FOOTER(theme) : undefined));
  if (footer) out.footer = { ...resolveRegion(footer, size), color: (footer as { color?: string }).color };
  const num = style.slideNumber === false ? undefined : (style.slideNumber ?? (chrome ? DEFAULT_SLIDE_NUMBER : undefined));
  if (num) out.slideNumber = { ...resolveRegion(num, size), color: (num as { color?: string }).color };
  if (style.logo) out.logo = resolveRegion(style.logo, size);
  return out;
}

export function overlaps(a: Box, b: Box, tolerance = 0.01): boolean {
  return a.x + tolerance < b.x + b.w && b.x + tolerance < a.x + a.w && a.y + tolerance < b.y + b.h && b.y + tolerance < a.y + a.h;
}

export function insideSlide(b: Box, size: SlideSize, tolerance = 0.01): boolean {
  return b.x >= -tolerance && b.y >= -tolerance && b.x + b.w <= size.w + tolerance && b.y + b.h <= size.h + tolerance;
}

/** Is the point inside the decoration's filled area? (Lines have none.) */
export function covers(d: Decoration, box: Box, px: number, py: number): boolean {
  if (d.shape === 'line' || !d.fill) return false;
  if (px < box.x || px > box.x + box.w || py < box.y || py > box.y + box.h) return false;
  if (d.shape === 'rect') return true;
  const rx = box.w / 2;
  const ry = box.h / 2;
  if (rx <= 0 || ry <= 0) return false;
  const dx = (px - (box.x + rx)) / rx;
  const dy = (py - (box.y + ry)) / ry;
  return dx * dx + dy * dy <= 1;
}
