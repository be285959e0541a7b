// src/layout/style.ts: the numbers the fitter and the renderer share — the body scale when the base size shrinks
// (lower levels keep their steps but not below the floor), sizes per kind, whole-point line pitch (mono a little
// tighter, never below 1.15), paragraph space (half for sub-items), hanging indents and the insets per box.
import { describe, expect, it } from 'vitest';
import { bodyScale, sizeFor, linePitch, spaceBefore, indentFor, insetFor, BODY_INSET, QUOTE_INSET, CODE_INSET } from '../../src/layout/style.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Theme } from '../../src/theme/types.js';

const gov = resolveTheme('gov-blue'); // body 24/22/20, floor 18, code 18 (min 14), table 18 (min 16), lineSpacing 1.25, paragraphSpacing 0.45
const withSpacing = (lineSpacing: number, paragraphSpacing = 0.45): Theme => ({ ...gov, spacing: { ...gov.spacing, lineSpacing, paragraphSpacing } });

describe('bodyScale', () => {
  it('at the theme size every level keeps its own size', () => {
    expect(bodyScale(gov, 24)).toEqual({ base: 24, level: [24, 24, 22, 20], code: 18, table: 18 });
  });
  it('shrinking the base by 3 pt drops each level by 3, but no level below the floor (18) unless the base is', () => {
    expect(bodyScale(gov, 21)).toEqual({ base: 21, level: [21, 21, 19, 18], code: 15, table: 16 });
    expect(bodyScale(gov, 18)).toEqual({ base: 18, level: [18, 18, 18, 18], code: 14, table: 16 });
    // Below the floor (a last resort): the lower levels follow the base, never above it.
    expect(bodyScale(gov, 16)).toEqual({ base: 16, level: [16, 16, 16, 16], code: 14, table: 16 });
  });
});

describe('sizeFor', () => {
  const scale = { base: 24, level: [24, 24, 22, 20] as [number, number, number, number], code: 17, table: 18 };
  it('code and mono paragraphs take the code size; others their level, level 4+ as 3', () => {
    expect(sizeFor('code', { runs: [], level: 2 }, scale)).toBe(17);
    expect(sizeFor('text', { runs: [], level: 1, mono: true }, scale)).toBe(17);
    expect([0, 1, 2, 3, 5].map((level) => sizeFor('text', { runs: [], level }, scale))).toEqual([24, 24, 22, 20, 20]);
    expect(sizeFor('quote', { runs: [], level: 2 }, scale)).toBe(22);
  });
});

describe('linePitch', () => {
  it('rounds up to a whole point: size × line spacing, mono at line spacing − 0.1 but at least 1.15', () => {
    expect(linePitch(gov, 24)).toBe(30); // 24 × 1.25
    expect(linePitch(gov, 21)).toBe(27); // 26.25 ↑
    expect(linePitch(gov, 20, true)).toBe(23); // 20 × 1.15
    expect(linePitch(withSpacing(1.5), 20, true)).toBe(28); // 20 × 1.4
    expect(linePitch(withSpacing(1.2), 20, true)).toBe(23); // 1.1 → 1.15
    expect(linePitch(withSpacing(1.5), 20)).toBe(30);
  });
});

describe('spaceBefore', () => {
  it('size × paragraph spacing, rounded; half that for level 2 and deeper', () => {
    expect(spaceBefore(gov, 24, 0)).toBe(11); // 10.8
    expect(spaceBefore(gov, 24, 1)).toBe(11);
    expect(spaceBefore(gov, 24, 2)).toBe(5); // 5.4
    expect(spaceBefore(gov, 24, 3)).toBe(5);
    expect(spaceBefore(withSpacing(1.25, 1), 21, 1)).toBe(21);
  });
});

describe('indentFor', () => {
  it('no indent for plain paragraphs; a hang of 1.2 em, and 24 pt more per level below the first', () => {
    expect(indentFor(0, 24)).toEqual({ marginLeftPt: 0, indentPt: 0 });
    expect(indentFor(-1, 24)).toEqual({ marginLeftPt: 0, indentPt: 0 });
    expect(indentFor(1, 24)).toEqual({ marginLeftPt: 29, indentPt: -29 }); // 28.8
    expect(indentFor(2, 20)).toEqual({ marginLeftPt: 48, indentPt: -24 });
    expect(indentFor(3, 20)).toEqual({ marginLeftPt: 72, indentPt: -24 });
  });
});

describe('insetFor', () => {
  it('quotes and code have their own insets; text, tables and images the body inset', () => {
    expect(insetFor('quote')).toBe(QUOTE_INSET);
    expect(insetFor('code')).toBe(CODE_INSET);
    expect(insetFor('text')).toBe(BODY_INSET);
    expect(insetFor('table')).toBe(BODY_INSET);
    expect([BODY_INSET, QUOTE_INSET, CODE_INSET]).toEqual([[7.2, 3.6, 7.2, 3.6], [18, 9, 14, 9], [10, 7, 10, 7]]);
  });
});
