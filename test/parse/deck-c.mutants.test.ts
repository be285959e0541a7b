// src/parse/index.ts, the last survivors of the lead's run "parse-e" (issue 18, stop 26): how a deck is known to be
// Marp (front matter `headingDivider`, a `<!-- class: … -->`-style directive comment at a line's start), the Marp
// globals read from the front matter (`header`, `class`, `backgroundImage: url(…)`), and how metadata is flattened
// to text (HTML and `<script>`/`<style>` left out, line breaks, Marp's leading `\ `, spaces at the ends).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const NB = '\u00a0';
const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 'talk.md' });
  return { deck, meta: deck.meta, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const text = (runs?: { text: string }[]) => (runs ?? []).map((r) => r.text).join('');
const shape = (src: string) => run(src).slides.map((s) => `${s.layout}:${text(s.title)}`);

describe('a Marp deck is known', () => {
  it('by `headingDivider` alone (no `marp: true`): no page numbers, and the headings at that level divide', () => {
    const { meta, slides } = run('---\nheadingDivider: 2\n---\n\n# Deck\n\n## A\n\nx\n\n## B\n\ny\n');
    expect(meta.slideNumbers).toBe(false);
    expect(slides.map((s) => `${s.layout}:${text(s.title)}`)).toEqual(['title:Deck', 'content:A', 'content:B']);
  });

  // A Marp deck divides at `---` only: its two `#` headings stay on one slide (the title). Otherwise each is a slide.
  const body = '\n\n# A\n\nx\n\n# B\n\ny\n';
  it('by a directive comment at a line\'s start, with or without spaces inside the comment', () => {
    for (const c of ['<!-- _class: lead -->', '<!--class: lead-->', '<!--   paginate: true -->', '<!-- header : Hi -->', '<!-- footer  : x -->']) {
      expect(run(c + body).meta.slideNumbers, c).toBe(false);
      expect(shape(c + body).map((x) => x.replace(/^\w+:/, '')), c).toEqual(['A']);
    }
  });

  it('not by such a comment inside a paragraph (not at a line\'s start)', () => {
    const { meta } = run('# A\n\nx <!-- class: lead -->\n\n# B\n\ny\n');
    expect(meta.slideNumbers).toBe(true);
    expect(shape('# A\n\nx <!-- class: lead -->\n\n# B\n\ny\n')).toEqual(['content:A', 'content:B']);
  });
});

describe('Marp globals in the front matter', () => {
  it('`header:` titles the slides that have no heading', () => {
    expect(shape('---\nmarp: true\nheader: Hello\n---\n\nx\n\n---\n\ny\n')).toEqual(['title:Hello', 'content:Hello']);
  });

  it('`class: lead` asks for a lead page on every slide: the last one closes the deck', () => {
    const { slides } = run('---\nmarp: true\nclass: lead\n---\n\n# A\n\nx\n\n---\n\n# B\n\ny\n');
    expect(slides.map((s) => s.layoutRequest?.name)).toEqual([undefined, 'closing']);
    expect(slides[1].layoutRequest?.origin).toBe('Marp class: lead');
  });

  it('`backgroundImage: url(…)` is a background only when the url() is the whole value (spaces at its ends allowed)', () => {
    const bg = (v: string) => run(`---\nmarp: true\nbackgroundImage: ${v}\n---\n\n# A\n\nx\n`).slides[0].background;
    expect(bg('" url(a.png) "')).toEqual({ src: 'a.png', fit: 'cover', line: 3 });
    expect(bg('url(a.png) x')).toBeUndefined();
    expect(bg('url(a.png), url(b.png)')).toBeUndefined();
  });
});

describe('metadata as text', () => {
  it('<script> and <style> elements are left out with their content, across lines too', () => {
    const { meta, slides, warnings } = run('---\ntitle: "<b>Bold</b> title"\nauthor: "<script>var a = 1;</script>Jane"\nsubtitle: "<style>\\na {}\\n</style>Sub"\n---\n\n## A\n\nx\n');
    expect(meta).toMatchObject({ title: 'Bold title', author: 'Jane', subtitle: 'Sub' });
    expect(slides[0].title).toEqual([{ text: 'Bold title' }]);
    expect(warnings).toEqual(['2: HTML in the front matter left out (its text is kept) (3 places: lines 2, 3, 4)']);
  });

  it('a line break, or a blank line, is one space: on the title slide too', () => {
    const { meta, slides } = run('---\ntitle: "A\\n\\nB"\nauthor: "C\\nD"\n---\n\n## A\n\nx\n');
    expect(meta).toMatchObject({ title: 'A B', author: 'C D' });
    expect(slides[0].title).toEqual([{ text: 'A B' }]);
  });

  it('Marp\'s `\\ ` is dropped only at the start (after spaces), with every space after it', () => {
    const { meta, slides } = run(`---\ntitle: "A \\\\ B"\nfooter: " \\\\ F"\nsubtitle: "\\\\ \\u3000S"\n---\n\n## A\n\nx\n`);
    expect(meta).toMatchObject({ title: 'A \\ B', footer: 'F', subtitle: 'S' });
    expect(slides[0].title).toEqual([{ text: 'A \\ B' }]);
    const t = run(`---\ntitle: "\\\\ \\u3000T"\n---\n\n## A\n\nx\n`);
    expect(t.slides[0].title).toEqual([{ text: 'T' }]);
  });

  it('spaces at the ends are dropped, also no-break and ideographic ones and a line break (kept inside)', () => {
    const { meta } = run(`---\ntitle: "&nbsp;T&#10;"\nauthor: "\u3000Jane&nbsp;"\ndate: "1${NB}May "\n---\n\n## A\n\nx\n`);
    expect(meta).toMatchObject({ title: 'T', author: 'Jane', date: `1${NB}May` });
  });

  it('runs of whitespace inside collapse to one space (a tab and a space from entities too); other letters stay', () => {
    const { meta } = run('---\ntitle: "VIP"\nauthor: "A&#9;&#32;B"\ndate: "Vol.&#10;&#10;V"\n---\n\n## A\n\nx\n');
    expect(meta).toMatchObject({ title: 'VIP', author: 'A B', date: 'Vol. V' });
  });
});
