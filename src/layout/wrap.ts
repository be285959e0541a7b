// Line breaking, predicted twice and the larger count kept, so it is safe for both renderers:
//
// LibreOffice 7.4 (our checker), emulated: fill a line until the first character that does not fit, then break the
// way editeng does (ImpEditEngine::ImpBreakLine):
//   - the overflowing character is a space: break after it (trailing spaces never count);
//   - the text before it is Asian script: BreakIterator_CJK — break right there, stepping back over kinsoku
//     characters, or after a full-width 、。，．：；？！ which then hangs past the edge;
//   - otherwise its ICU rules (UAX #14 of Unicode 5.0): the last opportunity (not right after a '/' at the overflow;
//     none between closing punctuation and a letter or digit; inside URLs as measured, see analyse);
//   - no opportunity on the line: cut the word by characters (LibreOffice does this even to "Python、Java").
// Widths: its 600 dpi grid, pair kerning, Asian/Western gaps, the DejaVu faces it substitutes for unknown fonts.
//
// PowerPoint: a break between any two CJK characters, else at a UAX #14 opportunity; a word is cut only when it is
// longer than a line; no gaps; the real faces' widths (SimHei's 0.5 em ASCII, …); full-width punctuation hangs.
//
// Kinsoku uses the union of the ECMA-376, LibreOffice and checker sets (kinsoku.ts) in both. Analysis and character
// widths are cached per paragraph: re-wrapping at another size or width (shrink-then-split) is one pass per model.
import LineBreaker from 'linebreak';
import { LIBREOFFICE_QUOTES, NO_LINE_END, NO_LINE_START } from './kinsoku.js';
import { ASIAN, DENSE, LATIN, isWide, joinedToPrevious, libreOfficePpem, libreOfficeSizePt, metricsFor, resolveScripts, scriptGap, scriptGapEm, type FontFaces, type Metrics, type Renderer, type TextStyle } from './measure.js';

/**
 * A run of a paragraph: bold widens its Latin text, code runs use `mono`, breakBefore = a hard line break before it,
 * href = a hyperlink (LibreOffice draws it as a text field, which it does not break like text: see breakLo).
 */
export interface WrapRun { text: string; bold?: boolean; code?: boolean; breakBefore?: boolean; href?: string }
/** maxWidthPt: the width lines may fill (box minus insets and indents); mono defaults to style.faces. */
export interface WrapOptions { style: TextStyle; mono?: FontFaces; maxWidthPt: number }
/**
 * The text of each predicted line, in order; lines.length is the line count. Lossless: lines.join('') is the runs'
 * text joined (trailing spaces and newline characters stay at the end of the line they end), so callers can cut runs
 * by line lengths.
 */
export interface WrapResult { lines: string[] }

/**
 * Full-width punctuation that may hang past the right edge instead of taking the previous character along to the
 * next line. Our renderer writes hangingPunct="1"; PowerPoint then hangs it, and so does LibreOffice 7.4 when the
 * text before it is Asian, or after a Latin word that has no other break on the line (measured with
 * bench/measure-agreement.mjs). One character at most; the ASCII forms never hang.
 */
export const HANGING_PUNCTUATION: ReadonlySet<string> = new Set('、。，．：；？！');

const HARD_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/g;
const HARD_BREAK_TEST = /[\n\r\v\f\u2028\u2029]/;

/** A paragraph, analysed once whatever the font and width. */
interface Analysis {
  text: string;
  /** [start, end) of each hard-break-free segment; every segment opens a new line. */
  segments: [number, number][];
  /** Style of each UTF-16 unit: bit 0 = bold run, bit 1 = code run. */
  styles: number[];
  /** LibreOffice's resolved script of each UTF-16 unit (measure.ts WEAK/LATIN/ASIAN/COMPLEX). */
  scripts: number[];
  /**
   * Per index i, bits: ICU_OK — LibreOffice may start a line at i by its ICU rules and kinsoku; CJK_OK — by kinsoku
   * alone (its CJK path); PPT_OK — PowerPoint may; GAP — LibreOffice's Asian/Western gap sits before i.
   */
  flags: number[];
  /** Per-UTF-16-unit widths in em, and kerning with the previous unit, by font key and renderer. */
  widths: Map<string, Widths>;
  /** Per index inside a hyperlink, where its piece (its LibreOffice field) starts, -1 elsewhere; undefined if none. */
  fieldStart?: number[];
}

// Plain arrays rather than typed arrays throughout: these are short, and small typed arrays are slow to allocate.
interface Widths { w: number[]; kern: number[] | null }

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Closing punctuation (UAX #14 5.0 class CL, which still held ')' and ']'). */
const CLOSING = new Set(')]}）］｝」』】〕〉》〗〙〛、。，．｡｣､﹐﹒﹚﹜﹞〞〟');
const ALNUM = /[\p{L}\p{N}]/u;
/** CJK characters and the punctuation used with them: PowerPoint may break on either side (subject to kinsoku). */
function cjkBreakable(cp: number): boolean {
  // Korean keeps words whole (the Hangul Jamo below U+2014 never get here: analyse() asks only from U+2014 up).
  if (cp >= 0xac00 && cp <= 0xd7a3) return false;
  if (cp >= 0x1f000 && cp <= 0x1faff) return false; // emoji: left to UAX #14
  return isWide(cp) || cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d || cp === 0x2014 ||
    cp === 0x2015 || cp === 0x2026 || cp === 0x2025 || cp === 0x00b7 || cp === 0x203b;
}
const isDash = (c: number) => c === 0x2014 || c === 0x2015;
/** Index of the code point before index i. */
function back(text: string, i: number): number {
  return i > 1 && isLow(text.charCodeAt(i - 1)) ? i - 2 : i - 1;
}
/** Never break before these: spaces hang at the line end; marks, joiners and selectors stick to what precedes. */
function glued(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f ||
    c === 9 || (c >= 0x300 && c <= 0x36f) || (c >= 0x200c && c <= 0x200f) || c === 0x2060 || (c >= 0xfe00 && c <= 0xfe0f) ||
    isLow(c);
}

// Per-UTF-16-unit classes in one table (all kinsoku characters are in the BMP): cheaper than Set lookups.
const NO_START = 1;
const NO_END = 2;
const GLUED = 4;
const CLOSES = 8;
const SPACE = 16;
const STRAIGHT_QUOTE = 32;
const CLASS = new Uint8Array(0x10000);
for (const c of NO_LINE_START) CLASS[c.charCodeAt(0)] |= NO_START;
for (const c of NO_LINE_END) CLASS[c.charCodeAt(0)] |= NO_END;
for (const c of CLOSING) CLASS[c.charCodeAt(0)] |= CLOSES;
for (const c of LIBREOFFICE_QUOTES) CLASS[c.charCodeAt(0)] |= STRAIGHT_QUOTE;
for (let c = 0; c < 0x10000; c++) if (glued(c)) CLASS[c] |= GLUED;
for (const c of [0x20, 9, 10, 13, 0xa0, 0x3000, 0x202f, 0x205f, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a]) CLASS[c] |= SPACE;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A letter or digit of a Latin-like script (UAX #14 AL/NU rather than ID). */
function wordChar(c: number, cjk: number): boolean {
  if (c < 0x80) return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return !cjk && ALNUM.test(String.fromCharCode(c));
}

// Flag bits of Analysis.flags, per UTF-16 index.
const ICU_OK = 1;
const CJK_OK = 2;
const PPT_OK = 4;
const GAP = 8;
const UAX14 = 16;
const CJK = 32;

function analyse(runs: readonly WrapRun[]): Analysis {
  let text = '';
  const segments: [number, number][] = [];
  const n = runs.reduce((k, r) => k + r.text.length, 0);
  const styles: number[] = new Array(n + 1).fill(0);
  const flags: number[] = new Array(n + 1).fill(0);
  let segStart = 0;
  const cut = () => {
    segments.push([segStart, text.length]);
    segStart = text.length;
  };
  const links: [number, number][] = [];
  for (const run of runs) {
    // The renderer writes <a:br/> even before a paragraph's first run, which then opens with an empty line.
    if (run.breakBefore) cut();
    if (run.href && run.text) links.push([text.length, text.length + run.text.length]);
    if (run.bold || run.code) styles.fill((run.bold ? 1 : 0) | (run.code ? 2 : 0), text.length, text.length + run.text.length);
    let last = 0;
    // A newline inside run text is a hard break too; the character stays at the end of the line it ends.
    if (HARD_BREAK_TEST.test(run.text)) {
      for (const m of run.text.matchAll(HARD_BREAK)) {
        text += run.text.slice(last, m.index + m[0].length);
        last = m.index + m[0].length;
        cut();
      }
    }
    text += last ? run.text.slice(last) : run.text;
  }
  cut();

  const lb = new LineBreaker(text);
  for (let bk = lb.nextBreak(); bk; bk = lb.nextBreak()) flags[bk.position] |= UAX14;
  // Scripts are resolved over the whole paragraph, as LibreOffice does (a line break is a weak character to it).
  const scripts: number[] = new Array(n + 1).fill(0);
  const joined = (i: number) => !(styles[i] & 2) && joinedToPrevious(text, i); // not in code runs (see measure.ts)
  resolveScripts(text, scripts, joined);
  for (let i = 1; i < n; i++) if (scriptGap(scripts[i - 1], scripts[i])) flags[i] |= GAP;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80 ? !isLow(c) && cjkBreakable(text.codePointAt(i)!) : (c >= 0x2014 || c === 0xb7) && cjkBreakable(c)) flags[i] |= CJK;
  }

  let spaceSeen = false;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    const b = text.charCodeAt(i - 1);
    const cb = CLASS[b];
    if (cb & SPACE) spaceSeen = true;
    if (CLASS[c] & (GLUED | NO_START) || cb & NO_END || (isDash(c) && isDash(b)) || joined(i)) continue; // "——" is one mark
    const slash = b === 0x2f || b === 0x5c;
    const f = flags[i];
    const icu = (f & UAX14) !== 0 && !slash;
    // LibreOffice's CJK path also keeps straight quotes on both sides; UAX #14 handles them elsewhere.
    let add = (CLASS[c] | cb) & STRAIGHT_QUOTE ? 0 : CJK_OK;
    if (f & CJK || flags[back(text, i)] & CJK || icu) add |= PPT_OK;
    // LibreOffice's rules (UAX #14 of Unicode 5.0): closing punctuation stays with a letter or digit on either side;
    // "2024-03" may break after the hyphen; a URL breaks after '/' (not inside "03/12") only when no space comes
    // before it in the paragraph (measured; presumably where ICU starts iterating).
    const closing = (cb & CLOSES) !== 0 && (wordChar(c, f & CJK) || (i > 1 && wordChar(text.charCodeAt(i - 2), flags[i - 2] & CJK)));
    if ((icu && !closing) || (b === 0x2d && isDigit(c)) ||
      (slash && !spaceSeen && c !== 0x2f && !(isDigit(c) && i > 1 && isDigit(text.charCodeAt(i - 2))))) add |= ICU_OK;
    flags[i] = f | add;
  }
  // LibreOffice imports each hyperlink run as a URL field, one unit to its line breaker (rendered: on the Awesome
  // Marp deck a one-run "Pandoc Citer" moved whole to the next line). The renderer writes a link as one run per
  // linkPieces() piece, so LibreOffice may break between the pieces and nowhere else inside the link; before and
  // after it the text's own rules hold. Where text follows, the renderer adds a zero-width U+FEFF run to the link
  // (LibreOffice's colour bug, txbody.ts): counted as an Asian/Western gap, which errs wide.
  let fieldStart: number[] | undefined;
  for (const [s, e] of links) {
    fieldStart ??= new Array(n + 1).fill(-1);
    let at = s;
    for (const piece of linkPieces(text.slice(s, e))) {
      for (let i = at; i < at + piece.length; i++) {
        fieldStart[i] = at;
        if (i > at) flags[i] &= ~(ICU_OK | CJK_OK);
      }
      at += piece.length;
    }
    if (e < n) flags[e] |= GAP;
  }
  return { text, segments, styles, scripts, flags, widths: new Map(), fieldStart };
}

const analyses = new Map<string, Analysis>();

function analysisFor(runs: readonly WrapRun[]): Analysis {
  let key = '';
  for (const r of runs) key += `${r.breakBefore ? '\n' : ''}${r.bold ? 'b' : ''}${r.code ? 'c' : ''}${r.href ? 'h' : ''}\u0001${r.text}\u0002`;
  let a = analyses.get(key);
  if (!a) {
    // Shrink-then-split re-wraps a paragraph many times in a row, then moves on: keep the most recent ones — a
    // slide's worth and more. Each keeps per-character widths for every size tried, so 4096 of them held ~40 MB
    // at 1000 text-heavy slides for no speed (measured: same layout time at 512, peak RSS 305 → 270 MB).
    if (analyses.size >= 512) analyses.delete(analyses.keys().next().value!);
    a = analyse(runs);
    analyses.set(key, a);
  }
  return a;
}

/**
 * A link's text cut where both renderers may break a line (each piece becomes its own run, so LibreOffice, which
 * draws a linked run as a field it never breaks inside, breaks a long link like text instead of squeezing its lines
 * together). Lossless: pieces.join('') === text. One piece for a single word or a short CJK phrase.
 */
export function linkPieces(text: string): string[] {
  const a = analysisFor([{ text }]);
  const pieces: string[] = [];
  let last = 0;
  for (let i = 1; i < text.length; i++) {
    const lo = a.scripts[back(text, i)] === ASIAN ? CJK_OK : ICU_OK;
    if (a.flags[i] & lo && a.flags[i] & PPT_OK) {
      pieces.push(text.slice(last, i));
      last = i;
    }
  }
  pieces.push(text.slice(last));
  return pieces;
}

interface WidthSetup {
  /** By run style: 0 plain, 1 bold, 2 code, 3 bold code. */
  metrics: Metrics[];
  tables: (readonly [ArrayLike<number>, ArrayLike<number>])[];
  kerns: boolean[];
}
const setups = new Map<string, WidthSetup>();

/** Forget every paragraph's analysis and widths and every font setup (see caches.ts). */
export function clearWrapCaches(): void {
  analyses.clear();
  setups.clear();
}

/** The metrics and width tables for one font/weight/renderer/pixel size: looked up once, not per paragraph. */
function widthSetup(key: string, opts: WrapOptions, renderer: Renderer, ppem: number): WidthSetup {
  let s = setups.get(key);
  if (!s) {
    const base = opts.style.faces;
    const mono = opts.mono ?? base;
    const b = !!opts.style.bold;
    const metrics = [metricsFor(base, b, renderer), metricsFor(base, true, renderer), metricsFor(mono, b, renderer), metricsFor(mono, true, renderer)];
    const tables = metrics.map((m) => (ppem ? m.loTables(ppem) : ([m.table, m.table] as const)));
    s = { metrics, tables, kerns: metrics.map((m) => m.kerns) };
    if (setups.size >= 1024) setups.clear();
    setups.set(key, s);
  }
  return s;
}

/** Width of every UTF-16 unit in em (a surrogate pair's width sits on its first unit), and LibreOffice's kerning. */
function charWidths(a: Analysis, opts: WrapOptions, renderer: Renderer): Widths {
  // LibreOffice rounds every advance to whole pixels of its font size, so its widths depend on the size.
  const ppem = renderer === 'lo' ? libreOfficePpem(opts.style.sizePt) : 0;
  const key = `${opts.style.faces.latin}\u0000${opts.mono?.latin ?? ''}\u0000${opts.style.bold ? 1 : 0}\u0000${renderer}${ppem}`;
  let cached = a.widths.get(key);
  if (cached) return cached;
  const { metrics, tables, kerns } = widthSetup(key, opts, renderer, ppem);
  const { text, styles, scripts } = a;
  const n = text.length;
  const w: number[] = new Array(n).fill(0);
  const kern: number[] | null = ppem ? new Array(n).fill(0) : null;
  const kerning = kern !== null && kerns;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const st = styles[i];
    const latin = scripts[i] === LATIN;
    if (c < DENSE) {
      w[i] = tables[st][latin ? 0 : 1][c];
      // Pair kerning inside one run of Latin text (LibreOffice kerns; see metrics/tables.ts).
      if (kerning && i > 0 && c < 128 && styles[i - 1] === st && kerning[st] && scripts[i - 1] === LATIN && latin) {
        kern![i] = metrics[st].kernEm(text.charCodeAt(i - 1), c, ppem);
      }
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      w[i] = 1; // CJK Unified Ideographs, most of a Chinese text: 1 em in every face and at every pixel size
    } else if (!isLow(c)) {
      const cp = text.codePointAt(i)!;
      w[i] = ppem ? metrics[st].loCharEm(cp, scripts[i], ppem) : metrics[st].charEm(cp);
    }
  }
  cached = { w, kern };
  if (a.widths.size >= 64) a.widths.clear(); // a theme with a very wide size range: bounded all the same
  a.widths.set(key, cached);
  return cached;
}

/**
 * LibreOffice: where the line that starts at `start` breaks, given `p`, the first character that does not fit, and
 * whether it was the Asian/Western gap before p that overflowed.
 */
function breakLo(a: Analysis, start: number, p: number, segEnd: number, gapOverflows: boolean): number {
  const { text } = a;
  // A link's field (see analyse) that does not fit overflows as a whole: the line breaks before it. A field longer
  // than a line (it starts the line) is wrapped inside by characters, kinsoku ignored, and its lines drawn squeezed
  // together — rare now that a link is written as one field per piece.
  const field = a.fieldStart ? a.fieldStart[p] : -1;
  if (field > start) p = field;
  else if (field >= 0 && p > start) return cut(a, start, p);
  if (text[p] === ' ') return p + 1; // the blank is compressed away
  const hangs = HANGING_PUNCTUATION.has(text[p]) && (p + 1 >= segEnd || (a.flags[p + 1] & CJK_OK) !== 0);
  if (p > start && a.scripts[back(text, p)] === ASIAN) {
    // BreakIterator_CJK (the text before p is Asian): a hanging character goes with this line, else step back over
    // kinsoku characters.
    if (hangs) return p + 1;
    let b = p;
    while (b > start && !(a.flags[b] & CJK_OK)) b = back(text, b);
    return b > start ? b : cut(a, start, p);
  }
  // ICU (the text before p is Latin): the opportunity at p itself unless right after '/' (LibreOffice's own rule), else
  // the one before it. Measured: with none on the line, a hanging character still hangs — unless its gap did not fit
  // either, or it ends the paragraph; otherwise the word is cut.
  let b = text[p - 1] === '/' ? back(text, p) : p;
  while (b > start && !(a.flags[b] & ICU_OK)) b = back(text, b);
  if (b > start) return b;
  return hangs && !gapOverflows && p + 1 < text.length ? p + 1 : cut(a, start, p);
}

/** PowerPoint: the last opportunity at or before p, or after a hanging character at p. */
function breakPpt(a: Analysis, start: number, p: number, segEnd: number): number {
  const { text } = a;
  if (text[p] === ' ') return p + 1;
  if (p > start && HANGING_PUNCTUATION.has(text[p]) && (p + 1 >= segEnd || a.flags[p + 1] & PPT_OK)) return p + 1;
  let b = p;
  while (b > start && !(a.flags[b] & PPT_OK)) b = back(text, b);
  return b > start ? b : cut(a, start, p);
}

/** No opportunity on the line: cut the word where it overflows (both renderers do), keeping at least one character. */
function cut(a: Analysis, start: number, p: number): number {
  return p > start ? p : start + (isLow(a.text.charCodeAt(start + 1)) ? 2 : 1);
}

const EPS = 1e-9;

/** Lines of one prediction; `gapEm` is LibreOffice's Asian/Western gap, 0 for PowerPoint's. */
function fill(a: Analysis, { w, kern }: Widths, maxEm: number, gapEm: number): string[] {
  const lines: string[] = [];
  for (const [segStart, segEnd] of a.segments) {
    let start = segStart;
    for (;;) {
      let x = 0;
      let p = -1;
      let gapOverflows = false;
      for (let i = start; i < segEnd; i++) {
        const gap = i > start ? (a.flags[i] & GAP ? gapEm : 0) + (kern ? kern[i] : 0) : 0;
        if (x + gap + w[i] > maxEm && w[i] > 0) {
          p = i;
          gapOverflows = x + gap > maxEm;
          break;
        }
        x += gap + w[i];
      }
      if (p < 0) {
        lines.push(a.text.slice(start, segEnd));
        break;
      }
      const b = gapEm ? breakLo(a, start, p, segEnd, gapOverflows) : breakPpt(a, start, p, segEnd);
      lines.push(a.text.slice(start, b));
      if (b >= segEnd) break;
      start = b;
    }
  }
  return lines;
}

/** Both predictions: LibreOffice's lines and PowerPoint's (wrapRuns keeps the longer; the bench reports both). */
export function wrapBoth(runs: WrapRun[], opts: WrapOptions): { lo: string[]; ppt: string[] } {
  const a = analysisFor(runs);
  const width = Math.max(0, opts.maxWidthPt);
  const loSize = libreOfficeSizePt(opts.style.sizePt);
  const loW = charWidths(a, opts, 'lo');
  return {
    lo: fill(a, loW, width / loSize + EPS, scriptGapEm(loSize)),
    ppt: fill(a, charWidths(a, opts, 'ppt'), width / opts.style.sizePt + EPS, 0),
  };
}

/** Break runs into lines as PowerPoint/LibreOffice would (UAX #14 + kinsoku + CJK per-character breaks), conservatively. */
export function wrapRuns(runs: WrapRun[], opts: WrapOptions): WrapResult {
  const { lo, ppt } = wrapBoth(runs, opts);
  return { lines: ppt.length > lo.length ? ppt : lo };
}

const SENTENCE_END = '。！？；!?;';
const CLOSERS = '”’」』）》】)]"\'';

/**
 * Split a long text into sentence-sized pieces at 。！？；!?; (and an English full stop before a space), keeping the
 * punctuation, any closing quotes or brackets after it and the following spaces with its sentence. Lossless:
 * pieces.join('') === text.
 */
export function splitSentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!SENTENCE_END.includes(ch) && !(ch === '.' && /\s/.test(text[i + 1] ?? ''))) continue;
    let end = i + 1;
    while (end < text.length && (SENTENCE_END.includes(text[end]) || CLOSERS.includes(text[end]))) end++;
    while (end < text.length && /\s/.test(text[end])) end++;
    if (end < text.length) {
      pieces.push(text.slice(start, end));
      start = end;
    }
    i = end - 1;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
