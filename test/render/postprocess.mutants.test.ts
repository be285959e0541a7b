// The post-processor's promises at their edges, on a small hand-made package (fast, every part known): document
// dates (one meaning everywhere, SOURCE_DATE_EPOCH within range), hyperlink relationships, gradient angles, theme
// fonts per language, content types, presentation.xml order, tokens, the zip's order and dates. Written against the
// survivors of a mutation run on src/render/postprocess.ts (issue 18).
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docDate, onePPr, parseDocDate, postprocess, type PostprocessInput } from '../../src/render/postprocess.js';
import { TokenTable } from '../../src/render/tokens.js';
import { readZip } from '../../src/render/zip.js';
import type { PackagePart } from '../../src/render/pptxgen.js';
import { resolveTheme } from '../../src/theme/index.js';

const iso = (s: string) => parseDocDate(s)?.toISOString();

describe('parseDocDate: one meaning everywhere, UTC unless an offset is given', () => {
  it.each([
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['2024/5/1', '2024-05-01T00:00:00.000Z'],
    ['2024.05.01', '2024-05-01T00:00:00.000Z'],
    ['2024年5月1日', '2024-05-01T00:00:00.000Z'],
    ['2024年5月1', '2024-05-01T00:00:00.000Z'],
    ['  2024-05-01 \n', '2024-05-01T00:00:00.000Z'],
    ['2024-05-01T09:30', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01 9:05:07', '2024-05-01T09:05:07.000Z'],
    ['2024-05-01T09:30:15.123', '2024-05-01T09:30:15.000Z'],
    ['2024-05-01T09:30Z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30 z', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30+08:00', '2024-05-01T01:30:00.000Z'],
    ['2024-05-01T09:30+0800', '2024-05-01T01:30:00.000Z'],
    ['2024-05-01T09:30-05:30', '2024-05-01T15:00:00.000Z'],
    ['2024-05-01+01:15', '2024-04-30T22:45:00.000Z'],
    ['2024-12-31T23:59:59', '2024-12-31T23:59:59.000Z'],
    ['2024-01-01T00:00:00', '2024-01-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['0099-03-01', '0099-03-01T00:00:00.000Z'],
  ])('%j → %s', (s, want) => {
    expect(iso(s)).toBe(want);
  });

  it.each([
    '2024-00-01', '2024-13-01', '2024-05-00', '2024-05-32', '2024-02-30', '2023-02-29', '2024-04-31',
    '2024-05-01T24:00', '2024-05-01T99:00', '2024-05-01T23:60', '2024-05-01T23:59:60', '2024-05-01T09:60', '2024-05-01T09:30:60', '2024-05-01T9:3',
    '2024-05-99', '2024-00-31', '2024-13-31',
    'May 1, 2024', '2024-05-01x', 'x2024-05-01', '24-05-01', '2024-05-01T09:30+8', '2024-05-01T09:30 UTC', '',
  ])('%j is not a date', (s) => {
    expect(parseDocDate(s)).toBeUndefined();
  });
});

describe('docDate: the option, else SOURCE_DATE_EPOCH, else 2000-01-01; seconds, no milliseconds', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });

  it('no date, no epoch: the fixed default', () => {
    expect(docDate()).toBe('2000-01-01T00:00:00Z');
    expect(docDate('')).toBe('2000-01-01T00:00:00Z');
    expect(docDate('not a date')).toBe('2000-01-01T00:00:00Z');
  });

  it('an explicit date wins over the epoch; a date it cannot read falls back to the epoch', () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    expect(docDate('2024-05-01T09:30:15.5')).toBe('2024-05-01T09:30:15Z');
    expect(docDate()).toBe('2023-11-14T22:13:20Z');
    expect(docDate('May 1, 2024')).toBe('2023-11-14T22:13:20Z');
  });

  it.each([
    ['0', '1970-01-01T00:00:00Z'],
    ['8640000000000', '+275760-09-13T00:00:00Z'],
    ['8640000000001', '2000-01-01T00:00:00Z'],
    ['999999999999999', '2000-01-01T00:00:00Z'],
    ['1000000000000000', '2000-01-01T00:00:00Z'],
    ['-1', '2000-01-01T00:00:00Z'],
    ['1e9', '2000-01-01T00:00:00Z'],
    [' 1700000000', '2000-01-01T00:00:00Z'],
    ['1700000000 ', '2000-01-01T00:00:00Z'],
    ['', '2000-01-01T00:00:00Z'],
  ])('SOURCE_DATE_EPOCH=%j → %s', (epoch, want) => {
    process.env.SOURCE_DATE_EPOCH = epoch;
    expect(docDate()).toBe(want);
  });
});

// ---- a small package through postprocess ----

const CT =
  '<?xml version="1.0"?><Types><Default Extension="jpg" ContentType="image/jpg"/><Default Extension="png" ContentType="image/png"/>' +
  '<Override PartName="/ppt/slides/slide1.xml" ContentType="a"/><Override PartName="/ppt/slides/slide2.xml" ContentType="b"/>' +
  '<Override PartName="/ppt/presentation.xml" ContentType="c"/></Types>';
const PRES =
  '<p:presentation><p:notesMasterIdLst><p:notesMasterId r:id="rId9"/></p:notesMasterIdLst><p:sldMasterIdLst><p:sldMasterId id="1"/></p:sldMasterIdLst><p:sldIdLst/></p:presentation>';
const THEME1 =
  '<a:theme xmlns:a="x" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1/></a:clrScheme><a:fontScheme name="Office">' +
  '<a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:majorFont>' +
  '<a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:minorFont>' +
  '</a:fontScheme></a:themeElements></a:theme>';
const CORE = '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2031-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2032-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>';
const RELS = '<Relationships><Relationship Id="rId1" Target="../slideLayouts/slideLayout1.xml"/></Relationships>';
const slide = (body: string) => `<p:sld><p:cSld><p:spTree>${body}</p:spTree></p:cSld></p:sld>`;
const layout = (name: string) => `<p:sldLayout><p:cSld name="${name}"><p:bg><p:bgRef idx="1001"/></p:bg><p:spTree></p:spTree></p:cSld></p:sldLayout>`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

function pkg(over: Record<string, string | Uint8Array> = {}): PackagePart[] {
  const parts: Record<string, string | Uint8Array> = {
    'docProps/core.xml': CORE,
    '[Content_Types].xml': CT,
    'ppt/presentation.xml': PRES,
    'ppt/slides/slide1.xml': slide(''),
    'ppt/slides/_rels/slide1.xml.rels': RELS,
    'ppt/slideLayouts/slideLayout1.xml': layout('Gradient One'),
    'ppt/slideLayouts/slideLayout2.xml': layout('Other'),
    'ppt/theme/theme1.xml': THEME1,
    'ppt/media/image1.png': PNG,
    ...over,
  };
  return Object.entries(parts).map(([name, data]) => ({ name, data }));
}

function input(over: Partial<PostprocessInput> = {}): PostprocessInput {
  return { tokens: new TokenTable(), links: [], gradients: [], theme: resolveTheme('minimal'), lang: 'zh-CN', size: { w: 10, h: 5.625 }, ...over };
}

async function run(parts: PackagePart[], inp: PostprocessInput = input()): Promise<{ names: string[]; text: (n: string) => string; bytes: (n: string) => Uint8Array }> {
  const entries = await readZip(await postprocess(parts, inp));
  const by = new Map(entries.map((e) => [e.name, e]));
  return {
    names: entries.map((e) => e.name),
    text: (n) => {
      const d = by.get(n)?.data;
      return d === undefined ? '' : typeof d === 'string' ? d : new TextDecoder('utf-8', { ignoreBOM: true }).decode(d);
    },
    bytes: (n) => {
      const d = by.get(n)!.data;
      return typeof d === 'string' ? new TextEncoder().encode(d) : d;
    },
  };
}

describe('postprocess on a small package', () => {
  it('[Content_Types].xml first, the rest in the order given; binary parts byte for byte; a zip in gives the same', async () => {
    const r = await run(pkg());
    expect(r.names).toEqual([
      '[Content_Types].xml', 'docProps/core.xml', 'ppt/presentation.xml', 'ppt/slides/slide1.xml', 'ppt/slides/_rels/slide1.xml.rels',
      'ppt/slideLayouts/slideLayout1.xml', 'ppt/slideLayouts/slideLayout2.xml', 'ppt/theme/theme1.xml', 'ppt/media/image1.png',
    ]);
    expect(r.bytes('ppt/media/image1.png')).toEqual(PNG);
    const asZip = await postprocess(pkg(), input());
    expect(await postprocess(asZip, input())).toEqual(asZip);
  });

  it('parts given as bytes (with a BOM kept) or a binary part given as a string', async () => {
    const enc = new TextEncoder();
    const r = await run(pkg({ 'ppt/slides/slide1.xml': enc.encode('\uFEFF' + slide('<p:sp>字</p:sp>')), 'ppt/media/note.bin': 'abc' }));
    expect(r.text('ppt/slides/slide1.xml')).toBe('\uFEFF' + slide('<p:sp>字</p:sp>'));
    expect(r.bytes('ppt/media/note.bin')).toEqual(enc.encode('abc'));
  });

  it('only names ending in .xml or .rels are read as text: a picture named x.xml.png keeps bytes that are not UTF-8', async () => {
    const raw = new Uint8Array([0x89, 0xff, 0xfe, 0x00, 0x80]);
    const r = await run(pkg({ 'ppt/media/image2.xml.png': raw, 'ppt/media/image3.rels.jpg': raw }));
    expect(r.bytes('ppt/media/image2.xml.png')).toEqual(raw);
    expect(r.bytes('ppt/media/image3.rels.jpg')).toEqual(raw);
  });

  it.each(['[Content_Types].xml', 'ppt/presentation.xml', 'ppt/theme/theme1.xml', 'docProps/core.xml'])('a package without %s is an internal error, not a deck with an empty part', async (missing) => {
    const parts = pkg().filter((p) => p.name !== missing);
    await expect(postprocess(parts, input())).rejects.toThrow(`internal: the package has no ${missing}`);
  });

  it('content types: image/jpg becomes image/jpeg, overrides for parts not in the package go', async () => {
    const ct = (await run(pkg())).text('[Content_Types].xml');
    expect(ct).toBe(
      '<?xml version="1.0"?><Types><Default Extension="jpg" ContentType="image/jpeg"/><Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/ppt/slides/slide1.xml" ContentType="a"/><Override PartName="/ppt/presentation.xml" ContentType="c"/></Types>',
    );
  });

  it('presentation.xml: notesMasterIdLst moves after sldMasterIdLst (schema order); without one nothing changes', async () => {
    expect((await run(pkg())).text('ppt/presentation.xml')).toBe(
      '<p:presentation><p:sldMasterIdLst><p:sldMasterId id="1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId9"/></p:notesMasterIdLst><p:sldIdLst/></p:presentation>',
    );
    const plain = '<p:presentation><p:sldMasterIdLst><p:sldMasterId id="1"/></p:sldMasterIdLst><p:sldIdLst/></p:presentation>';
    expect((await run(pkg({ 'ppt/presentation.xml': plain }))).text('ppt/presentation.xml')).toBe(plain);
  });

  it('core.xml: created and modified are the document date', async () => {
    const core = (await run(pkg(), input({ date: '2024-05-01T08:00+08:00' }))).text('docProps/core.xml');
    expect(core).toBe(CORE.replace('2031-01-01T00:00:00Z', '2024-05-01T00:00:00Z').replace('2032-01-01T00:00:00Z', '2024-05-01T00:00:00Z'));
  });

  it('every zip entry has the same fixed date (2000-01-01)', async () => {
    const zip = await JSZip.loadAsync(await postprocess(pkg(), input({ date: '2024-05-01' })));
    const dates = Object.values(zip.files).map((f) => f.date.toISOString());
    expect(dates).toHaveLength(9);
    expect(new Set(dates)).toEqual(new Set(['2000-01-01T00:00:00.000Z']));
  });

  it('theme fonts: Latin and East-Asian faces for headings and body; the Hans script face only for Chinese', async () => {
    const theme = resolveTheme('minimal');
    const t = { ...theme, fonts: { ...theme.fonts, title: { ...theme.fonts.title, latin: 'A&B', eastAsian: '黑体' }, body: { ...theme.fonts.body, latin: 'Body<1>', eastAsian: '楷体' } } };
    const zh = (await run(pkg(), input({ theme: t, lang: 'zh-TW' }))).text('ppt/theme/theme1.xml');
    expect(zh).toContain('<a:majorFont><a:latin typeface="A&amp;B"/><a:ea typeface="黑体"/><a:cs typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont>');
    expect(zh).toContain('<a:minorFont><a:latin typeface="Body&lt;1&gt;"/><a:ea typeface="楷体"/><a:cs typeface=""/><a:font script="Hans" typeface="楷体"/></a:minorFont>');
    // A face already named (a template's theme, say) is replaced too.
    const named = (await run(pkg({ 'ppt/theme/theme1.xml': THEME1.replaceAll('<a:ea typeface=""/>', '<a:ea typeface="SimSun"/>') }), input({ theme: t }))).text('ppt/theme/theme1.xml');
    expect(named).toContain('<a:latin typeface="A&amp;B"/><a:ea typeface="黑体"/>');
    expect(named).toContain('<a:latin typeface="Body&lt;1&gt;"/><a:ea typeface="楷体"/>');
    expect(named).not.toContain('SimSun');
    const en = (await run(pkg(), input({ theme: t, lang: 'en-US' }))).text('ppt/theme/theme1.xml');
    expect(en).toContain('<a:majorFont><a:latin typeface="A&amp;B"/><a:ea typeface="黑体"/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:majorFont>');
    expect(en).toContain('<a:minorFont><a:latin typeface="Body&lt;1&gt;"/><a:ea typeface="楷体"/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:minorFont>');
  });

  it('hyperlinks: a relationship per link (URL escaped) on its own slide; a slide without relationships is skipped', async () => {
    const links = [
      { slide: 1, id: 'rIdHb1', url: 'https://example.com/?a=1&b="2"' },
      { slide: 1, id: 'rIdHb2', url: 'mailto:x@example.com' },
      { slide: 7, id: 'rIdHb3', url: 'https://nowhere.example' },
    ];
    const r = await run(pkg(), input({ links }));
    const H = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
    expect(r.text('ppt/slides/_rels/slide1.xml.rels')).toBe(
      '<Relationships><Relationship Id="rId1" Target="../slideLayouts/slideLayout1.xml"/>' +
        `<Relationship Id="rIdHb1" Type="${H}" Target="https://example.com/?a=1&amp;b=&quot;2&quot;" TargetMode="External"/>` +
        `<Relationship Id="rIdHb2" Type="${H}" Target="mailto:x@example.com" TargetMode="External"/></Relationships>`,
    );
    expect(r.names.some((n) => n.includes('slide7'))).toBe(false);
  });

  it.each([
    [90, 5400000],
    [0, 0],
    [-90, 16200000],
    [450, 5400000],
    [360, 0],
    [44.6, 2700000],
  ])('a gradient at %s° is written at %s in the layout of its master only', async (angle, ang) => {
    const r = await run(pkg(), input({ gradients: [{ master: 'Gradient One', from: '123456', to: '654321', angle }] }));
    expect(r.text('ppt/slideLayouts/slideLayout1.xml')).toBe(
      '<p:sldLayout><p:cSld name="Gradient One"><p:bg><p:bgPr><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:srgbClr val="123456"/></a:gs><a:gs pos="100000"><a:srgbClr val="654321"/></a:gs></a:gsLst>' +
        `<a:lin ang="${ang}" scaled="0"/></a:gradFill><a:effectLst/></p:bgPr></p:bg><p:spTree></p:spTree></p:cSld></p:sldLayout>`,
    );
    expect(r.text('ppt/slideLayouts/slideLayout2.xml')).toBe(layout('Other'));
  });

  it('a gradient never touches a slide that names the same master', async () => {
    const s = `<p:sld><p:cSld name="Gradient One"><p:bg><p:bgRef idx="1001"/></p:bg><p:spTree></p:spTree></p:cSld></p:sld>`;
    const r = await run(pkg({ 'ppt/slides/slide1.xml': s }), input({ gradients: [{ master: 'Gradient One', from: '123456', to: '654321', angle: 0 }] }));
    expect(r.text('ppt/slides/slide1.xml')).toBe(s);
  });

  it('tokens: a text body is swapped for ours in shapes and table cells; an unknown token is an internal error', async () => {
    const tokens = new TokenTable();
    const a = tokens.add('<p:txBody><a:bodyPr/><a:p><a:r><a:t>我们的</a:t></a:r></a:p></p:txBody>');
    const b = tokens.add('<a:txBody><a:bodyPr/><a:p><a:r><a:t>单元格</a:t></a:r></a:p></a:txBody>');
    const body = `<p:sp><p:txBody><a:bodyPr/><a:p><a:r><a:t>${a}</a:t></a:r></a:p></p:txBody></p:sp><a:tc><a:txBody><a:p><a:r><a:t>${b}</a:t></a:r></a:p></a:txBody></a:tc><p:sp><p:txBody><a:p><a:r><a:t>plain</a:t></a:r></a:p></p:txBody></p:sp>`;
    const r = await run(pkg({ 'ppt/slides/slide1.xml': slide(body) }), input({ tokens }));
    expect(r.text('ppt/slides/slide1.xml')).toBe(
      slide(
        '<p:sp><p:txBody><a:bodyPr/><a:p><a:r><a:t>我们的</a:t></a:r></a:p></p:txBody></p:sp><a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>单元格</a:t></a:r></a:p></a:txBody></a:tc><p:sp><p:txBody><a:p><a:r><a:t>plain</a:t></a:r></a:p></p:txBody></p:sp>',
      ),
    );
    await expect(postprocess(pkg({ 'ppt/slides/slide1.xml': slide('<p:sp><p:txBody><a:p><a:r><a:t>HBTOKEN99X</a:t></a:r></a:p></p:txBody></p:sp>') }), input({ tokens }))).rejects.toThrow(
      'internal: unknown text token HBTOKEN99X in ppt/slides/slide1.xml',
    );
  });

  it('a token left outside any text body is an internal error naming its part', async () => {
    await expect(postprocess(pkg({ 'ppt/slideLayouts/slideLayout2.xml': '<x>HBTOKEN3X</x>' }), input())).rejects.toThrow('internal: an unreplaced text token is left in ppt/slideLayouts/slideLayout2.xml');
  });

  it('one a:pPr per paragraph in slides, layouts, masters and notes; other parts untouched', async () => {
    const two = '<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:pPr algn="r"/></a:p>';
    const one = '<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r></a:p>';
    const r = await run(
      pkg({
        'ppt/slides/slide1.xml': slide(two),
        'ppt/slideLayouts/slideLayout2.xml': layout('Other').replace('<p:spTree></p:spTree>', `<p:spTree>${two}</p:spTree>`),
        'ppt/slideMasters/slideMaster1.xml': `<p:sldMaster><p:cSld><p:spTree>${two}</p:spTree></p:cSld></p:sldMaster>`,
        'ppt/notesSlides/notesSlide1.xml': `<p:notes>${two}</p:notes>`,
        'ppt/notesMasters/notesMaster1.xml': `<p:notesMaster>${two}</p:notesMaster>`,
        'ppt/slides/slide1.json': `${two}`,
      }),
    );
    expect(r.text('ppt/slides/slide1.xml')).toBe(slide(one));
    expect(r.text('ppt/slideLayouts/slideLayout2.xml')).toContain(one);
    expect(r.text('ppt/slideMasters/slideMaster1.xml')).toContain(one);
    expect(r.text('ppt/notesSlides/notesSlide1.xml')).toBe(`<p:notes>${one}</p:notes>`);
    expect(r.text('ppt/notesMasters/notesMaster1.xml')).toBe(`<p:notesMaster>${two}</p:notesMaster>`);
    expect(r.text('ppt/slides/slide1.json')).toBe(two);
  });
});

describe('onePPr', () => {
  it('keeps a leading a:pPr with children, drops later ones; a paragraph whose first a:pPr is not first loses it', () => {
    expect(onePPr('<a:p><a:pPr lvl="1"><a:buNone/></a:pPr><a:r/><a:pPr><a:buNone/></a:pPr><a:pPr/></a:p>')).toBe('<a:p><a:pPr lvl="1"><a:buNone/></a:pPr><a:r/></a:p>');
    expect(onePPr('<a:p><a:r/><a:pPr/></a:p><a:p><a:pPr/><a:pPr/></a:p>')).toBe('<a:p><a:r/></a:p><a:p><a:pPr/></a:p>');
    expect(onePPr('<a:p><a:pPrX/><a:pPr/></a:p>')).toBe('<a:p><a:pPrX/></a:p>');
    expect(onePPr('<a:pPr/><a:p></a:p>')).toBe('<a:pPr/><a:p></a:p>');
  });
});

describe('each pass touches the parts it is for, picked by their full name', () => {
  const accent = resolveTheme('minimal').palette.accent.toUpperCase();
  const two = `<a:p><a:pPr algn="l"/><a:r><a:rPr><a:solidFill><a:srgbClr val="${accent}"/></a:solidFill></a:rPr><a:t>a</a:t></a:r><a:pPr algn="r"/></a:p>`;

  it('one a:pPr and scheme colours in ppt/slides/*.xml; not in a part that only contains that path or only starts like a slide', async () => {
    const r = await run(pkg({ 'ppt/slides/slide1.xml': slide(two), 'custom/ppt/slides/slide1.xml': two, 'ppt/slides/slide9.xml.rels': two }));
    expect(r.text('ppt/slides/slide1.xml')).toBe(slide('<a:p><a:pPr algn="l"/><a:r><a:rPr><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></a:rPr><a:t>a</a:t></a:r></a:p>'));
    expect(r.text('custom/ppt/slides/slide1.xml')).toBe(two);
    expect(r.text('ppt/slides/slide9.xml.rels')).toBe(two);
  });

  it('notes slides keep their colours as written (only slides, layouts and masters are mapped); one a:pPr there all the same', async () => {
    const r = await run(pkg({ 'ppt/notesSlides/notesSlide1.xml': `<p:notes>${two}</p:notes>` }));
    expect(r.text('ppt/notesSlides/notesSlide1.xml')).toBe(`<p:notes>${two.replace('<a:pPr algn="r"/>', '')}</p:notes>`);
  });

  const phShape = (token: string) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>${token}</a:t></a:r></a:p></p:txBody></p:sp>`;
  const titleTokens = (n: number) => {
    const tokens = new TokenTable();
    const list = Array.from({ length: n }, (_, i) => tokens.add(`<p:txBody><a:bodyPr/><a:p><a:r><a:t>题${i}</a:t></a:r></a:p></p:txBody>`, { type: 'title' }));
    return { tokens, list };
  };

  it('a title shape on a slide becomes the title placeholder', async () => {
    const { tokens, list } = titleTokens(1);
    const r = await run(pkg({ 'ppt/slides/slide1.xml': slide(phShape(list[0])) }), input({ tokens }));
    expect(r.text('ppt/slides/slide1.xml')).toBe(
      slide('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>题0</a:t></a:r></a:p></p:txBody></p:sp>'),
    );
  });

  it.each(['ppt/slideLayouts/slideLayout2.xml', 'custom/ppt/slides/slide1.xml', 'ppt/slides/slide1.xml.rels'])(
    'placeholders are looked for in slides only: a title shape in %s is reported as not found',
    async (part) => {
      const { tokens, list } = titleTokens(1);
      await expect(postprocess(pkg({ [part]: phShape(list[0]) }), input({ tokens }))).rejects.toThrow('internal: 1 title/body placeholder shapes were not found in the slide XML');
    },
  );

  it('the internal error counts the placeholder shapes that are missing, not all of them', async () => {
    const { tokens, list } = titleTokens(3);
    await expect(postprocess(pkg({ 'ppt/slides/slide1.xml': slide(phShape(list[1])) }), input({ tokens }))).rejects.toThrow('internal: 2 title/body placeholder shapes were not found in the slide XML');
  });
});
