// The timeline layout (src/layout/layouts/timeline.ts) as a reader sees it: steps named "step 1…" in PowerPoint's
// selection pane, dates bold and on one line at the largest size that keeps them there, texts wrapped at their own
// box's width, every box tall enough for the longest date and text, the whole inside the body on a short one.
import { describe, expect, it } from 'vitest';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import { wrapRuns } from '../../src/layout/wrap.js';
import type { Box, GroupBox, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';
import { gov, groups, only } from './lay.js';

const body = defaultRegions('content', gov, slideSize('16:9')).body;
const bottom = (b: Box) => b.y + b.h;
const parts = (g: GroupBox) => g.items as TextBox[];
const part = (g: GroupBox, r: string) => parts(g).find((t) => t.role === r)!;
const steps = (whens: string[], text: (i: number) => string = (i) => `推进第${i + 1}项工作`) =>
  `## 工作安排\n\n${whens.map((w, i) => `- ${w}：${text(i)}`).join('\n')}\n`;
const months = (n: number) => Array.from({ length: n }, (_, i) => `2024年${i + 1}月`);
/** The lines a box's first paragraph takes at a size, wrapped at the box's own width less its insets. */
const linesAt = (t: TextBox, sizePt: number, theme: Theme = gov) => {
  const p = t.paragraphs[0];
  const faces = p.font === 'title' ? theme.fonts.title : theme.fonts.body;
  const runs = p.bold ? p.runs.map((r) => ({ ...r, bold: true })) : p.runs;
  return wrapRuns(runs, { style: { faces, sizePt, bold: p.bold }, mono: theme.fonts.mono, maxWidthPt: t.w * 72 - t.insetPt[0] - t.insetPt[2] }).lines.length;
};
/** The height a text box's paragraph needs: its lines at their pitch and the insets, inches. */
const need = (t: TextBox) => (t.paragraphs[0].lines! * t.paragraphs[0].lineSpacingPt + t.insetPt[1] + t.insetPt[3]) / 72;

describe('timeline: steps', () => {
  it('named step 1 … step n; each date and text box as wide as its step', () => {
    const s = only(steps(months(4)));
    expect(s.design).toBe('timeline');
    const g = groups(s);
    expect(g.map((x) => x.name)).toEqual(['step 1', 'step 2', 'step 3', 'step 4']);
    for (const x of g) {
      expect(part(x, 'step').w).toBeCloseTo(x.w, 3);
      expect(part(x, 'caption').w).toBeCloseTo(x.w, 3);
      expect(part(x, 'caption').x).toBeCloseTo(x.x, 3);
    }
  });

  it('six long dates: bold, on one line, at the largest size that keeps the longest on one line in its box', () => {
    const s = only(steps(['2024年10月', '2024年11月', '2024年12月', '2025年1月', '2025年2月', '2025年3月']));
    expect(s.design).toBe('timeline');
    const whens = groups(s).map((x) => part(x, 'step'));
    const pt = whens[0].paragraphs[0].sizePt;
    expect(pt).toBeLessThan(gov.sizes.body[0] + 4);
    for (const w of whens) {
      expect(w.paragraphs[0]).toMatchObject({ bold: true, lines: 1, sizePt: pt });
      expect(linesAt(w, pt)).toBe(1);
    }
    expect(Math.max(...whens.map((w) => linesAt(w, pt + 1)))).toBe(2);
  });

  it('texts wrap at their box width: the line count each reports is the one its width gives', () => {
    const s = only(steps(months(6), (i) => '坚持以学促干，把学习成果转化为推动发展的实际成效'.slice(0, 8 + 3 * i)));
    expect(s.design).toBe('timeline');
    for (const x of groups(s)) {
      const t = part(x, 'caption');
      expect(t.paragraphs[0].lines).toBe(linesAt(t, t.paragraphs[0].sizePt));
    }
  });

  it('dates and texts of different lengths: every box holds the longest', () => {
    const s = only(steps(['2024年', '2024年12月31日', '2025年', '2026年', '2027年', '2028年'], (i) => (i === 1 ? '坚持以学促干，把学习成果转化为发展' : '总结')));
    expect(s.design).toBe('timeline');
    const g = groups(s);
    const whens = g.map((x) => part(x, 'step'));
    const texts = g.map((x) => part(x, 'caption'));
    expect(whens[1].paragraphs[0].lines).toBe(2);
    expect(texts[1].paragraphs[0].lines).toBeGreaterThan(2);
    for (const t of [...whens, ...texts]) expect(need(t)).toBeLessThanOrEqual(t.h + 0.002);
    expect(new Set(whens.map((w) => w.h)).size).toBe(1);
    expect(new Set(texts.map((t) => t.h)).size).toBe(1);
  });

  it('on a short body (a theme whose body is 3 in high) long texts shrink to keep the timeline inside it', () => {
    const h = 3;
    const theme = { ...gov, layouts: { ...gov.layouts, content: { ...gov.layouts.content, body: { ...body, h } } } } as Theme;
    const s = only(steps(months(3), () => '坚持以学促干，把学习成果转化为推动发展的实际成效，全面提升基层治理能力和服务水平'), { theme });
    expect(s.design).toBe('timeline');
    for (const x of groups(s)) {
      expect(x.y).toBeGreaterThanOrEqual(body.y - 0.002);
      expect(bottom(x)).toBeLessThanOrEqual(body.y + h + 0.002);
      expect(bottom(part(x, 'caption'))).toBeLessThanOrEqual(body.y + h + 0.002);
    }
    expect(part(groups(s)[0], 'caption').paragraphs[0].sizePt).toBeLessThan(gov.sizes.body[1]);
  });
});
