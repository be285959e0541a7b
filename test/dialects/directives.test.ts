// Each dialect construct, read into the model (and, where it reaches the slide, the XML).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { build } from '../../src/build.js';
import type { Block, Slide } from '../../src/model.js';
import { shownText, slideXml } from './helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { png } from '../assets/fixtures.js';

const title = (s: Slide | undefined) => (s?.title ?? []).map((r) => r.text).join('');
const warned = (ws: { message: string; line?: number }[], re: RegExp) => ws.filter((w) => re.test(w.message));

describe('Marp', () => {
  const md = [
    '---', // 1
    'marp: true',
    'theme: gaia',
    'size: 4:3',
    'paginate: true',
    'footer: "\\\\ *Talk* 2024"',
    'headingDivider: 2',
    'header: Deck header',
    '---',
    '', // 10
    '<!-- _class: lead -->',
    '',
    '# Opening',
    '',
    '## Second',
    '',
    'text <br> more',
    '',
    '---',
    '', // 20
    '<!-- _header: 目录 -->',
    '<!-- _footer: "" -->',
    '- one',
    '',
    '---',
    '',
    '<!-- _class: invert -->',
    '',
    '## Middle',
    '',
    'body',
    '',
    '---',
    '',
    '## Last',
    '',
    '![bg left](pic.png)',
    '',
    'beside ![#c w:300px](small.png)',
    '',
    '---',
    '',
    '![bg](full.png)',
    '',
    '## Background',
  ].join('\n');
  const { deck, warnings } = parse(md, { file: 'm.md' });

  it('front matter: size → aspect, paginate → numbers, footer as text, gaia → a theme of ours', () => {
    expect(deck.meta).toMatchObject({ aspect: '4:3', slideNumbers: true, footer: 'Talk 2024', theme: 'academic' });
    expect(warnings.filter((w) => /front-matter/.test(w.message))).toEqual([]);
  });

  it('headingDivider splits at ## and #; _header titles a slide without heading; global header does not replace headings', () => {
    expect(deck.slides.map(title)).toEqual(['Opening', 'Second', '目录', 'Middle', 'Last', 'Background']);
    const second = deck.slides[1];
    expect(second.blocks[0]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'text' }, { text: 'more', breakBefore: true }] });
  });

  it('class lead on the first slide makes it the title slide, invert asks for a section-style one', () => {
    expect(deck.slides[0]).toMatchObject({ layout: 'title', blocks: [] });
    expect(deck.slides[0].layoutRequest).toBeUndefined();
    expect(deck.slides[3].layoutRequest).toMatchObject({ name: 'section', line: 27 });
    expect(deck.slides[1].layoutRequest).toBeUndefined();
  });

  it('![bg left] puts the picture beside the text (image-text); ![w:300px] sizes never reach the alt text', () => {
    const last = deck.slides[4];
    expect(last.layoutRequest).toMatchObject({ name: 'image-text', line: 37 });
    expect(last.blocks).toContainEqual(expect.objectContaining({ kind: 'image', path: 'pic.png', alt: '' }));
    expect(last.blocks).toContainEqual(expect.objectContaining({ kind: 'image', path: 'small.png', alt: '' }));
    expect(deck.slides[5].blocks).toEqual([]);
  });

  it('![bg] before the heading is that slide\'s background picture (cover by default), not an image block', () => {
    expect(deck.slides[5].background).toEqual({ src: 'full.png', fit: 'cover', line: 43 });
    expect(deck.slides.filter((s) => s.background)).toHaveLength(1);
    expect(warned(warnings, /background/)).toEqual([]);
  });

  it('_footer: "" hides the footer on that slide only; the deck footer and numbers stay in meta', () => {
    expect(deck.slides.map((s) => s.footer)).toEqual([undefined, undefined, null, undefined, undefined, undefined]);
    expect(deck.slides.every((s) => s.slideNumber === undefined)).toBe(true);
    expect(warned(warnings, /footer|paginate/)).toEqual([]);
  });

  it('the header title reaches the slide XML', async () => {
    const r = await build(md, { file: 'm.md' });
    const xml = await slideXml(r.bytes);
    expect(xml.some((x) => x.includes('<a:t>目录</a:t>'))).toBe(true);
  });
});

describe('pandoc', () => {
  const md = [
    '---', // 1
    'title: Talk',
    'author: [Ann, Bob]',
    'title-slide-attributes:',
    '  data-background-image: x.png',
    '---',
    '',
    '## Cols {#c .columns data-background-image="bg.png"}', // 8
    '',
    ':::: columns',
    '::: {.column width="40%"}',
    'Left',
    ':::',
    '::: {.column width="60%"}',
    'Right ![i](a.png){height=30px .center}',
    ':::',
    '::::',
    '',
    '## Pause',
    '',
    'first',
    '',
    '. . .',
    '',
    'second [@knuth84, p. 3]',
    '',
    '::: {style="color: red"}',
    'kept',
    ':::',
    '',
    '## Tables',
    '',
    '  Right     Left',
    '-------     ------',
    '     12     a',
    '',
    '+-----+-----+',
    '| A   | B   |',
    '+=====+=====+',
    '| 1   | 2   |',
    '+-----+-----+',
  ].join('\n');
  const { deck, warnings } = parse(md, { file: 'p.md' });
  const slide = (t: string) => deck.slides.find((s) => title(s) === t)!;

  it('author lists are joined; title-slide-attributes give the title slide its background picture', () => {
    expect(deck.meta.author).toBe('Ann, Bob');
    expect(deck.slides[0]).toMatchObject({ layout: 'title', background: { src: 'x.png', fit: 'cover', line: 4 } });
    expect(warnings.filter((w) => /title-slide/.test(w.message))).toEqual([]);
  });

  it('columns with widths; heading attributes read (layout class) and never shown', () => {
    const s = slide('Cols');
    expect(s.layoutRequest).toMatchObject({ name: 'columns', line: 8 });
    const cols = s.blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(cols.kind).toBe('columns');
    expect(cols.columns.map((c) => c.width)).toEqual([40, 60]);
    expect(shownText(s)).not.toMatch(/[{}]/);
    expect(cols.columns[1].blocks).toContainEqual(expect.objectContaining({ kind: 'image', path: 'a.png' }));
    expect(s.background).toEqual({ src: 'bg.png', fit: 'cover', line: 8 });
  });

  it('. . . is dropped with one note; citations stay as text with one warning; divs are unwrapped', () => {
    const s = slide('Pause');
    expect(shownText(s)).toBe('Pause\n\nfirst\nsecond [@knuth84, p. 3]\nkept');
    expect(warned(warnings, /pause/)).toEqual([expect.objectContaining({ line: 23 })]);
    expect(warned(warnings, /citation/)).toEqual([expect.objectContaining({ line: 25 })]);
  });

  it('spans with formatting inside lose their brackets; ~sub~, ^sup^ and <sup> are Unicode scripts where they can be', () => {
    const { deck: d } = parse('## S\n\nHere is [some *styled* text]{.underline}: H~2~O, x^2^, 10<sup>30</sup>, 3~5天，5~7天\n');
    expect(shownText(d.slides[0])).toBe('S\n\nHere is some styled text: H₂O, x², 10³⁰, 3~5天，5~7天');
  });

  it('raw content for other formats (`…`{=openxml}, ```{=html}) is left out with one warning per kind', () => {
    const { deck: d, warnings: w } = parse('## R\n\nText `<a:r/>`{=openxml} end.\n\n```{=html}\n<b>x</b>\n```\n');
    expect(shownText(d.slides[0])).toBe('R\n\nText end.');
    expect(d.slides[0].blocks).toHaveLength(1);
    expect(w.map((x) => [x.line, /raw \{=(\w+)\} (inline|block)/.exec(x.message)?.slice(1)])).toEqual([
      [3, ['openxml', 'inline']],
      [5, ['html', 'block']],
    ]);
  });

  it('simple and grid tables become tables (alignment from the header)', () => {
    const tables = slide('Tables').blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[0].header.map((c) => c[0]?.text)).toEqual(['Right', 'Left']);
    expect(tables[0].align).toEqual(['r', 'l']);
    expect(tables[0].rows[0].map((c) => c[0]?.text)).toEqual(['12', 'a']);
    expect(tables[1].header.map((c) => c[0]?.text)).toEqual(['A', 'B']);
    expect(tables[1].rows).toEqual([[[{ text: '1' }], [{ text: '2' }]]]);
  });
});

describe('Slidev', () => {
  const md = [
    '---', // 1
    'title: The `ref` talk',
    'info: About refs',
    'highlighter: shiki',
    '---',
    '',
    '# Cover',
    '',
    '---',
    'layout: two-cols', // 10
    '---',
    '',
    '# Two',
    '',
    '<v-click>',
    '',
    'Left text',
    '',
    '</v-click>',
    '',
    '::right::',
    '',
    '<Transform :scale="0.8">Right text</Transform>',
    '',
    '---',
    'layout: fact',
    '---',
    '',
    '# 100%',
    '',
    '---',
    'layout: end',
    '---',
    '',
    '# Bye',
  ].join('\n');
  const { deck, warnings } = parse(md, { file: 's.md' });

  it('headmatter title keeps inline code as a code run; info becomes the first slide notes', () => {
    expect(deck.slides[0].title).toEqual([{ text: 'The ' }, { text: 'ref', code: true }, { text: ' talk' }]);
    expect(deck.meta.title).toBe('The ref talk');
    expect(deck.slides[0].notes).toContain('About refs');
  });

  it('layouts map to ours; two-cols with ::right:: becomes columns; components unwrapped, text kept', () => {
    const by = (t: string) => deck.slides.find((s) => title(s) === t)!;
    expect(by('Cover').layoutRequest?.name).toBe('title');
    const two = by('Two');
    expect(two.layoutRequest).toMatchObject({ name: 'columns', line: 10 });
    expect(two.blocks).toHaveLength(1);
    const cols = two.blocks[0] as Extract<Block, { kind: 'columns' }>;
    expect(cols.columns.map((c) => shownText({ ...two, title: [], blocks: c.blocks }).trim())).toEqual(['Left text', 'Right text']);
    expect(by('100%').layoutRequest?.name).toBe('big-number');
    expect(by('Bye').layoutRequest?.name).toBe('closing');
    expect(warnings.filter((w) => /v-click|Transform|HTML/.test(w.message))).toEqual([]);
  });
});

describe('raw HTML', () => {
  const md = ['## H', '', 'a <b>bold</b> <sup>2</sup> <kbd>k</kbd> <marquee>m</marquee>', '', '<div class="x">', 'in div<br>next', '<img src="p.png" alt="P">', '</div>', '', '<table><tr><td>t</td></tr></table>', '', '<style>p { color: red }</style>', ''].join('\n');
  const { deck, warnings } = parse(md, { file: 'h.md' });

  it('simple tags give their text, <br> breaks, <img> an image; nothing of a tag is printed', () => {
    const s = deck.slides[0];
    expect(s.blocks[0]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'a ' }, { text: 'bold', bold: true }, { text: ' ² k m' }] });
    expect(s.blocks[1]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'in div' }, { text: 'next', breakBefore: true }] });
    expect(s.blocks[2]).toMatchObject({ kind: 'image', path: 'p.png', alt: 'P' });
    expect(shownText(s)).not.toMatch(/[<>]|color/);
  });

  it('one warning per kind of tag left out, with its lines', () => {
    const kinds = warnings.map((w) => /HTML <(\w+)>/.exec(w.message)?.[1]).filter(Boolean).sort();
    expect(kinds).toEqual(['div', 'marquee', 'style', 'table', 'td', 'tr']);
    expect(warnings.find((w) => w.message.includes('<div>'))?.line).toBe(5);
  });
});

describe('pandoc columns holding a picture', () => {
  it('a picture column beside a text column is image-text, in the order written (pandoc\'s Two Content)', async () => {
    const md = '## A\n\n:::: columns\n::: column\n![moon](m.png)\n:::\n::: column\nText beside it.\n:::\n::::\n\n## B\n\n:::: columns\n::: column\n- one\n- two\n:::\n::: column\n![moon](m.png)\n:::\n::::\n';
    const { deck } = parse(md);
    expect(deck.slides[0].blocks.map((b) => b.kind)).toEqual(['image', 'paragraph']);
    expect(deck.slides[1].blocks.map((b) => b.kind)).toEqual(['list', 'image']);
    const dir = mkdtempSync(path.join(tmpdir(), 'huibao-cols-'));
    writeFileSync(path.join(dir, 'm.png'), png(200, 200));
    const r = await build(md, { file: path.join(dir, 'd.md') });
    expect(r.laid.slides.map((s) => s.design)).toEqual(['image-text', 'image-text']);
  });

  it('a picture inside a column of text is not lost: the columns are laid out one after another', async () => {
    const md = '## A\n\n:::: columns\n::: column\nLeft text\n\n![moon](m.png)\n:::\n::: column\nRight text\n:::\n::::\n';
    const r = await build(md);
    expect(r.laid.slides[0].design).not.toBe('columns');
    expect(r.laid.slides[0].items.filter((i) => i.kind === 'image')).toHaveLength(1);
  });
});

describe('pandoc table captions', () => {
  it('`: caption` and `Table: caption` beside a table lose their mark; elsewhere a colon stays', () => {
    const md = '## T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n: The caption\n\n## U\n\nTable: Before it\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## V\n\n: not a caption\n';
    const { deck } = parse(md);
    const para = (s: Slide) => s.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as Extract<Block, { kind: 'paragraph' }>).runs.map((r) => r.text).join(''));
    expect(deck.slides.map(para)).toEqual([['The caption'], ['Before it'], [': not a caption']]);
  });
});
