// The fit engine on plain data: sizes chosen, slides split, nothing placed outside the body.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { splitNotes } from '../../src/layout/content.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { LaidOutDeck, LaidSlide, TextBox, TableBox } from '../../src/model.js';

const theme = resolveTheme('gov-blue');
const lay = (md: string, aspect: '16:9' | '4:3' = '16:9', layouts: 'auto' | 'plain' = 'auto'): LaidOutDeck => {
  const { deck } = parse(md, { file: 't.md' });
  deck.meta.aspect = aspect;
  deck.meta.layouts = layouts;
  return layout(deck, theme);
};
const bodies = (s: LaidSlide) => s.items.filter((i): i is TextBox => i.kind === 'text' && i.role !== 'title');
const titleOf = (s: LaidSlide) => s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'title');
const bottom = (d: LaidOutDeck) => d.heightIn - theme.spacing.marginBottom + 0.001;

const LONG = '坚持以习近平新时代中国特色社会主义思想为指导，深刻理解“两个确立”的决定性意义，自觉当好践行“两个维护”的排头兵。';

describe('fit: shrink', () => {
  it('keeps the theme size when the content fits', () => {
    const d = lay('## 标题\n\n- 第一条\n- 第二条\n- 第三条\n');
    expect(d.slides.length).toBe(1);
    expect(bodies(d.slides[0])[0].paragraphs.map((p) => p.sizePt)).toEqual([24, 24, 24]);
    expect(d.fit).toEqual([]);
  });

  it('shrinks in 1-pt steps before splitting, and reports it with the source line', () => {
    const d = lay('## 标题\n\n' + Array.from({ length: 6 }, () => `- ${LONG}`).join('\n') + '\n');
    expect(d.slides.length).toBe(1);
    const size = bodies(d.slides[0])[0].paragraphs[0].sizePt;
    expect(size).toBeLessThan(24);
    expect(size).toBeGreaterThanOrEqual(theme.sizes.minBody);
    expect(d.fit).toEqual([{ line: 1, slide: 1, title: '标题', message: `body 24→${size} pt` }]);
  });

  it('puts every box inside the body area', () => {
    const d = lay('## 标题\n\n' + Array.from({ length: 6 }, () => `- ${LONG}`).join('\n') + '\n');
    for (const b of bodies(d.slides[0])) expect(b.y + b.h).toBeLessThanOrEqual(bottom(d));
  });
});

describe('fit: split', () => {
  const twenty = '## 二十条要点\n\n' + Array.from({ length: 20 }, (_, i) => `- 第${i + 1}条：${LONG}`).join('\n') + '\n\n::: notes\n' + Array.from({ length: 6 }, (_, i) => `备注${i + 1}。`).join('\n\n') + '\n:::\n';

  it('splits 20 long bullets onto continuation slides titled （续）, at the largest size that needs no more slides than the floor', () => {
    const d = lay(twenty);
    expect(d.slides.length).toBe(4);
    expect(d.slides.map((s) => s.titleText)).toEqual(['二十条要点', '二十条要点（续）', '二十条要点（续）', '二十条要点（续）']);
    expect(d.slides.map((s) => [s.part, s.parts])).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    // One size on every part, never below the floor; every item appears once, in order.
    const sizes = new Set(d.slides.flatMap((s) => bodies(s).flatMap((b) => b.paragraphs.map((p) => p.sizePt))));
    expect([...sizes]).toEqual([24]);
    const items = d.slides.flatMap((s) => bodies(s).flatMap((b) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))));
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => `第${i + 1}条：${LONG}`));
    for (const s of d.slides) for (const b of bodies(s)) expect(b.y + b.h).toBeLessThanOrEqual(bottom(d));
    expect(d.fit.map((f) => f.message)).toEqual(['split into 4 slides']);
  });

  it('splits the notes alongside, in order', () => {
    const d = lay(twenty);
    expect(d.slides.flatMap((s) => s.notes)).toEqual(['备注1。', '备注2。', '备注3。', '备注4。', '备注5。', '备注6。']);
    expect(d.slides.every((s) => s.notes.length >= 1)).toBe(true);
  });

  it('at 4:3 the same content needs a smaller size (19 pt, still 4 slides)', () => {
    const d = lay(twenty, '4:3');
    expect(d.slides.length).toBe(4);
    expect(d.fit.map((f) => f.message)).toEqual(['body 24→19 pt', 'split into 4 slides']);
    for (const s of d.slides) for (const b of bodies(s)) expect(b.y + b.h).toBeLessThanOrEqual(bottom(d));
  });

  it('cuts a paragraph longer than a slide between sentences', () => {
    const para = Array.from({ length: 14 }, () => LONG).join('');
    const d = lay(`## 长段落\n\n${para}\n`, '4:3');
    expect(d.slides.length).toBe(2);
    const texts = d.slides.map((s) => bodies(s)[0].paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(''));
    expect(texts.join('')).toBe(para);
    expect(texts[0].endsWith('。')).toBe(true);
  });

  it('splits a 40-row table by rows and repeats the header', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| ${i + 1} | ${LONG.slice(0, 20)} | 市财政局 |`).join('\n');
    const d = lay(`## 表格\n\n| 序号 | 任务 | 单位 |\n|--:|:--|:--|\n${rows}\n`);
    const tables = d.slides.map((s) => s.items.find((i): i is TableBox => i.kind === 'table')!);
    expect(d.slides.length).toBe(4);
    expect(tables.map((t) => t.rows.length).reduce((a, b) => a + b, 0)).toBe(40);
    for (const t of tables) {
      expect(t.header.map((c) => c.runs[0].text)).toEqual(['序号', '任务', '单位']);
      expect(t.y + t.rowH.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(bottom(d));
      expect(t.colW.reduce((a, b) => a + b, 0)).toBeCloseTo(t.w, 2);
    }
    expect(tables[1].rows[0][0].runs[0].text).toBe(String(tables[0].rows.length + 1));
  });
});

describe('fit: titles', () => {
  it('shrinks a 60-character title and wraps it to at most two lines, pushing the body down', () => {
    const long = '这是一个六十个字符的标题用于测试标题先缩小再换行的规则是否正确执行并且不会溢出到正文区域之外吧好';
    const d = lay(`## ${long}\n\n- 内容\n`);
    const t = titleOf(d.slides[0])!;
    expect(t.paragraphs[0].sizePt).toBeLessThan(theme.sizes.title);
    expect(t.paragraphs[0].sizePt).toBeGreaterThanOrEqual(theme.sizes.minTitle);
    expect(t.paragraphs[0].lines).toBe(2);
    expect(bodies(d.slides[0])[0].y).toBeGreaterThanOrEqual(t.y + t.h - 0.001);
  });

  it('breaks a two-line Chinese section title after its comma', () => {
    const d = lay('# 一要充分肯定学习成效，切实增强党史学习教育思想自觉\n\n## 小节\n\n- x\n');
    const runs = titleOf(d.slides[0])!.paragraphs[0].runs;
    expect(runs.map((r) => (r.breakBefore ? '|' : '') + r.text).join('')).toBe('一要充分肯定学习成效，|切实增强党史学习教育思想自觉');
  });

  it('numbers unnumbered sections 一、二、 in Chinese decks and keeps authors\' own numbers', () => {
    const md = '# 总体情况\n\n## a\n\n- x\n- z\n\n# 二、下一步\n\n## b\n\n- y\n- w\n';
    const plain = lay(md, '16:9', 'plain');
    expect(plain.slides.filter((s) => s.layout === 'section').map((s) => s.titleText)).toEqual(['一、总体情况', '二、下一步']);
    // Designed section pages show the number as a numeral of its own (the agenda's: 01, 02), titles as written.
    const d = lay(md);
    const sections = d.slides.filter((s) => s.layout === 'section');
    expect(sections.map((s) => s.titleText)).toEqual(['总体情况', '二、下一步']);
    expect(sections.map((s) => s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'section-number')?.paragraphs[0].runs[0].text)).toEqual(['01', '02']);
  });
});

describe('splitNotes', () => {
  it('gives each part its share in order, or everything to the first part when there are fewer notes than parts', () => {
    expect(splitNotes(['a', 'b', 'c', 'd'], [1, 1])).toEqual([['a', 'b'], ['c', 'd']]);
    expect(splitNotes(['a'], [3, 1])).toEqual([['a'], []]);
    expect(splitNotes(['a', 'b', 'c'], [5])).toEqual([['a', 'b', 'c']]);
  });
});
