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

describe('a cover\'s lines at their edges', () => {
  const sub = (body: string) => first(body).s.subtitle;
  it('only a content slide becomes a cover: a section asked to be a title stays a section', () => {
    const { slides } = first('# Sec {.title}\n\n## A\n\nx\n', '');
    expect(slides.map((s) => s.layout)).toEqual(['section', 'content']);
    expect(slides[0].layoutRequest?.name).toBe('title');
  });
  it('a title of only blank code spans is no title', () => {
    expect(first('# ` ` ` `\n\nMe\n').s.layout).toBe('content');
  });
  it('a line of only blank code spans is no line', () => {
    expect(sub('# T\n\nMe\n` ` ` `\nACME\n')).toEqual([{ text: 'Me' }, { text: 'ACME', breakBefore: true }]);
    expect(sub('# T\n\nMe<br>` ` ` `<br>ACME\n')).toEqual([{ text: 'Me' }, { text: 'ACME', breakBefore: true }]);
  });
  it('an indented HTML line is HTML too; a one-line paragraph keeps its runs as read (its footnote mark)', () => {
    expect(sub('# T\n\nAnn\n  <b>ACME</b>\n')).toEqual([{ text: 'Ann ' }, { text: 'ACME', bold: true }]);
    expect(sub('# T\n\nAnn[^1]\n\n[^1]: the note\n')?.[0]).toEqual({ text: 'Ann¹' });
  });
  it('a written line of several runs: only its first run starts the line', () => {
    expect(sub('# T\n\nMe\nby **Ann** and co\n')).toEqual([{ text: 'Me' }, { text: 'by ', breakBefore: true }, { text: 'Ann', bold: true }, { text: ' and co' }]);
  });
  it('lines broken with a backslash are the lines as broken (the backslash is not text); runs stay on their line', () => {
    expect(sub('# T\n\nAnn\\\nACME\n')).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
    expect(sub('# T\n\nJane **Doe**\\\nACME\n')).toEqual([{ text: 'Jane ' }, { text: 'Doe', bold: true }, { text: 'ACME', breakBefore: true }]);
  });
  it('an empty run a break leaves before the next run is not kept in the line', () => {
    expect(sub('# T\n\nMe<br> **ACME**\n')).toEqual([{ text: 'Me' }, { text: 'ACME', bold: true, breakBefore: true }]);
  });
  it('a formula shown on its own inside a paragraph makes it a content slide', () => {
    expect(first('# T\n\nsee $$x^2$$ here\n').s.layout).toBe('content');
  });
  it('blank lines and the spaces around a line do not count', () => {
    expect(sub('# T\n\nAnn\n&nbsp;\nACME\n')).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
    expect(sub('# T\n\nAnn\n   ACME\n')).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
    expect(first(`# T\n\n${'a'.repeat(90)} \` \`\nACME\n`).s.layout).toBe('title');
    expect(first(`# T\n\n${'a'.repeat(80)} **b**\nACME\n`).s.layout).toBe('title');
    // a line of spaces ends the paragraph: its lines are not read on into the next one
    expect(first('# T {.title}\n\nAnn\nACME\n   \nDate\n', '').s.subtitle).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }, { text: 'Date', breakBefore: true }]);
  });
  it('a paragraph with an HTML line is one line; an autolink or e-mail line alone is not HTML', () => {
    for (const html of ['<b>ACME</b>', '<b>Ann</b> <ann@x.org>', '<ann@x.org> <b>ACME</b>', '<b>Ann</b> <https://x.org>']) {
      const s = sub(`# T\n\nAnn\n${html}\n`);
      expect(s?.filter((r) => r.breakBefore), html).toEqual([]);
    }
    expect(sub('# T\n\nAnn\n<http://x.org>\n')).toEqual([{ text: 'Ann' }, { text: 'http://x.org', breakBefore: true }]);
  });
});

describe('a cover\'s lines are the paragraph\'s own lines (they went on into what came after it)', () => {
  it('a comment or a rule right after the lines is not one of them', () => {
    const noted = first('# T\n\nAnn\nACME\n<!-- note -->\n').s;
    expect(noted.subtitle).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
    expect(noted.notes).toEqual(['note']);
    const ruled = first('# T\n\nAnn\nACME\n***\n\n# Next\n\nx\n').slides;
    expect(ruled.map((s) => s.layout)).toEqual(['title', 'content']);
    expect(ruled[0].subtitle).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
  });
  it('the fence closing a div around them is not a line', () => {
    expect(first('# T {.title}\n\n::: x\nAnn\nACME\n:::\n', '').s.subtitle).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
  });
  it('a reference link in a line is its text, as in the rest of the deck', () => {
    expect(first('# T\n\nAnn\n[ACME][a]\n\n[a]: http://x.org\n').s.subtitle).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
  });
  it('after front matter that is not front matter (read again as Markdown), references still resolve', () => {
    // (the definition sits in the block the first reading took for front matter)
    const { slides, warnings } = first('# T {.title}\n\nAnn\n[ACME][a]\n', '---\n- [a]: http://x.org\n---\n\n');
    expect(warnings[0]).toContain('not front matter');
    expect(slides[1].subtitle).toEqual([{ text: 'Ann' }, { text: 'ACME', breakBefore: true }]);
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
