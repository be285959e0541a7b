// A slide's own background picture (pandoc `data-background-image`, Marp `![bg]`), drawn first so that everything
// else lies on it. It is a picture on the slide, not p:bg: p:bg can only stretch, while a picture's srcRect crops
// (cover) and its box letterboxes (contain) as reveal.js and Marp show it; it also covers the theme's decorations,
// as the author's tool does.
import type { Box, LaidSlide } from '../model.js';
import type { PptxSlide } from './pptxgen.js';

/**
 * How much of the slide colour the scrim behind the text keeps, in per cent transparency: text in the theme's
 * colours was checked against the theme's background, not against a photo. A panel in that background colour at
 * 80 % opacity under the text keeps the contrast close to the theme's own whatever the photo (the text sits on
 * four parts slide colour to one part photo), while the rest of the picture shows untouched. A slide that is
 * only a picture gets no panel.
 */
const SCRIM_TRANSPARENCY = 20;
/** The panel reaches this far (inches) around the text it sits under. */
const SCRIM_PAD = 0.2;

export function addBackground(slide: PptxSlide, laid: LaidSlide, size: { w: number; h: number }): void {
  const bg = laid.background;
  if (!bg) return;
  const data = `${bg.mime};base64,${Buffer.from(bg.data).toString('base64')}`;
  const common = { data, altText: '', objectName: 'background picture' };
  if (bg.fit === 'cover') {
    // pptxgenjs' cover sizing writes the srcRect that crops the picture to the slide's proportions, centred.
    const w = size.w;
    const h = (size.w * bg.height) / bg.width;
    slide.addImage({ ...common, x: 0, y: 0, w, h, sizing: { type: 'cover', w: size.w, h: size.h } } as never);
  } else if (bg.fit === 'contain') {
    const scale = Math.min(size.w / bg.width, size.h / bg.height);
    const w = bg.width * scale;
    const h = bg.height * scale;
    slide.addImage({ ...common, x: (size.w - w) / 2, y: (size.h - h) / 2, w, h } as never);
  } else {
    slide.addImage({ ...common, x: 0, y: 0, w: size.w, h: size.h } as never);
  }
  const text = textArea(laid);
  if (text) slide.addShape('rect', { ...text, fill: { color: bg.color, transparency: SCRIM_TRANSPARENCY }, line: { type: 'none' }, objectName: 'background scrim' } as never);

  function textArea(s: LaidSlide): Box | undefined {
    const boxes = s.items.filter((i) => i.kind !== 'image' && !(i.kind === 'text' && i.paragraphs.every((p) => p.runs.every((r) => !r.text.trim()))));
    if (boxes.length === 0) return undefined;
    const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - SCRIM_PAD);
    const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - SCRIM_PAD);
    const x1 = Math.min(size.w, Math.max(...boxes.map((b) => b.x + b.w)) + SCRIM_PAD);
    const y1 = Math.min(size.h, Math.max(...boxes.map((b) => b.y + b.h)) + SCRIM_PAD);
    return { x: round(x0), y: round(y0), w: round(x1 - x0), h: round(y1 - y0) };
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;
