// Native charts in the package: the chart part (type, series, categories, values, theme colours), the embedded
// workbook's cells, the slide's graphicFrame and relationships, byte-identical rebuilds and validate-pptx.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { build } from '../../src/build.js';
import { hasValidator, validate, xmlProblems } from '../reliability/pptx-check.js';
import { resolveTheme } from '../../src/theme/index.js';

const theme = resolveTheme('gov-blue', { lang: 'zh-CN' });
const P = theme.palette;

const DECK = `---
title: 图表
---

## 柱形

<!-- chart: column unit=万元 -->
| 地区 | 2023 | 2024 |
|---|---|---|
| 华东 | 1,200 | 1,350 |
| 华南 | 900 | 1,010.5 |

## 组合

\`\`\`chart
type: combo
title: 营业收入与增速
categories: [2022, 2023, 2024]
series:
  - name: 营业收入
    values: [1.2亿, 1.35亿, 1.5亿]
  - name: 增速
    values: [8%, 12.5%, 11.1%]
    axis: secondary
\`\`\`

## 折线

| 月份 | 完成率 |
|---|---|
| 1月 | 62% |
| 2月 | — |
| 3月 | 75% |
{.chart type=line}

## 饼

<!-- chart: pie -->
| 业务 | 占比 |
|---|---|
| 甲 | 45% |
| 乙 | 30% |
| 丙 | 25% |

## 条形

<!-- chart: bar stacked -->
| 部门 | 完成 | 未完成 |
|---|---|---|
| 综合部 | 12 | 3 |
| 财务部 | 9 | 1 |

## 环形

<!-- chart: doughnut -->
| 渠道 | 收入 |
|---|---|
| 线上 | 5,600 |
| 线下 | 3,200 |

## 面积

<!-- chart: area -->
| 季度 | A | B |
|---|---|---|
| Q1 | 120 | 80 |
| Q2 | 150 | 95 |
`;

async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}
const text = async (zip: JSZip, name: string) => {
  const f = zip.file(name);
  if (!f) throw new Error(`no ${name} in the package`);
  return f.async('string');
};
const series = (xml: string) => [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
const cache = (ser: string, tag: 'cat' | 'val') => [...(new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser)?.[1] ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => `${m[1]}:${m[2]}`);
const name = (ser: string) => /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1];
/** A fill colour: hex, or the scheme slot a palette colour was written as (h-native: palette roles → a:schemeClr). */
const color = (ser: string) => /<c:spPr>(?:<a:ln[^>]*>)?<a:solidFill><a:(?:srgbClr|schemeClr) val="(\w+)"/.exec(ser)?.[1];

describe('charts in the package', async () => {
  const r = await build(DECK, { file: 'charts.md', theme: 'gov-blue' });
  const zip = await unzip(r.bytes);
  const charts = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => text(zip, `ppt/charts/chart${n}.xml`)));

  it('builds without warnings, one chart per slide, every part well-formed', async () => {
    expect(r.warnings).toEqual([]);
    expect(await xmlProblems(r.bytes)).toEqual([]);
    expect(Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(7);
  });

  it('column: clustered bars, series from the header, categories from the first column, theme colours accent first', () => {
    const c = charts[0];
    expect(c).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    const s = series(c);
    expect(s.map(name)).toEqual(['2023', '2024']);
    expect(s.map((x) => cache(x, 'cat'))).toEqual([['0:华东', '1:华南'], ['0:华东', '1:华南']]);
    expect(s.map((x) => cache(x, 'val'))).toEqual([['0:1200', '1:900'], ['0:1350', '1:1010.5']]);
    // The palette's accent and accent2, written as the theme's scheme colours so PowerPoint's recolouring reaches them.
    expect(s.map(color)).toEqual(['accent1', 'accent2']);
    expect(c).toContain('<c:formatCode>#,##0.0</c:formatCode>');
    // The unit over the value axis, in the deck's language; CJK face in a:ea; the legend (two series).
    expect(c).toContain('<a:t>单位：万元</a:t>');
    expect(c).toContain(`<a:latin typeface="${theme.fonts.body.latin}"/><a:ea typeface="${theme.fonts.body.eastAsian}"/>`);
    expect(c).toContain('<c:legend><c:legendPos val="b"/>');
    expect(c).toContain('<c:lang val="zh-CN"/>');
  });

  it('combo: columns on the primary axes, the rate as a line with markers on a secondary axis, in percent', () => {
    const c = charts[1];
    expect(c).toMatch(/<c:barChart><c:barDir val="col"\/>[\s\S]*<c:axId val="1001"\/><c:axId val="1002"\/><\/c:barChart><c:lineChart>/);
    expect(c).toMatch(/<c:lineChart>[\s\S]*<c:marker><c:symbol val="circle"\/>[\s\S]*<c:axId val="1003"\/><c:axId val="1004"\/><\/c:lineChart>/);
    expect(c).toContain('<c:valAx><c:axId val="1004"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="r"/>');
    const s = series(c);
    expect(s.map(name)).toEqual(['营业收入', '增速']);
    expect(cache(s[0], 'val')).toEqual(['0:1.2', '1:1.35', '2:1.5']);
    expect(cache(s[1], 'val')).toEqual(['0:0.08', '1:0.125', '2:0.111']);
    expect(s[1]).toContain('<c:formatCode>0.0%</c:formatCode>');
    expect(c).toContain('<a:t>营业收入与增速</a:t>');
    expect(c).toContain('<a:t>单位：亿</a:t>');
  });

  it('line: an empty cell is a gap (no point), markers on, one series so no legend', () => {
    const c = charts[2];
    expect(c).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(cache(series(c)[0], 'val')).toEqual(['0:0.62', '2:0.75']);
    expect(c).toContain('<c:dispBlanksAs val="gap"/>');
    expect(c).not.toContain('<c:legend>');
  });

  it('pie: one colour per slice from the palette, labels with category and percentage; doughnut: rings with a legend', () => {
    const pie = charts[3];
    expect(pie).toContain('<c:pieChart><c:varyColors val="1"/>');
    const slices = [...pie.matchAll(/<c:dPt><c:idx val="\d+"\/><c:bubble3D val="0"\/><c:spPr><a:solidFill><a:(?:srgbClr|schemeClr) val="(\w+)"/g)].map((m) => m[1]);
    expect(slices).toHaveLength(3);
    expect(slices.slice(0, 2)).toEqual(['accent1', 'accent2']);
    expect(new Set(slices).size).toBe(3);
    expect(pie).toMatch(/<c:showCatName val="1"\/><c:showSerName val="0"\/><c:showPercent val="1"\/>/);
    const ring = charts[5];
    expect(ring).toContain('<c:doughnutChart><c:varyColors val="1"/>');
    expect(ring).toContain('<c:holeSize val="55"/>');
    expect(ring).toContain('<c:legendPos val="r"/>');
  });

  it('bar: horizontal, stacked, categories top-down in the table order', () => {
    const c = charts[4];
    expect(c).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(c).toContain('<c:overlap val="100"/>');
    expect(c).toMatch(/<c:catAx><c:axId val="1001"\/><c:scaling><c:orientation val="maxMin"\/>/);
  });

  it('area: standard grouping, light gridlines on the value axis', () => {
    const c = charts[6];
    expect(c).toContain('<c:areaChart><c:grouping val="standard"/>');
    const grid = /<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(c)?.[1];
    expect(grid).toBeDefined();
    expect(parseInt(grid!.slice(0, 2), 16)).toBeGreaterThan(200); // light on the white background
  });

  it('the scheme slots the charts use are the palette (theme1.xml)', async () => {
    const t = await text(zip, 'ppt/theme/theme1.xml');
    expect(t).toContain(`<a:accent1><a:srgbClr val="${P.accent}"/></a:accent1>`);
    expect(t).toContain(`<a:accent2><a:srgbClr val="${P.accent2}"/></a:accent2>`);
  });

  it('each slide holds a graphicFrame pointing at its chart part; the chart points at its workbook', async () => {
    const slide = await text(zip, 'ppt/slides/slide2.xml');
    expect(slide).toMatch(/<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="\d+" name="Chart 1"/);
    expect(slide).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"');
    expect(slide).not.toContain('HBCHART');
    const rels = await text(zip, 'ppt/slides/_rels/slide2.xml.rels');
    expect(rels).toContain('Id="rIdHbChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"');
    expect(await text(zip, 'ppt/charts/_rels/chart1.xml.rels')).toContain('Target="../embeddings/Microsoft_Excel_Worksheet1.xlsx"');
    const types = await text(zip, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/ppt/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Default Extension="xlsx"');
  });

  it('the embedded workbook holds exactly the data: names in row 1, categories in column A, numbers with their format', async () => {
    const book = await JSZip.loadAsync(await zip.file('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx')!.async('uint8array'));
    const sheet = await text(book, 'xl/worksheets/sheet1.xml');
    const strings = [...(await text(book, 'xl/sharedStrings.xml')).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const cells = [...sheet.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?(?: t="s")?><v>([^<]*)<\/v><\/c>/g)].map((m) => {
      const isString = m[0].includes('t="s"');
      return `${m[1]}=${isString ? strings[Number(m[3])] : m[3]}`;
    });
    expect(cells).toEqual(['A1=地区', 'B1=2023', 'C1=2024', 'A2=华东', 'B2=1200', 'C2=1350', 'A3=华南', 'B3=900', 'C3=1010.5']);
    expect(sheet).toContain('<dimension ref="A1:C3"/>');
    expect(charts[0]).toContain('<c:f>Sheet1!$C$2:$C$3</c:f>');
    const styles = await text(book, 'xl/styles.xml');
    expect(styles).toContain('formatCode="#,##0"');
    expect(styles).toContain('formatCode="#,##0.0"');
    // The combo's rates are fractions in a percent format, as Excel keeps them.
    const combo = await text(await JSZip.loadAsync(await zip.file('ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx')!.async('uint8array')), 'xl/worksheets/sheet1.xml');
    expect(combo).toMatch(/<c r="C2" s="\d+"><v>0\.08<\/v><\/c>/);
  });

  it('gives the same bytes when built again (no random ids, dates or colours)', async () => {
    const again = await build(DECK, { file: 'charts.md', theme: 'gov-blue' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(r.bytes))).toBe(true);
  });

  it.skipIf(!hasValidator)('passes validate-pptx (charts against dml-chart.xsd)', () => {
    const v = validate(r.bytes, 'charts');
    expect(v.output).toMatch(/validate-pptx: OK/);
  });
});

describe('bad chart input at build time', () => {
  it('warns with file:line and shows the table as a table', async () => {
    const md = `## S\n\n<!-- chart: pie -->\n| 项 | 值 |\n|---|---|\n| 甲 | 5 |\n| 乙 | -2 |\n`;
    const r = await build(md, { file: 'bad.md' });
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'bad.md:3: chart: a pie chart cannot show the negative value -2 ("乙", "值"); the table is shown as a table',
    ]);
    expect(r.laid.slides.flatMap((s) => s.items.map((i) => i.kind))).toContain('table');
    const zip = await unzip(r.bytes);
    expect(Object.keys(zip.files).some((n) => n.startsWith('ppt/charts/'))).toBe(false);
  });
});

describe('the sample deck', () => {
  it('slides/quarterly-review.md ends with a column chart, a line chart and a combo, without warnings', async () => {
    const { readFileSync } = await import('node:fs');
    const { repoRoot } = await import('../reliability/pptx-check.js');
    const file = `${repoRoot}/slides/quarterly-review.md`;
    const r = await build(readFileSync(file, 'utf8'), { file });
    expect(r.warnings).toEqual([]);
    const charts = r.laid.slides.flatMap((s) => s.items).filter((i) => i.kind === 'chart');
    expect(charts.map((c) => (c.kind === 'chart' ? c.chart.type : ''))).toEqual(['column', 'line', 'combo']);
    const zip = await unzip(r.bytes);
    expect(Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(3);
  });
});
