// Images that would show blank are not embedded (issue 16 item 10): a PNG whose image data is short, damaged or a
// pixel bomb, a JPEG without image data, and a theme background that is junk or an HTML page become a placeholder
// (deck images) or are left out (theme pictures), each with a warning.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { imageProblem, MAX_IMAGE_PIXELS } from '../../src/assets/verify.js';
import { JPEG_16x8, png } from './fixtures.js';
import { tempDir } from '../reliability/cli-helpers.js';

const root = tempDir('huibao-verify-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]); // CRC not checked by anyone on this path
}
/** A PNG whose header says w×h (8-bit RGB) and whose IDAT holds `idat`. */
function pngWith(w: number, h: number, idat: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]);
}
const rows = (w: number, h: number) => Buffer.alloc(h * (1 + 3 * w), 0x40);

describe('images are verified by their headers and data sizes', () => {
  it('a good PNG and JPEG pass; short, long, damaged and bomb PNGs and a JPEG without scan data do not', () => {
    expect(imageProblem(png(40, 20), 'png', 40, 20)).toBeUndefined();
    expect(imageProblem(JPEG_16x8, 'jpg', 16, 8)).toBeUndefined();
    expect(imageProblem(pngWith(40, 20, deflateSync(rows(40, 10))), 'png', 40, 20)).toBe('the PNG image data is short (1210 of 2420 bytes)');
    expect(imageProblem(pngWith(40, 20, deflateSync(rows(40, 30))), 'png', 40, 20)).toBe('the PNG image data is larger than its header says');
    expect(imageProblem(pngWith(40, 20, Buffer.from('not zlib data at all, not at all')), 'png', 40, 20)).toMatch(/^the PNG image data is damaged \(/);
    expect(imageProblem(pngWith(100000, 100000, deflateSync(rows(1, 1))), 'png', 100000, 100000)).toBe(
      `100000×100000 pixels is more than ${MAX_IMAGE_PIXELS / 1e6} megapixels (make it smaller)`,
    );
    expect(imageProblem(new Uint8Array(0), 'png', 20000, 20000)).toMatch(/^20000×20000 pixels is more than/);
    const sos = JPEG_16x8.indexOf(Buffer.from([0xff, 0xda]));
    expect(imageProblem(Buffer.concat([JPEG_16x8.subarray(0, sos), Buffer.from([0xff, 0xd9])]), 'jpg', 16, 8)).toBe('the JPEG has no image data');
  });

  it('in a deck: a short-IDAT PNG and a claimed bomb become placeholders with a warning naming the line', async () => {
    const dir = path.join(root, 'deck');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'short.png'), pngWith(40, 20, deflateSync(rows(40, 10))));
    writeFileSync(path.join(dir, 'bomb.png'), pngWith(100000, 100000, deflateSync(rows(1, 1))));
    writeFileSync(path.join(dir, 'ok.png'), png(40, 20));
    const r = await build('## A\n\n![s](short.png)\n\n![b](bomb.png)\n\n![o](ok.png)\n', { file: path.join(dir, 'd.md') });
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, 'image "short.png": the PNG image data is short (1210 of 2420 bytes); a placeholder with its alt text is shown instead'],
      [5, `image "bomb.png": 100000×100000 pixels is more than ${MAX_IMAGE_PIXELS / 1e6} megapixels (make it smaller); a placeholder with its alt text is shown instead`],
    ]);
    const media = Object.keys((await JSZip.loadAsync(r.bytes)).files).filter((f) => f.startsWith('ppt/media/'));
    expect(media).toHaveLength(1);
  });
});

describe('a theme background that is junk is left out, with a warning', () => {
  it('an HTML page saved as bg.png: warned, not embedded; a real picture is embedded', async () => {
    const dir = path.join(root, 'theme');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'bg.png'), '<!doctype html><html><body>404 Not Found</body></html>\n');
    writeFileSync(path.join(dir, 'good.png'), png(64, 36));
    const theme = (bg: string) => {
      const f = path.join(dir, `t-${bg}.json`);
      writeFileSync(f, JSON.stringify({ name: 'junk-bg', extends: 'gov-blue', layouts: { title: { background: { image: bg } } } }));
      return f;
    };
    const bad = await build('---\ntitle: T\n---\n\n## A\n', { file: path.join(dir, 'd.md'), theme: theme('bg.png') });
    expect(bad.warnings.map((w) => w.message)).toEqual([
      'theme "junk-bg": layouts.title.background.image "bg.png": not a readable image (corrupt or unsupported format); left out',
    ]);
    const mediaOf = async (bytes: Uint8Array) => Object.keys((await JSZip.loadAsync(bytes)).files).filter((f) => f.startsWith('ppt/media/'));
    expect(await mediaOf(bad.bytes)).toEqual([]);
    const good = await build('---\ntitle: T\n---\n\n## A\n', { file: path.join(dir, 'd.md'), theme: theme('good.png') });
    expect(good.warnings).toEqual([]);
    expect((await mediaOf(good.bytes)).length).toBeGreaterThan(0);
  });
});
