// A warm process (huibao watch) keeps validated themes and checked pictures between builds (src/file-cache.ts).
// What it writes must stay exactly what a cold `huibao build` writes, before and after the theme, a picture or the
// template changes; and the template is watched like the theme and pictures.
import { copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { startWatch } from '../../src/cli/watch.js';
import { cacheStats, FileCache } from '../../src/file-cache.js';
import { dependencies } from '../../src/preview/watcher.js';
import { hasCli, runCli, tempDir } from '../reliability/cli-helpers.js';
import { repoRoot } from '../reliability/pptx-check.js';

const PNG_A = path.join(repoRoot, 'slides', 'images', 'revenue-by-quarter.png');
const LONG_AGO = new Date('2020-01-01T00:00:00Z');

/** A deck folder: deck.md (theme file with a logo, a picture), settled (old mtimes) so the caches may keep them. */
function deckFolder(extra = ''): { dir: string; md: string; out: string; settle: (...files: string[]) => void } {
  const dir = tempDir('huibao-warm-');
  const md = path.join(dir, 'deck.md');
  copyFileSync(PNG_A, path.join(dir, 'chart.png'));
  copyFileSync(PNG_A, path.join(dir, 'logo.png'));
  writeFileSync(path.join(dir, 'brand.yaml'), 'extends: party-red\npalette:\n  accent: "#A50021"\nlayouts:\n  content:\n    logo: { image: logo.png, x: 11.6, y: 0.2, w: 1.2, h: 0.6 }\n');
  writeFileSync(md, `---\ntitle: Warm\ntheme: ./brand.yaml\n${extra}---\n\n## 第一页\n\n- 一\n- 二\n\n## 图\n\n![收入](chart.png)\n`);
  const settle = (...files: string[]) => {
    for (const f of files) utimesSync(path.join(dir, f), LONG_AGO, LONG_AGO);
  };
  settle('chart.png', 'logo.png', 'brand.yaml');
  return { dir, md, out: path.join(dir, 'deck.pptx'), settle };
}

/** What a cold process writes for the folder as it is now. */
function coldBuild(md: string): Buffer {
  const out = md.replace(/\.md$/, '.cold.pptx');
  const r = runCli(['build', md, '-o', out, '-q'], { cwd: path.dirname(md) });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(out);
}

function watchLines() {
  const seen: string[] = [];
  let waiter: { re: RegExp; resolve: (l: string) => void } | undefined;
  const push = (l: string) => {
    seen.push(l);
    if (waiter?.re.test(l)) waiter.resolve(l);
  };
  const next = (re: RegExp, ms = 15_000) =>
    new Promise<string>((resolve, reject) => {
      waiter = { re, resolve };
      setTimeout(() => reject(new Error(`no line matching ${re}; saw:\n${seen.join('\n')}`)), ms);
    });
  return { io: { out: push, err: push }, next, seen };
}

describe('FileCache', () => {
  it('keeps a value while its files are unchanged, drops it when one changes, never caches a file saved just now', () => {
    const dir = tempDir('huibao-fc-');
    const f = path.join(dir, 'a.txt');
    writeFileSync(f, 'one');
    const c = new FileCache<string>('test');
    c.set('k', [f], 'ONE'); // modified just now: not kept
    expect(c.get('k')).toBeUndefined();
    utimesSync(f, LONG_AGO, LONG_AGO);
    c.set('k', [f], 'ONE');
    expect(c.get('k')).toBe('ONE');
    writeFileSync(f, 'two'); // same size, new content: the stamp (mtime, ctime) differs
    utimesSync(f, LONG_AGO, LONG_AGO); // even with the old mtime back: ctime moved
    expect(c.get('k')).toBeUndefined();
    c.set('k', [f, path.join(dir, 'missing')], 'X'); // a file that is not there: not kept
    expect(c.get('k')).toBeUndefined();
  });
});

describe.runIf(hasCli)('warm builds', () => {
  it('build() twice in one process: the second uses the caches and gives the same bytes as a cold huibao build', async () => {
    const { md } = deckFolder();
    const before = cacheStats();
    const first = await build(readFileSync(md, 'utf8'), { file: md });
    const second = await build(readFileSync(md, 'utf8'), { file: md });
    const after = cacheStats();
    expect(after.themes.hits).toBeGreaterThan(before.themes.hits);
    expect(after.images.hits).toBeGreaterThanOrEqual(before.images.hits + 2); // the picture and the logo
    expect(second.images.get('chart.png')).toMatchObject({ ok: true, width: first.images.get('chart.png')!.ok ? (first.images.get('chart.png') as { width: number }).width : -1 });
    const cold = coldBuild(md);
    expect(Buffer.from(first.bytes).equals(cold)).toBe(true);
    expect(Buffer.from(second.bytes).equals(cold)).toBe(true);
    // A caller changing its theme does not change the next build's.
    second.theme.palette.accent = '00FF00';
    const third = await build(readFileSync(md, 'utf8'), { file: md });
    expect(third.theme.palette.accent).toBe('A50021');
  });

  it('watch: after edits to the deck, the theme file and a picture, the output is byte for byte a cold build', async () => {
    const { dir, md, out, settle } = deckFolder();
    const l = watchLines();
    const w = await startWatch(md, {}, l.io);
    try {
      expect(readFileSync(out).equals(coldBuild(md))).toBe(true);
      writeFileSync(md, readFileSync(md, 'utf8').replace('- 二', '- 二\n- 三'));
      await l.next(/deck\.md changed → rebuilt/);
      expect(readFileSync(out).equals(coldBuild(md))).toBe(true);

      writeFileSync(path.join(dir, 'brand.yaml'), readFileSync(path.join(dir, 'brand.yaml'), 'utf8').replace('A50021', '1F4E79'));
      settle('brand.yaml'); // an old mtime: only the size/ctime/inode say it changed
      await l.next(/brand\.yaml changed → rebuilt/);
      expect(readFileSync(out).equals(coldBuild(md))).toBe(true);

      // A different picture of the same name: its new size reaches the deck.
      writeFileSync(path.join(dir, 'chart.png'), readFileSync(path.join(repoRoot, 'docs', 'images', 'preview.png')));
      settle('chart.png');
      await l.next(/chart\.png changed → rebuilt/);
      expect(readFileSync(out).equals(coldBuild(md))).toBe(true);
    } finally {
      await w.close();
    }
  }, 60_000);

  it('watch: the template (front matter template:) is watched; a new template rebuilds, same bytes as a cold build', async () => {
    const dir = tempDir('huibao-warm-tpl-');
    const md = path.join(dir, 'deck.md');
    const tpl = path.join(dir, 'corporate.pptx');
    // huibao's own decks serve as templates: one made with party-red, then one with minimal.
    const made = (theme: string) => {
      const r = runCli(['build', path.join(repoRoot, 'slides', 'three-points.md'), '--theme', theme, '-o', tpl, '-q']);
      expect(r.status).toBe(0);
    };
    made('party-red');
    writeFileSync(md, '---\ntemplate: corporate.pptx\n---\n\n## One\n\n- a\n');
    const l = watchLines();
    const w = await startWatch(md, {}, l.io);
    try {
      expect(w.paths).toContain(tpl);
      expect(dependencies(md, w.last!.result)).toContain(tpl);
      const first = readFileSync(path.join(dir, 'deck.pptx'));
      made('minimal');
      await l.next(/corporate\.pptx changed → rebuilt/);
      const second = readFileSync(path.join(dir, 'deck.pptx'));
      expect(second.equals(first)).toBe(false);
      expect(second.equals(coldBuild(md))).toBe(true);
    } finally {
      await w.close();
    }
  }, 60_000);
});
