// The designed layouts on concrete inputs: which layout the content's shape chooses, where the boxes go and at
// what sizes, what falls back and why.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import { designStyles } from '../../src/theme/layout-styles.js';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import type { GroupBox, ImageAsset, LaidSlide, TextBox } from '../../src/model.js';
import { gov, groups, lay, only } from './lay.js';

const texts = (s: LaidSlide, role: TextBox['role']) =>
  s.items.flatMap((i) => (i.kind === 'group' ? i.items : [i])).filter((i): i is TextBox => i.kind === 'text' && i.role === role);
const textOf = (b: TextBox) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('|');
const body16 = defaultRegions('content', gov, slideSize('16:9')).body;

const THREE = '## 三个方面\n\n- **强化理论武装**：撰写学习笔记，落实第一议题制度\n- **厚植为民情怀**：认领实事项目，全部如期完成\n- **提升工作实效**：以学促思、以思促谋\n';

describe('cards', () => {
  it('3 items with bold heads: three equal cards in a row, centred in the body, numbered 01–03, one text size', () => {
    const d = lay(THREE);
    const s = d.slides[0];
    expect(s.design).toBe('cards');
    expect(d.choices?.[0]).toMatchObject({ slide: 1, design: 'cards', why: '3 items with bold heads' });
    const g = groups(s);
    expect(g.map((x) => x.name)).toEqual(['card 1', 'card 2', 'card 3']);
    expect(g.map((x) => x.items.map((i) => i.role))).toEqual(Array(3).fill(['card', 'numeral', 'band', 'card-heading']));
    // Equal widths, one row, equal gaps, spanning the body width.
    expect(new Set(g.map((x) => x.w)).size).toBe(1);
    expect(new Set(g.map((x) => x.y)).size).toBe(1);
    expect(g[1].x - (g[0].x + g[0].w)).toBeCloseTo(g[2].x - (g[1].x + g[1].w), 2);
    expect(g[0].x).toBeCloseTo(body16.x, 2);
    expect(g[2].x + g[2].w).toBeCloseTo(body16.x + body16.w, 2);
    // Vertically centred in the body (the title is one line: the body region is the theme's).
    expect(g[0].y - body16.y).toBeCloseTo(body16.y + body16.h - (g[0].y + g[0].h), 2);
    expect(g[0].h).toBeGreaterThan(body16.h * 0.6);
    expect(texts(s, 'numeral').map(textOf)).toEqual(['01', '02', '03']);
    const cardText = texts(s, 'card-heading');
    expect(cardText.map(textOf)).toEqual(['强化理论武装|撰写学习笔记，落实第一议题制度', '厚植为民情怀|认领实事项目，全部如期完成', '提升工作实效|以学促思、以思促谋']);
    // Heading 4 pt over the body text; the body at the theme's size; the same in every card.
    expect(cardText.map((b) => b.paragraphs.map((p) => p.sizePt))).toEqual(Array(3).fill([28, 24]));
    const st = designStyles(gov, 'zh-CN');
    expect(cardText[0].paragraphs.map((p) => p.color)).toEqual([st.card.heading, st.card.text]);
    expect(g[0].items[0]).toMatchObject({ shape: 'roundRect', fill: st.card.fill, lineColor: st.card.border });
  });

  it('“head：text” without bold also makes cards; 5 items make a 3 + 2 grid with the short row centred', () => {
    const md = '## 五项要求\n\n' + ['学而思之：提高斗争本领', '学而践之：厚植为民情怀', '学而用之：谱写新篇章', '学而信之：坚定理想信念', '学而行之：勇于担当作为'].map((t) => `- ${t}`).join('\n') + '\n';
    const s = only(md);
    expect(s.design).toBe('cards');
    const g = groups(s);
    expect(g.length).toBe(5);
    expect(new Set(g.slice(0, 3).map((x) => x.y)).size).toBe(1);
    expect(g[3].y).toBeGreaterThan(g[0].y + g[0].h);
    // The second row's two cards sit under the gaps of the first: centred.
    const mid = (a: GroupBox, b: GroupBox) => (a.x + b.x + b.w) / 2;
    expect(mid(g[3], g[4])).toBeCloseTo(mid(g[0], g[2]), 2);
    expect(texts(s, 'card-heading')[0].paragraphs[0].runs.map((r) => r.text).join('')).toBe('学而思之');
  });

  it('cards whose text would need more than a few lines fall back to bullets, and the fallback is reported', () => {
    const long = '坚持以习近平新时代中国特色社会主义思想为指导，深刻理解“两个确立”的决定性意义，自觉当好践行“两个维护”的排头兵，把政治建设的要求融入工作的各方面、各环节。';
    const d = lay(`## 长卡片\n\n- **一是**：${long}\n- **二是**：${long}\n- **三是**：${long}\n`);
    expect(d.slides.map((s) => s.design)).toEqual(['bullets']);
    expect(d.fit.map((f) => f.message)).toContain('cards did not fit at 18 pt (3 items with bold heads); bullets instead');
    expect(d.choices?.[0]).toMatchObject({ design: 'bullets' });
  });

  it('items without heads stay bullets; a list of 7 stays bullets', () => {
    expect(only('## 列表\n\n- 第一条内容\n- 第二条内容\n- 第三条内容\n').design).toBe('bullets');
    expect(lay('## 七条\n\n' + Array.from({ length: 7 }, (_, i) => `- **要点${i + 1}**：内容`).join('\n') + '\n').slides[0].design).toBe('bullets');
  });
});

describe('big numbers', () => {
  it('figures with a short label: set large in the figure colour, captions under them, side by side', () => {
    const s = only('## 主要数据\n\n- **XX次** 讲党课、思政课\n- **XX余篇** 学习笔记\n- **98.5%** 群众满意度\n');
    expect(s.design).toBe('big-number');
    const figs = texts(s, 'figure');
    expect(figs.map(textOf)).toEqual(['XX次', 'XX余篇', '98.5%']);
    expect(texts(s, 'caption').map(textOf)).toEqual(['讲党课、思政课', '学习笔记', '群众满意度']);
    const size = figs[0].paragraphs[0].sizePt;
    expect(size).toBeGreaterThanOrEqual(2 * gov.sizes.body[0]);
    expect(figs.every((f) => f.paragraphs[0].sizePt === size && f.paragraphs[0].color === designStyles(gov).figure)).toBe(true);
    expect(figs[0].x).toBeLessThan(figs[1].x);
    expect(new Set(figs.map((f) => f.y)).size).toBe(1);
  });

  it('leading figures in English (“$42.0 M revenue”) too; a list where one item has no figure is not big numbers', () => {
    const en = resolveTheme('minimal');
    expect(only('## Q3\n\n- $42.0 M revenue\n- 18.4 % growth\n', { theme: en }).design).toBe('big-number');
    expect(only('## Q3\n\n- $42.0 M revenue\n- Three new customers\n', { theme: en }).design).toBe('bullets');
  });
});

describe('timeline', () => {
  it('dated items make a band of steps, left to right, with the dates above and the text below', () => {
    const s = only('## 工作安排\n\n- 2024年3月：动员部署\n- 2024年6月：学习研讨\n- 2024年9月：专题培训\n- 2024年12月：总结评估\n');
    expect(s.design).toBe('timeline');
    const when = texts(s, 'step');
    expect(when.map(textOf)).toEqual(['2024年3月', '2024年6月', '2024年9月', '2024年12月']);
    expect(texts(s, 'caption').map(textOf)).toEqual(['动员部署', '学习研讨', '专题培训', '总结评估']);
    const xs = when.map((w) => w.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(when.every((w) => w.paragraphs[0].lines === 1)).toBe(true);
    const band = s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'band')!;
    expect(band.y).toBeGreaterThan(when[0].y + when[0].h);
    expect(band.y).toBeLessThan(texts(s, 'caption')[0].y);
  });

  it('Step 1 / 第一步 make a process; two dated items are not enough', () => {
    expect(only('## How\n\n- Step 1: collect\n- Step 2: review\n- Step 3: ship\n', { theme: resolveTheme('minimal') }).design).toBe('timeline');
    expect(only('## 步骤\n\n- 第一步：调研\n- 第二步：起草\n- 第三步：审议\n').design).toBe('timeline');
    expect(only('## 两项\n\n- 2024年：起步\n- 2025年：推进\n').design).not.toBe('timeline');
  });
});

describe('columns, statement, image-text', () => {
  it('two sub-headings each with content: two equal panels at one text size', () => {
    const s = only('## 对比\n\n### 以前\n\n- 学习形式单一\n- 成果转化不足\n\n### 现在\n\n- 线上线下结合\n- 成果转化为发展动力\n');
    expect(s.design).toBe('columns');
    const g = groups(s);
    expect(g.length).toBe(2);
    expect(g[0].w).toBeCloseTo(g[1].w, 3);
    expect(texts(s, 'column-heading').map(textOf)).toEqual(['以前', '现在']);
    const sizes = new Set(texts(s, 'body').flatMap((b) => b.paragraphs.map((p) => p.sizePt)));
    expect(sizes.size).toBe(1);
    // The text sits inside its panel.
    for (const x of g) for (const t of x.items) expect(t.x >= x.x - 1e-6 && t.x + t.w <= x.x + x.w + 1e-6 && t.y >= x.y - 1e-6 && t.y + t.h <= x.y + x.h + 1e-6).toBe(true);
  });

  it('one short sentence is a statement, set large and centred; a title with nothing under it is set like a section page', () => {
    const s = only('## 金句\n\n学史力行是党史学习教育的落脚点。\n');
    expect(s.design).toBe('statement');
    const st = texts(s, 'statement')[0];
    expect(st.paragraphs[0].sizePt).toBeGreaterThan(gov.sizes.body[0]);
    expect(st.paragraphs[0].align).toBe('c');
    expect(st.x + st.w / 2).toBeCloseTo(body16.x + body16.w / 2, 2);
    expect(st.y + st.h / 2).toBeCloseTo(body16.y + body16.h / 2, 2);
    const t = only('## 学史力行是党史学习教育的落脚点\n');
    expect([t.design, t.layout]).toEqual(['statement', 'section']);
    expect(texts(t, 'title').map(textOf)).toEqual(['学史力行是党史学习教育的落脚点']);
  });

  it('one image and text: the image keeps its aspect ratio beside the text', () => {
    const images = new Map<string, ImageAsset>([['a.png', { ok: true, path: '/x/a.png', data: new Uint8Array([1]), mime: 'image/png', width: 800, height: 400 }]]);
    const s = only('## 图文\n\n![收入](a.png)\n\n- 三季度收入创新高\n- 同比增长\n', { images });
    expect(s.design).toBe('image-text');
    const im = s.items.find((i) => i.kind === 'image')!;
    expect(im.w / im.h).toBeCloseTo(2, 2);
    const text = texts(s, 'body')[0];
    expect(im.x + im.w).toBeLessThanOrEqual(text.x);
    // Without a readable image it is not image-text.
    expect(only('## 图文\n\n![收入](a.png)\n\n- 三季度收入创新高\n').design).toBe('bullets');
  });
});

describe('agenda and section pages', () => {
  const deck = (n: number) => `---\ntitle: T\n---\n\n` + Array.from({ length: n }, (_, i) => `# 第${i + 1}部分的标题\n\n## 小节\n\n- 内容\n- 内容\n`).join('\n');

  it('the agenda is numbered blocks (01 02 03) in one column, centred; the section pages use the same numerals', () => {
    const d = lay(deck(3));
    const agenda = d.slides.find((s) => s.layout === 'agenda')!;
    expect(agenda.design).toBe('agenda');
    const g = groups(agenda);
    expect(g.map((x) => textOf(x.items[0] as TextBox))).toEqual(['01', '02', '03']);
    expect(g.map((x) => textOf(x.items[1] as TextBox))).toEqual(['第1部分的标题', '第2部分的标题', '第3部分的标题']);
    expect(new Set(g.map((x) => x.x)).size).toBe(1);
    expect(g[0].x - body16.x).toBeCloseTo(body16.x + body16.w - (g[0].x + g[0].w), 2);
    expect(g[0].items[0]).toMatchObject({ role: 'numeral', fill: designStyles(gov).badge.fill });
    const sections = d.slides.filter((s) => s.layout === 'section');
    expect(sections.map((s) => textOf(texts(s, 'section-number')[0]))).toEqual(['01', '02', '03']);
  });

  it('six sections: two columns, read down the first', () => {
    const g = groups(lay(deck(6)).slides.find((s) => s.layout === 'agenda')!);
    expect(g.map((x) => textOf(x.items[0] as TextBox))).toEqual(['01', '02', '03', '04', '05', '06']);
    expect(new Set(g.slice(0, 3).map((x) => x.x)).size).toBe(1);
    expect(g[3].x).toBeGreaterThan(g[0].x + g[0].w);
    expect(g[3].y).toBeCloseTo(g[0].y, 3);
  });

  it('a theme may ask for 一 二 三 numerals (Chinese decks only)', () => {
    const zh = { ...gov, designs: { numerals: 'zh' as const } };
    const d = lay(deck(3), { theme: zh });
    expect(groups(d.slides.find((s) => s.layout === 'agenda')!).map((x) => textOf(x.items[0] as TextBox))).toEqual(['一', '二', '三']);
    expect(designStyles(zh, 'en').numerals).toBe('arabic');
  });
});

describe('choice', () => {
  it('is deterministic and every slide gets a reason', () => {
    const md = '# A\n\n' + THREE + '\n## 数据\n\n- **XX次** 讲党课\n- **XX个** 项目\n\n## 一句话\n\n这是一句话。\n';
    const a = lay(md);
    const b = lay(md);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.choices?.map((c) => c.design)).toEqual(['section', 'cards', 'big-number', 'statement']);
    expect(a.choices?.every((c) => c.why.length > 0)).toBe(true);
  });

  it('layouts: plain keeps today\'s bullets everywhere', () => {
    const { deck } = parse('# A\n\n' + THREE, { file: 't.md' });
    deck.meta.layouts = 'plain';
    const d = layout(deck, gov);
    expect(d.slides.map((s) => s.design)).toEqual(['section', 'bullets']);
    expect(d.slides.every((s) => s.items.every((i) => i.kind !== 'group'))).toBe(true);
  });

  it('a table, code or a quote keeps its own layout', () => {
    expect(only('## T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n').design).toBe('table');
    expect(only('## C\n\n```js\nx()\n```\n').design).toBe('code');
    expect(only('## Q\n\n> 一句引语。\n').design).toBe('quote');
  });
});

describe('theme styles for the layouts', () => {
  it('defaults come from the palette and read on what they sit on in every built-in theme; a theme may set them by role', async () => {
    const { checkTheme, listThemes } = await import('../../src/theme/index.js');
    for (const t of listThemes()) expect(checkTheme(resolveTheme(t.name)).problems).toEqual([]);
    const red = resolveTheme('party-red');
    const st = designStyles(red);
    expect(st.card.fill).toBe(red.palette.quoteBackground);
    expect(st.figure).toBe(red.palette.accent);
    expect(st.numerals).toBe('arabic');
  });

  it('themes check reports a card text colour that does not read on the card (4.48:1 is not enough)', async () => {
    const { checkTheme } = await import('../../src/theme/index.js');
    // 767676 on FFFFFF is 4.54:1; 777777 is 4.48:1.
    const base = { ...gov, palette: { ...gov.palette } };
    const ok = checkTheme({ ...base, designs: { card: { fill: 'FFFFFF', text: '767676', heading: '000000', numeral: '000000' } } });
    expect(ok.problems.filter((p) => p.startsWith('designs.'))).toEqual([]);
    const bad = checkTheme({ ...base, designs: { card: { fill: 'FFFFFF', text: '777777', heading: '000000', numeral: '000000' } } });
    expect(bad.problems.filter((p) => p.startsWith('designs.'))).toEqual(['designs.card.text: card text 777777 on FFFFFF (its fill): contrast 4.47:1, needs at least 4.5:1']);
  });
});

describe('overrides', () => {
  const build = async (md: string) => (await import('../../src/build.js')).build(md, { file: 'o.md', skipRender: true });

  it('<!-- layout: cards --> turns a plain list into cards; {.timeline} on the heading makes a process', async () => {
    const r = await build('## 三件事\n\n<!-- layout: cards -->\n\n- 调研摸底\n- 起草方案\n- 审议通过\n\n## 步骤 {.timeline}\n\n- 调研\n- 起草\n- 审议\n');
    expect(r.laid.slides.map((s) => s.design)).toEqual(['cards', 'timeline']);
    expect(r.deck.slides[0].layoutRequest).toMatchObject({ name: 'cards', line: 3 });
    expect(r.laid.choices?.[0].why).toBe('asked for');
    expect(r.warnings).toEqual([]);
  });

  it('layout: bullets (or plain) keeps a cards-shaped list as bullets', async () => {
    const r = await build('## 三个方面\n\n<!-- layout: plain -->\n\n- **强化理论武装**：撰写学习笔记\n- **厚植为民情怀**：认领实事项目\n');
    expect(r.laid.slides[0].design).toBe('bullets');
  });

  it('an unknown name is a warning with its line and a guess; a layout that cannot take the content is a warning and falls back', async () => {
    const r = await build('## 表\n\n<!-- layout: crads -->\n\n- a\n- b\n\n## 表二\n\n<!-- layout: big-number -->\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, expect.stringMatching(/^unknown layout "crads"; did you mean "cards"\?/)],
      [10, 'layout "big-number" (<!-- layout: big-number -->) cannot take this slide\'s content; table instead'],
    ]);
    expect(r.laid.slides.map((s) => s.design)).toEqual(['bullets', 'table']);
  });

  it('front matter layouts: plain gives bullets everywhere; a bad value is a warning', async () => {
    const md = (v: string) => `---\ntitle: T\nlayouts: ${v}\n---\n\n# A\n\n## 三个方面\n\n- **强化理论武装**：撰写学习笔记\n- **厚植为民情怀**：认领实事项目\n\n## B\n\n- x\n`;
    const plain = await build(md('plain'));
    expect(plain.laid.slides.filter((s) => s.layout === 'content').map((s) => s.design)).toEqual(['bullets', 'bullets']);
    const bad = await build(md('fancy'));
    expect(bad.warnings.map((w) => [w.line, w.message])).toEqual([[3, 'front matter "layouts": expected auto or plain, got "fancy"; using auto']]);
    expect(bad.laid.slides.find((s) => s.titleText === '三个方面')?.design).toBe('cards');
  });
});

describe('what --verbose says about plain slides', () => {
  const CHART = '## 营收\n\n<!-- chart: line -->\n| 月 | 营收 |\n|---|---:|\n| 1月 | 10 |\n| 2月 | 12 |\n| 3月 | 15 |\n';
  it('a slide that is only a chart is a chart slide (its own named layout), not "bullets"', () => {
    const d = lay(CHART);
    expect(d.slides[0].design).toBe('chart');
    expect(d.choices?.[0]).toMatchObject({ design: 'chart', why: 'a line chart, across the body' });
    expect(d.slides[0].items.some((i) => i.kind === 'chart')).toBe(true);
  });
  it('a chart with bullets beside it stays image-text; two charts are "2 charts"', () => {
    expect(lay(CHART + '\n- 一季度增长明显\n- 三月创新高\n').choices?.[0]).toMatchObject({ design: 'image-text', why: 'one chart with text' });
    const two = lay(CHART + '\n<!-- chart: column -->\n| 月 | 成本 |\n|---|---:|\n| 1月 | 8 |\n| 2月 | 9 |\n');
    expect(two.choices?.[0]).toMatchObject({ design: 'chart', why: '2 charts, one under the other' });
  });
  it('bullets say what they hold: the list sizes, paragraphs, code', () => {
    expect(lay('## T\n\n- a long first item that is not a card\n- another item here\n- and a third one\n- and a fourth one\n\nA closing paragraph.\n').choices?.[0])
      .toMatchObject({ design: 'bullets', why: 'a list of 4 items and a paragraph' });
    expect(lay('## T\n\nThe exporter streams rows.\n\n```js\nfor (const r of rows) write(r);\n```\n\nIt keeps memory flat whatever the size.\n').choices?.[0])
      .toMatchObject({ design: 'bullets', why: '2 paragraphs and a code block' });
  });
});

describe('four cards: a row, or a 2×2 grid when the row is too narrow', () => {
  const ZH4 = '## 四项重点工作\n\n- **抓好安全生产**：压实企业主体责任，开展隐患排查整治，坚决遏制重特大事故发生\n- **稳住经济大盘**：落实助企纾困政策，扩大有效投资，促进消费持续恢复\n- **保障民生底线**：做好就业、教育、医疗、养老等基本民生保障工作\n- **推进改革创新**：深化重点领域改革，营造市场化法治化国际化营商环境\n';
  const EN4 = '## Four priorities\n\n- **Safety**: hold every firm to its duties and fix the hazards found this spring\n- **Growth**: keep investment moving and help small firms through the winter\n- **Services**: schools, clinics and care homes open and staffed every day\n- **Reform**: simpler permits, faster courts, one window for every business\n';
  const red = resolveTheme('party-red');
  const layoutOfCards = (s: LaidSlide) => {
    const g = groups(s);
    return { cols: new Set(g.map((x) => x.x)).size, rows: new Set(g.map((x) => x.y)).size, headLines: texts(s, 'card-heading').map((t) => t.paragraphs[0].lines) };
  };
  it('16:9: four cards in one row, each heading on one line', () => {
    const s = only(ZH4, { theme: red });
    expect(s.design).toBe('cards');
    expect(layoutOfCards(s)).toEqual({ cols: 4, rows: 1, headLines: [1, 1, 1, 1] });
  });
  it('4:3 Chinese: the row would break the headings, so a 2×2 grid with one-line headings, not below the floor', () => {
    const s = only(ZH4, { theme: red, aspect: '4:3' });
    expect(s.design).toBe('cards');
    expect(layoutOfCards(s)).toEqual({ cols: 2, rows: 2, headLines: [1, 1, 1, 1] });
    for (const t of texts(s, 'card-heading')) expect(t.paragraphs[1].sizePt).toBeGreaterThanOrEqual(red.sizes.minBody);
    // The grid stays inside the body, cards side by side with a gap.
    const g = groups(s);
    expect(g[1].x).toBeGreaterThan(g[0].x + g[0].w);
    expect(g[2].y).toBeGreaterThan(g[0].y + g[0].h);
  });
  it('4:3 English: cards in a 2×2 grid instead of falling back to bullets', () => {
    const d = lay(EN4, { theme: red, aspect: '4:3' });
    expect(d.slides).toHaveLength(1);
    expect(d.slides[0].design).toBe('cards');
    expect(layoutOfCards(d.slides[0])).toEqual({ cols: 2, rows: 2, headLines: [1, 1, 1, 1] });
    expect(d.fit.filter((f) => /instead/.test(f.message))).toEqual([]);
  });
  it('three cards never make a grid: a row, even at 4:3', () => {
    const s = only(THREE, { theme: red, aspect: '4:3' });
    expect(layoutOfCards(s).rows).toBe(1);
  });
});
