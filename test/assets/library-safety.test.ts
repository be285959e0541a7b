// Library API safety: build(markdown, { baseDir }) touches no file outside baseDir (and huibao's own package
// files: built-in themes, font metrics). Every node:fs call the pipeline makes is recorded and checked, while a
// deck tries every way out: relative climbs, absolute paths, a symlink, percent-encoding, a front-matter theme.
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as { op: string; p: string }[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const wrap = <F extends (...a: never[]) => unknown>(op: string, f: F) =>
    ((...a: Parameters<F>) => {
      calls.push({ op, p: String(a[0]) });
      return f(...a);
    }) as unknown as F;
  const ops = {
    readFileSync: wrap('read', fs.readFileSync),
    openSync: wrap('open', fs.openSync),
    statSync: wrap('stat', fs.statSync),
    lstatSync: wrap('stat', fs.lstatSync),
    existsSync: wrap('exists', fs.existsSync),
    readdirSync: wrap('readdir', fs.readdirSync),
    realpathSync: Object.assign(wrap('realpath', fs.realpathSync), { native: fs.realpathSync.native }),
    createReadStream: wrap('read', fs.createReadStream),
  };
  return { ...fs, ...ops, default: { ...fs, ...ops } };
});

// Imported after the mock so the pipeline sees the recording fs.
const { mkdirSync, rmSync, symlinkSync, writeFileSync } = await import('node:fs');
const { build } = await import('../../src/build.js');
const { tempDir } = await import('../reliability/cli-helpers.js');
const { repoRoot } = await import('../reliability/pptx-check.js');
const { png } = await import('./fixtures.js');

const root = tempDir('huibao-libsafe-');
const secretDir = path.join(root, 'secret');
const baseDir = path.join(root, 'deck', 'inner');
mkdirSync(secretDir, { recursive: true });
mkdirSync(baseDir, { recursive: true });
writeFileSync(path.join(secretDir, 'id_rsa.png'), png(3, 3));
writeFileSync(path.join(secretDir, 'theme.json'), JSON.stringify({ name: 'stolen', extends: 'minimal' }));
writeFileSync(path.join(baseDir, 'ok.png'), png(4, 2));
let symlinked = true;
try {
  symlinkSync(path.join(secretDir, 'id_rsa.png'), path.join(baseDir, 'link.png'));
} catch {
  symlinked = false;
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const inside = (p: string, dir: string) => {
  const a = path.resolve(p);
  return a === dir || a.startsWith(dir + path.sep);
};

describe('build(markdown, { baseDir }) reads nothing outside baseDir', () => {
  it('every way out of the folder is refused without touching the target', async () => {
    const refs = ['../../secret/id_rsa.png', path.join(secretDir, 'id_rsa.png'), '%2e%2e/%2e%2e/secret/id_rsa.png', 'file:///etc/passwd', '/etc/shadow', ...(symlinked ? ['link.png'] : []), 'ok.png'];
    const md = `---\ntitle: 安全\ntheme: ../../secret/theme.json\n---\n\n## 图\n\n${refs.map((r, i) => `![图${i}](${r})`).join('\n\n')}\n`;
    calls.length = 0;
    const r = await build(md, { baseDir });
    const mine = calls.splice(0);

    // The theme named in the front matter was not used, and said so.
    expect(r.theme.name).not.toBe('stolen');
    expect(r.theme.file && inside(r.theme.file, repoRoot)).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain(`theme "../../secret/theme.json" is outside the deck's folder and was not read (use --theme or --allow-any-path); using the default theme`);
    // Only ok.png was embedded.
    expect([...r.images.values()].filter((a) => a.ok).map((a) => a.ok && path.basename(a.path))).toEqual(['ok.png']);

    // No fs call of any kind named a path in the secret folder.
    expect(mine.filter((c) => inside(c.p, secretDir) || c.p.startsWith('/etc/'))).toEqual([]);
    // Every file read or opened is in baseDir or in huibao's own package (built-in themes, font metrics).
    const reads = mine.filter((c) => c.op === 'read' || c.op === 'open');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((c) => !inside(c.p, baseDir) && !inside(c.p, repoRoot))).toEqual([]);
    expect(reads.filter((c) => inside(c.p, baseDir)).map((c) => path.basename(c.p))).toEqual(['ok.png']);
  });

  it('a theme that came with the deck cannot extend a file outside the folder: refused before it is touched', async () => {
    writeFileSync(path.join(baseDir, 'mine.json'), JSON.stringify({ name: 'mine', extends: '../../secret/theme.json', palette: { accent: '#C00000' } }, null, 2));
    writeFileSync(path.join(baseDir, 'sym.json'), JSON.stringify({ name: 'sym', extends: './link.json' }));
    if (symlinked) symlinkSync(path.join(secretDir, 'theme.json'), path.join(baseDir, 'link.json'));
    calls.length = 0;
    const e = await build(`---\ntitle: t\ntheme: ./mine.json\n---\n\n## A\n\n- b\n`, { baseDir }).then(
      () => undefined,
      (x: Error) => x,
    );
    const mine = calls.splice(0);
    expect(e?.message).toBe(`${path.join(baseDir, 'mine.json')}:3: extends: "../../secret/theme.json" is outside the deck's folder and was not read (use --theme or --allow-any-path)`);
    expect(mine.filter((c) => inside(c.p, secretDir))).toEqual([]);
    // Through a symlink inside the folder: its real path is outside, so it is refused too.
    if (symlinked) await expect(build(`---\ntheme: ./sym.json\n---\n\n## A\n`, { baseDir })).rejects.toThrow(/"\.\/link\.json" is outside the deck's folder/);
    // Built-in parents and files beside it are fine; --allow-any-path (the user's own choice) lifts the limit.
    writeFileSync(path.join(baseDir, 'ok.json'), JSON.stringify({ name: 'ok', extends: 'party-red' }));
    expect((await build(`---\ntheme: ./ok.json\n---\n\n## A\n`, { baseDir })).theme.name).toBe('ok');
    expect((await build(`---\ntheme: ./mine.json\n---\n\n## A\n`, { baseDir, allowAnyPath: true })).theme.name).toBe('mine');
  });

  it('without baseDir (and without a file), no image and no theme file is read at all', async () => {
    calls.length = 0;
    const r = await build(`---\ntheme: ./t.json\n---\n\n## A\n\n![x](${path.join(baseDir, 'ok.png')})\n\n![y](ok.png)\n`);
    const mine = calls.splice(0);
    expect([...r.images.values()].every((a) => !a.ok)).toBe(true);
    expect(mine.filter((c) => (c.op === 'read' || c.op === 'open') && !inside(c.p, repoRoot))).toEqual([]);
    expect(mine.filter((c) => inside(c.p, root))).toEqual([]);
  });
});
