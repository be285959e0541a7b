import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START, kinsokuAllows } from '../../src/layout/kinsoku.js';

// ECMA-376 Part 1 §17.3.1.16, default Simplified Chinese sets (full-width half written out).
const ECMA_START = '!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠';
const ECMA_END = '$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥';

describe('kinsoku sets', () => {
  it('forbid the usual Chinese punctuation at a line start', () => {
    for (const c of '、。，：；？！）》」』】”’…％‰℃') expect(NO_LINE_START.has(c), c).toBe(true);
  });

  it('forbid opening brackets and quotes at a line end', () => {
    for (const c of '（《「『【“‘［｛〔〖') expect(NO_LINE_END.has(c), c).toBe(true);
  });

  it('contain every ECMA-376 default character', () => {
    for (const c of ECMA_START) expect(NO_LINE_START.has(c), c).toBe(true);
    for (const c of ECMA_END) expect(NO_LINE_END.has(c), c).toBe(true);
  });

  it('contain the checker’s sets (check-deck reports these as KINSOKU)', () => {
    for (const c of '、。，．：；？！）〕］｝〉》」』】”’…‥・ー々ゝゞ〜％‰℃') expect(NO_LINE_START.has(c), c).toBe(true);
    for (const c of '（〔［｛〈《「『【“‘') expect(NO_LINE_END.has(c), c).toBe(true);
  });

  it('leave ideographs, letters, digits and straight quotes free', () => {
    for (const c of '中国A1z"\'') {
      expect(NO_LINE_START.has(c)).toBe(false);
      expect(NO_LINE_END.has(c)).toBe(false);
    }
  });

  it('overlap only where a character binds both ways', () => {
    const both = [...NO_LINE_START].filter((c) => NO_LINE_END.has(c)).sort();
    expect(both).toEqual(['·', '．'].sort());
  });

  it('kinsokuAllows', () => {
    expect(kinsokuAllows('中', '，')).toBe(false);
    expect(kinsokuAllows('“', '中')).toBe(false);
    expect(kinsokuAllows('，', '中')).toBe(true);
    expect(kinsokuAllows('中', '“')).toBe(true);
    expect(kinsokuAllows('中', '国')).toBe(true);
  });
});
