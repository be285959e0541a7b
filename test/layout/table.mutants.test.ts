// src/layout/table.ts at its boundaries: column widths that always sum to the table's width (shared in proportion
// when everything fits, water-filled when it does not, never under a column's longest word), row heights from the
// wrapped cells (the header measured in bold), the narrowest readable column, and a too-wide table split into tables
// that each repeat the row labels.
import { describe, expect, it } from 'vitest';
import { columnFloors, hasHeader, layoutTable, splitWideTable } from '../../src/layout/table.js';
import { measureWidthPt } from '../../src/layout/measure.js';
import { CELL_MARGIN_X, CELL_MARGIN_Y, linePitch } from '../../src/layout/style.js';
import { resolveTheme } from '../../src/theme/index.js';
import { HuibaoError } from '../../src/errors.js';
import { MAX_TABLE_COLUMNS } from '../../src/limits.js';
import type { Align, Block } from '../../src/model.js';

const theme = resolveTheme('gov-blue');
const faces = theme.fonts.body;
const PAD = 2 * CELL_MARGIN_X + 2;
type TableBlock = Extract<Block, { kind: 'table' }>;
const tbl = (header: string[], rows: string[][], line = 7): TableBlock => ({
  kind: 'table',
  header: header.map((t) => [{ text: t }]),
  rows: rows.map((r) => r.map((t) => [{ text: t }])),
  align: header.map((_, i) => (['l', 'c', 'r'] as Align[])[i % 3]),
  src: { file: 't.md', line },
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const w = (s: string, size: number, bold = false) => measureWidthPt(s, { faces, sizePt: size, bold });

describe('layoutTable: column widths', () => {
  it('a table that fits shares the width in proportion to each column\'s widest cell on one line (the header in bold)', () => {
    const t = tbl(['项目', '完成情况说明'], [['学习', '已完成'], ['培训', '进行中']]);
    const L = layoutTable(t, 20, 600, theme);
    const natural = [Math.max(PAD + 20, w('项目', 20, true) + PAD, w('学习', 20) + PAD, w('培训', 20) + PAD), Math.max(PAD + 20, w('完成情况说明', 20, true) + PAD, w('已完成', 20) + PAD)];
    expect(sum(L.colW)).toBeCloseTo(600, 6);
    expect(L.colW[0] / L.colW[1]).toBeCloseTo(natural[0] / natural[1], 6);
    expect(L).toMatchObject({ sizePt: 20, lineSpacingPt: linePitch(theme, 20) });
  });

  it('an empty cell still counts one character of width; cells past the header\'s columns are ignored', () => {
    const L = layoutTable(tbl(['', '说明文字'], [['', '内容', '多出来的一个很长很长很长的单元格']]), 20, 600, theme);
    expect(L.colW.length).toBe(2);
    expect(L.colW[0] / L.colW[1]).toBeCloseTo((PAD + 20) / (w('说明文字', 20, true) + PAD), 6);
    expect(layoutTable(tbl([], []), 20, 300, theme).colW).toEqual([300]);
  });

  it('a table too wide for its width gives way from the widest columns, never under a column\'s longest word', () => {
    const long = '这是一段很长的说明文字需要在单元格里换行显示'.repeat(2);
    const t = tbl(['名称', '说明', 'Code'], [['A', long, 'supercalifragilistic']]);
    const width = 400;
    const L = layoutTable(t, 20, width, theme);
    expect(sum(L.colW)).toBeCloseTo(width, 6);
    // The short column keeps its natural width (scaled only by the final normalisation), the long one is capped.
    const nat0 = Math.max(PAD + 20, w('名称', 20, true) + PAD);
    expect(L.colW[0]).toBeGreaterThanOrEqual(nat0 - 1e-6);
    expect(L.colW[1]).toBeLessThan(w(long, 20) + PAD);
    expect(L.colW[2]).toBeGreaterThanOrEqual(Math.min(width / 3, w('supercalifragilistic', 20) + PAD) - 1e-6);
    // Water-filling: the capped columns end level (the long text and the long word both reach the common limit or
    // their minimum), and the cap is no wider than needed: the sum is the width.
    expect(L.colW[1]).toBeGreaterThan(L.colW[0]);
  });

  it('the header\'s width is measured bold', () => {
    const t = tbl(['Description', 'Item'], [['a', 'b']]);
    const L = layoutTable(t, 20, 600, theme);
    expect(L.colW[0] / L.colW[1]).toBeCloseTo((w('Description', 20, true) + PAD) / (w('Item', 20, true) + PAD), 6);
    expect(w('Description', 20, true)).toBeGreaterThan(w('Description', 20) + 0.5);
  });

  it('squeezed hard, a column keeps two characters (or its natural width if less) and the rest share in proportion', () => {
    const long = '这是一段很长的说明文字需要在单元格里换行显示'.repeat(3);
    const t = tbl(['甲', '乙', '丙'], [[long, long, '']]);
    const L = layoutTable(t, 20, 100, theme);
    const natC = Math.max(PAD + 20, w('丙', 20, true) + PAD);
    expect(natC).toBeLessThan(PAD + 40);
    expect(L.colW[0] / L.colW[2]).toBeCloseTo((PAD + 40) / natC, 6);
    expect(L.colW[0]).toBeCloseTo(L.colW[1], 6);
  });

  it('a word wider than a column\'s share is held to the share; the other columns are not starved for it', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2);
    const L = layoutTable(tbl(['a', 'b'], [[word, '这是一段很长的说明文字需要在单元格里换行显示'.repeat(3)]]), 20, 200, theme);
    expect(L.colW[0]).toBeCloseTo(100, 3);
    expect(L.colW[1]).toBeCloseTo(100, 3);
  });

  it('a word longer than a column\'s share is held to the share (width / columns)', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2);
    const t = tbl(['a', 'b', 'c'], [[word, word, word]]);
    const L = layoutTable(t, 20, 300, theme);
    for (const c of L.colW) expect(c).toBeCloseTo(100, 6);
  });
});

describe('layoutTable: row heights', () => {
  it('lines × pitch + the cell margins + a point for the borders; the tallest cell sets the row', () => {
    const pitch = linePitch(theme, 20);
    const L = layoutTable(tbl(['一', '二'], [['短', '短'], ['短', '这是一段很长的说明文字需要在单元格里换行显示'.repeat(3)]]), 20, 400, theme);
    expect(L.headerH).toBe(pitch + 2 * CELL_MARGIN_Y + 2);
    expect(L.rowH[0]).toBe(pitch + 2 * CELL_MARGIN_Y + 2);
    expect(L.rowH[1]).toBeGreaterThan(2 * pitch + 2 * CELL_MARGIN_Y + 2 - 1);
    expect((L.rowH[1] - 2 * CELL_MARGIN_Y - 2) % pitch).toBe(0);
  });

  it('a table whose header cells are all empty or blank has no header row (height 0); any text or formula makes one', () => {
    const one = linePitch(theme, 20) + 2 * CELL_MARGIN_Y + 2;
    const blank = tbl(['', ' \u3000'], [['a', 'b']]);
    expect(hasHeader(blank)).toBe(false);
    expect(layoutTable(blank, 20, 400, theme)).toMatchObject({ headerH: 0, rowH: [one] });
    expect(hasHeader({ ...blank, header: [[], []] })).toBe(false);
    expect(hasHeader(tbl(['', 'x'], [['a', 'b']]))).toBe(true);
    expect(hasHeader({ ...blank, header: [[], [{ text: '', math: 'inline' }]] })).toBe(true);
    expect(layoutTable(tbl(['', 'x'], [['a', 'b']]), 20, 400, theme).headerH).toBe(one);
    // With no rows the empty header is all there is: it stays.
    expect(hasHeader(tbl(['', ''], []))).toBe(true);
  });

  it('the header is wrapped in bold: a header that fits its column in regular type but not in bold takes two lines', () => {
    const base = 'Quarterly revenue growth rate';
    const width = w(base, 20) + PAD + 0.5;
    expect(w(base, 20, true)).toBeGreaterThan(w(base, 20) + 0.5);
    const L = layoutTable(tbl([base], [[base]]), 20, width, theme);
    expect(L.colW).toEqual([width]);
    const one = linePitch(theme, 20) + 2 * CELL_MARGIN_Y + 2;
    expect(L.rowH[0]).toBe(one);
    expect(L.headerH).toBe(one + linePitch(theme, 20));
  });

  it('cells past the header\'s columns do not make a row taller', () => {
    const L = layoutTable(tbl(['一'], [['短', '这是一段很长的说明文字需要在单元格里换行显示'.repeat(5)]]), 20, 300, theme);
    expect(L.rowH[0]).toBe(linePitch(theme, 20) + 2 * CELL_MARGIN_Y + 2);
  });
});

describe('columnFloors: the narrowest a column can be read at', () => {
  it('its widest cell but at most four characters, and at least its longest word of more than four letters', () => {
    const f = columnFloors(tbl(['名', '很长的中文列标题文字', 'Name'], [['', '短', 'Internationalization'], ['x', 'y', 'tiny']]), 20, theme);
    expect(f[0]).toBeCloseTo(Math.max(PAD + 20, w('名', 20, true) + PAD), 6);
    expect(f[1]).toBeCloseTo(PAD + 20 * 4, 6);
    expect(f[2]).toBeCloseTo(w('Internationalization', 20) + PAD, 6);
    // Four-letter words do not count; a CJK run is not a word.
    const g = columnFloors(tbl(['a'], [['abcd abcd']]), 20, theme);
    expect(g[0]).toBeCloseTo(Math.min(w('abcd abcd', 20) + PAD, PAD + 80), 6);
    const h = columnFloors(tbl(['a'], [['中文中文中文中文中文中文']]), 20, theme);
    expect(h[0]).toBeCloseTo(PAD + 80, 6);
    // A long word in the header is measured bold.
    const b = columnFloors(tbl(['Internationalization'], [['x']]), 20, theme);
    expect(b[0]).toBeCloseTo(w('Internationalization', 20, true) + PAD, 6);
  });

  it('no header cells: one column', () => {
    expect(columnFloors(tbl([], []), 20, theme).length).toBe(1);
  });
});

describe('splitWideTable', () => {
  const wide = (n: number) => tbl(['地区', ...Array.from({ length: n - 1 }, (_, i) => `第${i + 1}季度指标`)], [['北京', ...Array.from({ length: n - 1 }, (_, i) => String(i))], ['上海']]);

  it('a table that fits, or of fewer than three columns, is returned as it is', () => {
    const t = wide(4);
    expect(splitWideTable(t, 16, 2000, theme)).toEqual([t]);
    const two = tbl(['a', 'Internationalization'.repeat(5)], [['x', 'y']]);
    expect(splitWideTable(two, 16, 50, theme)[0]).toBe(two);
  });

  it('exactly as wide as the floors fits; a point less splits', () => {
    const t = wide(6);
    const need = sum(columnFloors(t, 16, theme));
    expect(splitWideTable(t, 16, need, theme)).toHaveLength(1);
    expect(splitWideTable(t, 16, need - 1, theme).length).toBeGreaterThan(1);
  });

  it('each part repeats the first column, takes the next columns in order while they fit, and keeps their alignment', () => {
    const t = wide(10);
    const floors = columnFloors(t, 16, theme);
    const width = floors[0] + floors[1] + floors[2] + floors[3] + 1;
    const parts = splitWideTable(t, 16, width, theme);
    const heads = parts.map((p) => p.header.map((c) => c[0]?.text));
    expect(heads[0]).toEqual(['地区', '第1季度指标', '第2季度指标', '第3季度指标']);
    expect(heads.flatMap((h) => h.slice(1))).toEqual(t.header.slice(1).map((c) => c[0].text));
    for (const h of heads) expect(h[0]).toBe('地区');
    for (const p of parts) {
      const idx = p.header.map((c) => t.header.findIndex((x) => x[0].text === c[0].text));
      expect(sum(idx.map((i) => floors[i]))).toBeLessThanOrEqual(width);
      expect(p.align).toEqual(idx.map((i) => t.align[i]));
      // A short row is padded with empty cells; the row labels come along.
      expect(p.rows[1][0]).toEqual([{ text: '上海' }]);
      expect(p.rows[1].slice(1)).toEqual(idx.slice(1).map(() => []));
      expect(p.src).toBe(t.src);
    }
  });

  it('a part is filled to exactly the width; a new part starts counting from the row labels\' width', () => {
    const t = wide(10);
    const f = columnFloors(t, 16, theme);
    expect(new Set(f.slice(1)).size).toBe(1);
    expect(f[0]).toBeLessThan(f[1]);
    // Exactly the labels and three columns: three a part.
    const exact = splitWideTable(t, 16, f[0] + 3 * f[1], theme).map((p) => p.header.length);
    expect(exact).toEqual([4, 4, 4]);
    // Room for four columns without the labels but not with them: still three a part, in every part.
    expect(splitWideTable(t, 16, 4 * f[1], theme).map((p) => p.header.length)).toEqual([4, 4, 4]);
  });

  it('a column wider than the width on its own still gets a part (with the row labels)', () => {
    const t = tbl(['a', 'b', 'Internationalization'.repeat(3)], [['1', '2', '3']]);
    const parts = splitWideTable(t, 16, 60, theme);
    expect(parts.map((p) => p.header.map((c) => c[0].text))).toEqual([['a', 'b'], ['a', 'Internationalization'.repeat(3)]]);
  });

  it(`more than ${MAX_TABLE_COLUMNS} columns is refused with the file and line; ${MAX_TABLE_COLUMNS} is not`, () => {
    const n = (k: number) => tbl(Array.from({ length: k }, (_, i) => `c${i}`), [], 42);
    let err: unknown;
    try {
      splitWideTable(n(MAX_TABLE_COLUMNS + 1), 16, 600, theme, 'deck.md');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HuibaoError);
    expect(err).toMatchObject({ file: 'deck.md', line: 42, message: `a table of ${MAX_TABLE_COLUMNS + 1} columns; the limit is ${MAX_TABLE_COLUMNS} (split it into several tables, or transpose it)` });
    expect(() => splitWideTable(n(MAX_TABLE_COLUMNS), 16, 1e9, theme, 'deck.md')).not.toThrow();
  });
});

// Survivors of stop 23's Stryker run (layout-a), each a behaviour no test pinned yet.
describe('table edges left by the layout-a run', () => {
  it('a cell of several runs is measured as its text: the same widths as one run', () => {
    const one = tbl(['Item', 'Note'], [['Revenue growth', 'ok']]);
    const runs: TableBlock = { ...one, rows: [[[{ text: 'Revenue ', bold: false }, { text: 'growth' }], [{ text: 'ok' }]]] };
    expect(layoutTable(runs, 20, 600, theme).colW).toEqual(layoutTable(one, 20, 600, theme).colW);
  });

  it('body cells are measured in regular type, only the header in bold', () => {
    const L = layoutTable(tbl(['a', 'b'], [['mmmmmmmm', 'x']]), 20, 600, theme);
    const natural = [w('mmmmmmmm', 20) + PAD, Math.max(PAD + 20, w('b', 20, true) + PAD)];
    expect(L.colW[0] / L.colW[1]).toBeCloseTo(natural[0] / natural[1], 6);
  });

  it('a line break in a cell past the header\'s columns does not make its row taller', () => {
    const t = tbl(['一', '二'], [['短', '短']]);
    t.rows[0].push([{ text: '多' }, { text: '出来', breakBefore: true }, { text: '的', breakBefore: true }]);
    expect(layoutTable(t, 20, 300, theme).rowH[0]).toBe(linePitch(theme, 20) + 2 * CELL_MARGIN_Y + 2);
  });

  it('an empty column\'s floor is one character; cells past the header\'s columns add no floor', () => {
    expect(columnFloors(tbl(['', 'x'], [['', 'y']]), 20, theme)[0]).toBeCloseTo(PAD + 20, 6);
    expect(columnFloors(tbl(['a', 'b'], [['x', 'y', 'z']]), 20, theme)).toHaveLength(2);
  });

  it('a word of four characters is held to the four-character cap even when its characters are wider than 1 em', () => {
    expect(w('@@@@', 20)).toBeGreaterThan(80);
    expect(columnFloors(tbl(['a'], [['@@@@']]), 20, theme)[0]).toBeCloseTo(PAD + 80, 6);
    expect(columnFloors(tbl(['a'], [['@@@@@']]), 20, theme)[0]).toBeCloseTo(w('@@@@@', 20) + PAD, 6);
  });

  it('a table exactly as wide as its floors is returned as it is (its ragged rows not padded)', () => {
    const t = tbl(['地区', '一季度指标', '二季度指标', '三季度指标'], [['北京', '1', '2', '3'], ['上海']]);
    const need = sum(columnFloors(t, 16, theme));
    expect(splitWideTable(t, 16, need, theme)[0]).toBe(t);
  });
});
