// The output rules and the safe writer at their edges, called directly (the CLI tests drive them through a build):
// each refusal's message, the deck-or-text rule, every write error's message, the owner kept when replacing, and
// which temp files count as stale. Written against the survivors of a mutation run on src/cli/output.ts (issue 18).
import * as fs from 'node:fs';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkOutput, checkOutputPath, cleanStaleTemps, defaultOutput, outputFor, tempPattern, writeAtomic, type WriterFs } from '../../src/cli/output.js';
import { HuibaoError } from '../../src/errors.js';

// Standard output and the Ctrl-C handler use node:fs directly (not the injected fs): these hooks let a test see and
// fail writes to fd 1, see every unlink, and pretend fd 1 is a terminal. By default everything passes through.
const hooks = vi.hoisted(() => ({
  stdout: undefined as undefined | ((bytes: Uint8Array, off: number, len: number) => number),
  unlinked: [] as string[],
  tty: undefined as boolean | undefined,
  /** fstatSync(0) answers with this file's stat: standard input redirected from a regular file. */
  stdinFile: undefined as string | undefined,
  /** openSync / fsyncSync / closeSync calls, while set. */
  calls: undefined as undefined | [string, unknown][],
}));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, ...rest: unknown[]) =>
    fd === 1 && hooks.stdout ? hooks.stdout(rest[0] as Uint8Array, rest[1] as number, rest[2] as number) : (real.writeSync as (...a: unknown[]) => number)(fd, ...rest)) as typeof real.writeSync;
  const unlinkSync = ((p: fs.PathLike) => (hooks.unlinked.push(String(p)), real.unlinkSync(p))) as typeof real.unlinkSync;
  const fstatSync = ((fd: number, ...rest: unknown[]) =>
    fd === 0 && hooks.stdinFile ? real.statSync(hooks.stdinFile) : (real.fstatSync as (...a: unknown[]) => unknown)(fd, ...rest)) as typeof real.fstatSync;
  const openSync = ((...a: unknown[]) => {
    const fd = (real.openSync as (...a: unknown[]) => number)(...a);
    hooks.calls?.push(['open', [a[0], a[1], fd]]);
    return fd;
  }) as typeof real.openSync;
  const fsyncSync = ((fd: number) => (hooks.calls?.push(['fsync', fd]), real.fsyncSync(fd))) as typeof real.fsyncSync;
  const closeSync = ((fd: number) => (hooks.calls?.push(['close', fd]), real.closeSync(fd))) as typeof real.closeSync;
  const over = { writeSync, unlinkSync, fstatSync, openSync, fsyncSync, closeSync };
  return { ...real, default: { ...real, ...over }, ...over };
});
vi.mock('node:tty', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:tty')>();
  const isatty = (fd: number) => hooks.tty ?? real.isatty(fd);
  return { ...real, default: { ...real, isatty }, isatty };
});

const ZIP = Buffer.from('PK\x03\x04rest of a zip', 'latin1');

function dir(): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), 'huibao-output-')));
}

/** The HuibaoError `fn` throws: its message, file and exit code. */
function refusal(fn: () => unknown): { message: string; file?: string; exitCode: number } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HuibaoError);
    const h = e as HuibaoError;
    return { message: h.message, file: h.file, exitCode: h.exitCode };
  }
  throw new Error('expected a HuibaoError, nothing was thrown');
}

const withFs = (over: Partial<WriterFs>): WriterFs => ({ ...fs, ...over }) as WriterFs;
const errno = (code: string | undefined, message = 'boom') => Object.assign(new Error(message), code ? { code } : {});
const temps = (d: string) => fs.readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('default output names', () => {
  it('the input beside itself with .pptx; an explicit -o wins', () => {
    expect(defaultOutput('talk.md')).toBe('talk.pptx');
    expect(defaultOutput('notes/v1.2/talk')).toBe('notes/v1.2/talk.pptx');
    expect(defaultOutput('a/talk.outline.txt')).toBe('a/talk.outline.pptx');
    const d = dir();
    const input = path.join(d, 'talk.md');
    writeFileSync(input, '# x\n');
    expect(outputFor(input, undefined)).toBe(path.join(d, 'talk.pptx'));
    expect(outputFor(input, 'other.pptx')).toBe('other.pptx');
    expect(outputFor('-', 'x.pptx')).toBe('x.pptx');
    expect(outputFor(path.join(d, 'missing.md'), undefined)).toBe(path.join(d, 'missing.pptx'));
  });

  it('standard input has no name to put a deck beside: -o is required (exit 2)', () => {
    expect(refusal(() => outputFor('-', undefined))).toEqual({ message: 'reading standard input (or a pipe) needs -o FILE, or -o - for standard output', file: undefined, exitCode: 2 });
  });
});

describe('checkOutputPath', () => {
  it('an empty name (exit 2); standard output is always fine', () => {
    expect(refusal(() => checkOutputPath(''))).toEqual({ message: 'the output file name is empty (give -o a file name, or - for standard output)', file: undefined, exitCode: 2 });
    expect(() => checkOutputPath('-', { input: '-' })).not.toThrow();
  });

  it('the input, by another spelling or through a link; a build from standard input may write anywhere', () => {
    const d = dir();
    const input = path.join(d, 'talk.md');
    writeFileSync(input, '# x\n');
    symlinkSync(input, path.join(d, 'link.md'));
    const msg = { message: 'the output would overwrite the input; choose another name with -o', exitCode: 1 };
    expect(refusal(() => checkOutputPath(path.join(d, 'sub', '..', 'talk.md'), { input, force: true }))).toMatchObject(msg);
    expect(refusal(() => checkOutputPath(path.join(d, 'link.md'), { input, force: true }))).toMatchObject({ ...msg, file: path.join(d, 'link.md') });
    expect(refusal(() => checkOutput(input, path.join(d, 'link.md'), true))).toMatchObject(msg);
    expect(() => checkOutputPath(path.join(d, 'new.pptx'), { input: '-' })).not.toThrow();
    expect(() => checkOutputPath(path.join(d, 'new.pptx'), { input })).not.toThrow();
  });

  it('the folder must exist and be a folder', () => {
    const d = dir();
    writeFileSync(path.join(d, 'file'), 'x');
    expect(refusal(() => checkOutputPath(path.join(d, 'no', 'x.pptx')))).toEqual({ message: `the folder ${path.join(d, 'no')} does not exist`, file: path.join(d, 'no', 'x.pptx'), exitCode: 1 });
    expect(refusal(() => checkOutputPath(path.join(d, 'file', 'x.pptx')))).toEqual({ message: `${path.join(d, 'file')} is not a folder`, file: path.join(d, 'file', 'x.pptx'), exitCode: 1 });
  });

  it('a folder, a device, a read-only file: refused even with --force', () => {
    const d = dir();
    mkdirSync(path.join(d, 'deck.pptx'));
    expect(refusal(() => checkOutputPath(path.join(d, 'deck.pptx'), { force: true })).message).toBe('the output path is a folder');
    expect(refusal(() => checkOutputPath('/dev/null', { force: true })).message).toBe('the output is a device, pipe or socket, not a file; choose a file name (or - for standard output)');
    const ro = path.join(d, 'ro.pptx');
    writeFileSync(ro, ZIP, { mode: 0o444 });
    expect(refusal(() => checkOutputPath(ro, { force: true })).message).toBe('the file is read-only; make it writable or choose another name with -o');
    // One write bit (group or other) is enough to count as writable.
    fs.chmodSync(ro, 0o464);
    expect(() => checkOutputPath(ro)).not.toThrow();
  });

  it('a deck: an existing zip .pptx (any case) or an empty .pptx is replaced; anything else needs --force', () => {
    const d = dir();
    const put = (name: string, bytes: Buffer | string) => (writeFileSync(path.join(d, name), bytes), path.join(d, name));
    const notDeck = 'a file that is not a .pptx deck is already there; use --force to replace it';
    expect(() => checkOutputPath(put('a.pptx', ZIP))).not.toThrow();
    expect(() => checkOutputPath(put('b.PPTX', ZIP))).not.toThrow();
    expect(() => checkOutputPath(put('c.pptx', ''))).not.toThrow();
    expect(refusal(() => checkOutputPath(put('d.pptx', 'PX\x03\x04'))).message).toBe(notDeck);
    expect(refusal(() => checkOutputPath(put('e.pptx', 'QK\x03\x04'))).message).toBe(notDeck);
    expect(refusal(() => checkOutputPath(put('f.zip', ZIP))).message).toBe(notDeck);
    expect(refusal(() => checkOutputPath(put('g.pptx', 'P'))).message).toBe(notDeck);
    expect(() => checkOutputPath(path.join(d, 'f.zip'), { force: true })).not.toThrow();
    expect(() => checkOutput(path.join(d, 'f.zip'), undefined, true)).not.toThrow();
    expect(refusal(() => checkOutput(path.join(d, 'f.zip'), undefined, false)).message).toBe(notDeck);
  });

  it('text: any existing file needs --force, unless its first 512 bytes say it is ours', () => {
    const d = dir();
    const file = path.join(d, 'talk.md');
    writeFileSync(file, 'x'.repeat(600));
    expect(refusal(() => checkOutputPath(file, { kind: 'text' }))).toEqual({ message: 'the file already exists; use --force to replace it', file, exitCode: 1 });
    expect(refusal(() => checkOutput(file, undefined, false, 'text')).message).toBe('the file already exists; use --force to replace it');
    expect(() => checkOutputPath(file, { kind: 'text', force: true })).not.toThrow();
    const heads: number[] = [];
    expect(() => checkOutputPath(file, { kind: 'text', replaceable: (h) => (heads.push(h.length), h.toString() === 'x'.repeat(512)) })).not.toThrow();
    expect(heads).toEqual([512]);
    expect(refusal(() => checkOutputPath(file, { kind: 'text', replaceable: () => false })).message).toBe('the file already exists; use --force to replace it');
    // A zip is not a text file's to replace.
    writeFileSync(file, ZIP);
    expect(refusal(() => checkOutputPath(file, { kind: 'text' })).message).toBe('the file already exists; use --force to replace it');
  });
});

describe('writeAtomic: errors say what happened, and the old file stays', () => {
  const cases: [string | undefined, string][] = [
    ['EACCES', 'cannot write here: permission denied (is the file read-only, or open in PowerPoint?)'],
    ['EPERM', 'cannot write here: permission denied (is the file read-only, or open in PowerPoint?)'],
    ['EROFS', 'cannot write here: permission denied (is the file read-only, or open in PowerPoint?)'],
    ['EBUSY', 'the file is in use (close it in PowerPoint or WPS and try again)'],
    ['ENOSPC', 'the disk is full; nothing was written (an existing file was left as it was)'],
    ['EDQUOT', 'the disk is full; nothing was written (an existing file was left as it was)'],
    ['EFBIG', 'the file would exceed the size limit for files (ulimit -f); nothing was written (an existing file was left as it was)'],
    ['EIO', 'cannot write the file (EIO); an existing file was left as it was'],
    [undefined, 'cannot write the file (boom); an existing file was left as it was'],
  ];
  it.each(cases)('%s → %s', (code, message) => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    writeFileSync(out, ZIP);
    const failing = withFs({ writeSync: () => { throw errno(code); } });
    expect(refusal(() => writeAtomic(out, new Uint8Array([1, 2, 3]), failing))).toEqual({ message, file: out, exitCode: 1 });
    expect(readFileSync(out)).toEqual(ZIP);
    expect(temps(d)).toEqual([]);
  });

  it('an empty name (exit 2)', () => {
    expect(refusal(() => writeAtomic('', new Uint8Array([1])))).toEqual({ message: 'the output file name is empty (give -o a file name, or - for standard output)', file: undefined, exitCode: 2 });
  });

  it('a failure to create the temp file leaves nothing to remove, and says why', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    const unlinked: string[] = [];
    const failing = withFs({ openSync: () => { throw errno('EACCES'); }, unlinkSync: (p: fs.PathLike) => void unlinked.push(String(p)) });
    expect(refusal(() => writeAtomic(out, new Uint8Array([1]), failing)).message).toBe('cannot write here: permission denied (is the file read-only, or open in PowerPoint?)');
    expect(unlinked).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a write that takes no byte (a full disk, ulimit -f) is the disk-full error, not a loop or a short file', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    writeFileSync(out, ZIP);
    let calls = 0;
    const full = withFs({ writeSync: ((fd: number, b: Uint8Array, off: number, len: number) => (++calls === 1 ? fs.writeSync(fd, b, off, Math.min(len, 2)) : 0)) as WriterFs['writeSync'] });
    expect(refusal(() => writeAtomic(out, new Uint8Array([1, 2, 3, 4]), full))).toEqual({ message: 'the disk is full; nothing was written (an existing file was left as it was)', file: out, exitCode: 1 });
    expect(calls).toBe(2);
    expect(readFileSync(out)).toEqual(ZIP);
    expect(temps(d)).toEqual([]);
    const negative = withFs({ writeSync: (() => -1) as WriterFs['writeSync'] });
    expect(refusal(() => writeAtomic(out, new Uint8Array([1]), negative)).message).toBe('the disk is full; nothing was written (an existing file was left as it was)');
  });

  it('every byte is written even when the disk takes them a few at a time', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 251));
    const slow = withFs({ writeSync: ((fd: number, b: Uint8Array, off: number, len: number) => fs.writeSync(fd, b, off, Math.min(len, 7))) as WriterFs['writeSync'] });
    writeAtomic(out, bytes, slow);
    expect(new Uint8Array(readFileSync(out))).toEqual(bytes);
    expect(temps(d)).toEqual([]);
  });
});

describe('writeAtomic: the replaced file keeps its owner', () => {
  it('a file of another group (or user) gets its owner back; a file of ours is not chowned', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    writeFileSync(out, ZIP);
    const calls: [number, number][] = [];
    const spy = withFs({ fchownSync: ((fd: number, uid: number, gid: number) => (calls.push([uid, gid]), fs.fchownSync(fd, uid, gid))) as WriterFs['fchownSync'] });
    writeAtomic(out, ZIP, spy);
    expect(calls).toEqual([]);
    chownSync(out, process.getuid!(), 4321);
    writeAtomic(out, ZIP, spy);
    expect(calls).toEqual([[process.getuid!(), 4321]]);
    expect(statSync(out).gid).toBe(4321);
    chownSync(out, 4322, process.getgid!());
    writeAtomic(out, ZIP, spy);
    expect(calls[1]).toEqual([4322, process.getgid!()]);
    expect(statSync(out).uid).toBe(4322);
  });

  it.runIf(process.getuid?.() === 0)('as root, a failing chown is an error (root can give a file away, so failing means something is wrong)', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    writeFileSync(out, ZIP);
    chownSync(out, 4321, 4321);
    const failing = withFs({ fchownSync: () => { throw errno('EPERM'); } });
    expect(refusal(() => writeAtomic(out, new Uint8Array([0x50, 0x4b, 9]), failing)).message).toBe('cannot write here: permission denied (is the file read-only, or open in PowerPoint?)');
    expect(readFileSync(out)).toEqual(ZIP);
    expect(temps(d)).toEqual([]);
  });
});

describe('stale temp files', () => {
  it('a live writer’s temp file is stale after an hour, not before; a dead writer’s at once; links and other names never', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    const mine = path.join(d, `.deck.pptx.${process.pid}-0123456789ab.tmp`);
    const dead = path.join(d, '.deck.pptx.999999999.tmp');
    const other = path.join(d, '.deck2.pptx.999999999.tmp');
    for (const f of [mine, dead, other]) writeFileSync(f, 'half');
    symlinkSync('/etc/hostname', path.join(d, '.deck.pptx.999999998.tmp'));
    const t = statSync(mine).mtimeMs;
    expect(cleanStaleTemps(out, fs as WriterFs, t + 59 * 60_000)).toEqual([dead]);
    expect(cleanStaleTemps(out, fs as WriterFs, t + 59 * 60_000)).toEqual([]);
    expect(cleanStaleTemps(out, fs as WriterFs, t + 61 * 60_000)).toEqual([mine]);
    expect(temps(d).sort()).toEqual(['.deck.pptx.999999998.tmp', '.deck2.pptx.999999999.tmp']);
  });

  it('an old file of a live writer counts by its own time', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    const mine = path.join(d, `.deck.pptx.${process.pid}.tmp`);
    writeFileSync(mine, 'half');
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(mine, old, old);
    expect(cleanStaleTemps(out)).toEqual([mine]);
  });

  it('a folder that cannot be read has nothing to clean; names with regex characters match only themselves', () => {
    expect(cleanStaleTemps('/nonexistent-folder/x.pptx')).toEqual([]);
    const re = tempPattern('a+b (1).pptx');
    expect(re.test('.a+b (1).pptx.12.tmp')).toBe(true);
    expect(re.test('.a+b (1).pptx.12-0123456789ab.tmp')).toBe(true);
    expect(re.test('.aab (1).pptx.12.tmp')).toBe(false);
    expect(re.test('.a+b 1.pptx.12.tmp')).toBe(false);
    expect(re.test('.a+b (1).pptx.12-0123456789AB.tmp')).toBe(false);
    expect(re.test('.a+b (1).pptx.12-0123456789a.tmp')).toBe(false);
    expect(re.test('x.a+b (1).pptx.12.tmp')).toBe(false);
    expect(re.test('.a+b (1).pptx.12.tmp.bak')).toBe(false);
    expect(re.exec('.a+b (1).pptx.4711-0123456789ab.tmp')?.[1]).toBe('4711');
  });
});

describe('standard output (-o -)', () => {
  /** Run `fn` with fd 1 captured: `write` decides how many bytes each writeSync(1, …) takes (or throws). */
  function captured(write: (bytes: Uint8Array, off: number, len: number) => number, fn: () => void): void {
    hooks.stdout = write;
    try {
      fn();
    } finally {
      hooks.stdout = undefined;
      hooks.tty = undefined;
    }
  }

  it('every byte goes to fd 1, in order, even a few at a time; no file named - is created', () => {
    const bytes = new Uint8Array(Array.from({ length: 20 }, (_, i) => i + 1));
    const got: number[] = [];
    const calls: [number, number][] = [];
    const cwd = fs.readdirSync('.');
    let after: string[];
    try {
      captured((b, off, len) => {
        calls.push([off, len]);
        const n = Math.min(len, 7);
        got.push(...b.subarray(off, off + n));
        return n;
      }, () => writeAtomic('-', bytes));
    } finally {
      after = fs.readdirSync('.');
      // Had the writer taken - for a file name, leave no such file for the next test.
      if (!cwd.includes('-') && after.includes('-')) fs.rmSync('-');
    }
    expect(after).toEqual(cwd);
    expect(got).toEqual([...bytes]);
    expect(calls).toEqual([[0, 20], [7, 13], [14, 6]]);
  });

  it('nothing to write: fd 1 is not touched', () => {
    let calls = 0;
    captured(() => { calls++; throw errno('EIO'); }, () => writeAtomic('-', new Uint8Array()));
    expect(calls).toBe(0);
  });

  it('a full non-blocking pipe (EAGAIN) is tried again until every byte is out', () => {
    const got: number[] = [];
    let tries = 0;
    captured((b, off, len) => {
      if (++tries <= 2) throw errno('EAGAIN');
      got.push(...b.subarray(off, off + len));
      return len;
    }, () => writeAtomic('-', new Uint8Array([9, 8, 7])));
    expect(got).toEqual([9, 8, 7]);
    expect(tries).toBe(3);
  });

  it('a closed pipe, another error, an error without a code: one message each (exit 1)', () => {
    const fail = (e: Error) => {
      let r: ReturnType<typeof refusal> | undefined;
      captured(() => { throw e; }, () => (r = refusal(() => writeAtomic('-', new Uint8Array([1])))));
      return r;
    };
    expect(fail(errno('EPIPE'))).toEqual({ message: 'standard output was closed before everything was written', file: undefined, exitCode: 1 });
    expect(fail(errno('EIO'))).toEqual({ message: 'cannot write to standard output (EIO)', file: undefined, exitCode: 1 });
    expect(fail(errno(undefined, 'strange'))).toEqual({ message: 'cannot write to standard output (strange)', file: undefined, exitCode: 1 });
  });

  it('a terminal is refused before a byte is written (exit 2)', () => {
    let calls = 0;
    let r: ReturnType<typeof refusal> | undefined;
    captured(() => (calls++, 1), () => {
      hooks.tty = true;
      r = refusal(() => writeAtomic('-', new Uint8Array([1])));
    });
    expect(r).toEqual({ message: 'standard output is a terminal; redirect it to a file (huibao build x.md -o - > x.pptx)', file: undefined, exitCode: 2 });
    expect(calls).toBe(0);
  });
});

describe('Ctrl-C while writing: the temp file goes, the old file stays, exit 130', () => {
  /**
   * Run `fn` with process.once recording the signal handlers output.ts installs and process.exit throwing "exit N",
   * on a freshly imported output.ts (its handlers are installed once per module).
   */
  async function withSignals(fn: (s: { handlers: Map<string, () => void>; once: ReturnType<typeof vi.spyOn>; exit: ReturnType<typeof vi.spyOn>; fresh: typeof import('../../src/cli/output.js') }) => Promise<void> | void) {
    const handlers = new Map<string, () => void>();
    const once = vi.spyOn(process, 'once').mockImplementation(((sig: string, fn: () => void) => (handlers.set(sig, fn), process)) as typeof process.once);
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    try {
      vi.resetModules();
      await fn({ handlers, once, exit, fresh: await import('../../src/cli/output.js') });
    } finally {
      once.mockRestore();
      exit.mockRestore();
    }
  }

  it('SIGINT, SIGTERM and SIGHUP are handled once; the handler removes only a temp file still being written', async () => {
    await withSignals(async ({ handlers, once, exit, fresh }) => {
      const d = dir();
      const out = path.join(d, 'deck.pptx');
      writeFileSync(out, ZIP);
      let tempDuringWrite: string[] = [];
      let tempAfterSignal: string[] | undefined;
      let unlinkedBySignal: string[] = [];
      const interrupted = withFs({
        writeSync: (() => {
          tempDuringWrite = temps(d);
          const before = hooks.unlinked.length;
          expect(() => handlers.get('SIGINT')!()).toThrow('exit 130');
          unlinkedBySignal = hooks.unlinked.slice(before);
          tempAfterSignal = temps(d);
          throw errno('EINTR');
        }) as WriterFs['writeSync'],
      });
      expect(() => fresh.writeAtomic(out, new Uint8Array([1, 2, 3]), interrupted)).toThrow();
      expect([...handlers.keys()]).toEqual(['SIGINT', 'SIGTERM', 'SIGHUP']);
      expect(tempDuringWrite).toHaveLength(1);
      expect(unlinkedBySignal).toEqual([path.join(d, tempDuringWrite[0]!)]);
      expect(tempAfterSignal).toEqual([]);
      expect(readFileSync(out)).toEqual(ZIP);
      expect(exit).toHaveBeenCalledWith(130);

      // A second write installs nothing more; after it, a signal has no temp file to remove but still exits 130.
      fresh.writeAtomic(out, ZIP);
      expect(once).toHaveBeenCalledTimes(3);
      const before = hooks.unlinked.length;
      expect(() => handlers.get('SIGTERM')!()).toThrow('exit 130');
      expect(hooks.unlinked.slice(before)).toEqual([]);
      expect(() => handlers.get('SIGHUP')!()).toThrow('exit 130');
      expect(exit.mock.calls).toEqual([[130], [130], [130]]);
    });
  });

  it('a temp file already gone when the signal comes: still exit 130, no other error', async () => {
    await withSignals(async ({ handlers, fresh }) => {
      const d = dir();
      const out = path.join(d, 'deck.pptx');
      const gone = withFs({
        writeSync: (() => {
          for (const t of temps(d)) fs.rmSync(path.join(d, t));
          expect(() => handlers.get('SIGINT')!()).toThrow('exit 130');
          throw errno('EINTR');
        }) as WriterFs['writeSync'],
      });
      expect(() => fresh.writeAtomic(out, new Uint8Array([1]), gone)).toThrow();
      expect(fs.existsSync(out)).toBe(false);
    });
  });
});

describe('standard input by another name (outputFor), standard input redirected from a file', () => {
  /** Run `fn` as if fd 0 were `file` (huibao build /dev/stdin < file). */
  function withStdin<T>(file: string, fn: () => T): T {
    hooks.stdinFile = file;
    try {
      return fn();
    } finally {
      hooks.stdinFile = undefined;
    }
  }
  const needsO = 'reading standard input (or a pipe) needs -o FILE, or -o - for standard output';

  it('/dev/stdin, whatever standard input is, needs -o', () => {
    expect(refusal(() => outputFor('/dev/stdin', undefined))).toEqual({ message: needsO, file: undefined, exitCode: 2 });
  });

  it('a file under /dev or /proc that is the redirected standard input needs -o; the same file by its own name does not', () => {
    const d = dir();
    mkdirSync(path.join(d, 'proc'));
    const talk = path.join(d, 'proc', 'talk.md');
    const other = path.join(d, 'proc', 'other.md');
    writeFileSync(talk, '# x\n');
    writeFileSync(other, '# y\n');
    const fdTalk = fs.openSync(talk, 'r');
    const fdOther = fs.openSync(other, 'r');
    try {
      withStdin(talk, () => {
        expect(refusal(() => outputFor(`/proc/self/fd/${fdTalk}`, undefined)).message).toBe(needsO);
        expect(refusal(() => outputFor(`/dev/fd/${fdTalk}`, undefined)).message).toBe(needsO);
        // The file by its own name (its folder happens to be called proc): a file like any other.
        expect(outputFor(talk, undefined)).toBe(path.join(d, 'proc', 'talk.pptx'));
        // Another file on the same disk, reached through /proc: not standard input.
        expect(outputFor(`/proc/self/fd/${fdOther}`, undefined)).toBe(`/proc/self/fd/${fdOther}.pptx`);
      });
    } finally {
      fs.closeSync(fdTalk);
      fs.closeSync(fdOther);
    }
  });
});

describe('standard output and the input in checkOutputPath', () => {
  it('- is standard output even when a file named - is the input; an input of - is no file to protect', () => {
    const cwdDash = path.resolve('-');
    expect(fs.existsSync(cwdDash)).toBe(false);
    expect(() => checkOutputPath('-', { input: cwdDash })).not.toThrow();
    expect(() => checkOutputPath(cwdDash, { input: '-' })).not.toThrow();
  });

  it('the input by the same spelling, even when it does not exist yet and its folder is a link', () => {
    const d = dir();
    mkdirSync(path.join(d, 'real'));
    symlinkSync(path.join(d, 'real'), path.join(d, 'link'));
    const input = path.join(d, 'link', 'talk.md');
    expect(refusal(() => checkOutputPath(input, { input, force: true })).message).toBe('the output would overwrite the input; choose another name with -o');
  });
});

describe('no file descriptor is left open, and the folder is synced after the rename', () => {
  const openFds = () => fs.readdirSync('/proc/self/fd').length;

  it('checking an existing deck 30 times and writing it 30 times leaves as many descriptors open as before', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    writeFileSync(out, ZIP);
    const before = openFds();
    for (let i = 0; i < 30; i++) checkOutputPath(out);
    for (let i = 0; i < 30; i++) checkOutputPath(path.join(d, 'deck.pptx'), { kind: 'text', replaceable: () => true });
    for (let i = 0; i < 30; i++) writeAtomic(out, ZIP);
    expect(openFds()).toBe(before);
  });

  it('the temp file is fsynced and closed, then the folder is opened read-only, fsynced and closed', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    hooks.calls = [];
    try {
      writeAtomic(out, ZIP);
    } finally {
      const calls = hooks.calls;
      hooks.calls = undefined;
      const dirOpen = calls.findIndex(([k, a]) => k === 'open' && (a as unknown[])[0] === d);
      expect(dirOpen).toBeGreaterThan(-1);
      const [, flags, fd] = calls[dirOpen][1] as [string, string, number];
      expect(flags).toBe('r');
      expect(calls.slice(dirOpen + 1)).toEqual([['fsync', fd], ['close', fd]]);
      // Before it: the temp file's own fsync and close.
      const tmpOpen = calls.findIndex(([k, a]) => k === 'open' && /\.tmp$/.test(String((a as unknown[])[0])));
      const tfd = (calls[tmpOpen][1] as unknown[])[2];
      expect(calls.slice(tmpOpen + 1, dirOpen)).toEqual([['fsync', tfd], ['close', tfd]]);
    }
    expect(readFileSync(out)).toEqual(ZIP);
  });
});

describe('stale temp files: the edges', () => {
  it('a live writer’s temp file exactly one hour old is stale', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    const mine = path.join(d, `.deck.pptx.${process.pid}-0123456789ab.tmp`);
    writeFileSync(mine, 'half');
    const t = new Date(1_700_000_000_000);
    utimesSync(mine, t, t);
    expect(statSync(mine).mtimeMs).toBe(1_700_000_000_000);
    expect(cleanStaleTemps(out, fs as WriterFs, 1_700_000_000_000 + 3_600_000 - 1)).toEqual([]);
    expect(cleanStaleTemps(out, fs as WriterFs, 1_700_000_000_000 + 3_600_000)).toEqual([mine]);
  });

  it('a writer we may not signal (EPERM) is alive: its recent temp file stays; one that is gone (ESRCH) is not', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    const theirs = path.join(d, '.deck.pptx.4242-0123456789ab.tmp');
    writeFileSync(theirs, 'half');
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw errno('EPERM');
    });
    try {
      expect(cleanStaleTemps(out)).toEqual([]);
      expect(kill).toHaveBeenCalledWith(4242, 0);
      kill.mockImplementation(() => {
        throw errno('ESRCH');
      });
      expect(cleanStaleTemps(out)).toEqual([theirs]);
    } finally {
      kill.mockRestore();
    }
  });
});

describe('the owner of a replaced file, for a user who is not root', () => {
  it('a chown that fails is not an error: the new deck is the user’s, as any editor’s save would be', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    writeFileSync(out, ZIP);
    const uid = vi.spyOn(process, 'getuid').mockReturnValue(4321);
    const failing = withFs({ fchownSync: () => { throw errno('EPERM'); } });
    try {
      writeAtomic(out, new Uint8Array([0x50, 0x4b, 1]), failing);
    } finally {
      uid.mockRestore();
    }
    expect(new Uint8Array(readFileSync(out))).toEqual(new Uint8Array([0x50, 0x4b, 1]));
    expect(temps(d)).toEqual([]);
  });
});

describe('output.ts: the last survivors', () => {
  it('a device is refused with the file named', () => {
    expect(refusal(() => checkOutputPath('/dev/null', { force: true }))).toEqual({
      message: 'the output is a device, pipe or socket, not a file; choose a file name (or - for standard output)', file: '/dev/null', exitCode: 1,
    });
  });

  it('a symbolic link to nowhere is refused (by the check and by the writer), with the file named; nothing is created', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    symlinkSync(path.join(d, 'missing', 'target.pptx'), out);
    const msg = { message: 'the output is a symbolic link to a file that does not exist; remove the link or choose another name with -o', file: out, exitCode: 1 };
    expect(refusal(() => checkOutputPath(out))).toEqual(msg);
    expect(refusal(() => writeAtomic(out, ZIP))).toEqual(msg);
    expect(fs.readdirSync(d)).toEqual(['deck.pptx']);
  });

  it('another live writer (our parent process) keeps its recent temp file', () => {
    const d = dir();
    const out = path.join(d, 'deck.pptx');
    const theirs = path.join(d, `.deck.pptx.${process.ppid}-0123456789ab.tmp`);
    writeFileSync(theirs, 'half');
    expect(cleanStaleTemps(out)).toEqual([]);
    expect(fs.existsSync(theirs)).toBe(true);
  });
});
