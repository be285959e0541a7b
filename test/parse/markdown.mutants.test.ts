// The markdown-it configuration (src/parse/markdown.ts) seen through parse(): CJK soft breaks joined without a space
// (Latin ones with one), and the two inputs that made markdown-it-cjk-breaks throw (an empty text token beside a
// soft break) parsed with their text. Written for a mutation run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const texts = (src: string) =>
  parse(src, { file: 't.md' }).deck.slides.flatMap((s) => s.blocks).map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));

describe('soft breaks', () => {
  it('between CJK lines they go; between Latin ones they are a space', () => {
    expect(texts('## A\n\n中文\n中文\n\nab\ncd\n')).toEqual(['中文中文', 'ab cd']);
  });
  it('an empty link between CJK lines (cjk-breaks emptied a token, then read it): the text, in every paragraph', () => {
    expect(texts('〇\n[]()\n　中\n\n中文\n[]()\n中文\n')).toEqual(['〇　中', '中文中文']);
  });
  it('CommonMark example 432 (an empty text token markdown-it left beside a soft break) parses', () => {
    expect(texts('## A\n\n**foo *bar **baz**\nbim* bop**\n\n中\n文\n')).toEqual(['foo bar baz bim bop', '中文']);
  });
});

describe('front matter', () => {
  it('a block between --- lines that is not front matter is read again as Markdown: its text is on a slide', () => {
    const { deck, warnings } = parse('---\nnot front matter\n---\n\n## A\n\nx\n', { file: 't.md' });
    expect(warnings.map((w) => w.message)).toEqual(['the block between the --- lines at the top is not front matter (key: value lines); read as Markdown']);
    expect(deck.slides.map((s) => s.title?.map((r) => r.text).join(''))).toEqual(['not front matter', 'A']);
  });
});
