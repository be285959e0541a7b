import { describe, expect, it } from 'vitest';
import type { Deck, LaidSlide, Slide, TextBox } from '../../src/model.js';
import { layout } from '../../src/layout/index.js';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import { resolveTheme } from '../../src/theme/index.js';
import { build } from '../../src/build.js';
import { lay } from './lay.js';
import { citedMarks, withoutMarks } from '../../src/layout/page-notes.js';
import type { Theme } from '../../src/theme/types.js';
import { checkDecks, hasCheckDeck } from '../decks/deck-check.js';

// A footnote cited in a section or closing title: these pages draw only their title, so the note is set under it
// (src/layout/page-notes.ts), or, too long for the room, goes to the speaker notes with a warning — never lost.
const text = (b: TextBox) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
const texts = (s: LaidSlide) => s.items.filter((i): i is TextBox => i.kind === 'text');
const caption = (s: LaidSlide) => texts(s).find((t) => t.role === 'caption');
const bottom = (b: { y: number; h: number }) => b.y + b.h;

const deck = (note: string, layouts = '') => `---
title: 年度工作汇报
lang: zh
${layouts}
---

# 一、总体情况[^a]

## 主要成绩

- 完成目标任务

# 二、存在问题

## 问题

- 一是基础薄弱

[^a]: ${note}
`;

const NOTE = '数据来源：市统计局2025年统计公报，部分数据为初步核算数。';

describe('footnotes of a section title', () => {
  for (const [name, layouts] of [['designed', ''], ['plain', 'layouts: plain']] as const) {
    it(`are set under the title of the ${name} section page, inside its body region, and nowhere else`, () => {
      const d = lay(deck(NOTE, layouts));
      const sections = d.slides.filter((s) => s.layout === 'section');
      expect(sections.map((s) => s.titleText)).toEqual([expect.stringContaining('总体情况¹'), expect.stringContaining('存在问题')]);
      const c = caption(sections[0])!;
      expect(c).toBeDefined();
      expect(text(c)).toBe(`¹ ${NOTE}`);
      expect(c.valign).toBe('bottom');
      // under everything else on the page, within the section's body region (y 68–83 % of the page)
      for (const t of texts(sections[0]).filter((t) => t !== c)) expect(c.y).toBeGreaterThanOrEqual(bottom(t));
      expect(c.y).toBeGreaterThanOrEqual(7.5 * 0.68);
      expect(bottom(c)).toBeLessThanOrEqual(7.5 * 0.83 + 1e-9);
      expect(c.paragraphs[0].sizePt).toBe(gov.sizes.subtitle - 4 >= gov.sizes.minBody ? gov.sizes.subtitle - 4 : gov.sizes.minBody);
      expect(sections[0].notes).toEqual([]);
      expect(caption(sections[1])).toBeUndefined();
      expect(d.warnings).toEqual([]);
      // the note is on that page only
      const others = d.slides.filter((s) => s !== sections[0]).flatMap((s) => texts(s).map(text));
      expect(others.join('\n')).not.toContain('统计公报');
    });
  }

  it('shrink to the floor before giving up; a note too long even there goes to the speaker notes with a warning', () => {
    // three times the note fits at the floor in the section's body region (two lines); four times does not
    const s3 = lay(deck(NOTE.repeat(3))).slides.find((x) => x.layout === 'section')!;
    expect(caption(s3)!.paragraphs[0].sizePt).toBe(gov.sizes.minBody);
    expect(caption(s3)!.paragraphs[0].lines).toBe(2);
    expect(s3.notes).toEqual([]);
    const s2 = lay(deck(NOTE.repeat(2))).slides.find((x) => x.layout === 'section')!;
    expect(caption(s2)!.paragraphs[0].sizePt).toBe(gov.sizes.subtitle - 4);

    const d = lay(deck(NOTE.repeat(4)));
    const s4 = d.slides.find((x) => x.layout === 'section')!;
    expect(caption(s4)).toBeUndefined();
    expect(s4.notes).toEqual([`¹ ${NOTE.repeat(4)}`]);
    expect(d.warnings).toEqual([{ line: 19, message: 'the text under this section title is too long for the page: it is in the speaker notes' }]);
  });
});

const gov = resolveTheme('gov-blue');

describe('a section title that reaches into the body region', () => {
  // A theme whose section title region runs down to 5.4 in (the body region starts at 68 % = 5.1 in): the note goes
  // under the title box, not at the body region's top, where it would overlap the title.
  const tall = { ...gov, layouts: { ...gov.layouts, section: { ...gov.layouts.section, title: { x: 0.8, y: 2, w: 11.7, h: 3.4 } } } } as Theme;
  // (The designed section page sets its numeral and title in boxes of its own, inside the region's upper part.)
  it('keeps the note below it (plain section page)', () => {
    const s = lay(deck(NOTE, 'layouts: plain'), { theme: tall }).slides.find((x) => x.layout === 'section')!;
    const c = caption(s)!;
    const lowest = Math.max(...s.items.filter((i) => i !== c).map(bottom));
    expect(lowest).toBeGreaterThan(7.5 * 0.68);
    expect(c.y).toBeCloseTo(lowest + 0.05, 9);
  });
});

describe('citedMarks', () => {
  const slide = (blocks: unknown[]) => ({ layout: 'section', title: [{ text: 'T¹' }], blocks, notes: [], src: { line: 1 } }) as unknown as Slide;
  it('takes the first run of each paragraph that is a mark, and nothing else (a library caller\'s empty paragraph too)', () => {
    expect(citedMarks(slide([
      { kind: 'paragraph', runs: [], src: { line: 2 } },
      { kind: 'paragraph', runs: [{ text: 'no mark' }], src: { line: 3 } },
      { kind: 'paragraph', runs: [{ text: ' ¹² ' }, { text: 'note' }], src: { line: 4 } },
      { kind: 'list', ordered: false, items: [], src: { line: 5 } },
    ]))).toEqual(['¹²']);
  });
});

describe('the note under a section title is aligned as the title', () => {
  for (const [theme, align] of [['gov-blue', 'l'], ['party-red', 'c']] as const) {
    for (const [name, layouts] of [['designed', ''], ['plain', 'layouts: plain']] as const) {
      it(`${theme} (${align}), ${name} section page`, () => {
        const d = lay(deck(NOTE, layouts), { theme: resolveTheme(theme) });
        const section = d.slides.find((s) => s.layout === 'section')!;
        expect(caption(section)!.paragraphs.map((p) => p.align)).toEqual([align]);
      });
    }
  }
});

describe('the note marks of a section title', () => {
  const all = (s: LaidSlide) => s.items.flatMap((i) => (i.kind === 'group' ? i.items : i.kind === 'text' ? [i] : [])).map(text).join(' ');
  for (const [name, layouts] of [['designed', ''], ['plain', 'layouts: plain']] as const) {
    it(`stay on the ${name} section page, and are not repeated by the agenda or the slides' section title`, () => {
      const d = lay(deck(NOTE, layouts));
      const agenda = d.slides.find((s) => s.layout === 'agenda')!;
      expect(all(agenda)).toContain('总体情况');
      expect(all(agenda)).not.toContain('¹');
      const section = d.slides.find((s) => s.layout === 'section')!;
      expect(all(section)).toContain('总体情况¹');
      const content = d.slides.find((s) => s.layout === 'content' && s.section === 1)!;
      expect(content.sectionTitle).toMatch(/总体情况$/);
    });
  }

  it('only the marks cited are taken out, the last occurrence each: a title that ends in m² citing note ² keeps its own ²', () => {
    const md = `---
title: Report
---

# Before[^a]

## One

- one

# Area m²[^b]

## Two

- two

[^a]: First note.
[^b]: Second note.
`;
    const d = lay(md);
    const agenda = all(d.slides.find((s) => s.layout === 'agenda')!);
    expect(agenda).toContain('Before');
    expect(agenda).not.toContain('Before¹');
    expect(agenda).toContain('Area m²');
    expect(agenda).not.toContain('m²²');
    const sections = d.slides.filter((s) => s.layout === 'section').map(all);
    expect(sections[0]).toContain('Before¹');
    expect(sections[1]).toContain('Area m²²');
    expect(sections[1]).toContain('² Second note.');
  });
});

describe('withoutMarks', () => {
  it('takes each cited mark out of the last run that holds it; a run left empty goes; a mark not found changes nothing', () => {
    expect(withoutMarks([{ text: 'Growth', bold: true }, { text: '¹' }], ['¹'])).toEqual([{ text: 'Growth', bold: true }]);
    expect(withoutMarks([{ text: 'a¹' }, { text: 'b¹ c' }], ['¹'])).toEqual([{ text: 'a¹' }, { text: 'b c' }]);
    expect(withoutMarks([{ text: 'm²²' }], ['²', '¹⁰'])).toEqual([{ text: 'm²' }]);
    expect(withoutMarks([{ text: 'x¹⁰' }, { text: 'y' }], ['¹⁰'])).toEqual([{ text: 'x' }, { text: 'y' }]);
  });
});

describe('footnotes of a closing title', () => {
  // A closing page comes from a dialect (Marp's last lead slide, Slidev's `layout: end`): built here as the model.
  it('are set under it too, below the title, in the body region', () => {
    const slides: Slide[] = [
      { layout: 'content', title: [{ text: 'Results' }], blocks: [{ kind: 'list', ordered: false, items: [{ runs: [{ text: 'up 5 %' }], children: [], src: { line: 3 } }], src: { line: 3 } }], notes: [], src: { line: 1 } },
      { layout: 'closing', title: [{ text: 'Thank you¹' }], blocks: [{ kind: 'paragraph', runs: [{ text: '¹ ' }, { text: 'Photos: city archive.', href: 'https://example.org' }], src: { line: 9 } }], notes: [], src: { line: 7 } },
    ];
    const d = layout({ meta: { title: 'Deck', lang: 'en', aspect: '16:9' }, slides, file: 't.md' } as unknown as Deck, gov);
    const closing = d.slides.find((s) => s.layout === 'closing')!;
    const c = caption(closing)!;
    expect(text(c)).toBe('¹ Photos: city archive.');
    expect(c.paragraphs[0].runs.some((r) => 'href' in r)).toBe(false); // no link blue on a title page
    expect(c.y).toBeGreaterThanOrEqual(bottom(texts(closing).find((t) => t.role === 'title')!));
    expect(d.warnings).toEqual([]);

    // two notes: two paragraphs, the second a little apart
    const two = structuredClone(slides);
    two[1].blocks.push({ kind: 'paragraph', runs: [{ text: '² Music: the city orchestra.' }], src: { line: 10 } });
    const c1 = caption(layout({ meta: { title: 'Deck', lang: 'en', aspect: '16:9' }, slides: two, file: 't.md' } as unknown as Deck, gov).slides[1])!;
    expect(c1.paragraphs.map((p) => [p.runs.map((r) => r.text).join(''), p.spaceBeforePt])).toEqual([['¹ Photos: city archive.', 0], ['² Music: the city orchestra.', Math.round(c1.paragraphs[1].sizePt * 0.2)]]);
    expect(c1.paragraphs[1].spaceBeforePt).toBeGreaterThan(0);

    // too long for the page: after the speaker notes the page already has
    const long = 'Photos: city archive, 1950–2020, by kind permission of the municipal museum and its friends. '.repeat(6);
    slides[1] = { ...slides[1], notes: ['Thank the hosts.'], blocks: [{ kind: 'paragraph', runs: [{ text: `¹ ${long}` }], src: { line: 9 } }] };
    const d2 = layout({ meta: { title: 'Deck', lang: 'en', aspect: '16:9' }, slides, file: 't.md' } as unknown as Deck, gov);
    const c2 = d2.slides.find((s) => s.layout === 'closing')!;
    expect(caption(c2)).toBeUndefined();
    expect(c2.notes).toEqual(['Thank the hosts.', `¹ ${long}`]);
    expect(d2.warnings).toEqual([{ line: 9, message: 'the text under this closing title is too long for the page: it is in the speaker notes' }]);
  });
});

describe.runIf(hasCheckDeck)('a section footnote in the built deck', () => {
  it('passes check-deck: nothing outside its box', async () => {
    const decks = [];
    for (const layouts of ['', 'layouts: plain']) for (const note of [NOTE, NOTE.repeat(4)]) {
      const { bytes } = await build(deck(note, layouts), { file: 't.md' });
      decks.push({ label: `${layouts || 'designed'} ${note.length}`, bytes });
    }
    const closing = '---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# 年度工作汇报\n\n---\n\n## 主要成绩\n\n- 完成目标任务\n\n---\n\n<!-- _class: lead -->\n\n# 谢谢！\n\n欢迎批评指正\n\n联系人：张三　电话：010-12345678\n';
    decks.push({ label: 'marp closing', bytes: (await build(closing, { file: 't.md' })).bytes });
    const reports = await checkDecks(decks);
    for (const r of reports) expect(r.problems, r.label).toEqual([]);
    for (const r of reports) expect(r.ok, r.label).toBe(true);
  }, 600_000);
});

describe('a closing page asked for', () => {
  const MARP = '---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# Title\n\n---\n\n## Results\n\n- up 5 %\n\n---\n\n<!-- _class: lead -->\n\n# Thank you\n';
  it("is Marp's last lead slide: the closing layout, its title large, no warning (it was a statement, with a warning)", () => {
    const d = lay(MARP);
    const last = d.slides[d.slides.length - 1];
    expect(last.layout).toBe('closing');
    expect(last.titleText).toBe('Thank you');
    expect(texts(last).find((t) => t.role === 'title')!.paragraphs[0].sizePt).toBe(Math.round(gov.sizes.section * 1.2));
    expect(d.warnings).toEqual([]);
    // the same page as a closing page from front matter: the closing style's region, colour and alignment
    const fm = lay('---\ntitle: Deck\nclosing: Thank you\n---\n\n## Results\n\n- up 5 %\n');
    const want = fm.slides[fm.slides.length - 1];
    expect(want.layout).toBe('closing');
    expect(last.items).toEqual(want.items);
    const title = texts(last).find((t) => t.role === 'title')!;
    const region = defaultRegions('closing', gov, slideSize('16:9')).title;
    expect(title.y).toBeGreaterThanOrEqual(region.y);
    expect(title.paragraphs[0].color).toBe(gov.layouts.closing.titleColor ?? gov.palette.title);
    expect(title.paragraphs[0].color).not.toBe(gov.palette.title); // gov-blue's closing page is dark: light text
  });

  it('without a title is no closing page: a last lead slide of one line is a statement', () => {
    const d = lay(MARP.replace('# Thank you', 'Questions welcome.'));
    const last = d.slides[d.slides.length - 1];
    expect(last.layout).toBe('content');
    expect(last.design).toBe('statement');
  });

  it('shows its short lines under the title (Questions?, a contact)', () => {
    const d = lay(MARP + '\nQuestions?\n\nzhang.san@example.gov.cn\n');
    const last = d.slides[d.slides.length - 1];
    expect(last.layout).toBe('closing');
    expect(caption(last)!.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Questions?', 'zhang.san@example.gov.cn']);
    const region = defaultRegions('closing', gov, slideSize('16:9')).body;
    expect(caption(last)!.y).toBeGreaterThanOrEqual(region.y);
    expect(caption(last)!.paragraphs[0].color).toBe(gov.layouts.closing.textColor ?? gov.palette.text);
  });

  it('is {.closing} on a slide with only a title; a slide with a list keeps its content (and the warning)', () => {
    const d = lay('# Deck\n\n## Results\n\n- up 5 %\n\n## 谢谢 {.closing}\n');
    expect(d.slides.map((s) => s.layout)).toEqual(['section', 'content', 'closing']);
    expect(d.warnings).toEqual([]);
    const listed = lay('# Deck\n\n## Results\n\n- up 5 %\n\n## 谢谢 {.closing}\n\n- 联系人：张三\n');
    expect(listed.slides[2].layout).toBe('content');
    expect(listed.slides[2].items.some((i) => i.kind === 'text' && i.paragraphs.some((p) => p.runs.some((r) => r.text.includes('张三'))))).toBe(true);
    expect(listed.warnings.map((w) => w.message)).toEqual(['layout "closing" (heading class) cannot take this slide\'s content; bullets instead']);
  });
});
