// The designed layouts' fit engine (src/layout/fit-box.ts) at its boundaries, written against StrykerJS's survivors:
// the exact height a box needs, the size every sibling box shares, the floor, the line limits, the tight form.
import { describe, expect, it } from 'vitest';
import { fitAt, fitPreferring, fitTogether, paraSize, shapeOf, textBoxOf, type BoxSpec } from '../../src/layout/fit-box.js';
import { BODY_INSET, BOX_SLACK_PT } from '../../src/layout/style.js';
import { wrapRuns } from '../../src/layout/wrap.js';
import { resolveTheme } from '../../src/theme/index.js';

const gov = resolveTheme('gov-blue'); // lineSpacing 1.25, paragraphSpacing 0.45
const WIDE = 10; // inches: every short text below stays on one line
const insetsV = BODY_INSET[1] + BODY_INSET[3] + BOX_SLACK_PT;
/** Inches a box of one-line paragraphs at these sizes needs in gov-blue (pitch ⌈1.25·size⌉, space ⌊0.45·size⌉). */
const needFor = (...sizes: number[]) =>
  (insetsV + sizes.reduce((a, s, i) => a + Math.ceil(s * 1.25) + (i === 0 ? 0 : Math.round(s * 0.45)), 0)) / 72;
/** The narrowest width (pt, to 0.01) at which `text` stays on one line at 20 pt. */
const oneLineWidth = (text: string, bold = false) => {
  let lo = 1;
  let hi = 2000;
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    const n = wrapRuns([{ text, bold }], { style: { faces: gov.fonts.body, sizePt: 20, bold }, mono: gov.fonts.mono, maxWidthPt: mid }).lines.length;
    if (n === 1) hi = mid;
    else lo = mid;
  }
  return hi;
};
const one = (text = '国家', extra: Partial<BoxSpec['paras'][number]> = {}): BoxSpec['paras'][number] => ({ runs: [{ text }], color: '112233', ...extra });

describe('paraSize', () => {
  it('scales the base, rounds to whole points, then adds the fixed extra', () => {
    expect(paraSize(one(), 20)).toBe(20);
    expect(paraSize(one('x', { scale: 0.55 }), 21)).toBe(12); // 11.55 → 12
    expect(paraSize(one('x', { scale: 1.5, plus: 2 }), 20)).toBe(32);
    expect(paraSize(one('x', { plus: 3 }), 20)).toBe(23);
  });
});

describe('fitAt', () => {
  it('says exactly what one line needs: insets, slack and one pitch, and lays the paragraph out as asked', () => {
    const f = fitAt({ w: WIDE, h: 5, paras: [one('国家', { align: 'c' })] }, 20, gov)!;
    expect(f.needIn).toBeCloseTo(needFor(20), 9);
    expect(f.paragraphs).toEqual([
      { runs: [{ text: '国家' }], level: 0, sizePt: 20, align: 'c', spaceBeforePt: 0, lineSpacingPt: 25, marginLeftPt: 0, indentPt: 0, color: '112233', bold: undefined, font: 'body', lines: 1 },
    ]);
  });

  it('fits a box exactly as tall as it needs, and not one a hair shorter', () => {
    const spec = (h: number): BoxSpec => ({ w: WIDE, h, paras: [one(), one()] });
    const need = needFor(20, 20);
    expect(fitAt(spec(need), 20, gov)?.needIn).toBeCloseTo(need, 9);
    expect(fitAt(spec(need - 0.001), 20, gov)).toBeUndefined();
  });

  it('spaces later paragraphs by the theme or by spaceBeforeEm, never the first', () => {
    const f = fitAt({ w: WIDE, h: 5, paras: [one('a', { spaceBeforeEm: 2 }), one('b'), one('c', { spaceBeforeEm: 1 })] }, 20, gov)!;
    expect(f.paragraphs.map((p) => p.spaceBeforePt)).toEqual([0, 9, 20]);
    expect(f.needIn).toBeCloseTo((insetsV + 3 * 25 + 9 + 20) / 72, 9);
  });

  it('uses its own line spacing when given one (rounded up), else the theme pitch', () => {
    const f = fitAt({ w: WIDE, h: 5, paras: [one('a', { lineSpacing: 1.51 }), one('b')] }, 20, gov)!;
    expect(f.paragraphs.map((p) => p.lineSpacingPt)).toEqual([31, 25]);
  });

  it('marks title-font paragraphs, bolds for measuring only, and keeps the runs as given', () => {
    const f = fitAt({ w: WIDE, h: 5, paras: [one('A', { font: 'title', bold: true }), one('B', { font: 'body' })] }, 20, gov)!;
    expect(f.paragraphs.map((p) => [p.font, p.bold, p.runs])).toEqual([
      ['title', true, [{ text: 'A' }]],
      ['body', undefined, [{ text: 'B' }]],
    ]);
  });

  it('counts wrapped lines, and refuses more than maxLines (but not exactly maxLines)', () => {
    const long = '国'.repeat(30);
    const spec = (maxLines?: number): BoxSpec => ({ w: 3, h: 10, paras: [one(long, { maxLines })] });
    const lines = fitAt(spec(), 20, gov)!.paragraphs[0].lines;
    expect(lines).toBeGreaterThan(1);
    expect(fitAt(spec(lines), 20, gov)?.paragraphs[0].lines).toBe(lines);
    expect(fitAt(spec(lines - 1), 20, gov)).toBeUndefined();
    // A limit on one paragraph does not apply to another.
    expect(fitAt({ w: 3, h: 10, paras: [one('国', { maxLines: 1 }), one(long)] }, 20, gov)).toBeDefined();
  });

  it('measures with the width inside the insets', () => {
    // A text that needs exactly the box's inner width on one line: one point less and it wraps.
    const text = '国家治理体系';
    const need = oneLineWidth(text);
    const at = (inner: number) => fitAt({ w: (inner + BODY_INSET[0] + BODY_INSET[2]) / 72, h: 5, paras: [one(text)] }, 20, gov)!.paragraphs[0].lines;
    expect(at(need + 0.05)).toBe(1);
    expect(at(need - 1)).toBe(2);
    // Own insets replace the body insets, on both axes.
    const own = fitAt({ w: (need + 0.05) / 72, h: 5, inset: [0, 0, 0, 0], paras: [one(text)] }, 20, gov)!;
    expect(own.paragraphs[0].lines).toBe(1);
    expect(own.needIn).toBeCloseTo((BOX_SLACK_PT + 25) / 72, 9);
  });

  it('measures bold text as bold (wider) when asked', () => {
    const text = 'Mmmmmmmm Wwwwwww';
    const plain = oneLineWidth(text);
    expect(oneLineWidth(text, true)).toBeGreaterThan(plain + 2);
    const w = (plain + 1 + BODY_INSET[0] + BODY_INSET[2]) / 72;
    expect(fitAt({ w, h: 5, paras: [one(text)] }, 20, gov)!.paragraphs[0].lines).toBe(1);
    expect(fitAt({ w, h: 5, paras: [one(text, { bold: true })] }, 20, gov)!.paragraphs[0].lines).toBe(2);
  });

  it('gives up on a box with no room inside its insets', () => {
    expect(fitAt({ w: (BODY_INSET[0] + BODY_INSET[2]) / 72, h: 5, paras: [one('a')] }, 20, gov)).toBeUndefined();
  });
});

describe('fitTogether', () => {
  const box = (h: number): BoxSpec => ({ w: WIDE, h, paras: [one()] });

  it('takes the largest whole size that fits, starting from the rounded top', () => {
    expect(fitTogether([box(needFor(20))], 24, 18, gov)?.base).toBe(20);
    expect(fitTogether([box(5)], 23.6, 18, gov)?.base).toBe(24);
    expect(fitTogether([box(5)], 23.4, 18, gov)?.base).toBe(23);
  });

  it('gives every sibling the size the fullest one needs', () => {
    const r = fitTogether([box(5), box(needFor(19)), box(5)], 24, 16, gov)!;
    expect(r.base).toBe(19);
    expect(r.boxes.map((b) => b.paragraphs[0].sizePt)).toEqual([19, 19, 19]);
  });

  it('goes down to the floor itself, and no further', () => {
    expect(fitTogether([box(needFor(18))], 24, 18, gov)?.base).toBe(18);
    expect(fitTogether([box(needFor(18) - 0.001)], 24, 18, gov)).toBeUndefined();
  });
});

describe('fitPreferring', () => {
  // Tight: one line only; loose: any number. A 30-character text fits tight only at small sizes.
  const make = (tight: boolean): BoxSpec[] => [{ w: 6, h: 5, paras: [one('国'.repeat(20), { maxLines: tight ? 1 : undefined })] }];

  it('keeps the tight form when it fits at or above its own floor', () => {
    const tightAt = fitTogether(make(true), 40, 8, gov)!.base;
    const r = fitPreferring(make, 40, 8, tightAt, gov)!;
    expect(r.base).toBe(tightAt);
    expect(r.boxes[0].paragraphs[0].lines).toBe(1);
  });

  it('falls back to the loose form, from the top, when the tight one needs a size below its floor', () => {
    const tightAt = fitTogether(make(true), 40, 8, gov)!.base;
    const r = fitPreferring(make, 40, 8, tightAt + 1, gov)!;
    expect(r.base).toBe(40);
    expect(r.boxes[0].paragraphs[0].lines).toBeGreaterThan(1);
  });

  it('never goes below the common floor for the tight form either', () => {
    const tightAt = fitTogether(make(true), 40, 8, gov)!.base;
    const loose = (t: boolean) => (t ? make(true) : [{ w: 6, h: 0.1, paras: [one('x')] }]);
    expect(fitPreferring(loose, 40, tightAt + 1, 0, gov)).toBeUndefined();
  });
});

describe('textBoxOf and shapeOf', () => {
  const fitted = fitAt({ w: WIDE, h: 5, paras: [one()] }, 20, gov)!;
  const box = { x: 1.23456, y: 2.34567, w: 3.45678, h: 4.56789 };

  it('place a text box on the rounded box, top-aligned with body insets unless told otherwise', () => {
    expect(textBoxOf('card-heading', box, fitted)).toEqual({
      kind: 'text', role: 'card-heading', x: 1.235, y: 2.346, w: 3.457, h: 4.568, paragraphs: fitted.paragraphs, valign: 'top', insetPt: BODY_INSET,
    });
    expect(textBoxOf('card-heading', box, fitted, { valign: 'middle', fill: 'FF0000' })).toMatchObject({ valign: 'middle', fill: 'FF0000' });
  });

  it('place an empty, inset-free, middle-aligned shape with its fill', () => {
    expect(shapeOf('card', box, 'ABCDEF')).toEqual({
      kind: 'text', role: 'card', x: 1.235, y: 2.346, w: 3.457, h: 4.568, paragraphs: [], valign: 'middle', insetPt: [0, 0, 0, 0], fill: 'ABCDEF',
    });
    expect(shapeOf('card', box, undefined, { barColor: '00FF00' })).toMatchObject({ fill: undefined, barColor: '00FF00' });
  });
});
