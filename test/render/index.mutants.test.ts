// render() (src/render/index.ts) on a hand-made laid-out deck, so every number in the XML is known: a text box's fill
// and quote bar, a table's header, zebra rows, borders and margins, a missing picture's dashed frame, a picture's alt
// text and its size held to the slide's range, the document properties, the run language, PowerPoint's own 16:9
// width. These had no direct test (issue 18: written for the render module's mutation run).
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { DeflatePool } from '../../src/render/zip.js';
import { render } from '../../src/render/index.js';
import { schemeMap, toSchemeColors } from '../../src/render/scheme.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { DeckMeta, ImageBox, LaidOutDeck, LaidParagraph, PlacedItem, TableBox, TextBox } from '../../src/model.js';

const theme = resolveTheme('minimal');
/** A colour as the deck writes it: a theme slot's colour becomes that scheme colour. */
const colour = (hex: string) => toSchemeColors(`<a:srgbClr val="${hex}"/>`, schemeMap(theme));
const EMU = 914400;
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

const para = (text: string): LaidParagraph => ({ runs: [{ text }], level: 0, sizePt: 18, align: 'l', spaceBeforePt: 0, lineSpacingPt: 22, marginLeftPt: 0, indentPt: 0, color: '333333', font: 'body', lines: 1 });
const caption = (over: Partial<TextBox> = {}): TextBox => ({ kind: 'text', role: 'caption', x: 1, y: 1.5, w: 4, h: 1.25, valign: 'top', insetPt: [0, 0, 0, 0], paragraphs: [para('说明')], ...over });
const cell = (text: string) => ({ runs: [{ text }], align: 'l' as const });
const table = (over: Partial<TableBox> = {}): TableBox => ({
  kind: 'table', x: 1, y: 3, w: 6, h: 2, header: [cell('表头'), cell('二')], rows: [[cell('r1'), cell('x')], [cell('r2'), cell('x')], [cell('r3'), cell('x')]], colW: [4, 2], rowH: [0.5, 0.25, 0.5, 0.75],
  sizePt: 14, lineSpacingPt: 17, headerFill: 'A1B2C3', headerColor: 'C0FFEE', zebraFill: 'E1E2E3', borderColor: '9A9B9C', textColor: '2B2C2D', ...over,
});

async function deck(items: PlacedItem[], meta: Partial<DeckMeta> = {}, widthIn = 13.333): Promise<{ slide: string; part: (n: string) => Promise<string> }> {
  const d: LaidOutDeck = {
    meta: { title: 'T', lang: 'zh-CN', aspect: '16:9', slideNumbers: false, agenda: false, ...meta },
    widthIn, heightIn: 7.5, fit: [],
    slides: [{ layout: 'content', items, notes: [], titleText: '', src: { line: 1 } }],
  };
  const zip = await JSZip.loadAsync(await render(d, theme));
  const part = async (n: string) => (await zip.file(n)?.async('string')) ?? '';
  return { slide: await part('ppt/slides/slide1.xml'), part };
}

/** The <p:sp> elements of a slide, in order. */
const shapes = (xml: string) => xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? [];
const spPr = (sp: string) => /<p:spPr>[\s\S]*?<\/p:spPr>/.exec(sp)?.[0] ?? '';

describe('render: text boxes', () => {
  it('a fill is the shape fill; the quote bar is a 0.08 in rectangle of its colour on the box’s left edge, as tall as the box', async () => {
    const { slide } = await deck([caption({ fill: 'ABCDEF', barColor: '123456' })]);
    const [box, bar, ...rest] = shapes(slide);
    expect(rest).toEqual([]);
    expect(box).toContain('name="caption text"');
    expect(spPr(box)).toContain(`<a:xfrm><a:off x="${EMU}" y="${1.5 * EMU}"/><a:ext cx="${4 * EMU}" cy="${1.25 * EMU}"/></a:xfrm>`);
    expect(spPr(box)).toContain(`<a:solidFill>${colour('ABCDEF')}</a:solidFill>`);
    expect(spPr(bar)).toBe(
      `<p:spPr><a:xfrm><a:off x="${EMU}" y="${1.5 * EMU}"/><a:ext cx="${0.08 * EMU}" cy="${1.25 * EMU}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst></a:avLst></a:prstGeom><a:solidFill>${colour('123456')}</a:solidFill><a:ln></a:ln></p:spPr>`,
    );
  });

  it('no fill, no bar: one shape without a fill', async () => {
    const { slide } = await deck([caption()]);
    expect(shapes(slide)).toHaveLength(1);
    expect(spPr(shapes(slide)[0])).not.toContain('solidFill');
  });
});

describe('render: tables', () => {
  const tcPrs = (xml: string) => xml.match(/<a:tcPr[\s\S]*?<\/a:tcPr>/g) ?? [];
  const rows = (xml: string) => xml.match(/<a:tr\b[\s\S]*?<\/a:tr>/g) ?? [];

  it('header cells on the header fill in bold header colour; body text unbolded in the text colour; every 2nd body row zebra', async () => {
    const { slide } = await deck([table()]);
    const tr = rows(slide);
    expect(tr.map((r) => /<a:tr h="(\d+)"/.exec(r)?.[1])).toEqual([0.5, 0.25, 0.5, 0.75].map((h) => String(h * EMU)));
    expect(slide.match(/<a:gridCol w="(\d+)"\/>/g)).toEqual([`<a:gridCol w="${4 * EMU}"/>`, `<a:gridCol w="${2 * EMU}"/>`]);
    const fillOf = (r: string) => tcPrs(r).map((t) => /<\/a:lnB>(<a:solidFill>[\s\S]*?<\/a:solidFill>)?/.exec(t)?.[1] ?? 'none');
    expect(fillOf(tr[0])).toEqual(Array(2).fill(`<a:solidFill>${colour('A1B2C3')}</a:solidFill>`));
    expect(fillOf(tr[1])).toEqual(['none', 'none']);
    expect(fillOf(tr[2])).toEqual(Array(2).fill(`<a:solidFill>${colour('E1E2E3')}</a:solidFill>`));
    expect(fillOf(tr[3])).toEqual(['none', 'none']);
    expect(tr[0]).toMatch(new RegExp(`<a:rPr [^>]*sz="1400" b="1" dirty="0"><a:solidFill>${colour('C0FFEE')}</a:solidFill>[^]*<a:t>表头</a:t>`));
    expect(tr[1]).toMatch(new RegExp(`<a:rPr [^>]*sz="1400" dirty="0"><a:solidFill>${colour('2B2C2D')}</a:solidFill>[^]*<a:t>r1</a:t>`));
    expect(tr[1]).toContain('<a:lnSpc><a:spcPts val="1700"/></a:lnSpc>');
  });

  it('every cell: 0.75 pt borders on all four sides in the border colour, 5 pt / 3 pt margins, text centred vertically', async () => {
    const { slide } = await deck([table({ zebraFill: undefined })]);
    const all = tcPrs(slide);
    expect(all).toHaveLength(8);
    for (const t of all) {
      expect(t).toMatch(/^<a:tcPr marL="63500" marR="63500" marT="38100" marB="38100" anchor="ctr">/);
      for (const side of ['lnL', 'lnR', 'lnT', 'lnB']) expect(t).toContain(`<a:${side} w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>${colour('9A9B9C')}</a:solidFill><a:prstDash val="solid"/>`);
    }
    // Without a zebra colour no body row has a fill.
    expect(all.slice(2).every((t) => !/<\/a:lnB><a:solidFill>/.test(t))).toBe(true);
  });
  it('a table without a header row (header empty): its body rows only, at their heights (rowH[0] is the missing header\'s)', async () => {
    const { slide } = await deck([table({ header: [], rowH: [0, 0.25, 0.5, 0.75] })]);
    const tr = rows(slide);
    expect(tr.map((r) => /<a:tr h="(\d+)"/.exec(r)?.[1])).toEqual([0.25, 0.5, 0.75].map((h) => String(h * EMU)));
    expect(tr.map((r) => /<a:t>([^<]*)<\/a:t>/.exec(r)?.[1])).toEqual(['r1', 'r2', 'r3']);
    expect(slide).not.toContain(colour('A1B2C3'));
    expect(slide).not.toContain('b="1"');
  });
});

describe('render: pictures', () => {
  it('a missing picture: a dashed 1 pt frame in the muted colour with its alt text in brackets, centred, at the smallest body size', async () => {
    const im: ImageBox = { kind: 'image', x: 8, y: 1, w: 3, h: 2, alt: '图 一' };
    const { slide } = await deck([im]);
    const [frame] = shapes(slide);
    expect(frame).toContain('name="image placeholder"');
    expect(spPr(frame)).toContain(`<a:off x="${8 * EMU}" y="${EMU}"/><a:ext cx="${3 * EMU}" cy="${2 * EMU}"/>`);
    expect(spPr(frame)).toContain(`<a:ln w="12700"><a:solidFill>${colour(theme.palette.muted)}</a:solidFill><a:prstDash val="dash"/></a:ln>`);
    expect(frame).toContain('<a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr" rtlCol="0">');
    const min = theme.sizes.minBody;
    expect(frame).toContain(`algn="ctr"`);
    expect(frame).toContain(`<a:lnSpc><a:spcPts val="${Math.ceil(min * 1.2) * 100}"/></a:lnSpc>`);
    expect(frame).toMatch(new RegExp(`sz="${min * 100}" dirty="0"><a:solidFill>${colour(theme.palette.muted)}</a:solidFill>[^]*<a:t>\\[图 一\\]</a:t>`));
  });

  it('a picture: its alt text on one line (line breaks as spaces); a position or size outside 0–56 in is held to that range', async () => {
    const im: ImageBox = { kind: 'image', x: Number.NaN, y: -3, w: 200, h: 2, alt: 'p\vq\n\r\nr', data: PNG, mime: 'image/png' };
    const { slide } = await deck([im]);
    const pic = /<p:pic>[\s\S]*?<\/p:pic>/.exec(slide)?.[0] ?? '';
    expect(pic).toContain('descr="p q r"');
    expect(pic).toMatch(/<a:off x="0" y="0"\/>\s*<a:ext cx="51206400" cy="1828800"\/>/);
    // Not a finite number (a layout bug upstream): 0, never NaN and not the 56 in edge (pptxgenjs then draws a size
    // of 0 at its default 1 in).
    const odd = (await deck([{ ...im, x: 1, y: Number.POSITIVE_INFINITY, w: Number.NaN, h: Number.NEGATIVE_INFINITY }])).slide;
    expect(/<p:pic>[\s\S]*?<\/p:pic>/.exec(odd)?.[0]).toMatch(/<a:off x="914400" y="0"\/>\s*<a:ext cx="914400" cy="914400"\/>/);
  });
});

describe('render: document properties, language, slide size', () => {
  it('title and author on one line; no subtitle → an empty subject; no company', async () => {
    const { part } = await deck([], { title: 'T\vx\n\ny', author: 'A\rB' });
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>T x y</dc:title>');
    expect(core).toContain('<dc:creator>A B</dc:creator>');
    expect(core).toContain('<dc:subject></dc:subject>');
    expect(await part('docProps/app.xml')).toContain('<Company></Company>');
    const sub = await (await deck([], { subtitle: 'S\vT' })).part('docProps/core.xml');
    expect(sub).toContain('<dc:subject>S T</dc:subject>');
  });

  it.each([
    ['zh-TW', 'lang="zh-CN" altLang="en-US"'],
    ['zh', 'lang="zh-CN" altLang="en-US"'],
    ['en', 'lang="en-US" sz'],
    ['en-GB', 'lang="en-GB" altLang="en-US"'],
    ['fr', 'lang="fr" altLang="en-US"'],
  ])('deck language %s → runs with %s', async (lang, attrs) => {
    const { slide } = await deck([caption()], { lang });
    expect(slide).toContain(`<a:rPr ${attrs}`);
  });

  it.each([
    [13.333, 12192000],
    [13.3343, 12192000],
    [13.3324, 12192000],
    [13.3322, Math.round(13.3322 * EMU)],
    [13.335, Math.round(13.335 * EMU)],
    [10, 9144000],
  ])('a slide %s in wide is %s EMU (PowerPoint’s own 16:9 width within 0.001 in)', async (w, cx) => {
    const { part } = await deck([], {}, w);
    expect(await part('ppt/presentation.xml')).toContain(`<p:sldSz cx="${cx}" cy="6858000"/>`);
  });
});

describe('render: timings (render-b survivors)', () => {
  it('reports each step once, in order, each the time since the previous one (never more than the whole call)', async () => {
    const d: LaidOutDeck = {
      meta: { title: 'T', lang: 'zh-CN', aspect: '16:9', slideNumbers: false, agenda: false },
      widthIn: 13.333, heightIn: 7.5, fit: [],
      slides: [{ layout: 'content', items: [caption()], notes: [], titleText: '', src: { line: 1 } }],
    };
    const steps: [string, number][] = [];
    const t0 = performance.now();
    await render(d, theme, { onTiming: (step, ms) => steps.push([step, ms]) });
    const wall = performance.now() - t0;
    expect(steps.map((s) => s[0])).toEqual(['slides', 'write', 'postprocess']);
    for (const [, ms] of steps) expect(ms).toBeGreaterThanOrEqual(0);
    expect(steps.reduce((a, [, ms]) => a + ms, 0)).toBeLessThanOrEqual(wall);
  });
});

describe('render: designed shapes', () => {
  it('a group and an outlined card are drawn as our shapes (p:grpSp, prstGeom), not as plain text boxes', async () => {
    const group: PlacedItem = { kind: 'group', name: '卡片组', x: 1, y: 1, w: 4, h: 2, items: [caption({ x: 1, y: 1, w: 4, h: 1, shape: 'roundRect' }), caption({ x: 1, y: 2, w: 4, h: 1 })] };
    const outlined = caption({ x: 6, y: 1, w: 3, h: 1, lineColor: '123456' });
    const { slide } = await deck([group, outlined]);
    expect(slide).toContain('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="10001" name="卡片组"/>');
    expect(slide).toContain('<a:prstGeom prst="roundRect">');
    expect(slide).toMatch(/<p:cNvPr id="10004" name="caption 4"\/>[\s\S]*?<a:ln w="12700"><a:solidFill><a:srgbClr val="123456"\/>/);
  });
});

describe('render: the compression pool', () => {
  const one = (): LaidOutDeck => ({
    meta: { title: 'T', lang: 'zh-CN', aspect: '16:9', slideNumbers: false, agenda: false },
    widthIn: 13.333, heightIn: 7.5, fit: [],
    slides: [{ layout: 'content', items: [caption()], notes: [], titleText: '', src: { line: 1 } }],
  });

  it('sized from about 13 000 bytes a slide; threads as asked, whole, at most 8; none for 0 or NaN; always closed', async () => {
    const closed: number[] = [];
    const close = DeflatePool.prototype.close;
    const spyClose = vi.spyOn(DeflatePool.prototype, 'close').mockImplementation(function (this: DeflatePool) {
      closed.push((this as unknown as { workers: unknown[] }).workers.length);
      return close.call(this);
    });
    const spySize = vi.spyOn(DeflatePool, 'size');
    try {
      const d = one();
      d.slides.push({ ...d.slides[0] }, { ...d.slides[0] });
      await render(d, theme);
      expect(spySize.mock.calls.map((c) => c[0])).toEqual([39_000]);
      closed.length = 0;
      for (const threads of [2.7, 9, 0, Number.NaN]) await render(one(), theme, { threads });
      expect(closed).toEqual([2, 8]);
    } finally {
      spyClose.mockRestore();
      spySize.mockRestore();
    }
  });
});
