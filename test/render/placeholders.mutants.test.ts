// Placeholders at their edges, called directly: the p:ph of each kind, which text boxes of a slide become
// placeholders (cover, title-and-body, title-only; body, agenda, a lone quote), the shapes markPlaceholders accepts,
// and the layout and master placeholders' sizes, alignment, anchor, colours, bullets and prompts per language.
// Written against the survivors of a mutation run on src/render/placeholders.ts (issue 18).
import { describe, expect, it, vi } from 'vitest';
import { addLayoutPlaceholders, layoutPlaceholdersXml, markPlaceholders, masterParts, phXml, slidePlaceholders } from '../../src/render/placeholders.js';
import { layoutSpec, styleKey } from '../../src/render/layouts.js';
import { layoutBoxes } from '../../src/theme/regions.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { LaidSlide, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';

const SIZE = { w: 13.333, h: 7.5 };

describe('phXml', () => {
  it('title by type, body by index (1 unless given), footer, number and date as quarter-size with their index', () => {
    expect(phXml({ type: 'title' })).toBe('<p:ph type="title"/>');
    expect(phXml({ type: 'ctrTitle' })).toBe('<p:ph type="ctrTitle"/>');
    expect(phXml({ type: 'subTitle', idx: 1 })).toBe('<p:ph type="subTitle" idx="1"/>');
    expect(phXml({ type: 'title', idx: 0 })).toBe('<p:ph type="title" idx="0"/>');
    expect(phXml({ type: 'body' })).toBe('<p:ph idx="1"/>');
    expect(phXml({ type: 'body', idx: 4 })).toBe('<p:ph idx="4"/>');
    expect(phXml({ type: 'ftr', idx: 7 })).toBe('<p:ph type="ftr" sz="quarter" idx="7"/>');
    expect(phXml({ type: 'sldNum' })).toMatch(/^<p:ph type="sldNum" sz="quarter" idx="\d+"\/>$/);
    expect(phXml({ type: 'dt' })).toMatch(/^<p:ph type="dt" sz="quarter" idx="\d+"\/>$/);
    expect(phXml({ type: 'ftr' })).toMatch(/^<p:ph type="ftr" sz="quarter" idx="\d+"\/>$/);
    expect(new Set([phXml({ type: 'ftr' }), phXml({ type: 'sldNum' }), phXml({ type: 'dt' })].map((x) => /idx="(\d+)"/.exec(x)![1])).size).toBe(3);
  });
});

describe('slidePlaceholders', () => {
  const tb = (role: TextBox['role'], name = role): TextBox & { name: string } => ({ kind: 'text', role, x: 0, y: 0, w: 1, h: 1, paragraphs: [], valign: 'top', insetPt: [0, 0, 0, 0], name });
  const slide = (layout: string, items: TextBox[], design?: string): LaidSlide => ({ layout, design, items, notes: [], titleText: '' }) as unknown as LaidSlide;
  const names = (m: Map<TextBox, unknown>) => [...m.entries()].map(([b, ph]) => [(b as TextBox & { name: string }).name, ph]);

  it('cover: the first title is the centred title, the first subtitle the subtitle; bodies are not placeholders', () => {
    expect(names(slidePlaceholders(slide('title', [tb('body'), tb('title', 't1'), tb('subtitle', 's1'), tb('title', 't2'), tb('subtitle', 's2')])))).toEqual([
      ['t1', { type: 'ctrTitle' }],
      ['s1', { type: 'subTitle', idx: 1 }],
    ]);
    expect(names(slidePlaceholders(slide('title', [tb('title')])))).toEqual([['title', { type: 'ctrTitle' }]]);
  });

  it('title and body: one body or agenda box is the body; two are not; a lone quote when there is no body', () => {
    expect(names(slidePlaceholders(slide('content', [tb('title'), tb('body')])))).toEqual([['title', { type: 'title' }], ['body', { type: 'body', idx: 1 }]]);
    expect(names(slidePlaceholders(slide('agenda', [tb('title'), tb('agenda')])))).toEqual([['title', { type: 'title' }], ['agenda', { type: 'body', idx: 1 }]]);
    expect(names(slidePlaceholders(slide('content', [tb('title'), tb('body', 'b1'), tb('body', 'b2')])))).toEqual([['title', { type: 'title' }]]);
    expect(names(slidePlaceholders(slide('quote', [tb('title'), tb('quote')])))).toEqual([['title', { type: 'title' }], ['quote', { type: 'body', idx: 1 }]]);
    expect(names(slidePlaceholders(slide('quote', [tb('title'), tb('quote', 'q1'), tb('quote', 'q2')])))).toEqual([['title', { type: 'title' }]]);
    expect(names(slidePlaceholders(slide('content', [tb('title'), tb('body'), tb('quote')])))).toEqual([['title', { type: 'title' }], ['body', { type: 'body', idx: 1 }]]);
    expect(names(slidePlaceholders(slide('content', [tb('subtitle'), tb('caption')])))).toEqual([]);
  });

  it('title only: the title, never a body; a designed content slide uses its design’s layout', () => {
    expect(names(slidePlaceholders(slide('section', [tb('title'), tb('body'), tb('subtitle')])))).toEqual([['title', { type: 'title' }]]);
    expect(names(slidePlaceholders(slide('content', [tb('title'), tb('body')], 'cards')))).toEqual([['title', { type: 'title' }]]);
    expect(names(slidePlaceholders(slide('content', [tb('title'), tb('body')], 'bullets')))).toEqual([['title', { type: 'title' }], ['body', { type: 'body', idx: 1 }]]);
  });
});

describe('markPlaceholders', () => {
  const sp = (cNvPr: string, cNvSpPr: string, body: string) => `<p:sp><p:nvSpPr>${cNvPr}${cNvSpPr}<p:nvPr></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>${body}</p:txBody></p:sp>`;
  const marked = (body: string, ph: string) => `<p:sp><p:nvSpPr><p:cNvPr id="3" name="x"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody>${body}</p:txBody></p:sp>`;
  const title = (t: string) => (t === 'HBTOKEN5X' ? ({ type: 'title' } as const) : undefined);

  it('a text box (txBox="1") or a shape, cNvPr self-closed or not, each shape on its own', () => {
    expect(markPlaceholders(sp('<p:cNvPr id="3" name="x"/>', '<p:cNvSpPr txBox="1"/>', 'HBTOKEN5X'), title)).toBe(marked('HBTOKEN5X', '<p:ph type="title"/>'));
    expect(markPlaceholders(sp('<p:cNvPr id="3" name="x"></p:cNvPr>', '<p:cNvSpPr/>', 'HBTOKEN5X'), title)).toBe(marked('HBTOKEN5X', '<p:ph type="title"/>'));
    const two = sp('<p:cNvPr id="2" name="y"/>', '<p:cNvSpPr/>', 'HBTOKEN6X') + sp('<p:cNvPr id="3" name="x"/>', '<p:cNvSpPr/>', 'HBTOKEN5X');
    expect(markPlaceholders(two, title)).toBe(sp('<p:cNvPr id="2" name="y"/>', '<p:cNvSpPr/>', 'HBTOKEN6X') + marked('HBTOKEN5X', '<p:ph type="title"/>'));
  });

  it('a shape without a token, or of another form, is left as it is', () => {
    const none = sp('<p:cNvPr id="3" name="x"/>', '<p:cNvSpPr/>', 'plain');
    let asked = 0;
    expect(markPlaceholders(none, () => (asked++, { type: 'title' }))).toBe(none);
    expect(asked).toBe(0);
    const other = '<p:sp><p:nvSpPr><p:cNvPr id="3" name="x"/><p:cNvSpPr/><p:nvPr><p:ph/></p:nvPr></p:nvSpPr><p:txBody>HBTOKEN5X</p:txBody></p:sp>';
    expect(markPlaceholders(other, title)).toBe(other);
  });
});

describe('layout placeholders', () => {
  const theme = resolveTheme('party-red');
  const lvl = (xml: string, n: number) => new RegExp(`<a:lvl${n}pPr ([^>]*)>(.*?)</a:lvl${n}pPr>`).exec(xml);
  const shape = (xml: string, name: string) => new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${name}"/>.*?</p:sp>`).exec(xml)?.[0] ?? '';

  it('title sizes: 1.25 × title on the title slide, the section size on a section, 1.2 × section on the closing slide', () => {
    const size = (name: string) => Number(/<a:defRPr sz="(\d+)"/.exec(shape(layoutPlaceholdersXml(layoutSpec(name), theme, SIZE, 'zh-CN'), name === 'title' ? 'Title 1' : 'Title 1'))![1]);
    expect(size('title')).toBe(Math.round(theme.sizes.title * 1.25) * 100);
    expect(size('section')).toBe(theme.sizes.section * 100);
    expect(size('closing')).toBe(Math.round(theme.sizes.section * 1.2) * 100);
    expect(size('content')).toBe(theme.sizes.title * 100);
    expect(size('cards')).toBe(theme.sizes.title * 100);
  });

  it('cover: a centred title anchored at the bottom and a subtitle over 55 % of the body box, anchored at the top', () => {
    const xml = layoutPlaceholdersXml(layoutSpec('title'), theme, SIZE, 'zh-CN');
    const t = shape(xml, 'Title 1');
    expect(t).toContain('<p:nvPr><p:ph type="ctrTitle"/></p:nvPr>');
    expect(t).toContain(' anchor="b" rtlCol="0"><a:normAutofit/></a:bodyPr>');
    expect(t).toContain('<a:t>单击此处编辑母版标题样式</a:t>');
    const s = shape(xml, 'Subtitle 2');
    expect(s).toContain('<p:nvPr><p:ph type="subTitle" idx="1"/></p:nvPr>');
    expect(s).toContain(' anchor="t" rtlCol="0">');
    expect(s).toContain(`<a:defRPr sz="${theme.sizes.subtitle * 100}" b="0" kern="1200">`);
    expect(lvl(s, 1)![2]).toContain('<a:lnSpc><a:spcPct val="120000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/>');
    expect(s).toContain('<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>');
    expect(s).toContain('<a:t>单击此处编辑母版副标题样式</a:t>');
    const cx = (x: string) => Number(/<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(x)![2]);
    const body = shape(layoutPlaceholdersXml(layoutSpec('content'), theme, SIZE, 'zh-CN'), 'Content Placeholder 2');
    expect(cx(s)).toBeGreaterThan(0);
    expect(xml).not.toContain('Content Placeholder 2');
    expect(body).not.toBe('');
  });

  it('title and body: title anchored in the middle with line spacing 115 %, bold; three body levels with bullets and prompts', () => {
    const xml = layoutPlaceholdersXml(layoutSpec('content'), theme, SIZE, 'zh-CN');
    const t = shape(xml, 'Title 1');
    expect(t).toContain('<p:ph type="title"/>');
    expect(t).toContain(' anchor="ctr" rtlCol="0">');
    expect(lvl(t, 1)![1]).toBe('marL="0" indent="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"');
    expect(lvl(t, 1)![2]).toMatch(/^<a:lnSpc><a:spcPct val="115000"\/><\/a:lnSpc><a:spcBef><a:spcPts val="0"\/><\/a:spcBef><a:buNone\/><a:defRPr sz="\d+" b="1" kern="1200"><a:solidFill><a:srgbClr val="[0-9A-F]{6}"\/><\/a:solidFill><a:latin typeface="\+mj-lt"\/><a:ea typeface="\+mj-ea"\/><a:cs typeface="\+mj-cs"\/><\/a:defRPr>$/);
    const b = shape(xml, 'Content Placeholder 2');
    expect(b).toContain('<p:nvPr><p:ph idx="1"/></p:nvPr>');
    expect(b).toContain(' anchor="t" rtlCol="0">');
    for (let i = 1; i <= theme.sizes.body.length; i++) {
      const [, attrs, inner] = lvl(b, i)!;
      expect(attrs).toMatch(/^marL="\d+" indent="-?\d+" algn="l" /);
      expect(inner).toContain(`<a:lnSpc><a:spcPct val="${Math.round(theme.spacing.lineSpacing * 100000)}"/></a:lnSpc>`);
      expect(inner).toContain(`<a:buSzPct val="80000"/><a:buFont typeface="${theme.fonts.body.eastAsian}"/><a:buChar char="${theme.bullets[i - 1].char}"/>`);
      expect(inner).toContain(`<a:defRPr sz="${theme.sizes.body[i - 1] * 100}" b="0" kern="1200"><a:solidFill><a:srgbClr val="${theme.palette.text}"/></a:solidFill><a:latin typeface="+mn-lt"/>`);
    }
    expect(Number(/marL="(\d+)"/.exec(lvl(b, 2)![1])![1])).toBeGreaterThan(Number(/marL="(\d+)"/.exec(lvl(b, 1)![1])![1]));
    expect([...b.matchAll(/<a:p>(<a:pPr lvl="(\d)"\/>)?<a:r><a:rPr lang="zh-CN" altLang="en-US"\/><a:t>([^<]*)<\/a:t><\/a:r><\/a:p>/g)].map((m) => [m[2], m[3]])).toEqual([
      [undefined, '编辑母版文本样式'], ['1', '第二级'], ['2', '第三级'],
    ]);
  });

  it('title only: no body placeholder', () => {
    const xml = layoutPlaceholdersXml(layoutSpec('section'), theme, SIZE, 'zh-CN');
    expect(shape(xml, 'Title 1')).toContain('<p:ph type="title"/>');
    expect(xml).not.toMatch(/Subtitle 2|Content Placeholder 2/);
  });

  it('English prompts for other languages; en-US without altLang; a language escaped', () => {
    const en = layoutPlaceholdersXml(layoutSpec('content'), theme, SIZE, 'en-US');
    expect(en).toContain('<a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r>');
    expect(en).toContain('<a:p><a:pPr lvl="1"/><a:r><a:rPr lang="en-US"/><a:t>Second level</a:t></a:r></a:p>');
    expect(en).toContain('<a:t>Third level</a:t>');
    expect(en).toContain('<a:t>Click to edit Master text styles</a:t>');
    const fr = layoutPlaceholdersXml(layoutSpec('title'), theme, SIZE, 'fr"FR');
    expect(fr).toContain('<a:r><a:rPr lang="fr&quot;FR" altLang="en-US"/><a:t>Click to edit Master subtitle style</a:t></a:r>');
    expect(layoutPlaceholdersXml(layoutSpec('content'), theme, SIZE, 'zh-TW')).toContain('<a:rPr lang="zh-TW" altLang="en-US"/><a:t>单击此处编辑母版标题样式</a:t>');
  });

  it('placeholder geometry in EMU from the layout boxes, with the body insets', () => {
    const xml = layoutPlaceholdersXml(layoutSpec('content'), theme, SIZE, 'zh-CN');
    for (const m of xml.matchAll(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
      expect(Number(m[1]) + Number(m[3])).toBeLessThanOrEqual(Math.round(SIZE.w * 914400) + 1);
      expect(Number(m[2]) + Number(m[4])).toBeLessThanOrEqual(Math.round(SIZE.h * 914400) + 1);
      expect(Number(m[3])).toBeGreaterThan(0);
    }
    const boxes = layoutBoxes(styleKey(layoutSpec('content'), theme), theme, SIZE);
    const geo = (b: { x: number; y: number; w: number; h: number }) =>
      `<a:xfrm><a:off x="${Math.round(b.x * 914400)}" y="${Math.round(b.y * 914400)}"/><a:ext cx="${Math.round(b.w * 914400)}" cy="${Math.round(b.h * 914400)}"/></a:xfrm>`;
    expect(shape(xml, 'Title 1')).toContain(geo(boxes.title));
    expect(shape(xml, 'Content Placeholder 2')).toContain(geo(boxes.body));
    const cover = layoutPlaceholdersXml(layoutSpec('title'), theme, SIZE, 'zh-CN');
    const cb = layoutBoxes(styleKey(layoutSpec('title'), theme), theme, SIZE);
    expect(shape(cover, 'Subtitle 2')).toContain(geo({ ...cb.body, h: cb.body.h * 0.55 }));
    expect(shape(xml, 'Title 1')).toMatch(/<a:bodyPr vert="horz" wrap="square" lIns="\d+" tIns="\d+" rIns="\d+" bIns="\d+" anchor="ctr" rtlCol="0"><a:normAutofit\/><\/a:bodyPr>/);
  });

  it('a theme style’s colours, title alignment and boldness reach the layout: bullet colour falls back to the accent', () => {
    const base = resolveTheme('minimal');
    const styled: Theme = {
      ...base,
      bullets: base.bullets.map((b, i) => (i === 0 ? { ...b, color: undefined } : { ...b, color: '0000AA' })),
      layouts: { ...base.layouts, content: { ...base.layouts.content, titleAlign: 'center', titleColor: 'AA0000', textColor: '00AA00', accentColor: 'BBBB00', titleBold: false } },
    } as Theme;
    const xml = layoutPlaceholdersXml(layoutSpec('content'), styled, SIZE, 'zh-CN');
    const t = shape(xml, 'Title 1');
    expect(t).toContain('algn="ctr"');
    expect(t).toContain(' b="0" kern="1200"><a:solidFill><a:srgbClr val="AA0000"/>');
    const b = shape(xml, 'Content Placeholder 2');
    expect(lvl(b, 1)![2]).toContain('<a:buClr><a:srgbClr val="BBBB00"/></a:buClr>');
    expect(lvl(b, 2)![2]).toContain('<a:buClr><a:srgbClr val="0000AA"/></a:buClr>');
    expect(lvl(b, 1)![2]).toContain('<a:solidFill><a:srgbClr val="00AA00"/></a:solidFill>');
    const plain: Theme = { ...base, bullets: base.bullets.map((b) => ({ ...b, color: undefined })), layouts: { ...base.layouts, content: { ...base.layouts.content, accentColor: undefined, textColor: undefined, titleColor: undefined, titleBold: undefined, titleAlign: undefined } } } as Theme;
    const px = layoutPlaceholdersXml(layoutSpec('content'), plain, SIZE, 'zh-CN');
    expect(lvl(shape(px, 'Content Placeholder 2'), 1)![2]).toContain(`<a:buClr><a:srgbClr val="${base.palette.accent}"/></a:buClr>`);
    expect(shape(px, 'Title 1')).toContain(` b="1" kern="1200"><a:solidFill><a:srgbClr val="${base.palette.title}"/>`);
    expect(shape(px, 'Title 1')).toContain('algn="l"');
    expect(lvl(shape(px, 'Content Placeholder 2'), 1)![2]).toContain(`<a:solidFill><a:srgbClr val="${base.palette.text}"/></a:solidFill>`);
  });
});

describe('master placeholders', () => {
  const theme = resolveTheme('party-red');

  it('title and body placeholders without list styles, the title style and three body levels', () => {
    const m = masterParts(theme, SIZE, 'en-US');
    expect(m.shapes).toContain('<p:cNvPr id="901" name="Title Placeholder 1"/>');
    expect(m.shapes).toContain('<p:nvPr><p:ph type="title"/></p:nvPr>');
    expect(m.shapes).toContain('<p:cNvPr id="902" name="Text Placeholder 2"/>');
    expect(m.shapes).toContain('<p:nvPr><p:ph type="body" idx="1"/></p:nvPr>');
    expect(m.shapes).toContain('<a:lstStyle></a:lstStyle><a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t>');
    expect(m.shapes).toContain('<a:t>Third level</a:t>');
    expect(m.titleStyle).toMatch(/^<p:titleStyle><a:lvl1pPr [^>]*algn="l"[^>]*>.*<a:defRPr sz="\d+" b="1" kern="1200">.*<\/a:lvl1pPr><\/p:titleStyle>$/);
    expect(m.bodyStyle).toMatch(/^<p:bodyStyle><a:lvl1pPr .*<\/a:lvl1pPr><a:lvl2pPr .*<\/a:lvl2pPr><a:lvl3pPr .*<\/a:lvl3pPr><\/p:bodyStyle>$/);
    expect(masterParts(theme, SIZE, 'zh-CN').shapes).toContain('<a:t>编辑母版文本样式</a:t>');
  });

  it("the master's footer and slide-number placeholders take the master's own indices (3, 4), not the layouts' (11, 12)", () => {
    const shapes = masterParts(resolveTheme('minimal'), SIZE, 'en-US').shapes;
    expect(shapes.match(/<p:ph type="(?:ftr|sldNum)"[^>]*>/g)).toEqual(['<p:ph type="ftr" sz="quarter" idx="3"/>', '<p:ph type="sldNum" sz="quarter" idx="4"/>']);
  });
});

describe('addLayoutPlaceholders on a package (render-b survivors)', () => {
  const theme = resolveTheme('party-red');
  // As pptxgenjs writes them: a layout named by its label (or DEFAULT), a master with its own text styles.
  const layout = (label: string) => `<p:sldLayout><p:cSld name="${label}"><p:spTree><p:nvGrpSpPr/></p:spTree></p:cSld></p:sldLayout>`;
  const master =
    '<p:sldMaster><p:cSld><p:spTree><p:nvGrpSpPr/></p:spTree></p:cSld><p:txStyles>' +
    '<p:titleStyle>\n  <a:lvl1pPr algn="ctr" rtl="0"><a:defRPr sz="4400"/></a:lvl1pPr>\n</p:titleStyle>' +
    '<p:bodyStyle>\n  <a:lvl1pPr marL="342900" indent="-342900"><a:defRPr sz="3200"/></a:lvl1pPr>\n</p:bodyStyle>' +
    '<p:otherStyle><a:lvl1pPr marL="0"/></p:otherStyle></p:txStyles></p:sldMaster>';

  it("the master gets its placeholders and exactly our title and body styles (pptxgenjs' replaced); other styles kept", () => {
    const parts = new Map([['ppt/slideMasters/slideMaster1.xml', master]]);
    addLayoutPlaceholders(parts, theme, SIZE, 'zh-CN');
    const m = masterParts(theme, SIZE, 'zh-CN');
    expect(parts.get('ppt/slideMasters/slideMaster1.xml')).toBe(
      `<p:sldMaster><p:cSld><p:spTree><p:nvGrpSpPr/>${m.shapes}</p:spTree></p:cSld><p:txStyles>${m.titleStyle}${m.bodyStyle}<p:otherStyle><a:lvl1pPr marL="0"/></p:otherStyle></p:txStyles></p:sldMaster>`,
    );
  });

  it('only parts named ppt/slideLayouts/slideLayoutN.xml and ppt/slideMasters/slideMasterN.xml are touched (N of any length)', () => {
    const parts = new Map([
      ['ppt/slideLayouts/slideLayout12.xml', layout('huibao Title and Content')],
      ['ppt/slideMasters/slideMaster12.xml', master],
      ['custom/ppt/slideLayouts/slideLayout1.xml', layout('huibao Title and Content')],
      ['ppt/slideLayouts/slideLayout1.xml.bak', layout('DEFAULT')],
      ['custom/ppt/slideMasters/slideMaster1.xml', master],
      ['ppt/slideMasters/slideMaster1.xml.bak', master],
      ['ppt/slideMasters/slideMasterA.xml', master],
    ]);
    const before = new Map(parts);
    addLayoutPlaceholders(parts, theme, SIZE, 'en-US');
    const changed = [...parts].filter(([n, x]) => before.get(n) !== x).map(([n]) => n);
    expect(changed).toEqual(['ppt/slideLayouts/slideLayout12.xml', 'ppt/slideMasters/slideMaster12.xml']);
    expect(parts.get('ppt/slideLayouts/slideLayout12.xml')).toContain('<a:t>Click to edit Master text styles</a:t>');
    expect(parts.get('ppt/slideMasters/slideMaster12.xml')).toContain(masterParts(theme, SIZE, 'en-US').titleStyle);
  });

  it("pptxgenjs' DEFAULT layout is named huibao Blank and gets no placeholders; an unknown name is left alone", () => {
    const parts = new Map([
      ['ppt/slideLayouts/slideLayout1.xml', layout('DEFAULT')],
      ['ppt/slideLayouts/slideLayout2.xml', layout('Somebody Else')],
    ]);
    addLayoutPlaceholders(parts, theme, SIZE, 'zh-CN');
    expect(parts.get('ppt/slideLayouts/slideLayout1.xml')).toBe(layout('huibao Blank'));
    expect(parts.get('ppt/slideLayouts/slideLayout2.xml')).toBe(layout('Somebody Else'));
  });

  it('body levels: space before is the size × paragraph spacing at level 1, half that below (written out, not recomputed)', () => {
    const t = { ...theme, sizes: { ...theme.sizes, body: [30, 20, 16] }, spacing: { ...theme.spacing, paragraphSpacing: 0.5 } } as Theme;
    const xml = layoutPlaceholdersXml(layoutSpec('content'), t, SIZE, 'zh-CN');
    expect([...xml.matchAll(/<a:lvl(\d)pPr [^>]*><a:lnSpc>.*?<a:spcBef><a:spcPts val="(\d+)"\/>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['1', '0'], // the title
      ['1', '1500'],
      ['2', '500'],
      ['3', '400'],
    ]);
  });

  it('the prompts, read from a fresh copy of the module (they are module-level data the mutation run would credit elsewhere)', async () => {
    vi.resetModules();
    const fresh = await import('../../src/render/placeholders.js');
    const { layoutSpec: spec } = await import('../../src/render/layouts.js');
    const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
    expect(texts(fresh.layoutPlaceholdersXml(spec('title'), theme, SIZE, 'zh-CN'))).toEqual(['单击此处编辑母版标题样式', '单击此处编辑母版副标题样式']);
    expect(texts(fresh.layoutPlaceholdersXml(spec('content'), theme, SIZE, 'zh-CN')).slice(0, 4)).toEqual(['单击此处编辑母版标题样式', '编辑母版文本样式', '第二级', '第三级']);
    expect(texts(fresh.layoutPlaceholdersXml(spec('title'), theme, SIZE, 'en-US'))).toEqual(['Click to edit Master title style', 'Click to edit Master subtitle style']);
    expect(texts(fresh.masterParts(theme, SIZE, 'en-US').shapes).slice(0, 4)).toEqual(['Click to edit Master title style', 'Click to edit Master text styles', 'Second level', 'Third level']);
  });
});
