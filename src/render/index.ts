// Stage 4: LaidOutDeck + Theme → .pptx bytes. pptxgenjs draws shapes, tables, images, masters and the package;
// our own XML carries every text body; one post-processing pass over the zip makes it valid and reproducible.
import type { ImageBox, LaidOutDeck, TableBox, TextBox } from '../model.js';
import type { Theme } from '../theme/types.js';
import { PptxGenJS, packageParts, type Pptx, type PptxSlide, type TableRow } from './pptxgen.js';
import { TokenTable } from './tokens.js';
import { cellBodyXml, notesBodyXml, textBodyXml, xmlEscape, type TextEnv } from './txbody.js';
import { defineMasters, masterName } from './masters.js';
import { slidePlaceholders, type Placeholder } from './placeholders.js';
import { postprocess, type Hyperlink } from './postprocess.js';
import { DeflatePool } from './zip.js';
import { ChartCollector } from './chart-parts.js';
import { CELL_MARGIN_X, CELL_MARGIN_Y } from '../layout/style.js';
import { stripIllegal } from '../text/sanitize.js';
import { addDesignedShape, isDesignedShape, ShapeIds } from './shapes.js';
import { layoutOf } from './layouts.js';
import { addBackground } from './background.js';
import { slideChrome } from './chrome.js';
import type { TemplateMerge } from '../template/merge.js';

export interface RenderOptions {
  /** Document dates (docProps/core.xml): ISO date or timestamp; defaults to SOURCE_DATE_EPOCH, else 2000-01-01. */
  date?: string;
  /**
   * Called once per render step with the milliseconds it took (for `npm run bench`'s per-stage table): `slides` is
   * our text bodies and pptxgenjs' slide objects, `write` pptxgenjs making its parts, `postprocess` our pass over
   * them and the zip.
   * Only observes; the bytes are the same with or without it.
   */
  onTiming?: (step: 'slides' | 'write' | 'postprocess', ms: number) => void;
  /**
   * Worker threads that share the compression of a large deck (default: one per further core, at most 3, from
   * about 120 slides — 1000 with a single spare core; 0: none). The bytes are the same with any number.
   */
  threads?: number;
  /** A PowerPoint template to put the deck on (src/template/): its masters, layouts and theme replace ours. */
  template?: TemplateMerge;
}

/** About what one slide adds to the package (its XML, notes, relationships), to size the compression pool early. */
const BYTES_PER_SLIDE = 13_000;

export async function render(deck: LaidOutDeck, theme: Theme, opts: RenderOptions = {}): Promise<Uint8Array> {
  // Compression threads start now, so that their start-up overlaps drawing the slides.
  const threads = opts.threads === undefined ? DeflatePool.size(deck.slides.length * BYTES_PER_SLIDE) : Math.min(Math.floor(opts.threads) || 0, 8);
  const pool = threads > 0 ? new DeflatePool(threads) : undefined;
  try {
    return await renderWith(deck, theme, opts, pool);
  } finally {
    await pool?.close();
  }
}

async function renderWith(deck: LaidOutDeck, theme: Theme, opts: RenderOptions, pool: DeflatePool | undefined): Promise<Uint8Array> {
  let t = performance.now();
  const lap = (step: 'slides' | 'write' | 'postprocess') => {
    const now = performance.now();
    opts.onTiming?.(step, now - t);
    t = now;
  };
  const pptx: Pptx = new PptxGenJS();
  const size = officeSize(deck.widthIn, deck.heightIn);
  pptx.defineLayout({ name: 'huibao', width: size.w, height: size.h });
  pptx.layout = 'huibao';
  // pptxgenjs 4.0.1 writes these typefaces into the XML unescaped (a font named "A&B" broke the deck): escape here.
  pptx.theme = { headFontFace: xmlEscape(theme.fonts.title.latin), bodyFontFace: xmlEscape(theme.fonts.body.latin) };
  // docProps/core.xml: pptxgenjs escapes & < > but keeps control characters; \v (a line break in a title) is a space here.
  const docText = (s: string) => stripIllegal(s.replace(/[\v\n\r]+/g, ' '));
  pptx.title = docText(deck.meta.title);
  if (deck.meta.author) pptx.author = docText(deck.meta.author);
  pptx.subject = docText(deck.meta.subtitle ?? '');
  pptx.company = '';

  const lang = deck.meta.lang.startsWith('zh') ? 'zh-CN' : deck.meta.lang === 'en' ? 'en-US' : deck.meta.lang;
  const tokens = new TokenTable();
  const links: Hyperlink[] = [];
  let slideNo = 0;
  const env: TextEnv = {
    fonts: theme.fonts,
    lang,
    linkColor: theme.palette.link,
    link: (url) => {
      const id = `rIdHb${links.length + 1}`;
      links.push({ slide: slideNo, id, url });
      return id;
    },
  };

  const gradients = defineMasters(pptx, theme, size);

  // No PowerPoint sections (p14:sectionLst): pptxgenjs' are random-GUID'd and title-keyed (A6), and
  // readers that look for slides by element name mistake p14:sldId for a slide. Section slides carry the structure.

  const charts = new ChartCollector();
  const shapeIds = new ShapeIds();
  deck.slides.forEach((s, i) => {
    slideNo = i + 1;
    const slide = pptx.addSlide({ masterName: masterName(layoutOf(s)) });
    const placeholders = slidePlaceholders(s);
    addBackground(slide, s, size);
    for (const item of s.items) {
      if (isDesignedShape(item)) addDesignedShape(slide, item as never, tokens, env, shapeIds);
      else if (item.kind === 'text') addText(slide, item, tokens, env, placeholders.get(item));
      else if (item.kind === 'table') addTable(slide, item, tokens, env);
      else if (item.kind === 'chart') charts.add(slide, item, slideNo, theme.fonts.body);
      else if (item.kind === 'image') addImage(slide, item, tokens, env, theme);
    }
    for (const c of slideChrome(s, slideNo, deck.meta, theme, size, env)) slide.addText(tokens.add(c.xml, { type: c.role }), { ...geom(c.box), objectName: c.name });
    slide.addNotes(tokens.add(notesBodyXml(s.notes, theme.sizes.notes, env)));
  });

  lap('slides');
  const parts = await packageParts(pptx);
  lap('write');
  const bytes = await postprocess(parts, { tokens, links, gradients, theme, lang, size, date: opts.date, pool, charts: charts.list, template: opts.template && { ...opts.template, kinds: deck.slides.map((s) => s.layout) } });
  lap('postprocess');
  return bytes;
}

function addText(slide: PptxSlide, box: TextBox, tokens: TokenTable, env: TextEnv, ph?: Placeholder): void {
  const token = tokens.add(textBodyXml(box, env), ph);
  const opts: Record<string, unknown> = { ...geom(box), objectName: `${box.role} text` };
  if (box.fill) opts.fill = { color: box.fill };
  slide.addText(token, opts);
  if (box.barColor) {
    // The quote's accent bar: a thin filled rectangle on the box's left edge (no outline: pptxgenjs writes an empty a:ln).
    slide.addShape('rect', { ...geom({ x: box.x, y: box.y, w: 0.08, h: box.h }), fill: { color: box.barColor } } as never);
  }
}

function addTable(slide: PptxSlide, t: TableBox, tokens: TokenTable, env: TextEnv): void {
  const border = { type: 'solid' as const, pt: 0.75, color: t.borderColor };
  const margin = [CELL_MARGIN_Y, CELL_MARGIN_X, CELL_MARGIN_Y, CELL_MARGIN_X];
  const header = t.header.map((c) => ({
    text: tokens.add(cellBodyXml(c, t.sizePt, t.lineSpacingPt, t.headerColor, true, env)),
    options: { fill: { color: t.headerFill }, border, margin, valign: 'middle' },
  }));
  const rows = t.rows.map((r, i) =>
    r.map((c) => ({
      text: tokens.add(cellBodyXml(c, t.sizePt, t.lineSpacingPt, t.textColor, false, env)),
      options: { fill: i % 2 === 1 && t.zebraFill ? { color: t.zebraFill } : undefined, border, margin, valign: 'middle' },
    })),
  );
  // Margins are per cell (above): every cell has its own, so the table needs none.
  // A table without a header row (TableBox.header empty) has no first height either.
  const table = header.length ? [header, ...rows] : rows;
  const rowH = header.length ? t.rowH : t.rowH.slice(1);
  slide.addTable(table as unknown as TableRow[], { ...geom(t), colW: t.colW.map(inches), rowH: rowH.map(inches), autoPage: false } as never);
}

function addImage(slide: PptxSlide, im: ImageBox, tokens: TokenTable, env: TextEnv, theme: Theme): void {
  if (im.data && im.mime) {
    const data = `${im.mime};base64,${Buffer.from(im.data).toString('base64')}`;
    // pptxgenjs writes altText into p:cNvPr/@descr escaped but with control characters kept (a \v broke the slide).
    slide.addImage({ data, ...geom(im), altText: stripIllegal(im.alt.replace(/[\v\n\r]+/g, ' ')) });
    return;
  }
  // A missing or unreadable image: a dashed frame with its alt text, so the slide still says what belongs there.
  const box: TextBox = {
    kind: 'text', role: 'placeholder', x: im.x, y: im.y, w: im.w, h: im.h, valign: 'middle', insetPt: [7.2, 3.6, 7.2, 3.6],
    paragraphs: [{ runs: [{ text: `[${im.alt}]` }], level: 0, sizePt: theme.sizes.minBody, align: 'c', spaceBeforePt: 0, lineSpacingPt: Math.ceil(theme.sizes.minBody * 1.2), marginLeftPt: 0, indentPt: 0, color: theme.palette.muted, font: 'body', lines: 1 }],
  };
  slide.addText(tokens.add(textBodyXml(box, env)), { ...geom(im), line: { color: theme.palette.muted, width: 1, dashType: 'dash' }, objectName: 'image placeholder' } as never);
}

/**
 * The slide size in inches as PowerPoint's own: 16:9 is 12192000 EMU wide (13⅓ in), which the layout stage keeps
 * as 13.333 (12191695 EMU); 4:3 is 10 × 7.5 in. Slides then copy between decks without rescaling.
 */
export function officeSize(w: number, h: number): { w: number; h: number } {
  return { w: Math.abs(w - 40 / 3) < 0.001 ? 40 / 3 : w, h };
}

/**
 * pptxgenjs reads a number ≥ 100 as EMU, not inches, and writes it unrounded (an invalid coordinate). The layout
 * never places anything that large on purpose; a pathological input (one table row taller than the slide) must
 * still give a valid file, so sizes are held to 0–56 in (the largest PowerPoint slide).
 */
function inches(v: number): number {
  return Math.min(56, Math.max(0, Number.isFinite(v) ? v : 0));
}

function geom(b: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  return { x: inches(b.x), y: inches(b.y), w: inches(b.w), h: inches(b.h) };
}
