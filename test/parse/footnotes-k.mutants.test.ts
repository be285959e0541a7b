// src/parse/footnotes.ts again (issue 18, run parse-k). The definition pattern is a module constant and the plugin is
// registered once, on the markdown-it instance markdown() caches: under the mutation runner (isolate: false) both are
// read by whichever test loads the module first. These tests load a FRESH copy of the parse stage (vi.resetModules +
// import), so what they assert depends on this copy's pattern and plugin.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Slide } from '../../src/model.js';

async function freshParse() {
  vi.resetModules();
  return (await import('../../src/parse/index.js')).parse;
}
afterEach(() => {
  vi.resetModules();
});

const lines = (s: Slide) => s.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));

describe('footnote definitions and references, read by a fresh parse stage', () => {
  it('labels of several characters, a definition with or without a space after the colon, the note text as written', async () => {
    const parse = await freshParse();
    const { deck, warnings } = parse('## A\n\nText[^ab] and[^c] and[^d].\n\n[^ab]: First note\n[^c]:four\n[^d]:\tfive\n', { file: 't.md' });
    expect(warnings).toEqual([]);
    expect(lines(deck.slides[0])).toEqual(['Text¹ and² and³.', '¹ First note', '² four', '³ five']);
  });

  it('`[^x]:` later in a line is a reference, not a definition, in a paragraph or in a note', async () => {
    const parse = await freshParse();
    const { deck, warnings } = parse('## A\n\nSee [^a]: there.\n\n[^a]: Note a\ncontinued, see [^b]: too\n[^b]: Note b\n', { file: 't.md' });
    expect(warnings).toEqual([]);
    expect(lines(deck.slides[0])).toEqual(['See ¹: there.', '¹ Note a continued, see ²: too', '² Note b']);
  });

  it('a definition ends the paragraph above it (no blank line needed), and a link definition whose title is not closed', async () => {
    const parse = await freshParse();
    const { deck, warnings } = parse("## A\n\ntext[^a]\n[^a]: note a\n\n[r]: https://x.example\n'title\n[^b]: note b'\n\n[q][r] and[^b]\n", { file: 't.md' });
    expect(warnings).toEqual([]);
    expect(deck.slides[0].blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text + (r.href ? `<${r.href}>` : '')).join('') : b.kind))).toEqual([
      'text¹',
      "'title",
      'q<https://x.example> and²',
      '¹ note a',
      "² note b'",
    ]);
  });
});

describe('a note that cites another note (found in parse-k: its mark pointed to a note shown nowhere)', () => {
  it('the cited note is set on each slide that shows the citing one, after that slide\'s notes; a note citing itself is set once', async () => {
    const { parse } = await import('../../src/parse/index.js');
    const src = '## A\n\nx[^a] y[^c]\n\n## B\n\nz[^a]\n\n## C\n\nw[^c]\n\n[^a]: Note a, see[^b].\n[^b]: Note b, see[^b] and[^a].\n[^c]: Note c.\n';
    const { deck, warnings } = parse(src, { file: 't.md' });
    expect(warnings).toEqual([]);
    expect(deck.slides.map(lines)).toEqual([
      ['x¹ y²', '¹ Note a, see³.', '² Note c.', '³ Note b, see³ and¹.'],
      ['z¹', '¹ Note a, see³.', '³ Note b, see³ and¹.'],
      ['w²', '² Note c.'],
    ]);
  });
});

const texts = (s: Slide) =>
  s.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text + (r.href ? `<${r.href}>` : '')).join('') : b.kind === 'list' ? `list: ${b.items.map((i) => i.runs.map((r) => r.text).join('')).join(' | ')}` : b.kind));
const shown = async (src: string) => {
  const { parse } = await import('../../src/parse/index.js');
  const { deck, warnings } = parse(src, { file: 't.md' });
  return { slides: deck.slides.map(texts), warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};

describe('where a definition ends (found in parse-k: it ran on over the list items, headings and fences after it)', () => {
  it('a definition goes on over lazy lines, and stops where a paragraph would: a list item, a heading, a fence, a rule, another definition', async () => {
    expect(await shown('## A\n\nx[^a] y[^b]\n\n- [^a]: one\n  more\n- two\n\n[^b]: three\n2. not a list\n')).toEqual({
      slides: [['x¹ y²', 'list:  | two', '¹ one more', '² three 2. not a list']],
      warnings: [],
    });
    expect((await shown('## A\n\nx[^a]\n\n[^a]: one\n## B\n\ny[^b]\n\n[^b]: two\n```\ncode\n```\n')).slides).toEqual([['x¹', '¹ one'], ['y²', 'code', '² two']]);
    expect(await shown('## A\n\nx[^a]\n\n[^a]: one\n1. first\n\n---\n\n## B\n\ny[^b]\n\n[^b]: two\n---\n\nz\n')).toEqual({
      slides: [['x¹', 'list: first', '¹ one'], ['y²', '² two'], ['z']],
      warnings: [],
    });
  });

  it('in a list item: the note ends before the next item, with its indented paragraph', async () => {
    expect((await shown('## A\n\n- x[^a]\n\n  [^a]: one\n\n      two\n- three\n')).slides).toEqual([['list: x¹ | three', '¹ one two']]);
  });

  it('in a quote: a lazy line goes on with the note, even one that looks like a definition', async () => {
    expect(await shown('## A\n\nx[^a]\n\n> [^a]: one\nlazy\n[^b]: looks like one\n\n[^b]: two\n')).toEqual({ slides: [['x¹', 'quote', '¹ one lazy ²: looks like one', '² two']], warnings: [] });
  });

  it('a line indented by four goes on with the note even when it looks like a definition; in a list item the indent counts from the item\'s text', async () => {
    expect((await shown('## A\n\nx[^a]\n\n[^a]: one\n    [^b]: not one\n\n[^b]: two\n')).slides).toEqual([['x¹', '¹ one ²: not one', '² two']]);
    expect((await shown('## A\n\n- x[^a] y[^b]\n\n  [^a]: one\n  [^b]: two\n')).slides).toEqual([['list: x¹ y²', '¹ one', '² two']]);
    // after a blank line, four spaces in a list item whose text starts at two are two: not part of the note
    expect((await shown('## A\n\n- x[^a]\n\n  [^a]: one\n\n    two\n')).slides).toEqual([['list: x¹', '¹ one']]);
  });

  it('in a quote that ends at a line not starting with >: the note ends with the quote', async () => {
    // `2. two` ends the quote (a list may), though it may not interrupt a paragraph (a list there must start at 1)
    expect((await shown('## A\n\nx[^a]\n\n> [^a]: one\n2. two\n')).slides).toEqual([['x¹', 'quote', 'list: two', '¹ one']]);
  });

  it('blank is blank as markdown-it reads it: a line of only a no-break space goes on; spaces at the ends of lines are not kept', async () => {
    expect((await shown('## A\n\nx[^a]\n\n[^a]:\t\tone   \n\u00a0\n  two  \n\tthree\n')).slides).toEqual([['x¹', '¹ one two three']]);
    // after a blank line only a line that is not blank and indented by four goes on; a line of spaces is blank
    expect((await shown('## A\n\nx[^a]\n\n[^a]: one\n\n    \n    two\n')).slides).toEqual([['x¹', 'code', '¹ one']]);
    expect((await shown('## A\n\nx[^a]\n\n[^a]: one\n\n    \u00a0\n    two\n')).slides).toEqual([['x¹', '¹ one two']]);
  });
});

describe('references', () => {
  it('`[^` not followed by a label and `]` is text, also with a reference after it', async () => {
    expect((await shown('## A\n\nx[^ a] y[^] z[^b\n')).slides).toEqual([['x[^ a] y[^] z[^b']]);
    expect((await shown('## A\n\nx[^ a] and[^b]\n\n[^b]: note\n')).slides).toEqual([['x[^ a] and¹', '¹ note']]);
  });

  it('an inline note ends at the `]` that closes its own `[`, not at one before it', async () => {
    expect((await shown('## A\n\nsee [^[no te]] here\n')).slides).toEqual([['see [¹] here', '¹ no te']]);
  });

  it('a reference or an inline note in a link\'s text (found in parse-k: a [^x] there made the link text)', async () => {
    expect((await shown('## A\n\n[see[^a] and [^b]](https://x.example), [b^[c]](https://y.example)\n\n[^a]: note a\n[^b]: note b\n')).slides).toEqual([
      ['see¹ and ²<https://x.example>, b³<https://y.example>', '¹ note a', '² note b', '³ c'],
    ]);
  });
});

describe('a cover read again keeps each inline note\'s own mark', () => {
  it('two lines with an inline note each', async () => {
    const { parse } = await import('../../src/parse/index.js');
    const { deck, warnings } = parse('---\nmarp: true\n---\n\n# Deck\n\nJane^[one]\nACME^[two]\n', { file: 't.md' });
    expect(warnings).toEqual([]);
    expect(deck.slides[0].subtitle).toEqual([{ text: 'Jane¹' }, { text: 'ACME²', breakBefore: true }]);
  });
});
