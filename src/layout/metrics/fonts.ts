// Which measured font stands for a theme face, per renderer: LibreOffice (what fontconfig substitutes on the checker)
// or PowerPoint (the real Office face, through its metric clone or an upper bound). Reads the generated tables.
import { KERNING, RANGES, TABLES } from './tables.js';

/** Which renderer a width is for. */
export type Renderer = 'lo' | 'ppt';

/** Which width table stands for a Latin face (the face LibreOffice draws it with, or something wider). */
export type LatinKind = 'sans' | 'serif' | 'mono' | 'calibri' | 'cambria' | 'monoOther' | 'cjkProportional' | 'cjkFixed' | 'unknown';

const LATIN_FACES: Record<string, LatinKind> = {
  arial: 'sans', helvetica: 'sans', arialmt: 'sans', liberationsans: 'sans', arimo: 'sans',
  timesnewroman: 'serif', times: 'serif', liberationserif: 'serif', tinos: 'serif',
  couriernew: 'mono', courier: 'mono', liberationmono: 'mono', cousine: 'mono',
  calibri: 'calibri', carlito: 'calibri',
  cambria: 'cambria', caladea: 'cambria', georgia: 'cambria',
  consolas: 'monoOther', menlo: 'monoOther', monaco: 'monoOther', sourcecodepro: 'monoOther', dejavusansmono: 'monoOther',
  lucidaconsole: 'monoOther', sfmono: 'monoOther', jetbrainsmono: 'monoOther', firacode: 'monoOther', cascadiamono: 'monoOther',
  cascadiacode: 'monoOther', nsimsun: 'monoOther',
};

/** Chinese faces with proportional Latin (YaHei's comes from Segoe UI). */
const CJK_PROPORTIONAL = /yahei|微软雅黑|dengxian|等线|pingfang|苹方|sourcehan|思源|notosanscjk|notoserifcjk|notosanssc|notoserifsc|wenquanyi|文泉|wqy|jhenghei|正黑|meiryo|malgun/;
/** Other Chinese/Japanese/Korean faces: half-width (0.5 em) ASCII, like SimSun, SimHei, FangSong, KaiTi, 方正. */
const CJK_FIXED = /simsun|simhei|kaiti|fangsong|songti|heiti|^st(song|kaiti|fangsong|xihei|zhongsong|heiti)|^fz|founder|mingliu|gothic|mincho|gulim|dotum|batang|gungsuh|lisu|youyuan|huawen|hiragino|droidsansfallback/;

export function latinKind(face: string): LatinKind {
  const key = face.toLowerCase().replace(/[\s_-]+/g, '');
  // Own keys only: a face named "constructor" or "toString" is not Object's.
  if (Object.hasOwn(LATIN_FACES, key)) return LATIN_FACES[key];
  if (CJK_PROPORTIONAL.test(key)) return 'cjkProportional';
  if (CJK_FIXED.test(key) || /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(face)) return 'cjkFixed';
  return 'unknown';
}

// ---- the tables -------------------------------------------------------------------------------------------------

export type FontTable = Map<number, number>; // code point → em

let decoded: Map<string, FontTable> | undefined;
function table(name: string): FontTable {
  if (!decoded) {
    decoded = new Map();
    for (const [key, csv] of Object.entries(TABLES)) {
      const widths = csv.split(',');
      const t: FontTable = new Map();
      let i = 0;
      for (const [lo, hi] of RANGES) for (let cp = lo; cp <= hi; cp++, i++) if (widths[i] !== '') t.set(cp, Number(widths[i]) / 1000);
      decoded.set(key, t);
    }
  }
  const t = decoded.get(name);
  if (!t) throw new Error(`no width table ${name}`);
  return t;
}

export function maxOf(names: string[]): FontTable {
  const out: FontTable = new Map();
  for (const n of names) for (const [cp, w] of table(n)) out.set(cp, Math.max(out.get(cp) ?? 0, w));
  return out;
}

const ALL_FONTS = ['liberation-sans', 'liberation-serif', 'liberation-mono', 'carlito', 'dejavu-sans', 'dejavu-serif',
  'dejavu-sans-mono', 'noto-sans-cjk', 'noto-serif-cjk'];

/**
 * The table for a Latin kind. Both renderers draw Arial/Times/Courier New/Calibri with the same metrics (Liberation and
 * Carlito are metric clones). Otherwise LibreOffice draws what fontconfig substitutes here — DejaVu Serif for Cambria,
 * DejaVu Sans Mono for Consolas, DejaVu Sans for a Chinese face used for Latin (DejaVu Serif for SimSun) — while
 * PowerPoint has the real face: 0.5 em ASCII in SimSun, SimHei, KaiTi, FangSong; Segoe-UI-like proportional Latin in
 * YaHei (bounded by the widest of DejaVu Sans, Liberation Sans and Noto Sans CJK); Consolas at 0.55 em.
 */
export function latinTable(kind: LatinKind, face: string, bold: boolean, renderer: Renderer): FontTable {
  const b = bold ? '-bold' : '';
  const lo = renderer === 'lo';
  switch (kind) {
    case 'sans': return table('liberation-sans' + b);
    case 'serif': return table('liberation-serif' + b);
    case 'mono': return table('liberation-mono' + b);
    case 'calibri': return table('carlito' + b);
    case 'cambria': return lo ? table('dejavu-serif' + b) : maxOf(['liberation-serif' + b, 'dejavu-serif' + b]);
    case 'monoOther': return lo ? table('dejavu-sans-mono' + b) : maxOf(['liberation-mono' + b, 'dejavu-sans-mono' + b]);
    case 'cjkProportional': return lo ? table('dejavu-sans' + b) : maxOf(['dejavu-sans' + b, 'liberation-sans' + b, 'noto-sans-cjk' + b]);
    case 'cjkFixed': {
      if (lo) return table((/simsun/i.test(face) ? 'dejavu-serif' : 'dejavu-sans') + b);
      const t = maxOf(['liberation-sans' + b]);
      for (const cp of t.keys()) t.set(cp, cp < 0x7f ? 0.5 : Math.max(0.5, t.get(cp)!));
      return fullWidthGreek(t);
    }
    default: return maxOf(ALL_FONTS.map((n) => n + b));
  }
}

/** The pair kerning LibreOffice applies with the face it draws a Latin kind with (none for PowerPoint, see tables.ts). */
export function kernTable(kind: LatinKind, face: string, bold: boolean, renderer: Renderer): Float32Array | null {
  if (renderer !== 'lo') return null;
  const name = { sans: 'liberation-sans', serif: 'liberation-serif', calibri: 'carlito', cambria: 'dejavu-serif',
    cjkProportional: 'dejavu-sans', cjkFixed: /simsun/i.test(face) ? 'dejavu-serif' : 'dejavu-sans' }[kind as string];
  const pairs = name ? KERNING[name + (bold ? '-bold' : '')] : undefined;
  if (!pairs) return null;
  const out = new Float32Array(128 * 128);
  for (const [pair, v] of Object.entries(pairs)) out[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = v / 1000;
  return out;
}

/** GB2312 fonts draw Greek and Cyrillic full width. */
function fullWidthGreek(t: FontTable): FontTable {
  for (const cp of t.keys()) if (cp >= 0x370 && cp < 0x460) t.set(cp, 1);
  return t;
}
