// Chart input at its edges (src/parse/chart.ts, chart-request.ts, chart-number.ts): where a request may sit, every
// option of a request, each reason a spec cannot be drawn (one message each), and numbers as written (scales, per
// mille, units, empties, what is refused, one format per series). Written for a mutation run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { checkSpec } from '../../src/parse/chart.js';
import { parseRequestText } from '../../src/parse/chart-request.js';
import { parseCell, seriesNumbers, tidy } from '../../src/parse/chart-number.js';
import type { Block, ChartSpec } from '../../src/model.js';

const run = (body: string) => {
  const r = parse(`## S\n\n${body}`, { file: 't.md' });
  return { blocks: r.deck.slides.flatMap((s) => s.blocks), warnings: r.warnings.map((w) => `${w.line}: ${w.message}`) };
};
const chart = (body: string): ChartSpec & { line: number } => {
  const { blocks } = run(body);
  const c = blocks.find((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
  if (!c) throw new Error(`no chart: ${JSON.stringify(blocks)}`);
  return { ...c.chart, line: c.src.line };
};
const T = '| 项 | A | B |\n|---|---|---|\n| x | 1 | 2 |\n| y | 3 | 4 |\n';
const series = [
  { name: 'A', values: [1, 3], format: '#,##0' },
  { name: 'B', values: [2, 4], format: '#,##0' },
];

describe('where a request sits', () => {
  it('an attribute line right before the table, with every option; an unknown word is named in one warning', () => {
    const { warnings } = run(`{.chart type=bar stacked title="T 1" unit=元 labels=no bogus}\n${T}`);
    expect(chart(`{.chart type=bar stacked title="T 1" unit=元 labels=no bogus}\n${T}`)).toEqual({ type: 'bar', categories: ['x', 'y'], series, categoryName: '项', title: 'T 1', stacked: true, labels: false, unit: '元', line: 4 });
    expect(warnings).toEqual(['3: chart: ignored "bogus" (known: a type such as column, col, 柱状图, 柱形图, 柱图, stacked-column, 堆积柱形图, bar, 条形图, stacked-bar, 堆积条形图, line; title=, unit=, stacked, labels, secondary=)']);
  });
  it('on the line under the table (where markdown-it made it a row), or after a blank line with a caption as the title', () => {
    expect(chart(`${T}{.chart line}\n`)).toMatchObject({ type: 'line', series, line: 3 });
    expect(chart(`${T}\n: 营收 {.chart combo}\n`)).toMatchObject({ type: 'combo', title: '营收', series: [series[0], { ...series[1], secondary: true }] });
    expect(chart(`${T}\nTable: Sales {.chart area}\n`)).toMatchObject({ type: 'area', title: 'Sales' });
  });
  it('a comment with a full-width colon and Chinese words', () => {
    expect(chart(`<!-- chart：堆积柱形图 数据标签 -->\n${T}`)).toMatchObject({ type: 'column', stacked: true, labels: true });
  });
  it('a request with nothing beside it is named with its line; a comment request before another request is an orphan', () => {
    expect(run('{.chart}\n\ntext\n').warnings).toEqual(['3: chart request "" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
    const both = run(`<!-- chart: bar -->\n{.chart line}\n${T}`);
    expect(both.blocks.map((b) => (b.kind === 'chart' ? b.chart.type : b.kind))).toEqual(['line']);
    expect(both.warnings).toEqual(['3: chart request "bar" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
  });
  it('a row under the table that only looks like a request (more cells filled) stays a row', () => {
    const { blocks } = run('| 项 | A |\n|---|---|\n| x | 1 |\n| {.chart line} | 2 |\n');
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
  });
  it('no header text: no category name; % cells: fractions in a percent format', () => {
    const c = chart('<!-- chart -->\n| | A |\n|---|---|\n| x | 5% |\n| y | 1.5% |\n');
    expect(c).toEqual({ type: 'column', categories: ['x', 'y'], series: [{ name: 'A', values: [0.05, 0.015], format: '0.0%' }], line: 4 });
  });
  it('an empty series name is its column number; the unit is the cells\' common one, none when they differ', () => {
    expect(chart('<!-- chart -->\n| 项 |  | B |\n|---|---|---|\n| x | 1万元 | 2万元 |\n').series.map((s) => s.name)).toEqual(['1', 'B']);
    expect(chart('<!-- chart -->\n| 项 | A | B |\n|---|---|---|\n| x | 1万元 | 2万元 |\n').unit).toBe('万元');
    expect(chart('<!-- chart -->\n| 项 | A | B |\n|---|---|---|\n| x | 1元 | 2人 |\n').unit).toBeUndefined();
    expect(chart('<!-- chart: unit=台 -->\n| 项 | A | B |\n|---|---|---|\n| x | 1元 | 2人 |\n').unit).toBe('台');
  });
  it('combo: the named series (or the last) on the secondary axis; its unit does not decide the primary one', () => {
    expect(chart(`<!-- chart: combo secondary=A -->\n${T}`).series.map((s) => !!s.secondary)).toEqual([true, false]);
    expect(chart('<!-- chart: combo -->\n| 项 | 收入 | 增速 |\n|---|---|---|\n| x | 1万元 | 5% |\n').unit).toBe('万元');
  });
});

describe('a spec that cannot be drawn: one message each, the table kept', () => {
  const fails = (body: string) => {
    const { blocks, warnings } = run(body);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    expect(warnings).toHaveLength(1);
    return warnings[0];
  };
  it('as a table', () => {
    expect(fails(`<!-- chart: combo secondary=Z -->\n${T}`)).toBe('3: chart: there is no series "Z" to put on the secondary axis; the table is shown as a table');
    expect(fails('<!-- chart: combo -->\n| 项 | A |\n|---|---|\n| x | 1 |\n')).toBe('3: chart: a combo chart needs two series (columns, and a line on the secondary axis); the table is shown as a table');
    expect(fails(`<!-- chart: pie -->\n${T}`)).toBe('3: chart: a pie chart shows one series, this has 2 (use doughnut for rings, or column); the table is shown as a table');
    expect(fails('<!-- chart -->\n| 项 | A |\n|---|---|\n| x |  |\n')).toBe('3: chart: every value is empty; the table is shown as a table');
    expect(fails('<!-- chart -->\n| 项 |\n|---|\n| x |\n')).toBe('3: chart: a chart needs a header row, at least one data row and two columns (categories, then numbers); the table is shown as a table');
    expect(fails('<!-- chart -->\n| 项 | A |\n|---|---|\n')).toBe('3: chart: a chart needs a header row, at least one data row and two columns (categories, then numbers); the table is shown as a table');
    expect(fails('<!-- chart -->\n| 项 | A |\n|---|---|\n| x | 5% |\n| y | 3 |\n')).toBe('7: chart: the cell "3" (row "y", column "A") is a plain number among percentages; the table is shown as a table');
  });
  it('checkSpec: every reason, in order', () => {
    const s = (o: Partial<ChartSpec>): ChartSpec => ({ type: 'column', categories: ['a', 'b'], series: [{ name: 'v', values: [1, 2] }], ...o });
    const many = (n: number) => Array.from({ length: n }, (_, k) => ({ name: `s${k}`, values: [1, 2] }));
    expect(checkSpec(s({}))).toBeUndefined();
    expect(checkSpec(s({ series: [] }))).toBe('there are no series (no columns of numbers)');
    expect(checkSpec(s({ categories: [], series: [{ name: 'v', values: [] }] }))).toBe('there are no categories');
    expect(checkSpec(s({ series: many(12) }))).toBeUndefined();
    expect(checkSpec(s({ series: many(13) }))).toBe('13 series are more than a chart can tell apart (at most 12)');
    const cats = (n: number) => ({ categories: Array.from({ length: n }, (_, k) => `c${k}`), series: [{ name: 'v', values: Array.from({ length: n }, () => 1) }] });
    expect(checkSpec(s({ type: 'pie', ...cats(12) }))).toBeUndefined();
    expect(checkSpec(s({ type: 'pie', ...cats(13) }))).toBe('13 categories are too many for a pie chart on a slide (at most 12)');
    expect(checkSpec(s({ type: 'bar', ...cats(31) }))).toBe('31 categories are too many for a bar chart on a slide (at most 30)');
    expect(checkSpec(s({ type: 'line', ...cats(120) }))).toBeUndefined();
    expect(checkSpec(s({ series: [{ name: 'v', values: [1] }] }))).toBe('series "v" has 1 values for 2 categories');
    expect(checkSpec(s({ type: 'doughnut', series: [{ name: 'v', values: [1, 2] }, { name: 'w', values: [null, -2] }] }))).toBe('a doughnut chart cannot show the negative value -2 ("b", "w")');
    expect(checkSpec(s({ type: 'pie', series: [{ name: 'v', values: [0, null] }] }))).toBeUndefined();
    expect(checkSpec(s({ type: 'column', series: [{ name: 'v', values: [-1, 2] }] }))).toBeUndefined();
    expect(checkSpec(s({ type: 'combo', series: [{ name: 'v', values: [1, 2], secondary: true }, { name: 'w', values: [1, 2], secondary: true }] }))).toBe('a combo chart needs at least one series on the primary axis');
    expect(checkSpec(s({ type: 'combo', series: many(2) }), 's1')).toBeUndefined();
    expect(checkSpec(s({ type: 'combo', series: many(2) }), 'zz')).toBe('there is no series "zz" to put on the secondary axis');
    expect(checkSpec(s({ series: [{ name: 'v', values: [null, null] }, { name: 'w', values: [null, 1] }] }))).toBeUndefined();
    expect(checkSpec(s({ series: [{ name: 'v', values: [null, null] }] }))).toBe('every value is empty');
  });
});

describe('request options', () => {
  it('types by word or type=, flags with false/no/off/0/否, quoted values in three quote styles, #ids and .chart skipped', () => {
    expect(parseRequestText('.chart #fig type=LINE stacked=off labels=0 title=\'营 收\' unit=“万 元” secondary="增 速"')).toEqual({ unknown: [], type: 'line', stacked: false, labels: false, title: '营 收', unit: '万 元', secondary: '增 速' });
    expect(parseRequestText('Stacked-Bar labels')).toEqual({ unknown: [], type: 'bar', stacked: true, labels: true });
    expect(parseRequestText('stacked pie')).toEqual({ unknown: [], type: 'pie', stacked: true });
    expect(parseRequestText('堆积 环形图 数据标签 stacked=yes labels=否')).toEqual({ unknown: [], type: 'doughnut', stacked: true, labels: false });
    expect(parseRequestText('type=radar size=3 chart')).toEqual({ unknown: ['type=radar', 'size=3'] });
    expect(parseRequestText('.chart .wide')).toEqual({ unknown: ['wide'] });
  });
});

describe('numbers as written', () => {
  it.each([
    ['5‰', { value: 5, percent: false, scale: '', decimals: 0, unit: '‰' }],
    ['3千', { value: 3, percent: false, scale: '千', decimals: 0, unit: '' }],
    ['2万亿', { value: 2, percent: false, scale: '万亿', decimals: 0, unit: '' }],
    ['1.5万元', { value: 1.5, percent: false, scale: '万', decimals: 1, unit: '元' }],
    ['12个百分点', { value: 12, percent: false, scale: '', decimals: 0, unit: '个百分点' }],
    ['+5', { value: 5, percent: false, scale: '', decimals: 0, unit: '' }],
    ['.5', { value: 0.5, percent: false, scale: '', decimals: 1, unit: '' }],
    ['1,234,567.891', { value: 1234567.891, percent: false, scale: '', decimals: 3, unit: '' }],
    ['１．５亿', { value: 1.5, percent: false, scale: '亿', decimals: 1, unit: '' }],
    ['-12.50%', { value: -12.5, percent: true, scale: '', decimals: 2, unit: '' }],
  ])('%s', (cell, out) => expect(parseCell(cell)).toEqual(out));
  it.each(['NA', 'n/a', 'null', '暂无', '无', '-', '—', '/', '  '])('%j is an empty cell', (cell) => expect(parseCell(cell)).toBeNull());
  it.each(['+', '1.', '12,34', 'abc元', '(5', '(−3)', '5人次以上多', '1'.repeat(400), '1,2345'])('%j is not a number', (cell) => expect(parseCell(cell)).toBeUndefined());
  it('a series: one scale (the largest), decimals as written (at most three), one unit when all agree', () => {
    expect(seriesNumbers(['1', '2.5', ''])).toEqual({ values: [1, 2.5, null], format: '#,##0.0', unit: '' });
    expect(seriesNumbers(['0.0001', '1'])).toEqual({ values: [0.0001, 1], format: '#,##0.000', unit: '' });
    expect(seriesNumbers(['3千', '2万'])).toEqual({ values: [0.3, 2], format: '#,##0.0', unit: '万' });
    expect(seriesNumbers(['1万', '3'])).toEqual({ values: [1, 0.0003], format: '#,##0.000', unit: '万' });
    expect(seriesNumbers(['5元', '6人'])).toEqual({ values: [5, 6], format: '#,##0', unit: '' });
    expect(seriesNumbers(['5元', '6元', ''])).toEqual({ values: [5, 6, null], format: '#,##0', unit: '元' });
    expect(seriesNumbers(['5‰', '6‰'])).toEqual({ values: [5, 6], format: '#,##0', unit: '‰' });
    expect(seriesNumbers(['1.23456', '2'])).toEqual({ values: [1.23456, 2], format: '#,##0.000', unit: '' });
    expect(seriesNumbers(['14.7%', '3%'])).toEqual({ values: [0.147, 0.03], format: '0.0%', unit: '' });
    expect(seriesNumbers(['1.2345%', '3%'])).toEqual({ values: [0.012345, 0.03], format: '0.000%', unit: '' });
    expect(seriesNumbers(['', '-'])).toEqual({ values: [null, null], format: '#,##0', unit: '' });
    expect(seriesNumbers(['1', 'x'])).toEqual({ bad: 1, why: 'is not a number' });
    expect(seriesNumbers(['', '3', '5%'])).toEqual({ bad: 1, why: 'is a plain number among percentages' });
  });
  it('tidy drops binary noise', () => {
    expect(tidy(14.7 / 100)).toBe(0.147);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
  });
});

describe('```chart blocks at their edges', () => {
  const fence = (body: string, info = 'chart') => `\`\`\`${info}\n${body}\`\`\`\n`;
  it('the type from the info line when the block names none; stacked and labels from either', () => {
    expect(chart(fence('categories: [a]\nseries:\n  - values: [1]\n', 'chart bar stacked labels'))).toEqual({ type: 'bar', categories: ['a'], series: [{ name: '1', values: [1], format: '#,##0' }], stacked: true, labels: true, line: 3 });
    expect(chart(fence('type: stacked-area\nlabels: false\ncategories: [a]\nseries:\n  - values: [1]\n', 'chart labels'))).toMatchObject({ type: 'area', stacked: true, labels: false });
    expect(chart(fence('stacked: false\ncategories: [a, ~]\nseries:\n  - name: ~\n    values: [1, ~]\n'))).toMatchObject({ type: 'column', stacked: false, categories: ['a', ''], series: [{ name: '1', values: [1, null] }] });
  });
  it('title and unit as text; an axis that is not primary or secondary is a warning at its line', () => {
    const body = 'title: 2024\nunit: 100\ncategories: [a]\nseries:\n  - name: s\n    values: [1]\n    axis: middle\n  - name: t\n    values: [2]\n    axis: 主\n';
    expect(chart(fence(body))).toMatchObject({ type: 'column', title: '2024', unit: '100' });
    expect(run(fence(body)).warnings).toEqual(['10: chart: axis "middle" is not primary or secondary; ignored']);
  });
  it('an unknown key is a warning at its line; the chart is still drawn', () => {
    const { blocks, warnings } = run(fence('categories: [a]\ncolour: red\nseries:\n  - values: [1]\n'));
    expect(blocks.map((b) => b.kind)).toEqual(['chart']);
    expect(warnings).toEqual(['5: chart: unknown key "colour" ignored (known: type, title, categories, series, unit, labels, stacked)']);
  });
  it('what is not a chart: each message at its line, the block as code', () => {
    const code = (body: string) => {
      const { blocks, warnings } = run(fence(body));
      expect(blocks.map((b) => b.kind)).toEqual(['code']);
      return warnings;
    };
    expect(code('- a\n- b\n')).toEqual(['3: chart: expected keys such as type, categories and series; the block is shown as code']);
    expect(code('series:\n  - values: [1]\n')).toEqual(['3: chart: "categories" must be a list of labels; the block is shown as code']);
    expect(code('categories: []\nseries:\n  - values: [1]\n')).toEqual(['4: chart: "categories" must be a list of labels; the block is shown as code']);
    expect(code('categories: [a]\n')).toEqual(['3: chart: "series" must be a list of {name, values}; the block is shown as code']);
    expect(code('categories: [a]\nseries: {values: [1]}\n')).toEqual(['5: chart: "series" must be a list of {name, values}; the block is shown as code']);
    expect(code('categories: [a]\nseries: []\n')).toEqual(['5: chart: "series" must be a list of {name, values}; the block is shown as code']);
    expect(code('categories: [a]\nseries:\n  - name: x\n')).toEqual(['6: chart: series 1 needs "values" (a list of numbers); the block is shown as code']);
    expect(code('categories: [a]\nseries:\n  - ~\n')).toEqual(['6: chart: series 1 needs "values" (a list of numbers); the block is shown as code']);
    expect(code('a: 1\na: 2\n')).toEqual(['5: chart: invalid YAML: Map keys must be unique; the block is shown as code']);
    expect(code('type: 3\ncategories: [a]\nseries:\n  - values: [1]\n')).toEqual([expect.stringMatching(/^4: chart: unknown chart type "3" \(known: column, col, stacked-column, /)]);
  });
  it('the data as a table when a value is not a number or the spec cannot be drawn', () => {
    const { blocks, warnings } = run(fence('type: pie\ncategories: [a, b]\nseries:\n  - name: s\n    values: [1, -2]\n  - values: [x]\n'));
    expect(warnings).toEqual(['9: chart: the value "x" of series "2" is not a number; the data is shown as a table']);
    expect(blocks).toEqual([
      {
        kind: 'table',
        header: [[{ text: '' }], [{ text: 's' }], [{ text: '2' }]],
        rows: [
          [[{ text: 'a' }], [{ text: '1' }], [{ text: 'x' }]],
          [[{ text: 'b' }], [{ text: '-2' }], [{ text: '' }]],
        ],
        align: ['l', 'r', 'r'],
        src: { line: 3 },
      },
    ]);
    expect(run(fence('type: pie\ncategories: [a, b]\nseries:\n  - name: s\n    values: [1, -2]\n')).warnings).toEqual(['3: chart: a pie chart cannot show the negative value -2 ("b", "s"); the data is shown as a table']);
  });
});
