// One short sentence set large and centred in the body, under a short accent rule: the slide is the sentence.
import type { Inline, PlacedItem } from '../../model.js';
import { fitTogether, shapeOf, textBoxOf } from '../fit-box.js';
import { runsText } from '../units.js';
import { laid, titleAndBody, type Layout } from './context.js';

export interface StatementContent {
  runs: Inline[];
  /** The sentence is the slide's title (a title-only slide): it is set as the statement, with no title above. */
  isTitle?: boolean;
}

export const statement: Layout<StatementContent> = ({ runs, isTitle }, ctx) => {
  const { theme, designs } = ctx;
  // A title-only slide is set like a section page (its background, its title colour, its title region).
  const { items, body } = isTitle ? { items: [], body: ctx.sectionRegion } : titleAndBody(ctx);
  const color = isTitle ? ctx.sectionTitleColor : designs.statement;
  const w = Math.min(body.w, Math.max(body.w * 0.8, 6));
  const spec = { w, h: body.h - 0.4, paras: [{ runs, font: 'title' as const, color, align: 'c' as const, maxLines: 4, lineSpacing: 1.25 }] };
  const top = Math.max(theme.sizes.body[0] + 8, Math.round(theme.sizes.title * 1.15));
  const f = fitTogether([spec], top, theme.sizes.body[0], theme);
  if (!f) return undefined;
  const need = f.boxes[0].needIn;
  const y = body.y + (body.h - need) / 2;
  const out: PlacedItem[] = [
    ...items,
    ...(isTitle ? [] : [shapeOf('band', { x: body.x + (body.w - 0.8) / 2, y: y - 0.3, w: 0.8, h: 0.06 }, designs.card.rule)]),
    textBoxOf(isTitle ? 'title' : 'statement', { x: body.x + (body.w - w) / 2, y, w, h: need }, f.boxes[0], { valign: 'middle' }),
  ];
  const slide = laid(ctx, 'statement', out, runsText(ctx.slide.title ?? runs));
  return isTitle ? { ...slide, layout: 'section' } : slide;
};
