// src/layout/numbering.ts: Chinese numerals for section counts (十, 十二, 二十, 一百零五, 一百一十), the author's own
// numbers kept, and the theme's label for a section title without one, in Chinese and in English.
import { describe, expect, it } from 'vitest';
import { chineseNumber, hasOwnNumber, sectionLabel } from '../../src/layout/numbering.js';

describe('chineseNumber', () => {
  it('writes every form a section count takes', () => {
    const cases: [number, string][] = [
      [0, '零'], [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'],
      [100, '一百'], [101, '一百零一'], [109, '一百零九'], [110, '一百一十'], [115, '一百一十五'], [120, '一百二十'], [199, '一百九十九'], [205, '二百零五'], [230, '二百三十'],
    ];
    expect(cases.map(([n]) => chineseNumber(n))).toEqual(cases.map(([, s]) => s));
  });
});

describe('hasOwnNumber', () => {
  it('keeps the author\'s numbers, after trimming the title', () => {
    for (const t of ['一、总体要求', '  （二）重点任务', '第三部分 保障措施', '一要提高站位', '首先，统一思想', '1. Scope', '2.1 Plan', '(3) Risks', 'Part 2 Results', 'Finally, thanks', 'IV. Outlook'])
      expect([t, hasOwnNumber(t)]).toEqual([t, true]);
    for (const t of ['总体要求', '第一书记的职责', 'Partners', 'Firstly important', '2026 年工作'])
      expect([t, hasOwnNumber(t)]).toEqual([t, false]);
  });
});

describe('sectionLabel', () => {
  it('zh: 一、 in Chinese decks (zh, zh-CN, zh-TW), "1. " elsewhere', () => {
    expect(sectionLabel(3, 'zh', 'zh-CN')).toBe('三、');
    expect(sectionLabel(12, 'zh', 'zh')).toBe('十二、');
    expect(sectionLabel(3, 'zh', 'en')).toBe('3. ');
  });
  it('arabic: "N. " whatever the language', () => {
    expect(sectionLabel(4, 'arabic', 'zh-CN')).toBe('4. ');
    expect(sectionLabel(4, 'arabic', 'en')).toBe('4. ');
  });
  it('part: 第N部分 in Chinese, "Part N " in English', () => {
    expect(sectionLabel(2, 'part', 'zh-CN')).toBe('第二部分 ');
    expect(sectionLabel(2, 'part', 'en-US')).toBe('Part 2 ');
  });
  it('none: no label', () => {
    expect(sectionLabel(2, 'none', 'zh-CN')).toBe('');
  });
});
