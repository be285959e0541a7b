// Text width without a renderer: precomputed advance widths (metrics/tables.ts) of the fonts each renderer draws with,
// 1 em for CJK, LibreOffice's Asian/Western gap, and a small safety factor, so a prediction errs towards "wider".
// Two views of every face: what LibreOffice (our checker, fonts substituted by fontconfig) draws, and what PowerPoint
// draws with the real Office font (its metric-compatible clone, or an upper bound where none exists).
import { kernTable, latinKind, latinTable, maxOf, type Renderer } from './metrics/fonts.js';

export { latinKind, type Renderer };

export interface FontFaces { latin: string; eastAsian: string }
export interface TextStyle { faces: FontFaces; sizePt: number; bold?: boolean }

/**
 * Safety factors on widths narrower than 1 em, per renderer (a multiplier; CJK gets none). Justified by
 * `node bench/measure-agreement.mjs --audit`, which compares ~1500 lines LibreOffice 7.4 rendered with the model:
 * - LibreOffice: modelled exactly (size and every advance on its 600 dpi grid, its pair kerning), no line came out
 *   more than 0.12 % wider than predicted, so 0.15 %.
 * - PowerPoint: Arial/Times/Calibri have the same advances as their clones; what we cannot measure is its rounding.
 *   LibreOffice's unmodelled per-glyph rounding made lines up to 0.32 % wider, so allow 0.4 %. Kerning, which
 *   PowerPoint applies here (kern="1200" in the pptxgenjs masters) and the PowerPoint model ignores, only adds slack.
 * A CJK character is exactly 1 em in both; any margin there would cost a character per line whenever a box is a whole
 * number of ems wide (PowerPoint fits 10 ideographs in 10 em, and so does LibreOffice when the size is on its grid).
 */
export const SAFETY = { lo: 1.0015, ppt: 1.004 } as const;

/** LibreOffice lays text out at 600 dpi: the font size in whole pixels (14 pt draws at 117 px = 14.04 pt). */
export function libreOfficePpem(sizePt: number): number {
  return Math.max(1, Math.round((sizePt * 600) / 72));
}

/** The size LibreOffice actually draws at, in points. */
export function libreOfficeSizePt(sizePt: number): number {
  return (libreOfficePpem(sizePt) * 72) / 600;
}

// ---- character classes ------------------------------------------------------------------------------------------

/** Code points drawn 1 em wide: CJK, kana, hangul, full-width forms, CJK punctuation, emoji. */
export function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) || (cp >= 0xfe30 && cp <= 0xfe6f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/**
 * East-Asian-ambiguous punctuation that Chinese fonts draw full width (“”‘’ — ― … ‥ · ※ ℃ №): 1 em whatever the Latin
 * face, because with lang zh-CN the renderer may take the East Asian font for them (PowerPoint does; LibreOffice
 * does after CJK text).
 */
const FULL_WIDTH_AMBIGUOUS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2014, 0x2015, 0x2026, 0x2025, 0x00b7, 0x203b, 0x2103, 0x2116]);

/**
 * Zero-advance code points from DENSE up: zero-width spaces and joiners, word joiner, BOM, variation selectors (the
 * combining marks U+0300–U+036F and the soft hyphen are below DENSE: the constructor zeroes them in the flat array).
 */
function isZeroWidth(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A tab jumps to the next default tab stop (1 inch in PowerPoint): 6 em is at least that from 12 pt up. */
const TAB_EM = 6;
/**
 * Unknown characters (other scripts, symbols not in the tables): as wide as a CJK character, the safe guess. CJK and
 * the other wide characters are in no table either (metrics/tables.ts RANGES end at U+2265): 1 em the same way.
 */
const UNKNOWN_EM = 1;
/** Widths a cache keeps before it starts again (a long deck measures a few thousand words at a few sizes). */
const WIDTHS_KEPT = 50_000;

/** `cache`'s value for `key`, computed on a miss; a cache holding more than `limit` entries is emptied first. */
export function remember<V>(cache: Map<string, V>, key: string, limit: number, compute: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute();
    if (cache.size > limit) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Code points below this have their widths in flat arrays. */
export const DENSE = 0x460;

/**
 * Per-code-point widths in em for one Latin face, weight and renderer. Tables hold the fonts' own widths; the safety
 * factor is applied on the way out (to everything narrower than 1 em).
 */
export class Metrics {
  private readonly dense = new Float64Array(DENSE);
  private readonly sparse = new Map<number, number>();
  private readonly cache = new Map<string, number>();
  /** The Latin font's own widths, for characters LibreOffice sets in the Latin font. */
  private readonly latinOnly = new Map<number, number>();
  /** Pair kerning in em, indexed first * 128 + second (printable ASCII only). */
  private readonly kerning: Float32Array | null;
  private readonly safety: number;
  /** LibreOffice widths at a pixel size, for code points below DENSE: [as Latin script, as Asian script]. */
  private readonly loDense = new Map<number, [Float64Array, Float64Array]>();

  constructor(latinFace: string, bold: boolean, renderer: Renderer) {
    const kind = latinKind(latinFace);
    const latin = latinTable(kind, latinFace, bold, renderer);
    this.kerning = kernTable(kind, latinFace, bold, renderer);
    this.safety = SAFETY[renderer];
    // Non-ASCII punctuation and symbols may be drawn with the East Asian font (PowerPoint with lang zh-CN, LibreOffice
    // after CJK text): never narrower than that font's glyph. ASCII always takes the Latin font in PowerPoint, and in
    // LibreOffice everything but the space is Latin script.
    const b = bold ? '-bold' : '';
    const ea = maxOf(['noto-sans-cjk' + b, 'noto-serif-cjk' + b]);
    // The renderer sets “”‘’…—· in the East Asian face even where LibreOffice resolves them to Latin script: 1 em
    // (one the face lacks is unknown, 1 em as well).
    for (const [cp, w] of latin) if (!FULL_WIDTH_AMBIGUOUS.has(cp)) this.latinOnly.set(cp, w);
    this.dense.fill(UNKNOWN_EM);
    for (const [cp, w] of latin) {
      let em = w;
      if (FULL_WIDTH_AMBIGUOUS.has(cp)) em = 1;
      else if (cp > 0x7e && !LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) em = Math.max(w, ea.get(cp) ?? 0);
      if (cp < DENSE) this.dense[cp] = em;
      else this.sparse.set(cp, em);
    }
    this.dense[9] = TAB_EM;
    for (let cp = 0; cp < 0x20; cp++) if (cp !== 9) this.dense[cp] = 0;
    for (let cp = 0x300; cp <= 0x36f; cp++) this.dense[cp] = 0;
    this.dense[0xad] = 0;
    this.latinOnly.delete(0xad); // the soft hyphen is invisible in Latin script too (the face's table has its glyph)
  }

  private rawEm(cp: number): number {
    if (cp < DENSE) return this.dense[cp];
    return this.sparse.get(cp) ?? (isZeroWidth(cp) ? 0 : UNKNOWN_EM);
  }

  private safe(em: number): number {
    return em < 1 ? em * this.safety : em;
  }

  /** Width of one code point in em, safety included. */
  charEm(cp: number): number {
    return this.safe(this.rawEm(cp));
  }

  /**
   * LibreOffice: a character is drawn in the font of the script it resolved to — a weak one (space, symbols) takes
   * its neighbour's, so a space after a word is the Latin font's — and its advance is rounded to whole pixels of
   * `ppem` (LibreOffice lays out at 600 dpi; measured, this brings every line within 0.12 %).
   */
  loCharEm(cp: number, script: number, ppem: number): number {
    if (cp < DENSE) return this.loTables(ppem)[script === LATIN ? 0 : 1][cp];
    return this.onGrid(script === LATIN ? (this.latinOnly.get(cp) ?? this.rawEm(cp)) : this.rawEm(cp), ppem);
  }

  /** An advance rounded to whole pixels of `ppem`, safety included (1 em stays exactly 1). */
  private onGrid(em: number, ppem: number): number {
    return this.safe(Math.round(em * ppem) / ppem);
  }

  /** loCharEm for every code point below DENSE at one pixel size: [as Latin script, as Asian or complex script]. */
  loTables(ppem: number): [Float64Array, Float64Array] {
    let d = this.loDense.get(ppem);
    if (!d) {
      d = [this.dense.map((em, c) => this.onGrid(this.latinOnly.get(c) ?? em, ppem)), this.dense.map((em) => this.onGrid(em, ppem))];
      this.loDense.set(ppem, d);
    }
    return d;
  }

  /** charEm for every code point below DENSE. */
  get table(): Float64Array {
    if (!this.safeDense) this.safeDense = this.dense.map((em) => this.safe(em));
    return this.safeDense;
  }
  private safeDense: Float64Array | undefined;

  /** True when kernEm can be non-zero. */
  get kerns(): boolean {
    return this.kerning !== null;
  }

  /** Kerning in em between two adjacent ASCII characters of one run, in whole pixels (LibreOffice only, else 0). */
  kernEm(a: number, b: number, ppem: number): number {
    const k = this.kerning && a < 128 && b < 128 ? this.kerning[a * 128 + b] : 0;
    return k && Math.round(k * ppem) / ppem;
  }

  /** Width of a string in em, safety included (cached: layout measures the same words at many sizes). */
  textEm(text: string): number {
    return remember(this.cache, text, WIDTHS_KEPT, () => {
      let w = 0;
      for (const ch of text) w += this.charEm(ch.codePointAt(0)!);
      return w;
    });
  }
}

// ---- LibreOffice's space between Asian and Western text ---------------------------------------------------------

/**
 * LibreOffice widens every change between Asian and non-Asian script ("Asian/Western spacing", on by default and not
 * switchable from DrawingML) by about a fifth of the text height: measured 0.234–0.244 em for Arial and Times New Roman
 * at 12–54 pt, whichever side is Asian — 0.24 em, give or take a step of its 0.12 pt grid. PowerPoint adds nothing
 * there; only the LibreOffice prediction counts it.
 */
export function scriptGapEm(sizePt: number): number {
  return 0.24 + 0.06 / sizePt;
}

export const WEAK = 0;
export const LATIN = 1;
export const ASIAN = 2;
export const COMPLEX = 3;

/** LibreOffice's script class of a code point (i18npool BreakIteratorImpl::getScriptClass, by Unicode block). */
export function scriptClass(cp: number): number {
  if (cp === 0x20 || cp === 0xa0 || cp < 0x20 || cp === 0x2ca || cp === 0x2cb || cp === 0x2c7 || cp === 0x2d9) return WEAK;
  if (cp < 0x300) return LATIN; // Basic Latin … Spacing Modifier Letters: ASCII digits and punctuation included
  if (cp < 0x370) return WEAK; // combining marks
  if (cp < 0x590) return LATIN; // Greek, Cyrillic, Armenian
  if (cp < 0x10a0) return COMPLEX;
  if (cp < 0x1100) return LATIN;
  if (cp < 0x1200) return ASIAN;
  if (cp < 0x13a0) return COMPLEX; // Ethiopic
  if (cp < 0x1700) return LATIN; // Cherokee … Runic
  if (cp >= 0x1780 && cp < 0x18b0) return COMPLEX; // Khmer, Mongolian
  if (cp >= 0x1e00 && cp < 0x2000) return LATIN;
  if ((cp >= 0xfb50 && cp < 0xfe00) || (cp >= 0xfe70 && cp <= 0xfeff)) return COMPLEX; // Arabic presentation forms, U+FEFF too
  // Latin Extended-C and -D (with Coptic) before the Asian blocks: Extended-D sits inside U+2E80–U+D7AF.
  if ((cp >= 0x2c60 && cp <= 0x2ce3) || (cp >= 0xa720 && cp < 0xa800)) return LATIN;
  if ((cp >= 0x2e80 && cp < 0xd7b0) || (cp >= 0xf900 && cp < 0xfb00) || (cp >= 0xfe30 && cp < 0xfe50) ||
    (cp >= 0xff00 && cp < 0xfff0) || (cp >= 0x20000 && cp < 0x3fffe)) return ASIAN;
  // Elsewhere the Unicode script decides: letters of other scripts are complex, symbols and punctuation weak.
  return /\p{L}/u.test(String.fromCodePoint(cp)) ? COMPLEX : WEAK;
}

/**
 * The script LibreOffice assigns to each UTF-16 unit of `text`: weak characters (space, “”—…, symbols) join the script
 * before them, or the first strong script when they lead (editeng ImpEditEngine::InitScriptTypes). The renderer holds
 * a "…" or "—" to what precedes it with U+FEFF, which LibreOffice counts as complex script (Arabic Presentation
 * Forms-B): such a character (see joinedToPrevious) is complex too.
 */
export function resolveScripts<T extends Uint8Array | number[]>(text: string, script: T = new Uint8Array(text.length) as T, joined?: (i: number) => boolean): T {
  let prev = WEAK; // stays WEAK only until the first strong character
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    let s = joined?.(i) ? COMPLEX : scriptClass(cp);
    if (s === WEAK) s = prev;
    else if (prev === WEAK) script.fill(s, 0, i);
    script[i] = s;
    if (cp > 0xffff) script[++i] = s;
    prev = s;
  }
  return script;
}

/**
 * Is text[i] a "…" or "—" the renderer (src/render/txbody.ts) glues to the character before it with U+FEFF? In Chinese
 * decks it does so for every one that has something before it, to keep "……" and "——" whole in LibreOffice: no line
 * may start there, and LibreOffice sets it as complex script, with its gap after Asian text. Assumed for every deck:
 * the cost elsewhere is only that break.
 */
export function joinedToPrevious(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i > 0 && (c === 0x2026 || c === 0x2014);
}

/** Does LibreOffice put its Asian/Western space between characters of these (resolved) scripts? */
export function scriptGap(a: number, b: number): boolean {
  return a !== b && a !== WEAK && b !== WEAK && (a === ASIAN || b === ASIAN);
}

/** gaps[i] = 1 when LibreOffice puts its Asian/Western space before UTF-16 index i of `text`. */
export function scriptGaps(text: string, script: Uint8Array | number[] = resolveScripts(text)): Uint8Array {
  return new Uint8Array(text.length).map((_, i) => (i > 0 && scriptGap(script[i - 1], script[i]) ? 1 : 0));
}

/**
 * Width in em of `text` as one renderer draws it. LibreOffice: weak characters resolved to Latin script (a ” after
 * "+", a space after a word) take the Latin font, and every Asian/Western change adds its gap.
 */
export function textWidthEm(text: string, metrics: Metrics, renderer: Renderer, sizePt: number): number {
  if (renderer === 'ppt') return metrics.textEm(text);
  const ppem = libreOfficePpem(sizePt);
  const scripts = resolveScripts(text, new Uint8Array(text.length), (i) => joinedToPrevious(text, i));
  const gaps = scriptGaps(text, scripts);
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    em += metrics.loCharEm(cp, scripts[i], ppem) + (gaps[i] ? scriptGapEm(libreOfficeSizePt(sizePt)) : 0);
    // Kerning after a Latin-script character (scripts[-1] is undefined): kernEm pairs ASCII only, and an ASCII
    // character after a Latin one is Latin too (weak ones take the script before them).
    if (scripts[i - 1] === LATIN) em += metrics.kernEm(text.charCodeAt(i - 1), cp, ppem);
    if (cp > 0xffff) i++;
  }
  return em;
}

const metricsCache = new Map<string, Metrics>();

/**
 * The (shared, cached) metrics for a face pair, weight and renderer. Only the Latin face changes widths: CJK is 1 em in
 * every East Asian face, and punctuation is measured against the widest CJK fallback whatever the East Asian face.
 */
export function metricsFor(faces: FontFaces, bold = false, renderer: Renderer = 'lo'): Metrics {
  const key = `${faces.latin}\u0000${bold ? 1 : 0}\u0000${renderer}`;
  let m = metricsCache.get(key);
  if (!m) {
    m = new Metrics(faces.latin, bold, renderer);
    metricsCache.set(key, m);
  }
  return m;
}

/**
 * Advance width in points of `text` set in `style` (no wrapping): the wider of LibreOffice's rendering (with its
 * Asian/Western gaps) and PowerPoint's, safety factors included — so text measured to fit a width also wraps onto one
 * line there.
 */
export function measureWidthPt(text: string, style: TextStyle): number {
  const key = `${style.faces.latin}\u0000${style.bold ? 1 : 0}\u0000${style.sizePt}\u0000${text}`;
  return remember(widthCache, key, WIDTHS_KEPT, () => {
    const lo = textWidthEm(text, metricsFor(style.faces, !!style.bold, 'lo'), 'lo', style.sizePt) * libreOfficeSizePt(style.sizePt);
    const ppt = metricsFor(style.faces, !!style.bold, 'ppt').textEm(text) * style.sizePt;
    return Math.max(lo, ppt);
  });
}

const widthCache = new Map<string, number>();

/** Forget the shared metrics (and the widths each has cached) and every measured width (see caches.ts). */
export function clearMeasureCaches(): void {
  metricsCache.clear();
  widthCache.clear();
}
