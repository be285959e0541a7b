// A chart placed like an image: inside the body, never below its minimum height, moved to a continuation slide
// rather than squeezed; category labels turned only when they cannot fit, measured with the layout's metrics.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import { categoryRotation, chartColors, CHART_MIN_IN, readableOn } from '../../src/layout/chart.js';
import type { ChartBox, ChartSpec } from '../../src/model.js';

const theme = resolveTheme('gov-blue', { lang: 'zh-CN' });
const laidOut = (md: string) => layout(parse(md, { file: 'd.md' }).deck, theme);
const chartsOf = (md: string) => laidOut(md).slides.flatMap((s, i) => s.items.filter((x): x is ChartBox => x.kind === 'chart').map((c) => ({ slide: i, c })));
const TABLE = `<!-- chart: column -->\n| 地区 | 2024 |\n|---|---|\n| 华东 | 1 |\n| 华南 | 2 |\n`;

describe('chart placement', () => {
  it('a chart alone takes the body region', () => {
    const deck = laidOut(`## 营收\n\n${TABLE}`);
    const slide = deck.slides[0];
    const c = slide.items.find((x): x is ChartBox => x.kind === 'chart')!;
    expect(c).toBeDefined();
    const title = slide.items.find((x) => x.kind === 'text')!;
    expect(c.y).toBeGreaterThanOrEqual(title.y + title.h);
    expect(c.x + c.w).toBeLessThanOrEqual(deck.widthIn);
    expect(c.y + c.h).toBeLessThanOrEqual(deck.heightIn - theme.spacing.marginBottom + 0.01);
    expect(c.h).toBeGreaterThan(3.5);
    expect(c.colors[0]).toBe(theme.palette.accent);
    expect(c.legend).toBe(false);
    expect(c.labels).toBe(true);
  });

  it('text above a chart: the chart gets the rest, at least its minimum; too much text moves it to a continuation slide', () => {
    const [{ c }] = chartsOf(`## 营收\n\n营收稳步增长。\n\n${TABLE}`);
    expect(c.h).toBeGreaterThanOrEqual(CHART_MIN_IN);
    const many = Array.from({ length: 9 }, (_, k) => `- 第${k + 1}项工作取得了明显成效，各项指标全面完成`).join('\n');
    const deck = laidOut(`## 营收\n\n${many}\n\n${TABLE}`);
    expect(deck.slides.length).toBe(2);
    const placed = chartsOf(`## 营收\n\n${many}\n\n${TABLE}`);
    expect(placed.map((p) => p.slide)).toEqual([1]);
    expect(placed[0].c.h).toBeGreaterThanOrEqual(CHART_MIN_IN);
  });
});

describe('category labels', () => {
  const spec = (categories: string[]): ChartSpec => ({ type: 'column', categories, series: [{ name: 'v', values: categories.map((_, i) => i * 1000), format: '#,##0' }] });
  it('stay horizontal when they fit (on one or two lines), turn −45° when they cannot', () => {
    expect(categoryRotation(spec(['华东', '华南', '华北']), 800, 14, theme)).toBe(0);
    expect(categoryRotation(spec(Array.from({ length: 12 }, (_, k) => `第${k + 1}分公司`)), 800, 14, theme)).toBe(0);
    expect(categoryRotation(spec(Array.from({ length: 20 }, (_, k) => `华东区第${k + 1}分公司营业部`)), 800, 14, theme)).toBe(-45);
    expect(categoryRotation(spec(Array.from({ length: 12 }, (_, k) => `Subsidiary${k}`)), 500, 14, theme)).toBe(-45);
  });
});

describe('colours', () => {
  it('come from the palette roles, accent first, then tints; all distinct', () => {
    const c = chartColors(theme, 8);
    expect(c.slice(0, 2)).toEqual([theme.palette.accent, theme.palette.accent2]);
    expect(new Set(c).size).toBe(8);
    expect(c.every((x) => /^[0-9A-F]{6}$/.test(x))).toBe(true);
  });
  it('labels on a fill take the text or background colour, whichever reads', () => {
    expect(readableOn('1F5FAF', '262626', 'FFFFFF')).toBe('FFFFFF');
    expect(readableOn('DDE8F5', '262626', 'FFFFFF')).toBe('262626');
  });
});

describe('value axes', () => {
  it('whole-number ticks when the span allows, from zero for bars, to 100 % for shares of a whole', async () => {
    const { valueAxis } = await import('../../src/layout/chart.js');
    const col = (values: number[], format: string, type: ChartSpec['type'] = 'column'): ChartSpec => ({ type, categories: values.map((_, i) => `c${i}`), series: [{ name: 's', values, format }] });
    expect(valueAxis(col([16.1, 18.4], '#,##0.0'), false)).toEqual({ format: '#,##0', fromZero: true });
    expect(valueAxis(col([1.2, 0.85], '#,##0.00'), false)).toEqual({ format: '#,##0.00', fromZero: true });
    expect(valueAxis(col([0.96, 0.88], '0.0%'), false)).toEqual({ format: '0%', fromZero: true, max: 1 });
    expect(valueAxis(col([0.12, 0.3], '0%'), false)).toEqual({ format: '0%', fromZero: true });
    expect(valueAxis(col([-5, 3], '#,##0'), false)).toEqual({ format: '#,##0', fromZero: false });
    expect(valueAxis(col([400, 502], '#,##0', 'line'), false)).toEqual({ format: '#,##0', fromZero: false });
  });
});

describe('a chart beside its bullets', () => {
  it('takes the image-text design: chart on the side it came, text in the rest, both inside the body', () => {
    const md = `## 投资\n\n- 全年完成固定资产投资 326 亿元\n- 工业投资增长 12.3%\n- 基础设施投资增长 6.1%\n\n${TABLE}`;
    const deck = laidOut(md);
    expect(deck.slides).toHaveLength(1);
    const s = deck.slides[0];
    expect(s.design).toBe('image-text');
    const chart = s.items.find((x): x is ChartBox => x.kind === 'chart')!;
    const body = s.items.filter((x) => x.kind === 'text' && x.role === 'body');
    expect(body.length).toBeGreaterThan(0);
    for (const t of body) expect(t.x + t.w).toBeLessThanOrEqual(chart.x + 1e-6);
    expect(chart.w).toBeGreaterThan(deck.widthIn * 0.45);
    expect(chart.h).toBeGreaterThan(3.5);
    expect(chart.x + chart.w).toBeLessThanOrEqual(deck.widthIn);
    // Chart first in the Markdown: on the left.
    const left = laidOut(`## 投资\n\n${TABLE}\n- 一\n- 二\n`).slides[0];
    const c2 = left.items.find((x): x is ChartBox => x.kind === 'chart')!;
    for (const t of left.items.filter((x) => x.kind === 'text' && x.role === 'body')) expect(t.x).toBeGreaterThanOrEqual(c2.x + c2.w);
  });
  it('a one-sentence lead stays above a full-width chart', () => {
    const s = laidOut(`## 营收\n\n营收稳步增长。\n\n${TABLE}`).slides[0];
    expect(s.design).not.toBe('image-text');
  });
});
