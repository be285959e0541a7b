// Parallel points as cards (一要/二要/三要, First/Second/Third): 2–4 in a row (4 in a 2×2 grid when a row is too
// narrow for them), 5–6 in a 2×3 grid. Each card is one
// group — its face, its number, a short rule, its heading and text — so it moves as one in PowerPoint.
import type { Box, GroupBox, Inline } from '../../model.js';
import { fitAt, fitTogether, shapeOf, textBoxOf, type BoxSpec, type FittedBox } from '../fit-box.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { laid, numeral, titleAndLead, type Layout } from './context.js';

export interface CardsContent {
  lead?: Inline[];
  items: { head?: Inline[]; body: Inline[] }[];
}

/** Inner padding of a card, inches. */
const PAD = 0.2;
/** A card's text is a few lines; more is a bullet list in disguise. */
const MAX_BODY_LINES = 5;

export const cards: Layout<CardsContent> = (content, ctx) => {
  const n = content.items.length; // 2–6 (choose.ts)
  const { designs } = ctx;
  const opened = titleAndLead(ctx, content.lead);
  if (!opened) return undefined;
  const { out, body } = opened;

  // Four cards sit in a row when their headings fit on one line there, else in a 2×2 grid (a narrow 4:3 slide,
  // long English heads) before the layout would give up and fall back to bullets.
  const arrangements = n === 4 ? [4, 2] : [Math.min(n, 3)];
  // Headings on one line come first: in the row at the theme's second size or more, then in the grid down to the
  // floor (a grid with one-line heads reads better than a row of heads broken after five characters).
  const tries = arrangements.map((cols, i) => ({ cols, tight: true, floor: i === 0 ? 'second' as const : 'floor' as const }))
    .concat(arrangements.map((cols) => ({ cols, tight: false, floor: 'floor' as const })));
  let grid: Grid | undefined;
  for (const t of tries) {
    grid = arrange(content, ctx, body, t.cols, t.tight, t.floor);
    if (grid) break;
  }
  if (!grid) return undefined;
  const { cols, rows, cardW, cardH, gapX, gapY, numPt, numH, textTop, textW, fitted } = grid;
  const gridH = rows * cardH + (rows - 1) * gapY;
  const top = body.y + Math.max(0, (body.h - gridH) / 2);

  content.items.forEach((_, i) => {
    const r = Math.floor(i / cols);
    const inRow = r === rows - 1 ? n - r * cols : cols;
    // A short last row is centred under the full one.
    const rowX = body.x + ((cols - inRow) * (cardW + gapX)) / 2;
    const card: Box = { x: rowX + (i % cols) * (cardW + gapX), y: top + r * (cardH + gapY), w: cardW, h: cardH };
    // The number: a large numeral in the accent colour (one line: the card is far wider than two digits).
    const num = fitAt({ paras: [{ runs: [{ text: numeral(i + 1, designs) }], font: 'title', bold: true, color: designs.card.numeral, lineSpacing: 1.15 }], w: cardW, h: numH + 0.2 }, numPt, ctx.theme)!;
    const group: GroupBox = {
      kind: 'group',
      name: `card ${i + 1}`,
      x: round(card.x), y: round(card.y), w: round(card.w), h: round(card.h),
      items: [
        shapeOf('card', card, designs.card.fill, {
          shape: designs.card.radius > 0 ? 'roundRect' : 'rect', radiusIn: designs.card.radius,
          lineColor: designs.card.borderWidthPt > 0 ? designs.card.border : undefined, lineWidthPt: designs.card.borderWidthPt,
        }),
        textBoxOf('numeral', { x: card.x + PAD - 0.1, y: card.y + PAD - 0.05, w: cardW - 2 * PAD + 0.2, h: numH }, num),
        shapeOf('band', { x: card.x + PAD, y: card.y + PAD + numH + 0.02, w: Math.min(0.5, cardW * 0.25), h: 0.05 }, designs.card.rule),
        textBoxOf('card-heading', { x: card.x + PAD - 0.1, y: card.y + textTop, w: textW, h: cardH - textTop - PAD + 0.1 }, fitted.boxes[i]),
      ],
    };
    out.push(group);
  });
  return laid(ctx, 'cards', out, runsText(ctx.slide.title));
};

interface Grid {
  cols: number;
  rows: number;
  cardW: number;
  cardH: number;
  gapX: number;
  gapY: number;
  numPt: number;
  numH: number;
  textTop: number;
  textW: number;
  fitted: { base: number; boxes: FittedBox[] };
}

/** The cards in `cols` columns, fitted: headings on one line (`tight`) or on two, down to the theme's second size or its floor. */
function arrange(content: CardsContent, ctx: Parameters<Layout<CardsContent>>[1], body: Box, cols: number, tight: boolean, floor: 'second' | 'floor'): Grid | undefined {
  const { theme, designs } = ctx;
  const n = content.items.length;
  const rows = Math.ceil(n / cols);
  const gapX = Math.min(0.4, Math.max(0.22, body.w * 0.025));
  const gapY = 0.25;
  const cardW = (body.w - (cols - 1) * gapX) / cols;
  const maxCardH = (body.h - (rows - 1) * gapY) / rows;
  // The number's size and box height, then a short rule.
  const numPt = Math.min(36, Math.max(theme.sizes.minBody + 6, Math.round(theme.sizes.body[0] * (rows > 1 ? 1.2 : 1.5))));
  const numH = (Math.ceil(numPt * 1.15) + 8) / 72;
  const ruleGap = 0.12;
  const textTop = PAD + numH + ruleGap + 0.1;
  const textW = cardW - 2 * PAD + 0.2; // the text box's own insets sit inside the padding
  const specs: BoxSpec[] = content.items.map((it) => ({
    w: textW,
    h: maxCardH - textTop - PAD + 0.1,
    paras: [
      ...(it.head ? [{ runs: it.head, font: 'title' as const, bold: true, plus: 4, color: designs.card.heading, maxLines: tight ? 1 : 2, lineSpacing: 1.15 }] : []),
      { runs: it.body, color: designs.card.text, maxLines: MAX_BODY_LINES, spaceBeforeEm: 0.35 },
    ],
  }));
  const top = theme.sizes.body[0];
  const fitted = fitTogether(specs, top, floor === 'second' ? Math.max(theme.sizes.minBody, theme.sizes.body[1]) : theme.sizes.minBody, theme);
  if (!fitted) return undefined;
  const need = Math.max(...fitted.boxes.map((b) => b.needIn));
  // Cards share one height: what the fullest needs, with some air, never more than the row allows.
  const cardH = Math.min(maxCardH, Math.max(textTop + need + PAD, Math.min(maxCardH, (body.h / rows) * (rows > 1 ? 0.9 : 0.72))));
  return { cols, rows, cardW, cardH, gapX, gapY, numPt, numH, textTop, textW, fitted };
}
