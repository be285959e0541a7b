// Speaking time: counted from notes (or slide text), at the documented paces; pace: and duration: front matter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { countSpoken, DEFAULT_PACE, formatRange, formatSeconds, parseDuration, parsePace, speakingSeconds, talkTime } from '../../src/lint/timing.js';
import { runCheck } from '../../src/cli/check.js';
import { runBuild } from '../../src/cli/build.js';
import { runCaptured, tempDir } from '../reliability/cli-helpers.js';
import { repoRoot } from '../reliability/pptx-check.js';
import { writeFileSync } from 'node:fs';

describe('speaking time', () => {
  it('counts CJK characters and words of other scripts, not punctuation', () => {
    expect(countSpoken('同志们：我们学习了 Python 3.12 的新特性。')).toEqual({ cjk: 12, words: 2 });
    expect(countSpoken("It's a well-known fact, isn't it?")).toEqual({ cjk: 0, words: 6 });
  });

  it('220 characters take 55–66 s; 140 words take 56–65 s', () => {
    const [slow, fast] = speakingSeconds('字'.repeat(220));
    expect(slow).toBeCloseTo(66);
    expect(fast).toBeCloseTo(55);
    const w = speakingSeconds('word '.repeat(140));
    expect(w[0]).toBeCloseTo((140 / 130) * 60);
    expect(w[1]).toBeCloseTo(56);
  });

  it('pace: one speed or a range, in the deck language unit; bad values say what is expected', () => {
    const p = parsePace('180', 'zh-CN');
    expect(typeof p).toBe('object');
    if (typeof p === 'object') {
      expect(p.cjk[0]).toBeCloseTo(180);
      expect(p.cjk[1]).toBeCloseTo(180);
      expect(speakingSeconds('字'.repeat(180), p)[0]).toBeCloseTo(60);
    }
    const e = parsePace('120-160 words/min', 'en');
    if (typeof e === 'object') expect(e.words).toEqual([120, 160]);
    else throw new Error(e);
    expect(parsePace('fast', 'en')).toMatch(/expected a number a minute/);
    expect(parsePace('300-200', 'en')).toMatch(/slower first/);
    expect(parseDuration('15')).toBe(15);
    expect(parseDuration('20 min')).toBe(20);
    expect(parseDuration('soon')).toMatch(/expected the minutes/);
  });

  it('formats seconds and ranges for people', () => {
    expect(formatSeconds(44.6)).toBe('45 s');
    expect(formatSeconds(130)).toBe('2 min 10 s');
    expect(formatSeconds(725)).toBe('12 min');
    expect(formatRange([840, 700])).toBe('about 12–14 min');
    expect(formatRange([130, 110])).toBe('about 1:50–2:10 min');
    expect(formatRange([54.2, 45.1])).toBe('about 45–54 s');
  });

  it('the seed deck: notes where there are notes, slide text elsewhere; sections named', async () => {
    const file = path.join(repoRoot, 'slides', 'three-points.md');
    const r = await build(readFileSync(file, 'utf8'), { file, skipRender: true });
    const t = talkTime(r.laid, DEFAULT_PACE);
    expect(t.slides).toHaveLength(r.laid.slides.length);
    const notes = r.laid.slides.map((s) => s.notes.join('\n'));
    t.slides.forEach((s, i) => expect(s.fromNotes).toBe(notes[i].trim() !== ''));
    const chars = notes.join('').match(/[\u4e00-\u9fff]/g)!.length;
    expect(t.total[1]).toBeGreaterThan((chars / 240) * 60);
    expect(t.sections.map((s) => s.title)).toHaveLength(3);
    expect(t.sections[0].title).toMatch(/^[一二三]要/);
    expect(t.sections[0].seconds[0]).toBeGreaterThanOrEqual(t.sections[2].seconds[0]);
  });
});

describe('huibao check and build --verbose report it', () => {
  const deck = (fm: string) => {
    const dir = tempDir();
    const md = path.join(dir, 'talk.md');
    const note = '这是一段讲稿。'.repeat(60); // 360 characters: 1.5–1.8 min
    writeFileSync(md, `---\ntitle: 汇报\n${fm}---\n\n# 第一部分\n\n## 甲\n\n- 要点\n\n::: notes\n${note}\n:::\n\n## 乙\n\n- 要点\n\n::: notes\n${note}\n:::\n\n# 第二部分\n\n## 丙\n\n- 要点\n\n::: notes\n${note.slice(0, 60)}\n:::\n`);
    return md;
  };

  it('check prints each slide and the whole talk; duration: warns naming the longest sections', async () => {
    const md = deck('duration: 2\n');
    const { code, io } = await runCaptured((io) => runCheck(md, {}, io));
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/huibao check: speaking time about 3:[12]\d–3:5\d min \(notes on 3 of \d+ slides; 200–240 characters a minute\)/);
    expect(io.stdout).toMatch(/talk\.md:8: {2}slide \d+ {2}1:30–1:48 min {2}甲\n/);
    expect(io.stdout).toMatch(/talk\.md:3: warning: the talk runs about 3:[12]\d–3:5\d min, longer than duration: 2 min; longest: 第一部分 \(about 3:0\d–3:3\d min\), 第二部分 \(about 1\d–\d\d s\)/);
    const strict = await runCaptured((io) => runCheck(md, { strict: true }, io));
    expect(strict.code).toBe(1);
  });

  it('pace: changes the estimate; no warning when the talk fits', async () => {
    const md = deck('pace: 360\nduration: 5\n');
    const { io } = await runCaptured((io) => runCheck(md, {}, io));
    expect(io.stdout).toMatch(/speaking time about 2:1\d min \(notes on 3 of \d+ slides; 360 characters a minute\)/);
    expect(io.stdout).not.toMatch(/longer than duration/);
  });

  it('a bad pace: is a warning with its line; build --verbose prints the times', async () => {
    const md = deck('pace: quick\n');
    const { io } = await runCaptured((io) => runCheck(md, {}, io));
    expect(io.stdout).toMatch(/talk\.md:3: warning: pace "quick": expected a number a minute/);
    const b = await runCaptured((io) => runBuild(md, { verbose: true }, io));
    expect(b.io.stdout).toMatch(/huibao: speaking time about 3:[12]\d–3:5\d min/);
    const q = await runCaptured((io) => runBuild(md, {}, io));
    expect(q.io.stdout).not.toMatch(/speaking time/);
  });
});
