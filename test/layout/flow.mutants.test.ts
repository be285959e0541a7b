// src/layout/flow.ts at its boundaries: what a unit and a box cost in points, pages packed to exactly their height
// and not a point more, paragraphs taller than a page cut at sentences then between lines (each piece fitting, the
// pieces after the first marked as continued), and runs cut into pieces of given lengths. Shrink-then-split rests
// on these sums: one point wrong is text outside its box or a needless 续 slide.
import { describe, expect, it } from 'vitest';
import {
  boxOverhead, bulletHangEm, cutRuns, GAP_PT_MIN, IMAGE_MIN_IN, paginate, paraIndent, paraLines, splitOversized, splitRunsBy, stackHeight, unitHeight, type FlowContext,
} from '../../src/layout/flow.js';
import { bodyScale, BOX_SLACK_PT, linePitch, sizeFor, spaceBefore } from '../../src/layout/style.js';
import { toUnits, runsText, type ParaSpec, type Unit } from '../../src/layout/units.js';
import { splitSentences } from '../../src/layout/wrap.js';
import { measureWidthPt } from '../../src/layout/measure.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Block, Inline } from '../../src/model.js';
import type { TableLayout } from '../../src/layout/table.js';

const theme = resolveTheme('gov-blue');
const scale = bodyScale(theme, 24);
const src = { file: 't.md', line: 1 } as Block['src'];
const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], src });
const ctx = (heightPt: number, widthPt = 600, gapPt = 12): FlowContext => ({ theme, widthPt, heightPt, gapPt });
const tables = () => new Map<unknown, TableLayout>();
const textUnit = (text: string, group = 1, para: Partial<ParaSpec> = {}): Unit => ({ kind: 'text', group, para: { runs: [{ text }], level: 0, ...para }, src });
const pitch = linePitch(theme, 24);
const OVER = 3.6 + 3.6 + BOX_SLACK_PT;

describe('bullets and indents', () => {
  it('a numbered bullet hangs 0.6 em per digit + 0.7 em (at least 1.2 em); other bullets 1.2 em', () => {
    expect(bulletHangEm({ runs: [], level: 1, bullet: { kind: 'number', n: 1 } })).toBeCloseTo(1.3, 9);
    expect(bulletHangEm({ runs: [], level: 1, bullet: { kind: 'number', n: 10 } })).toBeCloseTo(1.9, 9);
    expect(bulletHangEm({ runs: [], level: 1, bullet: { kind: 'number', n: 100 } })).toBeCloseTo(2.5, 9);
    expect(bulletHangEm({ runs: [], level: 1, bullet: { kind: 'char', level: 1 } })).toBe(1.2);
    expect(bulletHangEm({ runs: [], level: 0 })).toBe(1.2);
  });

  it('a list item\'s margin leaves room for its bullet\'s hang; a continued piece has no hanging first line', () => {
    expect(paraIndent({ runs: [], level: 0 }, 24)).toEqual({ marginLeftPt: 0, indentPt: 0 });
    // Level 1, "10." at 24 pt: hang round(24 × 1.9) = 46; the level's own margin (29) minus its 1.2 em (29) plus 46.
    expect(paraIndent({ runs: [], level: 1, bullet: { kind: 'number', n: 10 } }, 24)).toEqual({ marginLeftPt: 46, indentPt: -46 });
    expect(paraIndent({ runs: [], level: 2, bullet: { kind: 'char', level: 2 } }, 20)).toEqual({ marginLeftPt: 24 + 24, indentPt: -24 });
    expect(paraIndent({ runs: [], level: 1, bullet: { kind: 'number', n: 10 }, continued: true }, 24)).toEqual({ marginLeftPt: 46, indentPt: 0 });
  });
});

describe('paraLines', () => {
  it('wraps once per (kind, size, width) and gives the same lines back', () => {
    const para: ParaSpec = { runs: [{ text: '学习贯彻党的二十大精神，推动各项工作落地见效。'.repeat(3) }], level: 0 };
    const a = paraLines('text', para, 24, 400, theme);
    expect(paraLines('text', para, 24, 400, theme)).toBe(a);
    const narrow = paraLines('text', para, 24, 200, theme);
    expect(narrow).not.toBe(a);
    expect(narrow.length).toBeGreaterThan(a.length);
    expect(paraLines('text', para, 18, 400, theme).length).toBeLessThan(a.length);
    expect(paraLines('code', para, 24, 400, theme)).not.toBe(a);
    expect(a.join('')).toBe(runsText(para.runs));
  });

  it('code and mono paragraphs wrap in the mono face, which is wider than the body face for Latin text', () => {
    const para: ParaSpec = { runs: [{ text: 'the quick brown fox jumps over the lazy dog and back again '.repeat(3) }], level: 0 };
    const body = paraLines('text', para, 20, 400, theme).length;
    expect(paraLines('code', { ...para }, 20, 400, theme).length).toBeGreaterThan(body);
    expect(paraLines('text', { ...para, mono: true }, 20, 400, theme).length).toBeGreaterThan(body);
  });

  it('the box\'s left and right insets come off the line width', () => {
    const para: ParaSpec = { runs: [{ text: 'Quarterly revenue' }], level: 0 };
    const w = measureWidthPt('Quarterly revenue', { faces: theme.fonts.body, sizePt: 20 });
    expect(paraLines('text', para, 20, w + 7.2 + 7.2 + 0.01, theme)).toEqual(['Quarterly revenue']);
    expect(paraLines('text', { ...para }, 20, w + 7.2 + 7.2 - 0.5, theme).length).toBe(2);
  });

  it('the text is never squeezed under two em wide, whatever the box', () => {
    const para: ParaSpec = { runs: [{ text: '一二三四五六' }], level: 0 };
    // A 10 pt box: still two characters a line at 24 pt, not one.
    expect(paraLines('text', para, 24, 10, theme)).toEqual(['一二', '三四', '五六']);
  });
});

describe('unit and box heights', () => {
  it('text: its lines at the line pitch, plus the space before a paragraph that does not open its box', () => {
    const u = textUnit('一句话');
    expect(unitHeight(u, scale, ctx(500), true, tables())).toBe(pitch);
    expect(unitHeight(u, scale, ctx(500), false, tables())).toBe(pitch + spaceBefore(theme, 24, 0));
    // Code lines never get paragraph space.
    const c: Unit = { kind: 'code', group: 1, para: { runs: [{ text: 'x = 1', code: true }], level: 0, mono: true }, src };
    expect(unitHeight(c, scale, ctx(500), false, tables())).toBe(linePitch(theme, scale.code, true));
  });

  it('an image takes its minimum (1.4 in unless it says otherwise); a table without body rows adds nothing for them', () => {
    const img: Unit = { kind: 'image', group: 1, path: 'a.png', alt: '', src };
    expect(unitHeight(img, scale, ctx(500), true, tables())).toBe(IMAGE_MIN_IN * 72);
    expect(unitHeight({ ...img, minIn: 2 }, scale, ctx(500), true, tables())).toBe(144);
    expect(boxOverhead(img, scale, ctx(500), tables())).toBe(0);
    const [t] = toUnits([{ kind: 'table', header: [[{ text: 'h' }]], rows: [], align: ['l'], src }]);
    expect(t).toMatchObject({ kind: 'table', row: -1 });
    const cache = tables();
    expect(unitHeight(t, scale, ctx(500), true, cache)).toBe(0);
    expect(boxOverhead(t, scale, ctx(500), cache)).toBeGreaterThan(0);
  });

  it('a box costs its insets and the slack: body 3.6 + 3.6 + 4, quote 9 + 9 + 4, code 7 + 7 + 4', () => {
    expect(boxOverhead(textUnit('a'), scale, ctx(500), tables())).toBe(OVER);
    expect(boxOverhead({ ...textUnit('a'), kind: 'quote' }, scale, ctx(500), tables())).toBe(9 + 9 + BOX_SLACK_PT);
    expect(boxOverhead({ ...textUnit('a'), kind: 'code' }, scale, ctx(500), tables())).toBe(7 + 7 + BOX_SLACK_PT);
  });

  it('a table\'s layout is cached per table and redone at another size', () => {
    const [t] = toUnits([{ kind: 'table', header: [[{ text: 'h' }]], rows: [[[{ text: 'r' }]]], align: ['l'], src }]);
    const cache = tables();
    boxOverhead(t, scale, ctx(500), cache);
    const first = [...cache.values()][0];
    boxOverhead(t, scale, ctx(500), cache);
    expect([...cache.values()][0]).toBe(first);
    boxOverhead(t, bodyScale(theme, 18), ctx(500), cache);
    expect([...cache.values()][0]).not.toBe(first);
    expect([...cache.values()][0].sizePt).toBe(bodyScale(theme, 18).table);
  });
});

describe('stackHeight and paginate', () => {
  const one = pitch;
  const sb = spaceBefore(theme, 24, 0);

  it('a stack: each box\'s overhead once, the gap between boxes only, the space before all but a box\'s first paragraph', () => {
    const us = [textUnit('一', 1), textUnit('二', 1), textUnit('三', 2)];
    expect(stackHeight(us.slice(0, 1), scale, ctx(500), tables())).toBe(OVER + one);
    expect(stackHeight(us.slice(0, 2), scale, ctx(500), tables())).toBe(OVER + one + sb + one);
    expect(stackHeight(us, scale, ctx(500, 600, 12), tables())).toBe(OVER + one + sb + one + 12 + OVER + one);
    expect(stackHeight([], scale, ctx(500), tables())).toBe(0);
  });

  it('units that fill the page exactly stay on one page; one point less and the last goes to the next', () => {
    const us = [textUnit('一', 1), textUnit('二', 1), textUnit('三', 2)];
    const h = stackHeight(us, scale, ctx(500), tables());
    expect(paginate(us, scale, ctx(h), tables()).map((pg) => pg.length)).toEqual([3]);
    expect(paginate(us, scale, ctx(h - 1), tables()).map((pg) => pg.length)).toEqual([2, 1]);
  });

  it('a new page starts a new box: its overhead counts, the gap and the space before do not', () => {
    const us = [textUnit('一', 1), textUnit('二', 1), textUnit('三', 1), textUnit('四', 1)];
    // Room for two paragraphs in a box: OVER + one + sb + one. The third opens page 2 as its box's first paragraph,
    // so page 2 holds the third and the fourth exactly.
    const page = OVER + one + sb + one;
    expect(paginate(us, scale, ctx(page), tables()).map((pg) => pg.map((u) => runsText((u as { para: ParaSpec }).para.runs)))).toEqual([['一', '二'], ['三', '四']]);
    expect(paginate(us, scale, ctx(page - 1), tables()).map((pg) => pg.length)).toEqual([1, 1, 1, 1]);
  });

  it('a unit taller than the page still gets a page of its own, never an empty page', () => {
    const us = [textUnit('一', 1), textUnit('二', 2)];
    expect(paginate(us, scale, ctx(1), tables()).map((pg) => pg.length)).toEqual([1, 1]);
    expect(paginate([], scale, ctx(100), tables())).toEqual([]);
  });

  it('the gap is counted between boxes on a page (GAP_PT_MIN is the least a theme gets)', () => {
    expect(GAP_PT_MIN).toBe(6);
    const us = [textUnit('一', 1), textUnit('二', 2)];
    const h = OVER + one + 20 + OVER + one;
    expect(paginate(us, scale, ctx(h, 600, 20), tables()).length).toBe(1);
    expect(paginate(us, scale, ctx(h, 600, 21), tables()).length).toBe(2);
  });
});

describe('splitOversized', () => {
  const long = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}句话说明工作的进展情况和下一步的打算。`).join('');

  it('a paragraph that fits the page at the floor is left alone', () => {
    const u = textUnit(long(2));
    expect(splitOversized([u], scale, ctx(500), tables())).toEqual([u]);
  });

  it('a taller one is cut at sentence ends into pieces that each fit; pieces after the first are continued', () => {
    const u = textUnit(long(12), 3, { level: 1, bullet: { kind: 'char', level: 1 } });
    const c = ctx(OVER + 4 * pitch);
    const out = splitOversized([u], scale, c, tables());
    expect(out.length).toBeGreaterThan(1);
    const paras = out.map((x) => (x as Extract<Unit, { kind: 'text' }>).para);
    expect(paras.map((q) => runsText(q.runs)).join('')).toBe(long(12));
    for (const q of paras) expect(runsText(q.runs)).toMatch(/。$/);
    expect(paras.map((q) => !!q.continued)).toEqual(paras.map((_, i) => i > 0));
    for (const x of out) expect(x).toMatchObject({ kind: 'text', group: 3 });
    for (const x of out) expect(boxOverhead(x, scale, c, tables()) + unitHeight(x, scale, c, true, tables())).toBeLessThanOrEqual(c.heightPt);
    // Greedy: two neighbouring pieces would not fit together.
    for (let i = 1; i < out.length; i++) {
      const both = textUnit(runsText(paras[i - 1].runs) + runsText(paras[i].runs));
      expect(OVER + unitHeight(both, scale, c, true, tables())).toBeGreaterThan(c.heightPt);
    }
  });

  it('a first piece keeps the paragraph\'s own continued mark', () => {
    const u = textUnit(long(12), 1, { continued: true });
    const out = splitOversized([u], scale, ctx(OVER + 4 * pitch), tables());
    expect(out.every((x) => (x as Extract<Unit, { kind: 'text' }>).para.continued)).toBe(true);
  });

  it('one sentence taller than a page is cut between its wrapped lines, a page of lines at a time', () => {
    const sentence = '学习贯彻党的二十大精神推动各项工作落地见效'.repeat(8) + '。';
    const u = textUnit(sentence);
    const c = ctx(OVER + 2 * pitch, 300);
    const lines = paraLines('text', u.kind === 'text' ? u.para : (undefined as never), 24, 300, theme);
    expect(lines.length).toBeGreaterThan(4);
    const out = splitOversized([u], scale, c, tables());
    const texts = out.map((x) => runsText((x as Extract<Unit, { kind: 'text' }>).para.runs));
    expect(texts.join('')).toBe(sentence);
    expect(texts.length).toBe(Math.ceil(lines.length / 2));
    expect(texts[0]).toBe(lines[0] + lines[1]);
    for (const x of out) expect(OVER + unitHeight(x, scale, c, true, tables())).toBeLessThanOrEqual(c.heightPt);
  });

  it('lines per piece are what the page holds, rounded down (2.5 lines of room: 2 a piece)', () => {
    const sentence = '学习贯彻党的二十大精神推动各项工作落地见效'.repeat(8) + '。';
    const u = textUnit(sentence);
    const c = ctx(OVER + 2.5 * pitch, 300);
    const lines = paraLines('text', (u as Extract<Unit, { kind: 'text' }>).para, 24, 300, theme);
    const out = splitOversized([u], scale, c, tables());
    expect(out.length).toBe(Math.ceil(lines.length / 2));
    for (const x of out) expect(OVER + unitHeight(x, scale, c, true, tables())).toBeLessThanOrEqual(c.heightPt);
  });

  it('tables and images pass through', () => {
    const img: Unit = { kind: 'image', group: 1, path: 'a.png', alt: '', src };
    expect(splitOversized([img], scale, ctx(1), tables())).toEqual([img]);
  });
});

describe('cutRuns and splitRunsBy', () => {
  const r = (text: string, extra: Partial<Inline> = {}): Inline => ({ text, ...extra });

  it('pieces of the given lengths across run boundaries; the last piece takes the rest', () => {
    expect(cutRuns([r('abc'), r('def', { bold: true })], [2, 3])).toEqual([[r('ab')], [r('c'), r('def', { bold: true })]]);
    expect(cutRuns([r('abcdef')], [1, 2, 3])).toEqual([[r('a')], [r('bc')], [r('def')]]);
    expect(cutRuns([r('abcdef')], [])).toEqual([[r('abcdef')]]);
    expect(cutRuns([r('ab'), r('cd')], [2])).toEqual([[r('ab'), r('cd')]]);
  });

  it('a piece never starts with a line break, and a run cut in two keeps its break on the first part only', () => {
    expect(cutRuns([r('ab'), r('cd', { breakBefore: true })], [2, 2])).toEqual([[r('ab')], [r('cd')]]);
    expect(cutRuns([r('ab'), r('cdef', { breakBefore: true })], [3, 3])).toEqual([[r('ab'), r('c', { breakBefore: true })], [r('def')]]);
    expect(cutRuns([r('ab', { breakBefore: true })], [5])).toEqual([[r('ab')]]);
  });

  it('blank pieces are dropped', () => {
    expect(cutRuns([r('ab   cd')], [2, 3, 2])).toEqual([[r('ab')], [r('cd')]]);
  });

  it('splitRunsBy cuts at what the splitter returns, losing nothing', () => {
    const runs = [r('第一句。第二'), r('句。第三句', { italic: true })];
    const parts = splitRunsBy(runs, splitSentences);
    expect(parts.map((x) => x.map((y) => y.text).join(''))).toEqual(['第一句。', '第二句。', '第三句']);
    expect(parts[1]).toEqual([r('第二'), r('句。', { italic: true })]);
  });
});

// Survivors of stop 23's Stryker run (layout-a), each a behaviour no test pinned yet.
describe('flow edges left by the layout-a run', () => {
  const long = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}句话说明工作的进展情况和下一步的打算。`).join('');
  const text = (x: Unit) => runsText((x as Extract<Unit, { kind: 'text' | 'code' }>).para.runs);

  it('a paragraph exactly as tall as the page at the floor is not cut; a point less room and it is', () => {
    const u = textUnit(long(6));
    const exact = boxOverhead(u, scale, ctx(500), tables()) + unitHeight(u, scale, ctx(500), true, tables());
    expect(spaceBefore(theme, 24, 0)).toBeGreaterThan(0); // a paragraph that did not open its box would be taller
    expect(splitOversized([u], scale, ctx(exact), tables())).toEqual([u]);
    expect(splitOversized([u], scale, ctx(exact - 1), tables()).length).toBeGreaterThan(1);
  });

  it('a code block longer than a page is cut a page of code lines at a time, at the code line pitch', () => {
    const code: Unit = { kind: 'code', group: 1, para: { runs: [{ text: 'x'.repeat(2000) }], level: 0 }, src };
    const size = sizeFor('code', (code as Extract<Unit, { kind: 'code' }>).para, scale);
    const codePitch = linePitch(theme, size, true);
    expect(codePitch).toBeLessThan(linePitch(theme, size)); // code lines sit closer than text lines
    const c = ctx(boxOverhead(code, scale, ctx(500), tables()) + 3 * codePitch, 300);
    const lines = paraLines('code', (code as Extract<Unit, { kind: 'code' }>).para, size, 300, theme);
    const out = splitOversized([code], scale, c, tables());
    expect(out.map(text).join('')).toBe('x'.repeat(2000));
    expect(out.length).toBe(Math.ceil(lines.length / 3));
    expect(text(out[0])).toBe(lines.slice(0, 3).join(''));
  });

  it('an English sentence longer than a page is cut between its lines without losing its spaces', () => {
    const sentence = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ') + '.';
    const u = textUnit(sentence);
    const lines = paraLines('text', (u as Extract<Unit, { kind: 'text' }>).para, 24, 300, theme);
    const c = ctx(OVER + 2 * pitch, 300);
    const out = splitOversized([u], scale, c, tables());
    expect(out.map(text).join('')).toBe(sentence);
    expect(out.length).toBe(Math.ceil(lines.length / 2));
  });

  it('the first unit opens its box (a page a tenth of a point short of the stack breaks it)', () => {
    const us = [textUnit('一', 1), textUnit('二', 1), textUnit('三', 2)];
    const h = stackHeight(us, scale, ctx(500), tables());
    expect(OVER - spaceBefore(theme, 24, 0)).toBeLessThan(0.5); // the box's overhead and a paragraph's space before are close
    expect(paginate(us, scale, ctx(h - 0.1), tables()).map((pg) => pg.length)).toEqual([2, 1]);
  });

  it('text cut between lines counts the text line pitch (code lines sit closer)', () => {
    const sentence = '学习贯彻党的二十大精神推动各项工作落地见效'.repeat(30) + '。';
    const u = textUnit(sentence);
    const lines = paraLines('text', (u as Extract<Unit, { kind: 'text' }>).para, 24, 300, theme);
    const c = ctx(OVER + 14 * pitch, 300);
    expect(Math.floor((14 * pitch) / linePitch(theme, 24, true))).toBe(15); // at the code pitch the page would hold 15
    const out = splitOversized([u], scale, c, tables());
    expect(text(out[0])).toBe(lines.slice(0, 14).join(''));
  });

  it('a piece with text and a blank run is kept whole', () => {
    expect(cutRuns([{ text: 'ab' }, { text: '  ' }], [4])).toEqual([[{ text: 'ab' }, { text: '  ' }]]);
    expect(cutRuns([{ text: 'ab' }, { text: '  ' }, { text: 'cd' }], [2, 2, 2])).toEqual([[{ text: 'ab' }], [{ text: 'cd' }]]);
  });
});
