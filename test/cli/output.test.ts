// Writing the deck: atomic (temp file + rename), never over the input, never over something that is not a deck
// without --force, read-only targets and unwritable folders said plainly — and after every failure neither the
// output nor a temp file exists (an existing deck is left as it was).
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/build.js';
import { writeAtomic } from '../../src/cli/output.js';
import { HuibaoError } from '../../src/errors.js';
import { cliPath, hasCli, listDir, runCaptured, runCli, STACK_LINE, tempDir } from '../reliability/cli-helpers.js';

const root = tempDir('huibao-output-');
afterAll(() => {
  chmodTree(root);
  rmSync(root, { recursive: true, force: true });
});
const MD = '---\ntitle: 输出测试\ndate: 2024-05-01\n---\n\n## 第一页\n\n- 甲项内容\n- 乙项内容\n';
let n = 0;
function caseDir(): string {
  const d = path.join(root, `case${++n}`);
  mkdirSync(d);
  return d;
}
function withInput(md = MD): { dir: string; input: string } {
  const dir = caseDir();
  const input = path.join(dir, 'talk.md');
  writeFileSync(input, md);
  return { dir, input };
}
function chmodTree(d: string): void {
  try {
    chmodSync(d, 0o755);
  } catch {
    /* gone */
  }
}
const isZip = (f: string) => readFileSync(f).subarray(0, 2).toString('latin1') === 'PK';
const noTemp = (dir: string) => listDir(dir).filter((f) => f.endsWith('.tmp'));

describe('output: where the deck may go', () => {
  it('the default output is the input name with .pptx, written atomically (no temp file left)', async () => {
    const { dir, input } = withInput();
    const r = await runCaptured((io) => runBuild(input, {}, io));
    expect(r.code).toBe(0);
    expect(r.io.outLines[0]).toBe(`huibao: wrote ${path.join(dir, 'talk.pptx')} (2 slides, theme ${r.io.outLines[0].split('theme ')[1]}`);
    expect(listDir(dir)).toEqual(['talk.md', 'talk.pptx']);
    expect(isZip(path.join(dir, 'talk.pptx'))).toBe(true);
  });

  it('a missing folder → exit 1, names the folder, nothing created', async () => {
    const { dir, input } = withInput();
    const out = path.join(dir, 'no', 'such', 'deck.pptx');
    const r = await runCaptured((io) => runBuild(input, { output: out }, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${out}: the folder ${path.join(dir, 'no', 'such')} does not exist`]);
    expect(listDir(dir)).toEqual(['talk.md']);
  });

  it('output = input (also spelled differently) → refused, the input untouched', async () => {
    const { dir, input } = withInput();
    for (const out of [input, path.join(dir, 'x', '..', 'talk.md'), path.relative(process.cwd(), input)]) {
      const r = await runCaptured((io) => runBuild(input, { output: out, force: true }, io));
      expect(r.code).toBe(1);
      expect(r.io.errLines).toEqual([`huibao: ${out}: the output would overwrite the input; choose another name with -o`]);
    }
    expect(readFileSync(input, 'utf8')).toBe(MD);
    expect(listDir(dir)).toEqual(['talk.md']);
  });

  it('an existing file that is not a deck → refused without --force, replaced with it', async () => {
    const { dir, input } = withInput();
    const out = path.join(dir, 'notes.txt');
    writeFileSync(out, 'my notes');
    const r = await runCaptured((io) => runBuild(input, { output: out }, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${out}: a file that is not a .pptx deck is already there; use --force to replace it`]);
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(noTemp(dir)).toEqual([]);
    const f = await runCaptured((io) => runBuild(input, { output: out, force: true }, io));
    expect(f.code).toBe(0);
    expect(isZip(out)).toBe(true);
  });

  it('a .pptx that is not a zip (a renamed text file) is not a deck either', async () => {
    const { dir, input } = withInput();
    const out = path.join(dir, 'talk.pptx');
    writeFileSync(out, 'important text, misnamed');
    const r = await runCaptured((io) => runBuild(input, {}, io));
    expect(r.code).toBe(1);
    expect(r.io.stderr).toMatch(/a file that is not a \.pptx deck is already there; use --force to replace it$/);
    expect(readFileSync(out, 'utf8')).toBe('important text, misnamed');
  });

  it('an existing deck or an empty .pptx (a failed earlier save) is replaced without --force', async () => {
    const { dir, input } = withInput();
    const out = path.join(dir, 'talk.pptx');
    writeFileSync(out, '');
    expect((await runCaptured((io) => runBuild(input, {}, io))).code).toBe(0);
    const first = readFileSync(out);
    expect(isZip(out)).toBe(true);
    writeFileSync(input, MD + '- c\n');
    expect((await runCaptured((io) => runBuild(input, {}, io))).code).toBe(0);
    expect(readFileSync(out).equals(first)).toBe(false);
    expect(listDir(dir)).toEqual(['talk.md', 'talk.pptx']);
  });

  it('the output path is a folder → refused', async () => {
    const { dir, input } = withInput();
    mkdirSync(path.join(dir, 'talk.pptx'));
    const r = await runCaptured((io) => runBuild(input, { force: true }, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${path.join(dir, 'talk.pptx')}: the output path is a folder`]);
  });
});

describe('output: read-only and unwritable targets', () => {
  it('a read-only deck (no write permission bits) → said plainly, even for root; left as it was', async () => {
    const { dir, input } = withInput();
    expect((await runCaptured((io) => runBuild(input, {}, io))).code).toBe(0);
    const out = path.join(dir, 'talk.pptx');
    const before = readFileSync(out);
    chmodSync(out, 0o444);
    writeFileSync(input, MD + '- changed\n');
    const r = await runCaptured((io) => runBuild(input, {}, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${out}: the file is read-only; make it writable or choose another name with -o`]);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o444);
    expect(noTemp(dir)).toEqual([]);
  });

  // Root ignores permission bits on a folder; /sys refuses new files even to root, so use it then.
  const unwritable = (() => {
    if (process.getuid?.() !== 0) {
      const d = path.join(root, 'readonly-dir');
      mkdirSync(d);
      chmodSync(d, 0o555);
      return d;
    }
    try {
      writeFileSync('/sys/huibao-probe.tmp', 'x');
      rmSync('/sys/huibao-probe.tmp', { force: true });
      return undefined;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EACCES' || (e as NodeJS.ErrnoException).code === 'EPERM' ? '/sys' : undefined;
    }
  })();
  if (!unwritable) console.warn('output.test: no unwritable folder available (running as root without /sys); skipping that test');

  it.skipIf(!unwritable)('an unwritable folder → "permission denied", no output, no temp file', async () => {
    const { input } = withInput();
    const out = path.join(unwritable!, 'huibao-test-deck.pptx');
    const r = await runCaptured((io) => runBuild(input, { output: out }, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${out}: cannot write here: permission denied (is the file read-only, or open in PowerPoint?)`]);
    expect(existsSync(out)).toBe(false);
    expect(listDir(unwritable!).filter((f) => f.includes('huibao-test-deck'))).toEqual([]);
  });
});

describe('output: nothing partial on failure', () => {
  it('a failing build (unknown theme) writes nothing and keeps an existing deck byte-identical', async () => {
    const { dir, input } = withInput();
    expect((await runCaptured((io) => runBuild(input, {}, io))).code).toBe(0);
    const out = path.join(dir, 'talk.pptx');
    const before = readFileSync(out);
    const r = await runCaptured((io) => runBuild(input, { theme: 'no-such-theme-xyz' }, io));
    expect(r.code).toBe(1);
    expect(r.io.stderr).toMatch(/no-such-theme-xyz/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(listDir(dir)).toEqual(['talk.md', 'talk.pptx']);
  });

  it('writeAtomic: a folder in the way is refused before anything is written', () => {
    const dir = caseDir();
    const target = path.join(dir, 'deck.pptx');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep'), 'x');
    let err: unknown;
    try {
      writeAtomic(target, new Uint8Array([0x50, 0x4b]));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HuibaoError);
    expect((err as HuibaoError).message).toBe('the output path is a folder');
    expect(listDir(dir)).toEqual(['deck.pptx']);
    expect(listDir(target)).toEqual(['keep']);
  });
});

describe.skipIf(!hasCli)('the real binary: exit codes, no stack traces, Ctrl-C', () => {
  if (!hasCli) console.warn(`output.test: ${cliPath} is missing (run npx tsc first); skipping the binary tests`);

  it('output in a missing folder: exit 1, one line, no stack trace', () => {
    const { dir, input } = withInput();
    const out = path.join(dir, 'missing', 'x.pptx');
    const r = runCli(['build', input, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`huibao: ${out}: the folder ${path.join(dir, 'missing')} does not exist\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(listDir(dir)).toEqual(['talk.md']);
  });

  it('existing non-pptx without --force: exit 1; with --force: exit 0', () => {
    const { dir, input } = withInput();
    const out = path.join(dir, 'out.doc');
    writeFileSync(out, 'word file');
    const r = runCli(['build', input, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`huibao: ${out}: a file that is not a .pptx deck is already there; use --force to replace it\n`);
    expect(runCli(['build', input, '-o', out, '--force']).status).toBe(0);
    expect(isZip(out)).toBe(true);
  });

  it('Ctrl-C at any moment leaves either no deck or a complete one, and never a temp file', async () => {
    const big = MD + Array.from({ length: 40 }, (_, i) => `\n## Slide ${i}\n\n` + Array.from({ length: 8 }, (_, j) => `- point ${j} 中文内容`).join('\n')).join('\n');
    for (const delay of [150, 600, 1200]) {
      const { dir, input } = withInput(big);
      const child = spawn(process.execPath, [cliPath, 'build', input], { stdio: 'ignore' });
      // Listen before waiting: a build that finishes within the delay has exited by then, and a listener attached
      // after its 'exit' would wait for ever.
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGINT');
      await exited;
      const files = listDir(dir);
      expect(noTemp(dir)).toEqual([]);
      expect(files.filter((f) => f !== 'talk.md' && f !== 'talk.pptx')).toEqual([]);
      if (files.includes('talk.pptx')) expect(isZip(path.join(dir, 'talk.pptx'))).toBe(true);
    }
  });
});
