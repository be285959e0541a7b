// Image fixtures made in code (nothing binary checked in): a real PNG (encoded here), a real JPEG (16×8, made
// once with ImageMagick and kept as base64), and their corrupt, truncated and disguised variants.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A solid-colour RGB PNG of w×h pixels. */
export function png(w: number, h: number, rgb: [number, number, number] = [0x33, 0x66, 0xcc]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3).map((_, i) => rgb[i % 3])]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** A valid 16×8 baseline JPEG (ImageMagick: `convert -size 16x8 xc:'#3366cc' -strip -quality 80`). */
export const JPEG_16x8 = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCXAUUYf//Z',
  'base64',
);

export const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#36c"/></svg>\n';

/**
 * Write the fixture images into `dir`: ok.png (40×20), ok.jpg, bad.png (a PNG header then garbage), trunc.png
 * and trunc.jpg (cut in half), pic.svg, 中文图.png, sub/ (a folder), and link-out.png (a symlink to `outside`,
 * when given).
 */
export function writeImageFixtures(dir: string, outside?: string): void {
  mkdirSync(path.join(dir, 'sub'), { recursive: true });
  const ok = png(40, 20);
  writeFileSync(path.join(dir, 'ok.png'), ok);
  writeFileSync(path.join(dir, '中文图.png'), png(30, 30, [0xcc, 0x33, 0x33]));
  writeFileSync(path.join(dir, 'ok.jpg'), JPEG_16x8);
  writeFileSync(path.join(dir, 'bad.png'), Buffer.concat([ok.subarray(0, 8), Buffer.from('this is not image data at all, just text pretending '.repeat(4))]));
  writeFileSync(path.join(dir, 'trunc.png'), ok.subarray(0, Math.floor(ok.length / 2)));
  writeFileSync(path.join(dir, 'trunc.jpg'), JPEG_16x8.subarray(0, Math.floor(JPEG_16x8.length / 2)));
  writeFileSync(path.join(dir, 'pic.svg'), SVG);
  if (outside) {
    try {
      symlinkSync(outside, path.join(dir, 'link-out.png'));
    } catch {
      /* no symlinks here: the test that needs one skips */
    }
  }
}
