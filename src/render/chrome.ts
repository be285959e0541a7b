// Footer and slide number as PowerPoint writes them when the user ticks Insert › Header & Footer: each layout (and
// the master) has `ftr` and `sldNum` placeholders; each slide that shows them has its own `ftr` placeholder with the
// footer text and a `sldNum` placeholder holding a `slidenum` field — so "Header & Footer" in PowerPoint/WPS finds
// them, a slide's own footer can differ (Marp `_footer`), and the number follows the slide when slides move.
// The slide's copy keeps explicit geometry and run properties, as the title and body placeholders do.
import type { DeckMeta, LaidSlide } from '../model.js';
import type { Theme } from '../theme/types.js';
import { resolveRegion, type Box, type SlideSize } from '../theme/regions.js';
import { DEFAULT_FOOTER, DEFAULT_SLIDE_NUMBER, SHOWS_CHROME } from '../theme/regions.js';
import { measureWidthPt } from '../layout/measure.js';
import { layoutOf, layoutSpec, styleKey, type LayoutSpec } from './layouts.js';
import { textBodyXml, xmlEscape, type TextEnv } from './txbody.js';

export interface ChromeBox {
  box: Box;
  align: 'l' | 'c' | 'r';
  color: string;
  sizePt: number;
}

export interface LayoutChrome {
  footer?: ChromeBox;
  slideNumber?: ChromeBox;
}

/** Placeholder indices as in PowerPoint's own files: dt 10, ftr 11, sldNum 12 on layouts (2, 3, 4 on the master). */
export const CHROME_IDX = { dt: 10, ftr: 11, sldNum: 12 } as const;
export const MASTER_CHROME_IDX = { dt: 2, ftr: 3, sldNum: 4 } as const;

/** Insets of the chrome boxes, points [l, t, r, b] (a line of small text centred in a short box). */
export const CHROME_INSET: [number, number, number, number] = [3.6, 0, 3.6, 0];
/** The smallest size a footer is shrunk to before it is cut (the theme check's floor for footers). */
const FOOTER_FLOOR_PT = 9;
/** A field id for the slide number, fixed so that the same deck gives the same bytes. */
const SLIDENUM_FIELD_ID = '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}';

const ALIGN = { left: 'l', center: 'c', right: 'r' } as const;

/** Where a layout shows the footer and the slide number, and how (the theme layout style's `footer`/`slideNumber`). */
export function layoutChrome(spec: LayoutSpec, theme: Theme, size: SlideSize): LayoutChrome {
  const key = styleKey(spec, theme);
  const style = theme.layouts[key] ?? {};
  const chrome = SHOWS_CHROME[key];
  const out: LayoutChrome = {};
  // A style's `false` hides it: `false ?? default` stays false.
  const footer = style.footer ?? (chrome ? { ...DEFAULT_FOOTER(theme), align: 'left' as const } : undefined);
  if (footer) out.footer = { box: resolveRegion(footer, size), align: ALIGN[footer.align ?? 'left'], color: footer.color ?? theme.palette.muted, sizePt: theme.sizes.footer };
  const num = style.slideNumber ?? (chrome ? { ...DEFAULT_SLIDE_NUMBER, align: 'right' as const } : undefined);
  if (num) out.slideNumber = { box: resolveRegion(num, size), align: ALIGN[num.align ?? 'right'], color: num.color ?? theme.palette.muted, sizePt: theme.sizes.footer };
  return out;
}

export interface ChromeShape {
  role: 'ftr' | 'sldNum';
  box: Box;
  /** The shape's <p:txBody>. */
  xml: string;
  name: string;
}

/** The footer text a slide shows: its own (string), none (null), else the deck's. */
export function footerText(slide: Pick<LaidSlide, 'footer'>, meta: Pick<DeckMeta, 'footer'>): string | undefined {
  const t = slide.footer === undefined ? meta.footer : slide.footer;
  return t && t.trim() ? t.replace(/[\v\n\r]+/g, ' ') : undefined;
}

/** Does this slide show its page number (its own switch, else the deck's `slideNumbers`)? */
export const showsNumber = (slide: Pick<LaidSlide, 'slideNumber'>, meta: Pick<DeckMeta, 'slideNumbers'>): boolean => slide.slideNumber ?? meta.slideNumbers;

/**
 * The footer on one line of its box: the layout's size, else smaller down to the floor, else cut with "…" (a footer
 * never wraps out of its box). Returns the text and size used.
 */
export function fitFooter(text: string, c: ChromeBox, faces: TextEnv['fonts']['body']): { text: string; sizePt: number } {
  const room = c.box.w * 72 - CHROME_INSET[0] - CHROME_INSET[2];
  const floor = Math.min(c.sizePt, FOOTER_FLOOR_PT);
  for (let sizePt = c.sizePt; sizePt >= floor; sizePt -= 1) if (measureWidthPt(text, { faces, sizePt }) <= room) return { text, sizePt };
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && measureWidthPt(chars.slice(0, n).join('').trimEnd() + '…', { faces, sizePt: floor }) > room) n--;
  return { text: chars.slice(0, n).join('').trimEnd() + '…', sizePt: floor };
}

/** The footer and slide-number shapes slide `no` (1-based) carries, on its layout's boxes. */
export function slideChrome(slide: LaidSlide, no: number, meta: DeckMeta, theme: Theme, size: SlideSize, env: TextEnv): ChromeShape[] {
  const chrome = layoutChrome(layoutSpec(layoutOf(slide)), theme, size);
  const out: ChromeShape[] = [];
  const text = footerText(slide, meta);
  if (text && chrome.footer) {
    const c = chrome.footer;
    const fit = fitFooter(text, c, theme.fonts.body);
    const xml = textBodyXml(
      {
        kind: 'text', role: 'caption', ...c.box, valign: 'middle', insetPt: CHROME_INSET,
        paragraphs: [{ runs: [{ text: fit.text }], level: 0, sizePt: fit.sizePt, align: c.align, spaceBeforePt: 0, lineSpacingPt: Math.ceil(fit.sizePt * 1.2), marginLeftPt: 0, indentPt: 0, color: c.color, font: 'body', lines: 1 }],
      },
      env,
    );
    out.push({ role: 'ftr', box: c.box, xml, name: 'Footer Placeholder' });
  }
  if (chrome.slideNumber && showsNumber(slide, meta)) out.push({ role: 'sldNum', box: chrome.slideNumber.box, xml: slideNumberBody(no, chrome.slideNumber, theme, env.lang), name: 'Slide Number Placeholder' });
  return out;
}

const emu = (pt: number) => Math.round(pt * 12700);
const ALGN = { l: 'l', c: 'ctr', r: 'r' } as const;

function runProps(tag: 'a:rPr' | 'a:endParaRPr', c: ChromeBox, theme: Theme, lang: string): string {
  const l = lang === 'en-US' ? 'lang="en-US"' : `lang="${xmlEscape(lang)}" altLang="en-US"`;
  const f = theme.fonts.body;
  return `<${tag} ${l} sz="${Math.round(c.sizePt * 100)}" b="0" dirty="0"><a:solidFill><a:srgbClr val="${c.color}"/></a:solidFill><a:latin typeface="${xmlEscape(f.latin)}"/><a:ea typeface="${xmlEscape(f.eastAsian)}"/><a:cs typeface="${xmlEscape(f.latin)}"/></${tag}>`;
}

/** A slide number text body: one `slidenum` field showing `no` (what PowerPoint shows until it updates it). */
export function slideNumberBody(no: number, c: ChromeBox, theme: Theme, lang: string): string {
  const [l, t, r, b] = CHROME_INSET;
  return (
    `<p:txBody><a:bodyPr wrap="square" lIns="${emu(l)}" tIns="${emu(t)}" rIns="${emu(r)}" bIns="${emu(b)}" anchor="ctr" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>` +
    `<a:p><a:pPr algn="${ALGN[c.align]}"/><a:fld id="${SLIDENUM_FIELD_ID}" type="slidenum">${runProps('a:rPr', c, theme, lang)}<a:t>${no}</a:t></a:fld>${runProps('a:endParaRPr', c, theme, lang)}</a:p></p:txBody>`
  );
}

// ---- layouts and master --------------------------------------------------------------------------------------

const inch = (v: number) => Math.round(v * 914400);

function chromeShapeXml(id: number, name: string, ph: string, c: ChromeBox, para: string): string {
  const [l, t, r, b] = CHROME_INSET;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${inch(c.box.x)}" y="${inch(c.box.y)}"/><a:ext cx="${inch(c.box.w)}" cy="${inch(c.box.h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="${emu(l)}" tIns="${emu(t)}" rIns="${emu(r)}" bIns="${emu(b)}" anchor="ctr" rtlCol="0"><a:noAutofit/></a:bodyPr>` +
    `<a:lstStyle><a:lvl1pPr algn="${ALGN[c.align]}"><a:defRPr sz="${Math.round(c.sizePt * 100)}" b="0"><a:solidFill><a:srgbClr val="${c.color}"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></a:lstStyle>${para}</p:txBody></p:sp>`
  );
}

/** The footer and slide-number placeholders of a layout (idx 11, 12) or of the master (idx 3, 4), to append to its spTree. */
export function chromePlaceholdersXml(chrome: LayoutChrome, master = false): string {
  const idx = master ? MASTER_CHROME_IDX : CHROME_IDX;
  let xml = '';
  if (chrome.footer) xml += chromeShapeXml(911, 'Footer Placeholder 3', `<p:ph type="ftr" sz="quarter" idx="${idx.ftr}"/>`, chrome.footer, '<a:p><a:endParaRPr lang="en-US"/></a:p>');
  if (chrome.slideNumber) xml += chromeShapeXml(912, 'Slide Number Placeholder 4', `<p:ph type="sldNum" sz="quarter" idx="${idx.sldNum}"/>`, chrome.slideNumber, `<a:p><a:fld id="${SLIDENUM_FIELD_ID}" type="slidenum"><a:rPr lang="en-US"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p>`);
  return xml;
}
