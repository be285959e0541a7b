// The designed-layout driver (src/layout/designed.ts) at its boundaries, written against StrykerJS's survivors:
// the fallback chain and its reports word for word, what a layout request that cannot be honoured says, the
// agenda's blocks (and its fallback past 8 sections or when they do not fit), section numerals.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { LaidOutDeck } from '../../src/model.js';

const gov = resolveTheme('gov-blue');
const lay = (md: string): LaidOutDeck => {
  const { deck } = parse(md, { file: 't.md', slideLevel: 2 });
  deck.meta.aspect = '16:9';
  return layout(deck, gov);
};
const LONG = '坚持以习近平新时代中国特色社会主义思想为指导，深刻理解“两个确立”的决定性意义，自觉当好践行“两个维护”的排头兵。';
const PLAIN = '坚持以习近平新时代中国特色社会主义思想为指导深刻理解两个确立的决定性意义自觉当好践行两个维护的排头兵';
const sections = (n: number, len: number) =>
  '---\nagenda: true\n---\n\n' + Array.from({ length: n }, (_, i) => `# ${PLAIN.slice(0, len)}${i}\n\n## s${i}\n\n- x\n`).join('\n');

describe('falling back', () => {
  it('tries each candidate in order and says which did not fit and what came next', () => {
    const d = lay('## T\n\n' + Array.from({ length: 3 }, (_, i) => `- ${2020 + i}年：${LONG}${LONG}${LONG}`).join('\n') + '\n');
    expect(d.fit.map((f) => f.message)).toEqual([
      'timeline did not fit at 18 pt (3 items that lead with a date); cards instead',
      'cards did not fit at 18 pt (3 items with a “head: text” pattern); bullets instead',
      'body 24→19 pt',
    ]);
    expect(d.fit[0]).toMatchObject({ line: 1, slide: 1, title: 'T' });
    expect(d.choices).toEqual([{ line: 1, slide: 1, title: 'T', design: 'bullets', why: 'a list of 3 items' }]);
    expect(d.slides.map((s) => s.design)).toEqual(['bullets']);
  });

  it('gives every part of a split fallback the plain design', () => {
    const d = lay('## T\n\n' + Array.from({ length: 6 }, (_, i) => `- 要点${i + 1}：${LONG}${LONG}`).join('\n') + '\n');
    expect(d.fit.map((f) => f.message)[0]).toBe('cards did not fit at 18 pt (6 items with a “head: text” pattern); bullets instead');
    expect(d.slides.length).toBe(2);
    expect(d.slides.map((s) => s.design)).toEqual(['bullets', 'bullets']);
    expect(d.choices?.[0]).toMatchObject({ design: 'bullets', why: 'a list of 6 items' });
  });

  it('a table slide keeps its own name and reason', () => {
    const d = lay('## T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(d.choices).toEqual([{ line: 1, slide: 1, title: 'T', design: 'table', why: 'a table' }]);
    expect(d.slides[0].design).toBe('table');
  });
});

describe('layout requests', () => {
  it('"bullets" is always honoured, and says so', () => {
    const d = lay('## T\n\n<!-- layout: bullets -->\n\n- 甲：一\n- 乙：二\n');
    expect(d.choices?.[0]).toMatchObject({ design: 'bullets', why: 'asked for' });
    expect(d.warnings).toEqual([]);
  });

  it('a request the content cannot take is a warning naming what was used instead', () => {
    const a = lay('## T\n\n<!-- layout: statement -->\n\n- 甲：一\n- 乙：二\n');
    expect(a.warnings).toEqual([{ line: 3, message: 'layout "statement" (<!-- layout: statement -->) cannot take this slide\'s content; cards instead' }]);
    expect(a.choices?.[0]).toMatchObject({ design: 'cards', why: '2 items with a “head: text” pattern' });
    const b = lay('## T\n\n<!-- layout: timeline -->\n\n| a |\n|--|\n| 1 |\n');
    expect(b.warnings).toEqual([{ line: 3, message: 'layout "timeline" (<!-- layout: timeline -->) cannot take this slide\'s content; table instead' }]);
    const c = lay('## T\n\n<!-- layout: cards -->\n\n一段话。\n\n二段话。\n');
    expect(c.warnings.map((w) => w.message)).toEqual(['layout "cards" (<!-- layout: cards -->) cannot take this slide\'s content; bullets instead']);
    expect(c.choices?.[0]).toMatchObject({ design: 'bullets', why: '2 paragraphs' });
  });

  it('a request that fits the content goes first, with no warning', () => {
    const d = lay('## T\n\n<!-- layout: cards -->\n\n- 2021年：起步\n- 2022年：推进\n- 2023年：深化\n');
    expect(d.warnings).toEqual([]);
    expect(d.choices?.[0]).toMatchObject({ design: 'cards', why: 'asked for (3 items with a “head: text” pattern)' });
  });
});

describe('agenda and section pages', () => {
  it('says how many sections the agenda shows, and when in two columns', () => {
    const two = lay(sections(2, 4));
    expect(two.choices?.[0]).toMatchObject({ slide: 1, title: '目录', design: 'agenda', why: '2 sections as numbered blocks' });
    expect(lay(sections(4, 4)).choices?.[0].why).toBe('4 sections as numbered blocks');
    expect(lay(sections(5, 4)).choices?.[0].why).toBe('5 sections as numbered blocks in two columns');
    expect(two.choices?.[1]).toMatchObject({ slide: 2, design: 'section', why: 'section 1, numeral and title' });
  });

  it('falls back to a numbered list when the blocks do not fit, and says so under the agenda title', () => {
    const d = lay(sections(8, 45));
    expect(d.fit[0]).toEqual({ line: 1, slide: 1, title: '目录', message: 'agenda blocks did not fit; a numbered list instead' });
    expect(d.slides.filter((s) => s.layout === 'agenda').length).toBe(2);
    expect(d.choices?.some((c) => c.design === 'agenda')).toBe(false);
  });

  it('past 8 sections the agenda is a list without a report of blocks', () => {
    const d = lay(sections(9, 20));
    expect(d.fit.map((f) => f.message)).toEqual(['body 28→24 pt']);
    expect(d.slides[0].layout).toBe('agenda');
    expect(d.choices?.some((c) => c.design === 'agenda')).toBe(false);
  });
});

describe('agenda title by language (stop 22, a no-coverage mutant)', () => {
  it('an English deck without an agenda title shows "Agenda"; a Chinese one 目录', () => {
    const md = (lang: string) => `---\nagenda: true\nlang: ${lang}\n---\n\n# Alpha\n\n## a\n\n- x\n\n# Beta\n\n## b\n\n- y\n`;
    const en = lay(md('en'));
    expect(en.choices?.find((c) => c.design === 'agenda')?.title).toBe('Agenda');
    const zh = lay(md('zh-CN'));
    expect(zh.choices?.find((c) => c.design === 'agenda')?.title).toBe('目录');
  });
});

describe('the candidate list (stop 22, Stryker survivors)', () => {
  it('a requested design that does not fit is tried once, not again when its turn among the automatic ones comes', () => {
    const d = lay('## T\n\n<!-- layout: cards -->\n\n' + Array.from({ length: 3 }, (_, i) => `- ${2020 + i}年：${LONG}${LONG}${LONG}`).join('\n') + '\n');
    expect(d.fit.map((f) => f.message)).toEqual([
      'cards did not fit at 18 pt (asked for (3 items with a “head: text” pattern)); timeline instead',
      'timeline did not fit at 18 pt (3 items that lead with a date); bullets instead',
      'body 24→19 pt',
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('a quote slide sets its quote 4 pt above the body size (28 pt in gov-blue), the title as usual', () => {
    const q = lay('## T\n\n> 学而时习之，不亦说乎。\n');
    const sizes = q.slides[0].items.flatMap((i) => (i.kind === 'text' ? [[i.role, i.paragraphs[0].sizePt]] : []));
    expect([q.slides[0].design, sizes]).toEqual(['quote', [['title', 32], ['quote', 28]]]);
  });
});

// Survivors of stop 23's confirming run (layout-a), each a behaviour no test pinned yet.
describe('designed pages at their edges (stop 23, Stryker survivors)', () => {
  const build = (md: string, edit: (deck: ReturnType<typeof parse>['deck']) => void): LaidOutDeck => {
    const { deck } = parse(md, { file: 't.md', slideLevel: 2 });
    deck.meta.aspect = '16:9';
    edit(deck);
    return layout(deck, gov);
  };

  it('a closing slide inside a section stays a closing slide, not a section page', () => {
    const d = build('# 一\n\n## a\n\n- x\n', (deck) => {
      deck.slides.push({ layout: 'closing', section: 1, title: [{ text: '谢谢' }], blocks: [], notes: [], src: { file: 't.md', line: 9 } } as never);
    });
    const last = d.slides[d.slides.length - 1];
    expect(last.layout).toBe('closing');
    expect(last.titleText).toBe('谢谢');
    expect(d.choices?.some((c) => c.title === '谢谢')).toBe(false);
  });

  it('the agenda lists sections by number, whatever order their pages come in', () => {
    const d = build(sections(3, 4), (deck) => {
      const secs = deck.slides.filter((s) => s.layout === 'section');
      secs[0].section = 3;
      secs[2].section = 1;
      for (const s of deck.slides) if (s.layout === 'content') s.section = undefined;
    });
    const agenda = d.slides[0];
    expect(agenda.design).toBe('agenda');
    const texts = JSON.stringify(agenda.items);
    const at = (t: string) => texts.indexOf(t);
    expect(at(PLAIN.slice(0, 4) + '2')).toBeLessThan(at(PLAIN.slice(0, 4) + '1'));
    expect(at(PLAIN.slice(0, 4) + '1')).toBeLessThan(at(PLAIN.slice(0, 4) + '0'));
  });

  it('two sections whose titles do not fit as blocks are reported; one section is a plain list without a report', () => {
    const two = lay(sections(2, 150));
    expect(two.fit[0]).toMatchObject({ slide: 1, title: '目录', message: 'agenda blocks did not fit; a numbered list instead' });
    const one = lay(sections(1, 4));
    expect(one.fit.map((f) => f.message)).not.toContain('agenda blocks did not fit; a numbered list instead');
    expect(one.choices?.some((c) => c.design === 'agenda')).toBe(false);
  });
});
