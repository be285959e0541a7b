// A front-matter title with no text (`title: ""`, only spaces, only HTML tags) made a blank title slide and a file
// whose title was empty (seen in stop 25). It is now left out with a warning at its line: the deck is titled as if
// there were no front-matter title (its cover or first heading, or the file name).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const run = (title: string, body = '# Growth\n\n- one\n') => {
  const { deck, warnings } = parse(`---\nlang: en\ntitle: ${title}\n---\n\n${body}`, { file: 'q3.md' });
  return { deck, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const WARNING = "3: the front matter's title has no text: left out (the deck is titled from its first heading, or the file name)";

describe('an empty front-matter title', () => {
  for (const title of ['""', '"   "', '"<b></b>"', '"<span> </span>"']) {
    it(`title: ${title} is left out with a warning: no blank title slide, the deck titled from its first heading`, () => {
      const { deck, warnings } = run(title);
      expect(warnings).toEqual([WARNING]);
      expect(deck.meta.title).toBe('Growth');
      expect(deck.slides.map((s) => s.layout)).not.toContain('title');
      expect(deck.slides[0].title).toEqual([{ text: 'Growth' }]);
    });
  }

  it('without a heading the file name titles the deck', () => {
    expect(run('""', 'Just a paragraph.\n').deck.meta.title).toBe('q3');
  });

  it('a title with text, even one character or only Markdown, is kept: its own title slide, no warning', () => {
    for (const [title, text] of [['"x"', 'x'], ['"**Q3**"', 'Q3'], ['"<b>Q3</b>"', 'Q3']]) {
      const { deck, warnings } = run(title);
      expect(warnings.filter((w) => w.includes('no text'))).toEqual([]);
      expect(deck.meta.title).toBe(text);
      expect(deck.slides[0].layout).toBe('title');
    }
  });
});
