// Writing the deck: never half a file, never over the input, never over something that is not a deck.
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { HuibaoError } from '../errors.js';

export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return (ext ? input.slice(0, -ext.length) : input) + '.pptx';
}

export function checkOutput(out: string, input: string | undefined, force: boolean): void {
  const abs = path.resolve(out);
  if (input && abs === path.resolve(input)) throw new HuibaoError('the output would overwrite the input; choose another name with -o', { file: out });
  const dir = path.dirname(abs);
  if (!existsSync(dir)) throw new HuibaoError(`the folder ${dir} does not exist`, { file: out });
  if (!statSync(dir).isDirectory()) throw new HuibaoError(`${dir} is not a folder`, { file: out });
  if (existsSync(abs)) {
    const st = statSync(abs);
    if (st.isDirectory()) throw new HuibaoError('the output path is a folder', { file: out });
    // The rename in writeAtomic would silently replace a read-only file (only the folder's permission counts on
    // Unix, and root ignores even that): look at the file's own write bits, as the user means "read-only".
    if ((st.mode & 0o222) === 0) throw new HuibaoError('the file is read-only; make it writable or choose another name with -o', { file: out });
    if (!force && !looksLikePptx(abs)) {
      throw new HuibaoError('a file that is not a .pptx deck is already there; use --force to replace it', { file: out });
    }
  }
}

function looksLikePptx(file: string): boolean {
  if (path.extname(file).toLowerCase() !== '.pptx') return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    // An empty file (a failed earlier save) may be replaced; otherwise it must be a zip.
    return n === 0 || (head[0] === 0x50 && head[1] === 0x4b);
  } finally {
    closeSync(fd);
  }
}

let pendingTemp: string | undefined;
let handlersInstalled = false;

/** Remove a half-written temp file if the user presses Ctrl-C. */
function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      if (pendingTemp) {
        try {
          unlinkSync(pendingTemp);
        } catch {
          /* already gone */
        }
      }
      process.exit(130);
    });
  }
}

/** Write to a temp file in the target folder, then rename into place (atomic on the same filesystem). */
export function writeAtomic(out: string, bytes: Uint8Array): void {
  const abs = path.resolve(out);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  installSignalCleanup();
  pendingTemp = tmp;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, abs);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing written */
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new HuibaoError('cannot write here: permission denied (is the file read-only, or open in PowerPoint?)', { file: out });
    if (code === 'EBUSY') throw new HuibaoError('the file is in use (close it in PowerPoint or WPS and try again)', { file: out });
    if (code === 'ENOSPC') throw new HuibaoError('the disk is full', { file: out });
    throw new HuibaoError(`cannot write the file (${code ?? (e as Error).message})`, { file: out });
  } finally {
    pendingTemp = undefined;
  }
}
