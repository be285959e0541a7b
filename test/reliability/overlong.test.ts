// Issue 16, items 11–13: content that cannot be shown as written is reshaped (tables split by columns, deep
// nesting shown at the deepest level, the end of an overlong title moved to the body) — with a warning, no text
// dropped, nothing outside the slide. The layout is checked here; check-deck (LibreOffice) confirms 0 overflow.
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { HuibaoError } from '../../src/errors.js';
import { resolveTheme } from '../../src/theme/index.js';
import { columnFloors } from '../../src/layout/table.js';
import type { LaidOutDeck, TableBox, TextBox } from '../../src/model.js';
import { xmlProblems } from './pptx-check.js';
import { checkDecks, hasCheckDeck } from '../decks/deck-check.js';

const cellText = (c: { runs: { text: string }[] }) => c.runs.map((r) => r.text).join('');
const tables = (laid: LaidOutDeck) => laid.slides.flatMap((s) => s.items.filter((i): i is TableBox => i.kind === 'table'));
const texts = (laid: LaidOutDeck, role?: string) =>
  laid.slides.flatMap((s) => s.items.filter((i): i is TextBox => i.kind === 'text' && (!role || i.role === role)));
const allText = (laid: LaidOutDeck) => texts(laid).flatMap((t) => t.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).join('');

function tableDeck(cols: number): string {
  const row = (f: (c: number) => string) => `| ${Array.from({ length: cols }, (_, c) => f(c)).join(' | ')} |`;
  return `# 表\n\n## 宽表\n\n${row((c) => `列${c}`)}\n|${'---|'.repeat(cols)}\n${row((c) => `数据${c}`)}\n${row((c) => `值${c}`)}\n`;
}

/** Inside the slide: every item's box within the slide's width and height. */
function outside(laid: LaidOutDeck): string[] {
  const bad: string[] = [];
  laid.slides.forEach((s, i) =>
    s.items.forEach((it) => {
      if (it.x < -0.01 || it.y < -0.01 || it.x + it.w > laid.widthIn + 0.01 || it.y + it.h > laid.heightIn + 0.01) bad.push(`slide ${i + 1}: ${it.kind} ${it.x},${it.y} ${it.w}×${it.h}`);
    }),
  );
  return bad;
}

describe('item 11: a table wider than the slide at the smallest size is split by columns', () => {
  const theme = resolveTheme('gov-blue', { lang: 'zh-CN' });
  // The widest table of these cells that fits the body at the floor size, found from the same column floors the
  // layout uses (body width of the content layout: measured from a laid-out one-column table).
  const widest = (() => {
    let n = 3;
    for (;;) {
      const t = { kind: 'table' as const, header: Array.from({ length: n + 1 }, (_, c) => [{ text: `列${c}` }]), rows: [Array.from({ length: n + 1 }, (_, c) => [{ text: `数据${c}` }]), Array.from({ length: n + 1 }, (_, c) => [{ text: `值${c}` }])], align: [], src: { line: 5 } };
      const need = columnFloors(t, theme.sizes.minBody, theme).reduce((a, b) => a + b, 0);
      if (need > bodyWidthPt) return n;
      n++;
    }
  });
  let bodyWidthPt = 0;

  it('the widest table that fits stays one table; one column more is two, the second repeating the first column', async () => {
    const one = await build(tableDeck(3), { theme: 'gov-blue' });
    bodyWidthPt = tables(one.laid)[0].w * 72;
    const n = widest();
    expect(n).toBeGreaterThan(5);

    const fits = await build(tableDeck(n), { theme: 'gov-blue', file: 'wide.md' });
    expect(tables(fits.laid)).toHaveLength(1);
    expect(tables(fits.laid)[0].header).toHaveLength(n);
    expect(fits.warnings.filter((w) => /too wide/.test(w.message))).toEqual([]);

    const over = await build(tableDeck(n + 1), { theme: 'gov-blue', file: 'wide.md' });
    const parts = tables(over.laid);
    expect(parts.length).toBe(2);
    expect(parts.map((t) => cellText(t.header[0]))).toEqual(['列0', '列0']);
    // Every column once (besides the repeated first), in order, with its cells.
    const shown = parts.flatMap((t, i) => t.header.slice(i ? 1 : 0).map(cellText));
    expect(shown).toEqual(Array.from({ length: n + 1 }, (_, c) => `列${c}`));
    expect(parts.flatMap((t, i) => t.rows[1].slice(i ? 1 : 0).map(cellText))).toEqual(Array.from({ length: n + 1 }, (_, c) => `值${c}`));
    const w = over.warnings.filter((x) => /too wide/.test(x.message));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'wide.md', line: 5 });
    expect(outside(over.laid)).toEqual([]);
    expect(await xmlProblems(over.bytes)).toEqual([]);
  });

  it('100 columns: 0 overflow, every column shown; 501 columns and 100 000 columns are refused clearly', async () => {
    const r = await build(tableDeck(100), { theme: 'gov-blue' });
    const parts = tables(r.laid);
    expect(parts.length).toBeGreaterThan(5);
    for (const t of parts) expect(t.colW.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(t.w * 72 + 0.5);
    expect(new Set(parts.flatMap((t) => t.header.map(cellText))).size).toBe(100);
    expect(outside(r.laid)).toEqual([]);

    await expect(build(tableDeck(501), { file: 'w.md' })).rejects.toThrow(/a table of 501 columns; the limit is 500/);
    const huge = await build(tableDeck(100_000), { file: 'w.md' }).catch((e: unknown) => e);
    expect(huge).toBeInstanceOf(HuibaoError);
  });
});

describe('item 12: lists and quotes nested past the deepest level shown', () => {
  const list = (n: number) => `# 深\n\n## 嵌套\n\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- 第${i}层文字`).join('\n')}\n`;
  const quote = (n: number) => `# 深\n\n## 引用\n\n${Array.from({ length: n }, (_, i) => `${'>'.repeat(i + 1)} 引用第${i}层\n`).join('\n')}\n`;

  // The warning names the line where the nesting goes past level 3 (the 4th list item, the 4th quote).
  for (const [name, md, word, line] of [['list', list(60), '层文字', 8], ['quote', quote(60), '引用第', 11]] as const) {
    it(`a ${name} nested 60 levels: all 60 texts shown, one warning with the line, no empty continuation slide`, async () => {
      const r = await build(md, { file: 'deep.md' });
      const body = texts(r.laid).filter((t) => t.role !== 'title');
      const text = allText(r.laid);
      for (let i = 0; i < 60; i++) expect(text).toContain(word === '层文字' ? `第${i}层文字` : `引用第${i}层`);
      // List levels are 1–3 (the deepest the theme shows).
      for (const b of body) for (const p of b.paragraphs) expect(p.level).toBeLessThanOrEqual(3);
      const deep = r.warnings.filter((w) => /nested 60/.test(w.message));
      expect(deep).toHaveLength(1);
      expect(deep[0]).toMatchObject({ file: 'deep.md', line });
      // Every slide after the title slide has body text.
      for (const s of r.laid.slides.slice(1)) expect(s.items.some((i) => i.kind === 'text' && i.role !== 'title' && i.paragraphs.some((p) => p.runs.some((x) => x.text.trim())))).toBe(true);
      expect(outside(r.laid)).toEqual([]);
    });
  }

  it('98 list levels are read whole; deeper nesting is refused with the line (never read in part)', async () => {
    const r = await build(list(98));
    expect(allText(r.laid)).toContain('第97层文字');
    const e = await build(list(99), { file: 'deep.md' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HuibaoError);
    expect((e as HuibaoError).message).toMatch(/nested too deep/);
    expect((e as HuibaoError).line).toBeGreaterThan(5);
  });
});

describe('item 13: an overlong title shrinks, wraps to two lines, then gives the rest to the body', () => {
  const phrase = '关于进一步加强和改进工作的若干意见，';
  for (const n of [400, 1000]) {
    it(`a ${n}-character title: at most two lines, nothing lost, one warning`, async () => {
      const title = phrase.repeat(Math.ceil(n / phrase.length)).slice(0, n);
      const r = await build(`# 长\n\n## ${title}\n\n- 正文\n`, { file: 't.md' });
      const titles = texts(r.laid, 'title').slice(1);
      for (const t of titles) expect(t.paragraphs[0].lines).toBeLessThanOrEqual(2);
      // The title, then the body read in order, is the whole title (then the body's own text).
      const head = r.laid.slides[1].titleText;
      const body = texts(r.laid, 'body').flatMap((t) => t.paragraphs.map((p) => p.runs.map((x) => x.text).join(''))).join('');
      expect(head.length).toBeGreaterThan(20);
      // Nothing lost but the clause mark the title was cut after.
      expect(body.endsWith('正文')).toBe(true);
      const rest = body.slice(0, -2);
      expect(title.startsWith(head) && title.endsWith(rest)).toBe(true);
      expect(title.slice(head.length, title.length - rest.length)).toMatch(/^[，、]?$/);
      expect(head).not.toMatch(/[，、]$/);
      const w = r.warnings.filter((x) => /a title of \d+ characters/.test(x.message));
      expect(w).toHaveLength(1);
      expect(w[0]).toMatchObject({ file: 't.md', line: 3 });
      expect(outside(r.laid)).toEqual([]);
    });
  }

  it('a 1000-character title, section or front-matter title (no body): at most three lines, the rest in the notes', async () => {
    const t = phrase.repeat(60).slice(0, 1000);
    for (const md of [`# ${t}\n\n## 小节\n\n- 正文\n`, `---\ntitle: ${t}\n---\n\n## 小节\n\n- 正文\n`, `# 部分\n\n## 小节\n\n- 正文\n\n# ${t}\n\n## 又一节\n`]) {
      const r = await build(md, { file: 't.md' });
      expect(outside(r.laid)).toEqual([]);
      const cut = r.laid.slides.filter((s) => s.layout === 'title' || s.layout === 'section').filter((s) => s.titleText.length > 40);
      expect(cut.length).toBeGreaterThan(0);
      for (const s of cut) {
        const box = s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'title')!;
        expect(box.paragraphs[0].lines).toBeLessThanOrEqual(3);
        // Title + notes = the whole title (the section number aside).
        const own = s.titleText.replace(/^[一二三四五六七八九十]+、/, '');
        expect(t.startsWith(own) && t.length - own.length - s.notes[0].length).toBeLessThanOrEqual(1); // the cut mark
        expect(t.endsWith(s.notes[0])).toBe(true);
      }
      expect(r.warnings.filter((x) => /the rest is in the speaker notes/.test(x.message)).length).toBeGreaterThan(0);
    }
  });

  it('a long English cover title is cut at a clause, never after "and", "on" or a comma', async () => {
    const t = 'Remarks by the Deputy Regional Coordinator at the Provincial Council High-Level Meeting on ' +
      '“Water Management in the Eastern Districts – A Shared Plan for Farms, Towns, Rivers, Forests, Schools, and Hospitals, ' +
      'and for the Next Generation of Residents”';
    const r = await build(`---\ntitle: ${t}\nlang: en-US\n---\n\n## Water\n\n- Text\n`, { file: 't.md' });
    const head = r.laid.slides[0].titleText;
    expect(head.length).toBeLessThan(t.length);
    expect(t.startsWith(head)).toBe(true);
    expect(head).not.toMatch(/(?:[,;:]|\s(?:and|or|of|on|at|in|to|for|the|a))$/i);
    expect(r.laid.slides[0].notes[0].length).toBeGreaterThan(0);
  });

  it('a cut Chinese title does not end on the clause mark it was cut after', async () => {
    const t = '关于进一步加强和改进工作的意见。' + '我们要坚持问题导向，' + '持续推动各项工作落地见效，'.repeat(30);
    const r = await build(`# 长\n\n## ${t}\n\n- 正文\n`, { file: 't.md' });
    const head = r.laid.slides[1].titleText;
    expect(t.startsWith(head)).toBe(true);
    expect(head).not.toMatch(/[，、]$/);
  });

  it('a title that fits in two lines is left alone', async () => {
    const r = await build('# 长\n\n## 关于进一步加强和改进工作的若干意见\n\n- 正文\n');
    expect(r.laid.slides[1].titleText).toBe('关于进一步加强和改进工作的若干意见');
    expect(r.warnings.filter((x) => /a title of/.test(x.message))).toEqual([]);
  });
});

describe.skipIf(!hasCheckDeck)('check-deck: the reshaped decks show 0 overflow', () => {
  if (!hasCheckDeck) console.warn('overlong.test: ../shared/tools/check-deck or LibreOffice absent: skipping check-deck');
  it('100-column table, 60-level list, 1000-character title', async () => {
    const title = '关于进一步加强和改进工作的若干意见，'.repeat(60).slice(0, 1000);
    const decks = [
      { label: 'table', bytes: (await build(tableDeck(100))).bytes },
      { label: 'list', bytes: (await build(`# 深\n\n## 嵌套\n\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- 第${i}层文字`).join('\n')}\n`)).bytes },
      { label: 'title', bytes: (await build(`# 长\n\n## ${title}\n\n- 正文\n`)).bytes },
    ];
    const reports = await checkDecks(decks);
    for (const r of reports) expect({ label: r.label, overflow: r.overflow, problems: r.problems }).toEqual({ label: r.label, overflow: 0, problems: [] });
  }, 300_000);
});
