// Text colours over a template's artwork: a title placeholder that sits on a picture (a red banner pasted on the
// template's example slides) keeps the template's own colour only when it reads there. The picture is decoded and
// sampled under the text box; when the template's colour fails, the scheme's lt1 or dk1 — whichever reads better —
// is used, and the build says so.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { contrastRatio } from '../theme/contrast.js';
import { MIN_TEXT_CONTRAST } from '../theme/check.js';
import type { TemplateBox } from './types.js';

/** The contrast huibao holds all text to, titles included (WCAG 2 AA, as `themes check`). */
export const TITLE_CONTRAST = MIN_TEXT_CONTRAST;
/** The share of the box that may fall below the ratio (anti-aliased edges, a thin ornament). */
const TOLERATED = 0.1;
/** Pixels above this count are not decoded (a template picture is a slide-sized JPEG or PNG, a few megapixels). */
const MAX_PIXELS = 40_000_000;

export interface Picture {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

/** A JPEG or PNG, decoded; undefined for any other format or a picture that does not decode. */
export function decodePicture(bytes: Uint8Array): Picture | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
      return { width: img.width, height: img.height, data: img.data };
    }
    if (bytes[0] === 0x89 && bytes[1] === 0x50) {
      const img = PNG.sync.read(Buffer.from(bytes));
      if (img.width * img.height > MAX_PIXELS) return undefined;
      return { width: img.width, height: img.height, data: new Uint8Array(img.data) };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0').toUpperCase();

/**
 * The colours under `box` (inches) of a picture stretched over the whole slide, on a grid of at most 48 × 16 points
 * (transparent pixels show `background`).
 */
export function colorsUnder(pic: Picture, box: TemplateBox, slide: { w: number; h: number }, background: string): string[] {
  const bg = [0, 2, 4].map((i) => parseInt(background.slice(i, i + 2), 16));
  const out: string[] = [];
  const cols = 48;
  const rows = 16;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = Math.min(pic.width - 1, Math.max(0, Math.floor(((box.x + ((c + 0.5) / cols) * box.w) / slide.w) * pic.width)));
      const y = Math.min(pic.height - 1, Math.max(0, Math.floor(((box.y + ((r + 0.5) / rows) * box.h) / slide.h) * pic.height)));
      const i = (y * pic.width + x) * 4;
      const a = pic.data[i + 3] / 255;
      out.push([0, 1, 2].map((k) => hex2(Math.round(pic.data[i + k] * a + bg[k] * (1 - a)))).join(''));
    }
  }
  return out;
}

/** The contrast `color` reaches on all but the tolerated share of `under`. */
export function contrastOn(color: string, under: readonly string[]): number {
  if (under.length === 0) return Infinity;
  const ratios = under.map((u) => contrastRatio(color, u)).sort((a, b) => a - b);
  return ratios[Math.floor(under.length * TOLERATED)];
}

/** The most common colour (to name in a message). */
export function typical(under: readonly string[]): string {
  const n = new Map<string, number>();
  for (const u of under) n.set(u, (n.get(u) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
