// The safe writer under faults (issue 16 items 1–5, issue 18's output survivor): a short write, a full disk, a file
// size limit, a planted symlink, a device as the output, a kill mid-write — an existing deck stays byte-identical
// (or is the complete new one), no temp file is left, and the error is one clear line.
import * as fs from 'node:fs';
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/build.js';
import { cleanStaleTemps, tempPattern, writeAtomic, type WriterFs } from '../../src/cli/output.js';
import { HuibaoError } from '../../src/errors.js';
import { cliPath, hasCli, listDir, runCaptured, runCli, STACK_LINE, tempDir } from './cli-helpers.js';

const root = tempDir('huibao-safe-write-');
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
  rmSync(root, { recursive: true, force: true });
});

const SMALL = '---\ntitle: 小\ndate: 2024-05-01\n---\n\n## 第一页\n\n- 甲项内容\n';
const BIG =
  '---\ntitle: 大\ndate: 2024-05-01\n---\n' +
  Array.from({ length: 60 }, (_, i) => `\n## Slide ${i}\n\n` + Array.from({ length: 8 }, (_, j) => `- point ${j} 中文内容 ${i * j}`).join('\n')).join('\n');

let n = 0;
function caseDir(parent = root): string {
  const d = path.join(parent, `case${++n}`);
  mkdirSync(d);
  return d;
}
/** A folder with talk.md (small) and its deck talk.pptx already built; returns the deck's bytes. */
async function withDeck(parent = root): Promise<{ dir: string; input: string; out: string; before: Buffer }> {
  const dir = caseDir(parent);
  const input = path.join(dir, 'talk.md');
  writeFileSync(input, SMALL);
  const r = await runCaptured((io) => runBuild(input, { quiet: true }, io));
  expect(r.code).toBe(0);
  const out = path.join(dir, 'talk.pptx');
  return { dir, input, out, before: readFileSync(out) };
}
const temps = (dir: string) => listDir(dir).filter((f) => f.endsWith('.tmp'));

function failingFs(over: Partial<WriterFs>): WriterFs {
  return { ...fs, ...over } as WriterFs;
}

describe('safe writer: every byte or an error (item 1)', () => {
  it('a short write (writeSync returns fewer bytes, then 0) → "disk is full", the old deck byte-identical, no temp', async () => {
    const { dir, out, before } = await withDeck();
    let calls = 0;
    const short = failingFs({ writeSync: ((fd: number, b: Uint8Array, off = 0, len = b.length - off) => (++calls === 1 ? fs.writeSync(fd, b, off, Math.min(len, 1000)) : 0)) as WriterFs['writeSync'] });
    const big = new Uint8Array(50_000).fill(7);
    expect(() => writeAtomic(out, big, short)).toThrow(HuibaoError);
    expect(() => writeAtomic(out, big, short)).toThrow(/the disk is full; nothing was written/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('ENOSPC part-way and a failing fsync: the old deck stays, the temp file goes', async () => {
    const { dir, out, before } = await withDeck();
    let written = 0;
    const nospc = failingFs({
      writeSync: ((fd: number, b: Uint8Array, off = 0, len = b.length - off) => {
        if (written > 0) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        written = fs.writeSync(fd, b, off, Math.min(len, 4096));
        return written;
      }) as WriterFs['writeSync'],
    });
    expect(() => writeAtomic(out, new Uint8Array(20_000), nospc)).toThrow(/^the disk is full/);
    const eio = failingFs({ fsyncSync: () => { throw Object.assign(new Error('io'), { code: 'EIO' }); } });
    expect(() => writeAtomic(out, new Uint8Array(20_000), eio)).toThrow(/^cannot write the file \(EIO\); an existing file was left as it was$/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('the new bytes go to a temp file, never into the deck itself (a failing rename leaves the old deck)', async () => {
    const { dir, out, before } = await withDeck();
    const opened: string[] = [];
    const noRename = failingFs({
      openSync: ((p: fs.PathLike, flags: string, mode?: number) => (opened.push(String(p)), fs.openSync(p, flags, mode))) as WriterFs['openSync'],
      renameSync: () => { throw Object.assign(new Error('x'), { code: 'EXDEV' }); },
    });
    expect(() => writeAtomic(out, new Uint8Array(100).fill(1), noRename)).toThrow(/^cannot write the file \(EXDEV\)/);
    expect(opened).toHaveLength(1);
    expect(opened[0]).not.toBe(out);
    expect(path.dirname(opened[0])).toBe(dir);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });
});

describe.skipIf(!hasCli)('safe writer: the real binary on a small disk and under ulimit -f (item 1)', () => {
  it('ulimit -f: exit 1 with one clear line, the old deck byte-identical, no temp file', async () => {
    const { dir, input, out, before } = await withDeck();
    writeFileSync(input, BIG); // ~200 KB deck against a 100 KB file size limit
    const r = spawnSync('bash', ['-c', `ulimit -f 100; exec "${process.execPath}" "${cliPath}" build "${input}"`], { encoding: 'utf8' });
    expect(r.stdout).not.toMatch(/wrote/);
    expect(r.stderr).toBe(`huibao: ${out}: the file would exceed the size limit for files (ulimit -f); nothing was written (an existing file was left as it was)\n`);
    expect(r.status).toBe(1);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  // A 128 KB tmpfs holds the small deck but not the big one beside it. Needs root and mount(2); skipped visibly.
  const disk = path.join(root, 'tmpfs');
  mkdirSync(disk);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=128k', 'tmpfs', disk]).status === 0;
  if (mounted) mounts.push(disk);
  else console.warn('safe-write.test: cannot mount a tmpfs here (not root, or no mount(2)); skipping the full-disk test');

  it.skipIf(!mounted)('a nearly full disk (128 KB tmpfs): exit 1, "disk is full", the old deck byte-identical', async () => {
    const { dir, input, out, before } = await withDeck(disk);
    writeFileSync(input, BIG);
    const r = runCli(['build', input]);
    expect(r.stderr).toBe(`huibao: ${out}: the disk is full; nothing was written (an existing file was left as it was)\n`);
    expect(r.status).toBe(1);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });
});

describe('safe writer: temp files nobody can predict or redirect (items 2, 5)', () => {
  it('the temp file is created exclusively (wx) with an unpredictable name beside the target', async () => {
    const { dir, out } = await withDeck();
    const seen: { p: string; flags: string }[] = [];
    const spy = failingFs({ openSync: ((p: fs.PathLike, flags: string, mode?: number) => (seen.push({ p: String(p), flags }), fs.openSync(p, flags, mode))) as WriterFs['openSync'] });
    writeAtomic(out, new Uint8Array([0x50, 0x4b, 1]), spy);
    writeAtomic(out, new Uint8Array([0x50, 0x4b, 2]), spy);
    expect(seen.map((s) => s.flags)).toEqual(['wx', 'wx']);
    for (const s of seen) {
      expect(path.dirname(s.p)).toBe(dir);
      expect(path.basename(s.p)).toMatch(new RegExp(`^\\.talk\\.pptx\\.${process.pid}-[0-9a-f]{12}\\.tmp$`));
    }
    expect(seen[0].p).not.toBe(seen[1].p);
  });

  it('symlinks planted at the old predictable temp names do not redirect the write', async () => {
    const { dir, input, out } = await withDeck();
    const victim = path.join(root, `victim${n}.txt`);
    writeFileSync(victim, 'precious');
    symlinkSync(victim, path.join(dir, `.talk.pptx.${process.pid}.tmp`));
    writeFileSync(input, SMALL + '- 新内容\n');
    const r = await runCaptured((io) => runBuild(input, { quiet: true }, io));
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(out).isFile()).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('stale temp files of our naming are removed on the next write of that output; others are left alone', async () => {
    const { dir, out } = await withDeck();
    const stale = ['.talk.pptx.999999999-0123456789ab.tmp', '.talk.pptx.999999998.tmp'];
    const keep = ['.other.pptx.999999999-0123456789ab.tmp', `.talk.pptx.${process.ppid}-0123456789ab.tmp`, '.talk.pptx.x.tmp'];
    for (const f of [...stale, ...keep]) writeFileSync(path.join(dir, f), 'half a deck');
    symlinkSync('/etc/hostname', path.join(dir, '.talk.pptx.999999997-0123456789ab.tmp'));
    writeAtomic(out, new Uint8Array([0x50, 0x4b]));
    expect(temps(dir).sort()).toEqual([...keep, '.talk.pptx.999999997-0123456789ab.tmp'].sort());
    // A live writer's temp file is stale only after an hour.
    const live = path.join(dir, keep[1]);
    expect(cleanStaleTemps(out, fs as WriterFs, statSync(live).mtimeMs + 2 * 3600_000)).toEqual([live]);
    expect(tempPattern('a.pptx').test('.a.pptx.12-0123456789ab.tmp')).toBe(true);
  });
});

describe('safe writer: mode, owner, symlinks and devices (item 4)', () => {
  it('replacing a deck keeps its mode (0600) and group', async () => {
    const { input, out } = await withDeck();
    chmodSync(out, 0o600);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(out, 0, 4242);
    writeFileSync(input, SMALL + '- 新内容\n');
    expect((await runCaptured((io) => runBuild(input, { quiet: true }, io))).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    if (asRoot) expect(statSync(out).gid).toBe(4242);
  });

  it('an output that is a symlink to a deck: the deck behind it is replaced, the link stays a link', async () => {
    const { dir, input, out } = await withDeck();
    const link = path.join(dir, 'latest.pptx');
    symlinkSync('talk.pptx', link);
    writeFileSync(input, SMALL + '- 新内容\n');
    const r = await runCaptured((io) => runBuild(input, { output: link, quiet: true }, io));
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('talk.pptx');
    expect(readFileSync(out).equals(readFileSync(link))).toBe(true);
    const fresh = await runCaptured((io) => runBuild(input, { output: path.join(dir, 'fresh.pptx'), quiet: true }, io));
    expect(fresh.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(path.join(dir, 'fresh.pptx')))).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('a dangling symlink as the output is refused (it could point anywhere)', async () => {
    const { dir, input } = await withDeck();
    const link = path.join(dir, 'dangling.pptx');
    symlinkSync(path.join(root, 'nowhere', 'x.pptx'), link);
    const r = await runCaptured((io) => runBuild(input, { output: link }, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${link}: the output is a symbolic link to a file that does not exist; remove the link or choose another name with -o`]);
  });

  it('a symlink to the input is the input', async () => {
    const { dir, input } = await withDeck();
    const link = path.join(dir, 'alias.pptx');
    symlinkSync('talk.md', link);
    const r = await runCaptured((io) => runBuild(input, { output: link, force: true }, io));
    expect(r.io.errLines).toEqual([`huibao: ${link}: the output would overwrite the input; choose another name with -o`]);
    expect(readFileSync(input, 'utf8')).toBe(SMALL);
  });

  const dev = path.join(root, 'null-device');
  const fifo = path.join(root, 'fifo.pptx');
  const haveDev = spawnSync('mknod', [dev, 'c', '1', '3']).status === 0;
  const haveFifo = spawnSync('mkfifo', [fifo]).status === 0;
  if (!haveDev) console.warn('safe-write.test: mknod not permitted here; skipping the device-output test');

  it.skipIf(!haveDev)('--force -o <character device>: refused, the device node left in place', async () => {
    const { input } = await withDeck();
    const r = await runCaptured((io) => runBuild(input, { output: dev, force: true }, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${dev}: the output is a device, pipe or socket, not a file; choose a file name (or - for standard output)`]);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
    expect(() => writeAtomic(dev, new Uint8Array(1))).toThrow(/device, pipe or socket/);
  });

  it.skipIf(!haveFifo)('-o <fifo>.pptx: refused at once (not opened, so nothing blocks)', async () => {
    const { input } = await withDeck();
    const r = await runCaptured((io) => runBuild(input, { output: fifo }, io));
    expect(r.code).toBe(1);
    expect(r.io.stderr).toMatch(/the output is a device, pipe or socket, not a file/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe.skipIf(!hasCli)('safe writer: Ctrl-C with a deck already in place (issue 18)', () => {
  it('the deck is either the old one byte for byte or the complete new one; never a temp file', async () => {
    const { dir, input, out, before } = await withDeck();
    writeFileSync(input, BIG);
    const expected = path.join(dir, 'expected.pptx');
    expect(runCli(['build', input, '-o', expected, '-q']).status).toBe(0);
    const after = readFileSync(expected);
    rmSync(expected);
    const outcomes = new Set<string>();
    for (const delay of [100, 400, 800, 1400]) {
      writeFileSync(out, before);
      const child = spawn(process.execPath, [cliPath, 'build', input, '-q'], { stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGINT');
      await exited;
      const now = readFileSync(out);
      const which = now.equals(before) ? 'old' : now.equals(after) ? 'new' : 'damaged';
      outcomes.add(which);
      expect(which).not.toBe('damaged');
      expect(temps(dir)).toEqual([]);
      expect(listDir(dir)).toEqual(['talk.md', 'talk.pptx']);
    }
    expect(outcomes.has('old')).toBe(true);
  });

  it('the binary refuses a device output before reading anything: one line, exit 1, no stack trace', () => {
    const r = runCli(['build', '/nonexistent-huibao/x.md', '-o', '/dev/null', '--force']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('huibao: /dev/null: the output is a device, pipe or socket, not a file; choose a file name (or - for standard output)\n');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
