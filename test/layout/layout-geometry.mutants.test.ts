// The geometry each designed layout promises (layouts.md: "balance the page — centred when short, distributed in a
// grid when parallel"), asserted as relations between the boxes rather than as numbers copied from the code: cards of
// one size with equal gaps spanning the body, a short last row centred, a block centred in the body, a dot on the
// band at its step's centre, a caption under its figure. Each relation is what a moved or mis-sized box breaks.
import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../src/theme/index.js';
import { designStyles } from '../../src/theme/layout-styles.js';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import type { Aspect, Box, ImageAsset, LaidSlide, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';
import { gov, groups, lay, only } from './lay.js';

const minimal = resolveTheme('minimal');
const bodyOf = (theme: Theme, aspect: Aspect = '16:9') => defaultRegions('content', theme, slideSize(aspect)).body;
const flat = (s: LaidSlide) => s.items.flatMap((i) => (i.kind === 'group' ? i.items : [i])) as TextBox[];
const role = (s: LaidSlide, r: TextBox['role']) => flat(s).filter((i) => i.kind === 'text' && i.role === r);
const textOf = (b: TextBox) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('|');
const right = (b: Box) => b.x + b.w;
const bottom = (b: Box) => b.y + b.h;
const cx = (b: Box) => b.x + b.w / 2;
const cy = (b: Box) => b.y + b.h / 2;
const inside = (inner: Box, outer: Box, tol = 0.002) =>
  inner.x >= outer.x - tol && inner.y >= outer.y - tol && right(inner) <= right(outer) + tol && bottom(inner) <= bottom(outer) + tol;
/** The vertical space left above and below a block of boxes in the body: equal when the block is centred. */
const margins = (bs: Box[], body: Box) => [Math.min(...bs.map((b) => b.y)) - body.y, bottom(body) - Math.max(...bs.map(bottom))];

const items = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => `- ${f(i)}`).join('\n') + '\n';
const HEADS = ['强化理论武装', '厚植为民情怀', '提升工作实效', '坚持系统观念', '狠抓工作落实', '加强队伍建设'];
const cardsMd = (n: number) => `## 工作要求\n\n${items(n, (i) => `**${HEADS[i]}**：认真落实各项部署`)}`;

describe('cards: one size, equal gaps, the grid spans the body and sits in its middle', () => {
  it.each([
    [2, '16:9', 1],
    [3, '16:9', 1],
    [4, '16:9', 1],
    [5, '16:9', 2],
    [6, '16:9', 2],
    [4, '4:3', 2],
  ] as const)('%i cards at %s: %i row(s)', (n, aspect, rows) => {
    const s = only(cardsMd(n), { aspect });
    expect(s.design).toBe('cards');
    const body = bodyOf(gov, aspect);
    const g = groups(s);
    expect(g.length).toBe(n);
    const cols = Math.ceil(n / rows);
    // Each card's face is the group's box; the numeral, the rule and the text lie inside it.
    for (const x of g) {
      expect(x.items[0]).toMatchObject({ role: 'card', x: x.x, y: x.y, w: x.w, h: x.h });
      for (const it of x.items.slice(1)) expect(inside(it, x)).toBe(true);
    }
    expect(new Set(g.map((x) => x.w)).size).toBe(1);
    expect(new Set(g.map((x) => x.h)).size).toBe(1);
    // The first row spans the body; the gap between cards is the same everywhere, 0.22–0.4 in (2.5 % of the body).
    const gapX = Math.min(0.4, Math.max(0.22, body.w * 0.025));
    expect(g[0].x).toBeCloseTo(body.x, 2);
    expect(right(g[cols - 1])).toBeCloseTo(right(body), 2);
    for (let i = 1; i < cols; i++) expect(g[i].x - right(g[i - 1])).toBeCloseTo(gapX, 2);
    // Rows 0.25 in apart; the grid centred in the body's height.
    const ys = [...new Set(g.map((x) => x.y))];
    expect(ys.length).toBe(rows);
    if (rows === 2) expect(ys[1] - (ys[0] + g[0].h)).toBeCloseTo(0.25, 2);
    const [above, below] = margins(g, body);
    expect(above).toBeCloseTo(below, 2);
    // Short cards still fill the page: at least 72 % of the body in one row, 90 % of a row's share in a grid.
    const share = rows === 1 ? body.h * 0.72 : (body.h / rows) * 0.9;
    expect(g[0].h).toBeGreaterThanOrEqual(Math.min(share, (body.h - (rows - 1) * 0.25) / rows) - 0.002);
    // A short last row is centred under the full one.
    const last = g.slice((rows - 1) * cols);
    if (last.length < cols) expect((last[0].x + right(last[last.length - 1])) / 2).toBeCloseTo((g[0].x + right(g[cols - 1])) / 2, 2);
  });

  it('the numeral is 1.5× the body size in a row and 1.2× in a grid (never under the floor + 6 or over 36); the rule under it is a quarter of the card, at most 0.5 in', () => {
    const row = only(cardsMd(3));
    const grid = only(cardsMd(6));
    const num = (s: LaidSlide) => role(s, 'numeral')[0].paragraphs[0].sizePt;
    const b0 = gov.sizes.body[0];
    expect(num(row)).toBe(Math.min(36, Math.max(gov.sizes.minBody + 6, Math.round(b0 * 1.5))));
    expect(num(grid)).toBe(Math.min(36, Math.max(gov.sizes.minBody + 6, Math.round(b0 * 1.2))));
    expect(num(grid)).toBeLessThan(num(row));
    expect(role(row, 'numeral').map(textOf)).toEqual(['01', '02', '03']);
    for (const s of [row, grid]) {
      for (const x of groups(s)) {
        const [face, numeral, rule, text] = x.items;
        expect(rule.role).toBe('band');
        expect(rule.w).toBeCloseTo(Math.min(0.5, face.w * 0.25), 2);
        expect(rule.h).toBeCloseTo(0.05, 3);
        expect(rule.fill).toBe(designStyles(gov).card.rule);
        // Numeral, rule and text from the top down, the text below the rule.
        expect(numeral.y).toBeLessThan(rule.y);
        expect(rule.y + rule.h).toBeLessThan(text.y);
        expect(rule.x).toBeCloseTo(face.x + 0.2, 2);
        expect(text.x).toBeCloseTo(face.x + 0.1, 2);
        expect(right(text)).toBeCloseTo(right(face) - 0.1, 2);
      }
    }
  });

  it('one or seven items are not cards', () => {
    expect(only(cardsMd(1)).design).not.toBe('cards');
    expect(only(`## 工作要求\n\n${items(7, (i) => `**要求${i + 1}**：认真落实`)}`).design).not.toBe('cards');
  });
});

describe('agenda: numbered blocks centred in the body', () => {
  const deck = (n: number) => `---\ntitle: T\n---\n\n` + Array.from({ length: n }, (_, i) => `# 第${i + 1}部分\n\n## 小节\n\n- 内容\n`).join('\n');
  const agenda = (n: number, aspect: Aspect = '16:9') => lay(deck(n), { aspect }).slides.find((s) => s.layout === 'agenda')!;

  it.each([2, 3, 4, 5, 6, 8])('%i entries', (n) => {
    const s = agenda(n);
    expect(s.design).toBe('agenda');
    const body = bodyOf(gov);
    const g = groups(s);
    expect(g.length).toBe(n);
    const cols = n >= 5 ? 2 : 1;
    const rows = Math.ceil(n / cols);
    const rowH = g[0].h;
    const gapY = rows > 3 ? 0.18 : 0.3;
    // Rows one under another at a fixed gap; columns 0.5 in apart, read down the first.
    for (let i = 1; i < rows; i++) expect(g[i].y - bottom(g[i - 1])).toBeCloseTo(gapY, 2);
    if (cols === 2) {
      expect(g[rows].y).toBeCloseTo(g[0].y, 3);
      expect(g[rows].x - right(g[0])).toBeCloseTo(0.5, 2);
      expect(g[0].w).toBeCloseTo((body.w - 0.5) / 2, 2);
    } else {
      expect(g[0].w).toBeCloseTo(Math.min(body.w, Math.max(body.w * 0.62, 7)), 2);
    }
    // The block is centred both ways.
    const [above, below] = margins(g, body);
    expect(above).toBeCloseTo(below, 2);
    expect(Math.min(...g.map((x) => x.x)) - body.x).toBeCloseTo(right(body) - Math.max(...g.map(right)), 2);
    expect(rowH).toBeLessThanOrEqual((cols === 1 ? 1.2 : 1.0) + 0.001);
    for (const [i, x] of g.entries()) {
      const [badge, text, rule] = x.items;
      expect(textOf(badge)).toBe(String(i + 1).padStart(2, '0'));
      // A square badge, 80 % of the row (at most 0.9 in), at the row's left, centred in its height.
      expect(badge.w).toBeCloseTo(badge.h, 3);
      expect(badge.w).toBeCloseTo(Math.min(0.9, rowH * 0.8), 2);
      expect(badge.x).toBeCloseTo(x.x, 3);
      expect(cy(badge)).toBeCloseTo(cy(x), 2);
      expect(badge.shape).toBe('roundRect');
      expect(badge.radiusIn).toBeLessThanOrEqual(0.08);
      // The title beside the badge fills the rest of the row; a thin rule under it, above the next row.
      expect(text.x).toBeCloseTo(x.x + badge.w + 0.2, 2);
      expect(right(text)).toBeCloseTo(right(x), 2);
      expect(text.y).toBeCloseTo(x.y, 3);
      expect(text.h).toBeCloseTo(rowH, 3);
      expect(text.valign).toBe('middle');
      expect(rule.x).toBeCloseTo(x.x + badge.w + 0.3, 2);
      expect(right(rule)).toBeCloseTo(right(x), 2);
      expect(rule.y).toBeGreaterThan(bottom(x));
      expect(rule.y - bottom(x)).toBeCloseTo(Math.min(gapY / 2, 0.1) - 0.01, 2);
      expect(rule.fill).toBe(gov.palette.tableBorder);
    }
    // Numeral text: half the badge, at most 6 pt over the titles' size.
    const base = g[0].items[1].paragraphs[0].sizePt;
    expect(g[0].items[0].paragraphs[0].sizePt).toBe(Math.round(Math.min(g[0].items[0].w * 72 * 0.5, base + 6)));
  });

  it('one section or nine are not numbered blocks', () => {
    // Nine stay a numbered list (no blocks, no report: the list is what was asked for); one section has no agenda.
    const nine = lay(deck(9));
    const list = nine.slides.find((s) => s.layout === 'agenda')!;
    expect(groups(list)).toEqual([]);
    expect(role(list, 'agenda').length).toBeGreaterThan(0);
    expect(nine.fit.filter((f) => /agenda blocks/.test(f.message))).toEqual([]);
    expect(lay(deck(1)).slides.some((s) => s.layout === 'agenda')).toBe(false);
  });
});

describe('big numbers: cells of one width across the body, each figure over its caption', () => {
  it.each([
    [1, ['98.5%']],
    [2, ['XX次', '98.5%']],
    [3, ['XX次', 'XX余篇', '98.5%']],
    [4, ['12次', '36篇', '98%', '5项']],
  ] as const)('%i figure(s)', (n, figs) => {
    const s = only(`## 数据\n\n${figs.map((f) => `- **${f}** 群众满意`).join('\n')}\n`);
    expect(s.design).toBe('big-number');
    const body = bodyOf(gov);
    const g = groups(s);
    expect(g.length).toBe(n);
    const cellW = (body.w - (n - 1) * 0.3) / n;
    for (const [i, x] of g.entries()) {
      expect(x.x).toBeCloseTo(body.x + i * (cellW + 0.3), 2);
      expect(x.w).toBeCloseTo(cellW, 2);
      const [fig, rule, cap] = x.items;
      expect([fig.role, rule.role, cap.role]).toEqual(['figure', 'band', 'caption']);
      // The figure's box is the cell's top; the short rule and the caption are centred under it.
      expect(fig).toMatchObject({ x: x.x, y: x.y, w: x.w, valign: 'bottom' });
      expect(cx(rule)).toBeCloseTo(cx(x), 2);
      expect(rule.w).toBeCloseTo(0.6, 3);
      expect(rule.y - bottom(fig)).toBeCloseTo(0.16, 2);
      expect(cap.y - bottom(rule)).toBeCloseTo(0.16, 2);
      expect(cx(cap)).toBeCloseTo(cx(x), 2);
      expect(cap.w).toBeCloseTo(Math.min(cellW, 4.2), 2);
      expect(bottom(cap)).toBeCloseTo(bottom(x), 2);
    }
    const [above, below] = margins(g, body);
    expect(above).toBeCloseTo(below, 2);
    // Thin rules stand in the gaps between cells, a little shorter than the cells.
    const dividers = s.items.filter((i): i is TextBox => i.kind === 'text' && i.role === 'band');
    expect(dividers.length).toBe(n - 1);
    for (const [i, d] of dividers.entries()) {
      expect(cx(d)).toBeCloseTo((right(g[i]) + g[i + 1].x) / 2, 2);
      expect(d.w).toBeLessThan(0.02);
      expect(d.y).toBeCloseTo(g[i].y + 0.1, 2);
      expect(d.h).toBeCloseTo(g[i].h - 0.2, 2);
      expect(d.fill).toBe(gov.palette.tableBorder);
    }
    // Short figures get the top size: 2.6× the body for one or two, 2.2× for three or four.
    const b0 = gov.sizes.body[0];
    expect(role(s, 'figure')[0].paragraphs[0].sizePt).toBe(Math.round(b0 * (n <= 2 ? 2.6 : 2.2)));
  });
});

describe('timeline: steps of one width, each dot on the band at its step centre', () => {
  it.each([3, 4, 6])('%i steps', (n) => {
    const s = only(`## 工作安排\n\n${items(n, (i) => `2024年${i + 1}月：推进第${i + 1}项工作`)}`);
    expect(s.design).toBe('timeline');
    const body = bodyOf(gov);
    const cellW = body.w / n;
    const g = groups(s);
    expect(g.length).toBe(n);
    const band = s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'band')!;
    // The band runs from the first step's centre to the last's.
    expect(band.x).toBeCloseTo(body.x + cellW / 2, 2);
    expect(right(band)).toBeCloseTo(right(body) - cellW / 2, 2);
    expect(band.h).toBeCloseTo(0.06, 3);
    for (const [i, x] of g.entries()) {
      expect(x.x).toBeCloseTo(body.x + i * cellW + 0.05, 2);
      expect(x.w).toBeCloseTo(cellW - 0.1, 2);
      const [when, dot, text] = x.items;
      expect([when.role, dot.shape, text.role]).toEqual(['step', 'ellipse', 'caption']);
      expect(dot.w).toBeCloseTo(0.3, 3);
      expect(dot.h).toBeCloseTo(0.3, 3);
      expect(cx(dot)).toBeCloseTo(body.x + (i + 0.5) * cellW, 2);
      expect(cy(dot)).toBeCloseTo(cy(band), 2);
      expect(dot.lineColor).toBe(gov.palette.background);
      expect(when).toMatchObject({ x: x.x, y: x.y, w: x.w, valign: 'bottom' });
      expect(dot.y - bottom(when)).toBeCloseTo(0.15, 2);
      expect(text.y - bottom(dot)).toBeCloseTo(0.2, 2);
      expect(bottom(text)).toBeCloseTo(bottom(x), 2);
      expect(text.x).toBeCloseTo(x.x, 3);
    }
    const [above, below] = margins(g, body);
    expect(above).toBeCloseTo(below, 2);
    // Dates that fit are set 4 pt over the body size, the texts at the second size (six steps are narrower: smaller).
    const whenPt = role(s, 'step')[0].paragraphs[0].sizePt;
    const textPt = role(s, 'caption')[0].paragraphs[0].sizePt;
    if (n <= 4) expect([whenPt, textPt]).toEqual([gov.sizes.body[0] + 4, gov.sizes.body[1]]);
    else expect(whenPt).toBeLessThan(gov.sizes.body[0] + 4);
    expect(new Set(role(s, 'step').map((b) => b.paragraphs[0].sizePt)).size).toBe(1);
  });

  it('seven dated items are not a timeline', () => {
    expect(only(`## 安排\n\n${items(7, (i) => `2024年${i + 1}月：推进`)}`).design).not.toBe('timeline');
  });
});

describe('columns: panels of one width with a 0.35 in gap, centred in the body height', () => {
  it.each([2, 3])('%i columns', (n) => {
    const md = '## 对比\n\n' + Array.from({ length: n }, (_, i) => `### 阶段${i + 1}\n\n- 学习形式单一\n- 成果转化不足\n`).join('\n');
    const s = only(md);
    expect(s.design).toBe('columns');
    const body = bodyOf(gov);
    const g = groups(s);
    expect(g.length).toBe(n);
    const colW = (body.w - (n - 1) * 0.35) / n;
    for (const [i, x] of g.entries()) {
      expect(x.x).toBeCloseTo(body.x + i * (colW + 0.35), 2);
      expect(x.w).toBeCloseTo(colW, 2);
      const [panel, head, rule, ...rest] = x.items;
      expect(panel).toMatchObject({ role: 'card', x: x.x, y: x.y, w: x.w, h: x.h });
      expect(head).toMatchObject({ role: 'column-heading' });
      expect(head.x).toBeCloseTo(x.x + 0.15, 2);
      expect(head.y).toBeCloseTo(x.y + 0.15, 2);
      expect(head.w).toBeCloseTo(colW - 0.3, 2);
      expect(rule.role).toBe('band');
      expect(rule.x).toBeCloseTo(x.x + 0.25, 2);
      expect(rule.w).toBeCloseTo(colW - 0.5, 2);
      expect(rule.y).toBeGreaterThan(bottom(head));
      // The column's text starts under the rule, inside the panel's padding.
      const top = Math.min(...rest.map((r) => r.y));
      expect(top).toBeGreaterThan(rule.y);
      expect(top - bottom(head)).toBeCloseTo(0.12, 2);
      for (const r of rest) expect(inside(r, { x: x.x + 0.15, y: x.y, w: colW - 0.3, h: x.h - 0.15 })).toBe(true);
    }
    expect(g[0].h).toBeGreaterThanOrEqual(body.h * 0.5 - 0.002);
    const [above, below] = margins(g, body);
    expect(above).toBeCloseTo(below, 2);
  });

  it('columns without headings start their text at the panel padding', () => {
    const s = only('## 对比\n\n::: columns\n::: column\n- 学习形式单一\n- 成果转化不足\n:::\n::: column\n- 线上线下结合\n- 成果转化为发展动力\n:::\n:::\n');
    if (s.design !== 'columns') return expect(s.design).toBe('columns');
    for (const x of groups(s)) {
      expect(x.items.some((i) => i.role === 'column-heading')).toBe(false);
      expect(Math.min(...x.items.slice(1).map((r) => r.y)) - x.y).toBeCloseTo(0.15, 2);
    }
  });

  it('one section of sub-headings or four are not columns', () => {
    const md = (n: number) => '## 对比\n\n' + Array.from({ length: n }, (_, i) => `### 阶段${i + 1}\n\n- 内容\n`).join('\n');
    expect(only(md(4)).design).not.toBe('columns');
  });
});

describe('statement and section pages: the text in the middle of its region', () => {
  it('a statement is 80 % of the body wide (at least 6 in), centred, under a short rule, at the large size', () => {
    const s = only('## 金句\n\n学史力行是落脚点。\n');
    expect(s.design).toBe('statement');
    const body = bodyOf(gov);
    const st = role(s, 'statement')[0];
    expect(st.w).toBeCloseTo(Math.min(body.w, Math.max(body.w * 0.8, 6)), 2);
    expect(cx(st)).toBeCloseTo(cx(body), 2);
    expect(cy(st)).toBeCloseTo(cy(body), 2);
    expect(st.paragraphs[0].sizePt).toBe(Math.max(gov.sizes.body[0] + 8, Math.round(gov.sizes.title * 1.15)));
    const rule = role(s, 'band')[0];
    expect(rule.w).toBeCloseTo(0.8, 3);
    expect(cx(rule)).toBeCloseTo(cx(body), 2);
    expect(st.y - rule.y).toBeCloseTo(0.3, 2);
    // At 4:3 the 6 in minimum wins over 80 % of a narrow body only when the body is under 7.5 in.
    const s43 = only('## 金句\n\n学史力行是落脚点。\n', { aspect: '4:3' });
    const b43 = bodyOf(gov, '4:3');
    expect(role(s43, 'statement')[0].w).toBeCloseTo(Math.min(b43.w, Math.max(b43.w * 0.8, 6)), 2);
  });

  it('a section page: the numeral above the title, the pair centred in the section title region', () => {
    const d = lay('---\ntitle: T\n---\n\n# 第一部分\n\n## 小节\n\n- 内容\n\n# 第二部分\n\n## 小节\n\n- 内容\n');
    const sec = d.slides.filter((s) => s.layout === 'section');
    expect(sec.length).toBe(2);
    const region = defaultRegions('section', gov, slideSize('16:9')).title;
    for (const [i, s] of sec.entries()) {
      const [num] = role(s, 'section-number');
      const [title] = role(s, 'title');
      expect(textOf(num)).toBe(String(i + 1).padStart(2, '0'));
      expect(num.valign).toBe('bottom');
      expect(title.valign).toBe('top');
      expect(title.y - bottom(num)).toBeCloseTo(0.05, 2);
      expect(num.x).toBeCloseTo(region.x, 3);
      expect(num.w).toBeCloseTo(region.w, 3);
      // Centred as a pair, the 0.05 in between them included.
      expect(num.y - region.y).toBeCloseTo(bottom(region) - bottom(title), 2);
      expect(num.h).toBeLessThanOrEqual(1.6 + 0.001);
      expect(num.paragraphs[0].sizePt).toBe(Math.min(96, Math.floor((num.h * 72 - 6) / 1.1)));
      expect(s.sectionTitle).toBe(textOf(title));
    }
  });
});

describe('image beside text: the picture contained and centred in its slot, the text centred in its height', () => {
  const images = (w: number, h: number) => new Map<string, ImageAsset>([['a.png', { ok: true, path: '/x/a.png', data: new Uint8Array([1]), mime: 'image/png', width: w, height: h }]]);
  it.each([
    ['wide picture first: on the left', 800, 400, true],
    ['tall picture after the text: on the right', 300, 900, false],
  ] as const)('%s', (_, w, h, first) => {
    const pic = '![收入](a.png)\n\n';
    const text = '- 三季度收入创新高\n- 同比增长\n';
    const s = only(`## 图文\n\n${first ? pic + text : text + '\n' + pic}`, { images: images(w, h) });
    expect(s.design).toBe('image-text');
    const body = bodyOf(gov);
    const im = s.items.find((i) => i.kind === 'image')!;
    const slotW = body.w * 0.48;
    const slot = { x: first ? body.x : right(body) - slotW, y: body.y, w: slotW, h: body.h };
    expect(im.w / im.h).toBeCloseTo(w / h, 2);
    expect(cx(im)).toBeCloseTo(cx(slot), 2);
    expect(cy(im)).toBeCloseTo(cy(slot), 2);
    // Contained: it touches the slot on the side that limits it.
    expect(Math.max(im.w / slot.w, im.h / slot.h)).toBeCloseTo(1, 2);
    const t = role(s, 'body');
    const gap = first ? Math.min(...t.map((b) => b.x)) - right(im) : im.x - Math.max(...t.map(right));
    expect(gap).toBeGreaterThanOrEqual(0.4 - 0.01);
    const [above, below] = margins(t, body);
    expect(above).toBeCloseTo(below, 1);
  });
});

describe('English decks use the same geometry', () => {
  it('three English cards in a row, one big-number row, a timeline of steps', () => {
    const c = only('## Priorities\n\n- **Grow**: new markets in Asia\n- **Keep**: retention above 95 %\n- **Build**: the data platform\n', { theme: minimal });
    expect(c.design).toBe('cards');
    const body = bodyOf(minimal);
    const g = groups(c);
    expect(g[0].x).toBeCloseTo(body.x, 2);
    expect(right(g[2])).toBeCloseTo(right(body), 2);
    expect(role(c, 'numeral').map(textOf)).toEqual(['01', '02', '03']);
  });
});
