// The cards layout (src/layout/layouts/cards.ts) as a reader sees it: where the numeral, its rule and the text sit
// in a card, that every card's text fits its box, cards as tall as the fullest needs (72 % of the body in a row,
// 90 % of a row's share in a grid when short, never past the body when full), the row/grid choice for four cards
// (headings on one line in a row only at the theme's second size or more), two-line headings when one line never
// fits, the numeral's size floor, and the card face from the theme.
import { describe, expect, it } from 'vitest';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import type { Aspect, Box, GroupBox, LaidSlide, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';
import { gov, groups, only } from './lay.js';

const bodyOf = (theme: Theme = gov, aspect: Aspect = '16:9') => defaultRegions('content', theme, slideSize(aspect)).body;
const body = bodyOf();
const bottom = (b: Box) => b.y + b.h;
const parts = (g: GroupBox) => g.items as TextBox[];
const part = (g: GroupBox, r: string) => parts(g).find((t) => t.role === r)!;
const HEADS = '强化理论武装厚植为民情怀提升工作实效坚持系统观念狠抓工作落实加强队伍建设';
const LINE = '坚持以学促干，把学习成果转化为推动发展的实际成效';
const cardsMd = (n: number, head: (i: number) => string, text: (i: number) => string = () => '认真落实各项部署') =>
  `## 工作要求\n\n${Array.from({ length: n }, (_, i) => `- **${head(i)}**：${text(i)}`).join('\n')}\n`;
const heads = (L: number) => (i: number) => HEADS.slice(i * 2, i * 2 + L);
/** The height a text box's paragraphs need, in inches: lines at their pitch, the space before, the insets. */
const need = (t: TextBox) =>
  (t.paragraphs.reduce((a, p, i) => a + p.lines! * p.lineSpacingPt + (i > 0 ? p.spaceBeforePt : 0), 0) + t.insetPt[1] + t.insetPt[3]) / 72;
const rows = (s: LaidSlide) => new Set(groups(s).map((g) => g.y)).size;

describe('cards: inside a card', () => {
  it('the numeral at the top left (bold, one line, in a box one line high), its rule 0.07 in under it, the text to 0.1 in above the bottom', () => {
    const s = only(cardsMd(3, heads(6)));
    expect(s.design).toBe('cards');
    expect(groups(s).map((g) => part(g, 'numeral').paragraphs[0].runs.map((r) => r.text).join(''))).toEqual(['01', '02', '03']);
    for (const g of groups(s)) {
      const num = part(g, 'numeral');
      const rule = part(g, 'band');
      const text = part(g, 'card-heading');
      expect(num.x).toBeCloseTo(g.x + 0.1, 3);
      expect(num.y).toBeCloseTo(g.y + 0.15, 3);
      expect(num.w).toBeCloseTo(g.w - 0.2, 3);
      expect(num.valign).toBe('top');
      expect(num.paragraphs[0]).toMatchObject({ bold: true, lines: 1, font: 'title' });
      expect(num.h).toBeGreaterThanOrEqual((num.paragraphs[0].sizePt * 1.15) / 72);
      expect(num.h).toBeLessThan((num.paragraphs[0].sizePt * 1.15 + 12) / 72);
      expect(rule.x).toBeCloseTo(g.x + 0.2, 3);
      expect(rule.y - bottom(num)).toBeCloseTo(0.07, 3);
      expect(rule.w).toBeCloseTo(0.5, 3);
      // The text box: as wide as the numeral's, from under the rule to 0.1 in above the card's bottom.
      expect(text.x).toBeCloseTo(num.x, 3);
      expect(text.w).toBeCloseTo(num.w, 3);
      expect(text.y).toBeGreaterThan(bottom(rule));
      expect(bottom(text)).toBeCloseTo(bottom(g) - 0.1, 3);
      // The heading bold, in the title face, 4 pt over the text.
      expect(text.paragraphs[0]).toMatchObject({ bold: true, font: 'title', sizePt: text.paragraphs[1].sizePt + 4 });
    }
  });

  it('narrow cards (a theme with wide margins): the rule is a quarter of the card', () => {
    const wide = { ...gov, spacing: { ...gov.spacing, marginX: 2.6 } } as Theme;
    const s = only(cardsMd(4, heads(3)), { theme: wide });
    expect(s.design).toBe('cards');
    const g = groups(s)[0];
    expect(g.w).toBeLessThan(2);
    expect(part(g, 'band').w).toBeCloseTo(g.w * 0.25, 3);
  });

  it('the numeral is never under the floor + 6 pt (a grid in a theme with a small body size: 1.2 × 16 < 14 + 6)', () => {
    const small = { ...gov, sizes: { ...gov.sizes, body: [16, 15, 14], minBody: 14 } } as Theme;
    const s = only(cardsMd(6, heads(4)), { theme: small });
    expect(s.design).toBe('cards');
    expect(part(groups(s)[0], 'numeral').paragraphs[0].sizePt).toBe(20);
  });
});

describe('cards: heights', () => {
  it.each([
    [3, 1, 0.72],
    [6, 2, 0.9],
  ] as const)('%i short cards: %i row(s), each %f of its share of the body high', (n, r, k) => {
    const s = only(cardsMd(n, heads(4)));
    expect(rows(s)).toBe(r);
    for (const g of groups(s)) expect(g.h).toBeCloseTo(Math.min((body.h / r) * k, (body.h - (r - 1) * 0.25) / r), 2);
  });

  it.each([3, 6])('%i cards, one full: all as tall as the fullest needs, every text inside its box, the grid inside the body', (n) => {
    const s = only(cardsMd(n, heads(4), (i) => (i === 1 ? LINE.repeat(2).slice(0, n === 3 ? 48 : 20) : '认真落实')));
    expect(s.design).toBe('cards');
    const g = groups(s);
    expect(new Set(g.map((x) => x.h)).size).toBe(1);
    const r = rows(s);
    expect(g[0].h).toBeGreaterThan((body.h / r) * (r > 1 ? 0.9 : 0.72) + 0.01);
    expect(g[0].h).toBeLessThanOrEqual((body.h - (r - 1) * 0.25) / r + 0.002);
    for (const x of g) {
      const t = part(x, 'card-heading');
      expect(need(t)).toBeLessThanOrEqual(t.h + 0.002);
    }
    // The fullest card's text fills its box (the card is no taller than it needs, with its padding).
    const full = part(g[1], 'card-heading');
    expect(full.h - need(full)).toBeLessThan(0.2);
    expect(Math.min(...g.map((x) => x.y))).toBeGreaterThanOrEqual(body.y - 0.002);
    expect(Math.max(...g.map(bottom))).toBeLessThanOrEqual(bottom(body) + 0.002);
  });
});

describe('cards: four in a row or in a grid', () => {
  it('headings of 6: a row of four, at the body size', () => {
    const s = only(cardsMd(4, heads(6)));
    expect(rows(s)).toBe(1);
    expect(part(groups(s)[0], 'card-heading').paragraphs[1].sizePt).toBe(gov.sizes.body[0]);
  });

  it('headings of 7 (one line in a row only under the second size): a 2×2 grid at the body size, headings on one line', () => {
    const s = only(cardsMd(4, heads(7)));
    expect(s.design).toBe('cards');
    expect(rows(s)).toBe(2);
    const t = part(groups(s)[0], 'card-heading');
    expect(t.paragraphs[0].lines).toBe(1);
    expect(t.paragraphs[1].sizePt).toBe(gov.sizes.body[0]);
  });

  it('headings too long for one line even in the 4:3 grid: still cards, headings on two lines', () => {
    const s = only(cardsMd(4, heads(13)), { aspect: '4:3' });
    expect(s.design).toBe('cards');
    for (const g of groups(s)) expect(part(g, 'card-heading').paragraphs[0].lines).toBe(2);
  });
});

describe('cards: the face follows the theme', () => {
  const withCard = (card: Record<string, unknown>): Theme => ({ ...gov, designs: { ...gov.designs, card: { ...gov.designs?.card, ...card } } }) as Theme;
  it.each([
    ['rounded with an outline (the default)', {}, 'roundRect', 0.08, 0.75, true],
    ['square, no outline', { radius: 0, borderWidthPt: 0 }, 'rect', 0, 0, false],
  ] as const)('%s', (_, card, shape, radius, width, outlined) => {
    const s = only(cardsMd(3, heads(4)), { theme: withCard(card) });
    for (const g of groups(s)) {
      expect(parts(g)[0]).toMatchObject({ role: 'card', shape, radiusIn: radius, lineWidthPt: width });
      expect(parts(g)[0].lineColor).toBe(outlined ? gov.palette.tableBorder : undefined);
    }
  });
});
