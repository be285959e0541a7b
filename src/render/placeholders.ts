// Title and body placeholders (pitfalls A1, revised): on each slide the title TextBox is the layout's title
// placeholder and a single body box its body placeholder — our own `p:ph` in the shape, with the explicit geometry,
// bodyPr and pPr/rPr we measured kept, so nothing is inherited that could move text. Each slide layout (and the
// master) gets matching placeholders whose lstStyle carries the theme's faces, sizes, colours and bullets per level,
// so PowerPoint's and WPS's "New Slide" and "Reset" give the deck's look. Not pptxgenjs' placeholder API: it forces
// buNone on placeholder text and writes empty placeholders as text boxes.
import type { LaidSlide, TextBox } from '../model.js';
import type { Theme } from '../theme/types.js';
import { layoutBoxes, type Box, type SlideSize } from '../theme/regions.js';
import { indentFor, spaceBefore, BODY_INSET } from '../layout/style.js';
import { LAYOUT_SPECS, layoutOf, layoutSpec, styleKey, type LayoutSpec } from './layouts.js';
import { xmlEscape } from './txbody.js';
import { CHROME_IDX, chromePlaceholdersXml, layoutChrome } from './chrome.js';

export interface Placeholder {
  type: 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'ftr' | 'sldNum' | 'dt';
  idx?: number;
}

const BODY_IDX = 1;

/** `<p:ph …/>` for a placeholder: the title by type, the body by index (as PowerPoint's own layouts). */
export function phXml(ph: Placeholder): string {
  if (ph.type === 'body') return `<p:ph idx="${ph.idx ?? BODY_IDX}"/>`;
  if (ph.type === 'ftr' || ph.type === 'sldNum' || ph.type === 'dt') return `<p:ph type="${ph.type}" sz="quarter" idx="${ph.idx ?? CHROME_IDX[ph.type]}"/>`;
  return `<p:ph type="${ph.type}"${ph.idx !== undefined ? ` idx="${ph.idx}"` : ''}/>`;
}

/**
 * Which text boxes of a laid-out slide are placeholders: the first 'title' box (ctrTitle on a cover layout), the
 * first 'subtitle' on a cover layout, and on a title-and-body layout the main text when it is one box (a body or
 * agenda list; else a lone quote). Everything else stays a text box.
 */
export function slidePlaceholders(slide: LaidSlide): Map<TextBox, Placeholder> {
  const spec = layoutSpec(layoutOf(slide));
  const out = new Map<TextBox, Placeholder>();
  const texts = slide.items.filter((i): i is TextBox => i.kind === 'text');
  const title = texts.find((t) => t.role === 'title');
  if (title) out.set(title, { type: spec.placeholders === 'cover' ? 'ctrTitle' : 'title' });
  if (spec.placeholders === 'cover') {
    const sub = texts.find((t) => t.role === 'subtitle');
    if (sub) out.set(sub, { type: 'subTitle', idx: BODY_IDX });
  } else if (spec.placeholders === 'title-body') {
    let main = texts.filter((t) => t.role === 'body' || t.role === 'agenda');
    if (main.length === 0) main = texts.filter((t) => t.role === 'quote');
    if (main.length === 1) out.set(main[0], { type: 'body', idx: BODY_IDX });
  }
  return out;
}

/**
 * Turn the shapes whose text token is a placeholder into placeholders (slide XML as pptxgenjs wrote it, tokens
 * not yet replaced): `noGrp` lock and `p:ph` in the non-visual properties; geometry and text stay as written.
 */
export function markPlaceholders(xml: string, placeholderOf: (token: string) => Placeholder | undefined): string {
  return xml.replace(/<p:sp><p:nvSpPr>(<p:cNvPr [^>]*?)(?:\/>|><\/p:cNvPr>)<p:cNvSpPr(?: txBox="1")?\/><p:nvPr><\/p:nvPr><\/p:nvSpPr>([\s\S]*?<\/p:sp>)/g, (m, cNvPr: string, rest: string) => {
    const token = /HBTOKEN\d+X/.exec(rest);
    const ph = token ? placeholderOf(token[0]) : undefined;
    if (!ph) return m;
    return `<p:sp><p:nvSpPr>${cNvPr}/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phXml(ph)}</p:nvPr></p:nvSpPr>${rest}`;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Layout and master placeholders: where they sit and how their text looks, from the theme.

const emu = (inches: number) => Math.round(inches * 914400);
const ptEmu = (pt: number) => Math.round(pt * 12700);
const hund = (pt: number) => Math.round(pt * 100);

interface LevelStyle {
  sizePt: number;
  color: string;
  bold?: boolean;
  align: 'l' | 'ctr';
  major: boolean;
  lineSpacing: number;
  spaceBeforePt: number;
  marginLeftPt: number;
  indentPt: number;
  bullet?: { char: string; color: string; font: string };
}

function levelXml(n: number, s: LevelStyle): string {
  let inner = `<a:lnSpc><a:spcPct val="${Math.round(s.lineSpacing * 100000)}"/></a:lnSpc><a:spcBef><a:spcPts val="${hund(s.spaceBeforePt)}"/></a:spcBef>`;
  inner += s.bullet
    ? `<a:buClr><a:srgbClr val="${s.bullet.color}"/></a:buClr><a:buSzPct val="80000"/><a:buFont typeface="${xmlEscape(s.bullet.font)}"/><a:buChar char="${xmlEscape(s.bullet.char)}"/>`
    : '<a:buNone/>';
  const f = s.major ? 'mj' : 'mn';
  inner += `<a:defRPr sz="${hund(s.sizePt)}" b="${s.bold ? 1 : 0}" kern="1200"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:latin typeface="+${f}-lt"/><a:ea typeface="+${f}-ea"/><a:cs typeface="+${f}-cs"/></a:defRPr>`;
  return `<a:lvl${n}pPr marL="${ptEmu(s.marginLeftPt)}" indent="${ptEmu(s.indentPt)}" algn="${s.align}" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">${inner}</a:lvl${n}pPr>`;
}

/** The title's size on a layout: as the layout stage sets it before any shrinking. */
function titleSize(spec: LayoutSpec, theme: Theme): number {
  if (spec.name === 'title') return Math.round(theme.sizes.title * 1.25);
  if (spec.name === 'section') return theme.sizes.section;
  if (spec.name === 'closing') return Math.round(theme.sizes.section * 1.2);
  return theme.sizes.title;
}

interface PlaceholderStyle {
  title: LevelStyle;
  titleAnchor: 't' | 'ctr' | 'b';
  subtitle: LevelStyle;
  body: LevelStyle[];
}

function styles(spec: LayoutSpec, theme: Theme): PlaceholderStyle {
  const style = theme.layouts[styleKey(spec, theme)] ?? {};
  const align = style.titleAlign === 'center' ? 'ctr' : 'l';
  const text = style.textColor ?? theme.palette.text;
  const plain = { marginLeftPt: 0, indentPt: 0, spaceBeforePt: 0 };
  const body = theme.sizes.body.map((sizePt, i): LevelStyle => {
    const b = theme.bullets[i];
    return {
      sizePt, color: text, align: 'l', major: false, lineSpacing: theme.spacing.lineSpacing, spaceBeforePt: spaceBefore(theme, sizePt, i + 1),
      ...indentFor(i + 1, sizePt),
      bullet: { char: b.char, color: b.color ?? style.accentColor ?? theme.palette.accent, font: theme.fonts.body.eastAsian },
    };
  });
  return {
    title: { ...plain, sizePt: titleSize(spec, theme), color: style.titleColor ?? theme.palette.title, bold: style.titleBold ?? true, align, major: true, lineSpacing: 1.15 },
    titleAnchor: spec.placeholders === 'cover' ? 'b' : 'ctr',
    subtitle: { ...plain, sizePt: theme.sizes.subtitle, color: text, align, major: false, lineSpacing: 1.2 },
    body,
  };
}

const PROMPTS = {
  zh: { title: '单击此处编辑母版标题样式', subtitle: '单击此处编辑母版副标题样式', body: ['编辑母版文本样式', '第二级', '第三级'] },
  en: { title: 'Click to edit Master title style', subtitle: 'Click to edit Master subtitle style', body: ['Click to edit Master text styles', 'Second level', 'Third level'] },
};

function shapeXml(id: number, name: string, ph: string, box: Box, anchor: 't' | 'ctr' | 'b', lst: string, paras: string): string {
  const [l, t, r, b] = BODY_INSET;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="${ptEmu(l)}" tIns="${ptEmu(t)}" rIns="${ptEmu(r)}" bIns="${ptEmu(b)}" anchor="${anchor}" rtlCol="0"><a:normAutofit/></a:bodyPr>` +
    `<a:lstStyle>${lst}</a:lstStyle>${paras}</p:txBody></p:sp>`
  );
}

function promptPara(text: string, lang: string, level = 0): string {
  const l = lang === 'en-US' ? 'lang="en-US"' : `lang="${xmlEscape(lang)}" altLang="en-US"`;
  return `<a:p>${level ? `<a:pPr lvl="${level}"/>` : ''}<a:r><a:rPr ${l}/><a:t>${xmlEscape(text)}</a:t></a:r></a:p>`;
}

/** The placeholder shapes of one slide layout, to append to its spTree. */
export function layoutPlaceholdersXml(spec: LayoutSpec, theme: Theme, size: SlideSize, lang: string): string {
  const key = styleKey(spec, theme);
  const boxes = layoutBoxes(key, theme, size);
  const st = styles(spec, theme);
  const p = lang.startsWith('zh') ? PROMPTS.zh : PROMPTS.en;
  const title = spec.placeholders === 'cover' ? 'ctrTitle' : 'title';
  let xml = shapeXml(901, 'Title 1', `<p:ph type="${title}"/>`, boxes.title, st.titleAnchor, levelXml(1, st.title), promptPara(p.title, lang));
  if (spec.placeholders === 'cover') {
    const sub = { ...boxes.body, h: boxes.body.h * 0.55 };
    xml += shapeXml(902, 'Subtitle 2', `<p:ph type="subTitle" idx="${BODY_IDX}"/>`, sub, 't', levelXml(1, st.subtitle), promptPara(p.subtitle, lang));
  } else if (spec.placeholders === 'title-body') {
    const lst = st.body.map((s, i) => levelXml(i + 1, s)).join('');
    xml += shapeXml(902, 'Content Placeholder 2', `<p:ph idx="${BODY_IDX}"/>`, boxes.body, 't', lst, p.body.map((t, i) => promptPara(t, lang, i)).join(''));
  }
  return xml + chromePlaceholdersXml(layoutChrome(spec, theme, size));
}

/** The master's title, body, footer and slide-number placeholders and its text styles (titleStyle, bodyStyle), from the content layout. */
export function masterParts(theme: Theme, size: SlideSize, lang: string): { shapes: string; titleStyle: string; bodyStyle: string } {
  const spec = layoutSpec('content');
  const key = styleKey(spec, theme);
  const boxes = layoutBoxes(key, theme, size);
  const st = styles(spec, theme);
  const p = lang.startsWith('zh') ? PROMPTS.zh : PROMPTS.en;
  const bodyLst = st.body.map((s, i) => levelXml(i + 1, s)).join('');
  const shapes =
    shapeXml(901, 'Title Placeholder 1', '<p:ph type="title"/>', boxes.title, 'ctr', '', promptPara(p.title, lang)) +
    shapeXml(902, 'Text Placeholder 2', `<p:ph type="body" idx="${BODY_IDX}"/>`, boxes.body, 't', '', p.body.map((t, i) => promptPara(t, lang, i)).join('')) +
    chromePlaceholdersXml(layoutChrome(spec, theme, size), true);
  return { shapes, titleStyle: `<p:titleStyle>${levelXml(1, st.title)}</p:titleStyle>`, bodyStyle: `<p:bodyStyle>${bodyLst}</p:bodyStyle>` };
}

/** Add the placeholders to every huibao slide layout (found by name) and to the master. */
export function addLayoutPlaceholders(parts: Map<string, string>, theme: Theme, size: SlideSize, lang: string): void {
  for (const [name, xml] of parts) {
    if (/^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name)) {
      // pptxgenjs' own empty layout (named DEFAULT), unused by our slides: named as what it is in the Layout menu.
      const named = xml.replace('<p:cSld name="DEFAULT"', '<p:cSld name="huibao Blank"');
      const spec = LAYOUT_SPECS.find((s) => named.includes(`<p:cSld name="${s.label}"`));
      parts.set(name, spec ? named.replace('</p:spTree>', layoutPlaceholdersXml(spec, theme, size, lang) + '</p:spTree>') : named);
    } else if (/^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(name)) {
      const m = masterParts(theme, size, lang);
      parts.set(
        name,
        xml
          .replace('</p:spTree>', m.shapes + '</p:spTree>')
          .replace(/<p:titleStyle>[\s\S]*?<\/p:titleStyle>/, m.titleStyle)
          .replace(/<p:bodyStyle>[\s\S]*?<\/p:bodyStyle>/, m.bodyStyle),
      );
    }
  }
}
