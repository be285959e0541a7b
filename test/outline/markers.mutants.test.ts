// The marker reader at its edges: each family's ordinal and length, markers that are no markers (0., 一二、),
// where a paragraph starts, how runs start/continue/end, and the counts a speech announces. Written against the
// survivors of a mutation run on src/outline/markers.ts (issue 18).
import { describe, expect, it } from 'vitest';
import { LAST, findAnnouncements, findMarkers, findRuns, markerAt, type Occ } from '../../src/outline/markers.js';
import type { Span } from '../../src/outline/sentences.js';

/** Segments ending after each 。 or line break (what sentences.ts gives, simplified for these inputs). */
function spans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。' || text[i] === '\n') {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const at = (s: string) => {
  const m = markerAt(s, 0, false);
  return m && [m.family, m.ordinal, m.len];
};

describe('markerAt: every family, its ordinal and the length of the marker', () => {
  it.each([
    ['（一）是', 'zh-paren', 1, 3],
    ['一、好', 'zh-dun', 1, 2],
    ['第二个问题：', 'zh-part', 2, 6],
    ['第三，', 'zh-di', 3, 3],
    ['十一要', 'zh-yao', 11, 3],
    ['二是“', 'zh-shi', 2, 2],
    ['其一，', 'zh-qi', 1, 3],
    ['首先，', 'zh-seq', 1, 3],
    ['其次，', 'zh-seq', 2, 3],
    ['再次：', 'zh-seq', 3, 3],
    ['最后：', 'zh-seq', LAST, 3],
    ['（２）', 'ar-paren', 2, 3],
    ['（12）', 'ar-paren', 12, 4],
    ['２．的', 'ar-dot', 2, 2],
    ['１２、', 'ar-dot', 12, 3],
    ['3、', 'ar-dot', 3, 2],
    ['③', 'circled', 3, 1],
    ['⑳', 'circled', 20, 1],
    ['First, we', 'en-ord', 1, 5],
    ['Firstly, we', 'en-ord', 1, 7],
    ['First of all, we', 'en-ord', 1, 12],
    ['Secondly: we', 'en-ord', 2, 8],
    ['Third, we', 'en-ord', 3, 5],
    ['Tenth, we', 'en-ord', 10, 5],
    ['Lastly, we', 'en-ord', LAST, 6],
    ['Finally — we', 'en-ord', LAST, 7],
  ])('%s → %s %d (%d characters)', (text, family, ordinal, len) => {
    expect(at(text)).toEqual([family, ordinal, len]);
  });

  it('numbers that are not ordinals: 0, 一二, 十十', () => {
    expect(at('0. 开始')).toBeNull();
    expect(at('（0）开始')).toBeNull();
    expect(at('０．开始')).toBeNull();
    expect(at('一二、三四')).toBeNull();
    expect(at('十十是谁')).toBeNull();
  });

  it('reads at the position asked, and says whether it opens a paragraph', () => {
    expect(markerAt('好。二、坏', 2, true)).toEqual({ family: 'zh-dun', ordinal: 2, pos: 2, len: 2, paraStart: true });
    expect(markerAt('好。二、坏', 0, true)).toBeNull();
  });
});

describe('findMarkers: paragraph starts', () => {
  it('a marker at the start of the text or after a line break opens a paragraph; one after 。 does not', () => {
    const text = '一、甲。二、乙。\n三、丙。';
    expect(findMarkers(text, spans(text)).map((o) => [o.ordinal, o.pos, o.paraStart])).toEqual([
      [1, 0, true],
      [2, 4, false],
      [3, 9, true],
    ]);
  });
});

describe('findRuns', () => {
  const occ = (family: Occ['family'], ordinal: number): Occ => ({ family, ordinal, pos: 0, len: 2, paraStart: true });
  const ords = (occs: Occ[]) => findRuns(occs).map((r) => [r.family, ...r.occs.map((o) => o.ordinal)]);

  it('each family runs on its own, interleaved', () => {
    expect(ords([occ('zh-dun', 1), occ('zh-paren', 1), occ('zh-paren', 2), occ('zh-dun', 2), occ('zh-paren', 1), occ('zh-paren', 2), occ('zh-dun', 3)])).toEqual([
      ['zh-dun', 1, 2, 3],
      ['zh-paren', 1, 2],
      ['zh-paren', 1, 2],
    ]);
  });

  it('a lone 1 is no run; a number out of sequence is skipped; after the last one nothing continues the run', () => {
    expect(ords([occ('zh-yao', 1)])).toEqual([]);
    expect(ords([occ('zh-yao', 1), occ('zh-yao', 3), occ('zh-yao', 2)])).toEqual([['zh-yao', 1, 2]]);
    expect(ords([occ('zh-seq', 1), occ('zh-seq', LAST), occ('zh-seq', 2)])).toEqual([['zh-seq', 1, LAST]]);
    // 最后 closes the run: a second 最后 does not join it.
    expect(ords([occ('zh-seq', 1), occ('zh-seq', 2), occ('zh-seq', LAST), occ('zh-seq', LAST)])).toEqual([['zh-seq', 1, 2, LAST]]);
    expect(ords([occ('zh-seq', 2), occ('zh-seq', 3)])).toEqual([]);
    expect(ords([occ('zh-seq', LAST), occ('zh-seq', 1), occ('zh-seq', 2)])).toEqual([['zh-seq', 1, 2]]);
  });
});

describe('findAnnouncements: the count a speech announces', () => {
  it('Chinese: digits, 两, 几 and numerals; the segment and where it starts', () => {
    const text = '我讲两点意见。说几点体会。抓好十项工作。谈谈三个问题。以下4点要求。';
    expect(findAnnouncements(text, spans(text))).toEqual([
      { pos: 0, count: 2, text: '我讲两点意见。' },
      { pos: 7, count: undefined, text: '说几点体会。' },
      { pos: 13, count: 10, text: '抓好十项工作。' },
      { pos: 20, count: 3, text: '谈谈三个问题。' },
      { pos: 27, count: 4, text: '以下4点要求。' },
    ]);
  });

  it('full-width digits count too (以下３点要求)', () => {
    const text = '以下３点要求。';
    expect(findAnnouncements(text, spans(text))).toEqual([{ pos: 0, count: 3, text }]);
  });

  it('English: number words, digits, several / a few; a Chinese match wins over an English one in the same segment', () => {
    const text = 'I have three points to make.\nThere are 12 reasons.\nSeveral things matter.\nA few ideas here.\n我讲两点意见 three things.';
    expect(findAnnouncements(text, spans(text)).map((a) => [a.pos, a.count])).toEqual([
      [0, 3],
      [29, 12],
      [51, undefined],
      [74, undefined],
      [92, 2],
    ]);
  });

  it('a segment without an announcement gives nothing', () => {
    const text = '今天天气很好。We had two coffees.';
    expect(findAnnouncements(text, spans(text))).toEqual([]);
  });
});
