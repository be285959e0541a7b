// The zip reader and writer at their edges (issue 18, written against the survivors of a Stryker run on
// src/render/zip.ts). Reading: a stored zip — what pptxgenjs writes — is read in place (every file a view into the
// bytes read, no copy, no JSZip), with names, extra fields and comments skipped exactly; anything else goes to JSZip
// and still reads. Writing: the header fields, dates and the Unicode-path field byte for byte; the thread pool's
// batches, its workers' share and its failures.
import { afterEach, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { DeflatePool, readZip, writeZip, writeZipParallel } from '../../src/render/zip.js';

const DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
const utf8 = (d: Uint8Array) => Buffer.from(d).toString('utf8');

async function stored(files: [string, string | Uint8Array, JSZip.JSZipFileOptions?][], comment?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data, opts] of files) zip.file(name, data, opts);
  return zip.generateAsync({ type: 'uint8array', comment });
}

/** A file read in place: its bytes are a view into the archive read, not a copy (JSZip's reader copies). */
const inPlace = (raw: Uint8Array, d: Uint8Array) => d.buffer === raw.buffer && d.byteOffset >= raw.byteOffset && d.byteOffset + d.length <= raw.byteOffset + raw.length;

describe('readZip: a stored zip is read in place', () => {
  it('every file is a view into the bytes read, at its own data', async () => {
    const raw = await stored([
      ['[Content_Types].xml', '<Types/>'],
      ['ppt/slides/slide1.xml', 'x'.repeat(3000)],
      ['ppt/media/a.bin', Uint8Array.of(0, 1, 2, 255)],
    ]);
    const got = await readZip(raw);
    expect(got.map((e) => e.name)).toEqual(['[Content_Types].xml', 'ppt/slides/slide1.xml', 'ppt/media/a.bin']);
    for (const e of got) expect(inPlace(raw, e.data)).toBe(true);
    expect(utf8(got[0].data)).toBe('<Types/>');
    expect(utf8(got[1].data)).toBe('x'.repeat(3000));
    expect([...got[2].data]).toEqual([0, 1, 2, 255]);
  });

  it('names, extra fields and comments are skipped exactly: a non-ASCII name (Unicode-path field) and file comments', async () => {
    const raw = await stored([
      ['ppt/media/图片一.bin', Uint8Array.of(9, 8, 7), { comment: 'first comment' }],
      ['ppt/slides/幻灯片.xml', '<p:sld>汉字</p:sld>', { comment: '注释' }],
      ['z.xml', '<z/>'],
    ]);
    const got = await readZip(raw);
    expect(got.map((e) => e.name)).toEqual(['ppt/media/图片一.bin', 'ppt/slides/幻灯片.xml', 'z.xml']);
    for (const e of got) expect(inPlace(raw, e.data)).toBe(true);
    expect([...got[0].data]).toEqual([9, 8, 7]);
    expect(utf8(got[1].data)).toBe('<p:sld>汉字</p:sld>');
    expect(utf8(got[2].data)).toBe('<z/>');
  });

  it('folders are left out, by their attribute or by a name ending in /; an empty file is kept', async () => {
    const zip = new JSZip();
    zip.folder('ppt');
    zip.file('ppt/empty.xml', '');
    zip.file('docs/', null, { dir: true });
    zip.file('a.xml', '<a/>');
    const raw = await zip.generateAsync({ type: 'uint8array' });
    const got = await readZip(raw);
    expect(got.map((e) => [e.name, e.data.length])).toEqual([['ppt/empty.xml', 0], ['a.xml', 4]]);
    for (const e of got) expect(inPlace(raw, e.data)).toBe(true);
    // A folder known only by its attribute (DOS directory bit), with a name that does not end in /.
    const bytes = Uint8Array.from(raw);
    const cd = centralRecords(bytes);
    const folder = cd.find((r) => r.name === 'ppt/')!;
    expect(folder).toBeDefined();
    // Rename it 'pptX' (same length): only the directory bit still says it is a folder.
    bytes[folder.at + 46 + 3] = 0x58;
    const again = await readZip(bytes);
    expect(again.map((e) => e.name)).toEqual(['ppt/empty.xml', 'a.xml']);
    for (const e of again) expect(inPlace(bytes, e.data)).toBe(true);
  });

  it('a folder known only by its name ending in / (no directory bit) is left out too', async () => {
    const zip = new JSZip();
    zip.file('docs/', null, { dir: true });
    zip.file('a.xml', '<a/>');
    const raw = Uint8Array.from(await zip.generateAsync({ type: 'uint8array' }));
    const folder = centralRecords(raw).find((r) => r.name === 'docs/')!;
    raw.fill(0, folder.at + 38, folder.at + 42); // external attributes: none
    const got = await readZip(raw);
    expect(got.map((e) => e.name)).toEqual(['a.xml']);
    expect(inPlace(raw, got[0].data)).toBe(true);
  });

  it('a file inside a larger buffer (a subarray) is read from its own offsets', async () => {
    const raw = await stored([['a.xml', '<a>one</a>'], ['b.xml', '<b>two</b>']]);
    const big = new Uint8Array(raw.length + 100);
    big.set(raw, 37);
    const view = big.subarray(37, 37 + raw.length);
    const got = await readZip(view);
    expect(got.map((e) => [e.name, utf8(e.data)])).toEqual([['a.xml', '<a>one</a>'], ['b.xml', '<b>two</b>']]);
  });
});

describe('readZip: anything but a plain stored zip goes to JSZip, and still reads', () => {
  it('an archive comment (the end record is not last), a compressed entry, an encrypted flag: read, by JSZip (copies)', async () => {
    const withComment = await stored([['a.xml', '<a/>']], 'a comment after the end record');
    const got = await readZip(withComment);
    expect(got.map((e) => [e.name, utf8(e.data)])).toEqual([['a.xml', '<a/>']]);
    expect(inPlace(withComment, got[0].data)).toBe(false);

    const zip = new JSZip();
    zip.file('s.xml', '<s/>');
    zip.file('d.xml', 'd'.repeat(500), { compression: 'DEFLATE' });
    const mixed = await zip.generateAsync({ type: 'uint8array' });
    const m = await readZip(mixed);
    expect(m.map((e) => [e.name, utf8(e.data)])).toEqual([['s.xml', '<s/>'], ['d.xml', 'd'.repeat(500)]]);
    expect(inPlace(mixed, m[0].data)).toBe(false); // one compressed entry sends the whole archive to JSZip
  });

  it('too short for an end record, or a wrong signature where a record should be: not read in place', async () => {
    await expect(readZip(new Uint8Array(21))).rejects.toThrow();
    await expect(readZip(new Uint8Array(0))).rejects.toThrow();
    const raw = await stored([['a.xml', '<a/>'], ['b.xml', '<b/>']]);
    // A central record's signature broken: the fast path refuses; JSZip reads what it can (here the first file).
    const bad = Uint8Array.from(raw);
    const cd = centralRecords(bad);
    bad[cd[1].at] = 0;
    expect(await notInPlace(bad)).toBe(true);
    // The local header's signature broken.
    const badLocal = Uint8Array.from(raw);
    badLocal[0] = 0;
    expect(await notInPlace(badLocal)).toBe(true);
  });

  it('the zip64 size marker and the encryption flag are not read as plain sizes', async () => {
    const raw = await stored([['a.xml', '<a/>']]);
    const cd = centralRecords(raw)[0];
    const enc = Uint8Array.from(raw);
    enc[cd.at + 8] |= 1; // "encrypted": JSZip refuses it
    await expect(readZip(enc)).rejects.toThrow(/encrypt/i);
    const z64 = Uint8Array.from(raw);
    z64.set([0xff, 0xff, 0xff, 0xff], cd.at + 20); // compressed size 0xffffffff: zip64, which the fast path cannot read
    await expect(readZip(z64)).rejects.toThrow();
  });

  it('a file whose data would run past the end is refused, not cut short', async () => {
    const raw = await stored([['a.xml', '<a>0123456789</a>']]);
    const cd = centralRecords(raw)[0];
    const long = Uint8Array.from(raw);
    long.set([0x00, 0x10, 0, 0], cd.at + 20); // size 4096: past the end of the archive
    await expect(readZip(long)).rejects.toThrow();
  });
});

/** The fast path refused the archive: JSZip read it (copies) or refused it too. */
async function notInPlace(raw: Uint8Array): Promise<boolean> {
  const got = await readZip(raw).catch(() => undefined);
  return got === undefined || got.every((e) => !inPlace(raw, e.data));
}

/** The central directory's records: offset and name. */
function centralRecords(b: Uint8Array): { at: number; name: string }[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  const eocd = b.length - 22;
  let p = dv.getUint32(eocd + 16, true);
  const out: { at: number; name: string }[] = [];
  for (let i = dv.getUint16(eocd + 10, true); i > 0; i--) {
    const nameLen = dv.getUint16(p + 28, true);
    out.push({ at: p, name: Buffer.from(b.subarray(p + 46, p + 46 + nameLen)).toString('utf8') });
    p += 46 + nameLen + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return out;
}

describe('writeZip: header fields as JSZip writes them', () => {
  async function jszipBytes(entries: { name: string; data: string | Uint8Array }[], date: Date): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const e of entries) zip.file(e.name, e.data, { date, createFolders: false });
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
  }

  it('an entry after a longer one with the same start compresses as if alone (levels 1, 6, 9), as JSZip writes it', async () => {
    // Few letters, so many match candidates run to the data's end, where the search reads the earlier entry's bytes.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const letters = (n: number, k: number) => Array.from({ length: n }, () => 'abcd'[Math.floor(rnd() * k)]).join('');
    const entries: { name: string; data: string }[] = [];
    for (let t = 0; t < 60; t++) {
      const a = letters(40 + Math.floor(rnd() * 600), 1 + (t % 3));
      entries.push({ name: `a${t}.xml`, data: a }, { name: `b${t}.xml`, data: a.slice(0, Math.max(1, a.length - 1 - Math.floor(rnd() * 257))) });
    }
    for (const level of [1, 6, 9]) {
      const zip = new JSZip();
      for (const e of entries) zip.file(e.name, e.data, { date: DATE, createFolders: false });
      const theirs = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level }, platform: 'UNIX' });
      expect(Buffer.from(writeZip(entries, { date: DATE, level })).equals(Buffer.from(theirs))).toBe(true);
    }
  });

  it('a date with every DOS field set (year, month, day, hour, minute, odd second) is written as JSZip writes it', async () => {
    const entries = [{ name: 'a.xml', data: '<a>date</a>' }, { name: 'b/图.xml', data: '<b/>' }];
    for (const date of [new Date(Date.UTC(2023, 10, 14, 22, 13, 21)), new Date(Date.UTC(2107, 11, 31, 23, 59, 58)), new Date(Date.UTC(1980, 0, 1, 1, 1, 2))]) {
      const mine = writeZip(entries, { date, level: 6 });
      expect(Buffer.from(mine).equals(Buffer.from(await jszipBytes(entries, date)))).toBe(true);
      // …and reads back with that date (to the 2 s DOS time has).
      const back = await JSZip.loadAsync(mine);
      expect(back.file('a.xml')!.date.getTime()).toBe(Math.floor(date.getTime() / 2000) * 2000);
    }
  });

  it('an entry whose compressed form passes 64 KB (several output pieces), between small ones, as JSZip writes it', async () => {
    let x = 2463534242; // xorshift32: bytes deflate cannot shrink
    const noise = Uint8Array.from({ length: 200_000 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    const entries = [{ name: 'a.xml', data: '<a/>'.repeat(50) }, { name: 'ppt/media/noise.bin', data: noise }, { name: 'b.xml', data: '<b>汇报</b>'.repeat(30) }];
    const mine = writeZip(entries, { date: DATE, level: 6 });
    expect(Buffer.from(mine).equals(Buffer.from(await jszipBytes(entries, DATE)))).toBe(true);
    expect(mine.length).toBeGreaterThan(200_000);
  });

  it('the level given is the level used: level 1 and 9 as JSZip writes them, level 1 unlike level 6', async () => {
    const entries = [{ name: 'a.xml', data: '<a:p><a:r><a:t>汇报 text</a:t></a:r></a:p>'.repeat(400) + Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 3000))).join('') }];
    for (const level of [1, 9]) {
      const zip = new JSZip();
      zip.file('a.xml', entries[0].data, { date: DATE, createFolders: false });
      const theirs = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level }, platform: 'UNIX' });
      expect(Buffer.from(writeZip(entries, { date: DATE, level })).equals(Buffer.from(theirs))).toBe(true);
    }
    expect(Buffer.from(writeZip(entries, { date: DATE, level: 1 })).equals(Buffer.from(writeZip(entries, { date: DATE, level: 6 })))).toBe(false);
  });
});

describe('readZip of JSZip-read archives: folders left out there too', () => {
  it('a compressed zip with folders gives its files only', async () => {
    const zip = new JSZip();
    zip.folder('ppt/slides');
    zip.file('ppt/slides/s.xml', 's'.repeat(300));
    const raw = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect((await readZip(raw)).map((e) => e.name)).toEqual(['ppt/slides/s.xml']);
  });
});

describe('DeflatePool.size at its thresholds', () => {
  it('from exactly 13 000 000 bytes with one spare core, from exactly 1 500 000 with more', () => {
    expect(DeflatePool.size(12_999_999, 2)).toBe(0);
    expect(DeflatePool.size(13_000_000, 2)).toBe(1);
    expect(DeflatePool.size(1_499_999, 3)).toBe(0);
    expect(DeflatePool.size(1_500_000, 3)).toBe(2);
    expect(DeflatePool.size(1_500_000, 5)).toBe(3);
  });
});

describe('DeflatePool: batches, the workers’ share, and workers that fail', () => {
  /** Deterministic XML-ish text with CJK (so it compresses, but not to nothing). */
  const text = (seed: number, n: number) => Array.from({ length: n }, (_, i) => (i % 5 === 0 ? String.fromCharCode(0x4e00 + ((seed * 131 + i * 7919) % 2000)) : '<a:t>x</a:t>'[(seed + i) % 11])).join('');
  const entries = Array.from({ length: 120 }, (_, i) => ({ name: `ppt/slides/slide${i}.xml`, data: i === 4 ? '' : i % 30 === 7 ? Uint8Array.from({ length: 4000 }, (_, k) => (k * i) & 0xff) : text(i, 6000 + ((i * 7919) % 40_000)) }));
  const expected = () => Buffer.from(writeZip(entries, { date: DATE, level: 6 }));
  const BATCH = 256 * 1024;

  type Job = { id: number; inputs: (string | Uint8Array)[] };
  /** Spies on the jobs posted to the worker threads; `rewrite` may change or swallow (undefined) a job. */
  async function withJobs<T>(rewrite: (job: Job, thread: import('node:worker_threads').Worker) => Job | undefined, body: (jobs: Job[]) => Promise<T>): Promise<T> {
    const { Worker } = await import('node:worker_threads');
    const original = Worker.prototype.postMessage;
    const jobs: Job[] = [];
    const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: import('node:worker_threads').Worker, msg: unknown) {
      jobs.push(msg as Job);
      const out = rewrite(msg as Job, this);
      if (out) original.call(this, out);
    });
    try {
      return await body(jobs);
    } finally {
      spy.mockRestore();
    }
  }

  it('work goes out in batches of consecutive entries, each at least 256 K characters but for the last, none twice', async () => {
    const pool = new DeflatePool(2);
    try {
      await pool.ready();
      await withJobs((j) => j, async (jobs) => {
        const bytes = await writeZipParallel(entries, { date: DATE, level: 6 }, pool);
        expect(Buffer.from(bytes).equals(expected())).toBe(true);
        expect(jobs.length).toBeGreaterThan(0);
        // Each job is a run of consecutive entries: find where it starts.
        const starts = jobs.map((j) => entries.findIndex((e, i) => j.inputs.every((d, k) => entries[i + k]?.data === d || (d instanceof Uint8Array && entries[i + k]?.data instanceof Uint8Array && Buffer.from(d).equals(Buffer.from(entries[i + k].data as Uint8Array))))));
        expect(starts.every((s) => s >= 0)).toBe(true);
        const covered = new Set<number>();
        jobs.forEach((j, n) => {
          const len = j.inputs.map((d) => d.length);
          const total = len.reduce((a, b) => a + b, 0);
          const last = starts[n] + j.inputs.length === entries.length;
          if (!last) expect(total).toBeGreaterThanOrEqual(BATCH);
          expect(total - len[len.length - 1]).toBeLessThan(BATCH); // it ends at the entry that reached the size
          for (let k = 0; k < j.inputs.length; k++) {
            expect(covered.has(starts[n] + k)).toBe(false);
            covered.add(starts[n] + k);
          }
        });
        expect(pool.entriesByWorkers).toBe(covered.size);
        // No worker holds more than two batches at a time, so the first jobs are two per worker.
        expect(jobs.length).toBeGreaterThanOrEqual(4);
      });
    } finally {
      await pool.close();
    }
  });

  it('a batch closes at exactly 256 K characters; the main thread takes the first, a ready worker the next two at once', async () => {
    const half = Array.from({ length: 6 }, (_, i) => ({ name: `s${i}.xml`, data: String.fromCharCode(97 + i).repeat(BATCH / 2) }));
    const pool = new DeflatePool(1);
    try {
      await pool.ready();
      await withJobs((j) => j, async (jobs) => {
        const bytes = await writeZipParallel(half, { date: DATE, level: 6 }, pool);
        expect(Buffer.from(bytes).equals(Buffer.from(writeZip(half, { date: DATE, level: 6 })))).toBe(true);
        expect(jobs.map((j) => j.inputs.map((d) => (d as string)[0]).join(''))).toEqual(['cd', 'ef']);
        expect(pool.entriesByWorkers).toBe(4);
      });
    } finally {
      await pool.close();
    }
  });

  it('a worker that reports an error on its batch: the main thread does that batch, the bytes are the same', async () => {
    const pool = new DeflatePool(2);
    try {
      await pool.ready();
      // The job each worker gets is replaced by one it cannot compress (an object is not bytes): it answers with an error.
      await withJobs((j) => ({ id: j.id, inputs: [{} as unknown as string] }), async (jobs) => {
        const bytes = await writeZipParallel(entries, { date: DATE, level: 6 }, pool);
        expect(Buffer.from(bytes).equals(expected())).toBe(true);
        expect(jobs.length).toBeGreaterThan(0);
        expect(pool.entriesByWorkers).toBe(0);
      });
      // A failed worker takes no more work: the next archive goes to the main thread alone.
      await withJobs((j) => j, async (jobs) => {
        const bytes = await writeZipParallel(entries, { date: DATE, level: 6 }, pool);
        expect(Buffer.from(bytes).equals(expected())).toBe(true);
        expect(jobs).toEqual([]);
      });
    } finally {
      await pool.close();
    }
  });

  it('a worker that fails on the last batches: the main thread does exactly those entries, and no entry past the end', async () => {
    // Three batches of two entries: the main thread takes the first, the one worker the last two, and answers both with an error.
    const half = Array.from({ length: 6 }, (_, i) => ({ name: `s${i}.xml`, data: String.fromCharCode(97 + i).repeat(BATCH / 2) }));
    const pool = new DeflatePool(1);
    try {
      await pool.ready();
      await withJobs((j) => ({ id: j.id, inputs: [{} as unknown as string] }), async (jobs) => {
        const bytes = await writeZipParallel(half, { date: DATE, level: 6 }, pool);
        expect(Buffer.from(bytes).equals(Buffer.from(writeZip(half, { date: DATE, level: 6 })))).toBe(true);
        expect(jobs.map((j) => j.inputs.map((d) => (d as string)[0]).join(''))).toEqual(['cd', 'ef']);
        expect(pool.entriesByWorkers).toBe(0);
      });
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies with batches in hand: the main thread does them, the bytes are the same', async () => {
    const pool = new DeflatePool(2);
    try {
      await pool.ready();
      await withJobs(
        (_j, thread) => void thread.terminate(),
        async (jobs) => {
          const bytes = await writeZipParallel(entries, { date: DATE, level: 6 }, pool);
          expect(Buffer.from(bytes).equals(expected())).toBe(true);
          expect(jobs.length).toBeGreaterThan(0);
          expect(pool.entriesByWorkers).toBe(0);
        },
      );
    } finally {
      await pool.close();
    }
  });

  it('the workers are told the level: a level-1 pool writes what writeZip writes at level 1', async () => {
    const pool = new DeflatePool(1, 1);
    try {
      await pool.ready();
      const bytes = await writeZipParallel(entries, { date: DATE, level: 1 }, pool);
      expect(Buffer.from(bytes).equals(Buffer.from(writeZip(entries, { date: DATE, level: 1 })))).toBe(true);
      expect(pool.entriesByWorkers).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('an empty list of entries: an empty archive, no work handed out', async () => {
    const pool = new DeflatePool(1);
    try {
      await pool.ready();
      await withJobs((j) => j, async (jobs) => {
        const bytes = await writeZipParallel([], { date: DATE, level: 6 }, pool);
        expect(Buffer.from(bytes).equals(Buffer.from(writeZip([], { date: DATE, level: 6 })))).toBe(true);
        expect(jobs).toEqual([]);
      });
    } finally {
      await pool.close();
    }
  });
});

describe('DeflatePool without threads: a thread that cannot start or fails at once leaves the work to the main thread', () => {
  afterEach(() => {
    vi.doUnmock('node:worker_threads');
    vi.resetModules();
  });

  /** zip.js loaded fresh, with every worker thread running `source` instead of the deflater. */
  const withWorkerSource = async (source: string) => {
    vi.resetModules();
    vi.doMock('node:worker_threads', async (orig) => {
      const real = await orig<typeof import('node:worker_threads')>();
      return {
        ...real,
        Worker: class extends real.Worker {
          constructor(_source: string, opts: import('node:worker_threads').WorkerOptions) {
            super(source, opts);
          }
        },
      };
    });
    return import('../../src/render/zip.js');
  };
  /** Two 400 KB entries through the pool: JSZip's bytes, every entry written by the main thread. */
  const expectMainThreadWritesAll = async (z: typeof import('../../src/render/zip.js'), pool: DeflatePool) => {
    const entries = [{ name: 'a.xml', data: '<a/>'.repeat(100_000) }, { name: 'b.xml', data: '<b/>'.repeat(100_000) }];
    const bytes = await z.writeZipParallel(entries, { date: DATE, level: 6 }, pool);
    expect(Buffer.from(bytes).equals(Buffer.from(writeZip(entries, { date: DATE, level: 6 })))).toBe(true);
    expect(pool.entriesByWorkers).toBe(0);
  };

  it('new Worker throws: the pool is ready at once, writes the same bytes, closes', async () => {
    vi.resetModules();
    vi.doMock('node:worker_threads', async (orig) => ({
      ...(await orig<typeof import('node:worker_threads')>()),
      Worker: class {
        constructor() {
          throw new Error('no threads here');
        }
      },
    }));
    const z = await import('../../src/render/zip.js');
    const pool = new z.DeflatePool(2);
    await pool.ready();
    await expectMainThreadWritesAll(z, pool);
    await expect(pool.close()).resolves.toBeUndefined();
  });

  it('ready() waits until every worker has started (said ready), however long that takes', async () => {
    const z = await withWorkerSource("const { parentPort } = require('node:worker_threads'); setTimeout(() => parentPort.postMessage('ready'), 400);");
    const pool = new z.DeflatePool(2);
    const t0 = performance.now();
    await pool.ready();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(350);
    await pool.close();
  });

  it('the thread throws while it starts: ready() resolves, the main thread writes everything', async () => {
    const z = await withWorkerSource('throw new Error("cannot start")');
    const pool = new z.DeflatePool(2);
    await pool.ready();
    await expectMainThreadWritesAll(z, pool);
    await pool.close();
  });
});
