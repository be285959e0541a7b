// The agenda blocks (src/layout/layouts/agenda.ts) and the statement (statement.ts) as a reader sees them: the
// agenda's title, rows named "agenda 1…" 1.2 in high in one column, bold entries at the body size + 4, bold one-line
// numerals in badges whose corners follow the theme (at most 0.08 in), rows filling a short body exactly; the
// statement in a box centred on its middle, never under the body size + 8, inside the body with 0.2 in to spare,
// and the slide named by its title.
import { describe, expect, it } from 'vitest';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import type { Box, GroupBox, LaidSlide, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';
import { gov, groups, lay, only } from './lay.js';

const bottom = (b: Box) => b.y + b.h;
const textOf = (b: TextBox) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('|');
const parts = (g: GroupBox) => g.items as TextBox[];
const deck = (n: number, head = '') => `---\ntitle: T\n---\n\n${head}` + Array.from({ length: n }, (_, i) => `# 第${i + 1}部分\n\n## 小节\n\n- 内容\n`).join('\n');
const agendaOf = (md: string, theme: Theme = gov) => lay(md, { theme }).slides.find((s) => s.layout === 'agenda')!;
const withCard = (card: Record<string, unknown>): Theme => ({ ...gov, designs: { ...gov.designs, card: { ...gov.designs?.card, ...card } } }) as Theme;

describe('agenda blocks', () => {
  it('three sections: the title 目录, rows named agenda 1–3, 1.2 in high, bold entries at the body size + 4, bold numerals', () => {
    const s = agendaOf(deck(3));
    expect(s.design).toBe('agenda');
    const title = s.items[0] as TextBox;
    expect(title.role).toBe('title');
    expect(textOf(title)).toBe('目录');
    expect(s.titleText).toBe('目录');
    const g = groups(s);
    expect(g.map((x) => x.name)).toEqual(['agenda 1', 'agenda 2', 'agenda 3']);
    expect(g.map((x) => textOf(parts(x)[0]))).toEqual(['01', '02', '03']);
    expect(new Set(g.map((x) => x.x)).size).toBe(1);
    for (const x of g) {
      expect(x.h).toBeCloseTo(1.2, 3);
      const [badge, entry] = parts(x);
      expect(entry.paragraphs[0]).toMatchObject({ bold: true, font: 'title', sizePt: gov.sizes.body[0] + 4, lines: 1 });
      expect(badge.paragraphs[0]).toMatchObject({ bold: true, lines: 1 });
    }
  });

  it.each([
    ['rounded corners at most 0.08 in', { radius: 0.2 }, 'roundRect', 0.08],
    ['the default 0.08 in', {}, 'roundRect', 0.08],
    ['square', { radius: 0 }, 'rect', 0],
  ] as const)('badges: %s', (_, card, shape, radius) => {
    const s = agendaOf(deck(3), withCard(card));
    for (const x of groups(s)) expect(parts(x)[0]).toMatchObject({ role: 'numeral', shape, radiusIn: radius });
  });

  it('eight sections on a short body (a theme whose agenda body is 3.5 in): the two columns of rows fill it exactly', () => {
    const body = defaultRegions('agenda', gov, slideSize('16:9')).body;
    const theme = { ...gov, layouts: { ...gov.layouts, agenda: { ...gov.layouts.agenda, body: { ...body, h: 3.5 } } } } as Theme;
    const s = agendaOf(deck(8), theme);
    expect(s.design).toBe('agenda');
    const g = groups(s);
    expect(g[0].y).toBeCloseTo(body.y, 2);
    expect(bottom(g[3])).toBeCloseTo(body.y + 3.5, 2);
    expect(g[4].y).toBeCloseTo(g[0].y, 3);
    // Read down the first column, then the second.
    expect(new Set(g.slice(0, 4).map((x) => x.x)).size).toBe(1);
    expect(new Set(g.slice(4).map((x) => x.x)).size).toBe(1);
    expect(g[4].x).toBeGreaterThan(g[0].x + g[0].w);
  });
});

const statementOf = (md: string, theme: Theme = gov): LaidSlide => only(md, { theme });
const st = (s: LaidSlide) => s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'statement')!;

describe('statement', () => {
  it('the sentence is centred on its middle in its box; the slide is named by its title', () => {
    const s = statementOf('## 金句\n\n学史力行是落脚点。\n');
    expect(s.design).toBe('statement');
    expect(st(s).valign).toBe('middle');
    expect(s.titleText).toBe('金句');
  });

  it('never under the body size + 8 (a theme whose title size × 1.15 is less)', () => {
    const small = { ...gov, sizes: { ...gov.sizes, title: 24, minTitle: 20 } } as Theme;
    expect(st(statementOf('## 金句\n\n学史力行是落脚点。\n', small)).paragraphs[0].sizePt).toBe(gov.sizes.body[0] + 8);
  });

  it('on a short body (a theme whose body is 1.6 in high) the sentence keeps 0.2 in clear above and below', () => {
    const body = defaultRegions('content', gov, slideSize('16:9')).body;
    const theme = { ...gov, layouts: { ...gov.layouts, content: { ...gov.layouts.content, body: { ...body, h: 1.6 } } } } as Theme;
    const s = statementOf('## 金句\n\n学史力行是党史学习教育的落脚点，也是检验成效的标准。\n', theme);
    expect(s.design).toBe('statement');
    const t = st(s);
    expect(t.h).toBeLessThanOrEqual(1.6 - 0.4 + 0.002);
    expect(t.y).toBeGreaterThanOrEqual(body.y + 0.2 - 0.002);
  });
});
