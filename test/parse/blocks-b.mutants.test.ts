// Block reading (src/parse/blocks.ts), survivors of the lead's run "parse-f" (issue 18, stop 26): closeIndex and
// readBlock's contract (each reader returns the index right after the block's last token), pandoc's pause and table
// captions at their edges, a list's items, raw blocks and code languages written with spaces in the info string.
import { describe, expect, it, vi } from 'vitest';
import type { Token } from 'markdown-it';
import { parse } from '../../src/parse/index.js';
import { closeIndex, marpImage, readBlock, type BlockContext } from '../../src/parse/blocks.js';
import type { Block } from '../../src/model.js';
import { markdown } from '../../src/parse/markdown.js';
import { Diagnostics } from '../../src/errors.js';
import { Ignored } from '../../src/parse/ignored.js';

const run = (body: string) => {
  const { deck, warnings } = parse(`## A\n\n${body}`, { file: 'talk.md' });
  return { blocks: deck.slides[0]?.blocks ?? [], slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const texts = (body: string) => run(body).blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));

const tokensOf = (src: string): Token[] => markdown(false).parse(src, {});
const ctxFor = (): BlockContext => ({ diag: new Diagnostics('t.md'), lineOf: (t) => (t.map ? t.map[0] + 1 : 1), ignored: new Ignored(), env: {} });

describe('closeIndex', () => {
  const tokens = tokensOf('one\n\n- a\n- b\n\ntwo\n');
  const types = tokens.map((t) => t.type);
  it('gives the index of the token that closes the one at i (nested ones skipped)', () => {
    expect(closeIndex(tokens, 0)).toBe(2);
    const list = types.indexOf('bullet_list_open');
    expect(types[closeIndex(tokens, list)]).toBe('bullet_list_close');
    expect(closeIndex(tokens, list)).toBe(types.lastIndexOf('bullet_list_close'));
  });
  it('a token that opens nothing (an inline or a closing one) is its own end', () => {
    expect(closeIndex(tokens, 1)).toBe(1);
    expect(closeIndex(tokens, 2)).toBe(2);
    expect(closeIndex(tokens, types.indexOf('list_item_close'))).toBe(types.indexOf('list_item_close'));
  });
  it('an open token whose close is missing (a cut stream) ends at the last token', () => {
    const cut = tokens.slice(0, types.indexOf('list_item_close'));
    expect(closeIndex(cut, types.indexOf('bullet_list_open'))).toBe(cut.length - 1);
  });
});

describe('readBlock returns the index right after the block', () => {
  const cases: [string, string, string][] = [
    ['a paragraph', 'text\n\nafter\n', 'paragraph_open'],
    ['a pause', '. . .\n\nafter\n', 'paragraph_open'],
    ['a heading', '### H\n\nafter\n', 'heading_open'],
    ['a list', '- a\n- b\n\nafter\n', 'bullet_list_open'],
    ['an ordered list', '1. a\n2. b\n\nafter\n', 'ordered_list_open'],
    ['a quote', '> q\n\nafter\n', 'blockquote_open'],
    ['a table', '| a |\n|---|\n| 1 |\n\nafter\n', 'table_open'],
    ['a raw block', '```{=html}\n<b>x</b>\n```\n\nafter\n', 'fence'],
    ['a code block', '```js\nx\n```\n\nafter\n', 'fence'],
    ['an HTML block', '<div>x</div>\n\nafter\n', 'html_block'],
    ['a rule', '***\n\nafter\n', 'hr'],
    ['a pandoc table', 'Name   Size\n----   ----\nA      1\n\nafter\n', 'pandoc_table'],
    ['display math', '$$\nx\n$$\n\nafter\n', 'math_block'],
    ['a div', '::: {.x}\nin\n:::\n\nafter\n', 'container_x_open'],
    ['a notes div', '::: notes\nsaid\n:::\n\nafter\n', 'container_notes_open'],
    ['columns', ':::: columns\n::: column\nl\n:::\n::: column\nr\n:::\n::::\n\nafter\n', 'container_columns_open'],
  ];
  it.each(cases)('%s', (_name, src, type) => {
    const tokens = tokensOf(src);
    const i = tokens.findIndex((t) => t.type === type || (type.startsWith('container_') && t.type.startsWith('container_') && t.nesting === 1));
    expect(i, type).toBeGreaterThanOrEqual(0);
    const ctx = { ...ctxFor(), notes: [] };
    const { next } = readBlock(tokens, i, ctx);
    expect(tokens[next].type).toBe('paragraph_open');
    expect(tokens[next + 1].content).toBe('after');
  });
  it('a token no reader knows: past its close when it opens something, else the next one', () => {
    const tokens = tokensOf('text\n');
    expect(readBlock(tokens, 1, ctxFor())).toEqual({ blocks: [], next: 2 }); // the inline
    expect(readBlock(tokens, 2, ctxFor())).toEqual({ blocks: [], next: 3 }); // paragraph_close
    const list = tokensOf('- a\n- b\n');
    const item = list.findIndex((t) => t.type === 'list_item_open');
    expect(readBlock(list, item, ctxFor()).next).toBe(list.findIndex((t) => t.type === 'list_item_close') + 1);
  });
});

describe('pandoc\'s pause', () => {
  it('is the whole paragraph: dots at the end of a sentence stay', () => {
    expect(texts('wait for it . . .\n\n. . .\n\nthere\n')).toEqual(['wait for it . . .', 'there']);
  });
  it('a no-break or ideographic space typed after it changes nothing: still a pause', () => {
    const { blocks, warnings } = run('. . .\u3000\n\n. . .\u00a0\n\nthere\n');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(warnings).toEqual(['3: pause ". . ." dropped: a static deck shows every step at once (2 places: lines 3, 5)']);
  });
});

describe('table captions', () => {
  it('lose `Table:` or `:` and every space after it; a paragraph with a colon later in it keeps its text', () => {
    expect(texts('| a |\n|---|\n| 1 |\n\nTable:   Sales\n')).toEqual(['table', 'Sales']);
    expect(texts('Source: the survey\n\n| a |\n|---|\n| 1 |\n')).toEqual(['Source: the survey', 'table']);
    expect(texts('| a |\n|---|\n| 1 |\n\nNote:  see above\n')).toEqual(['table', 'Note:  see above']);
  });
});

describe('lists', () => {
  it('one item per list item, no empty one after the last', () => {
    const { blocks } = run('- a\n- b\n\n1. c\n');
    expect(blocks.map((b) => (b.kind === 'list' ? b.items.map((it) => it.runs.map((r) => r.text).join('')) : b.kind))).toEqual([['a', 'b'], ['c']]);
  });
});

describe('code and raw blocks with spaces in the info', () => {
  it('``` {=html} (a space before it, spaces after) is a raw block, named without the spaces', () => {
    const { blocks, warnings } = run('``` {=html}  \n<b>x</b>\n```\n\nafter\n');
    expect(texts('``` {=html}  \n<b>x</b>\n```\n\nafter\n')).toEqual(['after']);
    expect(blocks).toHaveLength(1);
    expect(warnings).toEqual(['3: raw {=html} block left out (content for another output format)']);
  });
  it('``` js: the language is js; `python {=html}` is code in python, not a raw block', () => {
    const { blocks, warnings } = run('``` js\nlet a\n```\n\n```python {=html}\nx = 1\n```\n');
    expect(blocks.map((b) => (b.kind === 'code' ? b.lang : b.kind))).toEqual(['js', 'python']);
    expect(warnings).toEqual([]);
  });
});

describe('notes divs inside a block', () => {
  it('hold only their own content: a code block right before the div is the quote\'s, not a note', () => {
    const { slides } = parse('## A\n\n> ```\n> code\n> ```\n> ::: notes\n> said\n> :::\n', { file: 't.md' }).deck;
    expect(slides[0].notes).toEqual(['said']);
    expect(slides[0].blocks).toEqual([{ kind: 'quote', blocks: [{ kind: 'code', lang: '', text: 'code', src: { line: 3 } }], src: { line: 3 } }]);
  });
});

describe('a caption before a pandoc table', () => {
  it('loses its mark, as before a pipe table', () => {
    expect(texts(': Sizes\n\nName   Size\n----   ----\nA      1\n')).toEqual(['Sizes', 'table']);
  });
});

describe('pandoc columns at their edges', () => {
  const kinds = (body: string) => run(body).blocks.map((b) => b.kind);
  it('a div is columns only when `columns` is its name or a class in braces that make the whole info', () => {
    expect(kinds('::: x {.columns}\n::: column\na\n:::\n:::\n')).toEqual(['paragraph']);
    expect(kinds('::: {.columns} x\n::: column\na\n:::\n:::\n')).toEqual(['paragraph']);
    // `x {.column width=40%}` is no column (no width): its content is what comes before the first column.
    const cols = run('::: {.columns}\n::: x {.column width=40%}\na\n:::\n::: {.column width=60%}\nb\n:::\n:::\n').blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(cols.columns.map((c) => c.width)).toEqual([undefined, 60]);
    const tail = run('::: {.columns}\n::: {.column width=40%} x\na\n:::\n::: {.column width=60%}\nb\n:::\n:::\n').blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(tail.columns.map((c) => c.width)).toEqual([undefined, 60]);
  });
  it('a code block whose info is `column` is code inside a column, not a column', () => {
    const b = run(':::: columns\n::: column\na\n:::\n```column\nx\n```\n::: column\nb\n:::\n::::\n').blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(b.columns.map((c) => c.blocks.map((x) => x.kind))).toEqual([['paragraph', 'code'], ['paragraph']]);
  });
  it('a list between the columns joins the column before it once (read as one block, not item by item again)', () => {
    const b = run(':::: columns\n::: column\na\n:::\n\n- x\n- y\n\n::: column\nb\n:::\n::::\n').blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(b.columns.map((c) => c.blocks.map((x) => x.kind))).toEqual([['paragraph', 'list'], ['paragraph']]);
  });
  it('a comment or rule before the first column makes no empty column', () => {
    const b = run(':::: columns\n<!-- c -->\n\n***\n\n::: column\na\n:::\n::: column\nb\n:::\n::::\n').blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(b.columns).toHaveLength(2);
  });
  it('two text columns of one paragraph each stay columns; a picture beside text and a table stays columns', () => {
    expect(kinds(':::: columns\n::: column\na\n:::\n::: column\nb\n:::\n::::\n')).toEqual(['columns']);
    expect(kinds(':::: columns\n::: column\n![p](p.png)\n:::\n::: column\ntext\n\n| a |\n|---|\n| 1 |\n:::\n::::\n')).toEqual(['columns']);
  });
});

describe('Marp image keywords at their edges', () => {
  it.each([
    ['issue#12 fixed', { alt: 'issue#12 fixed' }],
    ['#top! here', { alt: '#top! here' }],
    ['bg topleft', { alt: 'topleft', bg: 'full', fit: 'cover' }],
    ['bg upright', { alt: 'upright', bg: 'full', fit: 'cover' }],
    ['bg fitted', { alt: 'fitted', bg: 'full', fit: 'cover' }],
    ['my photo', { alt: 'my photo' }],
    ['bg left:30% my photo', { alt: 'my photo', bg: 'left', fit: 'cover' }],
  ])('%j', (alt, out) => expect(marpImage(alt)).toEqual(out));
});

// The patterns below are module constants: a fresh copy of the parse stage per test, so a changed pattern is the one
// used (under the mutation runner, module code runs once for the first test that loads it).
describe('citations (a fresh parse stage)', () => {
  const citations = async (body: string) => {
    vi.resetModules();
    const { parse: fresh } = await import('../../src/parse/index.js');
    return fresh(`## A\n\n${body}\n`, { file: 't.md' }).warnings.filter((w) => w.message.startsWith('citation')).length;
  };
  it.each([['[@x]'], ['[@doe99]'], ['[-@doe99]'], ['[@doe99, p. 3]'], ['[see; @doe]'], ['[see;@doe]'], ['[see;  @doe; @roe]']])('%s is a citation', async (c) => {
    expect(await citations(`As shown ${c}.`)).toBe(1);
  });
  it.each([['[me@x.org]'], ['[@]'], ['[a @b]'], ['@doe99']])('%s is not', async (c) => {
    expect(await citations(`As shown ${c}.`)).toBe(0);
  });
});

describe('Marp image keywords (a fresh parse stage: the keyword patterns are module constants)', () => {
  it.each([
    ['w:300px h:2 width:1em height:50% photo', { alt: 'photo' }],
    ['maxw:3 w: photo', { alt: 'maxw:3 w: photo' }],
    ['blur sepia:1 opacity:.5 grayscale:1 drop-shadow:0,5px,10px,rgba(0,0,0,.4) photo', { alt: 'photo' }],
    ['myblur blurry sepia-ish photo', { alt: 'myblur blurry sepia-ish photo' }],
    ['bg left:30% 80% photo', { alt: 'photo', bg: 'left', fit: 'contain' }],
    ['bg right:40% photo', { alt: 'photo', bg: 'right', fit: 'cover' }],
    ['bg xleft covering abc% 5 photo', { alt: 'xleft covering abc% 5 photo', bg: 'full', fit: 'cover' }],
    ['bg fit vertical auto', { alt: '', bg: 'full', fit: 'contain' }],
  ])('%j', async (alt, out) => {
    vi.resetModules();
    const { marpImage: fresh } = await import('../../src/parse/blocks.js');
    expect(fresh(alt)).toEqual(out);
  });
});
