// src/parse/chart-request.ts and chart.ts at their edges, against the survivors of the lead's run parse-k (stop 27):
// how a request's words are read (spaces around `=`, which values switch a flag off, a type name as another key's
// value), and what each reader makes of tables and ```chart blocks at the edges of what it accepts.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { parseRequestText } from '../../src/parse/chart-request.js';

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
  const T = '| 项 | A |\n|---|---|\n| x | 1 |\n| y | 3 |\n';
  const run = (body: string) => {
    const r = parse(`## S\n\n${body}`, { file: 't.md' });
    return { blocks: r.deck.slides.flatMap((s) => s.blocks).map((b) => (b.kind === 'chart' ? `chart ${b.chart.type}` : b.kind)), warnings: r.warnings.map((w) => `${w.line}: ${w.message}`) };
  };
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
  it('a request on the first line of the file', () => {
    const r = parse(`{.chart bar}\n${T}`, { file: 't.md' });
    expect(r.deck.slides.flatMap((s) => s.blocks).map((b) => (b.kind === 'chart' ? `chart ${b.chart.type}` : b.kind))).toEqual(['chart bar']);
    expect(r.warnings).toEqual([]);
  });
});
