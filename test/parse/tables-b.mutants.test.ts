// pandoc's other tables (src/parse/tables.ts) against the survivors of the lead's run parse-k (stop 27). The line
// patterns (a dash-group line, a full dash line, a grid rule) are module constants, read once by the first test that
// loads the module when Stryker keeps modules loaded (isolate: false): every test here parses with a fresh copy of
// the parse stage (vi.resetModules). Then where a column starts, alignment at a header's ends, and a simple table
// that ends the paragraph above it.
import { describe, expect, it, vi } from 'vitest';
import type { Block } from '../../src/model.js';

/** A fresh parse stage: each slide's blocks of `body` under a `## A` heading, tables as their cells' text. */
const slides = async (body: string) => {
  vi.resetModules();
  const { parse } = await import('../../src/parse/index.js');
  const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
  const shape = (b: Block): unknown =>
    b.kind === 'table'
      ? { kind: 'table', header: b.header.map(text), rows: b.rows.map((r) => r.map(text)), align: b.align }
      : b.kind === 'paragraph'
        ? { kind: 'paragraph', text: text(b.runs) }
        : b.kind === 'quote'
          ? { kind: 'quote', blocks: b.blocks.map(shape) }
          : b.kind === 'list'
            ? { kind: 'list', items: b.items.map((i) => ({ text: text(i.runs), children: i.children.map(shape) })) }
            : { kind: b.kind };
  return parse(`## A\n\n${body}`, { file: 'talk.md' }).deck.slides.map((s) => s.blocks.map(shape));
};
/** The blocks of all slides, one list. */
const blocks = async (body: string) => (await slides(body)).flat();
const t = (header: string[], rows: string[][], align: string[]) => ({ kind: 'table', header, rows, align });
const p = (text: string) => ({ kind: 'paragraph', text });

describe('simple tables: the dash-group line', () => {
  it('dash groups of any length, apart by any run of spaces, flush with the line start and end', async () => {
    expect(await blocks('a    b    c\n---  ---  ---\n1    2    3\n')).toEqual([
      { kind: 'table', header: ['a', 'b', 'c'], rows: [['1', '2', '3']], align: ['l', 'l', 'l'] },
    ]);
    expect(await blocks('a   b\n-   -\n1   2\n')).toEqual([{ kind: 'table', header: ['a', 'b'], rows: [['1', '2']], align: ['l', 'l'] }]);
  });
  it('a dash-group line with other text before or after it is no separator', async () => {
    expect(await blocks('a b\nx --- ---\n')).toEqual([{ kind: 'paragraph', text: 'a b x --- ---' }]);
    expect(await blocks('a b\n--- --- x\n')).toEqual([{ kind: 'paragraph', text: 'a b --- --- x' }]);
  });
  it('the first column starts at the line start, left of its dashes', async () => {
    expect(await blocks('abc  def\n --- ---\n12   34\n')).toEqual([{ kind: 'table', header: ['abc', 'def'], rows: [['12', '34']], align: ['l', 'l'] }]);
  });
  it('a header shorter than its dashes and flush with neither end is centred; one running past their right end too', async () => {
    expect((await blocks('a      b\n---   -----\n1      2\n'))[0]).toMatchObject({ header: ['a', 'b'], align: ['l', 'c'] });
    expect((await blocks(' longer   b\n---    ---\n1      2\n'))[0]).toMatchObject({ header: ['longer', 'b'], align: ['c', 'l'] });
  });
  it('in a quote: a lazy line indented four spaces is text, not a header; the quote\'s last line is no header for a dash line after it', async () => {
    expect(await blocks('> text\n    a   b\n    --- ---\n')).toEqual([{ kind: 'quote', blocks: [{ kind: 'paragraph', text: 'text a   b --- ---' }] }]);
    expect(await blocks('> a   b\n--- ---\n1   2\n')).toEqual([{ kind: 'quote', blocks: [{ kind: 'paragraph', text: 'a   b' }] }, { kind: 'paragraph', text: '1   2' }]);
  });
  it('in a list item: indented as the item\'s text is not indented code', async () => {
    expect(await blocks('- item\n\n  a    b\n  ---  ---\n  1    2\n')).toEqual([
      { kind: 'list', items: [{ text: 'item', children: [{ kind: 'table', header: ['a', 'b'], rows: [['1', '2']], align: ['l', 'l'] }] }] },
    ]);
  });
  it('a simple table ends the paragraph right above it', async () => {
    expect(await blocks('text\na    b\n---  ---\n1    2\n')).toEqual([
      { kind: 'paragraph', text: 'text' },
      { kind: 'table', header: ['a', 'b'], rows: [['1', '2']], align: ['l', 'l'] },
    ]);
  });
});

describe('multiline tables: the full dash lines', () => {
  const table = { kind: 'table', header: ['a', 'b'], rows: [['---', 'n/a'], ['n/a', '---']], align: ['c', 'c'] };
  it('full dash lines of three or more dashes open and close it, flush with the line start and end', async () => {
    expect(await blocks('----------\n a    b\n---- ----\n 1    2\n----------\n')).toEqual([{ kind: 'table', header: ['a', 'b'], rows: [['1', '2']], align: ['c', 'c'] }]);
    expect(await blocks('---\n a    b\n---- ----\n 1    2\n---\n')).toEqual([{ kind: 'table', header: ['a', 'b'], rows: [['1', '2']], align: ['c', 'c'] }]);
  });
  it('a row line that starts or ends with dashes does not close it', async () => {
    expect(await blocks('-----------\n a    b\n---- ----\n---  n/a\n\nn/a  ---\n-----------\n')).toEqual([table]);
  });
  it('without a closing line it is not one: a rule (a new slide) over a simple table', async () => {
    vi.resetModules();
    const { parse } = await import('../../src/parse/index.js');
    const slides = parse('## A\n\n----------\n a    b\n---- ----\n 1    2\n', { file: 'talk.md' }).deck.slides;
    expect(slides.map((s) => s.blocks.map((b) => b.kind))).toEqual([[], ['table']]);
  });
  it('a line of one or two dashes does not close it', async () => {
    expect(await blocks('----------\n a    b\n---- ----\n 1    2\n--\n\n 3    4\n----------\n')).toEqual([
      { kind: 'table', header: ['a', 'b'], rows: [['1 --', '2'], ['3', '4']], align: ['c', 'c'] },
    ]);
  });
});

describe('grid tables: the rules', () => {
  it('rules of any number of columns, each of one or more characters, flush with the line end', async () => {
    expect(await blocks('+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n')).toEqual([{ kind: 'table', header: ['a', 'b'], rows: [['1', '2']], align: ['l', 'l'] }]);
    expect(await blocks('+-+\n|a|\n+-+\n')).toEqual([{ kind: 'table', header: [''], rows: [['a']], align: ['l'] }]);
  });
  it('a rule with text before or after it opens no grid table', async () => {
    expect(await blocks('x+---+\n| a |\n+---+\n')).toEqual([{ kind: 'paragraph', text: 'x+---+ | a | +---+' }]);
    expect(await blocks('+---+ x\n| a |\n+---+\n')).toEqual([{ kind: 'paragraph', text: '+---+ x | a | +---+' }]);
    expect(await blocks('+---+x\n| a |\n+---+\n')).toEqual([{ kind: 'paragraph', text: '+---+x | a | +---+' }]);
  });
});

describe('simple tables: where they end (parse-k, second part)', () => {
  it('a header line of only an ideographic space is no header', async () => {
    expect(await slides('\u3000\n--- ---\n1   2\n')).toEqual([[], [p('1   2')]]);
  });
  it('a closing dash line is the table\'s, not a rule (a new slide) after it', async () => {
    expect(await slides(' a   b\n--- ---\n 1   2\n--- ---\nnext\n')).toEqual([[t(['a', 'b'], [['1', '2']], ['c', 'c']), p('next')]]);
  });
  it('rows end at a line of spaces', async () => {
    expect(await blocks(' a   b\n--- ---\n 1   2\n   \n 3   4\n')).toEqual([t(['a', 'b'], [['1', '2']], ['c', 'c']), p('3   4')]);
  });
  it('in a quote the rows end with the quote: the heading or rule after it is not read', async () => {
    const inQuote = { kind: 'quote', blocks: [t(['a', 'b'], [['1', '2']], ['l', 'l'])] };
    expect(await blocks('> a   b\n> --- ---\n> 1   2\n### Next\n')).toEqual([inQuote, p('Next')]);
    expect(await slides('> a   b\n> --- ---\n> 1   2\n--- ---\nafter\n')).toEqual([[inQuote], [p('after')]]);
  });
  it('it ends a quote\'s lazy paragraph, and a list when its header line reads like an item', async () => {
    expect(await blocks('> text\na    b\n---  ---\n1    2\n')).toEqual([{ kind: 'quote', blocks: [p('text')] }, t(['a', 'b'], [['1', '2']], ['l', 'l'])]);
    expect(await blocks('1. item\n2. Step    Result\n-------   ------\n')).toEqual([
      { kind: 'list', items: [{ text: 'item', children: [] }] },
      t(['2. Step', 'Result'], [], ['l', 'c']),
    ]);
  });
});

describe('multiline tables (parse-k, second part)', () => {
  it('lines before a dash-group line are no multiline table without a full dash line first', async () => {
    expect(await blocks('hello\nworld\n--- ---\n1   2\n----------\n')).toEqual([p('hello'), t(['worl', 'd'], [['1', '2'], ['----', '------']], ['l', 'l'])]);
  });
  it('a line of spaces between the header and the dash-group line: not a table', async () => {
    expect(await slides('----------\n a   b\n   \n---- ----\n 1   2\n----------\n')).toEqual([[], [p('a   b')], []]);
  });
  it('a header line of only dashes (an empty first cell) is a header line, not the closing line', async () => {
    expect(await blocks('----------\n      ---\n---- ----\n 1    2\n----------\n')).toEqual([t(['', '---'], [['1', '2']], ['l', 'r'])]);
  });
  it('in a quote a full dash line after the quote does not close it', async () => {
    expect(await slides('> ----------\n>  a    b\n> ---- ----\n>  1    2\n----------\nafter\n')).toEqual([[{ kind: 'quote', blocks: [t(['a', 'b'], [['1', '2']], ['c', 'c'])] }], [p('after')]]);
  });
  it('an empty cell on a middle line adds no space; a blank line before the closing line adds no row; the lines after are read once', async () => {
    expect(await blocks('----------\n a    b\n---- ----\n 1    x\n      y\n 2    z\n\n----------\nafter\n')).toEqual([t(['a', 'b'], [['1 2', 'x y z']], ['c', 'c']), p('after')]);
  });
  it('in a list item', async () => {
    expect(await blocks('- item\n\n  ----------\n   a    b\n  ---- ----\n   1    2\n  ----------\n')).toEqual([
      { kind: 'list', items: [{ text: 'item', children: [t(['a', 'b'], [['1', '2']], ['c', 'c'])] }] },
    ]);
  });
  it('rows apart by a line of spaces', async () => {
    expect(await blocks('----------\n a    b\n---- ----\n 1    2\n   \n 3    4\n----------\n')).toEqual([t(['a', 'b'], [['1', '2'], ['3', '4']], ['c', 'c'])]);
  });
});

describe('grid tables (parse-k, second part)', () => {
  const one = t([''], [['a']], ['l']);
  it('two rules alone are no table', async () => {
    expect(await blocks('+---+\n+---+\n')).toEqual([p('+---+ +---+')]);
  });
  it('indented by up to three spaces; not by four in a quote\'s lazy line; in a list item', async () => {
    expect(await blocks('  +---+\n  | a |\n  +---+\n')).toEqual([one]);
    expect(await blocks('> text\n    +---+\n    | a |\n    +---+\n')).toEqual([{ kind: 'quote', blocks: [p('text +---+ | a | +---+')] }]);
    expect(await blocks('- item\n\n  +---+\n  | a |\n  +---+\n')).toEqual([{ kind: 'list', items: [{ text: 'item', children: [one] }] }]);
  });
  it('it ends at the first line that does not start with + or |, and only with the quote it is in', async () => {
    expect(await blocks('+---+\n| a |\n+---+\nx | y\n')).toEqual([one, p('x | y')]);
    expect(await blocks('> +---+\n> | a |\n> +---+\n+ item\n')).toEqual([{ kind: 'quote', blocks: [one] }, { kind: 'list', items: [{ text: 'item', children: [] }] }]);
  });
  it('it ends the paragraph above it, in a quote too', async () => {
    expect(await blocks('text\n+---+\n| a |\n+---+\n')).toEqual([p('text'), one]);
    expect(await blocks('> text\n+---+\n| a |\n+---+\n')).toEqual([{ kind: 'quote', blocks: [p('text')] }, one]);
  });
  it('cells: words keep their space; an empty middle line adds none; a | a column off is still a border', async () => {
    expect(await blocks('+-----+---+\n| a b | c |\n+-----+---+\n')).toEqual([t(['', ''], [['a b', 'c']], ['l', 'l'])]);
    expect(await blocks('+----+----+\n| ab|  cd|\n+----+----+\n')).toEqual([t(['', ''], [['ab', 'cd']], ['l', 'l'])]);
    expect(await blocks('+-----+-----+\n| 1   | x   |\n|     | y   |\n| 2   | z   |\n+-----+-----+\n')).toEqual([t(['', ''], [['1 2', 'x y z']], ['l', 'l'])]);
    expect(await blocks('+-----+-----+\n| a   | b   |\n| c    | d  |\n+-----+-----+\n')).toEqual([t(['', ''], [['a c', 'b d']], ['l', 'l'])]);
  });
});

describe('after a link reference definition (parse-k, second part)', () => {
  it('a table ends a reference definition whose title would run on into it', async () => {
    expect(await blocks("[x]: http://a\n'title\na    b'\n---  ---\n1    2\n")).toEqual([p("'title"), t(['a', "b'"], [['1', '2']], ['l', 'l'])]);
    expect(await blocks("[x]: http://a\n'title\n+---+\n| a |\n+---+\nend'\n")).toEqual([p("'title"), t([''], [['a']], ['l']), p("end'")]);
  });
});

describe('tables without a header (stop 28: they were a rule, a new slide, and a code block)', () => {
  const none = (n: number) => new Array<string>(n).fill('');
  it('simple: a dash-group line, a row per line, a closing dash-group line; alignments from the first row', async () => {
    const md = '-------     ------ ----------   -------\n     12     12        12             12\n    123     123       123           123\n      1     1          1              1\n-------     ------ ----------   -------\nafter\n';
    expect(await slides(md)).toEqual([[t(none(4), [['12', '12', '12', '12'], ['123', '123', '123', '123'], ['1', '1', '1', '1']], ['r', 'l', 'c', 'r']), p('after')]]);
  });
  it('multiline: rows apart by blank lines, each row\'s lines joined', async () => {
    const md = '----------- ------- -----\n   First    row      12.0\n            spans   more\n\n  Second    row      5.0\n----------- ------- -----\n';
    expect(await blocks(md)).toEqual([t(none(3), [['First', 'row spans', '12.0 more'], ['Second', 'row', '5.0']], ['c', 'l', 'r'])]);
    // One row followed by a blank line: multiline, its lines one row (pandoc's rule).
    expect(await blocks('--- ---\n a   b\n c   d\n\n--- ---\n')).toEqual([t(none(2), [['a c', 'b d']], ['c', 'c'])]);
    expect(await blocks('--- ---\n a   b\n c   d\n--- ---\n')).toEqual([t(none(2), [['a', 'b'], ['c', 'd']], ['c', 'c'])]);
  });
  it('not a table: no closing line, a closing line with another number of groups, a blank line right under the opening one', async () => {
    expect(await slides('--- ---\n a   b\n')).toEqual([[], [p('a   b')]]);
    expect(await slides('--- ---\n a   b\n\n--- --- ---\nafter\n')).toEqual([[], [p('a   b')], [p('after')]]);
    expect(await slides('--- ---\n\n a   b\n\n--- ---\nafter\n')).toEqual([[], [p('a   b')], [p('after')]]);
    // (A closing line right under a row is that row's header underline: a simple table with a header.)
    expect(await slides('--- ---\n a   b\n--- --- ---\n')).toEqual([[], [t(['a', 'b', ''], [], ['c', 'c', 'l'])]]);
  });
  it('indented four spaces it is code; indented three it is a table; in a quote and in a list item', async () => {
    expect(await blocks('    --- ---\n    a   b\n    --- ---\n')).toEqual([{ kind: 'code' }]);
    expect(await blocks('   --- ---\n   a   b\n   --- ---\n')).toEqual([t(none(2), [['a', 'b']], ['l', 'l'])]);
    expect(await blocks('> --- ---\n>  a   b\n> --- ---\n')).toEqual([{ kind: 'quote', blocks: [t(none(2), [['a', 'b']], ['c', 'c'])] }]);
    expect(await blocks('- item\n\n  --- ---\n  a   b\n  --- ---\n')).toEqual([{ kind: 'list', items: [{ text: 'item', children: [t(none(2), [['a', 'b']], ['l', 'l'])] }] }]);
  });
  it('a dash-group line right under text is that text\'s header underline, never a headerless table', async () => {
    expect(await blocks('text\n--- ---\n a   b\n--- ---\n')).toEqual([t(['text', ''], [['a', 'b']], ['l', 'l'])]);
  });
  it('a dash-group line that ends the file or a quote is a rule, even with text right after the quote', async () => {
    expect(await slides('text\n\n--- ---')).toEqual([[p('text')]]);
    expect(await slides('> --- ---\nnext\n')).toEqual([[{ kind: 'quote', blocks: [] }, p('next')]]);
  });
  it('lines of spaces: one right under the opening line is no row (not a table); between rows it makes a multiline table and parts its rows', async () => {
    expect(await slides('--- ---\n   \n a   b\n\n--- ---\nafter\n')).toEqual([[], [p('a   b')], [p('after')]]);
    expect(await blocks('--- ---\n a   b\n c   d\n   \n--- ---\n')).toEqual([t(none(2), [['a c', 'b d']], ['c', 'c'])]);
    expect(await blocks('--- ---\n a   b\n   \n c   d\n--- ---\n')).toEqual([t(none(2), [['a', 'b'], ['c', 'd']], ['c', 'c'])]);
  });
  it('a multiline row\'s empty cell on a middle line adds no space', async () => {
    expect(await blocks('--- ---\n 1   x\n     y\n 2   z\n\n 3   w\n--- ---\n')).toEqual([t(none(2), [['1 2', 'x y z'], ['3', 'w']], ['c', 'c'])]);
  });
  it('a closing line right after the quote, outside it, does not close a table in it', async () => {
    expect(await slides('> --- ---\n>  a   b\n--- ---\nafter\n')).toEqual([[{ kind: 'quote', blocks: [p('a   b')] }], [p('after')]]);
  });
  it('the closing line is searched only within the quote the table is in', async () => {
    expect(await slides('> --- ---\n>  a   b\n\n--- ---\nafter\n')).toEqual([[{ kind: 'quote', blocks: [p('a   b')] }], [p('after')]]);
  });
});
