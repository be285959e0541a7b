// The two zip jobs of the post-processing pass — reading pptxgenjs' output and writing the final package — done by
// fflate (pure JavaScript, so the DEFLATE bytes are the same on every machine, unlike node:zlib, whose bundled zlib
// picks CPU-specific code paths). Replaced a hand-made reader/writer and a worker-thread pool around pako's
// internals (issue 16; the measured cost is in bench/zip.mjs and the README's Reliability section).
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** The DEFLATE level every deck is written with (zlib's default). */
export const ZIP_LEVEL = 6;

export interface WriteOptions {
  /** Every entry's modification time, read in UTC (the same on every machine, whatever its time zone). */
  date: Date;
  level: number;
}

/** The files of a zip, in the archive's order, without folder entries. */
export async function readZip(raw: Uint8Array): Promise<ZipEntry[]> {
  const files = unzipSync(raw, { filter: (f) => !f.name.endsWith('/') });
  return Object.keys(files).map((name) => ({ name, data: files[name] }));
}

/** A DEFLATE zip of the entries, in their order, every entry with the same date. Same input, same bytes. */
export function writeZip(entries: readonly { name: string; data: Uint8Array | string }[], opts: WriteOptions): Uint8Array {
  const d = opts.date;
  // fflate writes the DOS time from the Date's local fields: give it the local date whose fields are the UTC ones.
  const mtime = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  const files: Zippable = {};
  for (const e of entries) {
    // A name that is an array index would be moved to the front by the object's own key order.
    if (/^\d+$/.test(e.name) || Object.hasOwn(files, e.name)) throw new Error(`internal: zip entry name ${JSON.stringify(e.name)} cannot be written`);
    files[e.name] = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
  }
  return zipSync(files, { level: opts.level as 6, mtime });
}
