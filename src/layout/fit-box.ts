// The fit engine for the designed layouts' boxes (card text, figures, captions, steps, agenda entries): the same
// wrapper and line pitch as the body flow, one base size for a set of sibling boxes (three cards share a size),
// shrunk in 1-pt steps from the theme's size to its floor; undefined when even the floor does not fit, so the
// layout can fall back to a simpler one.
import type { Inline, LaidParagraph, TextBox, Box, Align } from '../model.js';
import type { Theme } from '../theme/types.js';
import { wrapRuns } from './wrap.js';
import { BODY_INSET, BOX_SLACK_PT, linePitch } from './style.js';
import { round } from './geometry.js';

export interface BoxPara {
  runs: Inline[];
  /** Size relative to the base size (1 = base); the result is rounded to whole points. */
  scale?: number;
  /** Fixed extra points over the base (a heading at base + 2). */
  plus?: number;
  font?: 'title' | 'body';
  bold?: boolean;
  color: string;
  align?: Align;
  /** Space before, as a multiple of this paragraph's size (ignored on the first paragraph). */
  spaceBeforeEm?: number;
  /** At most this many lines, or the box does not fit at this size. */
  maxLines?: number;
  /** Line pitch as a multiple of the size (default: the theme's body line spacing). */
  lineSpacing?: number;
}

export interface BoxSpec {
  paras: BoxPara[];
  /** Box size in inches (the text area is this minus the insets). */
  w: number;
  h: number;
  inset?: [number, number, number, number];
}

export interface FittedBox {
  paragraphs: LaidParagraph[];
  /** Height the text needs, inches, insets and slack included. */
  needIn: number;
}

/** Size of one paragraph at base size `base`. */
export function paraSize(p: BoxPara, base: number): number {
  return Math.round(base * (p.scale ?? 1)) + (p.plus ?? 0);
}

/** Lay out one box's paragraphs at base size `base`; undefined if they do not fit its width/height/line limits. */
export function fitAt(spec: BoxSpec, base: number, theme: Theme): FittedBox | undefined {
  const inset = spec.inset ?? BODY_INSET;
  const widthPt = spec.w * 72 - inset[0] - inset[2];
  if (widthPt <= 0) return undefined;
  let used = inset[1] + inset[3] + BOX_SLACK_PT;
  const paragraphs: LaidParagraph[] = [];
  spec.paras.forEach((p, i) => {
    const size = paraSize(p, base);
    const faces = p.font === 'title' ? theme.fonts.title : theme.fonts.body;
    const runs = p.bold ? p.runs.map((r) => ({ ...r, bold: true })) : p.runs;
    const lines = wrapRuns(runs, { style: { faces, sizePt: size, bold: p.bold }, mono: theme.fonts.mono, maxWidthPt: widthPt }).lines.length;
    const pitch = p.lineSpacing ? Math.ceil(size * p.lineSpacing) : linePitch(theme, size);
    const before = i === 0 ? 0 : Math.round(size * (p.spaceBeforeEm ?? theme.spacing.paragraphSpacing));
    used += before + lines * pitch;
    paragraphs.push({
      runs: p.runs, level: 0, sizePt: size, align: p.align, spaceBeforePt: before, lineSpacingPt: pitch, marginLeftPt: 0, indentPt: 0,
      color: p.color, bold: p.bold, font: p.font ?? 'body', lines,
    });
  });
  if (paragraphs.some((p, i) => spec.paras[i].maxLines !== undefined && p.lines > spec.paras[i].maxLines!)) return undefined;
  const needIn = used / 72;
  return needIn <= spec.h + 1e-9 ? { paragraphs, needIn } : undefined;
}

/**
 * The largest base size from `top` down to `floor` (whole points) at which every box fits; the boxes share it.
 * Returns the fitted boxes, or undefined when the floor does not fit (the caller falls back).
 */
export function fitTogether(specs: readonly BoxSpec[], top: number, floor: number, theme: Theme): { base: number; boxes: FittedBox[] } | undefined {
  for (let s = Math.round(top); s >= floor; s--) {
    const boxes: FittedBox[] = [];
    for (const spec of specs) {
      const f = fitAt(spec, s, theme);
      if (!f) break;
      boxes.push(f);
    }
    if (boxes.length === specs.length) return { base: s, boxes };
  }
  return undefined;
}

/** A text box for fitted paragraphs. */
export function textBoxOf(role: TextBox['role'], box: Box, fitted: FittedBox, opts: Partial<Omit<TextBox, 'kind' | 'role' | 'paragraphs'>> = {}): TextBox {
  return {
    kind: 'text',
    role,
    x: round(box.x),
    y: round(box.y),
    w: round(box.w),
    h: round(box.h),
    paragraphs: fitted.paragraphs,
    valign: 'top',
    insetPt: BODY_INSET,
    ...opts,
  };
}

/** A shape with no text (a card face, a rule, a band). */
export function shapeOf(role: TextBox['role'], box: Box, fill: string | undefined, opts: Partial<Omit<TextBox, 'kind' | 'role' | 'paragraphs'>> = {}): TextBox {
  return { kind: 'text', role, x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h), paragraphs: [], valign: 'middle', insetPt: [0, 0, 0, 0], fill, ...opts };
}

/**
 * Prefer the tight form (headings, dates, captions on one line) when it fits at `tightFloor` or above; else the
 * loose form (more lines allowed) down to the floor.
 */
export function fitPreferring(make: (tight: boolean) => BoxSpec[], top: number, floor: number, tightFloor: number, theme: Theme) {
  return fitTogether(make(true), top, Math.max(floor, tightFloor), theme) ?? fitTogether(make(false), top, floor, theme);
}
