// src/layout/overlong.ts at its boundaries, on the slide model (the whole-deck checks are in
// test/reliability/overlong.test.ts): nesting one level past the deepest shown and not, which list or quote is
// reported and with which line, a table split only when it must be, a title cut only when it needs a third line
// (or, with （续）, would), where the cut falls (sentence mark, then clause mark, then a space not after a function
// word, within the last quarter), and what happens to the rest (body or speaker notes).
import { describe, expect, it } from 'vitest';
import { DEEPEST_LEVEL, reshapeSlide, type ReshapeContext } from '../../src/layout/overlong.js';
import { defaultRegions } from '../../src/theme/regions.js';
import { fitTitle } from '../../src/layout/titles.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Block, Inline, ListItem, Slide } from '../../src/model.js';

const theme = resolveTheme('gov-blue');
const size = { w: 13.333, h: 7.5 };
const regions = defaultRegions('content', theme, size);
const ctx = (lang = 'zh-CN'): ReshapeContext => ({ theme, titleRegion: regions.title, bodyRegion: regions.body, titleBold: true, lang, file: 't.md' });
const src = (line: number) => ({ file: 't.md', line });
const para = (text: string, line = 5): Block => ({ kind: 'paragraph', runs: [{ text }], src: src(line) });
const item = (text: string, children: Block[] = [], line = 5): ListItem => ({ runs: [{ text }], children, src: src(line) });
/** A list nested `depth` levels (1: a flat list), the innermost with one item. */
const nestedList = (depth: number, line = 5): Block => {
  let b: Block = { kind: 'list', ordered: false, items: [item(`L${depth}`)], src: src(line + depth - 1) };
  for (let d = depth - 1; d >= 1; d--) b = { kind: 'list', ordered: false, items: [item(`L${d}`, [b])], src: src(line + d - 1) };
  return b;
};
const nestedQuote = (depth: number, line = 20): Block => {
  let b: Block = para('q', line + depth);
  for (let d = depth; d >= 1; d--) b = { kind: 'quote', blocks: [b], src: src(line + d - 1) };
  return b;
};
const slide = (blocks: Block[], title: Inline[] | undefined = [{ text: '标题' }], layout: Slide['layout'] = 'content'): Slide =>
  ({ layout, title, blocks, notes: [], src: src(3) }) as Slide;
const text = (runs: readonly Inline[] | undefined) => (runs ?? []).map((r) => r.text).join('');

describe('nesting past the deepest level shown', () => {
  it(`a list ${DEEPEST_LEVEL} levels deep is shown as written; ${DEEPEST_LEVEL + 1} is one warning at its first deep list's line`, () => {
    expect(DEEPEST_LEVEL).toBe(3);
    expect(reshapeSlide(slide([nestedList(3)]), ctx()).warnings).toEqual([]);
    expect(reshapeSlide(slide([nestedList(4)]), ctx()).warnings).toEqual([
      { line: 8, message: 'a list nested 4 levels deep: levels past 3 are shown at level 3 (the deepest the theme shows)' },
    ]);
  });

  it('the deepest of several lists is reported, at the line of the first list found too deep', () => {
    const w = reshapeSlide(slide([nestedList(4, 5), nestedList(6, 30)]), ctx()).warnings;
    expect(w).toEqual([{ line: 8, message: 'a list nested 6 levels deep: levels past 3 are shown at level 3 (the deepest the theme shows)' }]);
    // A shallower list after a deeper one does not lower the depth.
    expect(reshapeSlide(slide([nestedList(6, 5), nestedList(4, 30)]), ctx()).warnings[0].message).toMatch(/^a list nested 6 levels deep/);
  });

  it(`quotes ${DEEPEST_LEVEL} deep are shown as written; ${DEEPEST_LEVEL + 1} deep are one quote, reported at the deep quote's line`, () => {
    expect(reshapeSlide(slide([nestedQuote(3)]), ctx()).warnings).toEqual([]);
    expect(reshapeSlide(slide([nestedQuote(5)]), ctx()).warnings).toEqual([{ line: 23, message: 'quotes nested 5 deep are shown as one quote (the deepest the theme shows)' }]);
    // The deepest of two quotes; the first one's line.
    expect(reshapeSlide(slide([nestedQuote(4, 20), nestedQuote(6, 40)]), ctx()).warnings).toEqual([{ line: 23, message: 'quotes nested 6 deep are shown as one quote (the deepest the theme shows)' }]);
    expect(reshapeSlide(slide([nestedQuote(6, 20), nestedQuote(4, 40)]), ctx()).warnings).toEqual([{ line: 23, message: 'quotes nested 6 deep are shown as one quote (the deepest the theme shows)' }]);
  });

  it('a deep list wins over a deep quote found first; a deep quote after a deep list is not reported', () => {
    expect(reshapeSlide(slide([nestedQuote(4, 20), nestedList(4, 5)]), ctx()).warnings[0].message).toMatch(/^a list nested 4 levels deep/);
    expect(reshapeSlide(slide([nestedList(4, 5), nestedQuote(6, 20)]), ctx()).warnings[0].message).toMatch(/^a list nested 4 levels deep/);
  });

  it('blocks are read in document order: the first deep list of a list\'s items gives the line', () => {
    const two: Block = { kind: 'list', ordered: false, items: [item('a', [nestedList(3, 50)]), item('b', [nestedList(3, 10)])], src: src(4) };
    expect(reshapeSlide(slide([two]), ctx()).warnings).toEqual([{ line: 52, message: 'a list nested 4 levels deep: levels past 3 are shown at level 3 (the deepest the theme shows)' }]);
    expect(reshapeSlide(slide([nestedList(4, 50), nestedList(4, 10)]), ctx()).warnings[0].line).toBe(53);
  });

  it('lists inside quotes and inside columns count their own depth', () => {
    const inQuote: Block = { kind: 'quote', blocks: [nestedList(4)], src: src(4) };
    expect(reshapeSlide(slide([inQuote]), ctx()).warnings[0].message).toMatch(/^a list nested 4 levels deep/);
    const cols = { kind: 'columns', columns: [{ blocks: [para('a')] }, { blocks: [nestedList(4)] }], src: src(4) } as unknown as Block;
    expect(reshapeSlide(slide([cols]), ctx()).warnings[0].message).toMatch(/^a list nested 4 levels deep/);
    const quoteInList: Block = { kind: 'list', ordered: false, items: [item('x', [nestedQuote(4)])], src: src(4) };
    expect(reshapeSlide(slide([quoteInList]), ctx()).warnings[0].message).toMatch(/^quotes nested 4 deep/);
  });
});

describe('tables too wide for the body', () => {
  const table = (cols: number, line = 9): Block => ({
    kind: 'table',
    header: Array.from({ length: cols }, (_, i) => [{ text: `第${i + 1}季度指标名称` }]),
    rows: [Array.from({ length: cols }, (_, i) => [{ text: String(i) }])],
    align: Array.from({ length: cols }, () => 'l' as const),
    src: src(line),
  });

  it('a table that fits is kept, with no warning; one too wide is split by columns with one warning at its line', () => {
    const ok = slide([para('a'), table(3)]);
    const r = reshapeSlide(ok, ctx());
    expect(r.warnings).toEqual([]);
    expect(r.slide.blocks).toEqual(ok.blocks);
    const wide = reshapeSlide(slide([para('a'), table(20)]), ctx());
    const parts = wide.slide.blocks.filter((b) => b.kind === 'table');
    expect(parts.length).toBeGreaterThan(1);
    expect(wide.slide.blocks[0]).toEqual(para('a'));
    expect(wide.warnings).toEqual([
      { line: 9, message: `a table of 20 columns is too wide for the slide at 18 pt: split into ${parts.length} tables by columns, each repeating the first column` },
    ]);
  });

  it('a slide without tables is the same slide', () => {
    const s = slide([para('a')]);
    expect(reshapeSlide(s, ctx()).slide).toBe(s);
  });
});

describe('a content slide\'s title that needs a third line', () => {
  const zhClause = '关于进一步加强和改进工作的若干意见，';
  // The longest beginning that fits, for a title of plain characters (every one 1 em wide, as the marks are).
  const longest = () => text(reshapeSlide(slide([], [{ text: '推'.repeat(300) }]), ctx()).slide.title).length;

  it('the head must fit two lines with （续） after it (English: " (cont.)")', () => {
    // How many plain characters two lines hold at the smallest title size, with nothing after them.
    const lines = (n: number) => fitTitle({ runs: [{ text: '推'.repeat(n) }], faces: theme.fonts.title, mono: theme.fonts.mono, maxPt: theme.sizes.title, minPt: theme.sizes.minTitle, maxLines: 2, box: regions.title, lineSpacing: Math.min(theme.spacing.lineSpacing, 1.15), bold: true }).lines;
    let room = 1;
    while (lines(room + 1) <= 2) room++;
    const L = longest();
    expect(L).toBeLessThan(room);
    const en = reshapeSlide(slide([], [{ text: '推'.repeat(300) }]), ctx('en-US'));
    expect(text(en.slide.title).length).toBeLessThan(room);
  });

  it('a title that fits two lines with （续） is the same slide; no title, or an agenda, is never cut', () => {
    const s = slide([para('正文')], [{ text: '关于进一步加强和改进工作的若干意见' }]);
    expect(reshapeSlide(s, ctx()).slide).toBe(s);
    const none = slide([para('正文')], undefined);
    expect(reshapeSlide(none, ctx()).slide).toBe(none);
    const agenda = slide([], [{ text: zhClause.repeat(20) }], 'agenda');
    expect(reshapeSlide(agenda, ctx()).slide).toBe(agenda);
  });

  it('a long title keeps the longest beginning that fits, ended at a clause mark (dropped); the rest opens the body', () => {
    const t = zhClause.repeat(8);
    const r = reshapeSlide(slide([para('正文')], [{ text: t }]), ctx());
    const head = text(r.slide.title);
    const rest = text((r.slide.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs);
    expect(head.length).toBeGreaterThan(20);
    expect(head).not.toMatch(/，$/);
    expect(t.startsWith(head + '，')).toBe(true);
    expect(head + '，' + rest).toBe(t);
    expect(r.slide.blocks[0].src).toEqual(src(3));
    expect(r.slide.blocks[1]).toEqual(para('正文'));
    expect(r.warnings).toEqual([{ line: 3, message: `a title of ${t.length} characters does not fit the slide even at ${theme.sizes.minTitle} pt: its first ${head.length + 1} characters are the title, the rest opens the body` }]);
  });

  it('the cut prefers, within the last quarter of what fits, a sentence end over a later clause mark, and a clause mark over none', () => {
    const L = longest();
    expect(L).toBeGreaterThan(40);
    const s = Math.floor(L * 0.8);
    const c = Math.floor(L * 0.9);
    const t = '推'.repeat(s) + '。' + '进'.repeat(c - s - 1) + '，' + '动'.repeat(300);
    expect(text(reshapeSlide(slide([], [{ text: t }]), ctx()).slide.title)).toBe('推'.repeat(s));
    const clause = '推'.repeat(c) + '，' + '动'.repeat(300);
    expect(text(reshapeSlide(slide([], [{ text: clause }]), ctx()).slide.title)).toBe('推'.repeat(c));
    // A dash between spaces is a clause mark too; the title drops it and its spaces, the body the spaces after it.
    const dash = '推'.repeat(c) + ' — ' + '动'.repeat(300);
    const r = reshapeSlide(slide([], [{ text: dash }]), ctx());
    expect(text(r.slide.title)).toBe('推'.repeat(c));
    const spaced = reshapeSlide(slide([], [{ text: '推'.repeat(c) + '，  ' + '动'.repeat(300) }]), ctx());
    expect(text(spaced.slide.title)).toBe('推'.repeat(c));
    expect(text((spaced.slide.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs)).toBe('动'.repeat(300));
    // A mark before the last quarter is too far back: the cut is at the longest fit.
    const early = '推'.repeat(Math.floor(L * 0.7)) + '。' + '动'.repeat(300);
    expect(text(reshapeSlide(slide([], [{ text: early }]), ctx()).slide.title)).toBe(early.slice(0, L));
  });

  it('an English title is cut at a space that does not leave "and", "of", "the"… at its end', () => {
    const words = 'Remarks on the Plan for Farms and Towns and Rivers and Forests of the Eastern Districts in the Year Ahead with the Council'.split(' ');
    const t = Array.from({ length: 4 }, () => words.join(' ')).join(' ');
    const r = reshapeSlide(slide([], [{ text: t }]), ctx('en-US'));
    const head = text(r.slide.title);
    expect(head.length).toBeLessThan(t.length);
    expect(t.startsWith(head)).toBe(true);
    expect(t[head.length]).toBe(' ');
    expect(head).not.toMatch(/\s(?:and|or|of|on|at|in|to|for|the|a|with)$/i);
    const rest = text((r.slide.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs);
    expect(rest).toBe(t.slice(head.length + 1)); // the space is not carried into the body
  });

  it('a run cut in two keeps its style on both sides, and the rest does not open with a line break', () => {
    const t = zhClause.repeat(8);
    const runs: Inline[] = [{ text: t.slice(0, 10), bold: true }, { text: t.slice(10), italic: true, breakBefore: true }];
    const r = reshapeSlide(slide([], runs), ctx());
    expect(r.slide.title![0]).toEqual({ text: t.slice(0, 10), bold: true });
    const rest = (r.slide.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs;
    expect(rest[0].italic).toBe(true);
    expect(rest[0].breakBefore).toBeUndefined();
  });
});

describe('the title of a title, section or closing slide that needs a fourth line', () => {
  const zhClause = '关于进一步加强和改进工作的若干意见，';
  for (const layout of ['title', 'section', 'closing'] as const) {
    it(`${layout}: the rest goes first into the speaker notes, with one warning`, () => {
      const t = zhClause.repeat(12);
      const s = { ...slide([], [{ text: t }], layout), notes: ['原有备注'] };
      const r = reshapeSlide(s, ctx());
      const head = text(r.slide.title);
      expect(head.length).toBeGreaterThan(20);
      expect(r.slide.notes).toEqual([t.slice(head.length + 1), '原有备注']);
      expect(r.warnings).toEqual([{ line: 3, message: `a title of ${t.length} characters does not fit the slide even at ${theme.sizes.minTitle} pt: its first ${head.length + 1} characters are the title, the rest is in the speaker notes` }]);
    });
  }

  it('a section title that fits three lines (with room for "十二、") is left alone', () => {
    const s = slide([], [{ text: zhClause.repeat(2) }], 'section');
    expect(reshapeSlide(s, ctx()).slide).toBe(s);
  });
});

describe('the survivors of stop 24 (layout-d)', () => {
  const spec = (box = regions.title, lineSpacing = Math.min(theme.spacing.lineSpacing, 1.15)) => ({ faces: theme.fonts.title, mono: theme.fonts.mono, maxPt: theme.sizes.title, minPt: theme.sizes.minTitle, maxLines: 2, box, lineSpacing, bold: true });
  const kept = (title: string, c: ReshapeContext, layout: Slide['layout'] = 'content') => text(reshapeSlide(slide([], [{ text: title }], layout), c).slide.title);

  it('the head is the longest run of characters that fits two lines with the language\'s own （续） or " (cont.)"', () => {
    // In a GB2312 face ASCII is half an em: " (cont.)" is 4 em, （续） 3 — one character of room apart.
    const hei = { ...theme, fonts: { ...theme.fonts, title: { latin: 'SimHei', eastAsian: 'SimHei' } } };
    const c = (lang: string): ReshapeContext => ({ ...ctx(lang), theme: hei });
    const room = (cont: string) => {
      let k = 1;
      while (fitTitle({ ...spec(), faces: hei.fonts.title, runs: [{ text: '推'.repeat(k + 1) }, { text: cont }] }).lines <= 2) k++;
      return k;
    };
    const zh = room('（续）');
    expect(room(' (cont.)')).toBe(zh - 1);
    expect(kept('推'.repeat(300), c('zh-CN')).length).toBe(zh);
    expect(kept('推'.repeat(300), c('zh')).length).toBe(zh);
    expect(kept('推'.repeat(300), c('en-US')).length).toBe(zh - 1);
  });

  it('a title box lower than two lines (a template\'s banner) still takes a two-line title whole', () => {
    const low = { ...regions.title, h: 0.5 };
    const c = { ...ctx(), titleRegion: low };
    const lines = (n: number) => fitTitle({ ...spec(low), runs: [{ text: '推'.repeat(n) }, { text: '（续）' }] }).lines;
    let n = 1;
    while (lines(n + 1) === 1) n++;
    const two = '推'.repeat(n + 3);
    expect(lines(n + 3)).toBe(2);
    expect(kept(two, c)).toBe(two);
  });

  it('a title box tall enough for three lines still cuts a title at two', () => {
    const tall = { ...regions.title, h: 3 };
    const c = { ...ctx(), titleRegion: tall };
    const head = kept('推'.repeat(300), c);
    expect(fitTitle({ ...spec(tall), runs: [{ text: head }, { text: '（续）' }] }).lines).toBe(2);
    expect(fitTitle({ ...spec(tall), runs: [{ text: head + '推' }, { text: '（续）' }] }).lines).toBe(3);
  });

  it('a section title keeps room for a two-figure number ("十二、") in front, on three lines', () => {
    const big = (n: number, label: string) => fitTitle({ ...spec(), maxPt: theme.sizes.minTitle, maxLines: 3, lineSpacing: 1.15, runs: [{ text: label }, { text: '推'.repeat(n) }] }).lines;
    let n = 1;
    while (big(n + 1, '十二、') <= 3) n++;
    expect(big(n + 1, '')).toBeLessThanOrEqual(3); // without the label one more would fit
    for (const layout of ['section', 'title', 'closing'] as const) expect(kept('推'.repeat(300), ctx(), layout).length).toBe(n);
  });

  it('only the last kept run loses a trailing mark, only the first moved run its leading space and line break', () => {
    const t = zhClause8();
    const cutAt = kept(t, ctx()).length;
    // A bold first run ending in a clause mark, well before the cut; a run after the cut that starts a new line.
    const runs: Inline[] = [{ text: '关于，', bold: true }, { text: t.slice(3, cutAt + 10) }, { text: ' 另起一行的内容', breakBefore: true }, { text: '动'.repeat(200) }];
    const r = reshapeSlide(slide([], runs), ctx());
    expect(r.slide.title![0]).toEqual({ text: '关于，', bold: true });
    const rest = (r.slide.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs;
    expect(rest.find((x) => x.text.includes('另起一行'))).toEqual({ text: ' 另起一行的内容', breakBefore: true });
  });

  it('marks: a hyphen inside a word is no clause mark, a dash after a space is one (with or without a space after it), a point inside a number is no sentence end', () => {
    const L = kept('推'.repeat(300), ctx()).length;
    const c = Math.floor(L * 0.9);
    const hyphen = '推'.repeat(c) + '-' + '动'.repeat(300);
    expect(kept(hyphen, ctx()).length).toBeGreaterThan(c + 1);
    const dash = reshapeSlide(slide([], [{ text: '推'.repeat(c) + ' —' + '动'.repeat(300) }]), ctx()).slide;
    expect(text(dash.title)).toBe('推'.repeat(c));
    expect(text((dash.blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs)).toBe('动'.repeat(300)); // the dash stays with the title's end
    const version = '推'.repeat(c) + 'v2.5' + '动'.repeat(300);
    expect(kept(version, ctx()).length).toBeGreaterThan(c + 4);
  });

  it('a sentence mark that is the last character to fit wins over an earlier clause mark', () => {
    const fitsRoom = (t: string) => {
      let k = 1;
      while (k < t.length && fitTitle({ ...spec(), runs: [{ text: t.slice(0, k + 1) }, { text: '（续）' }] }).lines <= 2) k++;
      return k;
    };
    const L = kept('推'.repeat(300), ctx()).length;
    let found = '';
    for (const mark of ['!', '?', '.']) for (let n = L - 1; n >= L - 8 && !found; n--) {
      const t = '推'.repeat(Math.floor(L * 0.85)) + '，' + '推'.repeat(n - Math.floor(L * 0.85) - 1) + mark + '动'.repeat(300);
      if (fitsRoom(t) === n + 1) found = t.slice(0, n + 1);
    }
    expect(found).not.toBe('');
    expect(kept(found + '动'.repeat(300), ctx())).toBe(found);
  });
});
const zhClause8 = () => '关于进一步加强和改进工作的若干意见，'.repeat(8);
