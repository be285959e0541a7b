// Every bug the corpus and fuzz tests found, as the smallest input that showed it, with the outcome asserted.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { largestSize } from '../../src/layout/content.js';
import { HuibaoError } from '../../src/errors.js';
import { tempDir } from './cli-helpers.js';
import { writeImageFixtures } from '../assets/fixtures.js';
import { hasValidator, validate, xmlProblems } from './pptx-check.js';

const root = tempDir('huibao-regress-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function refusal(md: string, opts: Parameters<typeof build>[1] = {}): Promise<HuibaoError> {
  try {
    await build(md, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(HuibaoError);
    return e as HuibaoError;
  }
  throw new Error('expected a HuibaoError; the build succeeded');
}

describe('regressions', () => {
  it('CommonMark example 432 (empty text token beside a soft break) builds', async () => {
    const { bytes, deck } = await build('**foo *bar **baz**\nbim* bop**\n', { file: 'x.md' });
    expect(await xmlProblems(bytes)).toEqual([]);
    expect(deck.slides.length).toBeGreaterThan(0);
  });

  it('soft breaks around an empty link between CJK lines (cjk-breaks emptied a token, then read it)', async () => {
    const { deck, bytes } = await build('〇\n[]()\n　中\n\n中文\n[]()\n中文\n', { file: 'l.md' });
    expect(await xmlProblems(bytes)).toEqual([]);
    const paras = deck.slides.flatMap((s) => s.blocks).map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    expect(paras).toEqual(['〇　中', '中文中文']);
  });

  it.each([['0', '0. '], ['999999999', '999999999. ']])('an ordered list starting at %s passes validate-pptx (number written as text)', async (start, prefix) => {
    const { bytes, laid } = await build(`## A\n\n${start}. first\n1. second\n`, { file: 'n.md' });
    const body = laid.slides[0].items.find((x) => x.kind === 'text' && x.role === 'body');
    expect(body && body.kind === 'text' ? body.paragraphs[0].runs[0].text : '').toBe(prefix);
    if (hasValidator) expect(validate(bytes).output).toMatch(/validate-pptx: OK/);
  });

  it('a vertical tab in the deck title stays out of docProps/core.xml (a space there)', async () => {
    const { bytes } = await build('# First\vline\n\ntext\n', { file: 'v.md' });
    expect(await xmlProblems(bytes)).toEqual([]);
    const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>First line</dc:title>');
  });

  it('a YAML alias with no anchor is an invalid-front-matter error, not a ReferenceError', async () => {
    const e = await refusal('---\ntitle: *alias\n---\n\n## A\n\ntext\n', { file: 'a.md' });
    expect(e.format()).toBe('a.md:2: invalid YAML front matter: Unresolved alias (the anchor must be set before the alias): alias');
  });

  it('a YAML alias bomb is refused by its alias count, not expanded', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill('*' + 'abcdefghi'[i - 1]).join(',')}]`);
    const e = await refusal(`---\n${levels.join('\n')}\ntitle: x\n---\n\n## A\n`, { file: 'b.md' });
    expect(e.message).toMatch(/^invalid YAML front matter: Excessive alias count/);
  });

  it('a front-matter date in a local-looking form is read as UTC (same bytes in every time zone)', async () => {
    const { bytes } = await build('---\ntitle: t\ndate: 2024-05-01 09:30\n---\n\n## A\n', { file: 'c.md' });
    const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('>2024-05-01T09:30:00Z</dcterms:created>');
  });

  it('a theme named by another tool (reveal.js) falls back to the default with a warning', async () => {
    // Marp's built-in names (gaia, uncover, default) map to ours instead: test/dialects/directives.test.ts.
    const r = await build('---\ntitle: t\ntheme: white\n---\n\n## A\n\ntext\n', { file: 'd.md' });
    expect(r.theme.name).toBe('minimal');
    expect(r.warnings).toContainEqual({ file: 'd.md', line: 3, message: 'unknown theme "white" in the front matter (from another tool?); using the default theme (huibao themes list shows the others)' });
  });

  it('--theme with an unknown name is still an error', async () => {
    const e = await refusal('## A\n', { file: 'e.md', theme: 'gaia' });
    expect(e.message).toMatch(/^unknown theme "gaia"; available: /);
  });

  it('a theme font name with a control character is a theme error naming the key', async () => {
    const dir = path.join(root, 'ctl');
    mkdirSync(dir);
    const file = path.join(dir, 'ctl.json');
    writeFileSync(file, JSON.stringify({ name: 'ctl', extends: 'minimal', fonts: { body: { latin: 'Ctl\u0001Face', eastAsian: 'SimSun' } } }, null, 2));
    const e = await refusal('## A\n\ntext\n', { file: 'f.md', theme: file });
    expect(e.message).toMatch(/fonts\.body\.latin: a font name cannot contain control characters/);
  });

  it.each(['A&B', '<Font>', '"Quoted"', "It's"])('a theme font named %s gives well-formed XML', async (face) => {
    const dir = path.join(root, `face-${face.charCodeAt(0)}-${face.length}`);
    mkdirSync(dir);
    const file = path.join(dir, 't.json');
    writeFileSync(file, JSON.stringify({ name: 't', extends: 'minimal', fonts: { title: { latin: face, eastAsian: face }, body: { latin: face, eastAsian: face } } }));
    const { bytes } = await build('---\ntitle: T\nfooter: F\n---\n\n## A\n\ntext\n', { file: 'g.md', theme: file });
    expect(await xmlProblems(bytes)).toEqual([]);
    const theme1 = await (await JSZip.loadAsync(bytes)).file('ppt/theme/theme1.xml')!.async('string');
    expect(theme1).toContain(`<a:latin typeface="${face.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}"`);
  });

  it('a theme that leaves no room for body text is refused, not split into thousands of slides', async () => {
    const dir = path.join(root, 'room');
    mkdirSync(dir);
    const file = path.join(dir, 'wide-margins.json');
    writeFileSync(file, JSON.stringify({ name: 'wide', extends: 'minimal', spacing: { marginX: 5 } }));
    const e = await refusal('---\ntitle: T\naspect: "4:3"\n---\n\n## A\n\n' + '中'.repeat(4000) + '\n', { file: 'h.md', theme: file });
    expect(e.format()).toBe('h.md:6: theme "wide": the body box of content slides is 0 × 5.15 in, too small for 18 pt text (at least 1 × 0.45 in); check layouts.content.body, spacing and sizes.minBody');
    // The same theme on a 16:9 slide has room: it builds.
    const ok = await build('## A\n\ntext\n', { file: 'h.md', theme: file });
    expect(ok.laid.slides.length).toBe(1);
  });

  it('an image alt text with a vertical tab gives well-formed XML (descr attribute)', async () => {
    const dir = path.join(root, 'alt');
    mkdirSync(dir);
    writeImageFixtures(dir);
    const { bytes } = await build('## A\n\n![a\vb《](ok.png)\n', { file: path.join(dir, 'a.md') });
    expect(await xmlProblems(bytes)).toEqual([]);
    const slide = await (await JSZip.loadAsync(bytes)).file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain('descr="a b《"');
  });

  it('a slide that would split onto more than 200 slides is refused, not split', async () => {
    const dir = path.join(root, 'split');
    mkdirSync(dir);
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, JSON.stringify({ name: 'huge', extends: 'gov-blue', sizes: { minBody: 160, body: [200, 200, 200] } }));
    const e = await refusal('## 长\n\n' + '中'.repeat(9000) + '\n', { file: 's.md', theme: file });
    expect(e.format()).toMatch(/^s\.md:1: this slide would be split onto \d+ slides at theme "huge"'s smallest sizes \(the limit is 200\); shorten it, break it up with ## headings or ---, or use smaller sizes in the theme$/);
  });

  it.each([['中', 3000], ['x', 3000]])('a title-only slide with a %s×%i title is a deck, not a deck with none (the rest of the title opens the body: issue 16 item 13)', async (ch, n) => {
    const title = String(ch).repeat(Number(n));
    const { bytes, laid } = await build(`## ${title}\n`, { file: 't.md' });
    expect(laid.slides.length).toBeGreaterThanOrEqual(1);
    const body = laid.slides.flatMap((s) => s.items.flatMap((i) => (i.kind === 'text' && i.role !== 'title' ? i.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : []))).join('');
    expect(laid.slides[0].titleText + body).toBe(title);
    expect(await xmlProblems(bytes)).toEqual([]);
  });

  it.each(['.inf', '-.inf', '.nan', '1e9', '-3', '2.5'])('front matter headingDivider: %s builds (npm run fuzz: .inf was a RangeError from Array.from)', async (v) => {
    const { laid } = await build(`---\nheadingDivider: ${v}\n---\n\n# A\n\n## B\n\ntext\n`, { file: 'h.md' });
    expect(laid.slides.length).toBeGreaterThanOrEqual(1);
  });

  it('a theme with 113 pt body text lays out a long slide with bisected sizes, not a 1-pt scan of 95 sizes', async () => {
    // The promise is the amount of work, counted, not a time: timing belongs in `npm run bench`.
    let calls = 0;
    const fitsBelow = (limit: number) => (s: number) => (calls++, s <= limit);
    expect(largestSize(113, 18, true, fitsBelow(22))).toBe(22);
    expect(calls).toBeLessThanOrEqual(9); // fits(top), fits(min), then ⌈log2 95⌉ = 7 halvings
    calls = 0;
    expect(largestSize(113, 18, true, fitsBelow(10))).toBeUndefined();
    expect(calls).toBe(2);
    calls = 0;
    // Real themes (a range of ≤ 24 pt) are still scanned 1 pt at a time, from the top.
    expect(largestSize(28, 18, true, fitsBelow(20))).toBe(20);
    expect(calls).toBe(9);
    // Just at the bisection boundary: 25 sizes bisect and still find the same size as the scan would.
    calls = 0;
    expect(largestSize(43, 18, true, fitsBelow(30))).toBe(30);
    expect(calls).toBeLessThan(14);

    const dir = path.join(root, 'big-body');
    mkdirSync(dir);
    const file = path.join(dir, 'big.json');
    writeFileSync(file, JSON.stringify({ name: 'big', extends: 'academic', sizes: { body: [113, 100, 90] } }));
    const md = '## 长\n\n' + Array.from({ length: 16 }, (_, i) => `第${i}段` + '中文内容，测试排版。'.repeat(90)).join('\n\n') + '\n';
    const r = await build(md, { file: 'b.md', theme: file, skipRender: true });
    expect(r.laid.fit.map((f) => f.message)).toContain('body 113→22 pt');
    expect(r.laid.slides.length).toBeGreaterThan(5);
  });
});
