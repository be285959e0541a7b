// Which layouts a slide's content allows, in order, and what `--verbose` says about it (src/layout/choose.ts),
// written against StrykerJS's survivors: the count limits of each design, the reasons word for word, the plain
// form's name for every mix of blocks, and what an author may ask for by name.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { candidates, describe as say, requested, DESIGNS } from '../../src/layout/choose.js';
import type { Slide } from '../../src/model.js';

const slideOf = (md: string): Slide => {
  const { deck } = parse(md, { file: 't.md', slideLevel: 2 });
  return deck.slides[deck.slides.length - 1];
};
const list = (md: string) => candidates(slideOf(md)).map((c) => `${c.design}: ${c.why}`);
const items = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => `- ${f(i + 1)}`).join('\n');

describe('candidates', () => {
  it('timelines: 3 to 6 items that lead with a date or a step', () => {
    expect(list(`## T\n\n${items(3, (i) => `${2020 + i}年：推进`)}\n`)).toEqual([
      'timeline: 3 items that lead with a date', 'cards: 3 items with a “head: text” pattern', 'bullets: a list of 3 items',
    ]);
    expect(list(`## T\n\n${items(6, (i) => `${2020 + i}年：推进`)}\n`)[0]).toBe('timeline: 6 items that lead with a date');
    expect(list(`## T\n\n${items(7, (i) => `${2020 + i}年：推进`)}\n`)).toEqual(['bullets: a list of 7 items']);
    expect(list(`## T\n\n${items(2, (i) => `${2020 + i}年：推进`)}\n`)[0]).toBe('cards: 2 items with a “head: text” pattern');
    expect(list('## T\n\n- 第一步：调研\n- 第二步：起草\n- 第三步：审议\n')[0]).toBe('timeline: 3 items that lead with a step');
    expect(list('## T\n\n- Step 1: collect\n- Step 2: review\n- Step 3: ship\n')[0]).toBe('timeline: 3 items that lead with a step');
    expect(list('## T\n\n- Phase 1: collect\n- Phase 2: review\n- Phase 3: ship\n')[0]).toBe('timeline: 3 items that lead with a step');
  });

  it('with one lead paragraph a list keeps its designs; with two it is plain', () => {
    const l = candidates(slideOf(`## T\n\n前言一句。\n\n${items(3, (i) => `${2020 + i}年：推进`)}\n`));
    expect(l.map((c) => c.design)).toEqual(['timeline', 'cards', 'bullets']);
    expect(l[0]).toMatchObject({ content: { lead: [{ text: '前言一句。' }] } });
    expect(l[1]).toMatchObject({ content: { lead: [{ text: '前言一句。' }] } });
    const none = candidates(slideOf(`## T\n\n${items(3, (i) => `${2020 + i}年：推进`)}\n`));
    expect((none[0] as { content: { lead?: unknown } }).content.lead).toBeUndefined();
    expect(list(`## T\n\n前言。\n\n又一段。\n\n${items(3, (i) => `${2020 + i}年：推进`)}\n`)).toEqual(['bullets: 2 paragraphs and a list of 3 items']);
  });

  it('big numbers: 1 to 4 figures, each with a short label', () => {
    expect(list('## T\n\n- **42%** 增长\n')).toEqual(['big-number: 1 figure with a short label', 'bullets: a list of 1 item']);
    const four = list(`## T\n\n${items(4, (i) => `**${i}0%** 增长`)}\n`);
    expect(four[0]).toBe('big-number: 4 figures with a short label');
    expect(list(`## T\n\n${items(5, (i) => `**${i}0%** 增长`)}\n`).some((c) => c.startsWith('big-number'))).toBe(false);
  });

  it('cards: 2 to 6 items with a head, bold or "head: text"', () => {
    expect(list('## T\n\n- **甲**：一\n- **乙**：二\n')).toEqual(['cards: 2 items with bold heads', 'bullets: a list of 2 items']);
    expect(list(`## T\n\n${items(6, (i) => `要点${i}：内容`)}\n`)[0]).toBe('cards: 6 items with a “head: text” pattern');
    expect(list(`## T\n\n${items(7, (i) => `要点${i}：内容`)}\n`)).toEqual(['bullets: a list of 7 items']);
    expect(list('## T\n\n- 甲：一\n')).toEqual(['bullets: a list of 1 item']);
    // Bold heads only when every item's first text is bold.
    expect(list('## T\n\n- **甲**：一\n- 乙：二\n')[0]).toBe('cards: 2 items with a “head: text” pattern');
  });

  it('a short sentence or a bare title is a statement', () => {
    expect(list('## T\n\n一句短话。\n')).toEqual(['statement: one short sentence (5 characters)', 'bullets: a paragraph']);
    const bare = candidates(slideOf('## 只有一个标题\n'));
    expect(bare.map((c) => `${c.design}: ${c.why}`)).toEqual(['statement: a title with nothing under it', 'bullets: no body']);
    expect(bare[0]).toMatchObject({ content: { runs: [{ text: '只有一个标题' }], isTitle: true } });
    // A bare title longer than 48 (weighted) characters is not.
    expect(list(`## ${'国'.repeat(49)}\n`)).toEqual(['bullets: no body']);
    expect(list(`## ${'国'.repeat(48)}\n`)[0]).toBe('statement: a title with nothing under it');
  });

  it('an image with text, a chart with text; tables, code and quotes keep their own form', () => {
    expect(list('## T\n\n![x](a.png)\n\n- a\n- b\n')).toEqual(['image-text: one image with text', 'bullets: an image and a list of 2 items']);
    const im = candidates(slideOf('## T\n\n- a\n- b\n\n![x](a.png)\n'))[0];
    expect(im).toMatchObject({ design: 'image-text', content: { imageLeft: false } });
    expect(candidates(slideOf('## T\n\n![x](a.png)\n\n- a\n- b\n'))[0]).toMatchObject({ content: { imageLeft: true } });
    expect(list('## T\n\n| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n')).toEqual(['table: a table']);
    expect(list('## T\n\n```\nx\n```\n\n```\ny\n```\n')).toEqual(['code: a code block']);
    expect(list('## T\n\n| a |\n|---|\n| 1 |\n\n- 甲：一\n- 乙：二\n')).toEqual(['bullets: a table and a list of 2 items']);
    expect(list('## T\n\n```\nx\n```\n\n- 甲：一\n- 乙：二\n')).toEqual(['bullets: a code block and a list of 2 items']);
    expect(list('## T\n\n> 一句引语。\n')).toEqual(['quote: one block quote']);
    const chart = '<!-- chart: line -->\n| 月 | 营收 |\n|---|---:|\n| 1月 | 10 |\n| 2月 | 12 |\n';
    expect(list(`## T\n\n${chart}`)).toEqual(['chart: a line chart, across the body']);
    expect(list(`## T\n\n${chart}\n- 增长明显\n- 创新高\n`)).toEqual(['image-text: one chart with text', 'bullets: a chart and a list of 2 items']);
    expect(list(`## T\n\n${chart}\n${chart}`)).toEqual(['chart: 2 charts, one under the other']);
    expect(list(`## T\n\n${chart}\n| a |\n|---|\n| 1 |\n`)).toEqual(['bullets: a chart and a table']);
  });

  it('sub-headings with content are columns', () => {
    const l = list('## 对比\n\n### 以前\n\n- 学习形式单一\n- 成果转化不足\n\n### 现在\n\n- 线上线下结合\n- 成果转化为发展动力\n');
    expect(l[0]).toBe('columns: 2 sub-headings, each with its content');
    expect(l[l.length - 1]).toMatch(/^bullets: /);
  });
});

describe('describe (what --verbose says about a plain slide)', () => {
  const blocks = (md: string) => slideOf(`## T\n\n${md}`).blocks;

  it('names each kind, counts repeats, and joins the last with "and"', () => {
    expect(say([])).toBe('no body');
    expect(say(blocks('一段。\n'))).toBe('a paragraph');
    expect(say(blocks('![x](a.png)\n'))).toBe('an image');
    expect(say(blocks('一段。\n\n二段。\n\n三段。\n'))).toBe('3 paragraphs');
    expect(say(blocks('- a\n\n1. b\n\n- c\n'))).toBe('3 lists of 1 item');
    expect(say(blocks('- a\n- b\n\n1. c\n\n- d\n'))).toBe('a list of 2 items and 2 lists of 1 item');
    expect(say(blocks('```\nx\n```\n\n```\ny\n```\n'))).toBe('2 code blocks');
    expect(say(blocks('| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n'))).toBe('2 tables');
    expect(say(blocks('> q\n\n> r\n\n一段。\n'))).toBe('2 quotes and a paragraph');
    expect(say(blocks('![x](a.png)\n\n![y](b.png)\n\n一段。\n\n- a\n'))).toBe('2 images, a paragraph and a list of 1 item');
  });
});

describe('requested', () => {
  const plainList = '## T\n\n- 甲乙\n- 丙丁\n- 戊己\n';

  it('takes a candidate by name, saying it was asked for', () => {
    expect(requested(slideOf('## T\n\n- 甲：一\n- 乙：二\n- 丙：三\n'), 'cards')).toMatchObject({ design: 'cards', why: 'asked for (3 items with a “head: text” pattern)' });
    expect(requested(slideOf('## T\n\n- 甲：一\n- 乙：二\n- 丙：三\n'), 'bullets')).toMatchObject({ design: 'bullets', why: 'asked for (a list of 3 items)' });
  });

  it('makes cards and timelines of a plain list of 2 to 6 items, numbered in order', () => {
    expect(requested(slideOf(plainList), 'cards')).toEqual({ design: 'cards', why: 'asked for', content: { lead: undefined, items: [{ body: [{ text: '甲乙' }] }, { body: [{ text: '丙丁' }] }, { body: [{ text: '戊己' }] }] } });
    expect(requested(slideOf(plainList), 'timeline')).toEqual({ design: 'timeline', why: 'asked for', content: { lead: undefined, steps: ['甲乙', '丙丁', '戊己'].map((t, i) => ({ when: String(i + 1), text: [{ text: t }] })) } });
    expect(requested(slideOf('## T\n\n前言。\n\n- 甲乙\n- 丙丁\n'), 'cards')).toMatchObject({ content: { lead: [{ text: '前言。' }] } });
    for (const n of [1, 7]) {
      expect(requested(slideOf(`## T\n\n${items(n, (i) => `第${i}项内容较长的一条`)}\n`), 'cards')).toBeUndefined();
      expect(requested(slideOf(`## T\n\n${items(n, (i) => `第${i}项内容较长的一条`)}\n`), 'timeline')).toBeUndefined();
    }
    expect(requested(slideOf(`## T\n\n${items(6, (i) => `第${i}项内容较长的一条`)}\n`), 'cards')?.design).toBe('cards');
    expect(requested(slideOf(`## T\n\n${items(2, (i) => `第${i}项内容较长的一条`)}\n`), 'timeline')?.design).toBe('timeline');
  });

  it('nothing for a list under two paragraphs, no list, or another design', () => {
    expect(requested(slideOf('## T\n\n一。\n\n二。\n\n- 甲乙\n- 丙丁\n'), 'cards')).toBeUndefined();
    expect(requested(slideOf('## T\n\n一段话而已。\n'), 'cards')).toBeUndefined();
    expect(requested(slideOf(plainList), 'columns')).toBeUndefined();
    expect(requested(slideOf(plainList), 'big-number')).toBeUndefined();
  });

  it('the names an author may ask for', () => {
    expect(DESIGNS).toEqual(['bullets', 'cards', 'big-number', 'columns', 'timeline', 'image-text', 'statement', 'table', 'code', 'quote']);
  });
});

describe('the survivors of stop 24 (layout-c)', () => {
  const cols = (a: string, b: string) => `:::: columns\n::: column\n${a}\n:::\n::: column\n${b}\n:::\n::::\n`;

  it('an explicit columns block says how many columns; its plain form is "a set of columns"', () => {
    expect(list(`## T\n\n${cols('甲', '乙')}`)).toEqual(['columns: 2 columns', 'bullets: a set of columns']);
    expect(list(`## T\n\n${cols('甲', '乙')}\n${cols('丙', '丁')}`)).toEqual(['bullets: 2 sets of columns']);
  });

  it('a timeline needs every item to lead with a date or step, and text after it', () => {
    expect(list('## T\n\n- 2020年：推进\n- 调研一下\n- 起草文件\n')).toEqual(['bullets: a list of 3 items']);
    // A no-break space after the colon leaves no text.
    expect(list('## T\n\n- 2020年：&nbsp;\n- 2021年：推进\n- 2022年：收官\n')).toEqual(['bullets: a list of 3 items']);
  });

  it('"a date" when any item leads with something that is not a step word; a month is a date, a week a step', () => {
    expect(list('## T\n\n- 2020年：调研\n- 第二步：起草\n- 第三步：审议\n')[0]).toBe('timeline: 3 items that lead with a date');
    expect(list('## T\n\n- March: plan\n- April: build\n- May: ship\n')[0]).toBe('timeline: 3 items that lead with a date');
    expect(list('## T\n\n- Week 1: plan\n- Week 2: build\n- Week 3: ship\n')[0]).toBe('timeline: 3 items that lead with a step');
    expect(list('## T\n\n- Day 1: plan\n- Milestone 2: build\n- Sprint 3: ship\n')[0]).toBe('timeline: 3 items that lead with a step');
    // The step words count at the start only: "Mayday 1" (a month word, as the date pattern reads it) is a date.
    expect(list('## T\n\n- Mayday 1: plan\n- Mayday 2: build\n- Mayday 3: ship\n')[0]).toBe('timeline: 3 items that lead with a date');
  });

  it('big numbers and cards need at most one lead paragraph, and cards a head on every item', () => {
    expect(list('## T\n\n一段。\n\n二段。\n\n- **42%** 增长\n')).toEqual(['bullets: 2 paragraphs and a list of 1 item']);
    expect(list('## T\n\n一段。\n\n- **42%** 增长\n')[0]).toBe('big-number: 1 figure with a short label');
    expect(list('## T\n\n- 甲：一\n- 乙二丙丁\n')).toEqual(['bullets: a list of 2 items']);
  });

  it('bold heads: the first run with text decides, a blank run before it does not', () => {
    // The parser drops blank runs at an item's start; a model from elsewhere (a dialect reader, the library) may not.
    const slide = slideOf('## T\n\n- **甲**：一\n- **乙**：二\n');
    const list0 = slide.blocks[0] as Extract<Slide['blocks'][number], { kind: 'list' }>;
    for (const it of list0.items) it.runs.unshift({ text: ' ' });
    expect(candidates(slide).map((c) => `${c.design}: ${c.why}`)[0]).toBe('cards: 2 items with bold heads');
  });

  it('an asked-for timeline takes a plain list of up to 6 items', () => {
    expect(requested(slideOf(`## T\n\n${items(6, (i) => `第${i}项内容较长的一条`)}\n`), 'timeline')?.design).toBe('timeline');
  });
});
