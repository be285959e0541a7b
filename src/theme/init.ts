// The starting file `huibao themes init` writes: YAML that extends a theme and lists the keys people change most,
// with their current values and a comment on each, so the first edit needs no documentation.
import type { Theme, LayoutStyle, LayoutKey } from './types.js';
import { LAYOUT_KEYS } from './types.js';

export interface InitInput {
  name: string;
  /** What to write after `extends:` (a built-in name or a relative path). */
  ref: string;
  /** The JSON Schema's path relative to the new file, for the YAML language server. */
  schema: string;
  /** The theme being extended, fully resolved. */
  base: Theme;
}

const q = (s: string) => JSON.stringify(s);
const c = (hex: string) => q('#' + hex);

const PALETTE_NOTES: Record<keyof Theme['palette'], string> = {
  background: 'slide background',
  text: 'body text',
  title: 'slide titles (a layout below may override it)',
  accent: 'bars, bullets, highlights',
  accent2: 'second accent',
  accent3: 'third accent (PowerPoint theme colour accent 3)',
  accent4: 'fourth accent',
  accent5: 'fifth accent',
  accent6: 'sixth accent',
  muted: 'footer, slide number, captions',
  tableHeader: 'table header fill',
  tableHeaderText: 'table header text',
  tableZebra: 'every other table row',
  tableBorder: 'table borders',
  codeBackground: 'code block fill',
  codeText: 'code block text',
  quoteBackground: 'quote box fill',
  quoteBar: 'quote box bar',
  link: 'links',
};

/** Palette entries that usually are the accent colour: written as the role when they are. */
const FOLLOWS_ACCENT: readonly (keyof Theme['palette'])[] = ['title', 'tableHeader', 'quoteBar', 'link'];

const LAYOUT_NOTES: Record<LayoutKey, string> = {
  title: 'the title slide',
  agenda: 'the agenda (目录) slide',
  section: 'section dividers',
  content: 'ordinary slides',
  quote: 'slides holding only a quote',
  closing: 'the closing slide',
};

function layoutLines(key: LayoutKey, s: LayoutStyle): string[] {
  const out: string[] = [];
  const bg = s.background;
  if (bg?.gradient) out.push(`    background: { gradient: { from: ${c(bg.gradient.from)}, to: ${c(bg.gradient.to)}, angle: ${bg.gradient.angle} } }`);
  else if (bg?.color) out.push(`    background: { color: ${c(bg.color)} }`);
  if (s.titleColor) out.push(`    titleColor: ${c(s.titleColor)}`);
  if (s.textColor) out.push(`    textColor: ${c(s.textColor)}`);
  if (s.titleAlign) out.push(`    titleAlign: ${s.titleAlign}   # left | center`);
  if (s.titleBold !== undefined) out.push(`    titleBold: ${s.titleBold}`);
  if (!out.length) return [];
  return [`  ${(key + ':').padEnd(10)} # ${LAYOUT_NOTES[key]}`, ...out];
}

export function initThemeText({ name, ref, schema, base }: InitInput): string {
  const p = base.palette;
  const width = Math.max(...Object.keys(p).map((k) => k.length));
  // Entries that are the accent's colour are written as the role, so changing `accent` here recolours them too.
  const value = (k: keyof Theme['palette']) => (FOLLOWS_ACCENT.includes(k) && p[k] === p.accent ? 'accent' : FOLLOWS_ACCENT.includes(k) && p[k] === p.accent2 ? 'accent2' : c(p[k]!));
  const palette = (Object.keys(PALETTE_NOTES) as (keyof Theme['palette'])[])
    .filter((k) => p[k] !== undefined)
    .map((k) => `  ${(k + ':').padEnd(width + 1)} ${value(k).padEnd(10)} # ${PALETTE_NOTES[k]}`);
  const f = base.fonts;
  const s = base.sizes;
  const layouts = LAYOUT_KEYS.flatMap((k) => layoutLines(k, base.layouts[k]));
  return [
    `# yaml-language-server: $schema=${schema}`,
    `# A huibao theme. Whatever is not set here comes from ${q(ref)} — see all of it with: huibao themes show ${ref}`,
    '# Colours are "#RRGGBB" (keep the quotes: # starts a comment in YAML) or a palette role such as accent or muted.',
    '# Lengths are inches (a negative x or y counts from the right or bottom edge) or "N%" of the slide, so one theme',
    '# fits 16:9 and 4:3.',
    `# Check it (contrast, sizes, boxes) with: huibao themes check ./${name}.yaml`,
    '',
    `name: ${name}`,
    `description: ${q(`${name} (based on ${base.name})`)}`,
    `extends: ${q(ref)}`,
    '',
    '# Colours used across the deck.',
    'palette:',
    ...palette,
    '',
    '# Each font is a pair: one face for Latin letters and digits, one for Chinese. Faces that come with Windows',
    '# (Microsoft YaHei, SimHei, SimSun, FangSong, KaiTi, Arial, Calibri, Times New Roman) show the same everywhere.',
    'fonts:',
    `  title: { latin: ${q(f.title.latin)}, eastAsian: ${q(f.title.eastAsian)} }`,
    `  body:  { latin: ${q(f.body.latin)}, eastAsian: ${q(f.body.eastAsian)} }`,
    `  mono:  { latin: ${q(f.mono.latin)}, eastAsian: ${q(f.mono.eastAsian)} }`,
    '',
    '# Sizes in points. Text shrinks to fit down to the min… size, then moves onto a continuation slide.',
    'sizes:',
    `  title: ${s.title}`,
    `  body: [${s.body.join(', ')}]     # list levels 1, 2, 3 — keep 18 or more for a projector`,
    `  minBody: ${s.minBody}`,
    `  table: ${s.table}`,
    '',
    '# Section numbers when a heading has none: zh (一、) | arabic (1.) | part (Part 1 / 第一部分) | none',
    'numbering:',
    `  sections: ${base.numbering.sections}`,
    '',
    '# Per-layout look. Decorations (bars, lines) are inherited; to replace them, give a new `decorations:` list,',
    '# or `decorations: []` for none.',
    'layouts:',
    ...layouts,
    '  # A logo, e.g. on the title slide (the image path is relative to this file):',
    '  # title:',
    '  #   logo: { image: "logo.png", x: 0.6, y: 0.3, w: 1.4, h: 0.7 }',
    '',
  ].join('\n');
}
