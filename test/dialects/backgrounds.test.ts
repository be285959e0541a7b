// Slide backgrounds (pandoc data-background-image, Marp ![bg], backgroundImage), per-slide footer and page-number
// switches (Marp footer/_footer, paginate/_paginate: the model only — rendering them is the masters' business) and
// cover slides written as content (Awesome-Marp cover_*, a Marp first slide that is a heading and a line).
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { build } from '../../src/build.js';
import { png } from '../assets/fixtures.js';
import { hasValidator, validate } from '../reliability/pptx-check.js';
import { slideXml } from './helpers.js';

const text = (runs: { text: string }[] | undefined) => (runs ?? []).map((r) => r.text).join('');

describe('backgrounds: the model', () => {
  it('Marp ![bg] keywords: cover by default, contain/fit/auto/N% keep the whole picture; left/right stay image-text', () => {
    const md = ['---', 'marp: true', '---', '', '# A', '', '![bg contain](a.png)', '', '---', '', '![bg fit](b.png)', '# B', '', '---', '', '# C', '', '![bg 80%](c.png)', '![bg](d.png)', '', '---', '', '# D', '', '![bg right](e.png)', 'text'].join('\n');
    const { deck, warnings } = parse(md);
    expect(deck.slides.map((s) => s.background && [s.background.src, s.background.fit])).toEqual([['a.png', 'contain'], ['b.png', 'contain'], ['c.png', 'contain'], undefined]);
    expect(deck.slides[3].layoutRequest).toMatchObject({ name: 'image-text' });
    // Marp would lay c.png and d.png side by side: one warning, the first is the background.
    expect(warnings.filter((w) => /second Marp !\[bg\]/.test(w.message))).toEqual([expect.objectContaining({ line: 18 })]);
    expect(deck.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'image').map((b) => (b as { path: string }).path)).toEqual(['e.png']);
  });

  it('Marp backgroundImage: url(…) in the front matter is every slide\'s, as a spot directive one slide\'s', () => {
    const md = ['---', 'marp: true', "backgroundImage: url('paper.png')", '---', '', '# A', '', '---', '', '<!-- _backgroundImage: url(x.png) -->', '# B', '', '---', '', '# C', '', '<!-- _backgroundImage: linear-gradient(#fff, #000) -->'].join('\n');
    const { deck, warnings } = parse(md);
    expect(deck.slides.map((s) => s.background?.src)).toEqual(['paper.png', 'x.png', 'paper.png']);
    expect(warnings.filter((w) => /styling directives/.test(w.message))).toHaveLength(1);
  });

  it('pandoc heading attributes: data-background-image / background-image, data-background-size', () => {
    const md = ['# Part {background-image="p.jpg"}', '', '## One {data-background-image="one.png" data-background-size="contain"}', '', 'text', '', '## Two {data-background-image=two.png data-background-size="100% 100%"}', '', 'more', '', '## Three', '', 'plain'].join('\n');
    const { deck } = parse(md);
    expect(deck.slides.map((s) => [s.layout, s.background?.src, s.background?.fit])).toEqual([
      ['section', 'p.jpg', 'cover'], ['content', 'one.png', 'contain'], ['content', 'two.png', 'fill'], ['content', undefined, undefined],
    ]);
  });
});

describe('backgrounds: the slide', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-bg-'));
  writeFileSync(path.join(dir, 'wide.png'), png(400, 100, [0x10, 0x20, 0x30]));
  mkdirSync(path.join(dir, 'deck'));
  const file = path.join(dir, 'deck', 'talk.md');
  writeFileSync(path.join(dir, 'deck', 'wide.png'), png(400, 100, [0x10, 0x20, 0x30]));

  it('a cover picture is the first shape, cropped to the slide (srcRect), with a translucent scrim under the text', async () => {
    const md = '## Moon {data-background-image="wide.png"}\n\nSome text.\n\n## Only a picture {background-image="wide.png" background-size="contain"}\n';
    const r = await build(md, { file, baseDir: path.dirname(file) });
    expect(r.warnings).toEqual([]);
    const [first, second] = await slideXml(r.bytes);
    const tree = first.slice(first.indexOf('<p:spTree>'));
    // The picture comes first (everything lies on it), then the scrim, then the slide's text.
    expect(tree.indexOf('name="background picture"')).toBeGreaterThan(0);
    expect(tree.indexOf('name="background picture"')).toBeLessThan(tree.indexOf('name="background scrim"'));
    expect(tree.indexOf('name="background scrim"')).toBeLessThan(tree.indexOf('Some text.'));
    // 400×100 on a 16:9 slide: the height is kept, the sides are cut away equally.
    const crop = /<a:srcRect l="(\d+)" r="(\d+)" t="(-?\d+)" b="(-?\d+)"\/>/.exec(tree)!;
    expect(Number(crop[1])).toBe(Number(crop[2]));
    expect(Number(crop[1])).toBe(Math.round(1e5 * 0.5 * (1 - 16 / 9 / 4)));
    expect(Number(crop[3])).toBe(0);
    expect(tree).toMatch(/name="background scrim"[\s\S]*?<a:solidFill><a:(srgbClr|schemeClr) val="\w+"><a:alpha val="80000"\/>/);
    // contain: the whole picture, full width, centred vertically; no scrim under the title (that slide has text).
    const pic = /name="background picture"[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(second.replace(/\s+</g, '<'))!;
    expect(Number(pic[1])).toBe(0);
    expect(Number(pic[3])).toBe(12192000);
    expect(Number(pic[4])).toBe(3048000);
    expect(Number(pic[2])).toBe((6858000 - 3048000) / 2);
    if (hasValidator) expect(validate(r.bytes, 'bg').output).toMatch(/validate-pptx: OK/);
  });

  it('a background picture is confined like any image: outside the deck\'s folder or missing → a warning, the theme\'s background', async () => {
    const md = '## A {data-background-image="../wide.png"}\n\nx\n\n## B {data-background-image="gone.png"}\n\ny\n';
    const r = await build(md, { file, baseDir: path.dirname(file) });
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, expect.stringMatching(/"\.\.\/wide\.png": outside the deck's folder.*the slide keeps the theme's background/)],
      [5, expect.stringMatching(/"gone\.png": file not found; the slide keeps the theme's background/)],
    ]);
    const xml = await slideXml(r.bytes);
    expect(xml.some((x) => x.includes('background picture'))).toBe(false);
  });

  it('a split slide keeps its background on every part', async () => {
    const items = Array.from({ length: 40 }, (_, i) => `- point number ${i + 1} with some words to fill the line`).join('\n');
    const r = await build(`## Long {data-background-image="wide.png"}\n\n${items}\n`, { file, baseDir: path.dirname(file) });
    const xml = await slideXml(r.bytes);
    expect(xml.length).toBeGreaterThan(1);
    expect(xml.every((x) => x.includes('name="background picture"'))).toBe(true);
  });
});

describe('Marp footer and paginate per slide (the model)', () => {
  const md = [
    '---', // 1
    'marp: true',
    'footer: Deck footer',
    '---',
    '',
    '# One',
    '',
    '---',
    '',
    '<!-- _footer: Only *here* -->', // 10
    '<!-- _paginate: true -->',
    '# Two',
    '',
    '---',
    '',
    '<!-- paginate: true -->',
    '<!-- footer: From **three** on -->',
    '# Three',
    '',
    '---', // 20
    '',
    '# Four',
    '',
    '<!-- _paginate: skip -->',
    '',
    '---',
    '',
    '# Five',
    '<!-- _footer: "" -->',
    '<!-- _paginate: hold -->', // 30
  ].join('\n');
  const { deck, warnings } = parse(md);

  it('Marp numbers no slides unless paginate: true (the deck\'s switch stays off)', () => {
    expect(deck.meta.slideNumbers).toBe(false);
    expect(deck.meta.footer).toBe('Deck footer');
  });

  it('spot forms change one slide, plain forms this slide and the ones after; footers are plain text', () => {
    expect(deck.slides.map((s) => s.footer)).toEqual([undefined, 'Only here', 'From three on', 'From three on', null]);
    expect(deck.slides.map((s) => s.slideNumber)).toEqual([undefined, true, true, false, true]);
    expect(warnings).toEqual([]);
  });

  it('a deck with paginate: true in its front matter numbers its slides', () => {
    expect(parse('---\nmarp: true\npaginate: true\n---\n\n# A\n').deck.meta.slideNumbers).toBe(true);
    expect(parse('# A\n\ntext\n').deck.meta.slideNumbers).toBe(true);
  });
});

describe('cover slides written as content', () => {
  it('Awesome-Marp: _class: cover_a with a ###### subtitle and a few lines → the title layout', () => {
    const md = ['---', 'marp: true', 'headingDivider: [2,3]', '---', '', '<!-- _class: cover_a', '<!-- _header: "" -->', '<!-- _footer: "" -->', '', '# Big title', '', '###### “A subtitle”', '', '@author', 'Published 2024', '<mail@example.com>', '', '## Next', '', '- a'].join('\n');
    const { deck } = parse(md);
    const cover = deck.slides[0];
    expect(cover.layout).toBe('title');
    expect(text(cover.title)).toBe('Big title');
    expect(cover.blocks).toEqual([]);
    expect(cover.subtitle?.filter((r) => r.breakBefore)).toHaveLength(3);
    expect(text(cover.subtitle)).toBe('“A subtitle”@authorPublished 2024mail@example.com');
    expect(cover.footer).toBeNull();
    expect(deck.slides[1].layout).toBe('content');
  });

  it('a Marp first slide that is only a heading and a line is the title slide; more text, or a later slide, is not', () => {
    const two = parse('---\nmarp: true\n---\n\n# Talk\n\nAnn Author\n\n---\n\n# Later\n\nJust a line\n').deck;
    expect(two.slides.map((s) => s.layout)).toEqual(['title', 'content']);
    expect(text(two.slides[0].subtitle)).toBe('Ann Author');
    const long = parse('---\nmarp: true\n---\n\n# Talk\n\n- a list\n- is content\n').deck;
    expect(long.slides[0].layout).toBe('content');
    // Not Marp: the first slide is what it says.
    expect(parse('# Talk\n\nAnn Author\n').deck.slides[0].layout).toBe('content');
  });

  it('a slide asked to be a cover with too much text stays a content slide', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `line ${i}`).join('\n\n');
    const { deck } = parse(`---\nmarp: true\n---\n\n<!-- _class: cover -->\n# T\n\n${lines}\n`);
    expect(deck.slides[0].layout).toBe('content');
  });

  it('the cover renders as the title layout: title and subtitle boxes, no body', async () => {
    const r = await build('---\nmarp: true\n---\n\n<!-- _class: lead -->\n# Talk\n\nAnn Author\n2024-01-13\n');
    expect(r.laid.slides[0].layout).toBe('title');
    expect(r.laid.slides[0].items.map((i) => (i.kind === 'text' ? i.role : i.kind))).toEqual(['title', 'subtitle']);
    const xml = (await slideXml(r.bytes))[0];
    expect(xml).toContain('<a:t>Ann Author</a:t>');
    expect(xml).toContain('<a:t>2024-01-13</a:t>');
  });
});
