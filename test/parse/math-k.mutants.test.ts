// src/parse/math.ts again (issue 18, run parse-k): where a formula starts and ends at the edges the earlier tests left
// open — which characters are spaces and digits beside a `$`, a formula in a link's text, a `$$` block inside a quote
// or a list item, a block that interrupts a paragraph, a block a blank line cuts. The environment names are a module
// constant: those tests load a FRESH copy of the parse stage (vi.resetModules + import), as the mutation runner keeps
// modules loaded (isolate: false).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from '../../src/parse/index.js';
import type { Block, Inline } from '../../src/model.js';

afterEach(() => {
  vi.resetModules();
});

const show = (runs: readonly Inline[]) => runs.map((r) => (r.math ? `{${r.math}:${r.text}}` : r.code ? `\`${r.text}\`` : r.text) + (r.href ? `<${r.href}>` : '')).join('');
const shownBlocks = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.kind === 'paragraph' ? show(b.runs) : b.kind === 'quote' ? `quote: ${shownBlocks(b.blocks).join(' / ')}` : b.kind === 'list' ? `list: ${b.items.map((i) => show(i.runs)).join(' | ')}` : b.kind));
const blocksOf = (src: string, p = parse) => shownBlocks(p(`## A\n\n${src}`, { file: 't.md' }).deck.slides[0].blocks);

describe('inline formulas: spaces and digits beside the dollars', () => {
  it('a tab or a line break after the opening $ or before the closing one: not math', () => {
    expect(blocksOf('a $\tx$ b')).toEqual(['a $\tx$ b']);
    expect(blocksOf('a $x\t$ b')).toEqual(['a $x\t$ b']);
    // (the line break is a space in the text)
    expect(blocksOf('a $\nx$ b')).toEqual(['a $ x$ b']);
    expect(blocksOf('a $x\n$ b')).toEqual(['a $x $ b']);
    // a line break inside is fine
    expect(blocksOf('a $x\ny$ b')).toEqual(['a {inline:x\ny} b']);
  });

  it('a digit right after the closing $ (0 and 9 too) keeps it open; a letter or a sign does not', () => {
    expect(blocksOf('$x$0 and $y$9')).toEqual(['$x$0 and $y$9']);
    expect(blocksOf('$x$a and $y$/')).toEqual(['{inline:x}a and {inline:y}/']);
  });
});

describe('a formula in a link\'s text', () => {
  it('is one formula (markdown-it asks the rule silently while it looks for the text\'s end)', () => {
    // (a formula does not carry the link: inline.ts gives math runs no href)
    expect(blocksOf('[see $x$ and $$y$$](https://x.example)')).toEqual(['see <https://x.example>{inline:x} and <https://x.example>{display:y}']);
  });
});

async function freshParse(): Promise<typeof parse> {
  vi.resetModules();
  return (await import('../../src/parse/index.js')).parse;
}

describe('display blocks, read by a fresh parse stage (the environment names and the rule\'s place are read once)', () => {
  const names = ['align', 'align*', 'aligned', 'equation', 'equation*', 'gather', 'gather*', 'gathered', 'multline', 'multline*', 'eqnarray', 'eqnarray*', 'split', 'cases', 'matrix', 'pmatrix', 'bmatrix'];
  it.each(names)('\\begin{%s} on a line of its own is display math', async (name) => {
    const p = await freshParse();
    expect(blocksOf(`\\begin{${name}}\nx\n\\end{${name}}\n`, p)).toEqual([`{display:\\begin{${name}}\nx\n\\end{${name}}}`]);
  });
  it('other environments, and a name that only starts like one, are text', async () => {
    const p = await freshParse();
    expect(blocksOf('\\begin{alignat}\nx\n\\end{alignat}\n', p)).toEqual(['\\begin{alignat} x \\end{alignat}']);
    expect(blocksOf('\\begin{}\nx\n\\end{}\n', p)).toEqual(['\\begin{} x \\end{}']);
    expect(blocksOf('text \\begin{align}\nx\n\\end{align}\n', p)).toEqual(['text \\begin{align} x \\end{align}']);
  });

  it('a block interrupts a paragraph (no blank line before it)', async () => {
    const p = await freshParse();
    expect(blocksOf('text\n$$\nx\n$$\n', p)).toEqual(['text', '{display:x}']);
    expect(blocksOf('text\n\\begin{align}\nx\n\\end{align}\n', p)).toEqual(['text', '{display:\\begin{align}\nx\n\\end{align}}']);
  });

  it('a block ends a quote on a lazy line (one not starting with >)', async () => {
    const p = await freshParse();
    expect(blocksOf('> quoted\n$$\nx\n$$\n', p)).toEqual(['quote: quoted', '{display:x}']);
  });

  it('a block ends a link definition: a title left open before it is no title', async () => {
    const p = await freshParse();
    expect(blocksOf("[r]: https://x.example\n'title\n$$\ny\n$$\n'\n\n[q][r]\n", p)).toEqual(["'title", '{display:y}', "'", 'q<https://x.example>']);
  });
});

describe('where a $$ block ends (found in parse-k: a line starting with `$$ x $$` and going on opened a block to the next $$)', () => {
  it('`$$ x $$` followed by text on its line is a formula in the paragraph, whatever the next lines hold', () => {
    expect(blocksOf('$$ x $$ more\nand y $$\n')).toEqual(['{display: x } more and y $$']);
    expect(blocksOf('$$ x $$ $$\n')).toEqual(['{display: x } $$']);
  });
  it('a block over lines ends at the first $$; text after it on that line makes it a formula in a paragraph', () => {
    expect(blocksOf('$$\nx\n$$ more\n')).toEqual(['{display:\nx\n} more']);
    expect(blocksOf('$$\nx $$ y\nz $$\n')).toEqual(['{display:\nx } y z $$']);
    expect(blocksOf('$$ a\nb $$  \n\nafter\n')).toEqual(['{display:a\nb}', 'after']);
  });
  it('a block with no formula is text, as `$$ $$` in a line is (found in parse-k: an empty equation)', () => {
    expect(blocksOf('$$ $$\n')).toEqual(['$$ $$']);
    expect(blocksOf('$$$$\n')).toEqual(['$$$$']);
    expect(blocksOf('$$\n$$\n')).toEqual(['$$ $$']);
    expect(blocksOf('$$\n  \n$$\n')).toEqual(['$$', '$$']);
  });
  it('a blank line (or one of spaces) cuts a $$ block: its lines are text', () => {
    expect(blocksOf('$$\nx\n\n$$\n')).toEqual(['$$ x', '$$']);
    expect(blocksOf('$$\nx\n   \n$$\n')).toEqual(['$$ x', '$$']);
  });
  it('a $$ line alone opens a block; the formula may start on it', () => {
    expect(blocksOf('$$\nx\n$$\n')).toEqual(['{display:x}']);
    expect(blocksOf('$$x\ny$$\n')).toEqual(['{display:x\ny}']);
  });
});

describe('blocks in quotes and list items', () => {
  it('a line indented by four after a quote\'s text goes on with it (lazily), not a block', () => {
    expect(blocksOf('> quoted\n    $$ x $$\n')).toEqual(['quote: quoted {display: x }']);
    expect(blocksOf('> quoted\n     \\begin{align}x\\end{align}\n')).toEqual(['quote: quoted \\begin{align}x\\end{align}']);
  });
  it('in a list item the indent counts from the item\'s text: two spaces there open a block', () => {
    const { deck } = parse('## A\n\n- item\n\n  $$ x $$\n', { file: 't.md' });
    const list = deck.slides[0].blocks[0];
    expect(list.kind === 'list' && list.items[0].children).toEqual([{ kind: 'paragraph', runs: [{ text: 'x', math: 'display' }], src: { line: 5 } }]);
  });
  it('a block in a quote ends with the quote: a heading that ends the quote is not part of it', () => {
    expect(parse('## A\n\n> $$\n> x\n## B $$\n', { file: 't.md' }).deck.slides.map((s) => [s.title?.map((r) => r.text).join(''), shownBlocks(s.blocks)])).toEqual([
      ['A', ['quote: $$ x']],
      ['B $$', []],
    ]);
  });
});

describe('formulas temml cannot read: checked as display or inline as written', () => {
  it('\\tag works only in a display formula: inline it is shown as its source, with a warning', () => {
    const { deck, warnings } = parse('## A\n\n$$x \\tag{1}$$\n\nand $y \\tag{2}$\n', { file: 't.md' });
    expect(shownBlocks(deck.slides[0].blocks)).toEqual(['{display:x \\tag{1}}', 'and `y \\tag{2}`']);
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(['5: formula "y \\tag{2}" cannot be converted to an equation (\\tag works only in display mode); shown as LaTeX source']);
  });
  it('the warning quotes the formula on one line, spaces collapsed and trimmed, clipped past 40 characters', () => {
    const forty = `\\frac{${'a'.repeat(33)}}`; // 40 characters, temml cannot read it (one argument)
    expect(forty).toHaveLength(40);
    const { warnings } = parse(`## A\n\ntext $$ \\frac{1}  {\n  2 $$ and $${forty}$ and $${forty}}$\n`, { file: 't.md' });
    expect(warnings.map((w) => w.message.replace(/ cannot be converted.*/, ''))).toEqual([
      'formula "\\frac{1} { 2"',
      `formula "${forty}"`,
      `formula "${forty.slice(0, 39)}…"`,
    ]);
  });
});
