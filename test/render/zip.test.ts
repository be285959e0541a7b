// The post-processor's own zip reader and writer: the archive must be byte for byte the one JSZip generates with
// the same settings (reproducible decks did not change when the writer did), and reading gives back every file.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DeflatePool, readZip, writeZip, writeZipParallel } from '../../src/render/zip.js';

const DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** Deterministic pseudo-random text: XML-ish, CJK, repeats (so deflate finds matches), some long. */
function text(seed: number, length: number): string {
  let x = seed * 2654435761 || 1;
  const next = () => (x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const words = ['<a:p>', '<a:r><a:rPr lang="zh-CN" sz="2000"/>', '学习', '教育', '成果', ' the ', 'deck', '“两个确立”', '\n', '</a:p>'];
  let s = '';
  while (s.length < length) s += next() < 0.8 ? words[Math.floor(next() * words.length)] : String.fromCharCode(0x4e00 + Math.floor(next() * 2000));
  return s.slice(0, length);
}

async function jszipBytes(entries: { name: string; data: string | Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const e of entries) zip.file(e.name, e.data, { date: DATE, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

describe('writeZip', () => {
  it('writes what JSZip writes: small, empty, binary, > 64 KB and a large entry before small ones', async () => {
    const binary = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31 + (i >> 7)) & 0xff);
    const entries = [
      { name: '[Content_Types].xml', data: text(1, 900) },
      { name: 'ppt/empty.xml', data: '' },
      { name: 'ppt/big.xml', data: text(2, 200_000) },
      { name: 'ppt/slides/slide1.xml', data: text(3, 3000) },
      { name: 'ppt/media/image1.png', data: binary },
      { name: 'ppt/slides/slide2.xml', data: text(4, 70_000) },
      { name: 'ppt/slides/slide3.xml', data: text(5, 10) },
      { name: 'ppt/slides/slide4.xml', data: text(6, 40_000) },
    ];
    const mine = writeZip(entries, { date: DATE, level: 6 });
    expect(Buffer.from(mine).equals(Buffer.from(await jszipBytes(entries)))).toBe(true);
  });

  it('marks a non-ASCII name as UTF-8 the way JSZip does', async () => {
    const entries = [{ name: 'ppt/media/图片.png', data: 'x' }];
    expect(Buffer.from(writeZip(entries, { date: DATE, level: 6 })).equals(Buffer.from(await jszipBytes(entries)))).toBe(true);
  });

  it('keeps a character outside the BMP whole wherever it falls', async () => {
    const s = 'a'.repeat(16383) + '😀' + 'b'.repeat(10);
    const zip = await JSZip.loadAsync(writeZip([{ name: 'x.xml', data: s }], { date: DATE, level: 6 }));
    expect(await zip.file('x.xml')!.async('string')).toBe(s);
  });
});

describe('readZip', () => {
  it('reads a stored zip (what pptxgenjs writes) in order, without folders', async () => {
    const zip = new JSZip();
    zip.folder('ppt');
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('ppt/slides/slide1.xml', text(7, 20_000));
    zip.file('ppt/media/a.bin', Uint8Array.of(0, 1, 2, 255));
    const raw = await zip.generateAsync({ type: 'uint8array' });
    const got = await readZip(raw);
    expect(got.map((e) => e.name)).toEqual(['[Content_Types].xml', 'ppt/slides/slide1.xml', 'ppt/media/a.bin']);
    expect(Buffer.from(got[1].data).toString('utf8')).toBe(text(7, 20_000));
    expect([...got[2].data]).toEqual([0, 1, 2, 255]);
  });

  it('falls back to JSZip for a compressed zip', async () => {
    const zip = new JSZip();
    zip.file('a.xml', text(8, 5000));
    const raw = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const got = await readZip(raw);
    expect(got.map((e) => [e.name, Buffer.from(e.data).toString('utf8')])).toEqual([['a.xml', text(8, 5000)]]);
  });
});

describe('DeflatePool.size: threads only where they repay their start', () => {
  it('none for a small deck or a single core; with one spare core only from ~1000 slides; at most 3', () => {
    expect(DeflatePool.size(2_000_000, 1)).toBe(0);
    expect(DeflatePool.size(50_000_000, 1)).toBe(0);
    expect(DeflatePool.size(2_000_000, 2)).toBe(0);
    expect(DeflatePool.size(14_000_000, 2)).toBe(1);
    expect(DeflatePool.size(1_000_000, 8)).toBe(0);
    expect(DeflatePool.size(2_000_000, 4)).toBe(3);
    expect(DeflatePool.size(2_000_000, 3)).toBe(2);
    expect(DeflatePool.size(2_000_000, 64)).toBe(3);
  });
});

describe('writeZipParallel', () => {
  // Many entries of slide-like sizes, strings and bytes, an empty one and a non-ASCII name: several batches.
  const entries = Array.from({ length: 500 }, (_, i) => ({
    name: i === 5 ? 'ppt/media/图片.png' : `ppt/slides/slide${i}.xml`,
    data: i === 7 ? '' : i % 50 === 3 ? Uint8Array.from({ length: 3000 }, (_, k) => (k * i) & 0xff) : text(100 + i, 2000 + ((i * 7919) % 12_000)),
  }));

  it('writes the same bytes as writeZip, with the worker threads doing part of the work', async () => {
    const pool = new DeflatePool(2);
    try {
      await pool.ready();
      const parallel = await writeZipParallel(entries, { date: DATE, level: 6 }, pool);
      expect(Buffer.from(parallel).equals(Buffer.from(writeZip(entries, { date: DATE, level: 6 })))).toBe(true);
      // The workers really ran the deflater (a worker that cannot start leaves everything to the main thread).
      expect(pool.entriesByWorkers).toBeGreaterThan(0);
      expect(pool.entriesByWorkers).toBeLessThan(entries.length + 1);
    } finally {
      await pool.close();
    }
  });

  it('still writes every entry when the threads are gone: the main thread does their share', async () => {
    const pool = new DeflatePool(2);
    await pool.ready();
    await pool.close();
    const bytes = await writeZipParallel(entries, { date: DATE, level: 6 }, pool);
    expect(Buffer.from(bytes).equals(Buffer.from(writeZip(entries, { date: DATE, level: 6 })))).toBe(true);
    expect(pool.entriesByWorkers).toBe(0);
  });
});
