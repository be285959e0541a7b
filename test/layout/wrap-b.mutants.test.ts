// src/layout/wrap.ts, its second half (the widths, breakLo, breakPpt, cut, fill, wrapBoth, wrapRuns, splitSentences),
// written for the lead's run layout-k (stop 28) before it reached these lines: every mutant Stryker's instrumenter
// makes of them was applied against this file (README lists the equivalent ones). Each test puts the first character
// that does not fit exactly where one rule decides the break — the box width is computed from the widths measure.ts
// gives (its LibreOffice grid, kerning and gaps, PowerPoint's faces) — and asserts the lines of both predictions.
import { describe, expect, it } from 'vitest';
import { libreOfficeSizePt, metricsFor, textWidthEm, type FontFaces } from '../../src/layout/measure.js';
import { splitSentences, wrapBoth, wrapRuns, type WrapRun } from '../../src/layout/wrap.js';

const ARIAL: FontFaces = { latin: 'Arial', eastAsian: 'Microsoft YaHei' };
const TIMES: FontFaces = { latin: 'Times New Roman', eastAsian: 'SimSun' };
const COURIER: FontFaces = { latin: 'Courier New', eastAsian: 'SimSun' };
interface Style { sizePt?: number; faces?: FontFaces; bold?: boolean; mono?: FontFaces }

/** Both predictions for `text` (one run) or `runs` in a box `maxWidthPt` wide; 24 pt Arial unless told. */
const both = (text: string | WrapRun[], maxWidthPt: number, { sizePt = 24, faces = ARIAL, bold = false, mono }: Style = {}) =>
  wrapBoth(typeof text === 'string' ? [{ text }] : text, { style: { faces, sizePt, bold }, mono, maxWidthPt });
/** LibreOffice's width in points of one run of text (its 600 dpi grid, pair kerning, Asian/Western gaps). */
const loPt = (text: string, { sizePt = 24, faces = ARIAL, bold = false }: Style = {}) =>
  textWidthEm(text, metricsFor(faces, bold, 'lo'), 'lo', sizePt) * libreOfficeSizePt(sizePt);
/** PowerPoint's width in points of one run of text (the real faces' advances, no kerning, no gaps). */
const pptPt = (text: string, { sizePt = 24, faces = ARIAL, bold = false }: Style = {}) => metricsFor(faces, bold, 'ppt').textEm(text) * sizePt;
/** The wider of the two: a box this wide (plus a hair) holds `text` on one line in both. */
const widest = (text: string, s: Style = {}) => Math.max(loPt(text, s), pptPt(text, s));

describe('character widths: faces, weights, kerning', () => {
  it('a code run is measured in the mono face; without one, in the body face', () => {
    const runs: WrapRun[] = [{ text: 'iiiiiiiiii', code: true }];
    const w = widest('iiiii', { faces: COURIER }) + 0.01;
    expect(both(runs, w, { mono: COURIER })).toEqual({ lo: ['iiiii', 'iiiii'], ppt: ['iiiii', 'iiiii'] });
    expect(both(runs, w)).toEqual({ lo: ['iiiiiiiiii'], ppt: ['iiiiiiiiii'] }); // Arial's i is a third as wide
    // The same paragraph wrapped again with another mono face is measured in that face, not the first one's.
    expect(both(runs, w, { mono: ARIAL })).toEqual({ lo: ['iiiiiiiiii'], ppt: ['iiiiiiiiii'] });
    expect(both(runs, w, { mono: COURIER }).lo).toEqual(['iiiii', 'iiiii']);
  });

  it('bold text — a bold run, a bold style, a bold code run — is measured in the bold face', () => {
    const text = 'iiiiiiiiii';
    const w = widest('iiiii', { bold: true }) + 0.01;
    expect(widest('iiiiii')).toBeLessThan(w); // six regular ones would fit
    const five = { lo: ['iiiii', 'iiiii'], ppt: ['iiiii', 'iiiii'] };
    expect(both([{ text, bold: true }], w)).toEqual(five);
    expect(both(text, w, { bold: true })).toEqual(five);
    expect(both([{ text, code: true, bold: true }], w, { faces: COURIER, mono: ARIAL })).toEqual(five);
    expect(both([{ text, code: true }], w, { faces: COURIER, mono: ARIAL })).toEqual({ lo: ['iiiiii', 'iiii'], ppt: ['iiiiii', 'iiii'] });
  });

  it('LibreOffice kerns every pair of a Latin run, the last one too; PowerPoint does not kern', () => {
    const text = 'AVAVAVAVAV';
    const kerned = loPt(text);
    const plain = [...text].reduce((s, ch) => s + loPt(ch), 0);
    expect(plain - kerned).toBeGreaterThan(10); // 9 pairs of -0.074 em
    expect(both(text, kerned + 0.01)).toEqual({ lo: [text], ppt: ['AVAVAVAV', 'AV'] });
    expect(both(text, kerned - 0.01).lo).toEqual(['AVAVAVAVA', 'V']);
  });

  it('LibreOffice kerns inside a run, not across a change of weight', () => {
    const runs: WrapRun[] = [{ text: 'AVAVAV' }, { text: 'AVAVAV', bold: true }];
    const total = loPt('AVAVAV') + loPt('AVAVAV', { bold: true });
    expect(both(runs, total + 0.01).lo).toEqual(['AVAVAVAVAVAV']);
    expect(both(runs, total - 0.01).lo).toEqual(['AVAVAVAVAVA', 'V']);
  });

  it('LibreOffice kerns only after Latin text: not a space that follows Chinese', () => {
    const text = '中 A中 A中 A中 A';
    const w = loPt(text);
    expect(both(text, w + 0.01).lo).toEqual([text]);
    expect(both(text, w - 0.5).lo).toEqual(['中 A中 A中 A中 ', 'A']);
  });

  it('a weak character after Chinese takes the Asian width: a no-break space in Times New Roman', () => {
    const text = `中${'\u00a0'.repeat(24)}中`;
    const w = loPt(text, { faces: TIMES });
    expect(loPt(`A${'\u00a0'.repeat(24)}`, { faces: TIMES }) - loPt('A', { faces: TIMES })).toBeLessThan(w - loPt('中中', { faces: TIMES }) - 2);
    expect(both(text, w + 0.01, { faces: TIMES }).lo).toEqual([text]);
    expect(both(text, w - 1, { faces: TIMES }).lo).toEqual([text.slice(0, -1), '中']);
  });

  it('an emoji is one wide character (its surrogate pair is never split), U+0460 and € have their own widths', () => {
    expect(both('😀😀😀😀', 48.01)).toEqual({ lo: ['😀😀', '😀😀'], ppt: ['😀😀', '😀😀'] });
    expect(both('😀😀😀😀', 47.9)).toEqual({ lo: ['😀', '😀', '😀', '😀'], ppt: ['😀', '😀', '😀', '😀'] });
    expect(both('😀😀😀', 1)).toEqual({ lo: ['😀', '😀', '😀'], ppt: ['😀', '😀', '😀'] });
    const euro = '€€€€€€€€€€';
    expect(both(euro, widest('€€€€€') + 0.01)).toEqual({ lo: ['€€€€€', '€€€€€'], ppt: ['€€€€€', '€€€€€'] });
    const omega = 'ѠѠѠѠѠѠ';
    expect(both(omega, widest('ѠѠѠ') + 0.01)).toEqual({ lo: ['ѠѠѠ', 'ѠѠѠ'], ppt: ['ѠѠѠ', 'ѠѠѠ'] });
  });
});

describe('breaking after Chinese text (LibreOffice BreakIterator_CJK, PowerPoint)', () => {
  it('full-width punctuation that overflows hangs past the edge, in the middle and at the end of a paragraph', () => {
    expect(both('一二三四五六七八九十，一二', 240)).toEqual({ lo: ['一二三四五六七八九十，', '一二'], ppt: ['一二三四五六七八九十，', '一二'] });
    expect(both('一二三四五六七八九十，', 240)).toEqual({ lo: ['一二三四五六七八九十，'], ppt: ['一二三四五六七八九十，'] });
  });

  it('but not when a character that may not start a line follows it: the break steps back', () => {
    expect(both('一二三四五六七八九十，”一', 240)).toEqual({ lo: ['一二三四五六七八九', '十，”一'], ppt: ['一二三四五六七八九', '十，”一'] });
    expect(both('一二三四五六七八九“十一二”', 240)).toEqual({ lo: ['一二三四五六七八九', '“十一二”'], ppt: ['一二三四五六七八九', '“十一二”'] });
  });

  it('a line with no opportunity back to its start is cut where it overflows', () => {
    expect(both('「「「「「「「「「「', 120.01)).toEqual({ lo: ['「「「「「', '「「「「「'], ppt: ['「「「「「', '「「「「「'] });
  });

  it('a hard break ends the line: the next segment\'s first character is not measured on it', () => {
    expect(both('一二三四\n，五', 96.01)).toEqual({ lo: ['一二三四\n', '，五'], ppt: ['一二三四\n', '，五'] });
  });

  it('the gap before the first character of a line is not counted', () => {
    expect(both('AAAAA一二三四', 96.01).lo).toEqual(['AAAAA', '一二三四']);
  });

  it('a zero-width character never overflows a line itself, even when the gap before it does', () => {
    expect(both('一二三四五\uFEFF六', 120.01).lo).toEqual(['一二三四', '五\uFEFF六']);
  });
});

describe('links: a LibreOffice field longer than a line', () => {
  it('is cut by characters where it overflows, at the paragraph\'s start too, even at a space', () => {
    const runs: WrapRun[] = [{ text: 'aaaaaaaaaa bb', href: 'https://x' }];
    const w = loPt('aaaaaaaaaa') + 0.1;
    expect(both(runs, w).lo).toEqual(['aaaaaaaaaa', ' bb']);
    expect(both([{ text: 'aaaaaaaaaa bb' }], w).lo).toEqual(['aaaaaaaaaa ', 'bb']); // plain text: the space hangs
  });
});

describe('breaking after Latin text (LibreOffice ICU, PowerPoint)', () => {
  it('a word that overflows goes to the next line; the space before it stays; an overflowing space hangs', () => {
    expect(both('aa bb cc', widest('aa bb ') + 0.01)).toEqual({ lo: ['aa bb ', 'cc'], ppt: ['aa bb ', 'cc'] });
    expect(both('aaaa bbbb', widest('aaaa bb') + 0.01)).toEqual({ lo: ['aaaa ', 'bbbb'], ppt: ['aaaa ', 'bbbb'] });
    expect(both('aaaa bbbb', widest('aaaa') + 0.1)).toEqual({ lo: ['aaaa ', 'bbbb'], ppt: ['aaaa ', 'bbbb'] });
  });

  it('LibreOffice does not break right after a \'/\' where the line overflows, but at the opportunity before', () => {
    const text = '说明文档：https://example.com/docs';
    const w = loPt('说明文档：https://example.com/') + 0.01;
    expect(both(text, w).lo).toEqual(['说明文档：https://', 'example.com/docs']);
  });

  it('a hanging 、 after a Latin word with no break: it hangs if its gap fits and text follows, else the word is cut', () => {
    const python = loPt('Python');
    expect(both('Python、Java', python + 6).lo).toEqual(['Python、', 'Java']); // the 5.76 pt gap fits
    expect(both('Python、Java', python + 1).lo).toEqual(['Python', '、Jav', 'a']);
    expect(both('Python、', python + 6).lo).toEqual(['Python', '、']); // it ends the paragraph
  });
});

describe('cutting, the box width, the larger prediction', () => {
  it('a box narrower than one character holds one character a line', () => {
    expect(both('abc', 1)).toEqual({ lo: ['a', 'b', 'c'], ppt: ['a', 'b', 'c'] });
    expect(both('abc', -10)).toEqual({ lo: ['a', 'b', 'c'], ppt: ['a', 'b', 'c'] });
  });

  it('wrapRuns keeps LibreOffice\'s lines when both predictions have as many', () => {
    const runs = [{ text: 'aa bb一二三 cc' }];
    const w = pptPt('aa bb一二') + 0.01;
    expect(loPt('aa bb一二')).toBeGreaterThan(w);
    const { lo, ppt } = both(runs, w);
    expect(lo).toEqual(['aa bb一', '二三 cc']);
    expect(ppt).toEqual(['aa bb一二', '三 cc']);
    expect(wrapRuns(runs, { style: { faces: ARIAL, sizePt: 24 }, maxWidthPt: w }).lines).toEqual(lo);
  });

  it('wrapRuns keeps PowerPoint\'s lines when they are more (its faces are a little wider here)', () => {
    const text = 'aaaa bbbb';
    const w = (loPt(text) + pptPt(text)) / 2;
    expect(loPt(text)).toBeLessThan(w);
    expect(both(text, w)).toEqual({ lo: [text], ppt: ['aaaa ', 'bbbb'] });
    expect(wrapRuns([{ text }], { style: { faces: ARIAL, sizePt: 24 }, maxWidthPt: w }).lines).toEqual(['aaaa ', 'bbbb']);
  });
});

describe('splitSentences', () => {
  it('splits back-to-back one-character sentences, and gives one empty piece for an empty text', () => {
    expect(splitSentences('一。二。三')).toEqual(['一。', '二。', '三']);
    expect(splitSentences('')).toEqual(['']);
  });
});
