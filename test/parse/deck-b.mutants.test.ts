// src/parse/index.ts, survivors of the lead's run "parse-e" (issue 18): the deck language measured on the text after
// the front matter (only), at its 0.3 boundary; a Marp deck with no slide at all; a front-matter title keeping a
// slide that asks for the title layout as written (the cover reading is for decks without one); the walk's and the
// cover's inline hooks cleared afterwards, so metadata read later gets no footnote marks and no second HTML warning.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 'talk.md' });
  return { deck, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};

describe('the deck language', () => {
  it('is measured on the whole text when there is no front matter: a Chinese first line counts', () => {
    expect(run('中文中文中文中文中文\n\n## A\n\nabc def ghi\n').deck.meta.lang).toBe('zh-CN');
  });
  it('is measured after the front matter only', () => {
    expect(run('---\nsubtitle: 中文中文中文中文中文中文中文中文\n---\n\n## A\n\nabc def ghi\n').deck.meta.lang).toBe('en');
  });
  it('a CJK share of exactly 0.3 is Chinese (3 characters beside 35 Latin letters, each weighing 1/5)', () => {
    expect(run(`## A\n\n中文字 ${'a'.repeat(34)}\n`).deck.meta.lang).toBe('zh-CN');
    expect(run(`## A\n\n中文字 ${'a'.repeat(35)}\n`).deck.meta.lang).toBe('en');
  });
});

describe('Marp decks', () => {
  it('a Marp deck with no slide at all: the one title slide, with the warning (no crash on the missing first/last)', () => {
    const { slides, warnings } = run('---\nmarp: true\n---\n\n---\n');
    expect(warnings).toEqual(['1: nothing to put on slides (no headings or text): the deck has only a title slide']);
    expect(slides.map((s) => [s.layout, s.title])).toEqual([['title', [{ text: 'talk' }]]]);
  });
});

describe('a front-matter title', () => {
  it('makes the title slide; a slide that asks for the title layout is not read as a cover (its lines stay blocks)', () => {
    const { slides } = run('---\ntitle: T\n---\n\n## Cover {.title}\n\nJane Doe\n\n## A\n\nx\n');
    expect(slides.map((s) => s.layout)).toEqual(['title', 'content', 'content']);
    expect(slides[1].layoutRequest?.name).toBe('title');
    expect(slides[1].subtitle).toBeUndefined();
    expect(slides[1].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Jane Doe' }], src: { line: 7 } }]);
  });
});

describe('inline hooks are cleared after the walk and the cover', () => {
  it('a footnote reference in metadata gets no mark, though the body cites the same note', () => {
    const { deck, slides } = run('---\ntitle: T\nauthor: "Jane[^a]"\nsubtitle: "Sub[^a]"\n---\n\n## A\n\nx[^a]\n\n[^a]: note\n');
    expect(deck.meta.author).toBe('Jane');
    expect(deck.meta.subtitle).toBe('Sub');
    expect(slides.at(-1)!.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind))).toEqual(['x¹', '¹ note']);
  });
  it('… also in a deck whose cover is read from content (the cover hook)', () => {
    const { deck } = run('---\nmarp: true\nauthor: "Jane[^a]"\n---\n\n# Deck\n\nBy me[^a]\n\n---\n\n# A\n\nx\n\n[^a]: note\n');
    expect(deck.meta.author).toBe('Jane');
  });
  it('without a cover to read (a front-matter title), too', () => {
    const { deck } = run('---\ntitle: T\nauthor: "Jane[^a]"\n---\n\n## A\n\nx[^a]\n\n[^a]: note\n');
    expect(deck.meta.author).toBe('Jane');
  });
});

describe('the fallback deck title (no front-matter title): the first heading as shown', () => {
  it.each(['# A<br>', '# <br>A', '# A ![logo](p.png)', '# ![logo](p.png) A', '# A <!-- c -->', '# A&nbsp;', '# A\u3000'])('%j → "A" (no space, not even a no-break or ideographic one, left at an end)', (heading) => {
    expect(run(`${heading}\n\nx\n`).deck.meta.title).toBe('A');
  });
});

describe('a one-slide Marp deck', () => {
  it('its lead slide is the title slide, not also the closing one', () => {
    const { slides } = run('---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# Deck\n\nJane Doe\n');
    expect(slides.map((s) => [s.layout, s.layoutRequest?.name, s.subtitle?.map((r) => r.text).join('')])).toEqual([['title', undefined, 'Jane Doe']]);
  });
});

describe('the deck as the parse hands it on', () => {
  it('meta holds only the keys the deck sets (no key present with an undefined value)', () => {
    expect(Object.keys(run('## A\n\nx\n').deck.meta)).toEqual(['title', 'lang', 'aspect', 'slideNumbers', 'agenda']);
    expect(Object.keys(run('---\ntitle: T\nauthor: J\n---\n\n## A\n\nx\n').deck.meta)).toEqual(['title', 'lang', 'aspect', 'slideNumbers', 'agenda', 'author']);
  });
  it('a front-matter title that is only HTML has no text: left out, with one warning (test/parse/empty-title.test.ts)', () => {
    const { deck, slides, warnings } = run('---\ntitle: "<b></b>"\n---\n\n## A\n\nx\n');
    expect(slides[0]).toMatchObject({ layout: 'content', title: [{ text: 'A' }] });
    expect(deck.meta.title).toBe('A');
    expect(warnings).toEqual(["2: the front matter's title has no text: left out (the deck is titled from its first heading, or the file name)"]);
  });
  it('HTML in a front-matter title is reported once', () => {
    const { deck, warnings } = run('---\ntitle: "<b>T</b>"\n---\n\n## A\n\nx\n');
    expect(deck.meta.title).toBe('T');
    expect(warnings).toEqual(['2: HTML in the front matter left out (its text is kept)']);
  });
  it('a file of notes only: the title slide carries them', () => {
    const { slides, warnings } = run('<!-- a note -->\n');
    expect(warnings).toEqual(['1: nothing to put on slides (no headings or text): the deck has only a title slide']);
    expect(slides).toEqual([{ layout: 'title', title: [{ text: 'talk' }], blocks: [], notes: ['a note'], src: { line: 1 } }]);
  });
  it('the agenda slide comes with no blocks and no notes (the layout fills it from the sections)', () => {
    const { slides } = run('---\ntitle: T\n---\n\n# S1\n\n## A\n\nx\n\n# S2\n\n## B\n\ny\n');
    expect(slides[1]).toEqual({ layout: 'agenda', blocks: [], notes: [], src: { line: 1 } });
  });
});

describe('Slidev info and the closing slide', () => {
  it('info: paragraphs split at blank lines (one or more), lines joined, blank ones dropped — the first slide’s notes', () => {
    expect(run('---\ninfo: "a\\n\\nb\\n\\n\\nc"\n---\n\n## A\n\nx\n').slides[0].notes).toEqual(['a', 'b', 'c']);
    expect(run('---\ninfo: "\\n\\na\\nb"\n---\n\n## A\n\nx\n').slides[0].notes).toEqual(['a b']);
  });
  it('a front-matter closing: the last slide, its title only', () => {
    expect(run('---\nclosing: Thanks\n---\n\n## A\n\nx\n').slides.at(-1)).toEqual({ layout: 'closing', title: [{ text: 'Thanks' }], blocks: [], notes: [], src: { line: 1 } });
  });
});
