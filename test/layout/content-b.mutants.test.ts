// src/layout/content.ts against the survivors of the lead's run layout-i (stop 26, the layout set): the title's line
// pitch, its alignment, a title so long it leaves the body no room, and which slides report a shrunk body.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layoutContent } from '../../src/layout/content.js';
import { defaultRegions } from '../../src/theme/regions.js';
import { spaceBefore } from '../../src/layout/style.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Theme } from '../../src/theme/types.js';
import type { Block, ImageAsset, PlacedItem, TableBox, TextBox } from '../../src/model.js';

const gov = resolveTheme('gov-blue'); // title line pitch 1.25 in its theme; body 24, floor 18
const regions = defaultRegions('content', gov, { w: 13.333, h: 7.5 });
const LONG = '坚持以习近平新时代中国特色社会主义思想为指导，深刻理解“两个确立”的决定性意义，自觉当好践行“两个维护”的排头兵。';
const PNG: ImageAsset = { ok: true, path: '/x/a.png', data: new Uint8Array([1]), mime: 'image/png', width: 1600, height: 900 };

const content = (md: string, opts: { theme?: Theme; titleAlign?: 'l' | 'c'; images?: Map<string, ImageAsset>; bodyH?: number } = {}) => {
  const { deck } = parse(md, { file: 't.md' });
  const slide = deck.slides[0];
  const theme = opts.theme ?? gov;
  return layoutContent({ slide, title: slide.title, theme, titleRegion: regions.title, bodyRegion: { ...regions.body, h: opts.bodyH ?? regions.body.h }, lang: 'zh', index: 1, titleColor: '000000', textColor: '000000', titleAlign: opts.titleAlign, images: opts.images });
};
const titleOf = (r: ReturnType<typeof content>, i = 0) => r.slides[i].items.find((x): x is TextBox => x.kind === 'text' && x.role === 'title')!;

describe('the content title', () => {
  it('is set at a line pitch of at most 1.15: the theme pitch when smaller', () => {
    const md = `## ${LONG}\n\n- 一\n`;
    const p = titleOf(content(md)).paragraphs[0];
    expect(p.lineSpacingPt).toBe(Math.ceil(p.sizePt * 1.15)); // gov's 1.25 is capped
    const tight: Theme = { ...gov, spacing: { ...gov.spacing, lineSpacing: 1.0 } };
    const q = titleOf(content(md, { theme: tight })).paragraphs[0];
    expect(q.lineSpacingPt).toBe(Math.ceil(q.sizePt * 1.0));
  });

  it('is aligned as asked, left when nothing is asked', () => {
    expect(titleOf(content('## 标题\n\n- 一\n', { titleAlign: 'c' })).paragraphs[0].align).toBe('c');
    expect(titleOf(content('## 标题\n\n- 一\n')).paragraphs[0].align).toBe('l');
  });

  it('so long that it leaves the body no room: still one slide, the title on it', () => {
    // (a theme whose body region is a sliver under the title region: a two-line title takes more than all of it)
    const r = content(`## ${LONG.repeat(3)}\n`, { bodyH: 0.1 });
    expect(r.slides.length).toBe(1);
    expect(titleOf(r).paragraphs.length).toBeGreaterThan(0);
    expect(titleOf(r)).toBeDefined();
  });
});

describe('the body-shrink report', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `| ${i + 1} | ${LONG.slice(0, 30)} |`).join('\n');
  it('is given when text shrinks beside a table', () => {
    const r = content(`## 表\n\n${LONG}${LONG}\n\n| 序号 | 任务 |\n|--|--|\n${rows(8)}\n`);
    expect(r.reports.map((x) => x.message)).toContainEqual(expect.stringMatching(/^body 24→\d+ pt$/));
  });

  it('is not given for a slide of only pictures and a table: nothing of the body text was shrunk', () => {
    const images = new Map([['a.png', PNG]]);
    const r = content(`## 表\n\n![](a.png)\n\n| 序号 | 任务 |\n|--|--|\n${rows(8)}\n`, { images });
    expect(r.slides.length).toBe(1);
    expect(r.reports.filter((x) => x.message.startsWith('body'))).toEqual([]);
  });
});

// placeBody: the spare height of a page without pictures airs out its paragraphs and centres what is left, so the
// gap above the content equals the gap below (to the rounding of the air to whole points); pictures take it instead.
describe('where the body sits on its page', () => {
  const body = regions.body;
  const boxes = (r: ReturnType<typeof content>) => r.slides[0].items.filter((x) => !(x.kind === 'text' && x.role === 'title'));
  const gaps = (r: ReturnType<typeof content>) => {
    const b = boxes(r);
    const top = Math.min(...b.map((x) => x.y)) - body.y;
    const bottom = body.y + body.h - Math.max(...b.map((x) => x.y + x.h));
    return { top, bottom, b };
  };

  for (const [name, after] of [
    ['a table', '| 序号 | 任务 |\n|--|--|\n| 1 | 甲 |\n| 2 | 乙 |\n| 3 | 丙 |\n| 4 | 丁 |\n'],
    ['a code block', '```\nline 1\nline 2\nline 3\nline 4\n```\n'],
    ['a second list', '1. 甲\n2. 乙\n3. 丙\n'],
  ] as const) {
    it(`a short list and ${name}: centred, the same gap above and below`, () => {
      const r = content(`## 标题\n\n- 一\n- 二\n- 三\n\n${after}`);
      expect(r.slides.length).toBe(1);
      const { top, bottom } = gaps(r);
      expect(top).toBeGreaterThan(0.2);
      expect(Math.abs(top - bottom)).toBeLessThan(0.03);
    });
  }

  it('a table and then a list under it: centred too (the list is a group of its own, its first item no paragraph step)', () => {
    const r = content('## 标题\n\n| 序号 | 任务 |\n|--|--|\n| 1 | 甲 |\n| 2 | 乙 |\n\n- 一\n- 二\n- 三\n');
    const { top, bottom } = gaps(r);
    expect(top).toBeGreaterThan(0.2);
    expect(Math.abs(top - bottom)).toBeLessThan(0.03);
  });

  it('one table row taller than the page: placed at the top of the body (no spare height, no step to air out)', () => {
    const r = content(`## 表\n\n| 任务 |\n|--|\n| ${LONG.repeat(40)} |\n`);
    const t = r.slides[0].items.find((x) => x.kind === 'table')!;
    expect(t.y).toBe(body.y);
  });

  it('a lone quote sits above centre: a third of the spare height above it, two thirds below', () => {
    const r = content('## 引言\n\n> 第一段。\n>\n> 第二段。\n');
    expect(r.slides[0].layout).toBe('quote');
    const { top, bottom } = gaps(r);
    expect(top).toBeGreaterThan(0.2);
    expect(Math.abs(2 * top - bottom)).toBeLessThan(0.03);
    // and its paragraphs keep their own spacing: a quote is not aired out
    const q = r.slides[0].items.find((x): x is TextBox => x.kind === 'text' && x.role === 'quote')!;
    expect(q.paragraphs[1].spaceBeforePt).toBe(spaceBefore(gov, q.paragraphs[1].sizePt, q.paragraphs[1].level));
  });

  it('two pictures share the spare height and stay inside the body, with no air added between the paragraphs', () => {
    const images = new Map([['a.png', PNG], ['b.png', PNG]]);
    const r = content('## 图\n\n- 一\n- 二\n\n![](a.png)\n\n说明文字\n\n![](b.png)\n', { images });
    expect(r.slides.length).toBe(1);
    const { top, bottom, b } = gaps(r);
    expect(b.filter((x) => x.kind === 'image').length).toBe(2);
    expect(top).toBeCloseTo(0, 2);
    expect(bottom).toBeGreaterThanOrEqual(-0.01);
    expect(bottom).toBeLessThan(0.05);
    const list = b.find((x): x is TextBox => x.kind === 'text')!;
    expect(list.paragraphs[1].spaceBeforePt).toBeLessThanOrEqual(list.paragraphs[0].sizePt);
  });
});

describe('the boxes of a page, in order', () => {
  const body = regions.body;
  const below = (items: PlacedItem[]) => {
    for (let i = 1; i < items.length; i++) expect(items[i].y).toBeGreaterThanOrEqual(items[i - 1].y + items[i - 1].h - 1e-6);
  };
  const bodyItems = (r: ReturnType<typeof content>) => r.slides[0].items.filter((x) => !(x.kind === 'text' && x.role === 'title'));

  it('a chart spans the body and the text after it starts below it', () => {
    const r = content('## 图\n\n<!-- chart: column -->\n| 地区 | 2024 |\n|---|---|\n| 华东 | 1 |\n| 华南 | 2 |\n\n- 一\n- 二\n');
    const items = bodyItems(r);
    expect(items.map((x) => x.kind)).toEqual(['chart', 'text']);
    expect(items[0].x).toBeCloseTo(body.x, 3);
    expect(items[0].w).toBeCloseTo(body.w, 3);
    below(items);
  });

  it('text after a picture, and after a table, starts below it', () => {
    const images = new Map([['a.png', PNG]]);
    const a = bodyItems(content('## 图\n\n![](a.png)\n\n- 一\n- 二\n', { images }));
    expect(a.map((x) => x.kind)).toEqual(['image', 'text']);
    below(a);
    const t = bodyItems(content('## 表\n\n| 序号 | 任务 |\n|--|--|\n| 1 | 甲 |\n\n- 一\n- 二\n'));
    expect(t.map((x) => x.kind)).toEqual(['table', 'text']);
    below(t);
  });

  it('a table of a header only: its header row, no body rows, as tall as the header', () => {
    const t = bodyItems(content('## 表\n\n| 序号 | 任务 |\n|--|--|\n'))[0] as TableBox;
    expect(t.kind).toBe('table');
    expect(t.rows).toEqual([]);
    expect(t.rowH.length).toBe(1);
    expect(t.h).toBeCloseTo(t.rowH[0], 3);
  });

  it('a table without a header (pandoc, between dash-group lines): no header cells, a header height of 0, as tall as its rows', () => {
    const t = bodyItems(content('## 表\n\n---- ----\n 甲    1\n 乙    2\n---- ----\n'))[0] as TableBox;
    expect(t.kind).toBe('table');
    expect(t.header).toEqual([]);
    expect(t.rows.map((r) => r.map((c) => c.runs[0].text))).toEqual([['甲', '1'], ['乙', '2']]);
    expect(t.rowH[0]).toBe(0);
    expect(t.rowH.length).toBe(3);
    expect(t.h).toBeCloseTo(t.rowH[1] + t.rowH[2], 2); // (each rounded to 0.001 in)
  });

  it("a table block built by a library caller without alignments: its cells are left-aligned", () => {
    const table: Block = { kind: 'table', header: [[{ text: 'A' }], [{ text: 'B' }]], rows: [[[{ text: '1' }], [{ text: '2' }]]], align: [], src: { line: 1 } };
    const slide = { layout: 'content' as const, title: [{ text: '表' }], blocks: [table], notes: [], src: { line: 1 } };
    const r = layoutContent({ slide, title: slide.title, theme: gov, titleRegion: regions.title, bodyRegion: regions.body, lang: 'zh', index: 1, titleColor: '000000', textColor: '000000' });
    const t = r.slides[0].items.find((x): x is TableBox => x.kind === 'table')!;
    expect([...t.header, ...t.rows[0]].map((c) => c.align)).toEqual(['l', 'l', 'l', 'l']);
  });
});

describe('bullets', () => {
  it("take their level's colour from the theme; a bullet without one takes the accent", () => {
    const md = '## 要点\n\n- 一\n  - 二\n';
    const r = content(md);
    const list = r.slides[0].items.find((x): x is TextBox => x.kind === 'text' && x.role === 'body')!;
    expect(list.paragraphs.map((p) => [p.bullet, p.bulletColor])).toEqual([['■', gov.bullets[0].color], ['●', gov.bullets[1].color]]);
    expect(gov.bullets[1].color).not.toBe(gov.palette.accent);
    const plain: Theme = { ...gov, bullets: gov.bullets.map((b) => ({ char: b.char })) as Theme['bullets'] };
    const q = content(md, { theme: plain }).slides[0].items.find((x): x is TextBox => x.kind === 'text' && x.role === 'body')!;
    expect(q.paragraphs.map((p) => p.bulletColor)).toEqual([gov.palette.accent, gov.palette.accent]);
  });
});
