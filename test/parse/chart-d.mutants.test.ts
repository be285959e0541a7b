// ```chart blocks (src/parse/chart.ts) against the survivors of the lead's run parse-k (stop 27): the code block a
// block falls back to, the line of a YAML error, the info string's words, the unknown type's line, an axis that only
// contains a side's name; and the warning naming several unknown words of a request.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import type { Block } from '../../src/model.js';

const run = (body: string) => {
  const r = parse(`## S\n\n${body}`, { file: 't.md' });
  return { blocks: r.deck.slides.flatMap((s) => s.blocks), warnings: r.warnings.map((w) => `${w.line}: ${w.message}`) };
};
const kinds = (blocks: Block[]) => blocks.map((b) => (b.kind === 'chart' ? `chart ${b.chart.type}` : b.kind));
const fence = (body: string, info = 'chart') => `\`\`\`${info}\n${body}\`\`\`\n`;

describe('```chart blocks at their edges', () => {
  it('shown as code: a yaml block with the text as written, only its last line break dropped', () => {
    const { blocks } = run(fence('- a\n- b\n'));
    expect(blocks).toEqual([{ kind: 'code', lang: 'yaml', text: '- a\n- b', src: { line: 3 } }]);
  });
  it('a YAML error is named at its own line, without yaml\'s position suffix; one at the end at the last line', () => {
    expect(run(fence('a: 1\na: 2\nb: 3\nc: 4\n')).warnings).toEqual(['5: chart: invalid YAML: Map keys must be unique; the block is shown as code']);
    expect(run(fence('type: line\ncategories: [a, b\n\n\n')).warnings).toEqual([expect.stringMatching(/^5: chart: invalid YAML: [^\n]*[^:]; the block is shown as code$/)]);
    expect(run(fence('type: line\ncategories: [a, b\n\n\n')).warnings[0]).not.toMatch(/ at line \d+/);
  });
  it('the info string: words glued to chart, after spaces too', () => {
    const body = 'categories: [a]\nseries:\n  - values: [1]\n';
    expect(kinds(run(fence(body, 'chart.pie')).blocks)).toEqual(['chart pie']);
    expect(kinds(run(fence(body, ' chart.pie')).blocks)).toEqual(['chart pie']);
    expect(kinds(run(fence(body, 'CHART bar')).blocks)).toEqual(['chart bar']);
  });
  it('an unknown type is named at the line of its key', () => {
    expect(run(fence('categories: [a]\ntype: radar\nseries:\n  - values: [1]\n')).warnings).toEqual([expect.stringMatching(/^5: chart: unknown chart type "radar" /)]);
    expect(run(fence('type: LINE\ncategories: [a]\nseries:\n  - values: [1]\n')).warnings).toEqual([]);
  });
  it('an axis is a side only when it starts with the side\'s name', () => {
    const body = 'categories: [a]\nseries:\n  - name: s\n    values: [1]\n  - name: t\n    values: [2]\n    axis: far right\n';
    const { blocks, warnings } = run(fence(body));
    expect(kinds(blocks)).toEqual(['chart column']);
    expect(warnings).toEqual(['10: chart: axis "far right" is not primary or secondary; ignored']);
  });
  it('title: ~ and unit: ~ are no title and no unit', () => {
    const { blocks } = run(fence('title: ~\nunit: ~\ncategories: [a]\nseries:\n  - values: [1元]\n'));
    expect(blocks).toEqual([{ kind: 'chart', chart: { type: 'column', categories: ['a'], series: [{ name: '1', values: [1], format: '#,##0' }], unit: '元' }, src: { line: 3 } }]);
    expect(run(fence('title: ~\nunit: ~\ncategories: [a]\nseries:\n  - values: [1]\n')).blocks).toEqual([{ kind: 'chart', chart: { type: 'column', categories: ['a'], series: [{ name: '1', values: [1], format: '#,##0' }] }, src: { line: 3 } }]);
  });
  it('the data as a table: series after the bad one as written (none, without values, a scalar), empty values as empty cells', () => {
    const { blocks, warnings } = run(fence('categories: [a, b]\nseries:\n  - name: s\n    values: [1, x]\n  - ~\n  - name: z\n  - 5\n  - name: w\n    values: [2, ~]\n'));
    expect(warnings).toEqual(['7: chart: the value "x" of series "s" is not a number; the data is shown as a table']);
    const cells = (row: { text: string }[][]) => row.map((c) => c.map((r) => r.text).join(''));
    const table = blocks[0] as Extract<Block, { kind: 'table' }>;
    expect([cells(table.header), ...table.rows.map(cells)]).toEqual([
      ['', 's', '2', 'z', '4', 'w'],
      ['a', '1', '', '', '', '2'],
      ['b', 'x', '', '', '', ''],
    ]);
  });
  it('a scalar where a series should be: the block as code', () => {
    expect(run(fence('categories: [a]\nseries:\n  - 5\n')).warnings).toEqual(['6: chart: series 1 needs "values" (a list of numbers); the block is shown as code']);
  });
});

describe('request warnings', () => {
  it('several unknown words are named in one warning, comma-separated', () => {
    const { warnings } = run('<!-- chart: bar wide size=3 -->\n| 项 | A |\n|---|---|\n| x | 1 |\n');
    expect(warnings).toEqual([expect.stringMatching(/^3: chart: ignored "wide", "size=3" \(known: /)]);
  });
});
