// pandoc's other tables (src/parse/tables.ts): simple tables (alignment from where the header sits over its dashes,
// an optional closing dash line, rows up to a blank line), multiline tables (cells joined across lines, rows apart
// by blank lines) and grid tables (a header over `+===+`, or none), and what is not a table. Written for a mutation
// run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import type { Block } from '../../src/model.js';

const blocks = (body: string): Block[] => parse(`## A\n\n${body}`, { file: 'talk.md' }).deck.slides.flatMap((s) => s.blocks);
const cells = (rows: { text: string }[][][]) => rows.map((r) => r.map((c) => c.map((x) => x.text).join('')));
const table = (body: string) => {
  const t = blocks(body).find((b) => b.kind === 'table');
  if (t?.kind !== 'table') throw new Error('no table');
  return { header: cells([t.header])[0], rows: cells(t.rows), align: t.align, line: t.src.line };
};

describe('simple tables', () => {
  it('alignment: flush right → r, flush left → l, neither → c, both → l (default)', () => {
    expect(table('  Right     Left     Center     Default\n-------     ------ ----------   -------\n     12     12        12            12\n    123     123       123          123\n-------     ------ ----------   -------\n\nafter\n')).toEqual({
      header: ['Right', 'Left', 'Center', 'Default'],
      rows: [
        ['12', '12', '12', '12'],
        ['123', '123', '123', '123'],
      ],
      align: ['r', 'l', 'c', 'l'],
      line: 3,
    });
  });
  it('an empty header cell is left-aligned; the last column runs to the end of the line', () => {
    expect(table('   bb\n-- ---\n1  2 and more\n')).toEqual({ header: ['', 'bb'], rows: [['1', '2 and more']], align: ['l', 'l'], line: 3 });
    expect(table('  a  bb\n--- ---\n').align).toEqual(['r', 'r']);
  });
  it('rows end at a blank line, or at a closing dash line, which is not a row', () => {
    const t = table(' a   b\n--- ---\n 1   2\n\n 3   4\n');
    expect(t.rows).toEqual([['1', '2']]);
    expect(blocks(' a   b\n--- ---\n 1   2\n--- ---\nnext\n').map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(table(' a   b\n--- ---\n').rows).toEqual([]);
  });
  it('a header line needs a dash line of two or more groups under it; one group is a setext heading', () => {
    expect(blocks('a b\n---\n').map((b) => b.kind)).toEqual([]);
    expect(blocks('text\n\n--- ---\n 1   2\n').some((b) => b.kind === 'table')).toBe(false);
    expect(blocks('    a   b\n    --- ---\n').map((b) => b.kind)).toEqual(['code']);
  });
});

describe('multiline tables', () => {
  it('cells joined across their lines; rows apart by blank lines; alignment from the first header line', () => {
    expect(table('-------------------------------------------------------------\n Centered   Default           Right Left\n  Header    Aligned         Aligned Aligned\n----------- ------- --------------- -------------------------\n   First    row                12.0 Example of a row that\n                                    spans multiple lines.\n\n  Second    row                 5.0 Here is another one.\n-------------------------------------------------------------\n')).toEqual({
      header: ['Centered Header', 'Default Aligned', 'Right Aligned', 'Left Aligned'],
      rows: [
        ['First', 'row', '12.0', 'Example of a row that spans multiple lines.'],
        ['Second', 'row', '5.0', 'Here is another one.'],
      ],
      align: ['c', 'l', 'r', 'l'],
      line: 3,
    });
  });
  it('a last row without a blank line before the closing line; blank lines in a row gap do not make empty rows', () => {
    expect(table('----------\n a    b\n---- ----\n 1    2\n\n\n 3    4\n----------\n').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('without a dash-group line or a closing line it is not a table', () => {
    expect(blocks('text\n\n-----------\nno sep here\n-----------\n').some((b) => b.kind === 'table')).toBe(false);
    expect(blocks('text\n\n----------\n a    b\n\n---- ----\n----------\n').some((b) => b.kind === 'table' && b.header.length === 2 && b.rows.length === 0 && b.header[0].length === 1 && b.header[0][0].text === 'a')).toBe(false);
  });
});

describe('grid tables', () => {
  it('a header over +===+; cells joined across the lines of a row', () => {
    expect(table('+---------------+---------------+\n| Fruit         | Price         |\n+===============+===============+\n| Bananas       | $1.34         |\n| yellow        |               |\n+---------------+---------------+\n| Oranges       | $2.10         |\n+---------------+---------------+\n')).toEqual({
      header: ['Fruit', 'Price'],
      rows: [
        ['Bananas yellow', '$1.34'],
        ['Oranges', '$2.10'],
      ],
      align: ['l', 'l'],
      line: 3,
    });
  });
  it('without +===+ every row is a body row and the header is empty', () => {
    expect(table('+---+---+\n| a | b |\n+---+---+\n| c | d |\n+---+---+\n')).toEqual({ header: ['', ''], rows: [['a', 'b'], ['c', 'd']], align: ['l', 'l'], line: 3 });
  });
  it('a header with no body', () => {
    expect(table('+---+---+\n| a | b |\n+===+===+\n+---+---+\n')).toEqual({ header: ['a', 'b'], rows: [], align: ['l', 'l'], line: 3 });
  });
  it('fewer than three lines, no closing rule, or a first rule of = signs: not a table', () => {
    expect(blocks('+---+\n| x |\n').some((b) => b.kind === 'table')).toBe(false);
    expect(blocks('+---+\n| x |\n| y |\n').some((b) => b.kind === 'table')).toBe(false);
    expect(blocks('+===+\n| x |\n+===+\n').some((b) => b.kind === 'table')).toBe(false);
    expect(blocks('    +---+\n    | x |\n    +---+\n').map((b) => b.kind)).toEqual(['code']);
  });
});
