// src/layout/chart.ts at its boundaries: every style decision placeChart makes for the renderer — text sizes, the
// default data labels (12 points or fewer), legends, the unit title, the language, the alt text, series colours that
// stand apart, the text colour that reads on a fill, value axes (whole ticks, from zero, shares ending at 100 %) and
// category labels that turn only when they do not fit on two lines.
import { describe, expect, it } from 'vitest';
import { categoryRotation, chartColors, formatted, mix, placeChart, readableOn, valueAxis } from '../../src/layout/chart.js';
import { measureWidthPt } from '../../src/layout/measure.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { ChartSeries, ChartSpec, ChartType } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';

const gov = resolveTheme('gov-blue');
const spec = (type: ChartType, categories: number | string[], series: (number | null)[][] | ChartSeries[], extra: Partial<ChartSpec> = {}): ChartSpec => ({
  type,
  categories: typeof categories === 'number' ? Array.from({ length: categories }, (_, i) => `C${i + 1}`) : categories,
  series: (series as unknown[]).map((s, i) => (Array.isArray(s) ? { name: `S${i + 1}`, values: s as (number | null)[] } : (s as ChartSeries))),
  ...extra,
});
const place = (s: ChartSpec, lang = 'zh-CN', theme: Theme = gov, w = 600, h = 300) => placeChart(s, 72, 144, w, h, { theme, lang, textColor: '222222' });

describe('placeChart', () => {
  it('the box in inches from points, the spec and colours, text 2 pt under the table floor (12–16 pt), titles 2 pt over', () => {
    const c = place(spec('column', 3, [[1, 2, 3]]), 'zh-CN', gov, 612, 306);
    expect(c).toMatchObject({ kind: 'chart', x: 1, y: 2, w: 8.5, h: 4.25, sizePt: 14, titleSizePt: 16, textColor: '222222', background: gov.palette.background });
    const big = { ...gov, sizes: { ...gov.sizes, minTable: 30 } };
    const small = { ...gov, sizes: { ...gov.sizes, minTable: 10 } };
    expect(place(spec('column', 3, [[1, 2, 3]]), 'zh', big).sizePt).toBe(16);
    expect(place(spec('column', 3, [[1, 2, 3]]), 'zh', small).sizePt).toBe(12);
    expect(placeChart(spec('column', 3, [[1, 2, 3]]), 0, 0, 72, 72, { theme: gov, lang: 'en', textColor: '222222', background: '101010' }).background).toBe('101010');
  });

  it('data labels by default on 12 points or fewer (never on areas, always on pies); an explicit choice wins', () => {
    expect(place(spec('column', 12, [Array(12).fill(1)])).labels).toBe(true);
    expect(place(spec('column', 13, [Array(13).fill(1)])).labels).toBe(false);
    expect(place(spec('line', 6, [Array(6).fill(1), Array(6).fill(2)])).labels).toBe(true);
    expect(place(spec('line', 7, [Array(7).fill(1), Array(7).fill(2)])).labels).toBe(false);
    expect(place(spec('area', 2, [[1, 2]])).labels).toBe(false);
    expect(place(spec('pie', 20, [Array(20).fill(1)])).labels).toBe(true);
    expect(place(spec('column', 20, [Array(20).fill(1)], { labels: true })).labels).toBe(true);
    expect(place(spec('pie', 3, [[1, 2, 3]], { labels: false })).labels).toBe(false);
  });

  it('a legend for several series or a doughnut, not for one series or a pie', () => {
    expect(place(spec('column', 2, [[1, 2]])).legend).toBe(false);
    expect(place(spec('column', 2, [[1, 2], [3, 4]])).legend).toBe(true);
    expect(place(spec('pie', 3, [[1, 2, 3]])).legend).toBe(false);
    expect(place(spec('doughnut', 3, [[1, 2, 3]])).legend).toBe(true);
  });

  it('pies have one colour per slice and no axes or rotation; bars do not turn; a combo has two value axes', () => {
    const pie = place(spec('pie', 5, [[1, 2, 3, 4, 5]]));
    expect(pie.colors.length).toBe(5);
    expect(pie.onColors.length).toBe(5);
    expect(pie.axes).toEqual([]);
    expect(pie.labelRotation).toBe(0);
    const long = ['一个很长很长的类别名称', '另一个很长很长的类别名称', '第三个很长很长的类别名称'];
    expect(place(spec('bar', long, [[1, 2, 3]]), 'zh', gov, 100).labelRotation).toBe(0);
    expect(place(spec('column', long, [[1, 2, 3]]), 'zh', gov, 100).labelRotation).toBe(-45);
    const combo = place(spec('combo', 2, [{ name: 'a', values: [1, 2] }, { name: 'b', values: [0.1, 0.2], secondary: true, format: '0.0%' }]));
    expect(combo.axes.length).toBe(2);
    expect(combo.axes[1].format).toBe('0%');
    expect(place(spec('column', 2, [[1, 2], [3, 4]])).colors.length).toBe(2);
  });

  it('axis and grid colours are the text colour mixed into the background', () => {
    const c = place(spec('column', 2, [[1, 2]]));
    expect(c.axisColor).toBe(mix('222222', gov.palette.background, 0.55));
    expect(c.gridColor).toBe(mix('222222', gov.palette.background, 0.86));
  });

  it('the unit as the axis title in the deck\'s language; the language tag; the alt text from the title or the series', () => {
    expect(place(spec('column', 2, [[1, 2]], { unit: ' 万元 ' })).unitLabel).toBe('单位：万元');
    expect(place(spec('column', 2, [[1, 2]], { unit: 'USD' }), 'en').unitLabel).toBe('Unit: USD');
    expect(place(spec('column', 2, [[1, 2]], { unit: '  ' })).unitLabel).toBeUndefined();
    expect(place(spec('column', 2, [[1, 2]])).unitLabel).toBeUndefined();
    expect(place(spec('column', 2, [[1, 2]]), 'zh').lang).toBe('zh-CN');
    expect(place(spec('column', 2, [[1, 2]]), 'en').lang).toBe('en-US');
    expect(place(spec('column', 2, [[1, 2]]), 'fr-FR').lang).toBe('fr-FR');
    expect(place(spec('column', 2, [{ name: '收入', values: [1, 2] }, { name: '支出', values: [1, 2] }])).alt).toBe('收入、支出图表');
    expect(place(spec('column', 2, [{ name: 'Revenue', values: [1, 2] }, { name: 'Cost', values: [1, 2] }]), 'en').alt).toBe('Chart of Revenue, Cost');
    expect(place(spec('column', 2, [[1, 2]], { title: '季度收入' })).alt).toBe('季度收入');
  });
});

describe('categoryRotation: horizontal while every label fits its slot on one line or two', () => {
  const style = { faces: gov.fonts.body, sizePt: 14 };
  const slotOf = (s: ChartSpec, w: number) => {
    const axis = Math.max(...s.series.flatMap((x) => x.values.map((v) => measureWidthPt(formatted(v as number, x.format), style)))) + 14;
    return ((w - 28 - axis) / s.categories.length) * 0.9;
  };

  it('a label exactly as wide as the slot fits; a point wider on one line goes to two lines; wider than two turns', () => {
    const s = spec('column', ['一季度', '二季度'], [[100, 200]]);
    const lbl = measureWidthPt('一季度', style);
    // Solve for the width that makes the slot exactly the label's width.
    const axis = measureWidthPt('200', style) + 14;
    const exact = (lbl / 0.9) * 2 + 28 + axis;
    expect(slotOf(s, exact)).toBeCloseTo(lbl, 6);
    expect(categoryRotation(s, exact + 1e-6, 14, gov)).toBe(0);
    // Half as wide: still two lines of CJK.
    const half = ((lbl / 2) / 0.9) * 2 + 28 + axis;
    expect(categoryRotation(s, half + 0.01, 14, gov)).toBe(0);
    expect(categoryRotation(s, half - 0.5, 14, gov)).toBe(-45);
  });

  it('Latin labels go to two lines only at a space, with the longest word fitting alone', () => {
    const word = 'Internationalization';
    const s = spec('column', [word + ' x', 'b'], [[1, 2]]);
    const w = measureWidthPt(word + ' x', style);
    const axis = measureWidthPt('2', style) + 14;
    // A slot of just over half the label but narrower than its longest word: turned.
    const slot = Math.max(w / 2 + 1, measureWidthPt(word, style) - 5);
    expect(slot).toBeLessThan(measureWidthPt(word, style));
    expect(categoryRotation(s, (slot / 0.9) * 2 + 28 + axis, 14, gov)).toBe(-45);
    const wide = measureWidthPt(word, style) + 1;
    expect(wide).toBeLessThan(w);
    expect(categoryRotation(s, (wide / 0.9) * 2 + 28 + axis, 14, gov)).toBe(0);
  });

  it('the value axis labels take their widest formatted value; a combo leaves room for both axes; empty values do not count', () => {
    // One Latin word per label: it cannot go to two lines, so it turns as soon as the slot is narrower than it.
    const cats = ['Quarterly', 'Quarterly'];
    const lbl = measureWidthPt('Quarterly', style);
    const plain = spec('column', cats, [[1, null]]);
    const axis1 = measureWidthPt('1', style) + 14;
    const just = (lbl / 0.9) * 2 + 28 + axis1 + 1e-6;
    expect(categoryRotation(plain, just, 14, gov)).toBe(0);
    expect(categoryRotation(plain, just - 0.01, 14, gov)).toBe(-45);
    const wider = spec('column', cats, [[1, 1234567]]);
    expect(categoryRotation(wider, just, 14, gov)).toBe(-45);
    expect(categoryRotation(spec('column', cats, [{ name: 'a', values: [0.01, 1], format: '0%' }]), just, 14, gov)).toBe(-45); // "100%"
    const combo = spec('combo', cats, [{ name: 'a', values: [1, 1] }, { name: 'b', values: [0.5, 0.5], secondary: true, format: '0%' }]);
    expect(categoryRotation({ ...combo, type: 'line' }, just, 14, gov)).toBe(0);
    expect(categoryRotation(combo, just, 14, gov)).toBe(-45);
    expect(categoryRotation(combo, just + measureWidthPt('50%', style) + 14, 14, gov)).toBe(0);
    expect(categoryRotation(spec('column', cats, [[null, null]]), (lbl / 0.9) * 2 + 28 + 1e-6, 14, gov)).toBe(0);
    expect(categoryRotation(spec('column', cats, [[null, null]]), (lbl / 0.9) * 2 + 28 - 0.01, 14, gov)).toBe(-45);
  });
});

describe('valueAxis', () => {
  it('whole ticks once the values span 5 (or 5 % for percentages); decimals below that', () => {
    const s = (values: number[], format: string, type: ChartType = 'column') => spec(type, values.length, [{ name: 'a', values, format }]);
    expect(valueAxis(s([0, 5], '#,##0.0'), false).format).toBe('#,##0');
    expect(valueAxis(s([0, 4.9], '#,##0.0'), false).format).toBe('#,##0.0');
    expect(valueAxis(s([-2, 3], '0.00'), false).format).toBe('0');
    expect(valueAxis(s([0.01, 0.05], '0.0%'), false).format).toBe('0%');
    expect(valueAxis(s([0.01, 0.049], '0.0%'), false).format).toBe('0.0%');
    expect(valueAxis(spec('column', 1, [[1]]), false).format).toBe('General');
    expect(valueAxis(spec('column', 1, [[null]]), false)).toEqual({ format: 'General', fromZero: true });
  });

  it('bars and areas start at zero unless a value is negative; lines and a combo\'s secondary line do not', () => {
    expect(valueAxis(spec('column', 2, [[3, 4]]), false).fromZero).toBe(true);
    expect(valueAxis(spec('area', 2, [[0, 4]]), false).fromZero).toBe(true);
    expect(valueAxis(spec('column', 2, [[-1, 4]]), false).fromZero).toBe(false);
    expect(valueAxis(spec('line', 2, [[3, 4]]), false).fromZero).toBe(false);
    const combo = spec('combo', 2, [{ name: 'a', values: [1, 2] }, { name: 'b', values: [3, 4], secondary: true }]);
    expect(valueAxis(combo, false).fromZero).toBe(true);
    expect(valueAxis(combo, true).fromZero).toBe(false);
  });

  it('shares of a whole over 80 % end at 100 %; not when stacked, not with a value over 1 or under 0', () => {
    const pct = (values: number[], extra: Partial<ChartSpec> = {}, n = 1) => spec('column', values.length, Array.from({ length: n }, (_, i) => ({ name: `s${i}`, values, format: '0%' })), extra);
    expect(valueAxis(pct([0.5, 0.81]), false).max).toBe(1);
    expect(valueAxis(pct([0.5, 0.8]), false).max).toBeUndefined();
    expect(valueAxis(pct([0.5, 1]), false).max).toBe(1);
    expect(valueAxis(pct([0.5, 1.01]), false).max).toBeUndefined();
    expect(valueAxis(pct([-0.1, 0.9]), false).max).toBeUndefined();
    expect(valueAxis(pct([0.5, 0.9], { stacked: true }, 2), false).max).toBeUndefined();
    expect(valueAxis(pct([0.5, 0.9], { stacked: true }, 1), false).max).toBe(1);
    expect(valueAxis(pct([0.5, 0.9], {}, 2), false).max).toBe(1);
    expect(valueAxis(spec('column', 2, [[0.5, 0.9]]), false).max).toBeUndefined();
  });

  it('each axis reads only its own series', () => {
    const combo = spec('combo', 2, [{ name: 'a', values: [100, 200], format: '#,##0.0' }, { name: 'b', values: [0.5, 0.9], secondary: true, format: '0.0%' }]);
    expect(valueAxis(combo, false)).toEqual({ format: '#,##0', fromZero: true });
    expect(valueAxis(combo, true)).toEqual({ format: '0%', fromZero: false, max: 1 });
  });
});

describe('formatted', () => {
  it.each([
    [1234567, '#,##0', '1,234,567'], [1234.5, '#,##0.0', '1,234.5'], [-1234.5, '#,##0.00', '-1,234.50'], [0.125, '0.0%', '12.5%'],
    [0.5, '0%', '50%'], [999, undefined, '999'], [1000, undefined, '1,000'], [-0.4, '0', '-0'], [12, 'General', '12'],
  ] as const)('%d as %s → %s', (v, f, out) => expect(formatted(v, f)).toBe(out));
});

describe('colours', () => {
  it('mix: 0 is the first colour, 1 the second, halves round', () => {
    expect(mix('000000', 'FFFFFF', 0)).toBe('000000');
    expect(mix('000000', 'FFFFFF', 1)).toBe('FFFFFF');
    expect(mix('000000', 'FFFFFF', 0.5)).toBe('808080');
    expect(mix('FF0000', '0000FF', 0.25)).toBe('BF0040');
    expect(mix('102030', '102030', 0.7)).toBe('102030');
  });

  it('readableOn: the text or the background colour, whichever has more contrast on the fill', () => {
    expect(readableOn('000000', '222222', 'FFFFFF')).toBe('FFFFFF');
    expect(readableOn('FFFF00', '222222', 'FFFFFF')).toBe('222222');
    expect(readableOn('000000', 'FFFFFF', '111111')).toBe('FFFFFF');
    expect(readableOn('F0F0F0', 'FFFFFF', '111111')).toBe('111111');
    // Around mid grey (where both contrasts are about 4.6:1) the choice changes between 767676 and 757575.
    expect(readableOn('767676', '000000', 'FFFFFF')).toBe('000000');
    expect(readableOn('777777', '000000', 'FFFFFF')).toBe('000000');
    expect(readableOn('757575', '000000', 'FFFFFF')).toBe('FFFFFF');
  });

  it('chartColors: the palette roles first, accent first, each apart from the background and from each other, then tints', () => {
    const c = chartColors(gov, 12);
    expect(c.length).toBe(12);
    expect(c[0]).toBe(gov.palette.accent);
    expect(new Set(c).size).toBe(12);
    expect(chartColors(gov, 1)).toEqual([gov.palette.accent]);
    expect(chartColors(gov, 0)).toEqual([]);
    const d = (a: string, b: string) => {
      const x = [0, 2, 4].map((i) => parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16));
      return Math.hypot(...x);
    };
    const fromRoles = chartColors(gov, 5);
    for (const x of fromRoles) expect(d(x, gov.palette.background)).toBeGreaterThanOrEqual(60);
    for (let i = 0; i < fromRoles.length; i++) for (let j = 0; j < i; j++) expect(d(fromRoles[i], fromRoles[j])).toBeGreaterThanOrEqual(80);
  });

  it('a one-colour palette falls back on alternating tints and shades of the accent', () => {
    const mono = { ...gov, palette: { ...gov.palette, accent: '336699', accent2: '336699', muted: '336699', title: '336699', link: '336699', background: 'FFFFFF' } };
    const c = chartColors(mono, 4);
    expect(c[0]).toBe('336699');
    // The roles are one colour: the accent once; of its derived tints and shades only the half tint stands apart
    // (the 40 % shade is 76 away from the accent, the 75 % tint 68 from the half tint: both under 80).
    expect(c.slice(1, 2)).toEqual([mix('336699', 'FFFFFF', 0.5)]);
    // Then alternating tints and shades: 0.15 × k toward white (odd k) or black (even k), at most 0.85.
    expect(chartColors(mono, 8).slice(2)).toEqual([0.15, 0.3, 0.45, 0.6, 0.75, 0.85].map((t, i) => mix('336699', i % 2 ? '000000' : 'FFFFFF', t)));
    expect(new Set(c).size).toBe(4);
    // A role exactly 60 from the background is kept; closer ones are skipped.
    const edge = { ...gov, palette: { ...gov.palette, accent: '000080', accent2: 'C3FFFF', muted: 'C4FFFF', background: 'FFFFFF' } };
    expect(chartColors(edge, 2)).toEqual(['000080', 'C3FFFF']);
    // Colours too close to the background are skipped.
    const light = { ...gov, palette: { ...gov.palette, accent: 'FAFAFA', background: 'FFFFFF' } };
    expect(chartColors(light, 1)).not.toContain('FAFAFA');
  });
});

describe('the survivors of stop 24 (layout-c)', () => {
  const style = { faces: gov.fonts.body, sizePt: 14 };
  // The chart width whose category slot is exactly `target` points, computed as categoryRotation does (a few ulps
  // around the algebraic answer), so a label at the slot's very edge is tested, not one a hair inside.
  const widthForSlot = (target: number, n: number, axis: number): number => {
    const slot = (w: number) => ((w - 2 * 14 - axis - 0) / Math.max(1, n)) * 0.9;
    const buf = new DataView(new ArrayBuffer(8));
    const step = (x: number, d: number) => { buf.setFloat64(0, x); buf.setBigInt64(0, buf.getBigInt64(0) + BigInt(d)); return buf.getFloat64(0); };
    const w0 = (target / 0.9) * n + 28 + axis;
    for (let k = 0; k < 4000; k++) for (const w of [step(w0, k), step(w0, -k)]) if (slot(w) === target) return w;
    throw new Error(`no width gives a slot of exactly ${target}`);
  };

  it('a CJK label exactly twice as wide as its slot still fits on two lines; a hair more turns it', () => {
    const s = spec('column', ['一季度', '二季度'], [[100, 200]]);
    const lbl = measureWidthPt('一季度', style);
    const axis = measureWidthPt('200', style) + 14;
    const w = widthForSlot(lbl / 2, 2, axis);
    expect(categoryRotation(s, w, 14, gov)).toBe(0);
    expect(categoryRotation(s, w - 1e-9, 14, gov)).toBe(-45);
  });

  it('a Latin label whose longest word is exactly as wide as the slot fits on two lines', () => {
    const word = 'Internationalization';
    const s = spec('column', [`${word} x`, 'b'], [[1, 2]]);
    const axis = measureWidthPt('2', style) + 14;
    const w = widthForSlot(measureWidthPt(word, style), 2, axis);
    expect(categoryRotation(s, w, 14, gov)).toBe(0);
    expect(categoryRotation(s, w - 1e-9, 14, gov)).toBe(-45);
  });

  it('a combo\'s secondary axis takes its own labels\' width (50 %, not the primary\'s 1)', () => {
    const cats = ['Quarterly', 'Quarterly'];
    const lbl = measureWidthPt('Quarterly', style);
    const combo = spec('combo', cats, [{ name: 'a', values: [1, 1] }, { name: 'b', values: [0.5, 0.5], secondary: true, format: '0%' }]);
    const both = (lbl / 0.9) * 2 + 28 + measureWidthPt('1', style) + 14 + measureWidthPt('50%', style) + 14;
    expect(categoryRotation(combo, both + 1e-6, 14, gov)).toBe(0);
    expect(categoryRotation(combo, both - 0.01, 14, gov)).toBe(-45);
  });

  it('a column chart has one value axis, from its own series; a combo two', () => {
    const c = place(spec('column', 2, [{ name: 'a', values: [100, 200], format: '#,##0.0' }]));
    expect(c.axes).toEqual([{ format: '#,##0', fromZero: true }]);
    expect(place(spec('line', 2, [[1, 2]])).axes).toEqual([{ format: 'General', fromZero: false }]);
  });

  it('valueAxis: empty values do not widen the span; a side without series is General; only a combo\'s secondary is a line', () => {
    // -1 … -5.5: the span is 4.5, so ticks keep their decimal (an empty value read as 0 would make it 5.5).
    expect(valueAxis(spec('column', 3, [{ name: 'a', values: [-1, -5.5, null], format: '0.0' }]), false)).toEqual({ format: '0.0', fromZero: false });
    expect(valueAxis(spec('combo', 2, [[1, 2]]), true)).toEqual({ format: 'General', fromZero: false });
    expect(valueAxis(spec('column', 2, [{ name: 'a', values: [1, 2], secondary: true }]), true)).toEqual({ format: 'General', fromZero: true });
    // A share of 0 % is a share: the axis still ends at 100 %.
    expect(valueAxis(spec('column', 2, [{ name: 'a', values: [0, 0.9], format: '0%' }]), false).max).toBe(1);
  });

  it('formatted: zero has no minus sign', () => {
    expect(formatted(0)).toBe('0');
    expect(formatted(0, '0.0%')).toBe('0.0%');
  });

  it('chartColors: a role exactly 80 from one already taken is kept', () => {
    const t = { ...gov, palette: { ...gov.palette, accent: '000000', accent2: '500000', muted: '300040', background: 'FFFFFF' } };
    expect(chartColors(t, 2)).toEqual(['000000', '500000']);
  });

  it('readableOn near the WCAG knee: dark channels (≤ 10 of 255) are linear, c / 12.92', () => {
    // Both are within 0.2 % of the crossover between black and white text; the power curve below the knee, or
    // c × 12.92, moves black's or the fill's luminance enough to flip the choice.
    expect(readableOn('006CFF', '000000', 'FFFFFF')).toBe('000000');
    expect(readableOn('0003FD', '000000', 'FFFFFF')).toBe('FFFFFF');
  });
});
