// The whole parse (src/parse/index.ts) at its edges: input cleaning and its warnings, the empty file, front matter
// that is not front matter, where notes before the first slide go, Slidev `info:`, the agenda, the fallback title,
// metadata with Markdown or HTML, and names that are Object's own properties (`constructor`) — which crashed the
// parse or built a chart with no type before. Written for a mutation run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { HuibaoError } from '../../src/errors.js';

const run = (src: string, file: string | null = 'talk.md') => {
  const { deck, warnings } = parse(src, file === null ? {} : { file });
  return { deck, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const titles = (src: string) => run(src).slides.map((s) => `${s.layout}:${(s.title ?? []).map((r) => r.text).join('')}`);

describe('input cleaning', () => {
  it('a BOM and CRLF line endings are not text; lines keep their numbers', () => {
    const { slides, warnings } = run('\uFEFF## A\r\n\r\nhello\r\nworld\r\n');
    expect(warnings).toEqual([]);
    expect(slides[0].title).toEqual([{ text: 'A' }]);
    expect(slides[0].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'hello world' }], src: { line: 3 } }]);
  });
  it('only a BOM at the start goes: one inside a line is text (a zero-width no-break space)', () => {
    expect(run('## A\n\na\uFEFFb\n').slides[0].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'a\uFEFFb' }], src: { line: 3 } }]);
  });
  it('control characters are removed with one warning per line that had them, at that line', () => {
    const { slides, warnings } = run('## A\n\na\u0001b\n\nc\u0002\u0003\n');
    expect(warnings).toEqual(['3: removed control characters that PowerPoint cannot read', '5: removed control characters that PowerPoint cannot read']);
    expect(slides[0].blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))).toEqual(['ab', 'c']);
  });
  it('an empty or blank file is an error at line 1, with the file named', () => {
    for (const src of ['', '   \n\n', '\uFEFF\n']) {
      let err: unknown;
      try {
        parse(src, { file: 'talk.md' });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(HuibaoError);
      expect(err).toMatchObject({ message: 'the file is empty: nothing to build', line: 1, file: 'talk.md' });
    }
  });
});

describe('front matter and the title slide', () => {
  it('a --- block that is not key: value lines is Markdown, with a warning at line 1', () => {
    const { slides, warnings, deck } = run('---\n- a\n- b\n---\n\ntext\n');
    expect(warnings).toEqual(['1: the block between the --- lines at the top is not front matter (key: value lines); read as Markdown']);
    expect(deck.meta.title).toBe('talk');
    expect(slides.map((s) => s.blocks.map((b) => b.kind))).toEqual([['list'], ['paragraph']]);
  });
  it('notes before the first slide: on the front-matter title slide, else on the first slide', () => {
    const withTitle = run('---\ntitle: T\n---\n\n<!-- note first -->\n\n## A\n\ntext\n').slides;
    expect(withTitle.map((s) => [s.layout, s.notes])).toEqual([
      ['title', ['note first']],
      ['content', []],
    ]);
    expect(withTitle[0].src.line).toBe(1);
    const without = run('<!-- note first -->\n\n## A\n\ntext\n\n<!-- after -->\n').slides;
    expect(without.map((s) => [s.layout, s.notes])).toEqual([['content', ['note first', 'after']]]);
  });
  it('Slidev `info:` is the first slide\'s notes, one string per paragraph with its lines joined', () => {
    const { slides } = run('---\ntitle: T\ninfo: |\n  para one\n  continues\n\n\n  para two\n---\n\n## A\n\nx\n');
    expect(slides[0].notes).toEqual(['para one continues', 'para two']);
    expect(slides[1].notes).toEqual([]);
    expect(run('---\ntitle: T\ninfo: "  "\n---\n\n## A\n\nx\n').slides[0].notes).toEqual([]);
    expect(run('---\ntitle: T\ninfo: 3\n---\n\n## A\n\nx\n').slides[0].notes).toEqual([]);
  });
  it('two sections make an agenda after the title; one does not; front matter decides when it says', () => {
    expect(titles('# S1\n\n## a\n\nx\n\n# S2\n\n## b\n\ny\n')).toEqual(['agenda:', 'section:S1', 'content:a', 'section:S2', 'content:b']);
    expect(titles('# S1\n\n## a\n\nx\n')).toEqual(['section:S1', 'content:a']);
    expect(titles('---\nagenda: false\n---\n\n# S1\n\n## a\n\nx\n\n# S2\n\n## b\n\ny\n')).toEqual(['section:S1', 'content:a', 'section:S2', 'content:b']);
    expect(titles('---\ntitle: T\nagenda: true\nclosing: 谢谢\n---\n\n## a\n\nx\n')).toEqual(['title:T', 'agenda:', 'content:a', 'closing:谢谢']);
  });
  it('the title: front matter, else the first heading, else the file name without folder and extension, else Untitled', () => {
    expect(run('## First\n\n# Second\n').deck.meta.title).toBe('First');
    expect(run('text only\n', 'dir/sub/my.talk.md').deck.meta.title).toBe('my.talk');
    expect(run('text only\n', 'C:\\d\\my.md').deck.meta.title).toBe('my');
    expect(run('text only\n', null).deck.meta.title).toBe('Untitled');
  });
  it('only link definitions: one title slide with the deck title and a warning', () => {
    const { slides, warnings } = run('[x]: http://a\n');
    expect(warnings).toEqual(['1: nothing to put on slides (no headings or text): the deck has only a title slide']);
    expect(slides).toEqual([{ layout: 'title', title: [{ text: 'talk' }], blocks: [], notes: [], src: { line: 1 } }]);
  });
  it('metadata with Markdown or HTML: its text, tags left out with one note at each key\'s line; Marp\'s `\\ ` footer', () => {
    const { deck, slides, warnings } = run('---\ntitle: "**Bold** <b>t</b>"\nauthor: "<img src=a.png> Me"\nfooter: "\\\\ foot  note"\nsubtitle: "<script>x()</script>Sub<br>line"\n---\n\n## A\n\nx\n');
    expect(deck.meta).toMatchObject({ title: 'Bold t', author: 'Me', footer: 'foot note', subtitle: 'Sub line' });
    expect(slides[0].title).toEqual([{ text: 'Bold', bold: true }, { text: ' t' }]);
    expect(slides[0].subtitle).toEqual([{ text: 'Sub line' }]);
    expect(warnings).toEqual(['2: HTML in the front matter left out (its text is kept) (3 places: lines 2, 3, 5)']);
  });
  it('language: front matter, else Chinese when at least 30 % of the body is CJK (front matter not counted)', () => {
    expect(run('## 标题\n\n这是中文的内容\n').deck.meta.lang).toBe('zh-CN');
    expect(run('## Title\n\nEnglish text here\n').deck.meta.lang).toBe('en');
    expect(run('---\nlang: en\n---\n\n## 标题\n\n中文\n').deck.meta.lang).toBe('en');
    expect(run('---\nsubtitle: 这是一个很长很长的中文副标题文字\n---\n\n## Title\n\nEnglish text here\n').deck.meta.lang).toBe('en');
  });
  it('meta copies the keys the front matter sets, and only those', () => {
    const { deck } = run('---\ntheme: minimal\ntemplate: t.potx\npace: "200"\nduration: 20\nlayouts:\n  content: Two\n---\n\n## A\n\nx\n');
    expect(deck.meta).toEqual({ title: 'A', lang: 'en', aspect: '16:9', slideNumbers: true, agenda: false, theme: 'minimal', template: 't.potx', pace: '200', duration: '20', templateLayouts: { content: 'Two' } });
  });
});

describe('dialects decided from the front matter', () => {
  it('marp: true — no page numbers, lead first slide is the title, lead last slide the closing', () => {
    const { deck, slides } = run('---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# Hello\n\n---\n\n# Body\n\ntext\n\n---\n\n<!-- _class: lead -->\n\n# Bye\n');
    expect(deck.meta.slideNumbers).toBe(false);
    expect(slides.map((s) => s.layoutRequest?.name ?? s.layout)).toEqual(['title', 'content', 'closing']);
    // one lead slide is the title, not also the closing; an invert first slide is the title too; a lead middle slide stays
    expect(run('---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# Only\n\n- a\n- b\n- c\n').slides.map((s) => s.layoutRequest?.name)).toEqual(['title']);
    expect(run('---\nmarp: true\n---\n\n<!-- _class: invert -->\n\n# A\n\n- a\n- b\n- c\n\n---\n\n<!-- _class: lead -->\n\n# B\n\n---\n\n# C\n\n- x\n- y\n- z\n').slides.map((s) => s.layoutRequest?.name)).toEqual(['title', 'statement', undefined]);
    expect(run('---\nmarp: true\n---\n\n<!-- _class: cols-2 -->\n\n# A\n\n- a\n- b\n- c\n\n---\n\n<!-- _class: cols-2 -->\n\n# B\n\n- x\n- y\n- z\n').slides.map((s) => s.layoutRequest?.name)).toEqual(['columns', 'columns']);
  });
  it('a Marp deck is known by a directive comment too, unless Slidev\'s `layout:` says otherwise', () => {
    const paginated = run('<!-- paginate: true -->\n\n# A\n\nx\n');
    expect([paginated.deck.meta.slideNumbers, paginated.slides[0].slideNumber]).toEqual([false, true]);
    // Marp divides at `---` only: the second # is a bold line on the first slide (without the comment: two slides)
    expect(run('<!-- _class: x -->\n\n# A\n\nx\n\n# B\n\ny\n').slides.map((s) => s.title?.[0].text)).toEqual(['A']);
    expect(run('<!-- a note -->\n\n# A\n\nx\n\n# B\n\ny\n').slides.map((s) => s.title?.[0].text)).toEqual(['A', 'B']);
    expect(run('<!-- _class: x -->\n\n# A\n\nx\n').deck.meta.slideNumbers).toBe(false);
    expect(run('---\nlayout: center\n---\n\n<!-- _class: x -->\n\n# A\n\nx\n').deck.meta.slideNumbers).toBe(true);
  });
  it('headingDivider: a number divides at that level and above; a list at the levels named; nonsense is ignored', () => {
    const src = (hd: string) => `---\nmarp: true\nheadingDivider: ${hd}\n---\n\n# A\n\n## B\n\n### C\n\nx\n`;
    expect(titles(src('2'))).toEqual(['title:A', 'content:B']);
    expect(titles(src('3'))).toEqual(['title:A', 'content:B', 'content:C']);
    expect(titles(src('[3]'))).toEqual(['title:A', 'content:C']);
    expect(titles(src('1'))).toEqual(['content:A']); // B and C are bold lines inside A: more than a cover holds
    expect(titles(src('9'))).toEqual(['title:A', 'content:B', 'content:C']);
    expect(titles(src('2.7'))).toEqual(['title:A', 'content:B']);
    expect(titles(src('[0, 7, 2.5, x]'))).toEqual(['content:A']); // no divider: one slide, as in src('1')
    expect(titles(src('[7]'))).toEqual(['content:A']);
    expect(titles(src('[0]'))).toEqual(['content:A']);
    expect(titles(src('100000000000'))).toEqual(['title:A', 'content:B', 'content:C']); // levels up to 6, not an array of 10¹¹
  });
  it('only a Slidev deck takes `layout:` as its first slide\'s; Slidev is known by a `layout:` block at a line\'s start', () => {
    expect(run('---\nmarp: true\nlayout: cover\n---\n\n# A\n\n- x\n- y\n- z\n').slides[0].layoutRequest).toBeUndefined();
    expect(run('## A\n\nsee a---\nlayout: wide\n').slides.map((s) => s.layout)).toEqual(['content']);
  });
  it('backgroundImage must be url(…) from its start', () => {
    expect(run('---\nmarp: true\nbackgroundImage: "xurl(a.png)"\n---\n\n# A\n\nx\n').slides[0].background).toBeUndefined();
  });
  it('Marp front-matter backgroundImage: url(…) is every slide\'s background; other CSS is not', () => {
    const bg = (v: string) => run(`---\nmarp: true\nbackgroundImage: ${v}\n---\n\n# A\n\nx\n\n---\n\n# B\n\ny\n`).slides.map((s) => s.background);
    expect(bg('"url(\'a.png\')"')).toEqual([
      { src: 'a.png', fit: 'cover', line: 3 },
      { src: 'a.png', fit: 'cover', line: 3 },
    ]);
    expect(bg('"url( b.png )"')[1]).toEqual({ src: 'b.png', fit: 'cover', line: 3 }); // the spaces are CSS, not the path
    expect(bg('"linear-gradient(red, blue)"')).toEqual([undefined, undefined]);
    expect(bg('"url(a.png\')"')).toEqual([undefined, undefined]);
  });
  it('Slidev: the first slide is a cover unless the headmatter names its layout', () => {
    expect(run('---\ntheme: seriph\nhighlighter: shiki\n---\n\n# Talk\n\nBy me\n\n---\n\n# Next\n\ntext\n').slides.map((s) => s.layout)).toEqual(['title', 'content']);
    expect(run('---\nlayout: center\n---\n\n# Talk\n\nBy me\n').slides.map((s) => s.layoutRequest?.name)).toEqual(['statement']);
  });
  it('pandoc title-slide-attributes: the title slide\'s background; without an image, none', () => {
    const bg = (v: string) => run(`---\ntitle: T\ntitle-slide-attributes:\n  ${v}\n---\n\n## A\n\nx\n`).slides[0].background;
    expect(bg('data-background-image: cover.jpg')).toEqual({ src: 'cover.jpg', fit: 'cover', line: 3 });
    expect(bg('data-background-color: red')).toBeUndefined();
    expect(run('---\ntitle: T\ntitle-slide-attributes: x\n---\n\n## A\n\nx\n').slides[0].background).toBeUndefined();
    expect(run('---\ntitle: T\ntitle-slide-attributes: ~\n---\n\n## A\n\nx\n').slides[0].background).toBeUndefined();
  });
});

describe('names that are Object\'s own properties are not names (they crashed or built broken charts)', () => {
  it('<!-- layout: constructor --> is an unknown layout, with its line', () => {
    const { slides, warnings } = run('## A\n\ntext\n\n<!-- layout: constructor -->\n');
    expect(slides[0].layoutRequest).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^5: unknown layout "constructor" \(layouts: cards, /)]);
  });
  it('Slidev `layout: toString` has no counterpart: a note, the slide laid out from its content', () => {
    const { slides, warnings } = run('---\nlayout: toString\n---\n\n## A\n\ntext\n');
    expect(slides[0].layoutRequest).toBeUndefined();
    expect(warnings).toEqual(['2: Slidev layout "toString" has no huibao counterpart; the slide is laid out from its content']);
  });
  it('a ```chart block of `type: constructor` is an unknown type: the block is code', () => {
    const { slides, warnings } = run('## A\n\n```chart\ntype: constructor\ncategories: [a]\nseries:\n  - values: [1]\n```\n');
    expect(slides[0].blocks.map((b) => b.kind)).toEqual(['code']);
    expect(warnings).toEqual([expect.stringMatching(/^4: chart: unknown chart type "constructor" \(known: column, col, /)]);
  });
  it('a chart request `constructor` or `type=constructor` is ignored with a warning, not read as a type', () => {
    for (const req of ['constructor', 'type=constructor']) {
      const { slides, warnings } = run(`## A\n\n<!-- chart: ${req} -->\n\n| a | b |\n|---|---|\n| x | 1 |\n`);
      expect(slides[0].blocks[0]).toMatchObject({ kind: 'chart', chart: { type: 'column' } });
      expect(warnings).toEqual([expect.stringContaining(`3: chart: ignored "${req}"`)]);
    }
  });
});
