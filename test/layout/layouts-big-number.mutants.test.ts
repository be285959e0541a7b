// The big-number layout (src/layout/layouts/big-number.ts) as a reader sees it: cells named "figure 1…" in the
// selection pane, figures bold on one line and never under the body size + 6 (a longer figure is not a big number),
// captions at most 4.2 in wide and wrapped at that width, every caption box tall enough for the longest, and on a
// short body the figures kept to half of it.
import { describe, expect, it } from 'vitest';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import { wrapRuns } from '../../src/layout/wrap.js';
import type { Box, GroupBox, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';
import { gov, groups, lay, only } from './lay.js';

const body = defaultRegions('content', gov, slideSize('16:9')).body;
const bottom = (b: Box) => b.y + b.h;
const part = (g: GroupBox, r: string) => (g.items as TextBox[]).find((t) => t.role === r)!;
const figures = (fs: [string, string][]) => `## 主要数据\n\n${fs.map(([f, c]) => `- **${f}** ${c}`).join('\n')}\n`;
const linesAt = (t: TextBox, sizePt: number) => {
  const p = t.paragraphs[0];
  const faces = p.font === 'title' ? gov.fonts.title : gov.fonts.body;
  return wrapRuns(p.runs, { style: { faces, sizePt, bold: p.bold }, mono: gov.fonts.mono, maxWidthPt: t.w * 72 - t.insetPt[0] - t.insetPt[2] }).lines.length;
};
const need = (t: TextBox) => (t.paragraphs[0].lines! * t.paragraphs[0].lineSpacingPt + t.insetPt[1] + t.insetPt[3]) / 72;

describe('big numbers', () => {
  it('cells named figure 1 … n; figures bold, one line', () => {
    const s = only(figures([['XX次', '讲党课'], ['XX余篇', '学习笔记'], ['98.5%', '群众满意度']]));
    expect(s.design).toBe('big-number');
    const g = groups(s);
    expect(g.map((x) => x.name)).toEqual(['figure 1', 'figure 2', 'figure 3']);
    for (const x of g) expect(part(x, 'figure').paragraphs[0]).toMatchObject({ bold: true, lines: 1, font: 'title' });
  });

  it('a figure too long for one line at the body size + 6 in a quarter of the body: not a big number', () => {
    const fs = (f: string): [string, string][] => [[f, '总投资'], ['12次', '会议'], ['98%', '满意度'], ['5项', '成果']];
    expect(only(figures(fs('¥1,234,567'))).design).toBe('big-number');
    const d = lay(figures(fs('¥1,234,567,890,123')));
    expect(d.slides[0].design).not.toBe('big-number');
  });

  it('one figure: its caption is 4.2 in wide, centred under it, wrapped at that width', () => {
    const s = only(figures([['98.5%', '群众满意度连续三年保持在全省前列位置']]));
    expect(s.design).toBe('big-number');
    const g = groups(s)[0];
    const cap = part(g, 'caption');
    expect(cap.w).toBeCloseTo(4.2, 3);
    expect(cap.x + cap.w / 2).toBeCloseTo(g.x + g.w / 2, 2);
    expect(cap.paragraphs[0].lines).toBe(linesAt(cap, cap.paragraphs[0].sizePt));
    expect(cap.paragraphs[0].lines).toBe(2);
  });

  it('captions of different lengths: every caption box holds the longest', () => {
    const s = only(figures([['98.5%', '群众满意度连续三年保持在全省前列位置'], ['12次', '会议']]));
    expect(s.design).toBe('big-number');
    const caps = groups(s).map((x) => part(x, 'caption'));
    expect(caps.map((c) => c.paragraphs[0].lines)).toEqual([2, 1]);
    for (const c of caps) expect(need(c)).toBeLessThanOrEqual(c.h + 0.002);
  });

  it('on a short body (a theme whose body is 1.6 in high) the figures keep to half of it, set smaller', () => {
    const h = 1.6;
    const theme = { ...gov, layouts: { ...gov.layouts, content: { ...gov.layouts.content, body: { ...body, h } } } } as Theme;
    const s = only(figures([['98.5%', '满意度'], ['12次', '会议']]), { theme });
    expect(s.design).toBe('big-number');
    const f = part(groups(s)[0], 'figure');
    expect(f.h).toBeLessThanOrEqual(h * 0.5 + 0.002);
    expect(f.paragraphs[0].sizePt).toBeLessThan(Math.round(gov.sizes.body[0] * 2.6));
  });

  it('on that short body a caption that needs two lines does not fit in 40 % of it: not a big number', () => {
    const theme = { ...gov, layouts: { ...gov.layouts, content: { ...gov.layouts.content, body: { ...body, h: 1.6 } } } } as Theme;
    expect(lay(figures([['98.5%', '群众满意度连续三年保持在全省前列位置'], ['12次', '会议']]), { theme }).slides[0].design).not.toBe('big-number');
    // At the full body it is one, the caption on two lines.
    expect(only(figures([['98.5%', '群众满意度连续三年保持在全省前列位置'], ['12次', '会议']])).design).toBe('big-number');
  });
});
