// The content slide (src/layout/content.ts) at its boundaries, written against StrykerJS's survivors: the size
// search, where the body sits (centred, aired out, a quote a little high), what each kind of box carries (bullets,
// numbers, code, quotes, tables, images), the continuation parts' matching titles, the reports.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { largestSize, layoutContent, splitNotes } from '../../src/layout/content.js';
import { stackHeight } from '../../src/layout/flow.js';
import { toUnits } from '../../src/layout/units.js';
import { defaultRegions } from '../../src/theme/regions.js';
import { QUOTE_INSET, CODE_INSET, BODY_INSET, bodyScale } from '../../src/layout/style.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Theme } from '../../src/theme/types.js';
import type { ImageAsset, ImageBox, LaidOutDeck, LaidSlide, TableBox, TextBox } from '../../src/model.js';

const gov = resolveTheme('gov-blue'); // body 24/22/20, floor 18, paragraphSpacing 0.45, lineSpacing 1.25
const lay = (md: string, images?: Map<string, ImageAsset>): LaidOutDeck => {
  const { deck } = parse(md, { file: 't.md' });
  deck.meta.aspect = '16:9';
  deck.meta.layouts = 'plain';
  return layout(deck, gov, { images });
};
const body = defaultRegions('content', gov, { w: 13.333, h: 7.5 }).body;
const texts = (s: LaidSlide) => s.items.filter((i): i is TextBox => i.kind === 'text' && i.role !== 'title');
const titleOf = (s: LaidSlide) => s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'title')!;
const LONG = '坚持以习近平新时代中国特色社会主义思想为指导，深刻理解“两个确立”的决定性意义，自觉当好践行“两个维护”的排头兵。';

describe('largestSize', () => {
  const upTo = (max: number) => (s: number) => s <= max;

  it('scans down 1 pt at a time from the top and stops at the first size that fits', () => {
    const tried: number[] = [];
    expect(largestSize(24, 18, true, (s) => (tried.push(s), s <= 21))).toBe(21);
    expect(tried).toEqual([24, 23, 22, 21]);
    expect(largestSize(24, 18, true, () => true)).toBe(24);
  });

  it('includes the floor only when asked to', () => {
    expect(largestSize(24, 18, true, upTo(18))).toBe(18);
    expect(largestSize(24, 18, false, upTo(18))).toBeUndefined();
    expect(largestSize(24, 18, false, upTo(19))).toBe(19);
    expect(largestSize(24, 18, true, upTo(17))).toBeUndefined();
    expect(largestSize(18, 18, true, upTo(18))).toBe(18);
    expect(largestSize(18, 18, false, () => true)).toBeUndefined();
    expect(largestSize(17, 18, true, () => true)).toBeUndefined();
  });

  it('keeps a fractional top and stops above the floor by the same steps', () => {
    expect(largestSize(24.5, 18, false, upTo(19))).toBe(18.5);
    expect(largestSize(24.5, 18, true, upTo(18.4))).toBeUndefined();
    // 2.3 − 0.3 is 1.9999999999999998 in floating point: the floor is still one of the steps.
    expect(largestSize(2.3, 0.3, true, (s) => s < 0.5)).toBeCloseTo(0.3, 9);
  });

  it('scans up to 24 steps one by one, and bisects a wider range with few tries', () => {
    const count = (top: number, max: number) => {
      let n = 0;
      const r = largestSize(top, 18, true, (s) => (n++, s <= max));
      return { r, n };
    };
    expect(count(42, 20)).toEqual({ r: 20, n: 23 }); // 24 steps: scanned
    const wide = count(43, 20); // 25 steps: bisected
    expect(wide.r).toBe(20);
    expect(wide.n).toBeLessThan(10);
    expect(count(113, 50).r).toBe(50);
    expect(count(113, 112).r).toBe(112);
    expect(count(113, 19).r).toBe(19);
    expect(count(113, 18).r).toBe(18);
    expect(count(113, 113)).toEqual({ r: 113, n: 1 });
    expect(count(113, 17)).toEqual({ r: undefined, n: 2 });
    expect(largestSize(113, 18, false, upTo(18))).toBeUndefined();
    expect(largestSize(113, 18, false, upTo(19))).toBe(19);
  });
});

describe('splitNotes', () => {
  it('shares the notes out in proportion to the parts, in order', () => {
    expect(splitNotes(['a', 'b', 'c'], [1, 2])).toEqual([['a'], ['b', 'c']]);
    expect(splitNotes(['a', 'b', 'c'], [2, 1])).toEqual([['a', 'b'], ['c']]);
    expect(splitNotes(['a', 'b', 'c', 'd', 'e', 'f'], [1, 1, 1])).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    expect(splitNotes(['a', 'b'], [1, 1])).toEqual([['a'], ['b']]);
    expect(splitNotes(['a', 'b'], [1, 1, 1])).toEqual([['a', 'b'], [], []]);
    expect(splitNotes([], [1])).toEqual([[]]);
    expect(splitNotes(['a'], [])).toEqual([['a']]);
  });
});

describe('where the body sits', () => {
  const gaps = (b: { y: number; h: number }) => ({ top: b.y - body.y, bottom: body.y + body.h - (b.y + b.h) });

  it('a short body is centred in the body area', () => {
    const [b] = texts(lay('## 标题\n\n一句话。\n').slides[0]);
    const { top, bottom } = gaps(b);
    expect(top).toBeGreaterThan(1);
    expect(Math.abs(top - bottom)).toBeLessThan(0.01);
  });

  it('a lone quote sits a third of the way down, in a larger size', () => {
    const d = lay('## 引语\n\n> 一句引语。\n');
    const [q] = texts(d.slides[0]);
    expect(q.role).toBe('quote');
    const { top, bottom } = gaps(q);
    expect(Math.abs(top * 2 - bottom)).toBeLessThan(0.01);
    expect(q.paragraphs[0].sizePt).toBe(28);
    expect(q).toMatchObject({ fill: gov.palette.quoteBackground, barColor: gov.palette.quoteBar, insetPt: QUOTE_INSET });
  });

  it('two short bullets are aired out by 0.6 × the size, then centred', () => {
    const [b] = texts(lay('## 标题\n\n- 第一条\n- 第二条\n').slides[0]);
    // space before = round(24 × 0.45) + round(min(spare / 2, 24 × 0.6)) = 11 + 14
    expect(b.paragraphs.map((p) => p.spaceBeforePt)).toEqual([0, 25]);
    expect(b.h * 72).toBeCloseTo(BODY_INSET[1] + BODY_INSET[3] + 4 + 2 * 30 + 11 + 14.4, 0);
    const { top, bottom } = gaps(b);
    expect(Math.abs(top - bottom)).toBeLessThan(0.01);
  });

  it('boxes of different kinds are a theme gap plus the same air apart, and the whole is centred', () => {
    const [p, c] = texts(lay('## 标题\n\n第一段。\n\n```\nx = 1\n```\n').slides[0]);
    expect([p.role, c.role]).toEqual(['body', 'code']);
    // gap = max(6, 0.25 in) = 18 pt, air = min(spare / 2 / 1 step, 24 × 0.6) = 14.4 pt
    expect((c.y - (p.y + p.h)) * 72).toBeCloseTo(18 + 14.4, 0);
    const top = p.y - body.y;
    const bottom = body.y + body.h - (c.y + c.h);
    expect(Math.abs(top - bottom)).toBeLessThan(0.01);
  });

  it('a full slide gets no air: the boxes fill the body from its top', () => {
    const d = lay('## 标题\n\n' + Array.from({ length: 6 }, () => `- ${LONG}`).join('\n') + '\n');
    const [b] = texts(d.slides[0]);
    const size = b.paragraphs[0].sizePt;
    expect(b.paragraphs[1].spaceBeforePt).toBeLessThanOrEqual(Math.round(size * 0.45) + Math.round(size * 0.6));
    expect(b.y + b.h).toBeLessThanOrEqual(body.y + body.h + 0.002);
    expect(b.y - body.y).toBeLessThan(0.3);
  });
});

describe('what the boxes carry', () => {
  it('bullets by level, numbers on ordered items, none on a continued paragraph', () => {
    const md = '## 标题\n\n- 一\n  - 二\n    - 三\n      - 四\n\n  接着说。\n\n1. 甲\n2. 乙\n';
    const paras = texts(lay(md).slides[0]).flatMap((b) => b.paragraphs);
    const by = (t: string) => paras.find((p) => p.runs.map((r) => r.text).join('') === t)!;
    expect(by('一').bullet).toBe(gov.bullets[0].char);
    expect(by('二').bullet).toBe(gov.bullets[1].char);
    expect(by('三').bullet).toBe(gov.bullets[2].char);
    expect(by('四').bullet).toBe(gov.bullets[2].char);
    expect(by('一').bulletColor).toBe(gov.bullets[0].color ?? gov.palette.accent);
    expect(by('接着说。').bullet).toBeUndefined();
    expect([by('甲').number, by('乙').number, by('甲').bullet]).toEqual([1, 2, undefined]);
    expect([by('一').sizePt, by('二').sizePt, by('三').sizePt, by('四').sizePt]).toEqual([24, 22, 20, 20]);
    expect(by('二').spaceBeforePt).toBeLessThan(by('甲').spaceBeforePt);
    expect(by('一').font).toBe('body');
    expect(by('一').color).toBe(gov.palette.text);
  });

  it('code is set in mono, in its own colours, with no space between its lines', () => {
    const [c] = texts(lay('## 代码\n\n```js\nconst a = 1;\nconst b = 2;\n```\n').slides[0]);
    expect(c.role).toBe('code');
    expect(c).toMatchObject({ fill: gov.palette.codeBackground, insetPt: CODE_INSET });
    expect(c.barColor).toBeUndefined();
    expect(c.paragraphs.every((p) => p.font === 'mono' && p.color === gov.palette.codeText && p.spaceBeforePt === 0)).toBe(true);
    expect(c.paragraphs[0].lineSpacingPt).toBe(Math.ceil(c.paragraphs[0].sizePt * 1.15));
  });

  it('a plain body box has no fill and no bar', () => {
    const [b] = texts(lay('## 标题\n\n一句话。\n').slides[0]);
    expect(b.role).toBe('body');
    expect([b.fill, b.barColor, b.insetPt]).toEqual([undefined, undefined, BODY_INSET]);
  });

  it('table cells keep their column alignment (left when unset), header and theme colours', () => {
    const d = lay('## 表\n\n| 甲 | 乙 | 丙 |\n|--:|:-:|---|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n');
    const t = d.slides[0].items.find((i): i is TableBox => i.kind === 'table')!;
    expect(t.header.map((c) => [c.runs[0].text, c.align])).toEqual([['甲', 'r'], ['乙', 'c'], ['丙', 'l']]);
    expect(t.rows.map((r) => r.map((c) => c.runs[0].text + c.align))).toEqual([['1r', '2c', '3l'], ['4r', '5c', '6l']]);
    expect(t).toMatchObject({ headerFill: gov.palette.tableHeader, headerColor: gov.palette.tableHeaderText, zebraFill: gov.palette.tableZebra, borderColor: gov.palette.tableBorder, textColor: gov.palette.text, x: body.x, w: body.w });
    expect(t.rowH.length).toBe(3);
    expect(t.h).toBeCloseTo(t.rowH.reduce((a, b) => a + b, 0), 2);
    expect(t.y).toBeGreaterThan(body.y);
  });

  it('an image keeps its aspect ratio, centred across the body, and takes the spare height', () => {
    const images = new Map<string, ImageAsset>([['a.png', { ok: true, path: '/x/a.png', data: new Uint8Array([1]), mime: 'image/png', width: 1000, height: 300 }]]);
    const d = lay('## 图\n\n![收入](a.png)\n', images);
    const im = d.slides[0].items.find((i): i is ImageBox => i.kind === 'image')!;
    expect(im.w / im.h).toBeCloseTo(1000 / 300, 2);
    expect(im.x + im.w / 2).toBeCloseTo(body.x + body.w / 2, 2);
    expect(im).toMatchObject({ path: '/x/a.png', mime: 'image/png', alt: '收入', y: body.y });
    expect(im.w).toBeCloseTo(body.w, 2); // as wide as the body: the height is not the limit
    // A tall image fills the height instead.
    const tall = new Map<string, ImageAsset>([['a.png', { ok: true, path: '/x/a.png', data: new Uint8Array([1]), mime: 'image/png', width: 100, height: 400 }]]);
    const t = lay('## 图\n\n![收入](a.png)\n', tall).slides[0].items.find((i): i is ImageBox => i.kind === 'image')!;
    expect(t.h).toBeCloseTo(body.h, 2);
    expect(t.x + t.w / 2).toBeCloseTo(body.x + body.w / 2, 2);
  });

  it('a missing image leaves a placeholder at most 5 × 2.5 in, centred, named by its alt text or path', () => {
    const d = lay('## 图\n\n![收入图](missing.png)\n\n## 图二\n\n![](gone.png)\n');
    const [a, b] = d.slides.map((s) => s.items.find((i): i is ImageBox => i.kind === 'image')!);
    expect(a).toMatchObject({ w: 5, h: 2.5, alt: '收入图', y: body.y });
    expect(a.x + a.w / 2).toBeCloseTo(body.x + body.w / 2, 2);
    expect(a.path).toBeUndefined();
    expect(b.alt).toBe('gone.png');
  });
});

describe('titles and reports', () => {
  const many = '## 二十条要点\n\n' + Array.from({ length: 20 }, (_, i) => `- 第${i + 1}条：${LONG}`).join('\n') + '\n';

  it('every continuation part sets its title at one size, and the body starts at one height', () => {
    const d = lay(many);
    expect(d.slides.length).toBeGreaterThan(2);
    expect(new Set(d.slides.map((s) => titleOf(s).paragraphs[0].sizePt)).size).toBe(1);
    expect(new Set(d.slides.map((s) => texts(s)[0].y)).size).toBe(1);
    expect(titleOf(d.slides[0])).toMatchObject({ valign: 'middle' });
    expect(d.slides.map((s) => s.part)).toEqual(d.slides.map((_, i) => i + 1));
  });

  it('a title the （续） pushes to two lines is set smaller on every part, the first included', () => {
    // Find a title that fits one line at full size alone but not with （续）.
    let head = '';
    for (let n = 10; n <= 40 && !head; n++) {
      const h = '关于'.padEnd(n, '国');
      const alone = lay(`## ${h}\n\n- x\n`).slides[0];
      if (titleOf(alone).paragraphs[0].sizePt < gov.sizes.title || titleOf(alone).paragraphs[0].lines > 1) break;
      const d = lay(many.replace('二十条要点', h));
      if (titleOf(d.slides[1]).paragraphs[0].sizePt < gov.sizes.title || titleOf(d.slides[1]).paragraphs[0].lines > 1) head = h;
    }
    expect(head).not.toBe('');
    const d = lay(many.replace('二十条要点', head));
    const sizes = d.slides.map((s) => titleOf(s).paragraphs[0].sizePt);
    expect(new Set(sizes).size).toBe(1);
    expect(sizes[0]).toBe(titleOf(d.slides[1]).paragraphs[0].sizePt);
    expect(d.slides[0].titleText).toBe(head);
  });

  it('a continuation title that wraps where the first part\'s does not pushes the body down on every part', () => {
    // A title region 0.6 in tall holds one line at the smallest title size, not two. A title that just fits one line
    // there wraps once （续） is added: the continuation parts' title grows past the region, and every part's body
    // starts below it.
    const low: Theme = { ...gov, spacing: { ...gov.spacing, titleHeight: 0.6 } };
    const lowBody = defaultRegions('content', low, { w: 13.333, h: 7.5 }).body;
    const layLow = (md: string) => {
      const { deck } = parse(md, { file: 't.md' });
      deck.meta.aspect = '16:9';
      deck.meta.layouts = 'plain';
      return layout(deck, low);
    };
    let d: LaidOutDeck | undefined;
    for (let n = 20; n <= 50 && !d; n++) {
      const c = layLow(many.replace('二十条要点', '关'.repeat(n)));
      if (c.slides.length > 1 && titleOf(c.slides[0]).paragraphs[0].lines === 1 && titleOf(c.slides[1]).paragraphs[0].lines === 2) d = c;
    }
    expect(d).toBeDefined();
    const bottomOfTitle = titleOf(d!.slides[1]).y + titleOf(d!.slides[1]).h;
    expect(bottomOfTitle).toBeGreaterThan(lowBody.y + 0.01);
    for (const s of d!.slides) {
      for (const b of texts(s)) {
        expect(b.y).toBeGreaterThanOrEqual(bottomOfTitle - 0.001);
        expect(b.y + b.h).toBeLessThanOrEqual(lowBody.y + lowBody.h + 0.002);
      }
    }
  });

  it('a slide with only a title is one slide with no reports', () => {
    const d = lay('## 只有标题\n');
    expect(d.slides.length).toBe(1);
    expect(texts(d.slides[0])).toEqual([]);
    expect(d.fit).toEqual([]);
    // One slide is not "part 1 of 1".
    expect([d.slides[0].part, d.slides[0].parts]).toEqual([undefined, undefined]);
  });

  it('a shrunk body is reported once with the source line, slide and title; a split adds its own line', () => {
    const d = lay('## 前\n\n- x\n\n## 标题\n\n' + Array.from({ length: 6 }, () => `- ${LONG}`).join('\n') + '\n');
    expect(d.fit.length).toBe(1);
    expect(d.fit[0]).toMatchObject({ line: 5, slide: 2, title: '标题' });
    expect(d.fit[0].message).toMatch(/^body 24→(19|2[0-3]) pt$/);
  });

  it('a slide of only a table set smaller than the theme size reports no body shrink', () => {
    // The fewest rows that make the table shrink on one slide.
    let d: LaidOutDeck | undefined;
    for (let n = 6; n <= 30 && !d; n++) {
      const rows = Array.from({ length: n }, (_, i) => `| ${i + 1} | ${LONG.slice(0, 30)} |`).join('\n');
      const c = lay(`## 表\n\n| 序号 | 任务 |\n|--|--|\n${rows}\n`);
      const t = c.slides[0].items.find((i): i is TableBox => i.kind === 'table')!;
      if (c.slides.length === 1 && t.sizePt < gov.sizes.table) d = c;
    }
    expect(d).toBeDefined();
    expect(d!.fit.filter((f) => f.message.startsWith('body'))).toEqual([]);
  });

  it('content that fits one slide only at the floor itself stays one slide, at the floor', () => {
    // gov-blue with its floor raised to 19 pt: six long bullets and a short one fit one slide at 19 pt, not at 20.
    const high: Theme = { ...gov, sizes: { ...gov.sizes, minBody: 19 } };
    const { deck } = parse('## 要点\n\n' + Array.from({ length: 6 }, () => `- ${LONG}`).join('\n') + `\n- ${LONG.slice(0, 12)}\n`, { file: 't.md' });
    deck.meta.aspect = '16:9';
    deck.meta.layouts = 'plain';
    const d = layout(deck, high);
    expect(d.slides.length).toBe(1);
    expect(texts(d.slides[0])[0].paragraphs[0].sizePt).toBe(19);
    expect(d.fit.map((f) => f.message)).toEqual(['body 24→19 pt']);
  });
});

// The three mutants left by the hand check of stop 22: a body exactly as tall as its stack, and a page that no size fits.
describe('the size search at its exact edges', () => {
  const titleRegion = defaultRegions('content', gov, { w: 13.333, h: 7.5 }).title;
  const content = (md: string, bodyH: number) => {
    const { deck } = parse(md, { file: 't.md' });
    const slide = deck.slides[0];
    return layoutContent({ slide, title: slide.title, theme: gov, titleRegion, bodyRegion: { ...body, h: bodyH }, lang: 'zh', index: 1, titleColor: '000000', textColor: '000000' });
  };
  const stackAt = (md: string, size: number) => {
    const { deck } = parse(md, { file: 't.md' });
    const ctx = { theme: gov, widthPt: body.w * 72, heightPt: 1e6, gapPt: Math.max(6, gov.spacing.gap * 72) };
    return stackHeight(toUnits(deck.slides[0].blocks), bodyScale(gov, size), ctx, new Map());
  };

  it('a body exactly as tall as its stack at the theme size keeps that size; a hair less shrinks it', () => {
    const md = '## 标题\n\n' + Array.from({ length: 4 }, () => `- ${LONG}`).join('\n') + '\n';
    const h = stackAt(md, 24);
    expect((h / 72) * 72).toBe(h); // the body's height in inches gives back the same points
    expect(texts(content(md, h / 72).slides[0])[0].paragraphs[0].sizePt).toBe(24);
    expect(texts(content(md, (h - 0.01) / 72).slides[0])[0].paragraphs[0].sizePt).toBeLessThan(24);
  });

  it('split parts exactly as tall as the body keep the theme size', () => {
    const two = '## 标题\n\n' + Array.from({ length: 2 }, () => `- ${LONG}`).join('\n') + '\n';
    const four = '## 标题\n\n' + Array.from({ length: 4 }, () => `- ${LONG}`).join('\n') + '\n';
    const h = stackAt(two, 24);
    expect((h / 72) * 72).toBe(h);
    const exact = content(four, h / 72);
    expect(exact.slides.length).toBe(2);
    for (const s of exact.slides) expect(texts(s)[0].paragraphs[0].sizePt).toBe(24);
    const less = content(four, (h - 0.01) / 72);
    expect(texts(less.slides[0])[0].paragraphs[0].sizePt).toBeLessThan(24);
  });

  it('a table row taller than any page (no size fits it) leaves the whole slide at the floor, not at a size only some parts fit', () => {
    const md = `## 标题\n\n- 短句一\n- 短句二\n- 短句三\n\n| 项目 | 说明 |\n|---|---|\n| 甲 | ${LONG}${LONG}${LONG} |\n`;
    const r = content(md, 1.2);
    expect(r.slides.length).toBeGreaterThan(1);
    const sizes = r.slides.flatMap((s) => texts(s).flatMap((t) => t.paragraphs.map((p) => p.sizePt)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(new Set(sizes)).toEqual(new Set([gov.sizes.minBody]));
  });
});
