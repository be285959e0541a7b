// Big-number highlights: 1–4 figures (“XX次”, “18.4 %”, “¥42.0 M”) set large in the figure colour, each with its
// caption, side by side and centred in the body; thin rules between them.
import type { Box, GroupBox, Inline } from '../../model.js';
import type { FigureItem } from '../content-shape.js';
import { fitPreferring, fitTogether, shapeOf, textBoxOf, type BoxSpec } from '../fit-box.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { laid, titleAndLead, type Layout } from './context.js';

export interface FiguresContent {
  lead?: Inline[];
  figures: FigureItem[];
}

export const bigNumber: Layout<FiguresContent> = (content, ctx) => {
  const n = content.figures.length; // 1–4 (choose.ts)
  const { theme, designs } = ctx;
  const opened = titleAndLead(ctx, content.lead);
  if (!opened) return undefined;
  const { out, body } = opened;
  const gap = 0.3;
  const cellW = (body.w - (n - 1) * gap) / n;
  const body0 = theme.sizes.body[0];
  // Figures about 2–2.5× the body size (ppt-master's spec: 36 px on an 18 px body), one line each, one size for all.
  const figTop = Math.round(body0 * (n <= 2 ? 2.6 : 2.2));
  const figSpecs: BoxSpec[] = content.figures.map((f) => ({ w: cellW, h: body.h * 0.5, paras: [{ runs: [{ text: f.figure }], font: 'title', bold: true, color: designs.figure, align: 'c', maxLines: 1, lineSpacing: 1.1 }] }));
  const figs = fitTogether(figSpecs, figTop, body0 + 6, theme);
  if (!figs) return undefined;
  const capSpecs = (tight: boolean): BoxSpec[] => content.figures.map((f) => ({ w: Math.min(cellW, 4.2), h: body.h * 0.4, paras: [{ runs: f.caption, color: ctx.textColor, align: 'c', maxLines: tight ? 1 : 3 }] }));
  const caps = fitPreferring(capSpecs, theme.sizes.body[0], theme.sizes.minBody, theme.sizes.minBody, theme);
  if (!caps) return undefined;
  const figH = Math.max(...figs.boxes.map((b) => b.needIn));
  const capH = Math.max(...caps.boxes.map((b) => b.needIn));
  const ruleGap = 0.16;
  const total = figH + ruleGap * 2 + 0.05 + capH;
  const y = body.y + Math.max(0, (body.h - total) / 2);
  content.figures.forEach((_, i) => {
    const x = body.x + i * (cellW + gap);
    const cell: Box = { x, y, w: cellW, h: total };
    const capW = Math.min(cellW, 4.2);
    const group: GroupBox = {
      kind: 'group', name: `figure ${i + 1}`, x: round(cell.x), y: round(cell.y), w: round(cell.w), h: round(cell.h),
      items: [
        textBoxOf('figure', { x, y, w: cellW, h: figH }, figs.boxes[i], { valign: 'bottom' }),
        shapeOf('band', { x: x + cellW / 2 - 0.3, y: y + figH + ruleGap, w: 0.6, h: 0.05 }, designs.card.rule),
        textBoxOf('caption', { x: x + (cellW - capW) / 2, y: y + figH + ruleGap * 2 + 0.05, w: capW, h: capH }, caps.boxes[i]),
      ],
    };
    out.push(group);
    if (i > 0) out.push(shapeOf('band', { x: x - gap / 2 - 0.0075, y: y + 0.1, w: 0.015, h: total - 0.2 }, theme.palette.tableBorder));
  });
  return laid(ctx, 'big-number', out, runsText(ctx.slide.title));
};
