// A picture or chart beside text (src/layout/layouts/image-text.ts, chart-text.ts): the text block exactly centred
// in its slot's height (the flow engine centres it to within its rounding; besideText finishes the job), the chart in
// its slot from the body's top, and which slides a chart with text makes: a list or two paragraphs beside it, not a
// lone sentence, a table or a quote.
import { describe, expect, it } from 'vitest';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import type { Box, ImageAsset, LaidSlide, TextBox } from '../../src/model.js';
import { gov, lay, only } from './lay.js';

const body = defaultRegions('content', gov, slideSize('16:9')).body;
const bottom = (b: Box) => b.y + b.h;
const texts = (s: LaidSlide) => s.items.filter((i): i is TextBox => i.kind === 'text' && i.role === 'body');
const images = new Map<string, ImageAsset>([['a.png', { ok: true, path: '/x/a.png', data: new Uint8Array([1]), mime: 'image/png', width: 800, height: 600 }]]);
const CHART = '<!-- chart: line -->\n| 月 | 营收 |\n|---|---:|\n| 1月 | 10 |\n| 2月 | 12 |\n| 3月 | 15 |\n';

describe('the text beside a picture or a chart is centred in its slot', () => {
  it.each([
    ['five short items beside a picture', '![收入](a.png)\n\n- 一\n- 二\n- 三\n- 四\n- 五\n'],
    ['a list with a sub-item and a paragraph beside a picture', '![收入](a.png)\n\n- 三季度收入创新高\n  - 子项\n- 同比增长\n\n结论段落。\n'],
    ['two paragraphs beside a chart', `${CHART}\n三季度收入创新高。\n\n同比增长百分之二十。\n`],
  ])('%s: the space above the text is the space below it, to 0.002 in', (_, md) => {
    const s = only(`## 图文\n\n${md}`, { images });
    expect(s.design).toBe('image-text');
    const t = texts(s);
    expect(t.length).toBe(1);
    expect(Math.abs(t[0].y - body.y - (bottom(body) - bottom(t[0])))).toBeLessThanOrEqual(0.002);
  });
});

describe('a chart beside text', () => {
  it('the chart fills its slot from the body top: 56 % of the width, on the side it was written', () => {
    for (const chartFirst of [true, false]) {
      const md = chartFirst ? `${CHART}\n- 一季度增长明显\n- 三月创新高\n` : `- 一季度增长明显\n- 三月创新高\n\n${CHART}`;
      const s = only(`## 营收\n\n${md}`);
      expect(s.design).toBe('image-text');
      const c = s.items.find((i) => i.kind === 'chart')!;
      expect(c.y).toBeCloseTo(body.y, 2);
      expect(c.h).toBeCloseTo(body.h, 2);
      expect(c.w).toBeCloseTo(body.w * 0.56, 2);
      expect(c.x).toBeCloseTo(chartFirst ? body.x : bottom({ y: body.x, h: body.w }) - body.w * 0.56, 2);
    }
  });

  it.each([
    ['a list', '- 一季度增长明显\n- 三月创新高\n', true],
    ['two paragraphs', '一季度增长明显。\n\n三月创新高。\n', true],
    ['a paragraph and a list', '一季度增长明显。\n\n- 三月创新高\n- 四月持平\n', true],
    ['one sentence (it is a lead over the chart)', '一季度增长明显。\n', false],
    ['a paragraph and a quote', '一季度增长明显。\n\n> 三月创新高\n', false],
    ['a paragraph and a table', '一季度增长明显。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', false],
  ])('a chart and %s: beside it %s', (_, text, beside) => {
    const d = lay(`## 营收\n\n${CHART}\n${text}`);
    expect(d.slides[0].design === 'image-text').toBe(beside);
  });
});
