// A chart beside its text (issue 17: "a chart next to bullets uses the columns layout"): the chart takes about
// 55 % of the width on the side it came in the Markdown, the full body height; the text flows in the rest by the
// shared fit engine, centred vertically. Drawn as the image-text design (its slide layout, its report line).
import type { Block, ChartSpec, PlacedItem } from '../../model.js';
import { runsText } from '../units.js';
import { placeChart } from '../chart.js';
import { besideText } from './image-text.js';
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
  // The text block sits in the middle of its slot's height, level with the chart.
  const split = besideText(body, 0.56, 0.35, content.chartLeft, content.text, ctx);
  if (!split) return undefined;
  const slot = split.visual;
  const out: PlacedItem[] = [...items, placeChart(content.chart, slot.x * 72, slot.y * 72, slot.w * 72, slot.h * 72, { theme: ctx.theme, lang: ctx.lang, textColor: ctx.textColor }), ...split.texts];
  return laid(ctx, 'image-text', out, runsText(ctx.slide.title));
};
