// Footnotes where they were read wrong before: a note's text with a reference link (`[x][ref]`) was read without
// the deck's link reference definitions and showed `[x][ref]` as written; a note cited on a Marp cover became a
// subtitle line (and counted as one of the cover's lines), and a cover line read again from its Markdown lost
// its mark. Now a note's text reads the deck's references, and a cover keeps the mark in its line and the note as
// its block, under the title page's lines as under any slide's content.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { TextBox } from '../../src/model.js';

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 't.md' });
  return { slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};

describe('a footnote text reads the deck link references', () => {
  it('[x][ref], [ref] and an inline note: links as anywhere else', () => {
    const { slides, warnings } = run('## A\n\nText[^1] and more^[see [the docs][d]].\n\n[^1]: From [the report][r], page 3; [d].\n\n[r]: https://example.com/report\n[d]: https://example.com/docs\n');
    expect(warnings).toEqual([]);
    expect(slides[0].blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Text¹ and more².' }], src: { line: 3 } },
      { kind: 'paragraph', runs: [{ text: '¹ ' }, { text: 'From ' }, { text: 'the report', href: 'https://example.com/report' }, { text: ', page 3; ' }, { text: 'd', href: 'https://example.com/docs' }, { text: '.' }], src: { line: 5 } },
      { kind: 'paragraph', runs: [{ text: '² ' }, { text: 'see ' }, { text: 'the docs', href: 'https://example.com/docs' }], src: { line: 3 } },
    ]);
  });
  it('an undefined reference stays as written', () => {
    const { slides } = run('## A\n\nx[^1]\n\n[^1]: see [it][nowhere]\n');
    expect(slides[0].blocks[1]).toEqual({ kind: 'paragraph', runs: [{ text: '¹ ' }, { text: 'see [it][nowhere]' }], src: { line: 5 } });
  });
});

describe('a footnote cited on a Marp cover', () => {
  it('one line: the line keeps its mark, the note is the slide block, not a subtitle line', () => {
    const { slides, warnings } = run('---\nmarp: true\n---\n\n# Deck\n\nJane Doe[^a]\n\n[^a]: note a\n');
    expect(warnings).toEqual([]);
    expect(slides).toHaveLength(1);
    expect(slides[0].layout).toBe('title');
    expect(slides[0].subtitle).toEqual([{ text: 'Jane Doe¹' }]);
    expect(slides[0].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: '¹ ' }, { text: 'note a' }], src: { line: 9 } }]);
  });
  it('two lines read again from their Markdown: the mark stays, the note does not count as a third line; numbers go on', () => {
    const src = '---\nmarp: true\n---\n\n# Deck\n\nJane Doe[^a]\nACME^[inline]\n\n---\n\n# Next\n\ntext^[inline on next] and [^a] again\n\n[^a]: Jane works at [ACME][acme].\n\n[acme]: https://acme.example\n';
    const { slides, warnings } = run(src);
    expect(warnings).toEqual([]);
    expect(slides.map((s) => s.layout)).toEqual(['title', 'content']);
    expect(slides[0].subtitle).toEqual([{ text: 'Jane Doe¹' }, { text: 'ACME²', breakBefore: true }]);
    expect(slides[0].blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: '¹ ' }, { text: 'Jane works at ' }, { text: 'ACME', href: 'https://acme.example' }, { text: '.' }], src: { line: 16 } },
      { kind: 'paragraph', runs: [{ text: '² ' }, { text: 'inline' }], src: { line: 7 } },
    ]);
    expect(slides[1].blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'text³ and ¹ again' }], src: { line: 14 } },
      { kind: 'paragraph', runs: [{ text: '³ ' }, { text: 'inline on next' }], src: { line: 14 } },
      { kind: 'paragraph', runs: [{ text: '¹ ' }, { text: 'Jane works at ' }, { text: 'ACME', href: 'https://acme.example' }, { text: '.' }], src: { line: 16 } },
    ]);
  });
});

describe('a cover with a footnote, laid out', () => {
  it('the note is a line under the cover lines, in the smaller byline size, without link colour; the slide stays one title slide', () => {
    const { deck } = parse('---\nmarp: true\n---\n\n# Deck\n\nJane Doe[^a]\n\n[^a]: at [ACME](https://acme.example)\n', { file: 't.md' });
    const laid = layout(deck, resolveTheme('minimal'));
    expect(laid.slides).toHaveLength(1);
    const boxes = laid.slides[0].items.filter((i): i is TextBox => i.kind === 'text' && i.role === 'subtitle');
    expect(boxes.map((b) => b.paragraphs.map((p) => p.runs))).toEqual([[[{ text: 'Jane Doe¹' }]], [[{ text: '¹ ' }, { text: 'at ' }, { text: 'ACME' }]]]);
    const [sub, note] = boxes.map((b) => b.paragraphs[0].sizePt);
    expect(note).toBeLessThan(sub);
    expect(boxes[1].y).toBeGreaterThanOrEqual(boxes[0].y + boxes[0].h);
  });
});
