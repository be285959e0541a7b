// src/layout/index.ts, the stage that places every slide, on the paths the designed layouts do not take (`layouts:
// plain`, and what every deck gets): the title slide's subtitle and byline, section and closing titles with their
// numbers, the plain agenda in section order, section names and designs on every slide, and a source slide's footer
// and page-number switches carried to its continuation slides.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import { fitTitle } from '../../src/layout/titles.js';
import type { LaidOutDeck, LaidSlide, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';

const gov = resolveTheme('gov-blue');
const minimal = resolveTheme('minimal');
const lay = (md: string, opts: { theme?: Theme; plain?: boolean; lang?: string } = {}): LaidOutDeck => {
  const { deck } = parse(md, { file: 't.md', slideLevel: 2 });
  if (opts.plain !== false) deck.meta.layouts = 'plain';
  if (opts.lang) deck.meta.lang = opts.lang;
  return layout(deck, opts.theme ?? gov);
};
const boxes = (s: LaidSlide, role: TextBox['role']) => s.items.filter((i): i is TextBox => i.kind === 'text' && i.role === role);
const text = (b: TextBox) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('|');

describe('the title slide', () => {
  it('the subtitle in 55 % of the body under the title, the byline (author　date) in 40 % under it, at the subtitle size less 4', () => {
    const d = lay('---\ntitle: 工作汇报\nsubtitle: 2024年上半年\nauthor: 办公室\ndate: 2024年7月\n---\n\n## 一\n\n- 内容\n');
    const t = d.slides[0];
    expect(t.layout).toBe('title');
    const body = defaultRegions('title', gov, slideSize('16:9')).body;
    const [sub, by] = boxes(t, 'subtitle');
    expect(text(sub)).toBe('2024年上半年');
    expect(text(by)).toBe('办公室　2024年7月');
    expect(sub.y).toBeCloseTo(body.y, 3);
    expect(sub.h).toBeLessThanOrEqual(body.h * 0.55 + 0.001);
    expect(by.y).toBeCloseTo(sub.y + sub.h, 3);
    expect(by.h).toBeLessThanOrEqual(body.h * 0.4 + 0.001);
    expect(sub.paragraphs[0].sizePt).toBe(gov.sizes.subtitle);
    expect(by.paragraphs[0].sizePt).toBe(Math.max(gov.sizes.minBody, gov.sizes.subtitle - 4));
    expect(sub.valign).toBe('top');
    const [title] = boxes(t, 'title');
    expect(title.valign).toBe('bottom');
    expect(title.paragraphs[0].sizePt).toBeLessThanOrEqual(Math.round(gov.sizes.title * 1.25));
    expect(title.paragraphs[0].sizePt).toBeGreaterThan(gov.sizes.title);
    expect(t.titleText).toBe('工作汇报');
  });

  it('an English byline joins with " · "; no subtitle: the byline is first, in 40 %; no byline, no box', () => {
    const d = lay('---\ntitle: Review\nauthor: Ann\ndate: May 2024\nlang: en\n---\n\n## A\n\n- x\n', { theme: minimal });
    const [by] = boxes(d.slides[0], 'subtitle');
    expect(text(by)).toBe('Ann · May 2024');
    const body = defaultRegions('title', minimal, slideSize('16:9')).body;
    expect(by.y).toBeCloseTo(body.y, 3);
    expect(by.paragraphs[0].sizePt).toBe(Math.max(minimal.sizes.minBody, minimal.sizes.subtitle - 4));
    expect(boxes(lay('---\ntitle: T\n---\n\n## A\n\n- x\n').slides[0], 'subtitle')).toEqual([]);
  });
});

describe('section and closing slides, the agenda', () => {
  const deck = '---\ntitle: T\n---\n\n# 总体情况\n\n## 一\n\n- 内容\n\n# 三、已有编号\n\n## 二\n\n- 内容\n\n# 存在问题\n\n## 三\n\n- 内容\n';

  it('section titles get the theme\'s number unless they carry their own; every slide knows its section\'s name', () => {
    const d = lay(deck);
    const sections = d.slides.filter((s) => s.layout === 'section');
    expect(sections.map((s) => s.titleText)).toEqual(['一、总体情况', '三、已有编号', '三、存在问题']);
    expect(sections.map((s) => s.sectionTitle)).toEqual(['一、总体情况', '三、已有编号', '三、存在问题']);
    const content = d.slides.filter((s) => s.layout === 'content');
    expect(content.map((s) => s.sectionTitle)).toEqual(['一、总体情况', '三、已有编号', '三、存在问题']);
    expect(boxes(sections[0], 'title')[0].valign).toBe('middle');
    expect(boxes(sections[0], 'title')[0].paragraphs[0].sizePt).toBeLessThanOrEqual(gov.sizes.section);
  });

  it('the plain agenda lists the sections in order, without bullets, under 目录 (Agenda in English)', () => {
    const d = lay('---\ntitle: T\nagenda: true\n---\n\n' + deck.split('---\n\n')[1]);
    const agenda = d.slides.find((s) => s.layout === 'agenda');
    expect(agenda).toBeDefined();
    if (!agenda) return;
    const entries = boxes(agenda, 'agenda');
    expect(entries.length).toBe(1);
    expect(entries[0].paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['一、总体情况', '三、已有编号', '三、存在问题']);
    for (const p of entries[0].paragraphs) expect(p).toMatchObject({ bullet: undefined, marginLeftPt: 0, indentPt: 0 });
    expect(agenda.titleText).toBe('目录');
    expect(boxes(agenda, 'body')).toEqual([]);
    // Four points over the body size (the agenda's boost), shrunk only if it must.
    expect(entries[0].paragraphs[0].sizePt).toBe(gov.sizes.body[0] + 4);
  });

  it('a closing slide\'s title is set 1.2 × the section size at most, in the middle', () => {
    const d = lay('---\ntitle: T\nclosing: 谢谢\n---\n\n## 一\n\n- 内容\n');
    const c = d.slides.find((s) => s.layout === 'closing')!;
    expect(c).toBeDefined();
    const [t] = boxes(c, 'title');
    expect(t.valign).toBe('middle');
    expect(t.paragraphs[0].sizePt).toBeLessThanOrEqual(Math.round(gov.sizes.section * 1.2));
    expect(t.paragraphs[0].sizePt).toBeGreaterThan(gov.sizes.section);
  });
});

describe('every slide', () => {
  it('designs: "bullets" for content, the layout\'s name otherwise; plain decks have no layout choices', () => {
    const d = lay('---\ntitle: T\n---\n\n# 部分\n\n## 一\n\n- 内容\n');
    expect(d.slides.map((s) => [s.layout, s.design])).toEqual([['title', 'title'], ['section', 'section'], ['content', 'bullets']]);
    expect(d.choices).toEqual([]);
    expect(d.widthIn).toBe(13.333);
    expect(d.heightIn).toBe(7.5);
  });

  it('a slide\'s own footer and page-number switch go with every slide made from it', () => {
    const long = Array.from({ length: 30 }, (_, i) => `- 第${i + 1}项工作要点，认真抓好贯彻落实`).join('\n');
    const md = `---\ntitle: T\nfooter: 全局页脚\nmarp: true\npaginate: true\n---\n\n## 长\n\n<!-- _footer: 本页页脚 -->\n<!-- _paginate: false -->\n\n${long}\n\n---\n\n## 短\n\n- 一\n`;
    const d = lay(md);
    const parts = d.slides.filter((s) => s.titleText.startsWith('长'));
    expect(parts.length).toBeGreaterThan(1);
    for (const s of parts) expect([s.footer, s.slideNumber]).toEqual(['本页页脚', false]);
    const short = d.slides.find((s) => s.titleText === '短')!;
    expect([short.footer, short.slideNumber]).toEqual([undefined, undefined]);
  });
});

describe('the survivors of stop 24 (layout-e)', () => {
  it('a title slide without a title (a deck built by a program, not parsed) shows the deck\'s title', () => {
    const { deck } = parse('---\ntitle: 年度工作总结\n---\n\n## 一\n\n- 内容\n', { file: 't.md', slideLevel: 2 });
    deck.meta.layouts = 'plain';
    delete deck.slides[0].title;
    const d = layout(deck, gov);
    expect(d.slides[0].titleText).toBe('年度工作总结');
    expect(text(boxes(d.slides[0], 'title')[0])).toBe('年度工作总结');
  });

  it('the subtitle\'s box is 55 % of the body, each line after it 40 %; a long subtitle shrinks, to the body floor at the least', () => {
    const d = lay('---\ntitle: 工作汇报\nsubtitle: 上半年\nauthor: 办公室\n---\n\n## 一\n\n- 内容\n');
    const body = defaultRegions('title', gov, slideSize('16:9')).body;
    const [sub, by] = boxes(d.slides[0], 'subtitle');
    expect(sub.h).toBeCloseTo(body.h * 0.55, 3);
    expect(by.h).toBeCloseTo(body.h * 0.4, 3);
    const long = '关于进一步加强和改进新形势下机关党的建设工作的若干意见和具体措施的贯彻落实情况汇报及下一步工作安排'.repeat(2).slice(0, 80);
    const [s2] = boxes(lay(`---\ntitle: 工作汇报\nsubtitle: ${long}\n---\n\n## 一\n\n- 内容\n`).slides[0], 'subtitle');
    expect(text(s2)).toBe(long);
    expect(s2.paragraphs[0].sizePt).toBeLessThan(gov.sizes.subtitle);
    expect(s2.paragraphs[0].sizePt).toBeGreaterThanOrEqual(gov.sizes.minBody);
  });

  it('titles are aligned and bold as the layout\'s style says: left and bold unless it says otherwise', () => {
    const d = lay('---\ntitle: T\nclosing: 谢谢\n---\n\n# 部分\n\n## 一\n\n- 内容\n');
    const title = (layout: string) => boxes(d.slides.find((s) => s.layout === layout)!, 'title')[0].paragraphs[0];
    expect(gov.layouts.content.titleAlign).toBeUndefined();
    expect(gov.layouts.closing.titleAlign).toBe('center');
    expect([title('content').align, title('section').align, title('closing').align]).toEqual(['l', 'l', 'c']);
    expect(gov.layouts.content.titleBold).toBeUndefined();
    expect([title('content').bold, title('section').bold, title('closing').bold]).toEqual([true, true, true]);
    const light = { ...gov, layouts: { ...gov.layouts, content: { ...gov.layouts.content, titleBold: false } } };
    const l = lay('---\ntitle: T\n---\n\n## 一\n\n- 内容\n', { theme: light });
    expect(boxes(l.slides.find((s) => s.layout === 'content')!, 'title')[0].paragraphs[0].bold).toBe(false);
  });

  it('a section title cut for its page (measured bold, as drawn) is cut the same way in the agenda and the section names', () => {
    const region = defaultRegions('section', gov, slideSize('16:9')).title;
    expect(gov.layouts.section.title).toBeUndefined();
    expect(gov.layouts.section.titleBold).toBeUndefined();
    const lines = (runs: { text: string }[], bold: boolean) => fitTitle({ runs: [{ text: '十二、' }, ...runs], faces: gov.fonts.title, mono: gov.fonts.mono, maxPt: gov.sizes.minTitle, minPt: gov.sizes.minTitle, maxLines: 3, box: region, lineSpacing: 1.15, bold }).lines;
    // The shortest title of these words that needs a fourth line in bold but not in regular type.
    const words = 'Strategic priorities for the coming years and the budget that supports them across every department'.split(' ');
    let written = '';
    for (let n = 1; n < 400 && !written; n++) {
      const t = Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');
      if (lines([{ text: t }], true) > 3 && lines([{ text: t }], false) <= 3) written = t;
    }
    expect(written).not.toBe('');
    const d = lay(`---\ntitle: T\nagenda: true\nlang: en\n---\n\n# ${written}\n\n## A\n\n- x\n\n# Second\n\n## B\n\n- y\n`);
    const section = d.slides.find((s) => s.layout === 'section')!;
    expect(section.titleText.length).toBeLessThan(written.length + 3);
    expect(written.startsWith(section.titleText.replace(/^\S+\s/, ''))).toBe(true);
    const agenda = d.slides.find((s) => s.layout === 'agenda')!;
    expect(boxes(agenda, 'agenda')[0].paragraphs.map((p) => p.runs.map((r) => r.text).join(''))[0]).toBe(section.titleText);
    expect(d.slides.find((s) => s.titleText === 'A')!.sectionTitle).toBe(section.titleText);
  });

  it('the plain agenda: in section-number order, unnumbered paragraphs, "Agenda" in English', () => {
    const { deck } = parse('---\ntitle: T\nagenda: true\nlang: en\n---\n\n# First\n\n## A\n\n- x\n\n# Second\n\n## B\n\n- y\n', { file: 't.md', slideLevel: 2 });
    deck.meta.layouts = 'plain';
    // A program may hand sections over out of order: the agenda still counts up.
    for (const s of deck.slides) if (s.section !== undefined) s.section = 3 - s.section;
    const d = layout(deck, gov);
    const agenda = d.slides.find((s) => s.layout === 'agenda')!;
    expect(agenda.titleText).toBe('Agenda');
    const [entries] = boxes(agenda, 'agenda');
    expect(entries.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Second', 'First']);
    for (const p of entries.paragraphs) expect(p.number).toBeUndefined();
  });

  it('a closing slide names no section of its own', () => {
    const d = lay('---\ntitle: T\nclosing: 谢谢\n---\n\n## 一\n\n- 内容\n');
    expect(d.slides.find((s) => s.layout === 'closing')!.sectionTitle).toBeUndefined();
  });
});
