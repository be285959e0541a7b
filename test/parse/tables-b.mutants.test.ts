// pandoc's other tables (src/parse/tables.ts) against the survivors of the lead's run parse-k (stop 27). The line
// patterns (a dash-group line, a full dash line, a grid rule) are module constants, read once by the first test that
// loads the module when Stryker keeps modules loaded (isolate: false): every test here parses with a fresh copy of
// the parse stage (vi.resetModules). Then where a column starts, alignment at a header's ends, and a simple table
// that ends the paragraph above it.
import { describe, expect, it, vi } from 'vitest';
import type { Block } from '../../src/model.js';

/** A fresh parse stage: what `body` under a `## A` heading parses to, tables as their cells' text. */
const blocks = async (body: string) => {
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
  return parse(`## A\n\n${body}`, { file: 'talk.md' }).deck.slides.flatMap((s) => s.blocks.map(shape));
};

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
