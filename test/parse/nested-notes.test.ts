// `::: notes` inside a list item, a quote or another div is speaker notes, like one at the top level: pandoc writes
// any notes div as reveal.js' <aside class="notes">, which reveal.js reads wherever it sits in the slide. Before,
// only a top-level notes div was read as notes; a nested one was unwrapped and its text shown on the slide.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import type { Block } from '../../src/model.js';

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 't.md' });
  return { slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const list = (b: Block | undefined) => (b?.kind === 'list' ? b.items.map((it) => ({ text: it.runs.map((r) => r.text).join(''), children: it.children.length })) : b?.kind);

describe('::: notes nested in a block', () => {
  it('inside a list item (after a blank line): the item keeps its text, the notes go to the slide', () => {
    const { slides, warnings } = run('## A\n\n- one\n\n  ::: notes\n  say this about one\n  :::\n\n- two\n');
    expect(warnings).toEqual([]);
    expect(slides).toHaveLength(1);
    expect(slides[0].notes).toEqual(['say this about one']);
    expect(slides[0].blocks).toHaveLength(1);
    expect(list(slides[0].blocks[0])).toEqual([{ text: 'one', children: 0 }, { text: 'two', children: 0 }]);
  });
  it('inside a list item right after its text, with a list in the notes; order kept with top-level notes', () => {
    const { slides } = run('## A\n\n::: notes\nfirst\n:::\n\n- one\n  ::: notes\n  - point\n  :::\n- two\n  ::: notes\n  second\n  :::\n\n## B\n\nb\n');
    expect(slides.map((s) => s.notes)).toEqual([['first', '• point', 'second'], []]);
    expect(list(slides[0].blocks[0])).toEqual([{ text: 'one', children: 0 }, { text: 'two', children: 0 }]);
  });
  it('inside a quote and inside another div', () => {
    const { slides } = run('## A\n\n> quoted\n>\n> ::: notes\n> from the quote\n> :::\n\n::: incremental\n- x\n\n::: notes\nfrom the div\n:::\n:::\n');
    expect(slides[0].notes).toEqual(['from the quote', 'from the div']);
    expect(slides[0].blocks.map((b) => b.kind)).toEqual(['quote', 'list']);
    const quote = slides[0].blocks[0];
    expect(quote.kind === 'quote' && quote.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'quoted' }], src: { line: 3 } }]);
  });
  it('a list opening a slide after --- (no heading yet): its notes go to that slide, not the one before', () => {
    const { slides } = run('## A\n\na\n\n---\n\n- b\n\n  ::: notes\n  about b\n  :::\n');
    expect(slides.map((s) => s.notes)).toEqual([[], ['about b']]);
    expect(list(slides[1].blocks[0])).toEqual([{ text: 'b', children: 0 }]);
  });
});
