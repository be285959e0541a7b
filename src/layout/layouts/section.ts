// A section page: the section's numeral set large (the agenda's numbering: 01 or 一) above the title, both inside
// the theme's section title region (where its decorations frame the title), aligned as the theme aligns it.
import type { Inline, PlacedItem } from '../../model.js';
import { fitTitle, titleBox } from '../titles.js';
import { fitAt, textBoxOf } from '../fit-box.js';
import { laid, numeral, type Layout } from './context.js';
import { round } from '../geometry.js';

export interface SectionContent {
  number: number;
  title: Inline[];
}

export const sectionNumeral: Layout<SectionContent> = (content, ctx) => {
  const { theme, designs, titleRegion: t } = ctx;
  const align = ctx.titleAlign;
  // The title first (up to three lines in the lower part), the numeral takes what is left above it, within limits.
  const titleH = t.h * 0.5;
  const tf = fitTitle({ runs: content.title, faces: theme.fonts.title, mono: theme.fonts.mono, maxPt: theme.sizes.section, minPt: theme.sizes.minTitle, maxLines: 3, box: { ...t, h: titleH }, lineSpacing: 1.15, bold: ctx.titleBold });
  const need = Math.max(tf.needIn, 0.6);
  const numH = Math.min(1.6, t.h - need - 0.05);
  if (numH < 0.8) return undefined;
  const text = numeral(content.number, designs);
  const numPt = Math.min(96, Math.floor((numH * 72 - 6) / 1.1));
  const fit = fitAt({ paras: [{ runs: [{ text }], font: 'title', bold: true, color: designs.numeral, align, lineSpacing: 1.1 }], w: t.w, h: numH, inset: [7.2, 0, 7.2, 0] }, numPt, theme);
  if (!fit) return undefined;
  // The pair and the 0.05 in between them are centred in the region (a title that needs half of it ends on its foot).
  const y0 = t.y + (t.h - numH - 0.05 - need) / 2;
  const items: PlacedItem[] = [
    textBoxOf('section-number', { x: t.x, y: y0, w: t.w, h: numH }, fit, { valign: 'bottom', insetPt: [7.2, 0, 7.2, 0] }),
    titleBox('title', tf, { x: t.x, w: t.w, y: round(y0 + numH + 0.05), h: round(need) }, { color: ctx.titleColor, align, bold: ctx.titleBold, valign: 'top' }),
  ];
  const title = content.title.map((r) => r.text).join('');
  return { ...laid(ctx, 'section', items, title), sectionTitle: title };
};
