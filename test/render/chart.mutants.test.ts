// src/render/chart.ts on hand-made chart boxes (render-c survivors): turned category labels, the value axis' unit
// title (level, in the corner above a vertical axis), series without a number format, charts without data labels,
// stacked lines and areas, see-through overlapping areas, the value axis' maximum, the share labels of pies and
// doughnuts, and several series or rings back to back.
import { describe, expect, it } from 'vitest';
import { chartXml } from '../../src/render/chart.js';
import type { ChartBox, ChartSpec } from '../../src/model.js';

const fonts = { latin: 'Arial', eastAsian: 'SimHei' };
const box = (chart: Partial<ChartSpec>, over: Partial<ChartBox> = {}): ChartBox => ({
  kind: 'chart', x: 1, y: 1, w: 8, h: 4,
  chart: { type: 'column', categories: ['a', 'b'], series: [{ name: 's', values: [1, 2] }], ...chart },
  colors: ['C00000', '00B050'], onColors: ['FFFFFF', '000000'], sizePt: 12, titleSizePt: 14, textColor: '111111', background: 'FFFFFF',
  axisColor: '888888', gridColor: 'DDDDDD', labelRotation: 0, legend: false, axes: [{ format: '#,##0', fromZero: true }], labels: false,
  lang: 'zh-CN', alt: 'chart',
  ...over,
});
const xml = (chart: Partial<ChartSpec>, over: Partial<ChartBox> = {}) => chartXml(box(chart, over), fonts);
const two = [{ name: 's', values: [1, 2] }, { name: 't', values: [3, 4] }];
/** Each c:ser element of the chart, in order. */
const series = (x: string) => x.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
const between = (x: string, from: string, to: string) => x.slice(x.indexOf(from), x.indexOf(to, x.indexOf(from)) + to.length);

describe('chartXml: text', () => {
  it('category labels turned by the box\'s rotation (60 000ths of a degree), level at 0', () => {
    const catAx = (deg: number) => between(xml({}, { labelRotation: deg }), '<c:catAx>', '</c:catAx>');
    expect(catAx(-45)).toContain('<c:txPr><a:bodyPr rot="-2700000" vert="horz"/>');
    expect(catAx(-90)).toContain('<c:txPr><a:bodyPr rot="-5400000" vert="horz"/>');
    expect(catAx(0)).toContain('<c:txPr><a:bodyPr rot="0" vert="horz"/>');
  });

  it('the chart title as the viewer places it; the unit title level, in the corner over a vertical value axis, plain over a horizontal one', () => {
    const col = xml({ title: 'T' }, { unitLabel: '单位：万元' });
    expect(between(col, '<c:title>', '</c:title>')).toMatch(/^<c:title><c:tx><c:rich><a:bodyPr\/><a:lstStyle\/>.*<a:t>T<\/a:t>/);
    const unit = between(col, '<c:valAx>', '</c:valAx>');
    expect(unit).toMatch(
      /<c:title><c:tx><c:rich><a:bodyPr rot="0" vert="horz"\/>.*<a:t>单位：万元<\/a:t><\/a:r><\/a:p><\/c:rich><\/c:tx><c:layout><c:manualLayout><c:xMode val="edge"\/><c:yMode val="edge"\/><c:x val="0"\/><c:y val="0"\/><\/c:manualLayout><\/c:layout><c:overlay val="0"\/><\/c:title>/,
    );
    const bar = between(xml({ type: 'bar' }, { unitLabel: '单位：万元' }), '<c:valAx>', '</c:valAx>');
    expect(bar).toMatch(/<a:t>单位：万元<\/a:t><\/a:r><\/a:p><\/c:rich><\/c:tx><c:overlay val="0"\/><\/c:title>/);
    expect(xml({}, { unitLabel: undefined })).not.toContain('单位');
  });
});

describe('chartXml: number formats and data labels', () => {
  it('a series without a format is General in its cache and its labels; one with a format keeps it', () => {
    for (const type of ['column', 'line', 'area'] as const) {
      const [plain, pct] = series(xml({ type, series: [{ name: 's', values: [1, 2] }, { name: 'p', values: [0.1, 0.2], format: '0.0%' }] }, { labels: true }));
      expect(plain, type).toContain('<c:numCache><c:formatCode>General</c:formatCode>');
      expect(plain, type).toContain('<c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/>');
      expect(pct, type).toContain('<c:numCache><c:formatCode>0.0%</c:formatCode>');
      expect(pct, type).toContain('<c:dLbls><c:numFmt formatCode="0.0%" sourceLinked="0"/>');
    }
  });

  it('labels off: no series has c:dLbls, nor anything else before its categories', () => {
    for (const type of ['column', 'bar', 'line', 'area', 'pie', 'doughnut', 'combo'] as const) {
      const s = type === 'combo' ? [{ name: 's', values: [1, 2] }, { name: 't', values: [3, 4], secondary: true }] : [{ name: 's', values: [1, 2] }];
      const sers = series(xml({ type, series: s }, { labels: false }));
      expect(sers.length, type).toBe(s.length);
      for (const x of sers) {
        expect(x, type).not.toContain('<c:dLbls>');
        expect(x, type).toMatch(/(<\/c:spPr>|<\/c:marker>|<c:invertIfNegative val="0"\/>|<\/c:dPt>)<c:cat>/);
      }
    }
  });

  it('pie and doughnut labels show shares as 0%; a pie also its categories, outside', () => {
    const pie = series(xml({ type: 'pie' }, { labels: true }))[0];
    expect(pie).toContain('<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(pie).toContain('<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="1"/><c:showSerName val="0"/><c:showPercent val="1"/>');
    const ring = series(xml({ type: 'doughnut' }, { labels: true }))[0];
    expect(ring.match(/<c:numFmt formatCode="0%" sourceLinked="0"\/>/g)).toHaveLength(3); // each point's label, then the series'
    expect(ring).not.toContain('formatCode=""');
    expect(ring).toContain('<c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/>');
  });
});

describe('chartXml: groups', () => {
  it('a stacked line chart stacks; an unstacked one, and a stacked combo\'s line on its own axis, do not', () => {
    expect(xml({ type: 'line', series: two, stacked: true })).toContain('<c:lineChart><c:grouping val="stacked"/>');
    expect(xml({ type: 'line', series: two })).toContain('<c:lineChart><c:grouping val="standard"/>');
    const combo = xml({ type: 'combo', stacked: true, series: [two[0], { ...two[1], secondary: true }] });
    expect(combo).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(combo).toContain('<c:lineChart><c:grouping val="standard"/>');
  });

  it('areas: one, or stacked, solid without an edge; overlapping ones see-through with a 1.75 pt edge', () => {
    const look = (x: string) => x.match(/<c:ser>.*?<\/c:tx><c:spPr>(.*?)<\/c:spPr>/)![1];
    const solid = '<a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:ln><a:noFill/></a:ln>';
    expect(look(xml({ type: 'area' }))).toBe(solid);
    expect(look(xml({ type: 'area', series: two, stacked: true }))).toBe(solid);
    expect(xml({ type: 'area', series: two, stacked: true })).toContain('<c:areaChart><c:grouping val="stacked"/>');
    expect(look(xml({ type: 'area', series: two }))).toBe(
      '<a:solidFill><a:srgbClr val="C00000"><a:alpha val="40000"/></a:srgbClr></a:solidFill><a:ln w="22225"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln>',
    );
    expect(xml({ type: 'area', series: two })).toContain('<c:areaChart><c:grouping val="standard"/>');
  });

  it('several series (rings) follow one another with nothing between them', () => {
    for (const type of ['column', 'bar', 'line', 'area', 'doughnut'] as const) {
      const x = xml({ type, series: two });
      expect(series(x), type).toHaveLength(2);
      expect(x, type).toMatch(/<c:order val="0"\/>[\s\S]*?<\/c:ser><c:ser><c:idx val="1"\/><c:order val="1"\/>/);
    }
  });

  it('the value axis ends at its maximum when it has one', () => {
    expect(xml({}, { axes: [{ format: '0', fromZero: true, max: 120 }] })).toContain('<c:scaling><c:orientation val="minMax"/><c:max val="120"/><c:min val="0"/></c:scaling>');
    const open = xml({}, { axes: [{ format: '0', fromZero: false }] });
    expect(between(open, '<c:valAx>', '</c:valAx>')).toContain('<c:scaling><c:orientation val="minMax"/></c:scaling>');
  });
});
