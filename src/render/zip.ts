// The two zip jobs of the post-processing pass, done directly instead of through JSZip's streaming workers:
// reading pptxgenjs' output (STORE, written by JSZip) and writing the final package — byte for byte the archive
// JSZip 3.10 generates with { compression: 'DEFLATE', level 6, platform: 'UNIX' } and a fixed date, because the
// deflate stream comes from the same pako that JSZip compresses with. Measured on 1000 slides: JSZip spent most of
// its time setting up a new 256 KB deflate state per entry (4000 entries) and in its per-chunk worker machinery;
// here one state is reset between entries.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

// ---- reading ----------------------------------------------------------------------------------------------------

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/**
 * The files of a zip, in central-directory order, without folder entries. Stored (uncompressed) entries — all that
 * pptxgenjs writes — are views into `raw`; anything else (compressed, zip64, a comment hiding the end record) is
 * left to JSZip.
 */
export async function readZip(raw: Uint8Array): Promise<ZipEntry[]> {
  return readStored(raw) ?? readWithJsZip(raw);
}

function readStored(raw: Uint8Array): ZipEntry[] | undefined {
  const eocd = raw.length - 22;
  if (eocd < 0 || u32(raw, eocd) !== 0x06054b50) return undefined;
  const count = u16(raw, eocd + 10);
  let p = u32(raw, eocd + 16);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > raw.length || u32(raw, p) !== 0x02014b50) return undefined;
    const flags = u16(raw, p + 8);
    const method = u16(raw, p + 10);
    const size = u32(raw, p + 20);
    const nameLen = u16(raw, p + 28);
    const extraLen = u16(raw, p + 30);
    const commentLen = u16(raw, p + 32);
    const external = u32(raw, p + 38);
    const local = u32(raw, p + 42);
    const name = names.decode(raw.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (method !== 0 || flags & 1 || size === 0xffffffff) return undefined;
    if (external & 0x10 || name.endsWith('/')) continue; // a folder
    if (u32(raw, local) !== 0x04034b50) return undefined;
    const start = local + 30 + u16(raw, local + 26) + u16(raw, local + 28);
    if (start + size > raw.length) return undefined;
    entries.push({ name, data: raw.subarray(start, start + size) });
  }
  return entries;
}

async function readWithJsZip(raw: Uint8Array): Promise<ZipEntry[]> {
  const zip = await JSZip.loadAsync(raw);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return Promise.all(names.map(async (name) => ({ name, data: await zip.file(name)!.async('uint8array') })));
}

// ---- writing ----------------------------------------------------------------------------------------------------

/** pako's low-level deflate (1.0.x), the one JSZip uses: required through JSZip so it is always JSZip's copy. */
const requireFromJsZip = createRequire(createRequire(import.meta.url).resolve('jszip'));
const PAKO = {
  deflate: requireFromJsZip.resolve('pako/lib/zlib/deflate.js'),
  zstream: requireFromJsZip.resolve('pako/lib/zlib/zstream.js'),
};

/**
 * Raw DEFLATE, as pako.Deflate({ raw: true, level }) makes it, with one state reset between inputs. Self-contained
 * (no outside names, pako passed in) because the deflate workers run this very function from its source text.
 */
function makeDeflater(pako: any, ZStream: any, level: number): (input: Uint8Array) => Uint8Array {
  const OUT_CHUNK = 64 * 1024;
  const strm = new ZStream();
  const out = new Uint8Array(OUT_CHUNK);
  // deflateInit2(strm, level, Z_DEFLATED, raw (-15), memLevel 8, Z_DEFAULT_STRATEGY) → Z_OK
  if (pako.deflateInit2(strm, level, 8, -15, 8, 0) !== 0) throw new Error('internal: deflateInit2 failed');
  const s = strm.state;
  // The settings lm_init reads from its level table: set by deflateInit2, the same for every reset.
  const { max_lazy_match, good_match, nice_match, max_chain_length } = s;
  return (input) => {
    // deflateReset = deflateResetKeep + lm_init, and lm_init clears the 32 K-entry hash heads in a JS loop: with
    // 4000 small entries that loop was a third of the compression time. The same reset, the clearing native.
    if (pako.deflateResetKeep(strm) !== 0) throw new Error('internal: deflateReset failed');
    s.window_size = 2 * s.w_size;
    s.head.fill(0);
    Object.assign(s, { max_lazy_match, good_match, nice_match, max_chain_length });
    s.strstart = s.block_start = s.lookahead = s.insert = 0;
    s.match_length = s.prev_length = 2; // MIN_MATCH - 1
    s.match_available = s.ins_h = 0;
    strm.input = input;
    strm.next_in = 0;
    strm.avail_in = input.length;
    const pieces: Uint8Array[] = [];
    for (;;) {
      strm.output = out;
      strm.next_out = 0;
      strm.avail_out = out.length;
      const status = pako.deflate(strm, 4); // Z_FINISH → Z_OK (more output to come) or Z_STREAM_END
      if (status !== 0 && status !== 1) throw new Error(`internal: deflate failed (${status})`);
      pieces.push(out.slice(0, strm.next_out));
      if (status === 1) break;
    }
    strm.input = new Uint8Array(0);
    // The window keeps this input's bytes, unlike a fresh state's zeros, and the next input's match search reads up
    // to 258 bytes past its own data — but pako caps nice_match at the bytes left, so the search stops at the first
    // candidate that reaches the data's end: bytes past it never choose a match. So each entry compresses as if
    // alone, on any thread (tested: entries after longer ones with the same start, as JSZip writes them).
    if (pieces.length === 1) return pieces[0];
    const all = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of pieces) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  };
}

/** One entry, ready for the archive: its compressed bytes (empty files are stored), CRC-32 and size. */
interface Packed {
  packed: Uint8Array;
  crc: number;
  size: number;
}

type Input = Uint8Array | string;

function packer(level: number): (data: Input) => Packed {
  const deflate = makeDeflater(requireFromJsZip(PAKO.deflate), requireFromJsZip(PAKO.zstream), level);
  return (d) => {
    const data = typeof d === 'string' ? Buffer.from(d, 'utf8') : d;
    return { crc: crc32(data), size: data.length, packed: data.length ? deflate(data) : EMPTY };
  };
}

const EMPTY = new Uint8Array(0);

/** JSZip's (and zlib's) default DEFLATE level: what every deck is written with. */
export const ZIP_LEVEL = 6;

export interface WriteOptions {
  /** Every entry's modification time (DOS time, read in UTC as JSZip does). */
  date: Date;
  level: number;
}

/**
 * A DEFLATE zip of the entries in order, laid out as JSZip 3.10's generateAsync({ platform: 'UNIX' }) lays it out:
 * version 1.0 to extract, made by UNIX 3.0, mode 0100664, no data descriptors, a Unicode-path extra field and the
 * UTF-8 flag for a non-ASCII name, an empty file stored, no comments. Strings are encoded as UTF-8 whole (JSZip encoded them in 16 K
 * pieces, which broke a surrogate pair across a piece boundary into two U+FFFD; nothing else differs).
 */
export function writeZip(entries: readonly { name: string; data: Input }[], opts: WriteOptions): Uint8Array {
  const pack = packer(opts.level);
  return assemble(entries, entries.map((e) => pack(e.data)), opts.date);
}

/**
 * writeZip, with the compression shared between this thread and the pool's worker threads (1000 slides: 13 MB of
 * XML, a third of a build on one core). Each entry is compressed alone, so which thread takes it changes no byte.
 */
export async function writeZipParallel(entries: readonly { name: string; data: Input }[], opts: WriteOptions, pool: DeflatePool): Promise<Uint8Array> {
  const packed = await pool.pack(entries.map((e) => e.data));
  return assemble(entries, packed, opts.date);
}

/** Work handed out at a time: large enough that messages cost nothing, small enough to balance the threads. */
const BATCH_BYTES = 256 * 1024;
/** Batches a worker holds, so it never waits for this thread to hand it the next one. */
const IN_FLIGHT = 2;

/**
 * Worker threads that compress beside the main thread. Started early (render starts it before drawing the slides),
 * so their start-up — a thread, pako, a cold JIT — overlaps work instead of adding to it. A worker that cannot
 * start or fails leaves its batches to the main thread: the pool can only make things faster, never fail a build.
 */
export class DeflatePool {
  private readonly workers: DeflateWorker[];

  constructor(
    count: number,
    private readonly level = ZIP_LEVEL,
  ) {
    this.workers = Array.from({ length: count }, () => new DeflateWorker(level));
  }

  /**
   * Threads worth starting for this much XML: one per further core (at most 3), none for a small deck. With one
   * spare core, a worker competes with the main thread's own helpers (GC) while it starts: measured on 2 cores it
   * cost 0.1–0.2 s at 100–300 slides, broke even at 1000 and saved 0.6 s at 2000 and 1.5 s at 5000 — so there it
   * starts from about 1000 slides. With more cores it has one of its own (assumed, not measured here).
   */
  static size(estimatedBytes: number, cores = availableParallelism()): number {
    const spare = Math.min(cores - 1, 3);
    if (spare <= 0) return 0;
    return estimatedBytes >= (spare === 1 ? 13_000_000 : 1_500_000) ? spare : 0;
  }

  /** Entries compressed by the worker threads so far (the rest by the main thread). */
  get entriesByWorkers(): number {
    return this.workers.reduce((n, w) => n + w.entriesDone, 0);
  }

  /** Resolves when every worker has started (or failed to). */
  async ready(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.ready));
  }

  async pack(inputs: Input[]): Promise<Packed[]> {
    // Batches of consecutive entries, handed out as threads come free: this thread starts at once, workers join when
    // they are ready, and a slow thread (a busy core) simply takes fewer.
    const batches: [number, number][] = [];
    for (let i = 0, size = 0, start = 0; i < inputs.length; i++) {
      size += inputs[i].length;
      if (size >= BATCH_BYTES || i === inputs.length - 1) {
        batches.push([start, i + 1]);
        start = i + 1;
        size = 0;
      }
    }
    const results: Packed[] = new Array(inputs.length);
    let next = 0;
    const leftover: [number, number][] = []; // batches a worker failed on: this thread does them at the end
    const outstanding = new Set<Promise<void>>(); // worker batches not yet handled (a handler may hand out the next)
    const feed = (w: DeflateWorker): void => {
      if (next >= batches.length || w.failed) return;
      const [from, to] = batches[next++];
      const done: Promise<void> = w.run(inputs.slice(from, to)).then(
        (packed) => {
          packed.forEach((p, k) => (results[from + k] = p));
          feed(w);
        },
        () => void leftover.push([from, to]),
      );
      outstanding.add(done);
      void done.then(() => outstanding.delete(done));
    };
    for (const w of this.workers) w.ready.then(() => Array.from({ length: IN_FLIGHT }, () => feed(w)), () => undefined);

    const pack = packer(this.level);
    while (next < batches.length) {
      const [from, to] = batches[next++];
      for (let i = from; i < to; i++) results[i] = pack(inputs[i]);
      await new Promise<void>((r) => setImmediate(r)); // let the workers' results in, and feed them
    }
    // Wait for what the workers have in hand (a worker still starting has nothing).
    while (outstanding.size) await Promise.all(outstanding);
    for (const [from, to] of leftover) for (let i = from; i < to; i++) results[i] = pack(inputs[i]);
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
  }
}

/** A worker thread running the deflater. Never throws at its caller: failures reject, and mark it failed. */
class DeflateWorker {
  readonly ready: Promise<void>;
  failed = false;
  entriesDone = 0;
  private readonly thread: Worker | undefined;
  private readonly jobs = new Map<number, { resolve: (p: Packed[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(level: number) {
    try {
      this.thread = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...PAKO, level } });
    } catch {
      this.failed = true; // no threads to be had: the main thread does everything
    }
    const t = this.thread;
    if (!t) {
      this.ready = Promise.reject(new Error('no worker'));
      this.ready.catch(() => undefined);
      return;
    }
    // The worker says it is ready once it has loaded pako and warmed its deflater.
    this.ready = new Promise((resolve, reject) => {
      t.once('message', () => resolve());
      t.once('error', reject);
    });
    this.ready.catch(() => undefined);
    t.once('message', () =>
      t.on('message', (msg: { id: number; packed?: Packed[]; error?: string }) => {
        if (!msg.packed) return this.fail(new Error(msg.error)); // rejects this job too: it is still in the map
        this.entriesDone += msg.packed.length;
        this.jobs.get(msg.id)?.resolve(msg.packed);
        this.jobs.delete(msg.id);
      }),
    );
    // An 'error' with no listener would end the process; a worker that fails or ends just stops taking work.
    t.on('error', (e) => this.fail(e));
    t.on('exit', () => this.fail(new Error('deflate worker exited')));
  }

  private fail(e: Error): void {
    this.failed = true;
    for (const job of this.jobs.values()) job.reject(e);
    this.jobs.clear();
  }

  run(inputs: Input[]): Promise<Packed[]> {
    if (this.failed) return Promise.reject(new Error('deflate worker failed'));
    const id = this.nextId++;
    const job = new Promise<Packed[]>((resolve, reject) => this.jobs.set(id, { resolve, reject }));
    this.thread!.postMessage({ id, inputs });
    return job;
  }

  async stop(): Promise<void> {
    this.failed = true;
    await this.thread?.terminate();
  }
}

/** The worker: the same deflater, from its source; strings are encoded to UTF-8 as Buffer.from does. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { crc32 } = require('node:zlib');
const makeDeflater = ${makeDeflater.toString()};
const deflate = makeDeflater(require(workerData.deflate), require(workerData.zstream), workerData.level);
// Warm the JIT on XML-like text before saying ready (while the main thread still draws slides), so the first real
// batch runs at full speed: measured at 5000 slides on 2 cores, 9.3 s without this, 8.2 s with it.
deflate(Buffer.from('<a:p><a:r><a:rPr lang="zh-CN" sz="2000"/><a:t>汇报</a:t></a:r></a:p>'.repeat(2000)));
parentPort.postMessage('ready');
parentPort.on('message', ({ id, inputs }) => {
  try {
    parentPort.postMessage({ id, packed: inputs.map((d) => {
      const data = typeof d === 'string' ? Buffer.from(d, 'utf8') : d;
      return { crc: crc32(data), size: data.length, packed: data.length ? deflate(data) : new Uint8Array(0) };
    }) });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e) });
  }
});
`;

function assemble(entries: readonly { name: string; data: Input }[], packed: readonly Packed[], d: Date): Uint8Array {
  const dosTime = (((d.getUTCHours() << 6) | d.getUTCMinutes()) << 5) | (d.getUTCSeconds() / 2);
  const dosDate = ((((d.getUTCFullYear() - 1980) << 4) | (d.getUTCMonth() + 1)) << 5) | d.getUTCDate();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const { packed: data, crc, size } = packed[i];
    const name = Buffer.from(e.name, 'utf8');
    const unicode = name.length !== e.name.length;
    let extra: Uint8Array = EMPTY;
    if (unicode) {
      // Info-ZIP Unicode Path extra field: version 1, CRC-32 of the header's name, the UTF-8 name.
      extra = Buffer.alloc(4 + 5 + name.length);
      extra[0] = 0x75;
      extra[1] = 0x70;
      extra.set(le(5 + name.length, 2), 2);
      extra[4] = 1;
      extra.set(le(crc32(name), 4), 5);
      extra.set(name, 9);
    }
    // JSZip stores an empty file (method 0, no data) instead of deflating it.
    const header = Buffer.alloc(26);
    header.writeUInt16LE(0x000a, 0); // version needed: 1.0
    header.writeUInt16LE(unicode ? 0x0800 : 0, 2);
    header.writeUInt16LE(size ? 8 : 0, 4); // DEFLATE, or stored
    header.writeUInt16LE(dosTime, 6);
    header.writeUInt16LE(dosDate, 8);
    header.writeUInt32LE(crc, 10);
    header.writeUInt32LE(data.length, 14);
    header.writeUInt32LE(size, 18);
    header.writeUInt16LE(name.length, 22);
    header.writeUInt16LE(extra.length, 24);
    chunks.push(SIG_LOCAL, header, name, extra, data);
    const dir = Buffer.alloc(16);
    dir.writeUInt16LE(0x031e, 0); // made by UNIX, zip 3.0
    // file comment length, disk number, internal attributes: 0
    dir.writeUInt32LE(((0x81b4 & 0xffff) << 16) >>> 0, 8); // -rw-rw-r--
    dir.writeUInt32LE(offset, 12);
    // Central record: signature, made-by, the local header's 26 bytes, comment length/disk/internal/external/offset.
    central.push(SIG_CENTRAL, dir.subarray(0, 2), header, dir.subarray(2, 16), name, extra);
    offset += 4 + header.length + name.length + extra.length + data.length;
  });
  const centralLength = central.reduce((a, c) => a + c.length, 0);
  const end = Buffer.alloc(18);
  end.writeUInt16LE(entries.length, 4);
  end.writeUInt16LE(entries.length, 6);
  end.writeUInt32LE(centralLength, 8);
  end.writeUInt32LE(offset, 12);
  return Buffer.concat([...chunks, ...central, SIG_END, end]);
}

const SIG_LOCAL = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const SIG_CENTRAL = Uint8Array.of(0x50, 0x4b, 0x01, 0x02);
const SIG_END = Uint8Array.of(0x50, 0x4b, 0x05, 0x06);

function le(n: number, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) {
    out[i] = n & 0xff;
    n = n >>> 8;
  }
  return out;
}
