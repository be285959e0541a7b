// Fitting a title (or any single paragraph) into a fixed box: shrink first, then allow wrapping.
import type { Inline, LaidParagraph, TextBox, Box } from '../model.js';
import type { Theme } from '../theme/types.js';
import type { FontFaces } from './measure.js';
import { wrapRuns } from './wrap.js';
import { BODY_INSET, BOX_SLACK_PT } from './style.js';

export interface TitleFit {
  sizePt: number;
  lines: number;
  pitch: number;
  /** Height the text needs, in inches, insets included. */
  needIn: number;
}

export interface TitleSpec {
  runs: Inline[];
  faces: FontFaces;
  maxPt: number;
  minPt: number;
  /** Prefer this many lines or fewer before shrinking further. */
  maxLines: number;
  box: Box;
  lineSpacing: number;
  bold?: boolean;
}

export function fitTitle(spec: TitleSpec): TitleFit {
  const widthPt = spec.box.w * 72 - BODY_INSET[0] - BODY_INSET[2];
  const runs = spec.bold ? spec.runs.map((r) => ({ ...r, bold: true })) : spec.runs;
  const measure = (s: number): TitleFit => {
    const lines = wrapRuns(runs, { style: { faces: spec.faces, sizePt: s, bold: spec.bold }, maxWidthPt: widthPt }).lines.length;
    const pitch = Math.ceil(s * spec.lineSpacing);
    return { sizePt: s, lines, pitch, needIn: (lines * pitch + BODY_INSET[1] + BODY_INSET[3] + BOX_SLACK_PT) / 72 };
  };
  const boxPt = spec.box.h;
  // 1) one line with a small shrink; 2) the largest size that fits the box within maxLines; 3) the floor.
  for (let s = spec.maxPt; s >= Math.max(spec.minPt, spec.maxPt - 4); s--) {
    const f = measure(s);
    if (f.lines === 1 && f.needIn <= boxPt) return f;
  }
  for (let s = spec.maxPt; s >= spec.minPt; s--) {
    const f = measure(s);
    if (f.lines <= spec.maxLines && f.needIn <= boxPt) return f;
  }
  for (let s = spec.maxPt; s >= spec.minPt; s--) {
    const f = measure(s);
    if (f.lines <= spec.maxLines) return f;
  }
  return measure(spec.minPt);
}

export function titleBox(
  role: TextBox['role'],
  runs: Inline[],
  fit: TitleFit,
  box: Box,
  opts: { color: string; align?: 'l' | 'c' | 'r'; bold?: boolean; valign?: TextBox['valign']; font?: 'title' | 'body' },
): TextBox {
  const para: LaidParagraph = {
    runs,
    level: 0,
    sizePt: fit.sizePt,
    align: opts.align,
    spaceBeforePt: 0,
    lineSpacingPt: fit.pitch,
    marginLeftPt: 0,
    indentPt: 0,
    color: opts.color,
    bold: opts.bold,
    font: opts.font ?? 'title',
    lines: fit.lines,
  };
  return {
    kind: 'text',
    role,
    ...box,
    h: Math.max(box.h, Math.round(fit.needIn * 1000) / 1000),
    paragraphs: [para],
    valign: opts.valign ?? 'middle',
    insetPt: BODY_INSET,
  };
}

export type { Theme };
