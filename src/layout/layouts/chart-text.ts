// A chart beside its text (issue 17: "a chart next to bullets uses the columns layout"): the chart takes about
// 55 % of the width on the side it came in the Markdown, the full body height; the text flows in the rest by the
// shared fit engine, centred vertically. Drawn as the image-text design (its slide layout, its report line).
import type { Block, Box, ChartSpec, PlacedItem } from '../../model.js';
import { round } from '../geometry.js';
import { runsText } from '../units.js';
import { placeChart } from '../chart.js';
import { flowInto } from './columns.js';
import { laid, titleAndBody, type Layout } from './context.js';

export interface ChartTextContent {
  chart: ChartSpec;
  text: Block[];
  chartLeft: boolean;
}

/**
 * One chart and text that is more than a one-line lead (a list, or two or more paragraphs), nothing else. A lone
 * sentence reads better as a lead over a full-width chart (the plain flow).
 */
export function chartTextShape(blocks: readonly Block[]): ChartTextContent | undefined {
  const charts = blocks.filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
  if (charts.length !== 1) return undefined;
  const text = blocks.filter((b) => b.kind !== 'chart');
  if (text.length === 0 || text.some((b) => b.kind !== 'paragraph' && b.kind !== 'list')) return undefined;
  if (text.length === 1 && text[0].kind === 'paragraph') return undefined;
  return { chart: charts[0].chart, text, chartLeft: blocks[0] === charts[0] };
}

export const chartText: Layout<ChartTextContent> = (content, ctx) => {
  const { items, body } = titleAndBody(ctx);
  const gap = 0.35;
  const chartW = body.w * 0.56;
  const textW = body.w - chartW - gap;
  const chartSlot: Box = { x: content.chartLeft ? body.x : body.x + textW + gap, y: body.y, w: chartW, h: body.h };
  const textSlot: Box = { x: content.chartLeft ? body.x + chartW + gap : body.x, y: body.y, w: textW, h: body.h };
  const flow = flowInto(content.text, textSlot, ctx, ctx.textColor);
  if (!flow) return undefined;
  const out: PlacedItem[] = [...items, placeChart(content.chart, chartSlot.x * 72, chartSlot.y * 72, chartSlot.w * 72, chartSlot.h * 72, { theme: ctx.theme, lang: ctx.lang, textColor: ctx.textColor })];
  // The text block sits in the middle of its slot's height, level with the chart.
  const texts = flow.items.filter((i) => i.kind === 'text');
  const top = Math.min(...texts.map((t) => t.y));
  const bottom = Math.max(...texts.map((t) => t.y + t.h));
  const shift = Math.max(0, (textSlot.h - (bottom - top)) / 2 - (top - textSlot.y));
  for (const t of texts) out.push({ ...t, y: round(t.y + shift) });
  return laid(ctx, 'image-text', out, runsText(ctx.slide.title));
};
