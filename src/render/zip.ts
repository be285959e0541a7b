// The two zip jobs of the post-processing pass, done directly instead of through JSZip's streaming workers:
// reading pptxgenjs' output (STORE, written by JSZip) and writing the final package — byte for byte the archive
// JSZip 3.10 generates with { compression: 'DEFLATE', level 6, platform: 'UNIX' } and a fixed date, because the
// deflate stream comes from the same pako that JSZip compresses with. Measured on 1000 slides: JSZip spent most of
// its time setting up a new 256 KB deflate state per entry (4000 entries) and in its per-chunk worker machinery;
// here one state is reset between entries.
import { createRequire } from 'node:module';
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
interface ZStream {
  input: Uint8Array;
  next_in: number;
  avail_in: number;
  output: Uint8Array;
  next_out: number;
  avail_out: number;
  state: { window: Uint8Array };
}
interface PakoDeflate {
  deflateInit2(strm: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number): number;
  deflateReset(strm: ZStream): number;
  deflate(strm: ZStream, flush: number): number;
}
const requireFromJsZip = createRequire(createRequire(import.meta.url).resolve('jszip'));
const pakoDeflate = requireFromJsZip('pako/lib/zlib/deflate.js') as PakoDeflate;
const PakoZStream = requireFromJsZip('pako/lib/zlib/zstream.js') as new () => ZStream;

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_FINISH = 4;
const Z_DEFLATED = 8;
const Z_DEFAULT_STRATEGY = 0;
const OUT_CHUNK = 64 * 1024;

/** Raw DEFLATE, as pako.Deflate({ raw: true, level }) makes it, with one state reset between inputs. */
class Deflater {
  private readonly strm = new PakoZStream();
  private out = new Uint8Array(OUT_CHUNK);

  constructor(level: number) {
    if (pakoDeflate.deflateInit2(this.strm, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) !== Z_OK) throw new Error('internal: deflateInit2 failed');
  }

  deflate(input: Uint8Array): Uint8Array {
    const s = this.strm;
    pakoDeflate.deflateReset(s);
    s.input = input;
    s.next_in = 0;
    s.avail_in = input.length;
    const pieces: Uint8Array[] = [];
    for (;;) {
      s.output = this.out;
      s.next_out = 0;
      s.avail_out = this.out.length;
      const status = pakoDeflate.deflate(s, Z_FINISH);
      if (status !== Z_OK && status !== Z_STREAM_END) throw new Error(`internal: deflate failed (${status})`);
      pieces.push(this.out.slice(0, s.next_out));
      if (status === Z_STREAM_END) break;
    }
    s.input = EMPTY;
    // A fresh state's window is zeros, and pako (unlike zlib ≥ 1.2.5) does not clear the bytes past the data that a
    // match comparison may read: clear what this input left, so the next entry compresses as if alone.
    s.state.window.fill(0, 0, Math.min(s.state.window.length, input.length + 258));
    return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
  }
}
const EMPTY = new Uint8Array(0);

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
export function writeZip(entries: readonly { name: string; data: Uint8Array | string }[], opts: WriteOptions): Uint8Array {
  const d = opts.date;
  const dosTime = (((d.getUTCHours() << 6) | d.getUTCMinutes()) << 5) | (d.getUTCSeconds() / 2);
  const dosDate = ((((d.getUTCFullYear() - 1980) << 4) | (d.getUTCMonth() + 1)) << 5) | d.getUTCDate();
  const deflater = new Deflater(opts.level);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
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
    const packed = data.length ? deflater.deflate(data) : EMPTY;
    const header = Buffer.alloc(26);
    header.writeUInt16LE(0x000a, 0); // version needed: 1.0
    header.writeUInt16LE(unicode ? 0x0800 : 0, 2);
    header.writeUInt16LE(data.length ? Z_DEFLATED : 0, 4);
    header.writeUInt16LE(dosTime, 6);
    header.writeUInt16LE(dosDate, 8);
    header.writeUInt32LE(crc32(data), 10);
    header.writeUInt32LE(packed.length, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt16LE(name.length, 22);
    header.writeUInt16LE(extra.length, 24);
    chunks.push(SIG_LOCAL, header, name, extra, packed);
    const dir = Buffer.alloc(16);
    dir.writeUInt16LE(0x031e, 0); // made by UNIX, zip 3.0
    // file comment length, disk number, internal attributes: 0
    dir.writeUInt32LE(((0x81b4 & 0xffff) << 16) >>> 0, 8); // -rw-rw-r--
    dir.writeUInt32LE(offset, 12);
    // Central record: signature, made-by, the local header's 26 bytes, comment length/disk/internal/external/offset.
    central.push(SIG_CENTRAL, dir.subarray(0, 2), header, dir.subarray(2, 16), name, extra);
    offset += 4 + header.length + name.length + extra.length + packed.length;
  }
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
