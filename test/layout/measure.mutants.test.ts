// src/layout/measure.ts at its boundaries, written ahead of a Stryker run: every range of the 1-em (wide) and
// zero-width code points and of LibreOffice's script classes at both ends and one past them, how weak characters
// take their neighbour's script, where LibreOffice's Asian/Western gap goes, the 600 dpi grid, the safety factors,
// and the caches' keys (a face, a weight, a renderer, a size each measured on their own).
import { describe, expect, it } from 'vitest';
import {
  ASIAN, COMPLEX, DENSE, LATIN, SAFETY, WEAK, isWide, joinedToPrevious, libreOfficePpem, libreOfficeSizePt, measureWidthPt, metricsFor,
  remember, resolveScripts, scriptClass, scriptGap, scriptGapEm, scriptGaps, textWidthEm, type FontFaces,
} from '../../src/layout/measure.js';

const ARIAL: FontFaces = { latin: 'Arial', eastAsian: 'Microsoft YaHei' };
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase()}`;

/** The 1-em ranges, as documented: CJK, kana, hangul, full-width forms, CJK punctuation, emoji. */
const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f000, 0x1faff],
  [0x20000, 0x3fffd],
];
const inWide = (cp: number) => WIDE.some(([a, b]) => cp >= a && cp <= b);

describe('isWide: each range at both ends, and one past each end', () => {
  const cases = WIDE.flatMap(([a, b]) => [a - 1, a, b, b + 1]).map((cp) => [hex(cp), cp, inWide(cp)] as const);
  it.each(cases)('%s → %s', (_h, cp, wide) => expect(isWide(cp)).toBe(wide));
});

describe('one code point\'s width (PowerPoint view, Arial)', () => {
  const m = metricsFor(ARIAL, false, 'ppt');
  it('zero-width: combining marks, zero-width spaces and joiners, word joiner, BOM, variation selectors, soft hyphen', () => {
    for (const cp of [0x300, 0x36f, 0x200b, 0x200f, 0x2060, 0xfeff, 0xfe00, 0xfe0f, 0xe0100, 0xe01ef, 0xad]) expect(m.charEm(cp), hex(cp)).toBe(0);
    // One past each end is not zero-width (unknown characters are 1 em, the safe guess).
    for (const cp of [0x200a + 0x10000, 0xe00ff, 0xe01f0, 0x2061 + 0x10000]) expect(m.charEm(cp), hex(cp)).toBe(1);
    expect(m.charEm(0x370)).toBeGreaterThan(0);
    expect(m.charEm(0x2ff)).toBeGreaterThan(0);
  });

  it('one past each end of the zero-width ranges has width, and so does an unknown character below them all', () => {
    for (const cp of [0x200a, 0x2010, 0x205f, 0x2061, 0xfefe, 0xfdff, 0xfe10]) expect(m.charEm(cp), hex(cp)).toBeGreaterThan(0);
    expect(m.charEm(0x800)).toBe(1); // Samaritan: in no table, so 1 em (the safe guess)
  });

  it('the flat array ends at DENSE: U+045F is Arial\'s џ, U+0460 is unknown', () => {
    expect(m.charEm(DENSE - 1)).toBeCloseTo(0.553 * SAFETY.ppt, 9);
    expect(m.charEm(DENSE)).toBe(1);
    expect(m.charEm(0x2013)).toBeCloseTo(0.563 * SAFETY.ppt, 9); // – from the table past DENSE: the CJK fallback's 0.563, wider than Arial's 0.556
  });

  it('ASCII keeps the Latin face\'s width; past it, a symbol is never narrower than the CJK fallback\'s', () => {
    const times = metricsFor({ ...ARIAL, latin: 'Times New Roman' }, false, 'ppt');
    expect(times.charEm(0x7e)).toBeCloseTo(0.542 * SAFETY.ppt, 9); // ~: Times 0.542, CJK 0.58
    expect(times.charEm(0xa0)).toBeCloseTo(0.256 * SAFETY.ppt, 9); // no-break space: Times 0.25, CJK 0.256
    // Bold against the bold CJK faces: ¢ is 0.557 in Arial Bold, 0.59 in the bold CJK fallback (0.555 in the regular).
    expect(metricsFor(ARIAL, true, 'ppt').charEm(0xa2)).toBeCloseTo(0.59 * SAFETY.ppt, 9);
  });

  it('control characters are nothing, a tab six em, wide characters 1 em with no safety margin', () => {
    expect(m.charEm(0)).toBe(0);
    expect(m.charEm(0x1f)).toBe(0);
    expect(m.charEm(9)).toBe(6);
    expect(m.charEm(0x4e2d)).toBe(1);
    expect(m.charEm(0x1f600)).toBe(1);
    expect(m.charEm(0xac00)).toBe(1);
  });

  it('narrower than 1 em: the face\'s width times the safety factor; “” — … · at 1 em whatever the face', () => {
    expect(m.charEm(0x41)).toBeCloseTo(0.667 * SAFETY.ppt, 9); // A in Liberation Sans: 667/1000
    for (const cp of [0x2018, 0x2019, 0x201c, 0x201d, 0x2014, 0x2015, 0x2026, 0x2025, 0x00b7, 0x203b, 0x2103, 0x2116]) expect(m.charEm(cp), hex(cp)).toBe(1);
    expect(metricsFor(ARIAL, false, 'lo').charEm(0x41)).toBeCloseTo(0.667 * SAFETY.lo, 9);
  });

  it('textEm sums the code points, a surrogate pair once', () => {
    expect(m.textEm('A😀')).toBeCloseTo(0.667 * SAFETY.ppt + 1, 9);
    expect(m.textEm('😀')).toBe(1);
    expect(m.textEm('\uD83D')).toBe(m.charEm(0xd83d)); // a lone high surrogate at the end is itself
    expect(m.textEm('\uD83Da')).toBe(m.charEm(0xd83d) + m.charEm(0x61)); // a lone one before a letter, the letter too
    expect(m.textEm('')).toBe(0);
  });

  it('the table holds charEm for every code point below DENSE', () => {
    const t = m.table;
    expect(t.length).toBe(DENSE);
    for (const cp of [0, 9, 0x20, 0x41, 0xad, 0xb7, 0x300, DENSE - 1]) expect(t[cp], hex(cp)).toBe(m.charEm(cp));
    expect(m.table).toBe(t); // computed once
  });
});

describe('scriptClass: LibreOffice\'s script of a code point, at each block boundary', () => {
  it.each([
    [0x20, WEAK], [0xa0, WEAK], [0x1f, WEAK], [0x2ca, WEAK], [0x2cb, WEAK], [0x2c7, WEAK], [0x2d9, WEAK],
    [0x21, LATIN], [0x41, LATIN], [0x2c8, LATIN], [0x2ff, LATIN], [0x300, WEAK], [0x36f, WEAK], [0x370, LATIN], [0x58f, LATIN],
    [0x590, COMPLEX], [0x109f, COMPLEX], [0x10a0, LATIN], [0x10ff, LATIN], [0x1100, ASIAN], [0x11ff, ASIAN], [0x1200, COMPLEX],
    [0x139f, COMPLEX], [0x13a0, LATIN], [0x16ff, LATIN], [0x1780, COMPLEX], [0x18af, COMPLEX], [0x1e00, LATIN], [0x1fff, LATIN],
    [0xfb50, COMPLEX], [0xfdff, COMPLEX], [0xfe70, COMPLEX], [0xfeff, COMPLEX], [0x2e80, ASIAN], [0xd7af, ASIAN], [0xf900, ASIAN],
    [0xfaff, ASIAN], [0xfe30, ASIAN], [0xfe4f, ASIAN], [0xff00, ASIAN], [0xffef, ASIAN], [0x20000, ASIAN], [0x3fffd, ASIAN],
    [0x2c60, LATIN], [0x2ce3, LATIN], [0xa720, LATIN], [0xa7ff, LATIN],
    // Elsewhere: letters of other scripts are complex, symbols and punctuation weak.
    [0x2e7f, WEAK], [0xd7b0, COMPLEX], [0xfe50, WEAK], [0xfff0, WEAK], [0x1700, COMPLEX], [0x2013, WEAK], [0x20ac, WEAK],
    [0xa71f, ASIAN], [0xa800, ASIAN], [0x2c5f, COMPLEX], [0x1f600, WEAK], [0x10000, COMPLEX],
  ] as const)('%i', (cp, s) => expect(scriptClass(cp), hex(cp)).toBe(s));

  it('one past the Asian presentation blocks and Coptic is not Asian or Latin by block', () => {
    expect(scriptClass(0xfb00)).not.toBe(ASIAN); // ﬀ, after the CJK compatibility ideographs
    expect(scriptClass(0x2ce4)).not.toBe(LATIN); // a Coptic symbol, after the Latin/Coptic range
  });
});

describe('resolveScripts: weak characters join the script before them, or the first strong one when they lead', () => {
  it('a space or “ between two scripts takes the one before it; leading weak characters the first strong one', () => {
    expect([...resolveScripts('中 a')]).toEqual([ASIAN, ASIAN, LATIN]);
    expect([...resolveScripts('a 中')]).toEqual([LATIN, LATIN, ASIAN]);
    expect([...resolveScripts('  中')]).toEqual([ASIAN, ASIAN, ASIAN]);
    expect([...resolveScripts('  ')]).toEqual([WEAK, WEAK]);
    expect([...resolveScripts('')]).toEqual([]);
  });

  it('a surrogate pair gets its script on both units; a joined character is complex', () => {
    expect([...resolveScripts('a😀b')]).toEqual([LATIN, LATIN, LATIN, LATIN]);
    expect([...resolveScripts('中𠀀a')]).toEqual([ASIAN, ASIAN, ASIAN, LATIN]);
    expect(resolveScripts('中…', [] as number[], (i) => joinedToPrevious('中…', i))).toEqual([ASIAN, COMPLEX]);
  });

  it('joinedToPrevious: a … or — with something before it', () => {
    expect(joinedToPrevious('中…', 1)).toBe(true);
    expect(joinedToPrevious('中—', 1)).toBe(true);
    expect(joinedToPrevious('…', 0)).toBe(false);
    expect(joinedToPrevious('中–', 1)).toBe(false);
  });
});

describe('LibreOffice\'s Asian/Western gap', () => {
  it('between two different strong scripts of which one is Asian; never next to a weak one', () => {
    expect(scriptGap(ASIAN, LATIN)).toBe(true);
    expect(scriptGap(LATIN, ASIAN)).toBe(true);
    expect(scriptGap(COMPLEX, ASIAN)).toBe(true);
    expect(scriptGap(LATIN, COMPLEX)).toBe(false);
    expect(scriptGap(ASIAN, ASIAN)).toBe(false);
    expect(scriptGap(WEAK, ASIAN)).toBe(false);
    expect(scriptGap(ASIAN, WEAK)).toBe(false);
    expect([...scriptGaps('中a中')]).toEqual([0, 1, 1]);
    expect([...scriptGaps('中 a')]).toEqual([0, 0, 1]);
  });

  it('0.24 em and 0.06 pt, on the size LibreOffice draws at', () => {
    expect(scriptGapEm(12)).toBeCloseTo(0.245, 9);
    expect(scriptGapEm(60)).toBeCloseTo(0.241, 9);
    const lo = metricsFor(ARIAL, false, 'lo');
    const plain = textWidthEm('中文', lo, 'lo', 24) + textWidthEm('ab', lo, 'lo', 24);
    expect(textWidthEm('中文ab', lo, 'lo', 24)).toBeCloseTo(plain + scriptGapEm(libreOfficeSizePt(24)), 9);
    // At 14 pt LibreOffice draws at 14.04 pt: the gap is that size's.
    const plain14 = textWidthEm('中文', lo, 'lo', 14) + textWidthEm('ab', lo, 'lo', 14);
    expect(textWidthEm('中文ab', lo, 'lo', 14)).toBeCloseTo(plain14 + scriptGapEm(14.04), 12);
    expect(scriptGapEm(14.04)).not.toBeCloseTo(scriptGapEm(14), 12);
    // A … glued to Chinese text is complex script: the gap comes before it.
    const ppem = libreOfficePpem(24);
    expect(textWidthEm('中…', lo, 'lo', 24)).toBeCloseTo(1 + lo.loCharEm(0x2026, COMPLEX, ppem) + scriptGapEm(libreOfficeSizePt(24)), 12);
  });

  it('PowerPoint adds no gap and no kerning', () => {
    const ppt = metricsFor(ARIAL, false, 'ppt');
    expect(textWidthEm('中文ab', ppt, 'ppt', 24)).toBeCloseTo(ppt.textEm('中文ab'), 12);
  });
});

describe('the 600 dpi grid and the widths LibreOffice draws', () => {
  it('sizes round to whole pixels, at least one', () => {
    expect(libreOfficePpem(14)).toBe(117);
    expect(libreOfficePpem(0.01)).toBe(1);
    expect(libreOfficeSizePt(14)).toBeCloseTo(14.04, 9);
    expect(libreOfficeSizePt(18)).toBe(18);
  });

  it('a Latin advance is rounded to whole pixels, then given the safety factor; a 1-em one stays 1', () => {
    const lo = metricsFor(ARIAL, false, 'lo');
    const ppem = libreOfficePpem(14);
    expect(lo.loCharEm(0x41, LATIN, ppem)).toBeCloseTo((Math.round(0.667 * ppem) / ppem) * SAFETY.lo, 9);
    expect(lo.loCharEm(0x4e2d, ASIAN, ppem)).toBe(1);
    // “ is drawn in the East Asian face in either script.
    expect(lo.loCharEm(0x201c, LATIN, ppem)).toBe(1);
    expect(lo.loCharEm(0x201c, ASIAN, ppem)).toBe(1);
    // • (U+2022) resolved to Latin script takes Arial's width; to Asian script the CJK fallback's full width.
    expect(lo.loCharEm(0x2022, LATIN, ppem)).toBeLessThan(0.5);
    expect(lo.loCharEm(0x2022, ASIAN, ppem)).toBe(1);
    expect(lo.loCharEm(0x2032, LATIN, ppem)).toBeLessThan(lo.loCharEm(0x2032, ASIAN, ppem)); // ′ narrower than 1 em either way
    expect(lo.loCharEm(0x3b1, LATIN, ppem)).toBeCloseTo(lo.loTables(ppem)[0][0x3b1], 12);
    // § below DENSE: Arial's own as Latin script, the CJK fallback's full width as Asian script.
    expect(lo.loCharEm(0xa7, LATIN, ppem)).toBeCloseTo((Math.round(0.557 * ppem) / ppem) * SAFETY.lo, 12);
    expect(lo.loCharEm(0xa7, ASIAN, ppem)).toBe(1);
    expect(lo.loCharEm(0x4e2d, LATIN, ppem)).toBe(1);
  });

  it('the tables below DENSE, once per pixel size: Latin script takes the face\'s own width, Asian script the full one', () => {
    const lo = metricsFor(ARIAL, false, 'lo');
    const ppem = libreOfficePpem(14);
    const [latin, asian] = lo.loTables(ppem);
    expect(lo.loTables(ppem)[0]).toBe(latin);
    expect(latin.length).toBe(DENSE);
    expect(latin[0x41]).toBeCloseTo((Math.round(0.667 * ppem) / ppem) * SAFETY.lo, 12);
    expect(asian[0x41]).toBe(latin[0x41]);
    expect(asian[0xa7]).toBe(1); // § as Asian script: the CJK fallback's full width
    expect(latin[0xa7]).toBeCloseTo((Math.round(0.557 * ppem) / ppem) * SAFETY.lo, 12); // as Latin: Arial's own
    expect(latin[0xb7]).toBe(1); // · is drawn in the East Asian face either way
    expect(latin[0xad]).toBe(0); // the soft hyphen is invisible in either script (Arial's table has a glyph: 0.333)
    expect(asian[0xad]).toBe(0);
    expect(lo.loTables(libreOfficePpem(15))[0]).not.toBe(latin);
  });

  it('U+FFFF is one UTF-16 unit: the character after it is measured and takes its script', () => {
    const lo = metricsFor(ARIAL, false, 'lo');
    const ppem = libreOfficePpem(24);
    expect([...resolveScripts('\uFFFFA')]).toEqual([LATIN, LATIN]);
    expect(textWidthEm('\uFFFFA', lo, 'lo', 24)).toBeCloseTo(lo.loCharEm(0xffff, LATIN, ppem) + lo.loCharEm(0x41, LATIN, ppem), 12);
  });

  it('kerning: whole pixels, ASCII pairs only, and only when the face has a table', () => {
    const lo = metricsFor(ARIAL, false, 'lo');
    const ppem = libreOfficePpem(48);
    expect(lo.kerns).toBe(true);
    const k = lo.kernEm(0x41, 0x56, ppem); // "AV"
    expect(k).toBeLessThan(0);
    expect(Math.round(k * ppem)).toBeCloseTo(k * ppem, 9);
    expect(lo.kernEm(0x41, 0x4e2d, ppem)).toBe(0);
    expect(lo.kernEm(0x4e2d, 0x41, ppem)).toBe(0);
    expect(lo.kernEm(0x80, 0x41, ppem)).toBe(0); // one past ASCII, first or second
    expect(lo.kernEm(0x7f, 0x80, ppem)).toBe(0);
    expect(metricsFor(ARIAL, false, 'ppt').kernEm(0x41, 0x56, ppem)).toBe(0);
    expect(textWidthEm('AV', lo, 'lo', 48)).toBeCloseTo(lo.loCharEm(0x41, LATIN, ppem) + lo.loCharEm(0x56, LATIN, ppem) + k, 12);
    // A space after Chinese text is Asian script: no kerning with the Latin letter after it (Arial kerns " A").
    expect(lo.kernEm(0x20, 0x41, ppem)).not.toBe(0);
    const expected = 1 + lo.loCharEm(0x20, ASIAN, ppem) + lo.loCharEm(0x41, LATIN, ppem) + scriptGapEm(libreOfficeSizePt(48));
    expect(textWidthEm('中 A', lo, 'lo', 48)).toBeCloseTo(expected, 12);
  });
});

describe('remember: the bounded caches of widths', () => {
  it('computes on a miss, serves a hit, and empties a cache holding more than its limit before adding', () => {
    const cache = new Map<string, number>();
    let calls = 0;
    const get = (k: string) => remember(cache, k, 2, () => ++calls);
    expect(get('a')).toBe(1);
    expect(get('a')).toBe(1);
    get('b');
    get('c'); // two held when c is added: not more than the limit
    expect([...cache.keys()]).toEqual(['a', 'b', 'c']);
    expect(get('a')).toBe(1);
    get('d'); // three held: emptied, then d
    expect([...cache.keys()]).toEqual(['d']);
    expect(get('a')).toBe(5);
  });
});

describe('measureWidthPt: the wider renderer, each face, weight and size on its own', () => {
  it('the wider of LibreOffice (with its gaps) and PowerPoint', () => {
    const lo = textWidthEm('中文ab', metricsFor(ARIAL, false, 'lo'), 'lo', 20) * libreOfficeSizePt(20);
    const ppt = metricsFor(ARIAL, false, 'ppt').textEm('中文ab') * 20;
    expect(measureWidthPt('中文ab', { faces: ARIAL, sizePt: 20 })).toBe(Math.max(lo, ppt));
    expect(lo).toBeGreaterThan(ppt);
    const lo2 = textWidthEm('Hello', metricsFor(ARIAL, false, 'lo'), 'lo', 20) * libreOfficeSizePt(20);
    const ppt2 = metricsFor(ARIAL, false, 'ppt').textEm('Hello') * 20;
    expect(measureWidthPt('Hello', { faces: ARIAL, sizePt: 20 })).toBe(Math.max(lo2, ppt2));
  });

  it('the cache tells faces, weights and sizes apart', () => {
    const a = measureWidthPt('Wide words', { faces: ARIAL, sizePt: 20 });
    expect(measureWidthPt('Wide words', { faces: ARIAL, sizePt: 20, bold: true })).toBeGreaterThan(a);
    expect(measureWidthPt('Wide words', { faces: { ...ARIAL, latin: 'Times New Roman' }, sizePt: 20 })).toBeLessThan(a);
    expect(measureWidthPt('Wide words', { faces: ARIAL, sizePt: 40 })).toBeGreaterThan(a * 1.9);
    expect(metricsFor(ARIAL, true, 'lo')).not.toBe(metricsFor(ARIAL, false, 'lo'));
    expect(metricsFor(ARIAL, false, 'lo')).not.toBe(metricsFor(ARIAL, false, 'ppt'));
    expect(metricsFor(ARIAL)).toBe(metricsFor(ARIAL, false, 'lo'));
  });
});
