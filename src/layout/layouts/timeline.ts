// A timeline or process: 3–6 dated or ordered steps along a band — the date or step above, a dot on the band,
// the text below; each step one group.
import type { GroupBox, Inline } from '../../model.js';
import type { StepItem } from '../content-shape.js';
import { fitPreferring, fitTogether, shapeOf, textBoxOf, type BoxSpec } from '../fit-box.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { laid, titleAndLead, type Layout } from './context.js';

export interface TimelineContent {
  lead?: Inline[];
  steps: StepItem[];
}

const DOT = 0.3;

export const timeline: Layout<TimelineContent> = (content, ctx) => {
  const n = content.steps.length; // 2–6 (choose.ts)
  const { theme, designs } = ctx;
  const opened = titleAndLead(ctx, content.lead);
  if (!opened) return undefined;
  const { out, body } = opened;
  const cellW = body.w / n;
  const whenSpecs = (tight: boolean): BoxSpec[] => content.steps.map((s) => ({ w: cellW - 0.1, h: 1.2, paras: [{ runs: [{ text: s.when }], font: 'title', bold: true, color: designs.figure, align: 'c', maxLines: tight ? 1 : 2, lineSpacing: 1.15 }] }));
  const whens = fitPreferring(whenSpecs, theme.sizes.body[0] + 4, theme.sizes.minBody, theme.sizes.minBody, theme);
  if (!whens) return undefined;
  const whenH = Math.max(...whens.boxes.map((b) => b.needIn));
  const textMax = body.h - whenH - DOT - 0.5;
  const textSpecs: BoxSpec[] = content.steps.map((s) => ({ w: cellW - 0.1, h: textMax, paras: [{ runs: s.text, color: ctx.textColor, align: 'c', maxLines: 5 }] }));
  const texts = fitTogether(textSpecs, theme.sizes.body[1], theme.sizes.minBody, theme);
  if (!texts) return undefined;
  const textH = Math.max(...texts.boxes.map((b) => b.needIn));
  const total = whenH + 0.15 + DOT + 0.2 + textH;
  const y = body.y + Math.max(0, (body.h - total) / 2);
  const bandY = y + whenH + 0.15 + DOT / 2;
  out.push(shapeOf('band', { x: body.x + cellW / 2, y: bandY - 0.03, w: body.w - cellW, h: 0.06 }, designs.band));
  content.steps.forEach((_, i) => {
    const x = body.x + i * cellW;
    const group: GroupBox = {
      kind: 'group', name: `step ${i + 1}`, x: round(x + 0.05), y: round(y), w: round(cellW - 0.1), h: round(total),
      items: [
        textBoxOf('step', { x: x + 0.05, y, w: cellW - 0.1, h: whenH }, whens.boxes[i], { valign: 'bottom' }),
        shapeOf('band', { x: x + (cellW - DOT) / 2, y: bandY - DOT / 2, w: DOT, h: DOT }, designs.band, { shape: 'ellipse', lineColor: theme.palette.background, lineWidthPt: 2 }),
        textBoxOf('caption', { x: x + 0.05, y: bandY + DOT / 2 + 0.2, w: cellW - 0.1, h: textH }, texts.boxes[i]),
      ],
    };
    out.push(group);
  });
  return laid(ctx, 'timeline', out, runsText(ctx.slide.title));
};
