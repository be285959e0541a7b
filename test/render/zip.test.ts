// The post-processor's zip reader and writer (fflate): what it writes any other reader reads back whole, the bytes
// are the same in every time zone and run (pinned below: a change of writer or of fflate shows here first), and
// reading gives back every file in order.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readZip, writeZip } from '../../src/render/zip.js';

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

const ENTRIES = () => {
  const binary = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31 + (i >> 7)) & 0xff);
  return [
    { name: '[Content_Types].xml', data: text(1, 900) },
    { name: 'ppt/empty.xml', data: '' },
    { name: 'ppt/big.xml', data: text(2, 200_000) },
    { name: 'ppt/slides/slide1.xml', data: text(3, 3000) },
    { name: 'ppt/media/图片.png', data: binary },
    { name: 'ppt/slides/slide2.xml', data: text(4, 70_000) },
  ];
};
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('writeZip', () => {
  it('JSZip reads back every entry, in order, byte for byte (small, empty, binary, > 64 KB, a non-ASCII name)', async () => {
    const entries = ENTRIES();
    const zip = await JSZip.loadAsync(writeZip(entries, { date: DATE, level: 6 }));
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const e of entries) {
      const got = await zip.file(e.name)!.async('uint8array');
      expect(Buffer.from(got).equals(typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data))).toBe(true);
      // Every entry carries the fixed date, read as UTC.
      expect(zip.files[e.name].date.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    }
  });

  it('the same bytes in every time zone, run after run — pinned (fflate 0.8.3, level 6)', () => {
    const saved = process.env.TZ;
    const hashes = new Set<string>();
    try {
      for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        hashes.add(sha(writeZip(ENTRIES(), { date: DATE, level: 6 })));
        hashes.add(sha(writeZip(ENTRIES(), { date: DATE, level: 6 })));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    // Changed once, on purpose, when the pako writer was replaced by fflate (issue 16).
    expect([...hashes]).toEqual(['db11d1bc40b00776072428b0d5421cd8f3ef9aa99d9ab8a15a190f589413a165']);
  });

  it('marks a non-ASCII name as UTF-8 (general purpose flag bit 11)', () => {
    const z = writeZip([{ name: 'ppt/media/图片.png', data: 'x' }], { date: DATE, level: 6 });
    expect(z[7] & 0x08).toBe(0x08);
    expect(Buffer.from(z.subarray(30, 30 + 20)).toString('utf8')).toBe('ppt/media/图片.png');
  });

  it('keeps a character outside the BMP whole wherever it falls', async () => {
    const s = 'a'.repeat(16383) + '😀' + 'b'.repeat(10);
    const zip = await JSZip.loadAsync(writeZip([{ name: 'x.xml', data: s }], { date: DATE, level: 6 }));
    expect(await zip.file('x.xml')!.async('string')).toBe(s);
  });

  it('refuses a name that would lose its place (an array-index name) or a duplicate, instead of reordering', () => {
    expect(() => writeZip([{ name: 'b', data: '' }, { name: '0', data: '' }], { date: DATE, level: 6 })).toThrow(/cannot be written/);
    expect(() => writeZip([{ name: 'a', data: '' }, { name: 'a', data: '' }], { date: DATE, level: 6 })).toThrow(/cannot be written/);
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

  it('reads a compressed zip (what JSZip or PowerPoint writes)', async () => {
    const zip = new JSZip();
    zip.file('a.xml', text(8, 5000));
    const raw = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const got = await readZip(raw);
    expect(got.map((e) => [e.name, Buffer.from(e.data).toString('utf8')])).toEqual([['a.xml', text(8, 5000)]]);
  });
});
