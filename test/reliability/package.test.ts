// The package as users get it (issue 16): `npm pack`, install the tarball into an empty folder (--prefer-offline:
// npm's cache first, the registry only for what it lacks — `npm ci` caches tarballs, not the metadata that --offline
// needs), then build a deck there with a theme and an image — through the
// installed `huibao` binary and through the library. Slow (a real install): runs with `npm run test:package` and in
// .ci/run; skipped visibly in `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { png } from '../assets/fixtures.js';
import { repoRoot } from './pptx-check.js';
import { tempDir } from './cli-helpers.js';

const enabled = process.env.HUIBAO_PACKAGE_TEST === '1';
if (!enabled) console.warn('package.test: skipped (a real npm pack + install takes a minute); run npm run test:package');

describe.skipIf(!enabled)('the packed tarball, installed into an empty folder', () => {
  const root = tempDir('huibao-package-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });

  it('holds the bundle, the themes and the metric tables, installs offline, and builds a themed deck with an image', async () => {
    // dist/ is built by npm test / test:package before this runs; --ignore-scripts skips a second build.
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', root], repoRoot)) as { filename: string; files: { path: string }[] }[];
    const files = packed[0].files.map((f) => f.path);
    expect(files).toContain('dist/bin/main.js');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/layout/metrics/tables.js');
    expect(files).toContain('themes/gov-blue.json');
    expect(files).toContain('themes/theme.schema.json');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('themes/gallery/'))).toEqual([]);

    const app = path.join(root, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true, "type": "module" }\n');
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--omit=dev', path.join(root, packed[0].filename)], app);

    const bin = path.join(app, 'node_modules', '.bin', 'huibao');
    const run = (args: string[]) => spawnSync(bin, args, { cwd: app, encoding: 'utf8', timeout: 120_000 });
    expect(run(['themes', 'init', 'mine', '--from', 'party-red']).status).toBe(0);
    writeFileSync(path.join(app, 'pic.png'), png(64, 32));
    writeFileSync(path.join(app, 'talk.md'), '---\ntitle: 安装测试\ndate: 2024-05-01\n---\n\n## 图\n\n![图](pic.png)\n\n## 要点\n\n- 甲\n- 乙\n');
    const b = run(['build', 'talk.md', '--theme', './mine.yaml']);
    expect(b.stderr).toBe('');
    expect(b.stdout).toMatch(/^huibao: wrote talk\.pptx \(\d+ slides, theme mine\)/);
    const zip = await JSZip.loadAsync(readFileSync(path.join(app, 'talk.pptx')));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/')).length).toBeGreaterThan(0);

    // The library, imported by its package name.
    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', "const { build } = await import('huibao'); const r = await build('## A\\n\\n- b\\n'); console.log(r.laid.slides.length, r.bytes.length > 1000)"], { cwd: app, encoding: 'utf8' });
    expect(lib.stderr).toBe('');
    expect(lib.stdout.trim()).toMatch(/^\d+ true$/);
  });
});
