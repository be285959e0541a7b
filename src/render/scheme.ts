// The theme inside the file: ppt/theme/theme1.xml gets the huibao theme's colour scheme and name, and every colour
// a slide, layout or master draws that equals a scheme slot is written as that scheme colour (a:schemeClr), so
// Design › Variants › Colors in PowerPoint (or a changed theme part) recolours the deck. The resolved Theme and the
// laid-out model keep hex colours everywhere; this file is the one place that maps them to slots.
import type { Theme } from '../theme/types.js';
import { xmlEscape } from './txbody.js';

export const SCHEME_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type SchemeSlot = (typeof SCHEME_SLOTS)[number];

/**
 * The theme's colour scheme: dk1/lt1 = text/background, dk2 = titles, lt2 = the light table band, accent1–6 =
 * accent, accent2 and accent3–6 (when the palette has no accent3–6: table header, quote bar, muted, table border),
 * hlink/folHlink = links.
 */
export function schemeColors(theme: Theme): Record<SchemeSlot, string> {
  const p = theme.palette as Theme['palette'] & Partial<Record<'accent3' | 'accent4' | 'accent5' | 'accent6', string>>;
  return {
    dk1: p.text,
    lt1: p.background,
    dk2: p.title,
    lt2: p.tableZebra,
    accent1: p.accent,
    accent2: p.accent2,
    accent3: p.accent3 ?? p.tableHeader,
    accent4: p.accent4 ?? p.quoteBar,
    accent5: p.accent5 ?? p.muted,
    accent6: p.accent6 ?? p.tableBorder,
    hlink: p.link,
    folHlink: p.link,
  };
}

/** How a slot is named in slide XML: the text/background slots through the master's colour map (tx1, bg1, …). */
const MAPPED: Record<SchemeSlot, string> = {
  dk1: 'tx1', lt1: 'bg1', dk2: 'tx2', lt2: 'bg2',
  accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6',
  hlink: 'hlink', folHlink: 'folHlink',
};

/** When two slots share a colour, the first here wins: text and background, the accents, then titles and bands. */
const PRIORITY: readonly SchemeSlot[] = ['dk1', 'lt1', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'dk2', 'lt2', 'hlink'];

/** Hex colour → the scheme colour name slides use for it. */
export function schemeMap(theme: Theme): Map<string, string> {
  const colors = schemeColors(theme);
  const out = new Map<string, string>();
  for (const slot of PRIORITY) if (!out.has(colors[slot].toUpperCase())) out.set(colors[slot].toUpperCase(), MAPPED[slot]);
  return out;
}

/** Every `a:srgbClr` whose colour is a scheme slot's becomes that `a:schemeClr` (children such as alpha kept). */
export function toSchemeColors(xml: string, map: ReadonlyMap<string, string>): string {
  return xml.replace(/<a:srgbClr val="([0-9A-Fa-f]{6})"(\/>|>([\s\S]*?)<\/a:srgbClr>)/g, (m, hex: string, _end: string, inner: string | undefined) => {
    const slot = map.get(hex.toUpperCase());
    if (!slot) return m;
    return inner === undefined ? `<a:schemeClr val="${slot}"/>` : `<a:schemeClr val="${slot}">${inner}</a:schemeClr>`;
  });
}

/** theme1.xml with the theme's name and colour scheme (fonts: themeFonts in postprocess.ts). */
export function themeColorsXml(xml: string, theme: Theme): string {
  const colors = schemeColors(theme);
  const name = xmlEscape(`huibao ${theme.name}`);
  const slots = SCHEME_SLOTS.map((s) => `<a:${s}><a:srgbClr val="${colors[s].toUpperCase()}"/></a:${s}>`).join('');
  return xml
    .replace(/(<a:theme\b[^>]*?\sname=")[^"]*"/, `$1${name}"`)
    .replace(/<a:clrScheme name="[^"]*">[\s\S]*?<\/a:clrScheme>/, `<a:clrScheme name="${name}">${slots}</a:clrScheme>`)
    .replace(/<a:fontScheme name="[^"]*">/, `<a:fontScheme name="${name}">`);
}
