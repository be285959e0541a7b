// Metadata (title, subtitle, author, date, footer, closing) is read as Markdown and flattened to text: runs of
// ordinary spaces, tabs and newlines collapse to one space, but a no-break space (U+00A0) is a character the author
// typed to keep two words together (`10 km`, `Q3 2024`), and an ideographic space (U+3000) separates Chinese
// bylines (`汇报人：张三　2024年`): both are kept as written. Before, `\s+` collapsed them to a plain space.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const NB = '\u00a0';
const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 't.md' });
  return { deck, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};

describe('spaces in metadata', () => {
  it('no-break and ideographic spaces are kept in every key; ordinary runs of spaces still collapse', () => {
    const src = `---\ntitle: "Q3${NB}2024   Review"\nsubtitle: "10${NB}km  run"\nauthor: "张${NB}三\u3000研究院"\ndate: "2024年\u30003月"\nfooter: "p.${NB}1"\nclosing: "Thank${NB}you"\n---\n\n## A\n\nx\n`;
    const { deck, slides, warnings } = run(src);
    expect(warnings).toEqual([]);
    expect(deck.meta).toMatchObject({ title: `Q3${NB}2024 Review`, subtitle: `10${NB}km run`, author: `张${NB}三\u3000研究院`, date: '2024年\u30003月', footer: `p.${NB}1`, closing: `Thank${NB}you` });
    expect(slides[0].subtitle).toEqual([{ text: `10${NB}km run` }]);
    expect(slides[slides.length - 1].title).toEqual([{ text: `Thank${NB}you` }]);
  });
});
