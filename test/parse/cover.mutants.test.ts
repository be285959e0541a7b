// Cover slides written as content (src/parse/cover.ts) at their edges: a Marp first slide that is only a heading and
// up to two lines becomes the title slide, lines as written in the source (or as broken), links as plain text; an
// asked-for cover (cover_a, Slidev's cover) holds up to six lines and loses its pictures with a note; anything
// longer, a list or a formula stays a content slide. Written for a mutation run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const first = (body: string, head = '---\nmarp: true\n---\n\n') => {
  const { deck, warnings } = parse(head + body, { file: 't.md' });
  return { s: deck.slides[0], slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};

describe('a Marp deck\'s first slide, unasked', () => {
  it('a heading and two written lines: the title layout, one subtitle line each', () => {
    const { s } = first('# Talk\n\nMe\nACME\n\n---\n\n# Next\n\nx\n');
    expect(s.layout).toBe('title');
    expect(s.title).toEqual([{ text: 'Talk' }]);
    expect(s.subtitle).toEqual([{ text: 'Me' }, { text: 'ACME', breakBefore: true }]);
    expect(s.blocks).toEqual([]);
    expect(s.layoutRequest).toBeUndefined();
  });
  it('lines broken by two spaces count as lines too', () => {
    expect(first('# Talk\n\nMe  \nACME\n').s.subtitle).toEqual([{ text: 'Me' }, { text: 'ACME', breakBefore: true }]);
  });
  it('only a heading: the title layout without a subtitle', () => {
    const { s } = first('# Talk\n\n---\n\n# Next\n\nx\n');
    expect(s.layout).toBe('title');
    expect(s.subtitle).toBeUndefined();
  });
  it('three lines, a line over 90 characters, a list, a formula, or no title: a content slide', () => {
    expect(first('# Talk\n\nMe\nACME\n2024\n').s.layout).toBe('content');
    expect(first('# Talk\n\nOne\n\nTwo\n\nThree\n').s.layout).toBe('content');
    expect(first(`# Talk\n\n${'x'.repeat(91)}\n`).s.layout).toBe('content');
    expect(first(`# Talk\n\n${'x'.repeat(90)}\n`).s.layout).toBe('title');
    expect(first('# Talk\n\n- a list\n').s.layout).toBe('content');
    expect(first('# Talk\n\n$$\nx\n$$\n').s.layout).toBe('content');
    expect(first('#   \n\nsub\n').s.layout).toBe('content');
  });
  it('the second slide is not a cover, nor is a first slide that asked for another layout', () => {
    expect(first('# A\n\n- x\n\n---\n\n# Talk\n\nMe\n').slides.map((s) => s.layout)).toEqual(['content', 'content']);
    expect(first('<!-- _class: cols-2 -->\n\n# Talk\n\nMe\n').s.layout).toBe('content');
  });
  it('not in a deck that is not Marp', () => {
    expect(first('## Talk\n\nMe\n', '').s.layout).toBe('content');
  });
  it('HTML lines are not lines as written; links keep their text, not their target', () => {
    expect(first('# Talk\n\n<span>Me</span>\n<span>ACME</span>\n').s.subtitle).toEqual([{ text: 'Me ACME' }]);
    expect(first('# Talk\n\n[Me](http://x) and <me@x.org>\n<https://y.org>\n').s.subtitle).toEqual([{ text: 'Me' }, { text: ' and ' }, { text: 'me@x.org' }, { text: 'https://y.org', breakBefore: true }]);
  });
  it('blank runs do not make lines', () => {
    expect(first('# Talk\n\nMe <br> <br> ACME\n').s.subtitle).toEqual([{ text: 'Me' }, { text: 'ACME', breakBefore: true }]);
  });
});

describe('an asked-for cover', () => {
  it('cover_a: up to six lines; its pictures are left out with a note at their line', () => {
    const { s, warnings } = first('<!-- _class: cover_a -->\n\n# Talk\n\nOne\n\nTwo\n\nThree\n\n![](logo.png)\n');
    expect(s.layout).toBe('title');
    expect(s.subtitle).toEqual([{ text: 'One' }, { text: 'Two', breakBefore: true }, { text: 'Three', breakBefore: true }]);
    expect(s.layoutRequest).toBeUndefined();
    expect(warnings).toEqual(['15: image on a cover slide left out: the title layout holds the title and the lines under it']);
  });
  it('six lines fit, seven do not; a list never does', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `L${i}`).join('\n');
    expect(first(`<!-- _class: cover_a -->\n\n# Talk\n\n${lines(6)}\n`).s.layout).toBe('title');
    expect(first(`<!-- _class: cover_a -->\n\n# Talk\n\n${lines(7)}\n`).s.layout).toBe('content');
    expect(first('<!-- _class: cover_a -->\n\n# Talk\n\n- a list\n').s.layout).toBe('content');
  });
  it('a later slide asked to be a cover becomes one too (Slidev layout: cover)', () => {
    const { slides } = first('# A\n\n- x\n- y\n\n---\nlayout: cover\n---\n\n# Part two\n\nby me\n', '');
    expect(slides.map((s) => s.layout)).toEqual(['content', 'title']);
    expect(slides[1].subtitle).toEqual([{ text: 'by me' }]);
  });
});
