// Sizes, line pitch, indents and insets derived from the theme for one body size — the numbers both the fitter
// and the renderer use, so what is measured is what is written.
import type { Theme } from '../theme/types.js';
import type { FlowKind, ParaSpec } from './units.js';

/** Text box insets in points [left, top, right, bottom]: written explicitly so PowerPoint's defaults never apply. */
export const BODY_INSET: [number, number, number, number] = [7.2, 3.6, 7.2, 3.6];
export const QUOTE_INSET: [number, number, number, number] = [18, 9, 14, 9];
export const CODE_INSET: [number, number, number, number] = [10, 7, 10, 7];
/** Table cell margins in points (pptxgenjs `margin`), left/right and top/bottom. */
export const CELL_MARGIN_X = 5;
export const CELL_MARGIN_Y = 3;
/**
 * Height slack per text box, in points. Renderers place the last line's descenders and round positions
 * differently; a few points keep check-deck's "below box" at zero without wasting a line.
 */
export const BOX_SLACK_PT = 4;

export interface BodyScale {
  /** Level-1 / plain paragraph size. */
  base: number;
  /** Sizes for levels 0..3 (0 = plain paragraph, same as level 1). */
  level: [number, number, number, number];
  code: number;
  table: number;
}

/** The body scale at base size `s`: lower levels keep the theme's steps but never go below the floor. */
export function bodyScale(theme: Theme, s: number): BodyScale {
  const [l1, l2, l3] = theme.sizes.body;
  const drop = l1 - s;
  const floor = theme.sizes.minBody;
  const lv = (x: number) => Math.max(Math.min(floor, s), x - drop);
  return {
    base: s,
    level: [s, s, lv(l2), lv(l3)],
    code: Math.max(theme.sizes.minCode, theme.sizes.code - drop),
    table: Math.max(theme.sizes.minTable, theme.sizes.table - drop),
  };
}

export function sizeFor(kind: FlowKind, para: ParaSpec, scale: BodyScale): number {
  if (kind === 'code' || para.mono) return scale.code;
  return scale.level[Math.min(para.level, 3)];
}

/** Exact line pitch in points: a whole number so PowerPoint, LibreOffice and our maths agree. */
export function linePitch(theme: Theme, sizePt: number, mono = false): number {
  return Math.ceil(sizePt * (mono ? Math.max(1.15, theme.spacing.lineSpacing - 0.1) : theme.spacing.lineSpacing));
}

export function spaceBefore(theme: Theme, sizePt: number, level: number): number {
  // Sub-items sit closer to their parent than top-level items to each other.
  const k = level >= 2 ? 0.5 : 1;
  return Math.round(sizePt * theme.spacing.paragraphSpacing * k);
}

/** Bullet hang and left margin in points for a list level (0 = none). */
export function indentFor(level: number, sizePt: number): { marginLeftPt: number; indentPt: number } {
  if (level <= 0) return { marginLeftPt: 0, indentPt: 0 };
  const hang = Math.round(sizePt * 1.2);
  const step = 24;
  return { marginLeftPt: (level - 1) * step + hang, indentPt: -hang };
}

export function insetFor(kind: FlowKind): [number, number, number, number] {
  return kind === 'quote' ? QUOTE_INSET : kind === 'code' ? CODE_INSET : BODY_INSET;
}
