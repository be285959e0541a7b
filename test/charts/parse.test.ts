// Chart input: tables with a chart request and ```chart blocks → the model's chart blocks; bad input → a warning
// with its line and the data kept as a table.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { parseCell, seriesNumbers } from '../../src/parse/chart-number.js';
import type { Block, ChartSpec } from '../../src/model.js';

const blocksOf = (md: string) => {
  const r = parse(md, { file: 'deck.md' });
  return { blocks: r.deck.slides.flatMap((s) => s.blocks), warnings: r.warnings.map((w) => `${w.line}: ${w.message}`) };
};
const chartOf = (md: string): ChartSpec => {
  const { blocks, warnings } = blocksOf(md);
  expect(warnings).toEqual([]);
  const c = blocks.find((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
  expect(c, 'a chart block').toBeDefined();
  return c!.chart;
};

const TABLE = `| 地区 | 2023 | 2024 |
|---|---|---|
| 华东 | 1,200 | 1,350 |
| 华南 | 900 | 1,010.5 |
`;

describe('numbers as written in tables', () => {
  it.each([
    ['1,234', 1234], ['1234.50', 1234.5], ['-3.2', -3.2], ['−3.2', -3.2], ['－１２', -12], ['１２，３４５．６', 12345.6],
    ['+7', 7], ['(5.6)', -5.6], ['（5.6）', -5.6], ['1 234', 1234],
  ])('%s → %d', (s, v) => expect(parseCell(s)?.value).toBe(v));
  it('reads %, 万 and 亿 and units, and refuses what is not a number', () => {
    expect(parseCell('12.5%')).toMatchObject({ value: 12.5, percent: true, decimals: 1 });
    expect(parseCell('１２％')).toMatchObject({ value: 12, percent: true });
    expect(parseCell('1.2亿')).toMatchObject({ value: 1.2, scale: '亿' });
    expect(parseCell('8500万元')).toMatchObject({ value: 8500, scale: '万', unit: '元' });
    for (const empty of ['', '-', '—', 'N/A', '／']) expect(parseCell(empty)).toBeNull();
    for (const bad of ['abc', '1,2', '12,34', '1.2.3', 'x12', '12abc', '%']) expect(parseCell(bad), bad).toBeUndefined();
  });
  it('puts a series in one scale and one format', () => {
    expect(seriesNumbers(['1.2亿', '8500万'])).toEqual({ values: [1.2, 0.85], format: '#,##0.00', unit: '亿' });
    expect(seriesNumbers(['12.5%', '-3%', ''])).toEqual({ values: [0.125, -0.03, null], format: '0.0%', unit: '' });
    expect(seriesNumbers(['1,200', '900'])).toEqual({ values: [1200, 900], format: '#,##0', unit: '' });
    expect(seriesNumbers(['5%', '7'])).toMatchObject({ bad: 1 });
  });
});

describe('a table with a chart request', () => {
  it('<!-- chart: bar --> before the table: categories from the first column, series from the header', () => {
    const c = chartOf(`## 营收\n\n<!-- chart: bar -->\n${TABLE}`);
    expect(c).toEqual({
      type: 'bar',
      categories: ['华东', '华南'],
      categoryName: '地区',
      series: [
        { name: '2023', values: [1200, 900], format: '#,##0' },
        { name: '2024', values: [1350, 1010.5], format: '#,##0.0' },
      ],
    });
  });
  it('{.chart type=line} on the line under the table, after it, or as a Table: caption (the title)', () => {
    expect(chartOf(`## S\n\n${TABLE}{.chart type=line}\n`).type).toBe('line');
    expect(chartOf(`## S\n\n${TABLE}\n{.chart type=area stacked}\n`)).toMatchObject({ type: 'area', stacked: true });
    expect(chartOf(`## S\n\n${TABLE}\nTable: 分地区营收 {.chart type=column unit=万元}\n`)).toMatchObject({ type: 'column', title: '分地区营收', unit: '万元' });
    expect(chartOf(`## S\n\n{.chart 饼图}\n\n| 类 | 占比 |\n|---|---|\n| 甲 | 60% |\n| 乙 | 40% |\n`)).toMatchObject({ type: 'pie', series: [{ values: [0.6, 0.4], format: '0%' }] });
  });
  it('each type name, in English and Chinese, with stacked', () => {
    for (const [name, type, stacked] of [['column', 'column'], ['stacked-column', 'column', true], ['bar stacked', 'bar', true], ['line', 'line'], ['doughnut', 'doughnut'], ['面积图', 'area'], ['组合图', 'combo'], ['柱状图', 'column']] as const) {
      const c = chartOf(`## S\n\n<!-- chart: ${name} -->\n${TABLE}`);
      expect(c.type, name).toBe(type);
      expect(c.stacked, name).toBe(stacked);
    }
  });
  it('combo: the last column (or the one named) goes on the secondary axis; the unit comes from the cells', () => {
    const t = `| 年份 | 营业收入 | 同比增长 |\n|---|---|---|\n| 2023 | 1.2亿 | 8.5% |\n| 2024 | 1.35亿 | 12.5% |\n`;
    const c = chartOf(`## S\n\n<!-- chart: combo -->\n${t}`);
    expect(c.series.map((s) => [s.name, !!s.secondary, s.format])).toEqual([['营业收入', false, '#,##0.00'], ['同比增长', true, '0.0%']]);
    expect(c.unit).toBe('亿');
    expect(chartOf(`## S\n\n<!-- chart: combo secondary=营业收入 -->\n${t}`).series[0].secondary).toBe(true);
  });
  it('a table without a request stays a table, and so does the request text', () => {
    const { blocks } = blocksOf(`## S\n\n${TABLE}`);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
  });
});

describe('bad input: one warning with its line, the table stays a table', () => {
  const fallback = (md: string) => {
    const { blocks, warnings } = blocksOf(md);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    expect(warnings).toHaveLength(1);
    return warnings[0];
  };
  it('a cell that is not a number', () => {
    expect(fallback(`## S\n\n<!-- chart: column -->\n| 地区 | 2024 |\n|---|---|\n| 华东 | 1,200 |\n| 华南 | 约九百 |\n`)).toBe(
      '7: chart: the cell "约九百" (row "华南", column "2024") is not a number; the table is shown as a table',
    );
  });
  it('a ragged table', () => {
    expect(fallback(`## S\n\n<!-- chart: column -->\n| 地区 | 2023 | 2024 |\n|---|---|---|\n| 华东 | 1 | 2 |\n| 华南 | 3 |\n`)).toMatch(/^7: chart: this row has 2 cells but the header has 3/);
  });
  it('a pie with negative values', () => {
    expect(fallback(`## S\n\n<!-- chart: pie -->\n| 项 | 值 |\n|---|---|\n| 甲 | 5 |\n| 乙 | -2 |\n`)).toMatch(/^3: chart: a pie chart cannot show the negative value -2 \("乙", "值"\)/);
  });
  it('500 categories', () => {
    const rows = Array.from({ length: 500 }, (_, k) => `| c${k} | ${k} |`).join('\n');
    expect(fallback(`## S\n\n<!-- chart: column -->\n| c | v |\n|---|---|\n${rows}\n`)).toMatch(/^3: chart: 500 categories are too many for a column chart on a slide \(at most 40\)/);
  });
  it('a request with no table beside it', () => {
    const { blocks, warnings } = blocksOf(`## S\n\n<!-- chart: bar -->\n\ntext\n`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(warnings).toEqual(['3: chart request "bar" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
  });
});

describe('```chart blocks', () => {
  const fence = (body: string) => `## S\n\n\`\`\`chart\n${body}\`\`\`\n`;
  it('reads type, title, unit, labels, categories and series (axis: secondary makes a combo)', () => {
    const c = chartOf(fence(`type: column\ntitle: 营业收入与增速\nunit: 万元\nlabels: true\ncategories: [2022, 2023, 2024]\nseries:\n  - name: 营业收入\n    values: [1200, 1350, 1500]\n  - name: 增速\n    values: [8%, 12.5%, 11.1%]\n    axis: secondary\n`));
    expect(c).toEqual({
      type: 'combo', title: '营业收入与增速', unit: '万元', labels: true, categories: ['2022', '2023', '2024'],
      series: [{ name: '营业收入', values: [1200, 1350, 1500], format: '#,##0' }, { name: '增速', values: [0.08, 0.125, 0.111], format: '0.0%', secondary: true }],
    });
  });
  it('every type builds from a block', () => {
    for (const type of ['column', 'bar', 'line', 'pie', 'doughnut', 'area', 'combo']) {
      const c = chartOf(fence(`type: ${type}\ncategories: [a, b]\nseries:\n  - name: x\n    values: [1, 2]\n${type === 'combo' ? '  - name: y\n    values: [3%, 4%]\n' : ''}`));
      expect(c.type).toBe(type);
    }
  });
  it('a value that is not a number: a warning at its line and the data as a table', () => {
    const { blocks, warnings } = blocksOf(fence(`type: line\ncategories: [a, b]\nseries:\n  - name: x\n    values: [1, two]\n`));
    expect(warnings).toEqual(['8: chart: the value "two" of series "x" is not a number; the data is shown as a table']);
    expect(blocks[0]).toMatchObject({ kind: 'table', header: [[{ text: '' }], [{ text: 'x' }]], rows: [[[{ text: 'a' }], [{ text: '1' }]], [[{ text: 'b' }], [{ text: 'two' }]]] });
  });
  it('values and categories of different lengths: a warning, the data as a table', () => {
    const { blocks, warnings } = blocksOf(fence(`type: line\ncategories: [a, b, c]\nseries:\n  - name: x\n    values: [1, 2]\n`));
    expect(warnings).toEqual(['3: chart: series "x" has 2 values for 3 categories; the data is shown as a table']);
    expect(blocks[0].kind).toBe('table');
  });
  it('invalid YAML or an unknown type: a warning at its line, the block as code', () => {
    let r = blocksOf(fence(`type: line\ncategories: [a, b\n`));
    expect(r.blocks[0].kind).toBe('code');
    expect(r.warnings[0]).toMatch(/^\d+: chart: invalid YAML/);
    r = blocksOf(fence(`type: radar\ncategories: [a]\nseries: [{name: x, values: [1]}]\n`));
    expect(r.warnings).toEqual(['4: chart: unknown chart type "radar" (known: column, col, stacked-column, bar, stacked-bar, line, pie, doughnut, donut, ring, area, stacked-area, combo); the block is shown as code']);
  });
});
