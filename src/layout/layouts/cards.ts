// Parallel points as cards (一要/二要/三要, First/Second/Third): 2–4 in a row, 5–6 in a 2×3 grid. Each card is one
// group — its face, its number, a short rule, its heading and text — so it moves as one in PowerPoint.
import type { Box, GroupBox, Inline, PlacedItem } from '../../model.js';
import { fitAt, fitPreferring, shapeOf, textBoxOf, type BoxSpec } from '../fit-box.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { laid, numeral, placeLead, titleAndBody, type Layout } from './context.js';

export interface CardsContent {
  lead?: Inline[];
  items: { head?: Inline[]; body: Inline[] }[];
}

/** Inner padding of a card, inches. */
const PAD = 0.2;
/** A card's text is a few lines; more is a bullet list in disguise. */
const MAX_BODY_LINES = 5;

export const cards: Layout<CardsContent> = (content, ctx) => {
  const n = content.items.length;
  if (n < 2 || n > 6) return undefined;
  const { theme, designs } = ctx;
  const { items, body: area } = titleAndBody(ctx);
  const floor = theme.sizes.minBody;
  const out: PlacedItem[] = [...items];
  const body = placeLead(content.lead, area, ctx, out);
  if (!body) return undefined;

  const cols = n <= 4 ? n : 3;
  const rows = Math.ceil(n / cols);
  const gapX = Math.min(0.4, Math.max(0.22, body.w * 0.025));
  const gapY = 0.25;
  const cardW = (body.w - (cols - 1) * gapX) / cols;
  const maxCardH = (body.h - (rows - 1) * gapY) / rows;
  // The number: a large numeral in the accent colour, then a short rule.
  const numPt = Math.min(36, Math.max(theme.sizes.minBody + 6, Math.round(theme.sizes.body[0] * (rows > 1 ? 1.2 : 1.5))));
  const numH = (Math.ceil(numPt * 1.15) + 8) / 72;
  const ruleGap = 0.12;
  const textTop = PAD + numH + ruleGap + 0.1;
  const textW = cardW - 2 * PAD + 0.2; // the text box's own insets sit inside the padding
  const specs = (tight: boolean): BoxSpec[] => content.items.map((it) => ({
    w: textW,
    h: maxCardH - textTop - PAD + 0.1,
    paras: [
      ...(it.head ? [{ runs: it.head, font: 'title' as const, bold: true, plus: 4, color: designs.card.heading, maxLines: tight ? 1 : 2, lineSpacing: 1.15 }] : []),
      { runs: it.body, color: designs.card.text, maxLines: MAX_BODY_LINES, spaceBeforeEm: 0.35 },
    ],
  }));
  const fitted = fitPreferring(specs, theme.sizes.body[0], floor, theme.sizes.body[1], theme);
  if (!fitted) return undefined;
  const need = Math.max(...fitted.boxes.map((b) => b.needIn));
  // Cards share one height: what the fullest needs, with some air, never more than the row allows.
  const cardH = Math.min(maxCardH, Math.max(textTop + need + PAD, Math.min(maxCardH, (body.h / rows) * (rows > 1 ? 0.9 : 0.72))));
  const gridH = rows * cardH + (rows - 1) * gapY;
  const top = body.y + Math.max(0, (body.h - gridH) / 2);
  const numFit = fitAt({ paras: [{ runs: [{ text: '00' }], font: 'title', bold: true, color: designs.card.numeral, lineSpacing: 1.15 }], w: cardW, h: numH + 0.2 }, numPt, theme);
  if (!numFit) return undefined;

  content.items.forEach((_, i) => {
    const r = Math.floor(i / cols);
    const inRow = r === rows - 1 ? n - r * cols : cols;
    // A short last row is centred under the full one.
    const rowX = body.x + ((cols - inRow) * (cardW + gapX)) / 2;
    const card: Box = { x: rowX + (i % cols) * (cardW + gapX), y: top + r * (cardH + gapY), w: cardW, h: cardH };
    const num = numeral(i + 1, designs);
    const group: GroupBox = {
      kind: 'group',
      name: `card ${i + 1}`,
      x: round(card.x), y: round(card.y), w: round(card.w), h: round(card.h),
      items: [
        shapeOf('card', card, designs.card.fill, {
          shape: designs.card.radius > 0 ? 'roundRect' : 'rect', radiusIn: designs.card.radius,
          lineColor: designs.card.borderWidthPt > 0 ? designs.card.border : undefined, lineWidthPt: designs.card.borderWidthPt,
        }),
        textBoxOf('numeral', { x: card.x + PAD - 0.1, y: card.y + PAD - 0.05, w: cardW - 2 * PAD + 0.2, h: numH }, {
          ...numFit,
          paragraphs: numFit.paragraphs.map((p) => ({ ...p, runs: [{ text: num }] })),
        }, { valign: 'top' }),
        shapeOf('band', { x: card.x + PAD, y: card.y + PAD + numH + 0.02, w: Math.min(0.5, cardW * 0.25), h: 0.05 }, designs.card.rule),
        textBoxOf('card-heading', { x: card.x + PAD - 0.1, y: card.y + textTop, w: textW, h: cardH - textTop - PAD + 0.1 }, fitted.boxes[i]),
      ],
    };
    out.push(group);
  });
  return laid(ctx, 'cards', out, runsText(ctx.slide.title));
};
