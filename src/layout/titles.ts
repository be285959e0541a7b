// Fitting a title (or any single paragraph) into a fixed box: shrink first, then allow wrapping.
import type { Inline, LaidParagraph, TextBox, Box } from '../model.js';
import type { Theme } from '../theme/types.js';
import type { FontFaces } from './measure.js';
import { wrapRuns } from './wrap.js';
import { BODY_INSET, BOX_SLACK_PT } from './style.js';
import { cutRuns } from './flow.js';

export interface TitleFit {
  /** The runs to show: the input, or with a line break put after a clause mark to balance two lines. */
  runs: Inline[];
  sizePt: number;
  lines: number;
  pitch: number;
  /** Height the text needs, in inches, insets included. */
  needIn: number;
}

export interface TitleSpec {
  runs: Inline[];
  faces: FontFaces;
  /** Code runs' face (`collections.deque` in a title is drawn in the mono face, wider): required, never forgotten. */
  mono: FontFaces;
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
    let shown = spec.runs;
    let lines = wrapRuns(runs, { style: { faces: spec.faces, sizePt: s, bold: spec.bold }, mono: spec.mono, maxWidthPt: widthPt }).lines.length;
    if (lines === 2) {
      // A Chinese title that wraps reads best broken after its comma, not wherever the width runs out. The broken
      // lines must fit with 3 % to spare: a first line that just fit by our measure (a full-width comma counted
      // narrower) wrapped again in LibreOffice — a third line outside the box (issue 16, a 1000-character title).
      const balanced = balance(spec.runs, (r) => wrapRuns(spec.bold ? r.map((x) => ({ ...x, bold: true })) : r, { style: { faces: spec.faces, sizePt: s, bold: spec.bold }, mono: spec.mono, maxWidthPt: widthPt * 0.97 }).lines.length);
      if (balanced) shown = balanced;
    }
    const pitch = Math.ceil(s * spec.lineSpacing);
    return { runs: shown, sizePt: s, lines, pitch, needIn: (lines * pitch + BODY_INSET[1] + BODY_INSET[3] + BOX_SLACK_PT) / 72 };
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
  // Nothing fits the box: the floor, where the box has to grow least (this took the largest size within maxLines,
  // a 44 pt title on two lines wrapping out of a template's banner, and a template title box too low for one line
  // looked "overlong" to src/layout/overlong.ts at every length).
  return measure(spec.minPt);
}

const CLAUSE_END = /[，、：；,:;]/g;

/** Runs with a line break after the clause mark nearest the middle, if that still makes exactly two lines. */
function balance(runs: readonly Inline[], lineCount: (r: Inline[]) => number): Inline[] | undefined {
  const text = runs.map((r) => r.text).join('');
  if (runs.some((r) => r.breakBefore)) return undefined;
  const marks = [...text.matchAll(CLAUSE_END)].map((m) => (m.index ?? 0) + 1).filter((i) => i > 1 && i < text.length - 1);
  marks.sort((a, b) => Math.abs(a - text.length / 2) - Math.abs(b - text.length / 2));
  for (const at of marks) {
    const [head, tail] = cutRuns(runs, [at, text.length - at]);
    if (!head || !tail) continue;
    const broken = [...head, { ...tail[0], text: tail[0].text.replace(/^\s+/, ''), breakBefore: true }, ...tail.slice(1)];
    if (lineCount(broken) === 2) return broken;
  }
  return undefined;
}

export function titleBox(
  role: TextBox['role'],
  fit: TitleFit,
  box: Box,
  opts: { color: string; align?: 'l' | 'c' | 'r'; bold?: boolean; valign?: TextBox['valign']; font?: 'title' | 'body' },
): TextBox {
  const para: LaidParagraph = {
    runs: fit.runs,
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
