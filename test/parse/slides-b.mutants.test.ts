// The slide walk (src/parse/slides.ts) and notes (src/parse/blocks.ts notesFrom) at the edges the lead's Stryker
// run "parse-b" (stop 24) found untested: where notes go after a section heading or a rule before any slide, which
// comments are notes (indented, inside HTML), notes' lists and code, Marp values with spaces inside quotes, Slidev
// keys that are quiet, slots and Awesome-Marp divs written a little differently, a setext heading that looks like a
// directive, and the slide-level rule with a comment or code under a `#`. Each test kills mutants applied by hand.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import type { Block, Slide } from '../../src/model.js';

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 'talk.md' });
  return { deck, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const text = (runs: { text: string }[] | undefined) => (runs ?? []).map((r) => r.text).join('');
const brief = (s: Slide) => `${s.layout}:${text(s.title)}`;
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [text(b.runs)] : b.kind === 'image' ? [`[${b.path}]`] : b.kind === 'columns' ? [`cols(${b.columns.map((c) => texts(c.blocks).join('+')).join(' | ')})`] : [b.kind]));
const MARP = '---\nmarp: true\n---\n\n';

describe('where notes go', () => {
  it('a note after a section heading is that section slide\'s, not the first slide\'s', () => {
    const { slides } = run('# S1\n\n## A\n\nx\n\n# S2\n\n<!-- n -->\n\n## B\n\ny\n');
    expect(slides.filter((s) => s.layout !== 'agenda').map((s) => `${brief(s)}=${s.notes.join('|')}`)).toEqual(['section:S1=', 'content:A=', 'section:S2=n', 'content:B=']);
  });
  it('a section\'s settings: a directive before its heading (a background) is the section slide\'s', () => {
    const { slides } = run('<!-- _backgroundImage: url(bg.png) -->\n\n# Sec\n\n## A\n\nx\n');
    expect(slides.map((s) => s.background?.src)).toEqual(['bg.png', undefined]);
  });
  it('notes right after a code block: the code is not in them', () => {
    const { slides } = run('## A\n\n```\ncode\n```\n::: notes\nn\n:::\n');
    expect(slides[0].notes).toEqual(['n']);
    expect(texts(slides[0].blocks)).toEqual(['code']);
  });
  it('a section slide without notes has none', () => {
    expect(run('# S\n\n## A\n\nx\n').slides[0].notes).toEqual([]);
  });
  it('a rule before any slide: a note after it still goes to the title slide (notes before the first slide)', () => {
    const { slides } = run('---\ntitle: T\n---\n\n***\n\n<!-- n -->\n\n## A\n\nx\n');
    expect(slides.map((s) => `${brief(s)}=${s.notes.join('|')}`)).toEqual(['title:T=n', 'content:A=']);
  });
  it('an indented comment is a note; a comment inside HTML is not (the HTML is read as HTML)', () => {
    const { slides } = run('## A\n\n  <!-- n -->\n\n<p>hi <!-- x --></p>\n');
    expect(slides[0].notes).toEqual(['n']);
    expect(texts(slides[0].blocks)).toEqual(['hi']);
  });
  it('a comment\'s paragraphs: blank lines with spaces split them; blank ones at the ends make none', () => {
    expect(run('## A\n\nx\n\n<!--\n\na\n   \nb\n\n-->\n').slides[0].notes).toEqual(['a', 'b']);
  });
  it('notes: ordered lists get bullets, a paragraph after a list none; indented code kept; items with no text and trailing spaces out', () => {
    const { slides } = run('## A\n\n::: notes\n1. one\n2. two\n\nafter\n\n    code here\n\n- ![](x.png)\n- b\n\nend <br>\n:::\n');
    expect(slides[0].notes).toEqual(['• one', '• two', 'after', 'code here', '• b', 'end']);
  });
});

describe('the slide-level rule (pandoc): what counts as content under a heading', () => {
  it('an indented comment under `#` is not content: `#` is a section', () => {
    expect(run('# T\n\n  <!-- c -->\n\n## B\n\nx\n').slides.map(brief)).toEqual(['section:T', 'content:B']);
  });
  it('code or HTML holding a comment under `#` is content: `#` is the slide level', () => {
    expect(run('# T\n\n```html\n<!-- c -->\n```\n\n## B\n\nx\n').slides.map(brief)).toEqual(['content:T']);
    expect(run('# T\n\n<div><!-- c --></div>\n\nz\n\n## B\n\nx\n').slides.map(brief)).toEqual(['content:T']);
  });
  it('a setext heading whose text looks like `key: value` is a heading, not Slidev front matter', () => {
    expect(run('Agenda: today\n=============\n\nx\n').slides.map(brief)).toEqual(['content:Agenda: today']);
  });
  it('a block that makes nothing after a rule opens no slide', () => {
    expect(run('## A\n\nx\n\n---\n\n. . .\n').slides.map(brief)).toEqual(['content:A']);
  });
});

describe('Marp values', () => {
  it('quoted values with spaces inside: paginate, class (its origin), backgroundImage', () => {
    const { slides } = run(`${MARP}<!-- _paginate: " true " -->\n<!-- _class: " lead " -->\n<!-- _backgroundImage: " url(bg.png) " -->\n\n# A\n\nx\n`);
    expect(slides[0].slideNumber).toBe(true);
    expect(slides[0].background).toEqual({ src: 'bg.png', fit: 'cover', line: 7 });
    const lead = run(`${MARP}# A\n\nx\n\n---\n\n<!-- _class: " lead " -->\n\n# B\n\ny\n\n---\n\n# C\n\nz\n`).slides[1];
    expect(lead.layoutRequest).toEqual({ name: 'statement', line: 11, origin: 'Marp class: lead' });
  });
  it('paginate is true only for exactly true or hold; backgroundImage only a whole url(…)', () => {
    const { slides } = run(`${MARP}<!-- _paginate: xtrue -->\n\n# A\n\nx\n\n---\n\n<!-- _paginate: holdx -->\n\n# B\n\ny\n\n---\n\n<!-- _backgroundImage: url(a.png) no-repeat -->\n\n# C\n\nz\n\n---\n\n<!-- _backgroundImage: x url(b.png) -->\n\n# D\n\nw\n`);
    expect(slides.map((s) => s.slideNumber)).toEqual([false, false, undefined, undefined]);
    expect(slides.map((s) => s.background)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('<!-- layout: … --> is no footer', () => {
    const { slides } = run(`${MARP}# A\n\nx\n\n---\n\n# B\n\n- y\n- z\n\n<!-- layout: cards -->\n`);
    expect(slides[1].footer).toBeUndefined();
    expect(slides[1].slideNumber).toBeUndefined();
    expect(slides[1].layoutRequest?.name).toBe('cards');
  });
  it('a footer: its text with runs of spaces and line breaks as one space; `\\ ` at the start is Marp\'s leading space', () => {
    const { slides } = run(`${MARP}<!-- _footer: "a   b<br>c" -->\n\n# A\n\nx\n\n---\n\n<!-- _footer: "x\\\\ y" -->\n\n# B\n\ny\n`);
    expect(slides.map((s) => s.footer)).toEqual(['a b c', 'x\\ y']);
    const ends = run(`${MARP}<!-- _footer: "a <img src=x.png>" -->\n\n# A\n\nx\n`).slides[0];
    expect(ends.footer).toBe('a');
  });
  it('a header as the title: `\\ ` and spaces after it are not text; a header of only a picture is no title', () => {
    const { slides } = run(`${MARP}<!-- _header: "\\  Head" -->\n\nx\n\n---\n\n<!-- _header: "![](logo.png)" -->\n\ny\n`);
    expect(slides.map((s) => s.title)).toEqual([[{ text: 'Head' }], undefined]);
  });
  it('a header fills an empty title too', () => {
    const { slides } = run(`${MARP}# A\n\nx\n\n---\n\n<!-- _header: Head -->\n\n# {.cards}\n\ny\n`);
    expect(slides[1].title).toEqual([{ text: 'Head' }]);
  });
  it('`class_` is not a Marp key: the comment is a note', () => {
    expect(run(`${MARP}# A\n\nx\n\n<!-- class_: lead -->\n`).slides[0].notes).toEqual(['class_: lead']);
  });
  it('![bg left] is an image beside the text, with no alt text', () => {
    const { slides } = run(`${MARP}# A\n\n![bg left](a.png)\n\nx\n`);
    expect(slides[0].blocks).toContainEqual({ kind: 'image', path: 'a.png', alt: '', src: { line: 7 } });
  });
  it('Awesome-Marp divs written with other spacing; cols-3-46 over three columns gives no widths', () => {
    const deck = `${MARP}# A\n\n  <div class = "ldiv">\n\nleft\n\n</div>\n\n<div  class=mdiv>\n\nmid\n\n</div>\n\n<div class= rdiv>\n\nright\n\n</div>\n\n---\n\n<!-- _class: cols-3-46 -->\n\n# B\n\n<div class=ldiv>\n\nl\n\n</div>\n\n<div class=mdiv>\n\nm\n\n</div>\n\n<div class=rdiv>\n\nr\n\n</div>\n\n---\n\n# C\n\n<section><div class="ldiv">no</div></section>\n`;
    const { slides } = run(deck);
    expect(texts(slides[0].blocks)).toEqual(['cols(left | mid | right)']);
    const b = slides[1].blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(b.columns.map((c) => c.width)).toEqual([undefined, undefined, undefined]);
    expect(texts(slides[2].blocks)).toEqual(['no']);
  });
  it('a code block holding an Awesome-Marp div is code, not a column marker', () => {
    expect(texts(run(MARP + '# A\n\nx\n\n---\n\n# B\n\n```html\n<div class=rdiv>\n```\n\ny\n').slides[1].blocks)).toEqual(['code', 'y']);
  });
  it('a directive comment opened twice (`<!-- <!-- _paginate: true -->`) is still a directive', () => {
    const { slides } = run(`${MARP}# A\n\nx\n\n---\n\n<!-- <!-- _paginate: true -->\n\n# B\n\ny\n`);
    expect(slides[1].slideNumber).toBe(true);
    expect(slides[1].notes).toEqual([]);
  });
  it('a header of spaces is no title', () => {
    expect(run(`${MARP}<!-- _header: "   " -->\n\nx\n`).slides[0].title).toBeUndefined();
  });
  it('a heading with a background attribute sets the slide background', () => {
    expect(run('## A {data-background-image="x.png"}\n\nx\n').slides[0].background).toEqual({ src: 'x.png', fit: 'cover', line: 1 });
  });
});

describe('Slidev', () => {
  it('hideInToc and name are quiet', () => {
    const { warnings } = run('---\ntheme: default\n---\n\n# Cover\n\n---\nhideInToc: true\nname: intro\n---\n\n# A\n\nx\n');
    expect(warnings).toEqual([]);
  });
  it('a slot marker is a paragraph of only `::name::`; a sub-heading or a sentence with one is text', () => {
    const { slides } = run('---\nlayout: two-cols\n---\n\n# T\n\nsee ::right::\n\n::right:: more\n\n### ::right::\n\nz\n');
    expect(texts(slides[0].blocks)).toEqual(['see ::right::', '::right:: more', '::right::', 'z']);
  });
  it('a named slot before ::left:: is not a column: what precedes the first column slot stays above the columns', () => {
    const { slides } = run('---\nlayout: two-cols-header\n---\n\n# T\n\n::top::\n\nabove\n\n::left::\n\nL\n\n::right::\n\nR\n');
    expect(texts(slides[0].blocks)).toEqual(['above', 'cols(L | R)']);
  });
  it('an image: value is an image block with no alt text', () => {
    const { slides } = run('---\ntheme: default\n---\n\n# Cover\n\n---\nimage: p.png\n---\n\n# A\n\nx\n');
    expect(slides[1].blocks).toContainEqual({ kind: 'image', path: 'p.png', alt: '', src: { line: 8 } });
  });
});

describe('Slidev per-slide front matter is only a dash-underlined heading right after a slide\'s ---', () => {
  it('a `#` heading after --- that reads like a setting is a heading', () => {
    expect(run('## A\n\nx\n\n---\n\n# layout: center\n\ny\n').slides.map(brief)).toContain('content:layout: center');
  });
  it('a document that opens with a dash-underlined heading is read (nothing before it to look at)', () => {
    expect(run('layout: center\n---\n\nx\n').slides.map(brief)).toEqual(['content:layout: center']);
  });
});
