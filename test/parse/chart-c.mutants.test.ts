// src/parse/chart-request.ts and chart.ts at their edges, against the survivors of the lead's run parse-k (stop 27):
// how a request's words are read (spaces around `=`, which values switch a flag off, a type name as another key's
// value), and what each reader makes of tables and ```chart blocks at the edges of what it accepts.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { parseRequestText } from '../../src/parse/chart-request.js';
import { checkSpec, readChart } from '../../src/parse/chart.js';
import { markdown } from '../../src/parse/markdown.js';
import { Diagnostics } from '../../src/errors.js';
import { Ignored } from '../../src/parse/ignored.js';
import type { BlockContext } from '../../src/parse/blocks.js';
import type { Block, ChartSpec } from '../../src/model.js';

const T = '| 项 | A |\n|---|---|\n| x | 1 |\n| y | 3 |\n';
const T2 = '| 项 | A | B |\n|---|---|---|\n| x | 1 | 2 |\n| y | 3 | 4 |\n';
/** The slide's blocks (a chart as `chart <type>`) and the warnings. */
const run = (body: string) => {
  const r = parse(`## S\n\n${body}`, { file: 't.md' });
  return { blocks: r.deck.slides.flatMap((s) => s.blocks).map((b) => (b.kind === 'chart' ? `chart ${b.chart.type}` : b.kind)), warnings: r.warnings.map((w) => `${w.line}: ${w.message}`) };
};
const chartOf = (body: string): ChartSpec => {
  const r = parse(`## S\n\n${body}`, { file: 't.md' });
  const c = r.deck.slides.flatMap((s) => s.blocks).find((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
  if (!c) throw new Error(`no chart: ${JSON.stringify(r.deck.slides)} ${JSON.stringify(r.warnings)}`);
  return c.chart;
};

describe('request words', () => {
  it('spaces around = belong to the option', () => {
    expect(parseRequestText('title = "营 收"  unit= 元 type =bar')).toEqual({ unknown: [], title: '营 收', unit: '元', type: 'bar' });
  });
  it('only the whole value false, no, off, 0 or 否 switches a flag off', () => {
    expect(parseRequestText('stacked=normal labels=10')).toEqual({ unknown: [], stacked: true, labels: true });
    expect(parseRequestText('stacked=OFF labels=否')).toEqual({ unknown: [], stacked: false, labels: false });
  });
  it('a type name as the value of another key is that key\'s value', () => {
    expect(parseRequestText('title=line unit=pie secondary=bar')).toEqual({ unknown: [], title: 'line', unit: 'pie', secondary: 'bar' });
  });
});

describe('where a request is looked for', () => {
  it('a comment request at the very end of the file is an orphan', () => {
    expect(run(`${T}\ntext\n\n<!-- chart: bar -->`)).toEqual({ blocks: ['table', 'paragraph'], warnings: ['10: chart request "bar" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)'] });
  });
  it('only a paragraph is a request: a heading that ends with {.chart} right before a table is a heading', () => {
    const r = parse(`# D\n\n## 营收 {.chart bar}\n${T}`, { file: 't.md' });
    expect(r.deck.slides.map((s) => [s.title.map((x) => x.text).join(''), s.blocks.map((b) => b.kind)])).toEqual([['D', []], ['营收 {.chart bar}', ['table']]]);
    expect(r.warnings).toEqual([]);
  });
  it('an orphan attribute line is named by its words, without the spaces inside the braces', () => {
    expect(run('{.chart  bar stacked }\n\ntext\n').warnings).toEqual(['3: chart request "bar stacked" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
  });
  it('a request on the first line of the file, or after a table on it', () => {
    for (const md of [`{.chart bar}\n${T}`, `${T}\n{.chart bar}\n`]) {
      const r = parse(md, { file: 't.md' });
      expect(r.deck.slides.flatMap((s) => s.blocks).map((b) => (b.kind === 'chart' ? `chart ${b.chart.type}` : b.kind))).toEqual(['chart bar']);
      expect(r.warnings).toEqual([]);
    }
  });
  it('rows indented or with spaces after their last pipe are not ragged', () => {
    expect(run('<!-- chart: bar -->\n  | 项 | A |\n  |---|---|\n   | x | 1 |   \n | y | 3 |\t\n').blocks).toEqual(['chart bar']);
  });
  it('a table inside a blockquote (nested too) is counted without its > markers; a ragged row there is still ragged', () => {
    const quoted = (prefix: string, t: string) => t.trimEnd().split('\n').map((l) => prefix + l).join('\n');
    /** The kinds of the blocks inside the slide's quotes, at any depth. */
    const inner = (body: string) => {
      const kinds = (bs: readonly Block[]): string[] => bs.flatMap((b) => (b.kind === 'quote' ? kinds(b.blocks) : b.kind === 'chart' ? [`chart ${b.chart.type}`] : [b.kind]));
      const r = parse(`## S\n\n${body}`, { file: 't.md' });
      return { blocks: kinds(r.deck.slides.flatMap((s) => s.blocks)), warnings: r.warnings.map((w) => `${w.line}: ${w.message}`) };
    };
    expect(inner(quoted('> ', `${T}{.chart bar}`))).toEqual({ blocks: ['chart bar'], warnings: [] });
    expect(inner(quoted('>> ', `<!-- chart: line -->\n${T}`))).toEqual({ blocks: ['chart line'], warnings: [] });
    expect(inner(quoted(' > > ', `${T}{.chart bar}`))).toEqual({ blocks: ['chart bar'], warnings: [] });
    expect(inner(quoted('> ', `${T.replace('| y | 3 |', '| y | 3 | 4 |')}{.chart bar}`)).warnings).toEqual([
      '6: chart: this row has 3 cells but the header has 2; the table is shown as a table',
    ]);
  });
  it('a > after a row\'s last pipe is a third cell, not a quote marker (only markers at the line\'s start are)', () => {
    expect(run(`${T.replace('| y | 3 |', '| y | 3 |>')}{.chart bar}`).warnings).toEqual([
      '6: chart: this row has 3 cells but the header has 2; the table is shown as a table',
    ]);
    expect(run(`${T.replace('| y | 3 |', '| y>z | 3 |')}{.chart bar}`)).toEqual({ blocks: ['chart bar'], warnings: [] });
  });
  it('an attribute line at the very end of the file, after a paragraph, is an orphan', () => {
    expect(run('text\n\n{.chart bar}').warnings).toEqual(['5: chart request "bar" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
  });
  it('after a request that follows its table, the next request is read too', () => {
    expect(run(`${T}\n{.chart bar}\n\n<!-- chart: line -->\n${T}`)).toEqual({ blocks: ['chart bar', 'chart line'], warnings: [] });
    expect(run(`${T}\n{.chart bar}\n\n{.chart line}\n${T}`)).toEqual({ blocks: ['chart bar', 'chart line'], warnings: [] });
  });
  it('a request between two tables is the first one\'s, unless that one has its own', () => {
    expect(run(`${T}\n{.chart bar}\n${T}`)).toEqual({ blocks: ['chart bar', 'table'], warnings: [] });
    expect(run(`<!-- chart: line -->\n${T}\n{.chart bar}\n${T}`)).toEqual({ blocks: ['chart line', 'chart bar'], warnings: [] });
    expect(run(`<!-- chart: line -->\n${T}\n{.chart bar}\n\ntext\n`).warnings).toEqual(['9: chart request "bar" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
  });
  it('a list or a quote ending with {.chart} is not a table: its item is an orphan request', () => {
    expect(run('- {.chart bar}\n\ntext\n').warnings).toEqual(['3: chart request "bar" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
    expect(run('> a\n>\n> {.chart bar}\n').warnings).toEqual(['5: chart request "bar" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)']);
  });
});

describe('readChart returns the index right after what it read', () => {
  const tokensOf = (src: string) => markdown(false).parse(src, {});
  const ctxFor = (): BlockContext => ({ diag: new Diagnostics('t.md'), lineOf: (t) => (t.map ? t.map[0] + 1 : 1), ignored: new Ignored(), env: {} });
  const cases: [string, string, string][] = [
    ['an orphan comment', '<!-- chart: bar -->\n\nafter\n', 'chart_orphan'],
    ['an orphan attribute line', '{.chart bar}\n\nafter\n', 'chart_orphan'],
    ['a table with a request', `<!-- chart: bar -->\n${T}\nafter\n`, 'table_open'],
    ['a ```chart block', '```chart\ncategories: [a]\nseries:\n  - values: [1]\n```\n\nafter\n', 'fence'],
    ['a ```chart block shown as code', '```chart\n- a\n```\n\nafter\n', 'fence'],
    ['a ```chart block shown as a table', '```chart\ncategories: [a]\nseries:\n  - values: [x]\n```\n\nafter\n', 'fence'],
  ];
  it.each(cases)('%s', (_name, src, type) => {
    const tokens = tokensOf(src);
    const i = tokens.findIndex((t) => t.type === type);
    const read = readChart(tokens, i, ctxFor());
    expect(tokens[read!.next].type).toBe('paragraph_open');
    expect(tokens[read!.next + 1].content).toBe('after');
  });
  it('what is not chart input is left to the other readers', () => {
    const tokens = tokensOf(`${T}\n::: chart\nx\n:::\n\n\`\`\`yaml chart\na: 1\n\`\`\`\n`);
    for (let i = 0; i < tokens.length; i++) expect([i, tokens[i].type, readChart(tokens, i, ctxFor())]).toEqual([i, tokens[i].type, undefined]);
  });
});

describe('chart input at its edges', () => {
  it('a chart is followed by the rest of its slide', () => {
    expect(run(`<!-- chart: bar -->\n${T}\nafter\n\n${T}`).blocks).toEqual(['chart bar', 'paragraph', 'table']);
    expect(run(`${T}{.chart line}\n\nafter\n`).blocks).toEqual(['chart line', 'paragraph']);
  });
  it('a request under a table in the first of two columns: the second column stays its own', () => {
    const r = parse(`## S\n\n:::: columns\n::: column\n${T}{.chart line}\n:::\n::: column\nr\n:::\n::::\n\nafter\n`, { file: 't.md' });
    const [cols, after] = r.deck.slides[0].blocks;
    expect(cols.kind === 'columns' && cols.columns.map((c) => c.blocks.map((b) => b.kind))).toEqual([['chart'], ['paragraph']]);
    expect(after.kind).toBe('paragraph');
  });
  it('under a one-column table the request is still read (and refused: a chart needs two columns)', () => {
    expect(run('| 项 |\n|---|\n| x |\n{.chart}\n').warnings).toEqual(['6: chart: a chart needs a header row, at least one data row and two columns (categories, then numbers); the table is shown as a table']);
  });
  it('a div named chart is a div, a code block whose language is not chart is code; spaces before chart are allowed', () => {
    expect(run('::: chart\nx\n:::\n')).toEqual({ blocks: ['paragraph'], warnings: [] });
    expect(run('```yaml chart\ncategories: [a]\nseries:\n  - values: [1]\n```\n')).toEqual({ blocks: ['code'], warnings: [] });
    expect(run('```  chart bar\ncategories: [a]\nseries:\n  - values: [1]\n```\n')).toEqual({ blocks: ['chart bar'], warnings: [] });
  });
  it('categories and series names are the cells\' text: every run, spaces at the ends dropped (no-break ones too)', () => {
    const c = chartOf('<!-- chart -->\n| 地区 | **营业**收入 |\n|---|---|\n| &nbsp;华东&nbsp; | 1 |\n| *华*南 | 2 |\n');
    expect([c.categories, c.series.map((s) => s.name)]).toEqual([['华东', '华南'], ['营业收入']]);
  });
  it('no key for what was not asked: title, stacked, labels', () => {
    for (const body of [`<!-- chart: bar -->\n${T}`, '```chart\ncategories: [a]\nseries:\n  - values: [1]\n```\n']) {
      const c = chartOf(body);
      expect(Object.keys(c).sort()).toEqual(['categories', 'categoryName', 'series', 'type'].filter((k) => k !== 'categoryName' || body.startsWith('<')));
    }
  });
  it('combo: the series named secondary= goes on the right, whichever it is', () => {
    expect(chartOf(`<!-- chart: combo secondary=B -->\n${T2}`).series.map((s) => !!s.secondary)).toEqual([false, true]);
    expect(chartOf('<!-- chart: combo secondary=B -->\n| 项 | A | B | C |\n|---|---|---|---|\n| x | 1 | 2 | 3 |\n').series.map((s) => !!s.secondary)).toEqual([false, true, false]);
  });
  it('combo from a block: a series given axis: secondary keeps the others on the left', () => {
    const c = chartOf('```chart\ntype: combo\ncategories: [a]\nseries:\n  - name: r\n    values: [5%]\n    axis: right\n  - name: v\n    values: [1]\n```\n');
    expect(c.series.map((s) => [s.name, !!s.secondary])).toEqual([['r', true], ['v', false]]);
  });
  it('a request under the table gives its own line to what it warns', () => {
    expect(run(`${T2}{.chart pie}\n`).warnings).toEqual(['7: chart: a pie chart shows one series, this has 2 (use doughnut for rings, or column); the table is shown as a table']);
  });
  it('a row is counted as written: without outer pipes, or with an escaped pipe at an end', () => {
    expect(run('<!-- chart -->\n| 项 | A |\n|---|---|\nx | 1\n| y | 3\n').blocks).toEqual(['chart column']);
    expect(run('<!-- chart -->\n项 | A\n---|---\n\\|| 1\ny \\| z | 3\n').blocks).toEqual(['chart column']);
    expect(run('<!-- chart -->\n| 项 | A |\n|---|---|\n| x | 1 | 2 |\n').warnings).toEqual(['6: chart: this row has 3 cells but the header has 2; the table is shown as a table']);
  });
  it('a pie or doughnut refuses a negative value in the first category too', () => {
    expect(checkSpec({ type: 'pie', categories: ['a', 'b'], series: [{ name: 'v', values: [-1, 2] }] })).toBe('a pie chart cannot show the negative value -1 ("a", "v")');
  });
});

