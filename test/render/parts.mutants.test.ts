// The smaller render modules called directly, at their edges (issue 18): the colour scheme and its slots
// (scheme.ts), a slide's background picture and its scrim (background.ts), the designed shapes and groups and their swap into the slide (shapes.ts), the chart's embedded
// workbook (chart-workbook.ts) and the chart parts added to the package (chart-parts.ts). Until now these were
// reached only through whole builds, where one wrong attribute rarely fails a test.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { schemeColors, schemeMap, themeColorsXml, toSchemeColors } from '../../src/render/scheme.js';
import { addDesignedShape, expandShapes, isDesignedShape, ShapeIds } from '../../src/render/shapes.js';
import { cellRef, column, SHEET, workbookParts, workbookXlsx } from '../../src/render/chart-workbook.js';
import { ChartCollector, insertCharts, type PendingChart } from '../../src/render/chart-parts.js';
import { addBackground } from '../../src/render/background.js';
import { TokenTable } from '../../src/render/tokens.js';
import { textBodyXml, type TextEnv } from '../../src/render/txbody.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { ChartBox, ChartSpec, GroupBox, LaidSlide, PlacedItem, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';

const FONTS = { title: { latin: 'TL', eastAsian: 'TEA' }, body: { latin: 'BL', eastAsian: 'BEA' }, mono: { latin: 'ML', eastAsian: 'MEA' } };
const ENV: TextEnv = { fonts: FONTS, lang: 'zh-CN', linkColor: '0563C1', link: () => 'rIdHb1' };

describe('scheme.ts: the palette as the file’s colour scheme', () => {
  const base = resolveTheme('gov-blue', { lang: 'zh-CN' });
  // The palette without accent3–6 (the built-in themes name them; a theme need not).
  const bare = Object.fromEntries(Object.entries(base.palette).filter(([k]) => !/^accent[3-6]$/.test(k)));
  const withPalette = (p: Partial<Record<string, string>>): Theme => ({ ...base, palette: { ...bare, ...p } as Theme['palette'] });
  const P = base.palette;

  it('every slot from its palette role; accent3–6 fall back to table header, quote bar, muted, table border', () => {
    expect(schemeColors(withPalette({}))).toEqual({
      dk1: P.text, lt1: P.background, dk2: P.title, lt2: P.tableZebra,
      accent1: P.accent, accent2: P.accent2, accent3: P.tableHeader, accent4: P.quoteBar, accent5: P.muted, accent6: P.tableBorder,
      hlink: P.link, folHlink: P.link,
    });
    const own = schemeColors(withPalette({ accent3: '111111', accent4: '222222', accent5: '333333', accent6: '444444' }));
    expect([own.accent3, own.accent4, own.accent5, own.accent6]).toEqual(['111111', '222222', '333333', '444444']);
  });

  it('a colour two slots share maps to the first by priority: text before title, accents before bands; keys upper case', () => {
    const t = withPalette({ text: '1a2b3c', title: '1A2B3C', background: 'FFFFFF', tableZebra: 'ffffff', accent: 'AA0000', link: 'aa0000', accent2: '00AA00', muted: '00aa00' });
    const m = schemeMap(t);
    expect(m.get('1A2B3C')).toBe('tx1');
    expect(m.get('FFFFFF')).toBe('bg1');
    expect(m.get('AA0000')).toBe('accent1');
    expect(m.get('00AA00')).toBe('accent2');
    expect(m.has('1a2b3c')).toBe(false);
    // Alone, each slot has its own name.
    const solo = schemeMap(withPalette({ text: '000001', background: '000002', title: '000003', tableZebra: '000004', accent: '000005', accent2: '000006', link: '000007', tableHeader: '000008', quoteBar: '000009', muted: '00000A', tableBorder: '00000B' }));
    expect([...solo.entries()]).toEqual([
      ['000001', 'tx1'], ['000002', 'bg1'], ['000005', 'accent1'], ['000006', 'accent2'], ['000008', 'accent3'], ['000009', 'accent4'],
      ['00000A', 'accent5'], ['00000B', 'accent6'], ['000003', 'tx2'], ['000004', 'bg2'], ['000007', 'hlink'],
    ]);
  });

  it('toSchemeColors: a slot’s colour (any case) becomes its scheme colour, children such as alpha kept; others stay', () => {
    const map = new Map([['C00000', 'accent1'], ['FFFFFF', 'bg1']]);
    const xml = '<a:srgbClr val="c00000"/><a:srgbClr val="FFFFFF"><a:alpha val="50000"/></a:srgbClr><a:srgbClr val="123456"/><a:srgbClr val="123456"><a:lumMod val="1"/></a:srgbClr>';
    expect(toSchemeColors(xml, map)).toBe(
      '<a:schemeClr val="accent1"/><a:schemeClr val="bg1"><a:alpha val="50000"/></a:schemeClr><a:srgbClr val="123456"/><a:srgbClr val="123456"><a:lumMod val="1"/></a:srgbClr>',
    );
    expect(toSchemeColors('<a:srgbClr val="C00000"></a:srgbClr>', map)).toBe('<a:schemeClr val="accent1"></a:schemeClr>');
    expect(toSchemeColors('<a:srgbClr val="C0000"/><a:srgbClr val="C000000"/>', map)).toBe('<a:srgbClr val="C0000"/><a:srgbClr val="C000000"/>');
  });

  it('themeColorsXml: the theme’s name (escaped) on the theme, its colour scheme and font scheme; the scheme’s 12 slots in order', () => {
    const t = { ...withPalette({ text: 'abcdef' }), name: 'A&B' } as Theme;
    const xml =
      '<a:theme xmlns:a="x" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText"/></a:dk1></a:clrScheme>' +
      '<a:fontScheme name="Office"><a:majorFont/></a:fontScheme></a:themeElements></a:theme>';
    const out = themeColorsXml(xml, t);
    expect(out).toContain('<a:theme xmlns:a="x" name="huibao A&amp;B">');
    expect(out).toContain('<a:fontScheme name="huibao A&amp;B"><a:majorFont/>');
    const c = schemeColors(t);
    const slots = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
    expect(out).toContain(`<a:clrScheme name="huibao A&amp;B">${slots.map((s) => `<a:${s}><a:srgbClr val="${(c as Record<string, string>)[s].toUpperCase()}"/></a:${s}>`).join('')}</a:clrScheme>`);
    expect(out).toContain('<a:dk1><a:srgbClr val="ABCDEF"/></a:dk1>');
    expect(out).not.toContain('windowText');
  });
});

describe('shapes.ts: designed shapes and groups, drawn as our XML in place of a stand-in', () => {
  const tb = (over: Partial<TextBox> = {}): TextBox => ({
    kind: 'text', role: 'card', x: 1, y: 2, w: 3, h: 1.5, valign: 'top', insetPt: [0, 0, 0, 0],
    paragraphs: [{ runs: [{ text: '卡片' }], level: 0, sizePt: 18, spaceBeforePt: 0, lineSpacingPt: 24, marginLeftPt: 0, indentPt: 0, lines: 1 }],
    ...over,
  });

  it('drawn here: groups, and text boxes with a shape or an outline; plain text boxes and pictures are not', () => {
    expect(isDesignedShape({ kind: 'group', name: 'g', items: [], x: 0, y: 0, w: 1, h: 1 } as GroupBox)).toBe(true);
    expect(isDesignedShape(tb({ shape: 'rect' }))).toBe(true);
    expect(isDesignedShape(tb({ lineColor: '000000' }))).toBe(true);
    expect(isDesignedShape(tb())).toBe(false);
    expect(isDesignedShape({ kind: 'image', x: 0, y: 0, w: 1, h: 1 } as unknown as PlacedItem)).toBe(false);
  });

  it('shape ids count up from 10001 on each slide’s own counter', () => {
    const a = new ShapeIds();
    const b = new ShapeIds();
    expect([a.next(), a.next(), b.next(), a.next()]).toEqual([10001, 10002, 10001, 10003]);
  });

  /** Draws the item through a stand-in slide, then swaps it in as the post-processor does. */
  function draw(item: TextBox | GroupBox) {
    const tokens = new TokenTable();
    const calls: { text: string; opts: Record<string, number> }[] = [];
    const slide = { addText: (text: string, opts: Record<string, number>) => calls.push({ text, opts }) };
    addDesignedShape(slide as never, item, tokens, ENV, new ShapeIds());
    expect(calls).toHaveLength(1);
    const standIn = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Text 1"/></p:nvSpPr><p:txBody><a:p><a:r><a:t>${calls[0].text}</a:t></a:r></a:p></p:txBody></p:sp>`;
    return { opts: calls[0].opts, xml: expandShapes(`<p:spTree>${standIn}</p:spTree>`, tokens) };
  }

  it('a rounded card: geometry with its corner radius, fill, outline width, name, the text body; the stand-in box kept inside the slide', () => {
    const box = tb({ shape: 'roundRect', radiusIn: 0.15, fill: 'F0F0F0', lineColor: 'C00000', lineWidthPt: 1.5 });
    const { opts, xml } = draw(box);
    expect(opts).toEqual({ x: 1, y: 2, w: 3, h: 1.5 });
    expect(xml).toBe(
      '<p:spTree><p:sp><p:nvSpPr><p:cNvPr id="10001" name="card 1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>' +
        '<p:spPr><a:xfrm><a:off x="914400" y="1828800"/><a:ext cx="2743200" cy="1371600"/></a:xfrm>' +
        '<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 10000"/></a:avLst></a:prstGeom>' +
        '<a:solidFill><a:srgbClr val="F0F0F0"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></p:spPr>' +
        textBodyXml(box, ENV) +
        '</p:sp></p:spTree>',
    );
  });

  it('corner radius: 0.08 in by default, at most half the short side; plain and ellipse shapes; no fill, no outline, 1 pt outline by default', () => {
    expect(draw(tb({ shape: 'roundRect' })).xml).toContain('<a:gd name="adj" fmla="val 5333"/>'); // 0.08 / 1.5
    expect(draw(tb({ shape: 'roundRect', radiusIn: 5 })).xml).toContain('<a:gd name="adj" fmla="val 50000"/>');
    expect(draw(tb({ shape: 'roundRect', radiusIn: 0.1, w: 0.001, h: 0.001 })).xml).toContain('<a:gd name="adj" fmla="val 50000"/>');
    expect(draw(tb({ shape: 'roundRect', radiusIn: 0.001, w: 0.005, h: 0.005 })).xml).toContain('<a:gd name="adj" fmla="val 10000"/>'); // short side at least 0.01
    const ellipse = draw(tb({ shape: 'ellipse' })).xml;
    expect(ellipse).toContain('<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></p:spPr>');
    expect(draw(tb({ lineColor: '123456' })).xml).toContain('<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:srgbClr val="123456"/></a:solidFill></a:ln>');
  });

  it('off-slide or broken numbers are kept inside what PowerPoint accepts: 0 … 56 in, a stand-in at least 0.01 in', () => {
    const { opts, xml } = draw(tb({ shape: 'rect', x: -1, y: Number.NaN, w: 80, h: 0 }));
    expect(opts.x).toBe(0);
    expect(opts.w).toBe(80);
    expect(opts.h).toBe(0.01);
    expect(xml).toContain('<a:off x="0" y="0"/><a:ext cx="51206400" cy="0"/>');
  });

  it('a group: one p:grpSp with its name, its own box as child box, each part a shape with the next id', () => {
    const g: GroupBox = { kind: 'group', name: 'Card <1>', x: 0.5, y: 1, w: 4, h: 2, items: [tb({ shape: 'roundRect', role: 'card', x: 0.5, y: 1, w: 4, h: 2 }), tb({ role: 'card-heading', x: 0.6, y: 1.1, w: 3.8, h: 0.5 })] };
    const { xml } = draw(g);
    expect(xml).toContain(
      '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="10001" name="Card &lt;1&gt;"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
        '<p:grpSpPr><a:xfrm><a:off x="457200" y="914400"/><a:ext cx="3657600" cy="1828800"/><a:chOff x="457200" y="914400"/><a:chExt cx="3657600" cy="1828800"/></a:xfrm></p:grpSpPr>' +
        '<p:sp><p:nvSpPr><p:cNvPr id="10002" name="card 2"/>',
    );
    expect(xml).toContain('<p:sp><p:nvSpPr><p:cNvPr id="10003" name="card-heading 3"/>');
    expect(xml.endsWith('</p:sp></p:grpSp></p:spTree>')).toBe(true);
    // The parts follow each other directly: nothing between one shape and the next.
    expect(xml).toContain('</p:sp><p:sp><p:nvSpPr><p:cNvPr id="10003" name="card-heading 3"/>');
  });

  it('expandShapes: tokens of any length, and whole shapes whose XML has spaces and line breaks after the token', () => {
    const tokens = new TokenTable();
    for (let i = 0; i < 11; i++) tokens.add('<p:txBody>filler</p:txBody>');
    const whole = tokens.add('<!--hb:shape--><p:sp>WHOLE 12</p:sp>');
    expect(whole).toBe('HBTOKEN12X');
    const xml = `<p:sp><p:txBody><a:p><a:r><a:t>${whole}</a:t></a:r></a:p>\n  <a:p> </a:p></p:txBody></p:sp>`;
    expect(expandShapes(xml, tokens)).toBe('<p:sp>WHOLE 12</p:sp>');
  });

  it('expandShapes swaps only shapes whose token is a whole shape, each within its own p:sp', () => {
    const tokens = new TokenTable();
    const textOnly = tokens.add('<p:txBody>mine</p:txBody>');
    const whole = tokens.add('<!--hb:shape--><p:sp>WHOLE</p:sp>');
    const xml = `<p:sp><a:t>plain</a:t></p:sp><p:sp><a:t>${textOnly}</a:t></p:sp><p:sp><a:t>${whole}</a:t></p:sp><p:sp><a:t>HBTOKEN99X</a:t></p:sp>`;
    expect(expandShapes(xml, tokens)).toBe(`<p:sp><a:t>plain</a:t></p:sp><p:sp><a:t>${textOnly}</a:t></p:sp><p:sp>WHOLE</p:sp><p:sp><a:t>HBTOKEN99X</a:t></p:sp>`);
    expect(expandShapes('<p:sp>no token</p:sp>', tokens)).toBe('<p:sp>no token</p:sp>');
  });
});

describe('chart-workbook.ts: the data behind "Edit Data"', () => {
  it('column letters and cell references as Excel writes them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(column)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(cellRef('B', 1)).toBe(`${SHEET}!$B$1`);
    expect(cellRef('C', 2, 6)).toBe('Sheet1!$C$2:$C$6');
    expect(cellRef('A', 2, 0)).toBe('Sheet1!$A$2:$A$0');
  });

  const spec: ChartSpec = {
    type: 'column',
    categoryName: '地区',
    categories: ['华东', '', 'A&B'],
    series: [
      { name: '收入', values: [1.5, 2, null], format: '#,##0.0' },
      { name: '华东', values: [0.125, null, 3], format: '0.0%' },
      { name: '<n>', values: [1, 2, 3] },
    ],
  };
  const file = (name: string, c = spec) => workbookParts(c).find((p) => p.name === name)!.data;

  it('the sheet: names in row 1, categories in column A, numbers with their format’s style; empty cells left out', () => {
    const sheet = file('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<dimension ref="A1:D4"/>');
    expect(sheet).toContain(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>1.5</v></c><c r="C2" s="2"><v>0.125</v></c><c r="D2" s="3"><v>1</v></c></row>' +
        '<row r="3"><c r="B3" s="1"><v>2</v></c><c r="D3" s="3"><v>2</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="C4" s="2"><v>3</v></c><c r="D4" s="3"><v>3</v></c></row></sheetData>',
    );
    // Column A as wide as its longest category (two units a character, 4 more), at least 10, at most 40.
    expect(sheet).toContain('<col min="1" max="1" width="10" customWidth="1"/>');
    expect(file('xl/worksheets/sheet1.xml', { ...spec, categories: ['x', 'y'] })).toContain('width="10"');
    expect(file('xl/worksheets/sheet1.xml', { ...spec, categories: ['一二三四五六七'] })).toContain('width="18"');
    expect(file('xl/worksheets/sheet1.xml', { ...spec, categories: ['x'.repeat(30)] })).toContain('width="40"');
    // No category name: A1 is empty.
    expect(file('xl/worksheets/sheet1.xml', { ...spec, categoryName: undefined })).toContain('<row r="1"><c r="B1" t="s"><v>0</v></c>');
  });

  it('shared strings once each, escaped; one custom format per distinct series format, General for none', () => {
    expect(file('xl/sharedStrings.xml')).toContain(
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">' +
        '<si><t xml:space="preserve">地区</t></si><si><t xml:space="preserve">收入</t></si><si><t xml:space="preserve">华东</t></si>' +
        '<si><t xml:space="preserve">&lt;n&gt;</t></si><si><t xml:space="preserve">A&amp;B</t></si></sst>',
    );
    const styles = file('xl/styles.xml');
    expect(styles).toContain('<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="General"/></numFmts>');
    expect(styles).toContain(
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
    // Two series with one format share it.
    const same = workbookParts({ ...spec, series: [{ name: 'a', values: [1, 1, 1], format: '0%' }, { name: 'b', values: [2, 2, 2], format: '0%' }] });
    expect(same.find((p) => p.name === 'xl/styles.xml')!.data).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0%"/></numFmts>');
    expect(same.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data).toContain('<c r="C2" s="1"><v>2</v></c>');
  });

  it('a string met again is shared even when it is the first one; the styles have one font, Calibri 11', () => {
    const again = workbookParts({ type: 'column', categoryName: 'x', categories: ['x', 'y'], series: [{ name: 'y', values: [1, 2] }] });
    const data = (name: string) => again.find((p) => p.name === name)!.data;
    expect(data('xl/sharedStrings.xml')).toContain('count="2" uniqueCount="2"><si><t xml:space="preserve">x</t></si><si><t xml:space="preserve">y</t></si></sst>');
    expect(data('xl/worksheets/sheet1.xml')).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>1</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>2</v></c></row>',
    );
    expect(data('xl/styles.xml')).toContain(
      '</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2">',
    );
  });

  it('the package: seven parts in order, zipped with the date given; the same chart gives the same bytes', async () => {
    expect(workbookParts(spec).map((p) => p.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
    expect(file('xl/workbook.xml')).toContain('<sheet name="Sheet1" sheetId="1" r:id="rId1"/>');
    const date = new Date(Date.UTC(2010, 5, 15, 10, 20, 30));
    const bytes = workbookXlsx(spec, date);
    expect(Buffer.from(workbookXlsx(spec, date)).equals(Buffer.from(bytes))).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(workbookParts(spec).map((p) => p.name));
    expect(zip.file('xl/styles.xml')!.date.toISOString()).toBe('2010-06-15T10:20:30.000Z');
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toBe(file('xl/sharedStrings.xml'));
  });
});

describe('chart-parts.ts: a chart’s parts, relationships and content types, in place of its stand-in', () => {
  const box = (over: Partial<ChartBox> = {}): ChartBox => ({
    kind: 'chart', x: 1, y: 1.5, w: 8, h: 4,
    chart: { type: 'column', categories: ['a', 'b'], series: [{ name: 's', values: [1, 2] }] },
    colors: ['C00000'], onColors: ['FFFFFF'], sizePt: 12, titleSizePt: 14, textColor: '000000', background: 'FFFFFF', axisColor: '888888', gridColor: 'DDDDDD',
    labelRotation: 0, legend: false, axes: [{ format: 'General', fromZero: true }], labels: false, lang: 'zh-CN', alt: '柱形图：\n收入 "A&B"',
    ...over,
  });
  const fonts = { latin: 'BL', eastAsian: 'BEA' };
  const RELS = '<Relationships xmlns="r"></Relationships>';
  const TYPES = '<Types xmlns="t"></Types>';
  const stand = (n: number, id: number) => `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="HBCHART${n}"/></p:nvSpPr><p:spPr/></p:sp>`;

  function pkg(slides: Record<number, string>) {
    const parts = new Map<string, string>([['[Content_Types].xml', TYPES]]);
    for (const [no, xml] of Object.entries(slides)) {
      parts.set(`ppt/slides/slide${no}.xml`, `<p:sld><p:spTree>${xml}</p:spTree></p:sld>`);
      parts.set(`ppt/slides/_rels/slide${no}.xml.rels`, RELS);
    }
    return { parts, binary: new Map<string, Uint8Array>(), names: [] as string[] };
  }

  it('the collector numbers charts in the order drawn and leaves a stand-in named HBCHART<n>', () => {
    const shapes: { name: string; opts: Record<string, unknown> }[] = [];
    const slide = { addShape: (name: string, opts: Record<string, unknown>) => shapes.push({ name, opts }) };
    const c = new ChartCollector();
    c.add(slide as never, box(), 3, fonts);
    c.add(slide as never, box({ alt: 'two' }), 5, fonts);
    expect(c.list.map((p) => [p.slide, p.n, p.box.alt])).toEqual([[3, 1, box().alt], [5, 2, 'two']]);
    expect(shapes.map((s) => [s.name, s.opts.objectName])).toEqual([['rect', 'HBCHART1'], ['rect', 'HBCHART2']]);
  });

  it('the stand-in becomes a graphicFrame with its id, place and alt text; the other shapes stay', () => {
    const other = '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/></p:nvSpPr><p:txBody>t</p:txBody></p:sp>';
    const { parts, binary, names } = pkg({ 2: other + stand(1, 7) });
    const date = new Date(Date.UTC(2000, 0, 1));
    insertCharts(parts, binary, names, [{ slide: 2, n: 1, box: box({ x: -1, w: 100 }), fonts }], date, (x) => x.replace(/C00000/g, 'RECOLORED'));
    const slide = parts.get('ppt/slides/slide2.xml')!;
    expect(slide).toBe(
      `<p:sld><p:spTree>${other}<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="7" name="Chart 1" descr="柱形图： 收入 &quot;A&amp;B&quot;"/>` +
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>' +
        '<p:xfrm><a:off x="0" y="1371600"/><a:ext cx="51206400" cy="3657600"/></p:xfrm>' +
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
        '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdHbChart1"/></a:graphicData></a:graphic></p:graphicFrame></p:spTree></p:sld>',
    );
    expect(parts.get('ppt/slides/_rels/slide2.xml.rels')).toBe(
      '<Relationships xmlns="r"><Relationship Id="rIdHbChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
    );
    expect(parts.get('ppt/charts/chart1.xml')).toContain('RECOLORED');
    expect(parts.get('ppt/charts/chart1.xml')).not.toContain('C00000');
    expect(parts.get('ppt/charts/_rels/chart1.xml.rels')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet1.xlsx"/></Relationships>',
    );
    expect(Buffer.from(binary.get('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx')!).equals(Buffer.from(workbookXlsx(box().chart, date)))).toBe(true);
    expect(names).toEqual(['ppt/charts/chart1.xml', 'ppt/charts/_rels/chart1.xml.rels', 'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx']);
    expect(parts.get('[Content_Types].xml')).toBe(
      '<Types xmlns="t"><Override PartName="/ppt/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>',
    );
  });

  it('two charts: each its own parts; the xlsx default once; already there, not again; no charts, nothing changes', () => {
    const { parts, binary, names } = pkg({ 1: stand(1, 5) + stand(2, 6), 3: stand(3, 4) });
    const charts: PendingChart[] = [{ slide: 1, n: 1, box: box(), fonts }, { slide: 1, n: 2, box: box(), fonts }, { slide: 3, n: 3, box: box(), fonts }];
    insertCharts(parts, binary, names, charts, new Date(Date.UTC(2000, 0, 1)));
    expect(parts.get('ppt/slides/slide1.xml')!.match(/<p:cNvPr id="(\d+)" name="Chart (\d)"/g)).toEqual(['<p:cNvPr id="5" name="Chart 1"', '<p:cNvPr id="6" name="Chart 2"']);
    expect(parts.get('ppt/slides/slide3.xml')).toContain('<p:cNvPr id="4" name="Chart 3"');
    expect(names.filter((n) => n.endsWith('.xlsx'))).toEqual([1, 2, 3].map((n) => `ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`));
    const types = parts.get('[Content_Types].xml')!;
    expect(types.match(/Extension="xlsx"/g)).toHaveLength(1);
    expect(types.match(/<Override /g)).toHaveLength(3);

    const again = pkg({ 1: stand(1, 5) });
    again.parts.set('[Content_Types].xml', '<Types><Default Extension="xlsx" ContentType="x"/></Types>');
    insertCharts(again.parts, again.binary, again.names, [{ slide: 1, n: 1, box: box(), fonts }], new Date(Date.UTC(2000, 0, 1)));
    expect(again.parts.get('[Content_Types].xml')!.match(/Extension="xlsx"/g)).toHaveLength(1);

    const none = pkg({ 1: stand(1, 5) });
    const before = new Map(none.parts);
    insertCharts(none.parts, none.binary, none.names, [], new Date(Date.UTC(2000, 0, 1)));
    expect(none.parts).toEqual(before);
  });

  it('a chart whose slide or stand-in is missing is an internal error naming both', () => {
    const { parts, binary, names } = pkg({ 1: stand(1, 5) });
    expect(() => insertCharts(parts, binary, names, [{ slide: 2, n: 1, box: box(), fonts }], new Date(Date.UTC(2000, 0, 1)))).toThrow('internal: chart 1 has no slide 2');
    const noRels = pkg({ 1: stand(1, 5) });
    noRels.parts.delete('ppt/slides/_rels/slide1.xml.rels');
    expect(() => insertCharts(noRels.parts, noRels.binary, noRels.names, [{ slide: 1, n: 1, box: box(), fonts }], new Date(Date.UTC(2000, 0, 1)))).toThrow('internal: chart 1 has no slide 1');
    const other = pkg({ 1: stand(2, 5) });
    expect(() => insertCharts(other.parts, other.binary, other.names, [{ slide: 1, n: 1, box: box(), fonts }], new Date(Date.UTC(2000, 0, 1)))).toThrow('internal: the place of chart 1 is missing on slide 1');
    // A stand-in named HBCHART12 is not chart 1's.
    const twelve = pkg({ 1: stand(12, 5) });
    expect(() => insertCharts(twelve.parts, twelve.binary, twelve.names, [{ slide: 1, n: 1, box: box(), fonts }], new Date(Date.UTC(2000, 0, 1)))).toThrow('is missing on slide 1');
  });

  it('a package without [Content_Types].xml is an internal error, not a deck with an empty one', () => {
    const { parts, binary, names } = pkg({ 1: stand(1, 5) });
    parts.delete('[Content_Types].xml');
    expect(() => insertCharts(parts, binary, names, [{ slide: 1, n: 1, box: box(), fonts }], new Date(Date.UTC(2000, 0, 1)))).toThrow(
      'internal: the package has no [Content_Types].xml',
    );
  });

  it('alt text on one line: each run of line breaks (\\r\\n, vertical tab) is one space, other letters stay', () => {
    const { parts, binary, names } = pkg({ 1: stand(1, 5) });
    insertCharts(parts, binary, names, [{ slide: 1, n: 1, box: box({ alt: 'Vt\r\n\nA\vB\rC' }), fonts }], new Date(Date.UTC(2000, 0, 1)));
    expect(parts.get('ppt/slides/slide1.xml')).toContain('<p:cNvPr id="5" name="Chart 1" descr="Vt A B C"/>');
  });
});

describe('background.ts: the slide’s own picture and the scrim under its text', () => {
  const SIZE = { w: 13.333, h: 7.5 };
  const text = (x: number, y: number, w: number, h: number, t = 'words'): TextBox => ({
    kind: 'text', role: 'body', x, y, w, h, valign: 'top', insetPt: [0, 0, 0, 0],
    paragraphs: [{ runs: [{ text: t }], level: 0, sizePt: 18, spaceBeforePt: 0, lineSpacingPt: 24, marginLeftPt: 0, indentPt: 0, lines: 1 }],
  });
  const laid = (fit: 'cover' | 'contain' | 'fill', items: PlacedItem[], size = { width: 400, height: 100 }) =>
    ({ layout: 'content', items, notes: [], titleText: '', src: { file: 'x', line: 1 }, background: { data: Uint8Array.of(1, 2, 3), mime: 'image/png', fit, color: 'F5F5F5', ...size } }) as unknown as LaidSlide;

  function draw(s: LaidSlide) {
    const images: Record<string, unknown>[] = [];
    const shapes: [string, Record<string, unknown>][] = [];
    const slide = { addImage: (o: Record<string, unknown>) => images.push(o), addShape: (n: string, o: Record<string, unknown>) => shapes.push([n, o]) };
    addBackground(slide as never, s, SIZE);
    return { images, shapes };
  }

  it('no background: nothing drawn', () => {
    const { images, shapes } = draw({ ...laid('cover', [text(1, 1, 2, 2)]), background: undefined } as LaidSlide);
    expect(images).toEqual([]);
    expect(shapes).toEqual([]);
  });

  it('cover: full slide width, the picture’s own height, cropped to the slide by pptxgenjs’ cover sizing; the data as a data URL', () => {
    const { images } = draw(laid('cover', []));
    expect(images).toEqual([{ data: 'image/png;base64,AQID', altText: '', objectName: 'background picture', x: 0, y: 0, w: 13.333, h: (13.333 * 100) / 400, sizing: { type: 'cover', w: 13.333, h: 7.5 } }]);
  });

  it('contain: the whole picture, as large as fits, centred both ways; fill: stretched over the slide', () => {
    const wide = draw(laid('contain', [])).images[0];
    expect(wide).toMatchObject({ x: 0, w: 13.333, h: 13.333 / 4, y: (7.5 - 13.333 / 4) / 2 });
    const tall = draw(laid('contain', [], { width: 100, height: 200 })).images[0];
    expect(tall).toMatchObject({ y: 0, h: 7.5, w: 3.75, x: (13.333 - 3.75) / 2 });
    expect(tall.sizing).toBeUndefined();
    expect(draw(laid('fill', [])).images[0]).toEqual({ data: 'image/png;base64,AQID', altText: '', objectName: 'background picture', x: 0, y: 0, w: 13.333, h: 7.5 });
  });

  it('the scrim covers every box with text, 0.2 in around, inside the slide, in the slide colour at 20 % transparency', () => {
    const { shapes } = draw(laid('cover', [text(1, 2, 3, 1), text(5, 1.5, 2, 0.5), text(0.1, 6, 1, 1.45)]));
    expect(shapes).toEqual([
      ['rect', { x: 0, y: 1.3, w: 7.2, h: 6.2, fill: { color: 'F5F5F5', transparency: 20 }, line: { type: 'none' }, objectName: 'background scrim' }],
    ]);
    const right = draw(laid('cover', [text(12.5, 0.1, 0.8, 7.35)])).shapes[0][1];
    expect([right.x, right.y, right.w, right.h]).toEqual([12.3, 0, 1.033, 7.5]);
  });

  it('pictures and boxes without visible text get no scrim; a slide of only those gets none at all', () => {
    const img = { kind: 'image', x: 0, y: 0, w: 13, h: 7 } as unknown as PlacedItem;
    expect(draw(laid('cover', [img, text(1, 1, 1, 1, '  ')])).shapes).toEqual([]);
    const { shapes } = draw(laid('cover', [img, text(0.5, 0.5, 12, 6, ' '), text(2, 3, 1, 1)]));
    expect(shapes[0][1]).toMatchObject({ x: 1.8, y: 2.8, w: 1.4, h: 1.4 });
  });

  it('a box counts as text when any paragraph has a visible run: a blank paragraph or a blank run beside text does not hide it', () => {
    const img = { kind: 'image', x: 0, y: 0, w: 13, h: 7 } as unknown as PlacedItem;
    const para = (runs: string[]) => ({ runs: runs.map((text) => ({ text })), level: 0, sizePt: 18, spaceBeforePt: 0, lineSpacingPt: 24, marginLeftPt: 0, indentPt: 0, lines: 1 });
    const blankThenText = { ...text(2, 3, 1, 1), paragraphs: [para([' ']), para(['字'])] } as TextBox;
    expect(draw(laid('cover', [img, blankThenText])).shapes[0]?.[1]).toMatchObject({ x: 1.8, y: 2.8, w: 1.4, h: 1.4 });
    const textThenBlankRun = { ...text(4, 1, 2, 1), paragraphs: [para(['字', ' '])] } as TextBox;
    expect(draw(laid('cover', [img, textThenBlankRun])).shapes[0]?.[1]).toMatchObject({ x: 3.8, y: 0.8, w: 2.4, h: 1.4 });
  });
});
