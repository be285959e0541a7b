// src/layout/measure.ts against the survivors of the lead's run layout-k (stop 28). metricsFor() keeps one Metrics
// per face, weight and renderer for the whole process, so under Stryker (isolate: false) its constructor runs once,
// in whichever test reaches it first: the tests here build their own `new Metrics(…)`, so the constructor's width
// table (full-width punctuation, the table's entries past DENSE, control characters, the tab, combining marks) is
// built while each mutant is active.
import { describe, expect, it } from 'vitest';
import { ASIAN, COMPLEX, DENSE, LATIN, Metrics, SAFETY, WEAK, libreOfficePpem, libreOfficeSizePt, scriptClass, textWidthEm } from '../../src/layout/measure.js';

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase()}`;

describe('a new Metrics: its width table', () => {
  it('the full-width punctuation is 1 em, even where the CJK fallback draws it wider (№) or the Latin face narrower (Courier\'s —)', () => {
    const arial = new Metrics('Arial', false, 'ppt');
    expect(arial.charEm(0x2116)).toBe(1); // № : Noto Sans CJK's is 1.089 em
    expect(new Metrics('Arial', true, 'ppt').charEm(0x2116)).toBe(1); // bold: 1.137 em
    const courier = new Metrics('Courier New', false, 'ppt');
    expect(courier.charEm(0x2014)).toBe(1); // — : Courier's 0.6 em, the fallback's 0.894
    expect(courier.charEm(0x201c)).toBe(1);
  });

  it('entries of the face\'s table past DENSE keep their own widths (not the unknown 1 em)', () => {
    const arial = new Metrics('Arial', false, 'ppt');
    expect(arial.charEm(0x2013)).toBeCloseTo(0.563 * SAFETY.ppt, 9); // – (the CJK fallback's 0.563, wider than Arial's 0.556)
    expect(arial.charEm(0x20ac)).toBeLessThan(1); // €
    expect(arial.charEm(0x2039)).toBeLessThan(0.5); // ‹
  });

  it('control characters take no room; a tab takes 6 em; the combining marks end at U+036F, both ends zero', () => {
    for (const r of ['ppt', 'lo'] as const) {
      const m = new Metrics('Arial', false, r);
      for (const cp of [0, 1, 8, 10, 13, 0x1f]) expect(m.charEm(cp), `${r} ${hex(cp)}`).toBe(0);
      expect(m.charEm(9), r).toBe(6);
      expect(m.charEm(0x20), r).toBeGreaterThan(0);
      for (const cp of [0x300, 0x36f]) expect(m.charEm(cp), `${r} ${hex(cp)}`).toBe(0);
      expect(m.charEm(0x370), r).toBeGreaterThan(0);
    }
  });
});

describe('LibreOffice widths of single characters at DENSE and past it', () => {
  it('U+0460 (the first code point past the flat tables) is measured, not read past their end', () => {
    const m = new Metrics('Arial', false, 'lo');
    const ppem = libreOfficePpem(18);
    expect(m.loCharEm(DENSE, LATIN, ppem)).toBe(1);
    expect(m.loCharEm(DENSE - 1, LATIN, ppem)).toBeCloseTo((Math.round(0.553 * ppem) / ppem) * SAFETY.lo, 12);
    expect(textWidthEm('Ѡa', m, 'lo', 18)).toBeCloseTo(1 + m.loCharEm(0x61, LATIN, ppem), 12);
    expect(libreOfficeSizePt(18)).toBe(18);
  });
});

describe('scriptClass one past the Khmer/Mongolian, Latin Extended Additional, Arabic presentation and supplementary Asian blocks', () => {
  it('punctuation just before Khmer, the en quad after U+1FFF and the variation selector after U+FDFF are weak', () => {
    // (Just before Khmer: Philippine punctuation and an unassigned point, neither a letter: weak, not complex.)
    for (const cp of [0x1735, 0x177f, 0x2000, 0xfe00]) expect(scriptClass(cp), hex(cp)).toBe(WEAK);
    for (const cp of [0x1780, 0x18af, 0x1fff, 0xfb50, 0xfdff, 0xfe70]) expect(scriptClass(cp), hex(cp)).not.toBe(WEAK);
    expect(scriptClass(0x1fff)).toBe(LATIN);
    expect(scriptClass(0xfdff)).toBe(COMPLEX);
  });
  it('the Asian planes end at U+3FFFD: the two noncharacters after it and the planes above are weak', () => {
    expect(scriptClass(0x3fffd)).toBe(ASIAN);
    for (const cp of [0x3fffe, 0x3ffff, 0x40000, 0xe0100]) expect(scriptClass(cp), hex(cp)).toBe(WEAK);
  });
});
