// Classes on a heading (`## Title {.wide}`): a class naming a layout (or one of its aliases) asks for it; every
// other class is a styling hook for another output (pandoc, reveal.js, a Marp theme) and is left out quietly. Only a
// class one edit from a layout name (`{.crads}`, `{.bullet}`; two edits for long names) is warned about as a
// misspelling. Before, any class within two edits warned: `{.wide}` → "did you mean code", `{.note}` → code,
// `{.left}` → bullets (via `list`), `{.dark}` → cards. And the deck's fallback title kept the `{…}` block.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 't.md' });
  return { deck, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const LIST = '(layouts: cards, big-number, columns, timeline, image-text, statement, bullets, plain, table, code, quote, title, agenda, section, closing); chosen automatically instead';

describe('heading classes that are not layouts', () => {
  it('{.wide}, {.note}, {.left .dark} and pandoc/reveal.js classes: no warning, no request, removed from the title', () => {
    const src = '## W {.wide}\n\nx\n\n## N {.note}\n\ny\n\n## L {.left .dark}\n\nz\n\n## R {.smaller .center .incremental .right .notes}\n\nw\n';
    const { deck, slides, warnings } = run(src);
    expect(warnings).toEqual([]);
    expect(slides.map((s) => s.title)).toEqual([[{ text: 'W' }], [{ text: 'N' }], [{ text: 'L' }], [{ text: 'R' }]]);
    expect(slides.map((s) => s.layoutRequest)).toEqual([undefined, undefined, undefined, undefined]);
    expect(deck.meta.title).toBe('W');
    expect(run('# A\vB {.wide}\n\nx\n').deck.meta.title).toBe('A B'); // a line break in the heading: a space
  });
  it('a layout class among style classes is asked for, quietly', () => {
    const { slides, warnings } = run('## C {.wide .cards .dark}\n\n- a\n- b\n');
    expect(warnings).toEqual([]);
    expect(slides[0].layoutRequest).toEqual({ name: 'cards', line: 1, origin: 'heading class' });
  });
  it('a Marp deck: the same classes are quiet too', () => {
    const { slides, warnings } = run('---\nmarp: true\n---\n\n# Cover\n\n---\n\n# W {.wide}\n\nx\n\n---\n\n# N {.note .left}\n\ny\n');
    expect(warnings).toEqual([]);
    expect(slides.slice(1).map((s) => s.title)).toEqual([[{ text: 'W' }], [{ text: 'N' }]]);
  });
});

describe('heading classes that are misspelt layouts', () => {
  it('one edit (a swap counts as one) from a name or alias: warned at its line with the guess', () => {
    const { slides, warnings } = run('## A {.crads}\n\nx\n\n## B {.bullet .wide}\n\n- y\n\n## C {.tabel}\n\nz\n');
    expect(slides.map((s) => s.layoutRequest)).toEqual([undefined, undefined, undefined]);
    expect(warnings).toEqual([
      `1: unknown layout "crads"; did you mean "cards"? ${LIST}`,
      `5: unknown layout "bullet"; did you mean "bullets"? ${LIST}`,
      `9: unknown layout "tabel"; did you mean "table"? ${LIST}`,
    ]);
  });
  it('long names allow two edits; short ones only one', () => {
    const { warnings } = run('## A {.imagetxt}\n\nx\n\n## B {.timline}\n\ny\n\n## C {.qoot}\n\nz\n\n## D {.cods}\n\nw\n');
    expect(warnings).toEqual([
      `1: unknown layout "imagetxt"; did you mean "image-text"? ${LIST}`,
      `5: unknown layout "timline"; did you mean "timeline"? ${LIST}`,
      `13: unknown layout "cods"; did you mean "code"? ${LIST}`,
    ]);
  });
  it('a layout comment still guesses within two edits: the author asked for a layout by name', () => {
    expect(run('## A\n\nx\n\n<!-- layout: wide -->\n').warnings).toEqual([`5: unknown layout "wide"; did you mean "code"? ${LIST}`]);
  });
});
