// A content slide: title on top, body blocks stacked below, shrunk to the floor and then split onto
// continuation slides (续) so nothing ever leaves its box.
import type { Box, FitReport, Inline, LaidParagraph, LaidSlide, PlacedItem, Slide, ImageAsset } from '../model.js';
import type { Theme } from '../theme/types.js';
import { toUnits, runsText, type Unit } from './units.js';
import {
  boxOverhead, paginate, paraIndent, paraLines, splitOversized, stackHeight, tableFor, unitHeight, IMAGE_MIN_IN, type FlowContext,
} from './flow.js';
import { bodyScale, insetFor, linePitch, sizeFor, spaceBefore, BOX_SLACK_PT, type BodyScale } from './style.js';
import { fitTitle, titleBox } from './titles.js';
import { round } from './geometry.js';
import { placeChart } from './chart.js';
import { hasHeader, type TableLayout } from './table.js';

export interface ContentInput {
  slide: Slide;
  /** Title runs as shown (section numbering and 续 are added by the caller). */
  title?: Inline[];
  theme: Theme;
  titleRegion: Box;
  bodyRegion: Box;
  lang: string;
  images?: ReadonlyMap<string, ImageAsset>;
  /** Start the body this many points above the theme's size (quote slides read larger). */
  boost?: number;
  /** Slide index (1-based) of the first output slide, for reports. */
  index: number;
  titleColor: string;
  textColor: string;
  titleAlign?: 'l' | 'c';
  titleBold?: boolean;
  /** Never start above this body size (columns share the size the fullest column needs). */
  maxBody?: number;
}

export function layoutContent(input: ContentInput): { slides: LaidSlide[]; reports: FitReport[] } {
  const { theme, slide } = input;
  const reports: FitReport[] = [];
  const titleText = runsText(input.title);
  const cont = input.lang.startsWith('zh') ? '（续）' : ' (cont.)';

  // Title first: the body gets what the title leaves (a two-line title pushes the body down).
  const fitFor = (runs: Inline[], maxPt = theme.sizes.title, minPt = theme.sizes.minTitle) =>
    fitTitle({
      runs,
      faces: theme.fonts.title,
      mono: theme.fonts.mono,
      maxPt,
      minPt,
      maxLines: 2,
      box: input.titleRegion,
      lineSpacing: Math.min(theme.spacing.lineSpacing, 1.15),
      bold: input.titleBold,
    });
  const contRuns = input.title ? [...input.title, { text: cont }] : undefined;
  const top = Math.max(Math.min(theme.sizes.body[0] + (input.boost ?? 0), input.maxBody ?? Infinity), theme.sizes.minBody);
  const floor = bodyScale(theme, theme.sizes.minBody);
  const tables = new Map<unknown, TableLayout>();
  const blockUnits = toUnits(slide.blocks, input.images);

  // Fit the body below a title that needs `titleIn` inches. Returns the scale and the pages.
  const fitBody = (titleIn: number) => {
    const extra = Math.max(0, titleIn - input.titleRegion.h);
    const body: Box = { ...input.bodyRegion, y: input.bodyRegion.y + extra, h: input.bodyRegion.h - extra };
    const ctx: FlowContext = { theme, widthPt: body.w * 72, heightPt: body.h * 72, gapPt: Math.max(6, theme.spacing.gap * 72) };
    const units = splitOversized(blockUnits, floor, ctx, tables);
    // A title-only slide is one slide, even when a very long title leaves the body no height at all (the
    // shrink loop below would find no size and paginate() no page: a deck with no slides, found by
    // test/reliability/fuzz.test.ts).
    if (units.length === 0) return { body, ctx, scale: bodyScale(theme, top), pages: [[]] as Unit[][] };
    // Shrink: the largest size, from the theme's, at which everything fits on one slide. Sparse slides do not
    // grow: one body size across the deck reads as designed.
    const one = largestSize(top, theme.sizes.minBody, true, (s) => stackHeight(units, bodyScale(theme, s), ctx, tables) <= ctx.heightPt);
    if (one !== undefined) return { body, ctx, scale: bodyScale(theme, one), pages: [units] };
    // Split: as few slides as the floor needs, at the largest size that needs no more than that. Oversized
    // paragraphs are cut again at each size, so every piece fits a page at the size finally chosen.
    const k = paginate(units, floor, ctx, tables).length;
    const pagesAt = (s: number) => paginate(splitOversized(blockUnits, bodyScale(theme, s), ctx, tables), bodyScale(theme, s), ctx, tables);
    const split = largestSize(top, theme.sizes.minBody, false, (s) => {
      const pages = pagesAt(s);
      return pages.length <= k && pages.every((p) => stackHeight(p, bodyScale(theme, s), ctx, tables) <= ctx.heightPt);
    });
    if (split !== undefined) return { body, ctx, scale: bodyScale(theme, split), pages: pagesAt(split) };
    return { body, ctx, scale: floor, pages: paginate(units, floor, ctx, tables) };
  };

  let titleFit = input.title ? fitFor(input.title) : undefined;
  let titleFitCont = titleFit;
  let fitted = fitBody(titleFit?.needIn ?? 0);
  if (fitted.pages.length > 1 && input.title && contRuns) {
    // Continuation slides say "(续)": every part gets the size that the longer title needs, so they match.
    titleFitCont = fitFor(contRuns);
    titleFit = fitFor(input.title, titleFitCont.sizePt, titleFitCont.sizePt);
    const need = Math.max(titleFit.needIn, titleFitCont.needIn);
    titleFit = { ...titleFit, needIn: need };
    titleFitCont = { ...titleFitCont, needIn: need };
    fitted = fitBody(need);
  }
  const { body, ctx, scale, pages } = fitted;
  if (blockUnits.some((u) => u.kind !== 'image' && u.kind !== 'table') && scale.base < top) {
    reports.push({ line: slide.src.line, slide: input.index, title: titleText, message: `body ${top}→${scale.base} pt` });
  }
  if (pages.length > 1) {
    reports.push({ line: slide.src.line, slide: input.index, title: titleText, message: `split into ${pages.length} slides` });
  }

  const notes = splitNotes(slide.notes, pages.map((p) => p.length));
  const out: LaidSlide[] = pages.map((page, i) => {
    const items: PlacedItem[] = [];
    if (titleFit) {
      items.push(
        titleBox('title', i > 0 && titleFitCont ? { ...titleFitCont } : titleFit, input.titleRegion, {
          color: input.titleColor,
          align: input.titleAlign ?? 'l',
          bold: input.titleBold,
          valign: 'middle',
        }),
      );
    }
    items.push(...placeBody(page, scale, ctx, body, tables, input));
    return {
      layout: slide.layout,
      items,
      notes: notes[i],
      titleText: i > 0 ? titleText + cont : titleText,
      section: slide.section,
      part: pages.length > 1 ? i + 1 : undefined,
      parts: pages.length > 1 ? pages.length : undefined,
      src: slide.src,
    };
  });
  return { slides: out, reports };
}

/**
 * The largest of top, top − 1, top − 2, … (down to min; `min` itself only if `withMin`) at which `fits` holds.
 * Real themes span a few points and are scanned 1 pt at a time; a range wider than 24 pt (a theme with 113 pt
 * body text, found by test/reliability/fuzz.test.ts: 95 sizes × rewrapping every paragraph took 20 s) is
 * bisected, which assumes that what fits at one size also fits at every smaller one.
 */
export function largestSize(top: number, min: number, withMin: boolean, fits: (s: number) => boolean): number | undefined {
  let last = Math.floor(top - min + 1e-9);
  if (!withMin && top - last <= min) last--;
  if (last <= 24) {
    // (no size at all, last < 0: the scan tries none)
    for (let i = 0; i <= last; i++) if (fits(top - i)) return top - i;
    return undefined;
  }
  if (fits(top)) return top;
  if (!fits(top - last)) return undefined;
  let bad = 0;
  let good = last;
  while (good - bad > 1) {
    const mid = (bad + good) >> 1;
    if (fits(top - mid)) good = mid;
    else bad = mid;
  }
  return top - good;
}

/** Stack the page's boxes from the top of the body; images share whatever height is left. */
function placeBody(page: Unit[], scale: BodyScale, ctx: FlowContext, body: Box, tables: Map<unknown, TableLayout>, input: ContentInput): PlacedItem[] {
  const { theme } = input;
  const groups: Unit[][] = [];
  for (const u of page) {
    const g = groups[groups.length - 1];
    if (g && g[0].group === u.group) g.push(u);
    else groups.push([u]);
  }
  const imageCount = groups.filter((g) => g[0].kind === 'image').length;
  const spare = Math.max(0, ctx.heightPt - stackHeight(page, scale, ctx, tables));
  const imageExtraPt = imageCount ? spare / imageCount : 0;
  // Without images, part of the spare height airs out the paragraphs (a half-empty slide with cramped lines looks
  // unfinished); a lone quote is centred instead.
  // (a page with a picture takes no air: its units need not be told apart here)
  const textParas = page.filter((u, i) => u.kind !== 'table' && u.kind !== 'code' && i > 0 && page[i - 1].group === u.group).length;
  const steps = textParas + groups.length - 1;
  const airPt = imageCount || steps === 0 || input.slide.layout === 'quote' ? 0 : Math.min((spare * 0.5) / steps, scale.base * 0.6);
  // Images (and charts) take the spare height themselves: then nothing is left over to centre.
  const used = imageCount ? 0 : spare - airPt * steps;

  const items: PlacedItem[] = [];
  // Short content is centred in the body area instead of hugging the title (a lone quote sits a little above centre).
  let y = body.y * 72 + (input.slide.layout === 'quote' ? used / 3 : used / 2);
  groups.forEach((g, gi) => {
    if (gi > 0) y += ctx.gapPt + airPt;
    const first = g[0];
    if (first.kind === 'image') {
      const hPt = (first.minIn ?? IMAGE_MIN_IN) * 72 + imageExtraPt;
      const chartPlace = { theme, lang: input.lang, textColor: input.textColor };
      items.push(first.chart ? placeChart(first.chart, body.x * 72, y, body.w * 72, hPt, chartPlace) : placeImage(first, body.x * 72, y, body.w * 72, hPt));
      y += hPt;
      return;
    }
    if (first.kind === 'table') {
      const t = tableFor(first, scale, ctx, tables);
      const rows = g.filter((u): u is Extract<Unit, { kind: 'table' }> => u.kind === 'table' && u.row >= 0);
      const hPt = t.headerH + rows.reduce((a, u) => a + t.rowH[u.row], 0);
      items.push({
        kind: 'table',
        x: body.x,
        y: round(y / 72),
        w: body.w,
        h: round(hPt / 72),
        header: hasHeader(first.table) ? first.table.header.map((runs, c) => ({ runs, align: first.table.align[c] ?? 'l' })) : [],
        rows: rows.map((u) => first.table.rows[u.row].map((runs, c) => ({ runs, align: first.table.align[c] ?? 'l' }))),
        colW: t.colW.map((w) => round(w / 72)),
        rowH: [t.headerH, ...rows.map((u) => t.rowH[u.row])].map((h) => round(h / 72)),
        sizePt: t.sizePt,
        lineSpacingPt: t.lineSpacingPt,
        headerFill: theme.palette.tableHeader,
        headerColor: theme.palette.tableHeaderText,
        zebraFill: theme.palette.tableZebra,
        borderColor: theme.palette.tableBorder,
        textColor: input.textColor,
      });
      y += hPt;
      return;
    }
    const kind = first.kind;
    // (a group is of one kind: pictures and tables returned above, so these are text, quote or code lines)
    const paragraphs: LaidParagraph[] = (g as Extract<Unit, { kind: 'text' | 'quote' | 'code' }>[]).map((u, i) => {
      const size = sizeFor(kind, u.para, scale);
      const mono = kind === 'code';
      const lines = paraLines(kind, u.para, size, ctx.widthPt, theme).length;
      const { marginLeftPt, indentPt } = paraIndent(u.para, size);
      const bullet = u.para.bullet;
      const b = bullet?.kind === 'char' && !u.para.continued ? theme.bullets[Math.min(bullet.level, 3) - 1] : undefined;
      return {
        runs: u.para.runs,
        level: u.para.level,
        bullet: b?.char,
        bulletColor: b?.color ?? theme.palette.accent,
        number: bullet?.kind === 'number' && !u.para.continued ? bullet.n : undefined,
        sizePt: size,
        spaceBeforePt: i === 0 || mono ? 0 : spaceBefore(theme, size, u.para.level) + Math.round(airPt),
        lineSpacingPt: linePitch(theme, size, mono),
        marginLeftPt,
        indentPt,
        color: mono ? theme.palette.codeText : input.textColor,
        font: mono ? 'mono' : 'body',
        lines,
      };
    });
    const inner = g.reduce((a, u, i) => a + unitHeight(u, scale, ctx, i === 0, tables) + (i > 0 && kind !== 'code' ? Math.round(airPt) : 0), 0);
    const hPt = boxOverhead(first, scale, ctx, tables) + inner;
    items.push({
      kind: 'text',
      role: kind === 'text' ? 'body' : kind,
      x: body.x,
      y: round(y / 72),
      w: body.w,
      h: round(hPt / 72),
      paragraphs,
      valign: 'top',
      insetPt: insetFor(kind),
      fill: kind === 'quote' ? theme.palette.quoteBackground : kind === 'code' ? theme.palette.codeBackground : undefined,
      barColor: kind === 'quote' ? theme.palette.quoteBar : undefined,
    });
    y += hPt;
  });
  return items;
}

function placeImage(u: Extract<Unit, { kind: 'image' }>, xPt: number, yPt: number, wPt: number, hPt: number): PlacedItem {
  const a = u.asset;
  if (a?.ok) {
    // Keep the real aspect ratio: contain the image in the space, centred horizontally.
    const k = Math.min(wPt / a.width, hPt / a.height);
    const w = a.width * k;
    const h = a.height * k;
    return { kind: 'image', x: round((xPt + (wPt - w) / 2) / 72), y: round(yPt / 72), w: round(w / 72), h: round(h / 72), path: a.path, data: a.data, mime: a.mime, alt: u.alt };
  }
  // Missing or unreadable image: a placeholder with the alt text keeps the slide meaningful.
  const w = Math.min(wPt, 5 * 72);
  return { kind: 'image', x: round((xPt + (wPt - w) / 2) / 72), y: round(yPt / 72), w: round(w / 72), h: round(Math.min(hPt, 2.5 * 72) / 72), alt: u.alt || u.path };
}

/** Give each continuation slide its share of the notes, in order, in proportion to its content. */
export function splitNotes(notes: readonly string[], weights: readonly number[]): string[][] {
  if (weights.length <= 1) return [notes.slice()];
  const out: string[][] = weights.map(() => []);
  if (notes.length < weights.length) {
    out[0] = notes.slice();
    return out;
  }
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  let k = 0;
  notes.forEach((n, i) => {
    // (never past the last page: there acc + its weight is the total, and i < notes.length)
    while (i >= Math.round(((acc + weights[k]) / total) * notes.length)) acc += weights[k++];
    out[k].push(n);
  });
  return out;
}

export { BOX_SLACK_PT };
