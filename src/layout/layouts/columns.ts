// Two or three columns (a comparison, before/after, plan/actual): each on a panel, with its heading and its own
// blocks flowed by the shared fit engine at one size for all columns; if a column would need a second slide the
// layout does not fit and the slide falls back to bullets.
import type { Block, Box, GroupBox, Inline, Slide } from '../../model.js';
import { layoutContent } from '../content.js';
import { fitTogether, shapeOf, textBoxOf, type BoxSpec } from '../fit-box.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { laid, titleAndLead, type Layout, type LayoutContext } from './context.js';

export interface ColumnsContent {
  lead: Inline[][];
  columns: { heading?: Inline[]; blocks: Block[] }[];
}

const PAD = 0.15;

/** Flow blocks into a box with the content engine; undefined when they need more than one slide. */
export function flowInto(blocks: Block[], box: Box, ctx: LayoutContext, textColor: string, maxBody?: number) {
  const slide: Slide = { ...ctx.slide, layout: 'content', title: undefined, blocks };
  const r = layoutContent({
    slide, theme: ctx.theme, titleRegion: { ...box, h: 0 }, bodyRegion: box, lang: ctx.lang, index: ctx.index,
    titleColor: ctx.titleColor, textColor, images: ctx.images, maxBody,
  });
  if (r.slides.length !== 1) return undefined;
  const items = r.slides[0].items;
  const base = Math.min(...items.flatMap((i) => (i.kind === 'text' ? i.paragraphs.map((p) => p.sizePt) : [])));
  return { items, base: Number.isFinite(base) ? base : ctx.theme.sizes.body[0] };
}

export const columns: Layout<ColumnsContent> = (content, ctx) => {
  const n = content.columns.length; // 2 or 3, with at most one lead line (columnsShape)
  const { theme, designs } = ctx;
  const opened = titleAndLead(ctx, content.lead[0]);
  if (!opened) return undefined;
  const { out, body } = opened;
  const gap = 0.35;
  const colW = (body.w - (n - 1) * gap) / n;
  // Sub-heading columns all have a heading, explicit ones (::: columns) none.
  const hasHeads = content.columns.every((c) => c.heading?.length);
  const headSpecs: BoxSpec[] = content.columns.map((c) => ({ w: colW - 2 * PAD, h: 1.2, paras: [{ runs: c.heading ?? [], font: 'title', bold: true, color: designs.card.heading, maxLines: 2, lineSpacing: 1.15 }] }));
  const heads = hasHeads ? fitTogether(headSpecs, theme.sizes.body[0] + 2, theme.sizes.minBody, theme) : undefined;
  if (hasHeads && !heads) return undefined;
  const headH = heads ? Math.max(...heads.boxes.map((b) => b.needIn)) + 0.12 : 0;
  const inner = (i: number): Box => ({ x: body.x + i * (colW + gap) + PAD, y: body.y + PAD + headH, w: colW - 2 * PAD, h: body.h - 2 * PAD - headH });
  // First pass: each column's own size; second: all at the smallest, so the columns read as one.
  // Tables and images cannot sit in a group of text frames; columns never take them (content-shape.ts).
  const first = content.columns.map((c, i) => flowInto(c.blocks, inner(i), ctx, designs.card.text));
  if (first.some((f) => !f)) return undefined;
  const size = Math.min(...first.map((f) => f!.base));
  const flows = content.columns.map((c, i) => flowInto(c.blocks, inner(i), ctx, designs.card.text, size));
  if (flows.some((f) => !f)) return undefined;
  // Panels as tall as the fullest column needs (at least half the body), centred in the body.
  // The flow engine centres short content in its box: measure each column's own extent and place it from the top.
  const tops = flows.map((f) => Math.min(...f!.items.map((it) => it.y)));
  const contentH = flows.map((f, i) => Math.max(0, ...f!.items.map((it) => it.y + it.h)) - tops[i]);
  const panelH = Math.min(body.h, Math.max(body.h * 0.5, headH + Math.max(...contentH) + 2 * PAD));
  const y0 = body.y + (body.h - panelH) / 2;
  const shift = y0 - body.y;
  content.columns.forEach((_, i) => {
    const panel: Box = { x: body.x + i * (colW + gap), y: y0, w: colW, h: panelH };
    const parts = [
      shapeOf('card', panel, designs.card.fill, {
        shape: designs.card.radius > 0 ? 'roundRect' : 'rect', radiusIn: designs.card.radius,
        lineColor: designs.card.borderWidthPt > 0 ? designs.card.border : undefined, lineWidthPt: designs.card.borderWidthPt,
      }),
      ...(heads
        ? [
            textBoxOf('column-heading', { x: panel.x + PAD, y: panel.y + PAD, w: colW - 2 * PAD, h: headH - 0.12 }, heads.boxes[i]),
            shapeOf('band', { x: panel.x + PAD + 0.1, y: panel.y + PAD + headH - 0.08, w: colW - 2 * PAD - 0.2, h: 0.04 }, designs.card.rule),
          ]
        : []),
      ...flows[i]!.items.map((it) => ({ ...it, y: round(it.y - tops[i] + inner(i).y + shift) })),
    ];
    const group: GroupBox = { kind: 'group', name: `column ${i + 1}`, x: round(panel.x), y: round(panel.y), w: round(panel.w), h: round(panel.h), items: parts as GroupBox['items'] };
    out.push(group);
  });
  return laid(ctx, 'columns', out, runsText(ctx.slide.title));
};
