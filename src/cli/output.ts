// Writing a file the user asked for (a deck, an outline, a theme, the schema): never half a file, never over the
// input, never over something that is not ours to replace, never through a link an attacker planted.
//
// Why not write-file-atomic (7.0.1, read for this): it ignores writeSync's byte count (a short write on a nearly full
// disk or under `ulimit -f` is reported as success), opens its temp file with 'w' (a symlink planted at the temp name
// is followed) and derives the name from the pid and a counter (guessable). Its good ideas are kept here: write to a
// temp file beside the target, fsync, keep the target's mode and owner, rename onto the real path of a symlink.
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isatty } from 'node:tty';
import { HuibaoError } from '../errors.js';
import { isStdin } from '../read.js';

/** The fs calls the writer makes; tests inject failures through this. */
export type WriterFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'fchmodSync' | 'fchownSync' | 'lstatSync' | 'statSync' | 'realpathSync' | 'readdirSync'
>;

/** `-` as an input or output: standard input / standard output. */
export const STDIO = '-';

/**
 * The output for `input` when -o is not given: beside it with .pptx. Standard input (`-`, or a path to it such as
 * /dev/stdin) has no name to put beside: -o is then required.
 */
export function outputFor(input: string, output: string | undefined): string {
  if (output !== undefined) return output;
  let stdin = input === STDIO;
  try {
    const st = nodeFs.statSync(input);
    const s0 = nodeFs.fstatSync(0);
    // `huibao build /dev/stdin < talk.md` too: the same file as standard input, whatever its kind.
    stdin ||= isStdin(st) || (st.dev === s0.dev && st.ino === s0.ino && /^\/(dev|proc)\//.test(path.resolve(input)));
  } catch {
    /* missing: reading it says so, with its name */
  }
  if (stdin) throw new HuibaoError('reading standard input (or a pipe) needs -o FILE, or -o - for standard output', {}, 2);
  return defaultOutput(input);
}

export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return (ext ? input.slice(0, -ext.length) : input) + '.pptx';
}

export interface OutputRules {
  /** The file being read: the output may not be it (by any spelling or link). */
  input?: string;
  /** Replace an existing file of another kind. */
  force?: boolean;
  /** 'deck': an existing .pptx zip (or an empty file) is replaced without --force. 'text': any existing file needs --force. */
  kind?: 'deck' | 'text';
  /** For 'text': an existing file whose first bytes pass this is ours to replace without --force. */
  replaceable?: (head: Buffer) => boolean;
}

/** Check before any work is done that `out` may be written; the same rules are enforced again while writing. */
export function checkOutput(out: string, input: string | undefined, force: boolean, kind: 'deck' | 'text' = 'deck'): void {
  checkOutputPath(out, { input, force, kind });
}

export function checkOutputPath(out: string, rules: OutputRules = {}): void {
  if (out === '') throw new HuibaoError('the output file name is empty (give -o a file name, or - for standard output)', {}, 2);
  if (out === STDIO) return;
  const abs = path.resolve(out);
  const real = realTarget(out, nodeFs);
  if (rules.input && rules.input !== STDIO && (abs === path.resolve(rules.input) || real === realOr(rules.input))) {
    throw new HuibaoError('the output would overwrite the input; choose another name with -o', { file: out });
  }
  const dir = path.dirname(real);
  let dst: nodeFs.Stats | undefined;
  try {
    dst = nodeFs.statSync(dir);
  } catch {
    throw new HuibaoError(`the folder ${dir} does not exist`, { file: out });
  }
  if (!dst.isDirectory()) throw new HuibaoError(`${dir} is not a folder`, { file: out });
  const st = statOrUndefined(real);
  if (!st) return;
  refuseSpecial(st, out);
  // The rename would silently replace a read-only file (only the folder's permission counts on Unix, and root
  // ignores even that): look at the file's own write bits, as the user means "read-only".
  if ((st.mode & 0o222) === 0) throw new HuibaoError('the file is read-only; make it writable or choose another name with -o', { file: out });
  if (rules.force) return;
  if ((rules.kind ?? 'deck') === 'text') {
    if (rules.replaceable?.(readHead(real, 512))) return;
    throw new HuibaoError('the file already exists; use --force to replace it', { file: out });
  }
  if (!looksLikePptx(real)) throw new HuibaoError('a file that is not a .pptx deck is already there; use --force to replace it', { file: out });
}

function refuseSpecial(st: nodeFs.Stats, out: string): void {
  if (st.isDirectory()) throw new HuibaoError('the output path is a folder', { file: out });
  if (!st.isFile()) {
    throw new HuibaoError('the output is a device, pipe or socket, not a file; choose a file name (or - for standard output)', { file: out });
  }
}

function statOrUndefined(p: string, fs: WriterFs = nodeFs): nodeFs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function realOr(p: string): string {
  try {
    return nodeFs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Where the bytes really go: a symlink is written through to its target (the link stays a link), so the temp file
 * sits beside the target and the rename replaces the target. A link to nowhere is refused: creating a file at a
 * place a link points to is how a planted link redirects a write.
 */
function realTarget(out: string, fs: WriterFs): string {
  const abs = path.resolve(out);
  let l: nodeFs.Stats;
  try {
    l = fs.lstatSync(abs);
  } catch {
    // Not there: the folder may itself be reached through links; the file is created in the real folder.
    return path.join(realOrDir(path.dirname(abs), fs), path.basename(abs));
  }
  if (!l.isSymbolicLink()) return path.join(realOrDir(path.dirname(abs), fs), path.basename(abs));
  try {
    return fs.realpathSync(abs);
  } catch {
    throw new HuibaoError('the output is a symbolic link to a file that does not exist; remove the link or choose another name with -o', { file: out });
  }
}

function realOrDir(dir: string, fs: WriterFs): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return dir;
  }
}

function readHead(file: string, n: number): Buffer {
  const fd = nodeFs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(n);
    return head.subarray(0, nodeFs.readSync(fd, head, 0, n, 0));
  } finally {
    nodeFs.closeSync(fd);
  }
}

function looksLikePptx(file: string): boolean {
  if (path.extname(file).toLowerCase() !== '.pptx') return false;
  const head = readHead(file, 4);
  // An empty file (a failed earlier save) may be replaced; otherwise it must be a zip.
  return head.length === 0 || (head[0] === 0x50 && head[1] === 0x4b);
}

// ---- temp files: `.NAME.<pid>-<12 random hex>.tmp` beside the target ----

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Our temp names for `base` (also the older `.NAME.<pid>.tmp`); group 1 is the writer's pid. */
export function tempPattern(base: string): RegExp {
  return new RegExp(`^\\.${escapeRe(base)}\\.(\\d+)(?:-[0-9a-f]{12})?\\.tmp$`);
}

function tempName(real: string): string {
  return path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

const STALE_MS = 60 * 60 * 1000;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A writer killed outright (SIGKILL, power loss) leaves its temp file behind; the next write of the same output
 * removes those of our own naming: regular files (not links) whose writer is gone or that are over an hour old.
 */
export function cleanStaleTemps(real: string, fs: WriterFs = nodeFs, now = Date.now()): string[] {
  const dir = path.dirname(real);
  const re = tempPattern(path.basename(real));
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir) as string[];
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    const p = path.join(dir, name);
    try {
      const st = fs.lstatSync(p);
      if (!st.isFile()) continue;
      if (alive(Number(m[1])) && now - st.mtimeMs < STALE_MS) continue;
      fs.unlinkSync(p);
      removed.push(p);
    } catch {
      /* gone meanwhile, or not ours to remove */
    }
  }
  return removed;
}

// ---- Ctrl-C: the temp file goes, the old file stays ----

let pendingTemp: string | undefined;
let handlersInstalled = false;

function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      if (pendingTemp) {
        try {
          nodeFs.unlinkSync(pendingTemp);
        } catch {
          /* already gone */
        }
      }
      process.exit(130);
    });
  }
}

/** Every byte, or an error: writeSync may write fewer bytes than asked (a nearly full disk, `ulimit -f`). */
function writeAll(fs: WriterFs, fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    const n = fs.writeSync(fd, bytes, off, bytes.length - off);
    if (!(n > 0)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    off += n;
  }
}

/**
 * Write `bytes` to `out` atomically: a temp file created exclusively (O_EXCL, so never through a planted link) with
 * an unpredictable name in the target's folder, every byte written and fsynced, the old file's mode and owner kept,
 * then renamed onto the target. On any failure the temp file is removed and the old file is left as it was.
 * `-` writes to standard output.
 */
export function writeAtomic(out: string, bytes: Uint8Array, fs: WriterFs = nodeFs): void {
  if (out === '') throw new HuibaoError('the output file name is empty (give -o a file name, or - for standard output)', {}, 2);
  if (out === STDIO) {
    writeStdout(bytes);
    return;
  }
  const real = realTarget(out, fs);
  const old = statOrUndefined(real, fs);
  if (old) refuseSpecial(old, out);
  cleanStaleTemps(real, fs);
  const tmp = tempName(real);
  installSignalCleanup();
  let created = false;
  try {
    const fd = fs.openSync(tmp, 'wx', old ? old.mode & 0o7777 : 0o666);
    created = true;
    pendingTemp = tmp;
    try {
      if (old) keepModeAndOwner(fs, fd, old);
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, real);
    created = false;
    syncFolder(path.dirname(real));
  } catch (e) {
    if (created) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* nothing to remove */
      }
    }
    throw writeError(e, out);
  } finally {
    pendingTemp = undefined;
  }
}

function keepModeAndOwner(fs: WriterFs, fd: number, old: nodeFs.Stats): void {
  fs.fchmodSync(fd, old.mode & 0o7777);
  if (process.getuid && (old.uid !== process.getuid() || old.gid !== process.getgid?.())) {
    try {
      fs.fchownSync(fd, old.uid, old.gid);
    } catch (e) {
      // Only root may give a file away; for anyone else the new deck is theirs, as any editor's save would be.
      if (process.getuid() === 0) throw e;
    }
  }
}

/** The rename is durable only once the folder is synced (best effort: not every filesystem allows it). */
function syncFolder(dir: string): void {
  try {
    const fd = nodeFs.openSync(dir, 'r');
    try {
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  } catch {
    /* not supported here */
  }
}

function writeStdout(bytes: Uint8Array): void {
  if (isatty(1)) throw new HuibaoError('standard output is a terminal; redirect it to a file (huibao build x.md -o - > x.pptx)', {}, 2);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += nodeFs.writeSync(1, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe that is full: try again
      if (code === 'EPIPE') throw new HuibaoError('standard output was closed before everything was written');
      throw new HuibaoError(`cannot write to standard output (${code ?? (e as Error).message})`);
    }
  }
}

function writeError(e: unknown, out: string): HuibaoError {
  if (e instanceof HuibaoError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new HuibaoError('cannot write here: permission denied (is the file read-only, or open in PowerPoint?)', { file: out });
  if (code === 'EBUSY') return new HuibaoError('the file is in use (close it in PowerPoint or WPS and try again)', { file: out });
  if (code === 'ENOSPC' || code === 'EDQUOT') return new HuibaoError('the disk is full; nothing was written (an existing file was left as it was)', { file: out });
  if (code === 'EFBIG') return new HuibaoError('the file would exceed the size limit for files (ulimit -f); nothing was written (an existing file was left as it was)', { file: out });
  return new HuibaoError(`cannot write the file (${code ?? (e as Error).message}); an existing file was left as it was`, { file: out });
}
