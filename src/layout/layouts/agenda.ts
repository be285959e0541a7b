// The 目录 as numbered blocks: a filled square with the section's numeral (01 / 一) beside each section title,
// one column for up to four entries, two columns for five to eight; the block is centred in the body area.
import type { Box, GroupBox, Inline, PlacedItem } from '../../model.js';
import { fitAt, fitTogether, shapeOf, textBoxOf, type BoxSpec } from '../fit-box.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { laid, numeral, titleAndBody, type Layout } from './context.js';

export interface AgendaContent {
  title: Inline[];
  /** Section number and title, in order. */
  entries: [number, Inline[]][];
}

export const agendaBlocks: Layout<AgendaContent> = (content, ctx) => {
  const n = content.entries.length;
  if (n < 2 || n > 8) return undefined;
  const { theme, designs } = ctx;
  const { items, body } = titleAndBody(ctx, content.title);
  const out: PlacedItem[] = [...items];
  const cols = n >= 5 ? 2 : 1;
  const rows = Math.ceil(n / cols);
  const gapX = 0.5;
  const gapY = rows > 3 ? 0.18 : 0.3;
  // One column is kept to a readable width and centred; two share the body.
  const colW = cols === 1 ? Math.min(body.w, Math.max(body.w * 0.62, 7)) : (body.w - gapX) / 2;
  const rowH = Math.min(cols === 1 ? 1.2 : 1.0, (body.h - (rows - 1) * gapY) / rows);
  const side = Math.min(0.9, rowH * 0.8);
  const textX = side + 0.3;
  const specs: BoxSpec[] = content.entries.map(([, runs]) => ({ w: colW - textX, h: rowH, paras: [{ runs, font: 'title', bold: true, color: ctx.textColor, maxLines: 2, lineSpacing: 1.15 }] }));
  const fitted = fitTogether(specs, theme.sizes.body[0] + 4, theme.sizes.minBody, theme);
  if (!fitted) return undefined;
  const numPt = Math.round(Math.min(side * 72 * 0.5, fitted.base + 6));

  const blockH = rows * rowH + (rows - 1) * gapY;
  const blockW = cols * colW + (cols - 1) * gapX;
  const x0 = body.x + (body.w - blockW) / 2;
  const y0 = body.y + Math.max(0, (body.h - blockH) / 2);
  content.entries.forEach(([sectionNo, runs], i) => {
    // Two columns read down the first, then the second (01–04 left, 05–08 right); one column has n rows.
    const c = Math.floor(i / rows);
    const r = i % rows;
    const row: Box = { x: x0 + c * (colW + gapX), y: y0 + r * (rowH + gapY), w: colW, h: rowH };
    const badge: Box = { x: row.x, y: row.y + (rowH - side) / 2, w: side, h: side };
    // The numeral at no more than half the badge's height: it always fits on one line.
    const num = fitAt({ paras: [{ runs: [{ text: numeral(sectionNo, designs) }], font: 'title', bold: true, color: designs.badge.text, align: 'c', lineSpacing: 1.1 }], w: side, h: side, inset: [0, 0, 0, 0] }, numPt, theme)!;
    const group: GroupBox = {
      kind: 'group',
      name: `agenda ${i + 1}`,
      x: round(row.x), y: round(row.y), w: round(row.w), h: round(row.h),
      items: [
        {
          ...shapeOf('numeral', badge, designs.badge.fill, { shape: designs.card.radius > 0 ? 'roundRect' : 'rect', radiusIn: Math.min(designs.card.radius, 0.08) }),
          paragraphs: num.paragraphs,
        },
        textBoxOf('agenda', { x: row.x + textX - 0.1, y: row.y, w: colW - textX + 0.1, h: rowH }, fitted.boxes[i], { valign: 'middle' }),
        shapeOf('band', { x: row.x + textX, y: row.y + rowH + Math.min(gapY / 2, 0.1) - 0.01, w: colW - textX, h: 0.015 }, theme.palette.tableBorder),
      ],
    };
    out.push(group);
  });
  return laid(ctx, 'agenda', out, runsText(content.title));
};
