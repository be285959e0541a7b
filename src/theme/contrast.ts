// WCAG 2.x colour contrast, and what a colour looks like over another at some transparency.
import type { Color } from './types.js';

function channels(hex: Color): [number, number, number] {
  const h = hex.replace(/^#/, '');
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`not a colour: ${JSON.stringify(hex)}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.x, sRGB). */
export function luminance(hex: Color): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 (none) to 21 (black on white). Order does not matter. */
export function contrastRatio(fg: Color, bg: Color): number {
  const a = luminance(fg);
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** `top` painted over `under` with `transparency` percent (0 = opaque), as upper-case RRGGBB. */
export function blend(top: Color, under: Color, transparency = 0): Color {
  const a = 1 - Math.min(100, Math.max(0, transparency)) / 100;
  const t = channels(top);
  const u = channels(under);
  return t.map((c, i) => Math.round(c * a + u[i] * (1 - a)).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** The colour `f` of the way from `from` to `to` (0 → from, 1 → to). */
export function mix(from: Color, to: Color, f: number): Color {
  return blend(to, from, (1 - f) * 100);
}

/** Ratio shown the way people quote it: 4.48:1 → "4.48:1". */
export function formatRatio(r: number): string {
  return `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;
}
