// `huibao themes check`: what a theme will look like in a dim room at the back — every text colour against
// every colour that can sit behind it (≥ 4.5:1, WCAG AA), sizes readable from the back of the room, boxes that
// do not collide, at both 16:9 and 4:3, and the files it names exist.
import { existsSync } from 'node:fs';
import { blend, contrastRatio, formatRatio, mix } from './contrast.js';
import { ASPECTS, HAS_BODY, covers, insideSlide, layoutBoxes, overlaps, resolveRegion, type Box, type SlideSize } from './regions.js';
import type { Color, LayoutKey, Theme } from './types.js';
import { LAYOUT_KEYS } from './types.js';
import { designPairs } from './layout-styles.js';

export interface CheckResult {
  /** Things to fix: each names the key it comes from. */
  problems: string[];
  /** Things worth a look that are not wrong (fonts a Windows PC may lack, backgrounds the check cannot see). */
  warnings: string[];
}

/** WCAG AA for text; 3:1 for graphics that carry meaning (bullets). */
export const MIN_TEXT_CONTRAST = 4.5;
export const MIN_GRAPHIC_CONTRAST = 3;
/** Smallest sizes readable on a projector at the back of a meeting room. */
export const MIN_BODY_PT = 18;
export const MIN_TITLE_PT = 20;
export const MIN_DENSE_PT = 12; // tables, code
export const MIN_FOOTER_PT = 9;

/** Faces that ship with Windows (and so with PowerPoint and WPS there) or with Office. */
const SAFE_FONTS = new Set(
  [
    'Arial', 'Arial Black', 'Calibri', 'Calibri Light', 'Cambria', 'Candara', 'Consolas', 'Constantia', 'Corbel', 'Courier New',
    'Georgia', 'Segoe UI', 'Segoe UI Light', 'Segoe UI Semibold', 'Tahoma', 'Times New Roman', 'Trebuchet MS', 'Verdana', 'Aptos',
    'Microsoft YaHei', 'Microsoft YaHei UI', '微软雅黑', 'SimHei', '黑体', 'SimSun', '宋体', 'NSimSun', '新宋体', 'FangSong', '仿宋',
    'KaiTi', '楷体', 'DengXian', '等线', 'Microsoft JhengHei', '微軟正黑體', 'MingLiU', 'PMingLiU', 'Yu Gothic', 'Meiryo', 'MS Gothic',
    'Malgun Gothic', 'Cascadia Code', 'Cascadia Mono', 'Lucida Console',
  ].map((f) => f.toLowerCase()),
);

/** The colours a point on a layout can show: the background (both gradient ends and the middle) under the decorations. */
function colourAt(theme: Theme, layout: LayoutKey, size: SlideSize, px: number, py: number): Color[] {
  const style = theme.layouts[layout];
  const bg = style.background;
  let cols: Color[] = bg?.gradient ? [bg.gradient.from, mix(bg.gradient.from, bg.gradient.to, 0.5), bg.gradient.to] : [bg?.color ?? theme.palette.background];
  for (const d of style.decorations ?? []) {
    if (covers(d, resolveRegion(d, size), px, py)) cols = cols.map((c) => blend(d.fill!, c, d.transparency ?? 0));
  }
  return cols;
}

/** Every distinct colour under a box, sampled on a grid a little inside it (text never touches a box's edge). */
export function coloursUnder(theme: Theme, layout: LayoutKey, size: SlideSize, box: Box): Color[] {
  const seen = new Set<Color>();
  const nx = 24;
  const ny = 8;
  const ix = Math.min(0.1, box.w / 4);
  const iy = Math.min(0.05, box.h / 4);
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const px = box.x + ix + ((i + 0.5) / nx) * Math.max(0, box.w - 2 * ix);
      const py = box.y + iy + ((j + 0.5) / ny) * Math.max(0, box.h - 2 * iy);
      for (const c of colourAt(theme, layout, size, px, py)) seen.add(c);
    }
  }
  return [...seen];
}

export function checkTheme(theme: Theme): CheckResult {
  const problems = new Set<string>();
  const warnings = new Set<string>();
  const { palette, sizes } = theme;

  // Contrast findings are gathered, then reported once per colour pair with the slides they affect.
  const findings = new Map<string, { key: string; what: string; fg: Color; bg: Color; bgNote: string; ratio: number; min: number; layouts: Set<string>; aspects: Set<string> }>();
  const pair = (key: string, what: string, fg: Color, bg: Color, place?: { layout: LayoutKey; aspect?: string }, bgNote = '', min = MIN_TEXT_CONTRAST) => {
    const ratio = contrastRatio(fg, bg);
    if (ratio + 1e-9 >= min) return;
    const id = [key, what, fg, bg, bgNote].join('|');
    const f = findings.get(id) ?? { key, what, fg, bg, bgNote, ratio, min, layouts: new Set<string>(), aspects: new Set<string>() };
    if (place) {
      f.layouts.add(place.layout);
      f.aspects.add(place.aspect ?? 'any');
    }
    findings.set(id, f);
  };

  // Fills the theme puts behind text wherever it appears.
  pair('palette.tableHeaderText', 'table header text', palette.tableHeaderText, palette.tableHeader, undefined, ' (palette.tableHeader)');
  pair('palette.codeText', 'code', palette.codeText, palette.codeBackground, undefined, ' (palette.codeBackground)');

  for (const layout of LAYOUT_KEYS) {
    const style = theme.layouts[layout];
    const lk = `layouts.${layout}`;
    const titleColor = style.titleColor ?? palette.title;
    const textColor = style.textColor ?? palette.text;
    if (style.background?.image) {
      warnings.add(`${lk}.background.image: text contrast over a picture cannot be checked; make sure ${titleColor} (title) and ${textColor} (text) read well on it`);
      if (!existsSync(style.background.image)) problems.add(`${lk}.background.image: image file not found: ${style.background.image}`);
    }
    if (style.logo && !existsSync(style.logo.image)) problems.add(`${lk}.logo.image: image file not found: ${style.logo.image}`);

    for (const [aspect, size] of Object.entries(ASPECTS)) {
      const at = ` at ${aspect}`;
      const here = { layout, aspect };
      const b = layoutBoxes(layout, theme, size);
      const under = (box: Box) => (style.background?.image ? [] : coloursUnder(theme, layout, size, box));

      for (const bg of under(b.title)) pair(style.titleColor ? `${lk}.titleColor` : 'palette.title', 'title', titleColor, bg, here);
      if (HAS_BODY[layout]) {
        const bodyBgs = under(b.body);
        const textKey = style.textColor ? `${lk}.textColor` : 'palette.text';
        for (const bg of bodyBgs) {
          pair(textKey, layout === 'title' ? 'subtitle' : 'text', textColor, bg, here);
          if (layout !== 'title') {
            pair('palette.link', 'links', palette.link, bg, here);
            pair('palette.muted', 'captions', palette.muted, bg, here);
            theme.bullets.forEach((bl, i) => pair(bl.color ? `bullets[${i}].color` : 'palette.accent', `level-${i + 1} bullets`, bl.color ?? palette.accent, bg, here, '', MIN_GRAPHIC_CONTRAST));
          }
        }
        if (layout !== 'title') {
          // Boxes drawn inside the body: quotes and zebra rows carry the layout's text colour and links.
          pair(textKey, 'quote text', textColor, palette.quoteBackground, { layout }, ' (palette.quoteBackground)');
          pair('palette.link', 'links in quotes', palette.link, palette.quoteBackground, { layout }, ' (palette.quoteBackground)');
          pair(textKey, 'table text', textColor, palette.tableZebra, { layout }, ' (palette.tableZebra)');
          pair('palette.link', 'links in tables', palette.link, palette.tableZebra, { layout }, ' (palette.tableZebra)');
        }
        if (overlaps(b.title, b.body)) problems.add(`${lk}: the title and body boxes overlap${at}`);
        if (b.body.h < 1.5) problems.add(`${lk}: the body box is only ${b.body.h.toFixed(2)} in tall${at}; check spacing or ${lk}.body`);
      }
      for (const [k, box] of [['footer', b.footer], ['slideNumber', b.slideNumber]] as const) {
        if (!box) continue;
        const color = box.color ?? palette.muted;
        const key = box.color ? `${lk}.${k}.color` : 'palette.muted';
        for (const bg of under(box)) pair(key, k === 'footer' ? 'footer' : 'slide number', color, bg, here);
        if (HAS_BODY[layout] && layout !== 'title' && overlaps(box, b.body)) problems.add(`${lk}.${k}: overlaps the body area${at}; move it into the bottom margin (spacing.marginBottom)`);
        if (!insideSlide(box, size)) problems.add(`${lk}.${k}: lies partly off the slide${at}`);
      }
      if (b.footer && b.slideNumber && overlaps(b.footer, b.slideNumber)) problems.add(`${lk}: the footer and the slide number overlap${at}`);
      for (const [k, box] of [['title', b.title], ['body', b.body]] as const) {
        if ((k === 'title' || HAS_BODY[layout]) && !insideSlide(box, size)) problems.add(`${lk}: the ${k} box lies partly off the slide${at}`);
      }
      if (b.logo) {
        if (!insideSlide(b.logo, size)) problems.add(`${lk}.logo: lies partly off the slide${at}`);
        if (overlaps(b.logo, b.title)) problems.add(`${lk}.logo: overlaps the title box${at}; long titles would run under it (narrow ${lk}.title)`);
        if (HAS_BODY[layout] && overlaps(b.logo, b.body)) problems.add(`${lk}.logo: overlaps the body box${at}`);
      }
      (style.decorations ?? []).forEach((d, i) => {
        const r = resolveRegion(d, size);
        if (!insideSlide({ ...r, w: Math.abs(r.w), h: Math.abs(r.h) }, size)) warnings.add(`${lk}.decorations[${i}]: reaches past the slide edge${at} (PowerPoint shows the overhang while editing)`);
      });
    }
  }

  // The designed layouts' text (cards, numerals, figures, statements) on their fills and slide backgrounds.
  for (const dp of designPairs(theme)) {
    if (typeof dp.on === 'string') pair(dp.key, dp.what, dp.fg, dp.on, undefined, ' (its fill)');
    else if (!theme.layouts[dp.on.layout].background?.image) {
      for (const [aspect, size] of Object.entries(ASPECTS)) {
        for (const bg of coloursUnder(theme, dp.on.layout, size, layoutBoxes(dp.on.layout, theme, size)[dp.on.region])) pair(dp.key, dp.what, dp.fg, bg, { layout: dp.on.layout, aspect });
      }
    }
  }

  for (const f of findings.values()) {
    const aspects = [...f.aspects].filter((a) => a !== 'any');
    const where = f.layouts.size ? ` (${[...f.layouts].join(', ')} slides${aspects.length === 1 && !f.aspects.has('any') ? ' at ' + aspects[0] : ''})` : '';
    problems.add(`${f.key}: ${f.what} ${f.fg} on ${f.bg}${f.bgNote}: contrast ${formatRatio(f.ratio)}, needs at least ${f.min}:1${where}`);
  }

  // Sizes.
  const body = sizes.body;
  body.forEach((s, i) => {
    if (s < MIN_BODY_PT) problems.add(`sizes.body[${i}]: ${s} pt is too small to read on a projector; use at least ${MIN_BODY_PT} pt`);
  });
  if (sizes.minBody < MIN_BODY_PT) problems.add(`sizes.minBody: ${sizes.minBody} pt; body text may not shrink below ${MIN_BODY_PT} pt`);
  if (sizes.minTitle < MIN_TITLE_PT) problems.add(`sizes.minTitle: ${sizes.minTitle} pt; titles need at least ${MIN_TITLE_PT} pt`);
  if (sizes.minTable < MIN_DENSE_PT) problems.add(`sizes.minTable: ${sizes.minTable} pt; table text needs at least ${MIN_DENSE_PT} pt`);
  if (sizes.minCode < MIN_DENSE_PT) problems.add(`sizes.minCode: ${sizes.minCode} pt; code needs at least ${MIN_DENSE_PT} pt`);
  if (sizes.footer < MIN_FOOTER_PT) problems.add(`sizes.footer: ${sizes.footer} pt; footers need at least ${MIN_FOOTER_PT} pt`);
  const minPairs: [string, number, string, number][] = [
    ['minTitle', sizes.minTitle, 'title', sizes.title],
    ['minBody', sizes.minBody, 'body[0]', body[0]],
    ['minBody', sizes.minBody, 'body[1]', body[1]],
    ['minBody', sizes.minBody, 'body[2]', body[2]],
    ['minTable', sizes.minTable, 'table', sizes.table],
    ['minCode', sizes.minCode, 'code', sizes.code],
    ['minTitle', sizes.minTitle, 'section', sizes.section],
    ['minBody', sizes.minBody, 'subtitle', sizes.subtitle],
  ];
  for (const [mk, mv, sk, sv] of minPairs) if (mv > sv) problems.add(`sizes.${mk}: ${mv} pt is larger than sizes.${sk} (${sv} pt); a minimum must not exceed the size`);
  if (body[1] > body[0] || body[2] > body[1]) warnings.add(`sizes.body: [${body.join(', ')}] — deeper list levels are usually the same size or smaller`);

  // Fonts.
  for (const role of ['title', 'body', 'mono'] as const) {
    for (const script of ['latin', 'eastAsian'] as const) {
      const face = theme.fonts[role][script];
      if (!SAFE_FONTS.has(face.toLowerCase())) warnings.add(`fonts.${role}.${script}: "${face}" does not come with Windows or Office; PowerPoint and WPS substitute another font where it is not installed`);
    }
  }
  return { problems: [...problems], warnings: [...warnings] };
}
