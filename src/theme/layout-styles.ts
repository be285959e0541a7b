// How the designed layouts look (cards, numbered agenda blocks, section numerals, big figures, bands,
// statements): a theme's optional `designs` section. Every colour is a palette role ("accent", "accent2",
// "muted"…) or a hex value; what a theme leaves out is derived from its palette here, in one place, choosing
// the first role that reads (≥ 4.5:1) on what sits behind it — so every existing and user theme gets every
// layout without writing anything.
import { z } from 'zod';
import { contrastRatio, mix } from './contrast.js';
import type { Color, Theme } from './types.js';

/**
 * The `designs` section (every key optional, in a complete theme too: defaults come from the palette). schema.ts
 * passes its colour-or-role rule in (this module must not import schema.ts: schema.ts builds its schema on load);
 * roles named here are resolved with the rest of the theme's (roles.ts).
 */
export function makeDesignsSchema(c: () => z.ZodType<string>) {
  return z
    .strictObject({
      numerals: z.enum(['arabic', 'zh']).optional().describe('Numbers on agenda blocks, section pages and cards: arabic (01 02 03, the default) or zh (一 二 三; English decks use arabic)'),
      card: z
        .strictObject({
          fill: c().optional().describe('Card face (default quoteBackground)'),
          border: c().optional().describe('Card outline (default tableBorder)'),
          borderWidthPt: z.number().min(0).max(6).optional().describe('Outline width in points (default 0.75; 0 = none)'),
          radius: z.number().min(0).max(1).optional().describe('Corner radius in inches (default 0.08; 0 = square)'),
          numeral: c().optional().describe('Card number colour (default: the first of accent, title, text that reads on the card)'),
          rule: c().optional().describe('The short rule under the number (default accent)'),
          heading: c().optional().describe('Card heading colour (default: title, else text)'),
          text: c().optional().describe('Card text colour (default text)'),
        })
        .optional(),
      badge: z
        .strictObject({
          fill: c().optional().describe('Numbered agenda block fill (default accent)'),
          text: c().optional().describe('Its numeral (default: background, else white or black, whichever reads)'),
        })
        .optional(),
      figure: c().optional().describe('Big-number figures (default: the first of accent, accent2, title, text that reads on the background)'),
      numeral: c().optional().describe('The large numeral on section pages (default: the first of accent2, accent, the section title colour that reads there)'),
      band: c().optional().describe('Timeline and process band (default accent)'),
      statement: c().optional().describe('A one-sentence statement slide (default: title, else text)'),
    })
    .describe('How the designed layouts look: cards, numbered blocks, section numerals, big figures, bands, statements');
}

export interface DesignStyles {
  numerals: 'arabic' | 'zh';
  card: { fill: Color; border?: Color; borderWidthPt: number; radius: number; numeral: Color; rule: Color; heading: Color; text: Color };
  badge: { fill: Color; text: Color };
  figure: Color;
  /** Section numeral colour (readable on the section background). */
  numeral: Color;
  band: Color;
  bandText: Color;
  statement: Color;
}

export const MIN_CONTRAST = 4.5;

/** The first candidate that reads (≥ 4.5:1) on every background; else the one that reads best. */
export function readable(candidates: readonly Color[], backgrounds: readonly Color[]): Color {
  const worst = (c: Color) => Math.min(...backgrounds.map((b) => contrastRatio(c, b)));
  for (const c of candidates) if (worst(c) + 1e-9 >= MIN_CONTRAST) return c;
  return [...candidates, '000000', 'FFFFFF'].reduce((a, b) => (worst(b) > worst(a) ? b : a));
}

/** The colours a layout's background can show (solid, or both gradient ends and the middle). */
export function backgroundsOf(theme: Theme, layout: keyof Theme['layouts']): Color[] {
  const bg = theme.layouts[layout]?.background;
  if (bg?.gradient) return [bg.gradient.from, mix(bg.gradient.from, bg.gradient.to, 0.5), bg.gradient.to];
  return [bg?.color ?? theme.palette.background];
}

const cache = new WeakMap<Theme, DesignStyles>();

/** The theme's design styles with every default filled in, as hex colours. */
export function designStyles(theme: Theme, lang = 'zh'): DesignStyles {
  const key = lang.startsWith('zh');
  const hit = cache.get(theme);
  if (hit && (hit as DesignStyles & { zh?: boolean }).zh === key) return hit;
  const p = theme.palette;
  const d: DesignsInput = theme.designs ?? {};
  // Roles are resolved when a theme file is loaded; an in-memory theme may still name one.
  const col = (v: string | undefined): Color | undefined => (v === undefined ? undefined : v in p ? (p as Record<string, Color>)[v] : v);
  const content = backgroundsOf(theme, 'content');
  const cardFill = col(d.card?.fill) ?? p.quoteBackground;
  const badgeFill = col(d.badge?.fill) ?? p.accent;
  const section = theme.layouts.section;
  const sectionBgs = backgroundsOf(theme, 'section');
  const bandFill = col(d.band) ?? p.accent;
  const out: DesignStyles & { zh?: boolean } = {
    numerals: key && d.numerals === 'zh' ? 'zh' : 'arabic',
    card: {
      fill: cardFill,
      border: col(d.card?.border) ?? p.tableBorder,
      borderWidthPt: d.card?.borderWidthPt ?? 0.75,
      radius: d.card?.radius ?? 0.08,
      numeral: col(d.card?.numeral) ?? readable([p.accent, p.title, p.text], [cardFill]),
      rule: col(d.card?.rule) ?? p.accent,
      heading: col(d.card?.heading) ?? readable([p.title, p.text], [cardFill]),
      text: col(d.card?.text) ?? readable([p.text, p.title], [cardFill]),
    },
    badge: { fill: badgeFill, text: col(d.badge?.text) ?? readable([p.background, 'FFFFFF', '000000'], [badgeFill]) },
    figure: col(d.figure) ?? readable([p.accent, p.accent2, p.title, p.text], content),
    numeral: col(d.numeral) ?? readable([section.accentColor ?? p.accent2, p.accent, section.titleColor ?? p.title, section.textColor ?? p.text], sectionBgs),
    band: bandFill,
    bandText: readable([p.background, 'FFFFFF', '000000'], [bandFill]),
    statement: col(d.statement) ?? readable([p.title, p.text], content),
    zh: key,
  };
  cache.set(theme, out);
  return out;
}

export type DesignsInput = z.output<ReturnType<typeof makeDesignsSchema>>;

/** A text colour of the designed layouts and what it sits on: a fill, or a region of a layout (for `themes check`). */
export interface DesignPair {
  key: string;
  what: string;
  fg: Color;
  on: Color | { layout: 'content' | 'section'; region: 'title' | 'body' };
}

/** Every text colour the designed layouts use, with what is behind it (the checker adds the slide's own colours). */
export function designPairs(theme: Theme): DesignPair[] {
  const d = designStyles(theme);
  const key = (k: string, set: unknown) => (set === undefined ? `designs.${k} (default)` : `designs.${k}`);
  const own = theme.designs ?? {};
  return [
    { key: key('card.text', own.card?.text), what: 'card text', fg: d.card.text, on: d.card.fill },
    { key: key('card.heading', own.card?.heading), what: 'card headings', fg: d.card.heading, on: d.card.fill },
    { key: key('card.numeral', own.card?.numeral), what: 'card numbers', fg: d.card.numeral, on: d.card.fill },
    { key: key('badge.text', own.badge?.text), what: 'agenda numerals', fg: d.badge.text, on: d.badge.fill },
    { key: key('figure', own.figure), what: 'big-number figures and timeline dates', fg: d.figure, on: { layout: 'content', region: 'body' } },
    { key: key('statement', own.statement), what: 'statements', fg: d.statement, on: { layout: 'content', region: 'body' } },
    { key: key('numeral', own.numeral), what: 'section numerals', fg: d.numeral, on: { layout: 'section', region: 'title' } },
  ];
}
