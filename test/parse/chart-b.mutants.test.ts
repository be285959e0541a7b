// src/parse/chart.ts and chart-request.ts against the lead's run parse-k (stop 27): the request patterns (COMMENT,
// ATTR_LINE), the type names, the category limits and the ```chart keys are module-level, built once by the first
// test that loads the module under Stryker (isolate: false), so they are read here on a fresh copy of the parse
// stage (vi.resetModules, then import): every spelling a request may have, every type name, every limit and key.
import { describe, expect, it, vi } from 'vitest';
import type { Block, ChartSpec } from '../../src/model.js';

const T = '| 项 | A |\n|---|---|\n| x | 1 |\n| y | 3 |\n';

/** A fresh parse stage; its run() gives each block as `chart <type>[ stacked][ "title"]` or its kind, and the warnings. */
const fresh = async () => {
  vi.resetModules();
  const { parse } = await import('../../src/parse/index.js');
  const show = (b: Block) => {
    if (b.kind !== 'chart') return b.kind;
    const c: ChartSpec = b.chart;
    return `chart ${c.type}${c.stacked ? ' stacked' : ''}${c.title !== undefined ? ` "${c.title}"` : ''}`;
  };
  return (body: string) => {
    const r = parse(`## S\n\n${body}`, { file: 't.md' });
    return { blocks: r.deck.slides.flatMap((s) => s.blocks).map(show), warnings: r.warnings.map((w) => `${w.line}: ${w.message}`) };
  };
};

describe('a comment request, every way it may be written (a fresh copy)', () => {
  it('spaces inside and around the comment are optional, the colon too; the comment must be the whole block', async () => {
    const run = await fresh();
    const cases: [string, string][] = [
      ['<!-- chart: bar -->', 'chart bar'],
      ['<!--chart:bar-->', 'chart bar'],
      ['<!-- chart bar -->', 'chart bar'],
      ['<!--   chart  ：  line  -->', 'chart line'],
      ['<!-- chart -->', 'chart column'],
      ['  <!-- chart: bar -->', 'chart bar'],
      ['<!-- chart: bar -->   ', 'chart bar'],
      ['<!-- CHART: pie -->', 'chart pie'],
      // not a request: another comment first, or text after it on its line
      ['<!-- a --><!-- chart: bar -->', 'table'],
      ['<!-- chart: bar --> x', 'table'],
      ['<!-- charts: bar -->', 'table'],
    ];
    for (const [comment, kind] of cases) {
      const { blocks, warnings } = run(`${comment}\n${T}`);
      expect([comment, blocks, warnings]).toEqual([comment, [kind], []]);
    }
  });
  it('a comment over several lines', async () => {
    const run = await fresh();
    expect(run(`<!-- chart:\n  bar\n  title="营 收" -->\n${T}`).blocks).toEqual(['chart bar "营 收"']);
  });
});

describe('an attribute line, every way it may be written (a fresh copy)', () => {
  it('before the table: braces with or without inner spaces; the line must end with the braces', async () => {
    const run = await fresh();
    const cases: [string, string[]][] = [
      ['{.chart bar}', ['chart bar']],
      ['{.chart}', ['chart column']],
      ['{ .chart bar }', ['chart bar']],
      ['{.chart   type=line   }', ['chart line']],
      // text after the braces: a paragraph, not a request
      ['{.chart bar} x', ['paragraph', 'table']],
      ['{.chart bar}x', ['paragraph', 'table']],
      ['{.charts bar}', ['paragraph', 'table']],
      ['{.chart {bar}}', ['paragraph', 'table']],
    ];
    for (const [line, kinds] of cases) {
      const { blocks, warnings } = run(`${line}\n${T}`);
      expect([line, blocks, warnings]).toEqual([line, kinds, []]);
    }
  });
  it('a caption before the braces is the title: after Table:, 表：, a lone colon, or as written', async () => {
    const run = await fresh();
    const cases: [string, string][] = [
      ['Table: Sales {.chart area}', 'chart area "Sales"'],
      ['Table : Sales {.chart}', 'chart column "Sales"'],
      ['Table:Sales{.chart}', 'chart column "Sales"'],
      ['表：营业收入{.chart}', 'chart column "营业收入"'],
      ['表 ： 营业 收入 {.chart}', 'chart column "营业 收入"'],
      [': 营收 {.chart area}', 'chart area "营收"'],
      [':   营收 {.chart}', 'chart column "营收"'],
      ['分地区 营收{.chart}', 'chart column "分地区 营收"'],
      ['Tables: x {.chart}', 'chart column "Tables: x"'],
      [':x {.chart}', 'chart column ":x"'],
    ];
    for (const [line, kind] of cases) {
      const { blocks, warnings } = run(`${T}\n${line}\n`);
      expect([line, blocks, warnings]).toEqual([line, [kind], []]);
    }
  });
  it('on the line right under the table (a row to markdown-it)', async () => {
    const run = await fresh();
    expect(run(`${T}{ .chart line }\n`).blocks).toEqual(['chart line']);
    expect(run(`${T}Table: 营收{.chart}\n`).blocks).toEqual(['chart column "营收"']);
  });
});

describe('type names (a fresh copy)', () => {
  const NAMES: [string, string, boolean?][] = [
    ['column', 'column'], ['col', 'column'], ['柱状图', 'column'], ['柱形图', 'column'], ['柱图', 'column'],
    ['stacked-column', 'column', true], ['堆积柱形图', 'column', true],
    ['bar', 'bar'], ['条形图', 'bar'], ['stacked-bar', 'bar', true], ['堆积条形图', 'bar', true],
    ['line', 'line'], ['折线图', 'line'],
    ['pie', 'pie'], ['饼图', 'pie'],
    ['doughnut', 'doughnut'], ['donut', 'doughnut'], ['ring', 'doughnut'], ['环形图', 'doughnut'], ['圆环图', 'doughnut'],
    ['area', 'area'], ['面积图', 'area'], ['stacked-area', 'area', true], ['堆积面积图', 'area', true],
    ['combo', 'combo'], ['组合图', 'combo'],
  ];
  const TWO = '| 项 | A | B |\n|---|---|---|\n| x | 1 | 2 |\n| y | 3 | 4 |\n';
  const want = (type: string, stacked?: boolean) => `chart ${type}${stacked ? ' stacked' : ''}`;
  it('each name, as a word and as type=, in a request', async () => {
    const run = await fresh();
    for (const [name, type, stacked] of NAMES) {
      const table = type === 'pie' ? T : TWO;
      expect([name, run(`<!-- chart: ${name} -->\n${table}`).blocks]).toEqual([name, [want(type, stacked)]]);
      expect([name, run(`{.chart type=${name}}\n${table}`).blocks]).toEqual([name, [want(type, stacked)]]);
    }
  });
  it('each name as the type: of a ```chart block', async () => {
    const run = await fresh();
    for (const [name, type, stacked] of NAMES) {
      const body = `type: ${name}\ncategories: [a, b]\nseries:\n  - name: s\n    values: [1, 2]\n${type === 'combo' ? '  - name: t\n    values: [3, 4]\n' : ''}`;
      expect([name, run(`\`\`\`chart\n${body}\`\`\`\n`).blocks]).toEqual([name, [want(type, stacked)]]);
    }
  });
  it('the names listed in the warnings', async () => {
    const run = await fresh();
    expect(run(`<!-- chart: bogus -->\n${T}`).warnings).toEqual(['3: chart: ignored "bogus" (known: a type such as column, col, 柱状图, 柱形图, 柱图, stacked-column, 堆积柱形图, bar, 条形图, stacked-bar, 堆积条形图, line; title=, unit=, stacked, labels, secondary=)']);
    expect(run('```chart\ntype: radar\ncategories: [a]\nseries: [{values: [1]}]\n```\n').warnings).toEqual(['4: chart: unknown chart type "radar" (known: column, col, stacked-column, bar, stacked-bar, line, pie, doughnut, donut, ring, area, stacked-area, combo); the block is shown as code']);
  });
});

describe('limits and keys (a fresh copy)', () => {
  /** n categories; a combo gets a second series (its line). */
  const table = (n: number, type: string) => {
    const two = type === 'combo';
    const rows = Array.from({ length: n }, (_, k) => `| c${k} | ${k + 1} |${two ? ' 1 |' : ''}`);
    return `| 项 | A |${two ? ' B |' : ''}\n|---|---|${two ? '---|' : ''}\n${rows.join('\n')}\n`;
  };
  it('the most categories each type can show', async () => {
    const run = await fresh();
    for (const [type, max] of [['column', 40], ['bar', 30], ['combo', 40], ['line', 120], ['area', 120], ['pie', 12], ['doughnut', 12]] as const) {
      expect([type, run(`<!-- chart: ${type} -->\n${table(max, type)}`).blocks]).toEqual([type, [`chart ${type}`]]);
      const over = run(`<!-- chart: ${type} -->\n${table(max + 1, type)}`);
      expect([type, over.blocks]).toEqual([type, ['table']]);
      expect(over.warnings[0]).toContain(`${max + 1} categories are too many for a ${type} chart on a slide (at most ${max})`);
    }
  });
  it('every key of a ```chart block is known', async () => {
    const run = await fresh();
    const body = 'type: bar\ntitle: T\ncategories: [a]\nseries:\n  - values: [1]\nunit: 元\nlabels: true\nstacked: true\n';
    expect(run(`\`\`\`chart\n${body}\`\`\`\n`)).toEqual({ blocks: ['chart bar stacked "T"'], warnings: [] });
    expect(run('```chart\ncategories: [a]\nseries:\n  - values: [1]\n"": 1\n```\n').warnings).toEqual(['7: chart: unknown key "" ignored (known: type, title, categories, series, unit, labels, stacked)']);
  });
});
