// What every designed layout gets: the slide, the theme and its design styles, the regions, and the shared
// title fit. A layout is `(content, ctx) → LaidSlide | undefined` (undefined: does not fit, fall back).
import type { Box, DesignName, ImageAsset, Inline, LaidSlide, PlacedItem, Slide, TextBox } from '../../model.js';
import type { Theme } from '../../theme/types.js';
import type { DesignStyles } from '../../theme/layout-styles.js';
import { fitTitle, titleBox, type TitleFit } from '../titles.js';
import { chineseNumber } from '../numbering.js';
import type { SlideSize } from '../geometry.js';
import { fitTogether, textBoxOf } from '../fit-box.js';

export interface LayoutContext {
  slide: Slide;
  theme: Theme;
  designs: DesignStyles;
  lang: string;
  size: SlideSize;
  titleRegion: Box;
  bodyRegion: Box;
  /** 1-based index of the first output slide (reports). */
  index: number;
  titleColor: string;
  textColor: string;
  titleAlign: 'l' | 'c';
  titleBold: boolean;
  images?: ReadonlyMap<string, ImageAsset>;
  /** The section page's title region and colour (a title-only statement is set there). */
  sectionRegion: Box;
  sectionTitleColor: string;
}

export type Layout<C> = (content: C, ctx: LayoutContext) => LaidSlide | undefined;

/** The numeral a design shows for n: 01 02 … or 一 二 … (the theme decides; English decks always 01). */
export function numeral(n: number, designs: DesignStyles): string {
  return designs.numerals === 'zh' ? chineseNumber(n) : String(n).padStart(2, '0');
}

/** The slide title fitted as on content slides (up to two lines), and the body region left below it. */
export function titleAndBody(ctx: LayoutContext, title: Inline[] | undefined = ctx.slide.title): { items: TextBox[]; body: Box; fit?: TitleFit } {
  if (!title || title.length === 0) return { items: [], body: ctx.bodyRegion };
  const { theme } = ctx;
  const fit = fitTitle({
    runs: title, faces: theme.fonts.title, mono: theme.fonts.mono, maxPt: theme.sizes.title, minPt: theme.sizes.minTitle, maxLines: 2,
    box: ctx.titleRegion, lineSpacing: Math.min(theme.spacing.lineSpacing, 1.15), bold: ctx.titleBold,
  });
  const extra = Math.max(0, fit.needIn - ctx.titleRegion.h);
  const body = { ...ctx.bodyRegion, y: ctx.bodyRegion.y + extra, h: ctx.bodyRegion.h - extra };
  const box = titleBox('title', fit, ctx.titleRegion, { color: ctx.titleColor, align: ctx.titleAlign, bold: ctx.titleBold, valign: 'middle' });
  return { items: [box], body, fit };
}

/** A finished one-slide result. */
export function laid(ctx: LayoutContext, design: DesignName, items: PlacedItem[], titleText: string): LaidSlide {
  const s = ctx.slide;
  return { layout: s.layout, design, items, notes: s.notes, titleText, section: s.section, src: s.src };
}

/**
 * A lead sentence above a layout's items (cards, figures, steps): at most two lines in a quarter of the body, at
 * the body size down to the floor. Its box goes into `out`; returns the body left below it, or undefined when the
 * lead does not fit (the layout falls back).
 */
export function placeLead(lead: Inline[] | undefined, body: Box, ctx: LayoutContext, out: PlacedItem[]): Box | undefined {
  if (!lead?.length) return body;
  const { theme } = ctx;
  const f = fitTogether([{ paras: [{ runs: lead, color: ctx.textColor, maxLines: 2 }], w: body.w, h: body.h * 0.25 }], theme.sizes.body[0], theme.sizes.minBody, theme);
  if (!f) return undefined;
  out.push(textBoxOf('body', { ...body, h: f.boxes[0].needIn }, f.boxes[0]));
  const used = f.boxes[0].needIn + theme.spacing.gap;
  return { ...body, y: body.y + used, h: body.h - used };
}

/**
 * How cards, figures and steps open a slide: the title boxes (into the returned `out`), the lead sentence under
 * them, and the body left for the layout's items; undefined when the lead does not fit (the layout falls back).
 */
export function titleAndLead(ctx: LayoutContext, lead: Inline[] | undefined): { out: PlacedItem[]; body: Box } | undefined {
  const { items, body: area } = titleAndBody(ctx);
  const out: PlacedItem[] = [...items];
  const body = placeLead(lead, area, ctx, out);
  return body && { out, body };
}
