import { describe, expect, it } from 'vitest';
import {
  SAFETY, latinKind, libreOfficeSizePt, measureWidthPt, metricsFor, scriptGapEm, scriptGaps, type FontFaces,
} from '../../src/layout/measure.js';
import { TABLES } from '../../src/layout/metrics/tables.js';

const ARIAL: FontFaces = { latin: 'Arial', eastAsian: 'Microsoft YaHei' };
const TIMES: FontFaces = { latin: 'Times New Roman', eastAsian: 'SimSun' };
const SIMSUN: FontFaces = { latin: 'SimSun', eastAsian: 'SimSun' };

/** A width from the generated Liberation Sans table, 1/1000 em. */
const libSans = (ch: string) => Number(TABLES['liberation-sans'].split(',')[ch.charCodeAt(0) - 0x20]);

describe('measureWidthPt', () => {
  it("'Hello' in Arial 20 pt is the Liberation Sans table sum (Arial's metrics) with the PowerPoint margin", () => {
    // 723 + 557 + 223 + 223 + 557 = 2283/1000 em; Arial's own advances are 4667/2048 = 2.2788 em.
    expect(libSans('H') + libSans('e') + 2 * libSans('l') + libSans('o')).toBe(2283);
    expect(measureWidthPt('Hello', { faces: ARIAL, sizePt: 20 })).toBeCloseTo(2.283 * 20 * SAFETY.ppt, 9);
    expect(measureWidthPt('Hello', { faces: ARIAL, sizePt: 20 })).toBeGreaterThan((4667 / 2048) * 20);
  });

  it('scales with the size', () => {
    const w20 = measureWidthPt('Revenue grew', { faces: ARIAL, sizePt: 20 });
    const w40 = measureWidthPt('Revenue grew', { faces: ARIAL, sizePt: 40 });
    expect(w40 / w20).toBeCloseTo(2, 2);
  });

  // 18, 24 and 36 pt are whole pixels on LibreOffice's 600 dpi grid; at 20 pt it draws 20.04 pt (see below).
  it('sets CJK ideographs, full-width punctuation and “” at 1 em', () => {
    expect(measureWidthPt('中文测试', { faces: ARIAL, sizePt: 24 })).toBe(96);
    expect(measureWidthPt('“两个确立”，', { faces: ARIAL, sizePt: 24 })).toBe(7 * 24);
    expect(measureWidthPt('《》【】（）：；', { faces: TIMES, sizePt: 18 })).toBe(8 * 18);
    expect(measureWidthPt('……——', { faces: ARIAL, sizePt: 24 })).toBe(96);
    expect(measureWidthPt('中文', { faces: ARIAL, sizePt: 20 })).toBeCloseTo(2 * 20.04, 9); // the wider renderer wins
  });

  it('does not widen CJK in bold, but does widen Latin', () => {
    expect(measureWidthPt('中文', { faces: ARIAL, sizePt: 24, bold: true })).toBe(48);
    expect(measureWidthPt('Hello', { faces: ARIAL, sizePt: 20, bold: true })).toBeGreaterThan(
      measureWidthPt('Hello', { faces: ARIAL, sizePt: 20 }));
  });

  it('gives ASCII at least 0.5 em when the Latin face is a Chinese font', () => {
    const w = measureWidthPt('iiiii', { faces: SIMSUN, sizePt: 20 });
    expect(w).toBeGreaterThanOrEqual(5 * 0.5 * 20);
    expect(measureWidthPt('iiiii', { faces: ARIAL, sizePt: 20 })).toBeLessThan(w);
  });

  it('measures an unknown Latin face at least as wide as every known one', () => {
    const text = 'The quick brown fox, 2024!';
    const unknown = measureWidthPt(text, { faces: { latin: 'Some Face', eastAsian: 'SimSun' }, sizePt: 20 });
    for (const latin of ['Arial', 'Times New Roman', 'Calibri', 'Courier New', 'Cambria', 'Microsoft YaHei', 'SimSun', 'Consolas']) {
      expect(unknown, latin).toBeGreaterThanOrEqual(measureWidthPt(text, { faces: { latin, eastAsian: 'SimSun' }, sizePt: 20 }));
    }
  });

  it('sets emoji at 1 em and combining marks at 0', () => {
    expect(measureWidthPt('😀', { faces: ARIAL, sizePt: 24 })).toBe(24);
    expect(measureWidthPt('e\u0301', { faces: ARIAL, sizePt: 20 })).toBeCloseTo(measureWidthPt('e', { faces: ARIAL, sizePt: 20 }), 9);
  });

  it('counts LibreOffice’s gap between Asian and Western text', () => {
    expect([...scriptGaps('中A中')]).toEqual([0, 1, 1]);
    expect([...scriptGaps('中 “A”')]).toEqual([0, 0, 0, 1, 0]); // weak space and quote join the script before them
    const apart = measureWidthPt('中', { faces: ARIAL, sizePt: 36 }) + measureWidthPt('AB', { faces: ARIAL, sizePt: 36 });
    const together = measureWidthPt('中AB', { faces: ARIAL, sizePt: 36 });
    expect(together - apart).toBeGreaterThan(0.23 * 36); // measured 0.2386 em at 36 pt
    expect(scriptGapEm(36)).toBeGreaterThanOrEqual(0.2386);
  });

  it('rounds the size to LibreOffice’s 600 dpi grid', () => {
    expect(libreOfficeSizePt(14)).toBeCloseTo(14.04, 9);
    expect(libreOfficeSizePt(18)).toBe(18);
    expect(libreOfficeSizePt(40)).toBeCloseTo(39.96, 9);
  });

  it('classifies faces', () => {
    expect(latinKind('Arial')).toBe('sans');
    expect(latinKind('Times New Roman')).toBe('serif');
    expect(latinKind('Calibri')).toBe('calibri');
    expect(latinKind('Microsoft YaHei')).toBe('cjkProportional');
    expect(latinKind('微软雅黑')).toBe('cjkProportional');
    expect(latinKind('仿宋')).toBe('cjkFixed');
    expect(latinKind('FangSong_GB2312')).toBe('cjkFixed');
    expect(latinKind('Consolas')).toBe('monoOther');
    expect(latinKind('Wingdings Pro')).toBe('unknown');
  });

  it('gives LibreOffice the fonts fontconfig substitutes here', () => {
    // Microsoft YaHei as a Latin face is drawn with DejaVu Sans by LibreOffice: 'H' is 1540/2048 em there.
    const lo = metricsFor({ latin: 'Microsoft YaHei', eastAsian: 'Microsoft YaHei' }, false, 'lo');
    expect(lo.loCharEm('H'.charCodeAt(0), 1, 1000)).toBeCloseTo(0.752 * SAFETY.lo, 6);
  });
});
