// Images a deck names: only files inside the deck's folder (and the theme's) are read unless allowAnyPath;
// remote images are never fetched; corrupt, truncated, SVG and oversized images become a warning and a
// placeholder with the alt text — and the deck still builds and passes validate-pptx.
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build.js';
import { MAX_IMAGE_BYTES } from '../../src/assets/images.js';
import { runBuild } from '../../src/cli/build.js';
import type { ImageBox } from '../../src/model.js';
import { runCaptured, tempDir } from '../reliability/cli-helpers.js';
import { hasValidator, validate, xmlProblems } from '../reliability/pptx-check.js';
import { JPEG_16x8, png, writeImageFixtures } from './fixtures.js';

// root/secret/id_rsa.png is a *real* PNG: if the guard failed it would be embedded, and the test would see it.
const root = tempDir('huibao-images-');
const secretDir = path.join(root, 'secret');
const secret = path.join(secretDir, 'id_rsa.png');
const deckDir = path.join(root, 'a', 'b');
mkdirSync(secretDir, { recursive: true });
mkdirSync(deckDir, { recursive: true });
const SECRET_PNG = png(7, 3, [1, 2, 3]);
writeFileSync(secret, SECRET_PNG);
writeImageFixtures(deckDir, secret);
const hasSymlink = existsSync(path.join(deckDir, 'link-out.png')) && lstatSync(path.join(deckDir, 'link-out.png')).isSymbolicLink();
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const file = path.join(deckDir, 'talk.md');
const deck = (img: string, alt = '图') => `## 图片\n\n![${alt}](${img})\n`;

async function media(bytes: Uint8Array): Promise<Buffer[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
  return Promise.all(names.map(async (n) => Buffer.from(await zip.file(n)!.async('uint8array'))));
}
function imageBoxes(r: Awaited<ReturnType<typeof build>>): ImageBox[] {
  return r.laid.slides.flatMap((s) => s.items).filter((x): x is ImageBox => x.kind === 'image');
}
async function slideText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  return (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
}
/** Build with the given image reference; expect one warning with `reason`, a placeholder, nothing embedded. */
async function refused(ref: string, reason: string | RegExp, opts: { allowAnyPath?: boolean } = {}) {
  const r = await build(deck(ref, '密钥'), { file, ...opts });
  const warnings = r.warnings.filter((w) => w.message.startsWith('image "'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0].line).toBe(3);
  expect(warnings[0].message).toMatch(typeof reason === 'string' ? new RegExp(`^image "${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; a placeholder with its alt text is shown instead$`) : reason);
  const boxes = imageBoxes(r);
  expect(boxes).toHaveLength(1);
  expect(boxes[0].data).toBeUndefined();
  expect(await media(r.bytes)).toEqual([]);
  expect(await slideText(r.bytes)).toContain('<a:t>[密钥]</a:t>');
  expect(await xmlProblems(r.bytes)).toEqual([]);
  return r;
}

const OUTSIDE = "outside the deck's folder (use --allow-any-path to allow it)";

describe('images: nothing outside the deck folder is read', () => {
  it('a relative path climbing out (../../secret/id_rsa.png)', async () => {
    await refused('../../secret/id_rsa.png', OUTSIDE);
  });
  it('../../etc/passwd and a deep climb to /etc/passwd', async () => {
    await refused('../../etc/passwd', OUTSIDE);
    await refused('../'.repeat(30) + 'etc/passwd', OUTSIDE);
  });
  it('an absolute path', async () => {
    await refused(secret, OUTSIDE);
    await refused('/etc/passwd', OUTSIDE);
  });
  it('percent-encoded dots (%2e%2e/%2e%2e/secret/id_rsa.png)', async () => {
    await refused('%2e%2e/%2e%2e/secret/id_rsa.png', OUTSIDE);
  });
  it.skipIf(!hasSymlink)('a symlink inside the folder that points out', async () => {
    await refused('link-out.png', OUTSIDE);
  });
  it('sub/../ok.png stays inside and is embedded', async () => {
    const r = await build(deck('sub/../ok.png'), { file });
    expect(r.warnings).toEqual([]);
    expect(await media(r.bytes)).toEqual([readFileSync(path.join(deckDir, 'ok.png'))]);
  });
  it('with allowAnyPath the same absolute path is read (so the guard is what stopped it)', async () => {
    const r = await build(deck(secret), { file, allowAnyPath: true });
    expect(r.warnings).toEqual([]);
    expect(await media(r.bytes)).toEqual([SECRET_PNG]);
  });
  it('the CLI: --allow-any-path is needed, and the warning says so', async () => {
    writeFileSync(file, deck('../../secret/id_rsa.png'));
    const r = await runCaptured((io) => runBuild(file, { quiet: true }, io));
    expect(r.code).toBe(0);
    expect(r.io.errLines).toEqual([`${file}:3: warning: image "../../secret/id_rsa.png": ${OUTSIDE}; a placeholder with its alt text is shown instead`]);
    expect(await media(readFileSync(path.join(deckDir, 'talk.pptx')))).toEqual([]);
    const a = await runCaptured((io) => runBuild(file, { quiet: true, allowAnyPath: true }, io));
    expect(a.io.errLines).toEqual([]);
    expect(await media(readFileSync(path.join(deckDir, 'talk.pptx')))).toEqual([SECRET_PNG]);
  });
});

describe('images: a theme that came with the deck', () => {
  const themeDeck = (logo: string, name: string) => {
    writeFileSync(path.join(deckDir, `${name}.json`), JSON.stringify({ name, extends: 'minimal', layouts: { content: { logo: { x: 0.2, y: 0.2, w: 0.5, h: 0.5, image: logo } } } }));
    return `---\ntitle: T\ntheme: ./${name}.json\n---\n\n## A\n\ntext\n`;
  };
  it('may not pull a logo from outside the deck folder into the deck', async () => {
    const r = await build(themeDeck(path.relative(deckDir, secret), 'thief'), { file });
    expect(r.theme.name).toBe('minimal');
    expect(r.warnings.map((w) => w.message)).toContain(`theme "./thief.json" uses images outside the deck's folder (id_rsa.png) and was not used (use --theme or --allow-any-path); using the default theme`);
    expect(await media(r.bytes)).toEqual([]);
  });
  it('may use a logo inside the deck folder', async () => {
    const r = await build(themeDeck('ok.png', 'honest'), { file });
    expect(r.theme.name).toBe('honest');
    expect(r.warnings).toEqual([]);
    expect(await media(r.bytes)).toContainEqual(readFileSync(path.join(deckDir, 'ok.png')));
  });
  it('--theme (the user\'s own choice) may use a logo anywhere', async () => {
    themeDeck(path.relative(deckDir, secret), 'mine');
    const r = await build('## A\n\ntext\n', { file, theme: path.join(deckDir, 'mine.json') });
    expect(r.theme.name).toBe('mine');
    expect(await media(r.bytes)).toContainEqual(SECRET_PNG);
  });
});

describe('images: remote images are not fetched', () => {
  it.each(['https://example.com/logo.png', 'http://127.0.0.1:9/x.png', '//cdn.example.com/x.png', 'HTTPS://EXAMPLE.COM/X.PNG'])('%s → warning + placeholder, no request', async (url) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
    await refused(url, 'remote images are not downloaded');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
  it('data: URLs are not decoded either', async () => {
    await refused(`data:image/png;base64,${png(2, 2).toString('base64')}`, /data: URLs are not supported/);
  });
});

describe('images: broken, unsupported and oversized files', () => {
  it('corrupt PNG → warning + placeholder', async () => {
    await refused('bad.png', 'not a readable image (corrupt or unsupported format)');
  });
  it('truncated PNG → warning + placeholder', async () => {
    await refused('trunc.png', 'the file is truncated');
  });
  it('truncated JPEG → warning + placeholder', async () => {
    await refused('trunc.jpg', /^image "trunc\.jpg": (the file is truncated|not a readable image \(corrupt or unsupported format\));/);
  });
  it('SVG → warning that it is not embedded', async () => {
    await refused('pic.svg', "SVG is not embedded (PowerPoint's PNG fallback cannot be made here); convert it to PNG");
  });
  it('over the size limit → warning, and the file is not read', async () => {
    const big = path.join(deckDir, 'big.png');
    writeFileSync(big, png(4, 4));
    truncateSync(big, MAX_IMAGE_BYTES + 1); // sparse
    await refused('big.png', `larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
    rmSync(big);
  });
  it('a missing file and a folder', async () => {
    await refused('missing.png', 'file not found');
    await refused('sub', 'not a file');
  });

  it('a deck with every kind of bad image still builds, and passes validate-pptx', async () => {
    const md = ['## 坏图', '', ...['bad.png', 'trunc.png', 'trunc.jpg', 'pic.svg', 'missing.png', 'https://example.com/x.png', '../../secret/id_rsa.png'].map((p, i) => `![图${i}](${p})\n`), '## 好图', '', '![png](ok.png)', '', '![jpeg](ok.jpg)', '', '![中文名](中文图.png)', ''].join('\n');
    const r = await build(md, { file });
    expect(r.warnings.filter((w) => w.message.startsWith('image "'))).toHaveLength(7);
    const boxes = imageBoxes(r);
    expect(boxes.filter((b) => b.data).map((b) => b.alt)).toEqual(['png', 'jpeg', '中文名']);
    // Real images keep their aspect ratio: ok.png is 40×20, ok.jpg 16×8, 中文图.png square.
    for (const b of boxes.filter((x) => x.data)) expect(b.w / b.h).toBeCloseTo(b.alt === '中文名' ? 1 : 2, 1);
    const embedded = await media(r.bytes);
    expect(embedded).toHaveLength(3);
    expect(embedded).toContainEqual(JPEG_16x8);
    expect(await xmlProblems(r.bytes)).toEqual([]);
    if (hasValidator) {
      const v = validate(r.bytes, 'bad-images');
      expect(v.output).toMatch(/validate-pptx: OK/);
    }
  });
});
