// Footer and slide-number chrome called directly (issue 18): which layouts show it and where, which text a slide
// shows, a footer kept on one line of its box (smaller down to 9 pt, then cut with "…"), the slide-number field,
// and the layouts' and master's placeholders. The built decks are checked in test/template/chrome.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { CHROME_INSET, chromePlaceholdersXml, fitFooter, footerText, layoutChrome, showsNumber, slideChrome, slideNumberBody, type ChromeBox } from '../../src/render/chrome.js';
import type { TextEnv } from '../../src/render/txbody.js';
import type { DeckMeta, LaidSlide } from '../../src/model.js';
import { layoutSpec } from '../../src/render/layouts.js';
import { measureWidthPt } from '../../src/layout/measure.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Theme } from '../../src/theme/types.js';

const SIZE = { w: 13.333, h: 7.5 };
const theme = resolveTheme('gov-blue', { lang: 'zh-CN' });
const faces = theme.fonts.body;

describe('layoutChrome: where a layout shows the footer and the number', () => {
  it('content, agenda and quote show both by default (footer left, number right, muted, the footer size); cover, section, closing none', () => {
    const c = layoutChrome(layoutSpec('content'), theme, SIZE);
    expect(c.footer).toEqual({ box: { x: theme.spacing.marginX, y: 7.0, w: SIZE.w / 2, h: 0.35 }, align: 'l', color: theme.palette.muted, sizePt: theme.sizes.footer });
    expect(c.slideNumber).toEqual({ box: { x: SIZE.w - 1.3, y: 7.0, w: 0.9, h: 0.35 }, align: 'r', color: theme.palette.muted, sizePt: theme.sizes.footer });
    for (const l of ['agenda', 'quote', 'cards', 'unknown-layout']) expect(Object.keys(layoutChrome(layoutSpec(l), theme, SIZE))).toEqual(['footer', 'slideNumber']);
    for (const l of ['title', 'section', 'closing']) expect(layoutChrome(layoutSpec(l), theme, SIZE)).toEqual({});
  });

  it('a theme style’s own footer and number (box, alignment, colour), or false to hide one', () => {
    const t: Theme = {
      ...theme,
      layouts: {
        ...theme.layouts,
        content: { ...theme.layouts.content, footer: { x: 1, y: 2, w: 3, h: 0.5, align: 'center', color: '123456' }, slideNumber: false },
        section: { ...theme.layouts.section, slideNumber: { x: 4, y: 5, w: 1, h: 0.4, align: 'left' } },
      },
    } as Theme;
    expect(layoutChrome(layoutSpec('content'), t, SIZE)).toEqual({ footer: { box: { x: 1, y: 2, w: 3, h: 0.5 }, align: 'c', color: '123456', sizePt: theme.sizes.footer } });
    expect(layoutChrome(layoutSpec('section'), t, SIZE)).toEqual({ slideNumber: { box: { x: 4, y: 5, w: 1, h: 0.4 }, align: 'l', color: theme.palette.muted, sizePt: theme.sizes.footer } });
    const noFooter = { ...theme, layouts: { ...theme.layouts, content: { ...theme.layouts.content, footer: false } } } as Theme;
    expect(Object.keys(layoutChrome(layoutSpec('content'), noFooter, SIZE))).toEqual(['slideNumber']);
    const own = { ...theme, layouts: { ...theme.layouts, content: { ...theme.layouts.content, footer: { x: 1, y: 2, w: 3, h: 0.5 }, slideNumber: { x: 1, y: 2, w: 3, h: 0.5 } } } } as Theme;
    const c = layoutChrome(layoutSpec('content'), own, SIZE);
    expect([c.footer!.align, c.slideNumber!.align]).toEqual(['l', 'r']);
  });
});

describe('the text a slide shows', () => {
  it('its own footer, else the deck’s; null hides it; blank is none; line breaks become spaces', () => {
    expect(footerText({ footer: undefined }, { footer: 'Deck' })).toBe('Deck');
    expect(footerText({ footer: 'Mine' }, { footer: 'Deck' })).toBe('Mine');
    expect(footerText({ footer: null }, { footer: 'Deck' })).toBeUndefined();
    expect(footerText({ footer: '  ' }, { footer: 'Deck' })).toBeUndefined();
    expect(footerText({ footer: '' }, { footer: 'Deck' })).toBeUndefined();
    expect(footerText({ footer: undefined }, { footer: undefined })).toBeUndefined();
    expect(footerText({ footer: 'a\nb\r\n\vc' }, {})).toBe('a b c');
  });

  it('the number: the slide’s own switch, else the deck’s', () => {
    expect(showsNumber({ slideNumber: undefined }, { slideNumbers: true })).toBe(true);
    expect(showsNumber({ slideNumber: undefined }, { slideNumbers: false })).toBe(false);
    expect(showsNumber({ slideNumber: false }, { slideNumbers: true })).toBe(false);
    expect(showsNumber({ slideNumber: true }, { slideNumbers: false })).toBe(true);
  });
});

describe('fitFooter: one line of its box, never wrapped out of it', () => {
  const box = (wIn: number, sizePt = 12): ChromeBox => ({ box: { x: 0, y: 0, w: wIn, h: 0.35 }, align: 'l', color: '000000', sizePt });
  const room = (c: ChromeBox) => c.box.w * 72 - CHROME_INSET[0] - CHROME_INSET[2];
  const width = (t: string, sizePt: number) => measureWidthPt(t, { faces, sizePt });

  it('at the layout’s size when it fits, however close', () => {
    const text = '中华人民共和国国务院办公厅';
    const exact = (width(text, 12) + CHROME_INSET[0] + CHROME_INSET[2]) / 72;
    expect(fitFooter(text, box(exact), faces)).toEqual({ text, sizePt: 12 });
    expect(fitFooter(text, box(exact + 1), faces)).toEqual({ text, sizePt: 12 });
  });

  it('else 1 pt smaller at a time, down to 9 pt: the largest size that fits', () => {
    const text = '中华人民共和国国务院办公厅';
    for (const want of [11, 10, 9]) {
      const c = box((width(text, want) + CHROME_INSET[0] + CHROME_INSET[2]) / 72);
      expect(fitFooter(text, c, faces)).toEqual({ text, sizePt: want });
    }
    // A layout size already under the floor is kept, not raised.
    const small = box(10, 8);
    expect(fitFooter(text, small, faces)).toEqual({ text, sizePt: 8 });
  });

  it('else cut at 9 pt with "…": the longest start that fits, its trailing space dropped', () => {
    const text = '第一部分 第二部分 第三部分 第四部分';
    const c = box((width('第一部分 第二部分…', 9) + CHROME_INSET[0] + CHROME_INSET[2] + 0.01) / 72);
    const fit = fitFooter(text, c, faces);
    expect(fit).toEqual({ text: '第一部分 第二部分…', sizePt: 9 });
    expect(width(fit.text, 9)).toBeLessThanOrEqual(room(c));
    const cutAtSpace = fitFooter(text, box((width('第一部分…', 9) + CHROME_INSET[0] + CHROME_INSET[2] + 0.01) / 72), faces);
    expect(cutAtSpace.text).toBe('第一部分…');
    // Characters outside the BMP are cut whole.
    expect(fitFooter('😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀', box(0.6), faces).text).toMatch(/^(😀)*…$/u);
    // Nothing fits: only the ellipsis.
    expect(fitFooter('第一部分', box(0.01), faces)).toEqual({ text: '…', sizePt: 9 });
  });
});

describe('slide numbers and chrome placeholders in the XML', () => {
  const c: ChromeBox = { box: { x: 12, y: 7, w: 0.9, h: 0.35 }, align: 'r', color: '5A6B80', sizePt: 10.5 };

  it('a slide’s number: one slidenum field showing its number, in the body faces, escaped', () => {
    const t = { ...theme, fonts: { ...theme.fonts, body: { latin: 'A&B', eastAsian: '宋体' } } } as Theme;
    expect(slideNumberBody(7, c, t, 'zh-CN')).toBe(
      '<p:txBody><a:bodyPr wrap="square" lIns="45720" tIns="0" rIns="45720" bIns="0" anchor="ctr" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>' +
        '<a:p><a:pPr algn="r"/><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">' +
        '<a:rPr lang="zh-CN" altLang="en-US" sz="1050" b="0" dirty="0"><a:solidFill><a:srgbClr val="5A6B80"/></a:solidFill><a:latin typeface="A&amp;B"/><a:ea typeface="宋体"/><a:cs typeface="A&amp;B"/></a:rPr><a:t>7</a:t></a:fld>' +
        '<a:endParaRPr lang="zh-CN" altLang="en-US" sz="1050" b="0" dirty="0"><a:solidFill><a:srgbClr val="5A6B80"/></a:solidFill><a:latin typeface="A&amp;B"/><a:ea typeface="宋体"/><a:cs typeface="A&amp;B"/></a:endParaRPr></a:p></p:txBody>',
    );
    expect(slideNumberBody(1, { ...c, align: 'c' }, theme, 'en-US')).toContain('<a:pPr algn="ctr"/>');
    expect(slideNumberBody(1, { ...c, align: 'l' }, theme, 'en-US')).toContain('<a:rPr lang="en-US" sz="1050"');
  });

  it('layout placeholders idx 11 and 12, master 3 and 4; only those the layout has', () => {
    const both = chromePlaceholdersXml({ footer: { ...c, align: 'l' }, slideNumber: c });
    expect(both).toContain('<p:cNvPr id="911" name="Footer Placeholder 3"/>');
    expect(both).toContain('<p:ph type="ftr" sz="quarter" idx="11"/>');
    expect(both).toContain('<p:ph type="sldNum" sz="quarter" idx="12"/>');
    expect(both).toContain('<p:cNvPr id="912" name="Slide Number Placeholder 4"/>');
    expect(both).toContain('<a:off x="10972800" y="6400800"/><a:ext cx="822960" cy="320040"/>');
    expect(both).toContain('<a:lvl1pPr algn="l"><a:defRPr sz="1050" b="0"><a:solidFill><a:srgbClr val="5A6B80"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>');
    expect(both).toContain('<a:t>‹#›</a:t>');
    expect(both.indexOf('type="ftr"')).toBeLessThan(both.indexOf('type="sldNum"'));
    const master = chromePlaceholdersXml({ footer: c, slideNumber: c }, true);
    expect(master).toContain('<p:ph type="ftr" sz="quarter" idx="3"/>');
    expect(master).toContain('<p:ph type="sldNum" sz="quarter" idx="4"/>');
    expect(chromePlaceholdersXml({ slideNumber: c })).not.toContain('type="ftr"');
    expect(chromePlaceholdersXml({ footer: c })).not.toContain('type="sldNum"');
    expect(chromePlaceholdersXml({})).toBe('');
  });
});

describe('fitFooter at the edges (render-b survivors)', () => {
  const box = (wIn: number, sizePt = 12): ChromeBox => ({ box: { x: 0, y: 0, w: wIn, h: 0.35 }, align: 'l', color: '000000', sizePt });
  const width = (t: string, sizePt: number) => measureWidthPt(t, { faces, sizePt });
  /** A box whose room (its width less both insets, as fitFooter reckons it) is exactly `pt`. */
  const exactBox = (pt: number): ChromeBox => {
    let w = (pt + CHROME_INSET[0] + CHROME_INSET[2]) / 72;
    for (let i = 0; i < 64 && w * 72 - CHROME_INSET[0] - CHROME_INSET[2] !== pt; i++) w += (pt - (w * 72 - CHROME_INSET[0] - CHROME_INSET[2])) / 72 || Number.EPSILON;
    expect(w * 72 - CHROME_INSET[0] - CHROME_INSET[2]).toBe(pt);
    return box(w, 9);
  };

  it('both insets come off the room: a box a hair short of the text plus both insets shrinks it', () => {
    const text = '中华人民共和国国务院办公厅';
    const short = (width(text, 12) + CHROME_INSET[0] + CHROME_INSET[2] - 0.5) / 72;
    expect(fitFooter(text, box(short), faces).sizePt).toBe(11);
  });

  it('a cut that fills its room exactly is kept (the room is a limit, not a bound to stay under)', () => {
    const text = '第一部分第二部分第三部分';
    const fit = fitFooter(text, exactBox(width('第一部分第二…', 9)), faces);
    expect(fit).toEqual({ text: '第一部分第二…', sizePt: 9 });
  });

  it('the cut is measured with its ellipsis: narrow letters before a wide "…" are not over-counted', () => {
    const text = 'i'.repeat(60);
    const c = exactBox(width('iiiii…', 9));
    expect(width('…', 9)).toBeGreaterThan(width('i', 9)); // else this test proves nothing
    expect(fitFooter(text, c, faces)).toEqual({ text: 'iiiii…', sizePt: 9 });
  });

  it('leading spaces count: a footer starting with spaces is cut to what fits with them', () => {
    const text = '    甲乙丙丁戊己庚辛壬癸甲乙丙丁';
    const c = exactBox(width('    甲乙丙…', 9));
    const fit = fitFooter(text, c, faces);
    expect(fit.text).toBe('    甲乙丙…');
    expect(width(fit.text, 9)).toBeLessThanOrEqual(width('    甲乙丙…', 9));
  });
});

describe('slideChrome: the shapes a slide carries', () => {
  const env: TextEnv = { fonts: theme.fonts, lang: 'zh-CN', linkColor: '0563C1', link: () => 'rIdHb1' };
  const slide: LaidSlide = { layout: 'content', items: [], notes: [], titleText: 't', src: { line: 1 } };
  const meta: DeckMeta = { title: 'T', lang: 'zh-CN', aspect: '16:9', slideNumbers: true, agenda: false, footer: '内部资料' };

  it('a footer and a number, by the names PowerPoint gives them, the footer one line at 1.2× its size', () => {
    const shapes = slideChrome(slide, 3, meta, theme, SIZE, env);
    expect(shapes.map((s) => [s.role, s.name])).toEqual([
      ['ftr', 'Footer Placeholder'],
      ['sldNum', 'Slide Number Placeholder'],
    ]);
    const size = theme.sizes.footer;
    expect(shapes[0].xml).toContain(`<a:lnSpc><a:spcPts val="${Math.round(Math.ceil(size * 1.2) * 100)}"/></a:lnSpc>`);
    expect(shapes[0].xml).toContain('<a:t>内部资料</a:t>');
    expect(shapes[1].xml).toContain('<a:t>3</a:t>');
  });

  it('the slide-number field has the fixed id (the same deck, the same bytes), read from a fresh copy of the module', async () => {
    // SLIDENUM_FIELD_ID is module-level: a fresh import reads it in this test (the mutation run keeps modules loaded).
    vi.resetModules();
    const fresh = await import('../../src/render/chrome.js');
    const c: ChromeBox = { box: { x: 0, y: 0, w: 1, h: 0.35 }, align: 'r', color: '000000', sizePt: 10 };
    expect(fresh.slideNumberBody(1, c, theme, 'en-US')).toContain('<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">');
    expect(fresh.chromePlaceholdersXml({ slideNumber: c })).toContain('<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">');
  });
});
