// Template → the Theme the layout stage measures with: the mapped placeholders' boxes as regions (our insets
// traded for theirs), their font sizes as the sizes to start from, their fonts, the colour scheme as seen through the
// master's colour map. Floors, spacing and splitting stay the base theme's, so the fit engine works as always.
import path from 'node:path';
import type { Theme, LayoutKey, Region } from '../theme/types.js';
import type { LaidOutDeck, TextBox } from '../model.js';
import { LAYOUT_KEYS } from '../theme/types.js';
import { contrastRatio, mix } from '../theme/contrast.js';
import { BODY_INSET } from '../layout/style.js';
import { MIN_FOOTER_PT } from '../theme/check.js';
import { SHOWS_CHROME } from '../theme/regions.js';
import type { Placeholder, Template, TemplateBox, ThemeFonts } from './types.js';
import type { LayoutChoice, TemplateMapping } from './map.js';
import { colorsUnder, contrastOn, decodePicture, TITLE_CONTRAST, typical, type Picture } from './contrast.js';

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** Faces that draw Chinese/Japanese/Korean; a theme `ea` of "Century Gothic" (seen in a real .potx) is not one. */
const CJK_FACE = /[\u3000-\u9fff\uff00-\uffef]|yahei|simhei|simsun|song|hei\b|kai|fang|ming|gothic|mincho|meiryo|pingfang|cjk|source han|deng|noto sans sc|wenquanyi|yu gothic|malgun|batang|gulim/i;
const LATIN_ONLY = /^(century gothic|calibri|arial|candara|corbel|gill sans|times|verdana|tahoma|segoe|helvetica|georgia|cambria)/i;

function eastAsian(f: ThemeFonts, fallback: string): string {
  const usable = (face: string) => !!face && !face.startsWith('+') && !LATIN_ONLY.test(face) && CJK_FACE.test(face);
  if (usable(f.eastAsian.trim())) return f.eastAsian.trim();
  return usable(f.hans.trim()) ? f.hans.trim() : fallback;
}

/** A placeholder box as a region for our text box: our insets replace theirs, so the text area is theirs exactly. */
function regionOf(p: Placeholder | undefined): TemplateBox | undefined {
  if (!p?.box) return undefined;
  const [l, t, r, b] = p.insetPt;
  const dl = (l - BODY_INSET[0]) / 72;
  const dt = (t - BODY_INSET[1]) / 72;
  const dr = (r - BODY_INSET[2]) / 72;
  const db = (b - BODY_INSET[3]) / 72;
  return { x: p.box.x + dl, y: p.box.y + dt, w: Math.max(0, p.box.w - dl - dr), h: Math.max(0, p.box.h - dt - db) };
}

const inSlide = (b: TemplateBox, size: { w: number; h: number }): Region => {
  const x = Math.min(Math.max(0, b.x), size.w - 0.5);
  const y = Math.min(Math.max(0, b.y), size.h - 0.3);
  return { x: r3(x), y: r3(y), w: r3(Math.max(0.5, Math.min(b.w, size.w - x))), h: r3(Math.max(0.3, Math.min(b.h, size.h - y))) };
};

const ALIGN = { l: 'left', c: 'center', r: 'right' } as const;

/** A footer/slide-number placeholder as a theme chrome region (its box, alignment and colour), or false: none. */
function chromeRegion(p: Placeholder | undefined, size: { w: number; h: number }, background: string, muted: string): Theme['layouts']['content']['footer'] {
  if (!p?.box) return false;
  const l = p.levels[0];
  const color = l?.color && contrastRatio(l.color, background) >= 3 ? l.color : muted;
  return { ...inSlide(p.box, size), align: ALIGN[l?.align ?? 'l'], color };
}

/**
 * A text colour checked against the artwork under its box (the example slide's picture, decoded): kept when it reads
 * (≥ 4.5:1 on 90% of the box), else the scheme's lt1 or dk1, whichever reads better, with a warning (once per layout).
 */
function readableOnArtwork(template: Template, colors: Record<string, string>, background: string, warn: (message: string) => void) {
  const pictures = new Map<string, Picture | undefined>();
  const said = new Set<string>();
  return (color: string, c: LayoutChoice, box: TemplateBox, what: 'title' | 'text'): string => {
    const image = c.artwork?.image;
    if (!image) return color;
    if (!pictures.has(image)) {
      const bytes = template.files.get(image);
      pictures.set(image, bytes ? decodePicture(bytes) : undefined);
    }
    const pic = pictures.get(image);
    if (!pic) return color;
    const under = colorsUnder(pic, box, template.size, background);
    const own = contrastOn(color, under);
    if (own >= TITLE_CONTRAST) return color;
    const better = [colors.lt1, colors.dk1].filter(Boolean).sort((a, b) => contrastOn(b, under) - contrastOn(a, under))[0];
    if (!better || contrastOn(better, under) <= own) return color;
    const key = `${c.layout.part} ${what}`;
    if (!said.has(key)) {
      said.add(key);
      const slot = better === colors.lt1 ? 'lt1' : 'dk1';
      warn(`template ${path.basename(template.file)}: the ${what} colour ${color} of layout "${c.layout.name}" reads at ${own.toFixed(1)}:1 on the picture behind it (mostly ${typical(under)}); using the scheme's ${slot} ${better} (${contrastOn(better, under).toFixed(1)}:1)`);
    }
    return better;
  };
}

/** Height a cover's subtitle (two lines) and byline need, in inches (the layout stage gives them 55% and 40% of it). */
const COVER_BYLINE_ROOM = 2;

export interface TemplateRegions {
  title: TemplateBox;
  body: TemplateBox;
  /** Whether the title/body land in a real placeholder of the layout (else a text box at a place we chose). */
  titleInPlaceholder: boolean;
  bodyInPlaceholder: boolean;
}

/** Where the title and main text of one kind go on the template's slide, in inches. */
export function regionsFor(kind: LayoutKey, c: LayoutChoice, size: { w: number; h: number }, base: Theme): TemplateRegions {
  const margin = Math.min(base.spacing.marginX, size.w * 0.06);
  // Over an example slide's artwork, its own title/text positions win over the layout's.
  const titleR = regionOf(c.title && c.artwork?.title ? { ...c.title, box: c.artwork.title } : c.title);
  const title = titleR ?? { x: margin, y: base.spacing.marginTop, w: size.w - 2 * margin, h: base.spacing.titleHeight };
  let body = regionOf(c.body && c.artwork?.body ? { ...c.body, box: c.artwork.body } : c.body);
  const bottom = size.h - Math.min(base.spacing.marginBottom, size.h * 0.1);
  if (kind !== 'title' && kind !== 'section' && kind !== 'closing') {
    // A body placeholder too short to hold content (a one-line "lead" box) or none at all: the text runs from its
    // top (or below the title) to the bottom margin, at its width.
    const top = body ? body.y : title.y + title.h + base.spacing.gap;
    if (!body || body.h < size.h * 0.35) body = { x: body?.x ?? title.x, y: top, w: body?.w ?? title.w, h: Math.max(0.5, bottom - top) };
  } else if (kind === 'title' && body && title.y >= body.y + body.h - 0.1 && body.h < COVER_BYLINE_ROOM) {
    // A subtitle box above the title (pandoc's "moved layouts"): the subtitle and the byline below it must end above
    // the title, so the box grows upwards to hold both instead of running down into the title.
    const h = Math.min(COVER_BYLINE_ROOM, body.y + body.h - base.spacing.marginTop);
    if (h > body.h) body = { ...body, y: body.y + body.h - h, h };
  } else if (!body) {
    const top = title.y + title.h + 0.1;
    body = { x: title.x, y: Math.min(top, size.h - 1), w: title.w, h: Math.max(0.5, Math.min(size.h * 0.25, bottom - top)) };
  }
  return { title, body, titleInPlaceholder: !!titleR, bodyInPlaceholder: !!c.body };
}

/**
 * The theme a deck built on `template` is laid out with. `base` gives what a template does not say (minimum sizes,
 * spacing, the mono face, numbering).
 */
export function templateTheme(template: Template, mapping: TemplateMapping, base: Theme, lang: string, warn: (message: string) => void = () => {}): Theme {
  const { master } = mapping;
  const colors = master.theme.colors;
  const slot = (k: string) => colors[master.clrMap[k] ?? k] ?? colors[k];
  const background = slot('bg1');
  let text = slot('tx1');
  if (contrastRatio(text, background) < 3) text = contrastRatio('000000', background) >= contrastRatio('FFFFFF', background) ? '000000' : 'FFFFFF';
  // The accent: accent1, unless it vanishes on the background (a legacy scheme that contradicts its artwork).
  const accents = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'].map(slot);
  const accent = accents.find((c) => contrastRatio(c, background) >= 3) ?? text;
  const accent2 = accents.find((c) => c !== accent && contrastRatio(c, background) >= 3) ?? accent;
  let muted = slot('tx2');
  if (contrastRatio(muted, background) < 3) muted = mix(text, background, 0.35);
  const headerText = contrastRatio('FFFFFF', accent) >= contrastRatio('000000', accent) ? 'FFFFFF' : '000000';
  const link = contrastRatio(slot('hlink'), background) >= 3 ? slot('hlink') : accent;

  const zh = lang.toLowerCase().startsWith('zh');
  const fonts = {
    title: { latin: master.theme.major.latin || base.fonts.title.latin, eastAsian: zh || master.theme.major.eastAsian ? eastAsian(master.theme.major, base.fonts.title.eastAsian) : base.fonts.title.eastAsian },
    body: { latin: master.theme.minor.latin || base.fonts.body.latin, eastAsian: zh || master.theme.minor.eastAsian ? eastAsian(master.theme.minor, base.fonts.body.eastAsian) : base.fonts.body.eastAsian },
    mono: base.fonts.mono,
  };

  const content = mapping.kinds.content;
  const lvl = (p: Placeholder | undefined, i: number) => p?.levels[i];
  const size = (v: number | undefined, fallback: number) => Math.min(200, Math.max(1, Math.round(v ?? fallback)));
  // The template's sizes, but never under huibao's floors: a 13.5 pt body (a real 4:3 template) is not read from
  // the back of a room. The floors themselves stay the base theme's, so shrinking and splitting work as always.
  const floor = (v: number | undefined, fallback: number, min: number) => Math.max(min, size(v, fallback));
  const bodySizes = [0, 1, 2].map((i) => floor(lvl(content.body, i)?.sizePt, base.sizes.body[i], base.sizes.minBody)) as [number, number, number];
  // A sub-level never larger than its parent (a layout that styles level 1 only, 20 pt, over a master's 24-pt level 2).
  for (let i = 1; i < 3; i++) bodySizes[i] = Math.min(bodySizes[i], bodySizes[i - 1]);
  const sizes = {
    ...base.sizes,
    title: floor(lvl(content.title, 0)?.sizePt, base.sizes.title, base.sizes.minTitle),
    subtitle: floor(lvl(mapping.kinds.title.body, 0)?.sizePt, base.sizes.subtitle, base.sizes.minBody),
    section: floor(lvl(mapping.kinds.section.title, 0)?.sizePt, base.sizes.section, base.sizes.minTitle),
    body: bodySizes,
    footer: floor(lvl(content.footer ?? content.slideNumber, 0)?.sizePt, base.sizes.footer, MIN_FOOTER_PT),
  };

  const bullets = base.bullets.map((b, i) => {
    const l = lvl(content.body, i);
    const color = l?.bulletColor && contrastRatio(l.bulletColor, background) >= 3 ? l.bulletColor : i === 0 ? accent : muted;
    return { char: l?.bullet && [...l.bullet].length <= 2 ? l.bullet : b.char, color };
  }) as Theme['bullets'];

  const layouts = {} as Theme['layouts'];
  const readable = readableOnArtwork(template, colors, background, warn);
  for (const kind of LAYOUT_KEYS) {
    const c = mapping.kinds[kind];
    const r = regionsFor(kind, c, template.size, base);
    const t = lvl(c.title, 0);
    const b = lvl(c.body, 0);
    layouts[kind] = {
      decorations: [],
      background: { color: background },
      // The template's own colours, even when they would vanish on bg1: its artwork (a band, a photo) is under them —
      // unless that artwork is known and the colour does not read on it.
      titleColor: readable(t?.color ?? text, c, r.title, 'title'),
      textColor: readable(b?.color ?? text, c, r.body, 'text'),
      titleAlign: t?.align === 'c' ? 'center' : 'left',
      titleBold: t?.bold ?? false,
      title: inSlide(r.title, template.size),
      body: inSlide(r.body, template.size),
      // The layout's own footer and slide-number boxes, in its colours: filled as PowerPoint's Header & Footer does.
      // (Not on title, section and closing slides, as on huibao's own layouts: "Don't show on title slide".)
      footer: SHOWS_CHROME[kind] ? chromeRegion(c.footer, template.size, background, muted) : false,
      slideNumber: SHOWS_CHROME[kind] ? chromeRegion(c.slideNumber, template.size, background, muted) : false,
    };
  }

  return {
    ...base,
    name: path.basename(template.file),
    description: `from the template ${path.basename(template.file)}`,
    palette: {
      ...base.palette,
      background,
      text,
      title: layouts.content.titleColor ?? text,
      accent,
      accent2,
      muted,
      tableHeader: accent,
      tableHeaderText: headerText,
      tableZebra: mix(background, accent, 0.08),
      tableBorder: mix(background, text, 0.3),
      codeBackground: mix(background, text, 0.06),
      codeText: text,
      quoteBackground: mix(background, accent, 0.08),
      quoteBar: accent,
      link,
    },
    fonts,
    sizes,
    bullets,
    layouts,
    file: undefined,
  };
}

/**
 * A huibao theme from a template's colours and fonts, for `huibao themes init --from unit.pptx`: the same theme a
 * build on the template measures with, minus what only makes sense on the template's own master (its boxes, and
 * title colours that rely on its artwork: a white title on a purple band would be white on white here).
 */
export function standaloneTheme(template: Template, mapping: TemplateMapping, base: Theme, lang: string): Theme {
  const t = templateTheme(template, mapping, base, lang);
  const bg = t.palette.background;
  const ok = (c: string | undefined) => !!c && contrastRatio(c, bg) >= 4.5;
  if (!ok(t.palette.title)) t.palette.title = t.palette.text;
  if (!ok(t.palette.muted)) t.palette.muted = t.palette.text;
  if (![bg, t.palette.quoteBackground, t.palette.tableZebra].every((under) => contrastRatio(t.palette.link, under) >= 4.5)) t.palette.link = t.palette.text;
  const layouts = {} as Theme['layouts'];
  for (const k of LAYOUT_KEYS) {
    const l = t.layouts[k];
    layouts[k] = {
      ...base.layouts[k],
      background: { color: bg },
      titleColor: ok(l.titleColor) ? l.titleColor : undefined,
      textColor: ok(l.textColor) ? l.textColor : undefined,
      titleAlign: l.titleAlign,
      titleBold: l.titleBold,
    };
  }
  return { ...t, layouts };
}

/**
 * After layout: a title over artwork that grew past the box it was chosen for (a long title wrapping out of a banner)
 * gets the scheme colour (lt1, dk1 or its own) that reads best over all of its laid box; when none reads there, the
 * build says which slide to shorten.
 */
export function checkTitlesOnArtwork(laid: LaidOutDeck, template: Template, mapping: TemplateMapping, theme: Theme, warn: (message: string, line?: number) => void): void {
  const colors = mapping.master.theme.colors;
  const pictures = new Map<string, Picture | undefined>();
  laid.slides.forEach((slide, i) => {
    const image = mapping.kinds[slide.layout]?.artwork?.image;
    if (!image) return;
    if (!pictures.has(image)) {
      const bytes = template.files.get(image);
      pictures.set(image, bytes ? decodePicture(bytes) : undefined);
    }
    const pic = pictures.get(image);
    if (!pic) return;
    const region = theme.layouts[slide.layout]?.title;
    for (const box of slide.items.filter((t): t is TextBox => t.kind === 'text' && t.role === 'title')) {
      const color = box.paragraphs[0]?.color ?? theme.palette.title;
      const under = colorsUnder(pic, box, template.size, theme.palette.background);
      // As readable as on the box the layout's colour was chosen for (or readable outright): nothing to do.
      const chosenFor = region && typeof region.x === 'number' ? contrastOn(color, colorsUnder(pic, region as TemplateBox, template.size, theme.palette.background)) : TITLE_CONTRAST;
      if (contrastOn(color, under) >= Math.min(TITLE_CONTRAST, chosenFor) - 0.05) continue;
      const best = [color, colors.lt1, colors.dk1].filter(Boolean).reduce((a, b) => (contrastOn(b, under) > contrastOn(a, under) ? b : a));
      if (best !== color) for (const p of box.paragraphs) p.color = best;
      const ratio = contrastOn(best, under);
      if (ratio < Math.min(TITLE_CONTRAST, chosenFor) - 0.05) {
        warn(`slide ${i + 1}: the title runs past the template's artwork behind it (no scheme colour reads on all of it; best ${ratio.toFixed(1)}:1); shorten the title`, slide.src.line);
      }
    }
  });
}
