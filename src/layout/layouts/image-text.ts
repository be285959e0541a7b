// One image beside its text: the image keeps its aspect ratio in about 45 % of the width (on the side it came in
// the Markdown), the text flows in the rest by the shared fit engine, centred vertically.
import type { Block, Box, PlacedItem } from '../../model.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { flowInto } from './columns.js';
import { laid, titleAndBody, type Layout, type LayoutContext } from './context.js';

export interface ImageTextContent {
  image: Extract<Block, { kind: 'image' }>;
  text: Block[];
  imageLeft: boolean;
}

export const imageText: Layout<ImageTextContent> = (content, ctx) => {
  const asset = ctx.images?.get(content.image.path);
  if (!asset?.ok) return undefined;
  const { items, body } = titleAndBody(ctx);
  const split = besideText(body, 0.48, 0.4, content.imageLeft, content.text, ctx);
  if (!split) return undefined;
  const slot = split.visual;
  // Contain the picture in its slot, centred.
  const k = Math.min(slot.w / asset.width, slot.h / asset.height);
  const w = asset.width * k;
  const h = asset.height * k;
  const out: PlacedItem[] = [
    ...items,
    { kind: 'image', x: round(slot.x + (slot.w - w) / 2), y: round(slot.y + (slot.h - h) / 2), w: round(w), h: round(h), path: asset.path, data: asset.data, mime: asset.mime, alt: content.image.alt },
    ...split.texts,
  ];
  return laid(ctx, 'image-text', out, runsText(ctx.slide.title));
};

/**
 * A picture or chart beside text (image-text, chart-text): the body split into a visual slot (`share` of the width)
 * and a text slot, the text flowed into its slot and centred in its height. Undefined when the text does not fit.
 */
export function besideText(body: Box, share: number, gap: number, visualLeft: boolean, text: Block[], ctx: LayoutContext): { visual: Box; texts: PlacedItem[] } | undefined {
  const visualW = body.w * share;
  const textW = body.w - visualW - gap;
  const visual: Box = { x: visualLeft ? body.x : body.x + textW + gap, y: body.y, w: visualW, h: body.h };
  const textSlot: Box = { x: visualLeft ? body.x + visualW + gap : body.x, y: body.y, w: textW, h: body.h };
  const flow = flowInto(text, textSlot, ctx, ctx.textColor);
  if (!flow) return undefined;
  // Paragraphs and lists only (imageTextShape, chartTextShape): the flow holds text frames alone. It centres them
  // to within its rounding of the air between paragraphs; this finishes the job (never moving them up).
  const texts = flow.items;
  const top = Math.min(...texts.map((t) => t.y));
  const bottom = Math.max(...texts.map((t) => t.y + t.h));
  const shift = Math.max(0, (textSlot.h - (bottom - top)) / 2 - (top - textSlot.y));
  return { visual, texts: texts.map((t) => ({ ...t, y: round(t.y + shift) })) };
}
