// Title fitting (src/layout/titles.ts) at its boundaries, written against StrykerJS's survivors: one line with a
// shrink of at most 4 pt first, then the largest size within the line limit, then the floor; the box height as a
// limit; the break after the clause mark nearest the middle; the title box itself.
import { describe, expect, it } from 'vitest';
import { fitTitle, titleBox, type TitleSpec } from '../../src/layout/titles.js';
import { BODY_INSET, BOX_SLACK_PT } from '../../src/layout/style.js';
import { wrapRuns } from '../../src/layout/wrap.js';
import { resolveTheme } from '../../src/theme/index.js';

const faces = resolveTheme('gov-blue').fonts.title;
const INSETS_X = BODY_INSET[0] + BODY_INSET[2];
/** The narrowest text width (pt, to 0.01) that keeps `text` on one line at `size`. */
const oneLine = (text: string, size: number, bold = false) => {
  let lo = 1;
  let hi = 4000;
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (wrapRuns([{ text, bold }], { style: { faces, sizePt: size, bold }, maxWidthPt: mid }).lines.length === 1) hi = mid;
    else lo = mid;
  }
  return hi;
};
const needIn = (lines: number, size: number, ls = 1.15) => (lines * Math.ceil(size * ls) + BODY_INSET[1] + BODY_INSET[3] + BOX_SLACK_PT) / 72;
const spec = (text: string, wPt: number, hIn: number, extra: Partial<TitleSpec> = {}): TitleSpec => ({
  runs: [{ text }], faces, mono: faces, maxPt: 32, minPt: 24, maxLines: 2, box: { x: 1, y: 1, w: (wPt + INSETS_X) / 72, h: hIn }, lineSpacing: 1.15, ...extra,
});
const TEXT = '深化改革推动高质量发展';

describe('fitTitle', () => {
  it('keeps the largest size when the title fits, with the exact pitch and height it needs', () => {
    const f = fitTitle(spec(TEXT, 2000, 3));
    expect(f).toEqual({ runs: [{ text: TEXT }], sizePt: 32, lines: 1, pitch: 37, needIn: needIn(1, 32) });
  });

  it('shrinks up to 4 pt to stay on one line', () => {
    for (const k of [1, 4]) {
      const f = fitTitle(spec(TEXT, oneLine(TEXT, 32 - k) + 0.05, 3));
      expect([f.sizePt, f.lines]).toEqual([32 - k, 1]);
    }
  });

  it('would rather wrap at the largest size than shrink more than 4 pt', () => {
    const f = fitTitle(spec(TEXT, oneLine(TEXT, 27) + 0.05, 3));
    expect([f.sizePt, f.lines]).toEqual([32, 2]);
  });

  it('never shrinks below the floor for one line', () => {
    const f = fitTitle(spec(TEXT, oneLine(TEXT, 27) + 0.05, 3, { minPt: 29 }));
    expect([f.sizePt, f.lines]).toEqual([32, 2]);
  });

  it('treats the box height as a limit, exactly', () => {
    const wide = 2000;
    expect(fitTitle(spec(TEXT, wide, needIn(1, 32))).sizePt).toBe(32);
    // A hair lower: 31 pt has a lower pitch and fits.
    expect(fitTitle(spec(TEXT, wide, needIn(1, 32) - 0.001)).sizePt).toBe(31);
  });

  it('takes the largest size within the line limit, and the floor when nothing fits', () => {
    const w = oneLine(TEXT, 27) + 0.05; // two lines at 28–32, one line at 27 and below
    // Room for two lines only at 30 pt or less.
    expect(fitTitle(spec(TEXT, w, needIn(2, 30), { minPt: 20 }))).toMatchObject({ sizePt: 30, lines: 2 });
    // One line allowed: 27 is too far a shrink for phase 1 (32 − 4 = 28) but fits the line limit in phase 2.
    expect(fitTitle(spec(TEXT, w, 3, { maxLines: 1, minPt: 20 }))).toMatchObject({ sizePt: 27, lines: 1 });
    // A box too low for anything: the floor, however many lines it takes.
    const f = fitTitle(spec(TEXT, w, 0.1, { minPt: 26 }));
    expect([f.sizePt, f.lines, f.needIn]).toEqual([26, 1, needIn(1, 26)]);
    expect(fitTitle(spec(TEXT, w, 0.1, { minPt: 28 }))).toMatchObject({ sizePt: 28, lines: 2 });
  });

  it('measures bold titles as bold and keeps the runs as given', () => {
    const text = 'Making the Quarterly Numbers Work';
    const w = oneLine(text, 32) + 0.05;
    expect(oneLine(text, 32, true)).toBeGreaterThan(w);
    expect(fitTitle(spec(text, w, 3, { maxPt: 32, minPt: 32 })).lines).toBe(1);
    const b = fitTitle(spec(text, w, 3, { maxPt: 32, minPt: 32, bold: true }));
    expect(b.lines).toBe(2);
    expect(b.runs.every((r) => r.bold === undefined)).toBe(true);
  });
});

describe('fitTitle: two lines break after the clause mark nearest the middle', () => {
  const shown = (runs: { text: string; breakBefore?: boolean }[]) => runs.map((r) => (r.breakBefore ? '|' : '') + r.text).join('');
  const two = (text: string, extra: Partial<TitleSpec> = {}) => {
    const w = oneLine(text, 27) + 0.05;
    return fitTitle(spec(text, w, 3, extra));
  };

  it('breaks after the comma nearest the middle', () => {
    const f = two('一要充分肯定学习成效，切实增强思想自觉');
    expect(f.lines).toBe(2);
    expect(shown(f.runs)).toBe('一要充分肯定学习成效，|切实增强思想自觉');
    expect(shown(two('一要，充分肯定学习成效，切实增强思想自觉').runs)).toBe('一要，充分肯定学习成效，|切实增强思想自觉');
    expect(shown(two('一要充分肯定学习成效切实增强，思想自觉、好').runs)).toBe('一要充分肯定学习成效切实增强，|思想自觉、好');
  });

  it('also after 、：；and their ASCII forms, dropping the space that follows', () => {
    expect(shown(two('Review the quarterly results; plan the next steps').runs)).toBe('Review the quarterly results;|plan the next steps');
    expect(shown(two('一要充分肯定学习成效：切实增强思想自觉').runs)).toBe('一要充分肯定学习成效：|切实增强思想自觉');
  });

  it('not after a mark at either end, nor in a title with its own break', () => {
    expect(shown(two('，一要充分肯定学习成效切实增强思想自觉').runs)).toBe('，一要充分肯定学习成效切实增强思想自觉');
    expect(shown(two('一要充分肯定学习成效切实增强思想自觉好，').runs)).toBe('一要充分肯定学习成效切实增强思想自觉好，');
    const own = [{ text: '一要充分肯定学习成效，切实' }, { text: '增强思想自觉', breakBefore: true }];
    const f = fitTitle({ ...spec('', oneLine('一要充分肯定学习成效，切实增强思想自觉', 27) + 0.05, 3), runs: own });
    expect(f.runs).toEqual(own);
  });

  it('not when the break would need a third line', () => {
    // The comma sits near the start: the long tail after it does not fit one line.
    const text = '一要，充分肯定学习成效切实增强思想自觉全面从严治党向纵深发展';
    const f = two(text);
    expect(f.lines).toBe(2);
    expect(shown(f.runs)).toBe(text);
  });
});

describe('titleBox', () => {
  const box = { x: 1, y: 2, w: 8, h: 1 };
  const fit = { runs: [{ text: 'T' }], sizePt: 30, lines: 2, pitch: 35, needIn: 1.23456 };

  it('grows the box to what the title needs (never shrinks it) and sets the paragraph as fitted', () => {
    const t = titleBox('title', fit, box, { color: '112233', align: 'c', bold: true, valign: 'bottom' });
    expect(t).toEqual({
      kind: 'text', role: 'title', x: 1, y: 2, w: 8, h: 1.235, valign: 'bottom', insetPt: BODY_INSET,
      paragraphs: [{ runs: [{ text: 'T' }], level: 0, sizePt: 30, align: 'c', spaceBeforePt: 0, lineSpacingPt: 35, marginLeftPt: 0, indentPt: 0, color: '112233', bold: true, font: 'title', lines: 2 }],
    });
    expect(titleBox('title', { ...fit, needIn: 0.5 }, box, { color: '000000' }).h).toBe(1);
  });

  it('is middle-aligned in the title font unless told otherwise', () => {
    const t = titleBox('subtitle', fit, box, { color: '000000', font: 'body' });
    expect([t.valign, t.paragraphs[0].font, t.paragraphs[0].align]).toEqual(['middle', 'body', undefined]);
    expect(titleBox('title', fit, box, { color: '000000' }).paragraphs[0].font).toBe('title');
  });
});
