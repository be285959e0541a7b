// One image beside its text: the image keeps its aspect ratio in about 45 % of the width (on the side it came in
// the Markdown), the text flows in the rest by the shared fit engine, centred vertically.
import type { Block, Box, PlacedItem } from '../../model.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { flowInto } from './columns.js';
import { laid, titleAndBody, type Layout } from './context.js';

export interface ImageTextContent {
  image: Extract<Block, { kind: 'image' }>;
  text: Block[];
  imageLeft: boolean;
}

export const imageText: Layout<ImageTextContent> = (content, ctx) => {
  const asset = ctx.images?.get(content.image.path);
  if (!asset?.ok) return undefined;
  const { items, body } = titleAndBody(ctx);
  const gap = 0.4;
  const imgW = body.w * 0.48;
  const textW = body.w - imgW - gap;
  const imgSlot: Box = { x: content.imageLeft ? body.x : body.x + textW + gap, y: body.y, w: imgW, h: body.h };
  const textSlot: Box = { x: content.imageLeft ? body.x + imgW + gap : body.x, y: body.y, w: textW, h: body.h };
  const flow = flowInto(content.text, textSlot, ctx, ctx.textColor);
  if (!flow) return undefined;
  // Contain the picture in its slot, centred.
  const k = Math.min(imgSlot.w / asset.width, imgSlot.h / asset.height);
  const w = asset.width * k;
  const h = asset.height * k;
  const out: PlacedItem[] = [
    ...items,
    { kind: 'image', x: round(imgSlot.x + (imgSlot.w - w) / 2), y: round(imgSlot.y + (imgSlot.h - h) / 2), w: round(w), h: round(h), path: asset.path, data: asset.data, mime: asset.mime, alt: content.image.alt },
  ];
  // The text block sits in the middle of its slot's height.
  const texts = flow.items.filter((i) => i.kind === 'text');
  const top = Math.min(...texts.map((t) => t.y));
  const bottom = Math.max(...texts.map((t) => t.y + t.h));
  const shift = Math.max(0, (textSlot.h - (bottom - top)) / 2 - (top - textSlot.y));
  for (const t of texts) out.push({ ...t, y: round(t.y + shift) });
  return laid(ctx, 'image-text', out, runsText(ctx.slide.title));
};
