// What every designed layout shares (src/layout/layouts/context.ts): the slide's title set exactly as on a plain
// content slide (same size, pitch, box), a two-line title pushing the body down as it does there, no title box for
// an empty heading, and the lead line that cards, figures and steps put across the body above their items.
import { describe, expect, it } from 'vitest';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import type { Box, LaidSlide, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';
import { resolveTheme } from '../../src/theme/index.js';
import { gov, groups, lay, only } from './lay.js';

const minimal = resolveTheme('minimal');

const body = defaultRegions('content', gov, slideSize('16:9')).body;
const bottom = (b: Box) => b.y + b.h;
const textOf = (b: TextBox) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('|');
const titleOf = (s: LaidSlide) => s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'title');
const PLAIN = '\n\n' + Array.from({ length: 7 }, (_, i) => `- 第${i + 1}项工作按计划推进`).join('\n') + '\n';

const LONG = '关于进一步加强和改进新时代基层党组织建设工作的若干意见及二〇二四年度各项任务落实情况的汇报';
const slides: [string, string][] = [
  ['cards', '\n\n- **强化理论武装**：认真落实\n- **厚植为民情怀**：认真落实\n- **提升工作实效**：认真落实\n'],
  ['big-number', '\n\n- **98.5%** 群众满意度\n- **XX余篇** 学习笔记\n- **XX次** 讲党课\n'],
  ['timeline', '\n\n- 2024年1月：启动\n- 2024年6月：推进\n- 2024年12月：总结\n'],
  ['columns', '\n\n### 以前\n\n- 学习形式单一\n\n### 现在\n\n- 线上线下结合\n'],
  ['statement', '\n\n学史力行是落脚点。\n'],
];

describe('designed layouts set the title as a plain content slide does', () => {
  it.each(slides)('%s: the same title box as bullets, short and two lines long', (design, content) => {
    for (const title of ['工作要求', LONG]) {
      const s = only(`## ${title}${content}`);
      expect(s.design).toBe(design);
      const plain = only(`## ${title}${PLAIN}`);
      expect(plain.design).toBe('bullets');
      expect(titleOf(s)).toEqual(titleOf(plain));
      expect(textOf(titleOf(s)!)).toBe(title);
    }
  });

  it.each(slides.filter(([d]) => d === 'cards' || d === 'columns'))('%s: a title taller than its region moves the body down by the difference (minimal theme)', (design, content) => {
    const size = slideSize('16:9');
    const regions = defaultRegions('content', minimal, size);
    const s = only(`## ${LONG}${content}`, { theme: minimal });
    expect(s.design).toBe(design);
    const t = titleOf(s)!;
    expect(t.paragraphs[0].lines).toBe(2);
    const extra = t.h - regions.title.h;
    expect(extra).toBeGreaterThan(0.02);
    // The items are centred in the body below the title: from body.y + extra to the body's bottom.
    const g = groups(s);
    const top = Math.min(...g.map((x) => x.y));
    const low = Math.max(...g.map(bottom));
    expect(top - (regions.body.y + extra)).toBeCloseTo(bottom(regions.body) - low, 2);
  });

  it('an empty heading ({.cards} alone): no title box, the cards centred in the whole body', () => {
    const s = only('## {.cards}\n\n- **强化理论武装**：认真落实\n- **厚植为民情怀**：认真落实\n');
    expect(s.design).toBe('cards');
    expect(titleOf(s)).toBeUndefined();
    const g = groups(s);
    expect(g[0].y - body.y).toBeCloseTo(bottom(body) - bottom(g[0]), 2);
  });
});

describe('the lead line above cards, figures and steps', () => {
  it.each(slides.slice(0, 3))('%s: the lead across the top of the body, one line high, the items centred in the rest', (design, content) => {
    const s = only(`## 工作要求\n\n今年的重点如下。${content}`);
    expect(s.design).toBe(design);
    const [title, lead, ...rest] = s.items as TextBox[];
    expect(textOf(title)).toBe('工作要求');
    expect(lead.role).toBe('body');
    expect(textOf(lead)).toBe('今年的重点如下。');
    expect([lead.x, lead.y, lead.w]).toEqual([body.x, body.y, body.w].map((v) => Math.round(v * 1000) / 1000));
    expect(lead.paragraphs[0]).toMatchObject({ sizePt: gov.sizes.body[0], lines: 1 });
    expect(lead.h).toBeGreaterThanOrEqual((gov.sizes.body[0] * 1.15 + 7.2) / 72);
    expect(lead.h).toBeLessThan((2 * gov.sizes.body[0] * 1.15) / 72);
    // What is left starts a gap under the lead; the items sit in its middle.
    const top = bottom(lead) + gov.spacing.gap;
    const ys = rest.map((i) => i.y);
    const ends = rest.map(bottom);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(top - 0.002);
    expect(Math.max(...ends)).toBeLessThanOrEqual(bottom(body) + 0.002);
    if (design === 'cards') expect(Math.min(...ys) - top).toBeCloseTo(bottom(body) - Math.max(...ends), 2);
  });

  it.each(slides.slice(0, 3))('%s: a lead of three lines even at the floor is not laid out that way', (design, content) => {
    const lead = '坚持以学促干，把学习成果转化为推动发展的实际成效，'.repeat(4) + '。';
    const d = lay(`## 工作要求\n\n${lead}${content}`);
    expect(d.slides[0].design).not.toBe(design);
  });

  it('a lead of two lines still fits, at the body size', () => {
    const lead = '坚持以学促干，把学习成果转化为推动发展的实际成效，坚持以学促干，把学习成果转化为推动发展。';
    const s = only(`## 工作要求\n\n${lead}${slides[0][1]}`);
    expect(s.design).toBe('cards');
    const l = s.items[1] as TextBox;
    expect(l.paragraphs[0].lines).toBe(2);
    expect(Math.min(...groups(s).map((g) => g.y))).toBeGreaterThanOrEqual(bottom(l) + gov.spacing.gap - 0.002);
  });

  it('on a short body (a theme whose body region is 3.6 in high) the lead keeps to a quarter of it, set smaller', () => {
    const lead = '坚持以学促干，把学习成果转化为推动发展的实际成效，坚持以学促干，把学习成果转化为推动发展。';
    const theme = { ...gov, layouts: { ...gov.layouts, content: { ...gov.layouts.content, body: { x: 0.6, y: 1.5, w: 12.133, h: 3.6 } } } } as Theme;
    const s = only(`## 工作要求\n\n${lead}${slides[0][1]}`, { theme });
    expect(s.design).toBe('cards');
    const l = s.items[1] as TextBox;
    expect(l.h).toBeLessThanOrEqual(3.6 * 0.25);
    expect(l.paragraphs[0].lines).toBe(2);
    expect(l.paragraphs[0].sizePt).toBeLessThan(gov.sizes.body[0]);
  });
});
