// The slide walk (src/parse/slides.ts) at its edges: where slides and sections begin (pandoc's slide-level rule and
// its reveal.js variant), where notes go (before the first slide, after a `---`, at the end), Marp directives (spot
// and scoped, header as title, class as layout, footer/paginate values, backgrounds, styling left out), Slidev
// per-slide front matter and slots, Awesome-Marp column divs and their widths. Written for a mutation run (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { detectSlideLevel, isDirectiveComment, isMarpDirective } from '../../src/parse/slides.js';
import { markdown } from '../../src/parse/markdown.js';
import type { Block, Slide } from '../../src/model.js';

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 'talk.md' });
  return { deck, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const text = (runs: { text: string }[] | undefined) => (runs ?? []).map((r) => r.text).join('');
const brief = (s: Slide) => `${s.layout}:${text(s.title)}@${s.src.line}`;
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [text(b.runs)] : b.kind === 'image' ? [`[${b.path}]`] : b.kind === 'columns' ? [`cols(${b.columns.map((c) => texts(c.blocks).join('+')).join(' | ')})`] : [b.kind]));

describe('where slides begin', () => {
  it('pandoc: # sections over ## slides; content right under a section heading is a slide with its title', () => {
    const { slides } = run('# A\n\n## a1\n\nx\n\n## a2\n\ny\n\n# B\n\nz\n\n## b1\n\nw\n');
    expect(slides.map(brief)).toEqual(['agenda:@1', 'section:A@1', 'content:a1@3', 'content:a2@7', 'section:B@11', 'content:B@13', 'content:b1@15']);
    expect(slides.map((s) => s.section)).toEqual([undefined, 1, 1, 1, 2, 2, 2]);
  });
  it('a --- ends the section title: content after it is an untitled slide', () => {
    const { slides } = run('# A\n\n## a1\n\nx\n\n# B\n\n---\n\nz\n');
    expect(slides.map(brief)).toEqual(['agenda:@1', 'section:A@1', 'content:a1@3', 'section:B@7', 'content:@11']);
  });
  it('slide level: the highest level followed by content; headings, rules and notes right after do not count', () => {
    const level = (src: string) => detectSlideLevel(markdown().parse(src, {}));
    expect(level('# A\n\n## B\n\ntext\n')).toBe(2);
    expect(level('# A\n\ntext\n')).toBe(1);
    expect(level('# A\n\n---\n\n## B\n\n### C\n\ntext\n')).toBe(3);
    expect(level('# A\n\n<!-- note -->\n\n## B\n\ntext\n')).toBe(2);
    expect(level('# A\n\n::: notes\nn\n:::\n\n## B\n\ntext\n')).toBe(2);
    expect(level('# A\n\n<div>x</div>\n\n## B\n\ntext\n')).toBe(1);
    expect(level('# A\n\n## B\n')).toBe(2);
    expect(level('### A\n')).toBe(2);
    expect(level('> # quoted\n>\n> text\n\n### C\n\nx\n')).toBe(3);
    expect(level('###### A\n\ntext\n')).toBe(6);
  });
  it('reveal.js: when ## slides with content outnumber # ones, ## is the slide level', () => {
    const level = (src: string) => detectSlideLevel(markdown().parse(src, {}));
    expect(level('# A\n\nx\n\n## a1\n\ny\n\n## a2\n\nz\n')).toBe(2);
    expect(level('# A\n\nx\n\n## a1\n\ny\n')).toBe(1);
    expect(level('# A\n\nx\n\n# B\n\nq\n\n## a1\n\ny\n\n## a2\n\nz\n')).toBe(1);
    expect(level('## a\n\nx\n\n### b\n\ny\n\n### c\n\nz\n')).toBe(2);
  });
  it('a heading below the slide level is a bold line inside the slide', () => {
    const { slides } = run('# A\n\nx\n\n## a1\n\ny\n');
    expect(slides.map(brief)).toEqual(['content:A@1']);
    expect(slides[0].blocks[1]).toEqual({ kind: 'paragraph', runs: [{ text: 'a1', bold: true }], src: { line: 5 } });
  });
  it('a lone quote makes a quote slide; a quote with more does not', () => {
    expect(run('## A\n\n> words\n').slides[0].layout).toBe('quote');
    expect(run('## A\n\n> words\n\nmore\n').slides[0].layout).toBe('content');
    expect(run('## A\n\n> words\n\n> again\n').slides[0].layout).toBe('content');
  });
  it('an image in a heading is left out with a note at its line', () => {
    const { slides, warnings } = run('## Logo ![x](a.png) Title\n\ntext\n');
    expect(slides[0].title).toEqual([{ text: 'Logo  Title' }]);
    expect(warnings).toEqual(['1: image in a heading left out (a title holds text only)']);
  });
});

describe('where notes go', () => {
  it('list items get a bullet, code blocks their text, paragraphs one string each', () => {
    const { slides } = run('## A\n\n::: notes\n- one\n- two\n\npara\n\n```\ncode\n```\n:::\n\nbody\n');
    expect(slides[0].notes).toEqual(['• one', '• two', 'para', 'code']);
    expect(texts(slides[0].blocks)).toEqual(['body']);
  });
  it('an HTML comment: its paragraphs, lines joined; several comments in one block; an empty one is nothing', () => {
    const { slides } = run('## A\n\ntext\n\n<!--\nnote a\n  line2\n\n\nnote b\n--> <!-- c -->\n\n<!--   -->\n');
    expect(slides[0].notes).toEqual(['note a line2', 'note b', 'c']);
  });
  it('an unclosed comment at the end is still a note', () => {
    expect(run('## A\n\ntext\n\n<!-- open\n').slides[0].notes).toEqual(['open']);
  });
  it('a note after a --- belongs to the slide after it, as in Marp; after the last --- to the last slide', () => {
    const { slides } = run('## A\n\nx\n\n---\n\n::: notes\nnote for next\n:::\n\n# Sec\n\n## B\n\ny\n\n---\n\n<!-- note for C -->\n\n## C\n\nz\n\n---\n\n<!-- trailing -->\n');
    expect(slides.map((s) => [text(s.title), s.notes])).toEqual([
      ['A', []],
      ['Sec', ['note for next']],
      ['B', []],
      ['C', ['note for C', 'trailing']],
    ]);
  });
  it('in a Marp deck a note before the heading goes with the heading\'s slide', () => {
    const { slides } = run('---\nmarp: true\n---\n\n# A\n\nx\n\n---\n\n<!-- say this on B -->\n\n# B\n\ny\n');
    expect(slides.map((s) => [text(s.title), s.notes])).toEqual([
      ['A', []],
      ['B', ['say this on B']],
    ]);
  });
  it('a comment of directives is settings; one with another key is a note', () => {
    expect(isDirectiveComment(' _class: lead \n paginate: true ')).toBe(true);
    expect(isDirectiveComment('just words')).toBe(false);
    expect(isDirectiveComment('key: v\nand words')).toBe(false);
    expect(isMarpDirective('_class: lead\n$theme: x')).toBe(true);
    expect(isMarpDirective('speaker: remember this')).toBe(false);
    expect(isMarpDirective('class: a\nspeaker: b')).toBe(false);
    expect(isMarpDirective('words only')).toBe(false);
    const { slides } = run('## A\n\ntext\n\n<!-- speaker: remember this -->\n');
    expect(slides[0].notes).toEqual(['speaker: remember this']);
  });
});

describe('Marp directives', () => {
  const deck = '<!-- _class: lead -->\n<!-- header: Hdr **b** -->\n\n---\n\ntext one\n\n---\n\n<!-- _header: "" -->\ntext two\n\n---\n\n<!-- class: invert -->\n<!-- _footer: "*f* ![](x.png)" -->\n<!-- paginate: hold -->\n<!-- _paginate: skip -->\n<!-- backgroundColor: red -->\n<!-- _backgroundImage: url(b.png) -->\n\n# Three\n\nx\n\n---\n\n# Four\n\ny\n';
  it('a header titles slides without a heading (Markdown read); an empty spot header titles none', () => {
    const { slides } = run(deck);
    expect(slides.map((s) => text(s.title))).toEqual(['Hdr b', '', 'Three', 'Four']);
    expect(slides[0].title).toEqual([{ text: 'Hdr ' }, { text: 'b', bold: true }]);
  });
  it('spot directives change one slide, scoped ones this slide and the ones after', () => {
    const { slides } = run(deck);
    expect(slides.map((s) => s.layoutRequest?.name)).toEqual([undefined, undefined, 'section', 'closing']);
    expect(slides[0].layout).toBe('title');
    expect(slides.map((s) => s.footer)).toEqual([undefined, undefined, 'f', undefined]);
    expect(slides.map((s) => s.slideNumber)).toEqual([undefined, undefined, false, true]);
    expect(slides.map((s) => s.background?.src)).toEqual([undefined, undefined, 'b.png', undefined]);
  });
  it('styling directives are left out with one note naming them', () => {
    expect(run(deck).warnings).toEqual(['19: Marp styling directives (backgroundColor) ignored: huibao styles come from the theme']);
  });
  it('paginate: true and hold show the number, false and skip hide it; footer "" is no footer', () => {
    const nums = run('<!-- paginate: true -->\n\n# A\n\nx\n\n---\n\n<!-- paginate: skip -->\n\n# B\n\ny\n\n---\n\n<!-- paginate: HOLD -->\n<!-- footer: "" -->\n\n# C\n\nz\n\n---\n\n<!-- paginate: false -->\n\n# D\n').slides;
    expect(nums.map((s) => s.slideNumber)).toEqual([true, false, true, false]);
    expect(nums.map((s) => s.footer)).toEqual([undefined, undefined, null, null]);
  });
  it('backgroundImage: url(…) scoped is this slide\'s and the later ones\'; a gradient is styling', () => {
    const { slides, warnings } = run('<!-- backgroundImage: url("a.png") -->\n\n# A\n\nx\n\n---\n\n# B\n\n---\n\n<!-- backgroundImage: linear-gradient(red, blue) -->\n\n# C\n');
    expect(slides.map((s) => s.background)).toEqual([
      { src: 'a.png', fit: 'cover', line: 1 },
      { src: 'a.png', fit: 'cover', line: 1 },
      { src: 'a.png', fit: 'cover', line: 1 },
    ]);
    expect(warnings).toEqual(['13: Marp styling directives (backgroundImage) ignored: huibao styles come from the theme']);
  });
  it('a scoped header and class carry to later slides; a spot class does not', () => {
    const { slides } = run('<!-- header: H -->\n<!-- _class: cols-2 -->\n\nx\n\n---\n\ny\n\n---\n\n<!-- class: toc_a -->\n\nz\n\n---\n\nw\n');
    expect(slides.map((s) => text(s.title))).toEqual(['H', 'H', 'H', 'H']);
    expect(slides.map((s) => s.layoutRequest?.name)).toEqual(['columns', undefined, 'agenda', 'agenda']);
  });
  it('`layout:` and `fit` in a Marp comment are not styling notes', () => {
    const { warnings } = run('<!-- _class: x -->\n\n# A\n\ntext\n\n<!-- fit: true -->\n');
    expect(warnings.filter((w) => w.includes('styling'))).toEqual([]);
  });
  it('classes with no counterpart are listed once, at the class line', () => {
    const { warnings } = run('<!-- class: fglass small -->\n\n# A\n\nx\n\n---\n\n# B\n');
    expect(warnings).toEqual(['1: Marp classes (fglass, small) with no huibao counterpart ignored (they style the Marp theme)']);
  });
  it('![bg left] puts the picture beside the text; a second ![bg] is left out with a note', () => {
    const { slides, warnings } = run('---\nmarp: true\n---\n\n![bg](one.png)\n![bg](two.png)\n\n# A\n\ntext\n\n---\n\n# B\n\n![bg right](side.png)\n\nwords\n');
    expect(slides[0].background).toEqual({ src: 'one.png', fit: 'cover', line: 5 });
    expect(slides[1].layoutRequest).toEqual({ name: 'image-text', line: 16, origin: 'Marp ![bg right]' });
    expect(texts(slides[1].blocks)).toEqual(['[side.png]', 'words']);
    expect(warnings).toEqual(['5: second Marp ![bg] on a slide left out: Marp lays several side by side; huibao uses the first as the background']);
  });
  it('Awesome-Marp column divs: left, middle and right columns, widths from cols-2-64', () => {
    const three = run('---\nmarp: true\n---\n\n# A\n\n<div class="limg">\n\n![](a.png)\n\n</div>\n\n<div class=mdiv>\n\nmid\n\n</div>\n\n<div class=rdiv>\n\nright\n\n</div>\n').slides[0];
    expect(texts(three.blocks)).toEqual(['cols([a.png] | mid | right)']);
    const two = run('---\nmarp: true\n---\n\n<!-- _class: cols-2-64 -->\n\n# A\n\nlead\n\n<div class=ldiv>\n\nleft\n\n</div>\n\n<div class=rdiv>\n\nright\n\n</div>\n').slides[0];
    expect(texts(two.blocks)).toEqual(['lead', 'cols(left | right)']);
    const cols = two.blocks[1] as Extract<Block, { kind: 'columns' }>;
    expect(cols.columns.map((c) => c.width)).toEqual([60, 40]);
    expect(cols.src.line).toBe(11);
    const other = run('---\nmarp: true\n---\n\n<!-- _class: cols-3-64 -->\n\n# A\n\n<div class=ldiv>\n\nleft\n\n</div>\n\n<div class=rdiv>\n\nright\n\n</div>\n').slides[0];
    expect((other.blocks[0] as Extract<Block, { kind: 'columns' }>).columns.map((c) => c.width)).toEqual([undefined, undefined]);
  });
});

describe('Slidev', () => {
  const deck = '---\ntheme: default\n---\n\n# Cover\n\n---\nlayout: two-cols\nimage: pic.png\nclicks: 3\ntitle: x\nlevel: 2\n---\n\n# Two\n\nleft text\n\n::right::\n\nright text\n\n::bottom::\n\nfoot\n\n---\nlayout: image-right\n---\n\n# Img\n\nt\n\n---\nlayout: full\n---\n\n# Full\n\nu\n';
  it('per-slide front matter: layout mapped, image an image block, known keys quiet, others noted', () => {
    const { slides, warnings } = run(deck);
    expect(slides.map(brief)).toEqual(['title:Cover@5', 'content:Two@15', 'content:Img@31', 'content:Full@39']);
    expect(slides.map((s) => s.layoutRequest)).toEqual([
      undefined,
      { name: 'columns', line: 8, origin: 'Slidev layout: two-cols' },
      { name: 'image-text', line: 28, origin: 'Slidev layout: image-right' },
      undefined,
    ]);
    expect(warnings).toEqual(['8: Slidev slide settings (clicks) ignored: huibao styles come from the theme']);
  });
  it('::right:: splits the slide into two columns; ::bottom:: goes below them; the image comes last', () => {
    const { slides } = run(deck);
    expect(texts(slides[1].blocks)).toEqual(['cols(left text | right text)', 'foot', '[pic.png]']);
    expect((slides[1].blocks[0] as Extract<Block, { kind: 'columns' }>).src.line).toBe(15); // the slide's line: the left column has no marker
  });
  it('two-cols-header: the header above, ::left:: and ::right:: the columns; ::default:: is not a column', () => {
    const { slides } = run('---\nlayout: two-cols-header\n---\n\n# T\n\nabove\n\n::left::\n\nL\n\n::default::\n\nD\n\n::right::\n\nR\n');
    expect(texts(slides[0].blocks)).toEqual(['above', 'cols(L+D | R)']);
    expect((slides[0].blocks[1] as Extract<Block, { kind: 'columns' }>).src.line).toBe(9);
  });
  it('an empty image: value adds no image', () => {
    const { slides } = run('# A\n\nx\n\n---\nimage:\nlayout: default\n---\n\n# B\n\ny\n');
    expect(slides.map((s) => texts(s.blocks))).toEqual([['x'], ['y']]);
  });
});
