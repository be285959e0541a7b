// The preview's drawing of a laid-out slide, without a browser: boxes where the layout put them, the layout's line
// breaks, charts as SVG, and an item kind it does not know as a labelled frame instead of a crash.
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { LaidOutDeck, PlacedItem } from '../../src/model.js';
import { autospaced, slideHtml, type PictureStore } from '../../src/preview/slide-html.js';

const pictures: PictureStore = { add: () => 'x' };
const opts = { pictures, loadFile: () => undefined };

const DECK = `## Revenue

\`\`\`chart
type: column
categories: [Q1, Q2, Q3]
series:
  - name: Revenue
    values: [10, 12, 15]
\`\`\`

## Points

- A first point that is long enough to wrap onto a second line in the body box of a slide at this size, surely
`;

describe('preview slide HTML', () => {
  it('places every box in inches, draws charts as SVG bars, and keeps the layout line breaks', async () => {
    const r = await build(DECK, { skipRender: true });
    const laid: LaidOutDeck = r.laid;
    const chartIndex = laid.slides.findIndex((s) => s.items.some((i) => i.kind === 'chart'));
    const html = slideHtml(laid, r.theme, chartIndex, opts);
    const chart = laid.slides[chartIndex].items.find((i) => i.kind === 'chart')!;
    expect(html).toContain(`class="box chart" data-line="1"`);
    expect(html).toContain(`left:${+chart.x.toFixed(4)}in;top:${+chart.y.toFixed(4)}in`);
    expect(html.match(/<rect [^>]*fill="#/g)!.length).toBeGreaterThanOrEqual(3);

    const pi = laid.slides.findIndex((s) => s.titleText === 'Points');
    const body = laid.slides[pi].items.find((i) => i.kind === 'text' && i.role === 'body');
    const p = body?.kind === 'text' ? body.paragraphs[0] : undefined;
    expect(p?.lines).toBeGreaterThan(1);
    const points = slideHtml(laid, r.theme, pi, opts);
    // One line element per line the layout predicted for the bullet paragraph.
    const para = points.slice(points.indexOf('A first point') - 400);
    expect(para.match(/<div class="ln"/g)!.length).toBeGreaterThanOrEqual(p!.lines);
  });

  it('draws an item kind it does not know as a frame with its name', async () => {
    const r = await build('## A\n\n- b\n', { skipRender: true });
    const s = r.laid.slides[r.laid.slides.length - 1];
    s.items.push({ kind: 'cards', x: 1, y: 2, w: 3, h: 1 } as unknown as PlacedItem);
    const html = slideHtml(r.laid, r.theme, r.laid.slides.length - 1, opts);
    expect(html).toContain('<div class="box unknown" data-line="1" style="left:1in;top:2in;width:3in;height:1in"><span>cards</span></div>');
  });

  it('spaces ideographs from Latin letters and digits as LibreOffice does (also across runs), not inside code; bullets in the East-Asian face', async () => {
    expect([autospaced('字', 'A'), autospaced('9', '年'), autospaced('字', '，'), autospaced('A', 'B'), autospaced('字', '字')]).toEqual([true, true, false, false, false]);
    const r = await build('## 数据\n\n- 汉字ABCD汉字**1234**年\n- 用 `npm test` 跑\n', { skipRender: true, theme: 'gov-blue' });
    const html = slideHtml(r.laid, r.theme, 0, opts);
    const as = '<span class="as"></span>';
    expect(html).toContain(`汉字${as}ABCD${as}汉字`);
    expect(html).toContain(`汉字${as}<span style="font-weight:700">1234</span>${as}年`);
    expect(html).not.toMatch(/npm<span class="as">|test<span class="as">/);
    // The bullet character: 80 % in the body's East-Asian face, as the .pptx's buFont says.
    expect(html).toMatch(/class="bu" style="[^"]*font-size:80%;font-family:&quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;/);
  });
});

describe('preview: tables', () => {
  it('a table with a header draws it as a row of th; one without (pandoc headerless) draws only its rows, at their heights', async () => {
    const r = await build('## With\n\n| 项 | 值 |\n|---|---|\n| 甲 | 1 |\n\n## Without\n\n---- ----\n 甲    1\n 乙    2\n---- ----\n', { skipRender: true });
    const laid: LaidOutDeck = r.laid;
    const [withHead, without] = [0, 1].map((i) => slideHtml(laid, r.theme, i, opts));
    expect(withHead.match(/<th /g)).toHaveLength(2);
    expect(without).not.toContain('<th ');
    const t = laid.slides[1].items.find((i) => i.kind === 'table')!;
    expect(t.kind === 'table' && t.rowH[0]).toBe(0);
    const heights = [...without.matchAll(/<tr style="height:([\d.]+)in">/g)].map((m) => +m[1]);
    expect(heights).toEqual(t.kind === 'table' ? t.rowH.slice(1).map((h) => +h.toFixed(4)) : []);
  });
});
