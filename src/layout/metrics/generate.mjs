#!/usr/bin/env node
// Generates tables.ts: advance widths (1/1000 em, rounded up) of the Latin-side characters of the open fonts that
// LibreOffice substitutes for the Office fonts (fontconfig metric aliases) or falls back to. Runtime needs no fonts.
// Run: node src/layout/metrics/generate.mjs   (needs fontkit, a devDependency, and the Debian packages
// fonts-liberation, fonts-crosextra-carlito, fonts-dejavu-core, fonts-noto-cjk).
import * as fontkit from 'fontkit';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TT = '/usr/share/fonts/truetype';
const OT = '/usr/share/fonts/opentype/noto';
/** name → [file, PostScript name inside a collection]. */
const FONTS = {
  'liberation-sans': [`${TT}/liberation/LiberationSans-Regular.ttf`],
  'liberation-sans-bold': [`${TT}/liberation/LiberationSans-Bold.ttf`],
  'liberation-serif': [`${TT}/liberation/LiberationSerif-Regular.ttf`],
  'liberation-serif-bold': [`${TT}/liberation/LiberationSerif-Bold.ttf`],
  'liberation-mono': [`${TT}/liberation/LiberationMono-Regular.ttf`],
  'liberation-mono-bold': [`${TT}/liberation/LiberationMono-Bold.ttf`],
  carlito: [`${TT}/crosextra/Carlito-Regular.ttf`],
  'carlito-bold': [`${TT}/crosextra/Carlito-Bold.ttf`],
  'dejavu-sans': [`${TT}/dejavu/DejaVuSans.ttf`],
  'dejavu-sans-bold': [`${TT}/dejavu/DejaVuSans-Bold.ttf`],
  'dejavu-sans-mono': [`${TT}/dejavu/DejaVuSansMono.ttf`],
  'dejavu-sans-mono-bold': [`${TT}/dejavu/DejaVuSansMono-Bold.ttf`],
  'dejavu-serif': [`${TT}/dejavu/DejaVuSerif.ttf`],
  'dejavu-serif-bold': [`${TT}/dejavu/DejaVuSerif-Bold.ttf`],
  'noto-sans-cjk': [`${OT}/NotoSansCJK-Regular.ttc`, 'NotoSansCJKsc-Regular'],
  'noto-sans-cjk-bold': [`${OT}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKsc-Bold'],
  'noto-serif-cjk': [`${OT}/NotoSerifCJK-Regular.ttc`, 'NotoSerifCJKsc-Regular'],
  'noto-serif-cjk-bold': [`${OT}/NotoSerifCJK-Bold.ttc`, 'NotoSerifCJKsc-Bold'],
};

/** Code point ranges covered: ASCII, Latin-1, Latin Extended-A/B (pinyin tones), Greek, Cyrillic, typographic punctuation. */
const RANGES = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x384, 0x3ce], [0x400, 0x45f],
  [0x2010, 0x2027], [0x2030, 0x203a], [0x2044, 0x2044], [0x20ac, 0x20ac], [0x2103, 0x2103], [0x2116, 0x2116],
  [0x2122, 0x2122], [0x2190, 0x2193], [0x2212, 0x2212], [0x221e, 0x221e], [0x2248, 0x2248], [0x2260, 0x2260],
  [0x2264, 0x2265],
];

function open([file, ps]) {
  const f = ps ? fontkit.openSync(file).getFont(ps) : fontkit.openSync(file);
  if (!f) throw new Error(`${file}: no face ${ps}`);
  return f;
}

/** Largest kerning adjustment that widens a pair of printable ASCII characters (1/1000 em). */
function maxPositiveKern(font) {
  const chars = [];
  for (let c = 0x21; c < 0x7f; c++) chars.push(String.fromCharCode(c));
  const adv = (ch) => font.glyphForCodePoint(ch.codePointAt(0)).advanceWidth;
  let max = 0;
  for (const a of chars) for (const b of chars) {
    const run = font.layout(a + b);
    const kern = run.positions.reduce((s, p) => s + p.xAdvance, 0) - adv(a) - adv(b);
    if (kern > max) max = kern;
  }
  return Math.ceil((max * 1000) / font.unitsPerEm);
}

const SAMPLE = 'The quick brown fox jumps over the lazy dog. Work report 2024: keep the economy stable (see ' +
  'https://www.gov.cn/zhengce/2024-03/12/content.htm) and "Quality" growth; AVATAR Type, Wolf, yesterday.';
/** Net kerning over SAMPLE, in per cent of its unkerned width (negative = kerning shortens). */
function netKernPct(font) {
  const plain = [...SAMPLE].reduce((s, ch) => s + font.glyphForCodePoint(ch.codePointAt(0)).advanceWidth, 0);
  const kerned = font.layout(SAMPLE).positions.reduce((s, p) => s + p.xAdvance, 0);
  return Math.round(((kerned - plain) / plain) * 1000) / 10;
}

/** Fonts LibreOffice draws Latin text with, whose pair kerning it applies (see measure.ts kerning()). */
const KERNED = ['liberation-sans', 'liberation-serif', 'carlito', 'dejavu-sans', 'dejavu-serif'].flatMap((n) => [n, n + '-bold']);

/** Non-zero pair kerning among printable ASCII, 1/1000 em rounded up (so never more than the font takes away). */
function kernPairs(font) {
  const chars = [];
  for (let c = 0x20; c < 0x7f; c++) chars.push(String.fromCharCode(c));
  const adv = (ch) => font.glyphForCodePoint(ch.codePointAt(0)).advanceWidth;
  const out = {};
  for (const a of chars) for (const b of chars) {
    const k = font.layout(a + b).positions.reduce((s, p) => s + p.xAdvance, 0) - adv(a) - adv(b);
    const v = Math.ceil((k * 1000) / font.unitsPerEm);
    if (v) out[a + b] = v;
  }
  return out;
}

const tables = {};
const kerns = {};
const kerning = {};
for (const [name, spec] of Object.entries(FONTS)) {
  const font = open(spec);
  const widths = [];
  for (const [lo, hi] of RANGES) for (let cp = lo; cp <= hi; cp++) {
    const has = font.hasGlyphForCodePoint(cp);
    widths.push(has ? String(Math.ceil((font.glyphForCodePoint(cp).advanceWidth * 1000) / font.unitsPerEm)) : '');
  }
  tables[name] = widths.join(',');
  if (!/cjk/.test(name)) kerns[name] = [maxPositiveKern(font), netKernPct(font)];
  if (KERNED.includes(name)) kerning[name] = kernPairs(font);
  process.stderr.write(`${name}: ${font.postscriptName}, upm ${font.unitsPerEm}, kern ${kerns[name]}\n`);
}

const out = `// GENERATED by generate.mjs from the fonts in /usr/share/fonts — do not edit by hand.
// Advance widths in 1/1000 em, rounded up; '' = the font has no glyph for that code point.
// Per font: [largest widening of one ASCII pair in 1/1000 em, net kerning over a sample sentence in %]:
// ${JSON.stringify(kerns)}.
// The PowerPoint prediction ignores kerning (Arial's own pairs are unknown here; kerning shortens real text overall,
// and the few widening pairs — Q/, g/, -J — add at most ~0.07 em). The LibreOffice prediction applies KERNING, the
// pairs LibreOffice itself applies with these fonts.

/** Inclusive code point ranges, in the order the widths are listed. */
export const RANGES: ReadonlyArray<readonly [number, number]> = ${JSON.stringify(RANGES)};

export const TABLES: Readonly<Record<string, string>> = {
${Object.entries(tables).map(([k, v]) => `  '${k}':\n    '${v}',`).join('\n')}
};

/** Pair kerning (first + second character → 1/1000 em, rounded up) among printable ASCII. */
export const KERNING: Readonly<Record<string, Readonly<Record<string, number>>>> = {
${Object.entries(kerning).map(([k, v]) => `  '${k}': ${JSON.stringify(v)},`).join('\n')}
};
`;
writeFileSync(fileURLToPath(new URL('./tables.ts', import.meta.url)), out);
process.stderr.write('wrote tables.ts\n');
