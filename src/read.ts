// Bounded reads: a file is read up to a byte cap counted while reading (not trusted from stat(): /dev/zero and
// /proc files say 0 and never end, a FIFO blocks), and only regular files are read — or standard input, by choice.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { HuibaoError } from './errors.js';

export class ReadRefused extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'folder' | 'special' | 'too-large' | 'unreadable',
  ) {
    super(message);
  }
}

const mb = (n: number) => `${+(n / 1048576).toFixed(1)} MB`;

/** Is this open file our standard input (`/dev/stdin`, `/proc/self/fd/0`)? */
export function isStdin(st: Stats): boolean {
  try {
    const s0 = fstatSync(0);
    return s0.dev === st.dev && s0.ino === st.ino && !st.isFile();
  } catch {
    return false;
  }
}

/** Read everything from `fd` but at most `cap` bytes; more is an error (found by counting, not by stat). */
export function readFdCapped(fd: number, cap: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      // A non-blocking pipe with nothing in it yet: wait a little and try again.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > cap) throw new ReadRefused(`larger than the ${mb(cap)} limit`, 'too-large');
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/**
 * A regular file's bytes, at most `cap`. A folder, device, FIFO or socket is refused without reading (a FIFO is
 * opened non-blocking, so even that does not wait) — except standard input reached by a path like /dev/stdin, which
 * is read like `-`.
 */
export function readFileCapped(file: string, cap: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadRefused('no such file', 'missing');
    if (code === 'EISDIR') throw new ReadRefused('is a folder', 'folder');
    throw new ReadRefused(`cannot read the file (${code ?? 'error'})`, 'unreadable');
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadRefused('is a folder', 'folder');
    if (!st.isFile()) {
      if (isStdin(st)) return readFdCapped(0, cap);
      throw new ReadRefused('is not a regular file (a device, pipe or socket)', 'special');
    }
    if (st.size > cap) throw new ReadRefused(`is ${(st.size / 1048576).toFixed(1)} MB; the limit is ${mb(cap)}`, 'too-large');
    return readFdCapped(fd, cap);
  } catch (e) {
    if (e instanceof ReadRefused) throw e;
    throw new ReadRefused(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 'unreadable');
  } finally {
    closeSync(fd);
  }
}

/** Standard input, at most `cap` bytes. */
export function readStdinCapped(cap: number): Buffer {
  try {
    return readFdCapped(0, cap);
  } catch (e) {
    if (e instanceof ReadRefused) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    // Reading a terminal that was closed, or no stdin at all.
    if (code === 'EOF' || code === 'EBADF') return Buffer.alloc(0);
    throw new ReadRefused(`cannot read standard input (${code ?? 'error'})`, 'unreadable');
  }
}

/**
 * A PowerPoint template (.pptx/.potx): read like every other input — capped while reading, regular files only (a
 * FIFO or `x.pptx -> /dev/zero` is refused, not waited on) — with one clear HuibaoError for each refusal.
 */
export function readTemplateFile(file: string, shown = file): Buffer {
  try {
    return readFileCapped(file, MAX_TEMPLATE_BYTES);
  } catch (e) {
    if (!(e instanceof ReadRefused)) throw e;
    const why = e.reason === 'missing' ? 'template not found' : e.reason === 'special' ? 'the template is not a regular file (a device, pipe or socket); refusing to read it' : `cannot read the template: ${e.message}`;
    throw new HuibaoError(why, { file: shown });
  }
}

/** A template's own size (the largest real one here is 1.5 MB; its unpacked size is capped in src/template/read.ts). */
export const MAX_TEMPLATE_BYTES = 100 * 1024 * 1024;

/** A theme file is a page of settings: 1 MB is far more than any needs. */
export const MAX_THEME_BYTES = 1024 * 1024;
