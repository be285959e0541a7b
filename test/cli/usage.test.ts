// Clear messages at the edges of the command line (issue 16 items 3, 7, 15): usage errors exit 2; `-` is standard
// input and output; `-o ''`; names with ESC sequences are printed escaped; `themes schema -o` and `themes init` go
// through the same safe writer and rules as `build`; non-regular inputs and themes are refused at once; front-matter
// keys that every object has; a number too large; images of a deck in the root folder.
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runThemesInit, runThemesSchema } from '../../src/cli/themes.js';
import { escapeControls } from '../../src/cli/run.js';
import { loadImages } from '../../src/assets/images.js';
import { Diagnostics, HuibaoError } from '../../src/errors.js';
import { parse } from '../../src/parse/index.js';
import { png } from '../assets/fixtures.js';
import { cliPath, hasCli, listDir, runCaptured, runCli, STACK_LINE, tempDir } from '../reliability/cli-helpers.js';

const root = tempDir('huibao-usage-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MD = '---\ntitle: 用法\ndate: 2024-05-01\n---\n\n## 第一页\n\n- 甲项内容\n';
let n = 0;
function caseDir(): string {
  const d = path.join(root, `case${++n}`);
  mkdirSync(d);
  return d;
}
const isZip = (b: Buffer) => b.subarray(0, 2).toString('latin1') === 'PK';

describe.skipIf(!hasCli)('usage errors exit 2 (README), help and version 0', () => {
  it('unknown option, missing value, unknown command, missing argument: exit 2, commander\'s one message', () => {
    const dir = caseDir();
    const md = path.join(dir, 'a.md');
    writeFileSync(md, MD);
    for (const args of [['build', md, '--no-such-option'], ['build', md, '-o'], ['no-such-command'], ['build'], ['themes', 'schema', '--bogus']]) {
      const r = runCli(args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
    expect(listDir(dir)).toEqual(['a.md']);
    expect(runCli(['--help']).status).toBe(0);
    expect(runCli(['build', '--help']).status).toBe(0);
    expect(runCli(['--version']).status).toBe(0);
  });

  it('-o \'\' is a usage error, not "is a folder"', () => {
    const dir = caseDir();
    const md = path.join(dir, 'a.md');
    writeFileSync(md, MD);
    const r = runCli(['build', md, '-o', '']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('huibao: the output file name is empty (give -o a file name, or - for standard output)\n');
  });

  it('an ESC sequence in a file name is printed escaped, never raw', () => {
    const dir = caseDir();
    const name = path.join(dir, 'evil\x1b]0;pwned\x07\x1b[2J.md');
    const r = runCli(['build', name]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/[\x1b\x07]/);
    expect(r.stderr).toBe(`huibao: ${path.join(dir, 'evil')}\\x1b]0;pwned\\x07\\x1b[2J.md: no such file\n`);
    expect(escapeControls('a\x9bb\tc')).toBe('a\\x9bb\tc');
    const u = runCli(['build', '--\x1b[31mred']);
    expect(u.status).toBe(2);
    expect(u.stderr).not.toMatch(/\x1b/);
  });
});

describe.skipIf(!hasCli)('a reader that stops early (| head)', () => {
  /** Run the CLI with its standard output a pipe whose reading end is already closed. */
  const closedPipe = (args: string[]) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stderr }));
    });

  it('help and an outline end quietly: exit 0, no message about the pipe (was an unhandled EPIPE with a stack trace)', async () => {
    const dir = caseDir();
    const speech = path.join(dir, 'speech.txt');
    writeFileSync(speech, '同志们：\n\n今天召开会议，我讲三点意见。\n\n一要提高认识。这是第一点。\n\n二要狠抓落实。这是第二点。\n\n三要加强领导。这是第三点。\n');
    for (const args of [['--help'], ['build', '--help'], ['outline', speech]]) {
      const r = await closedPipe(args);
      expect({ args, status: r.status }).toEqual({ args, status: 0 });
      // Only the outline's own warning (no title in the text), never the closed pipe.
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|standard output/);
      expect(r.stderr).not.toMatch(STACK_LINE);
      if (args[0] !== 'outline') expect(r.stderr).toBe('');
    }
  });

  it('an error before anything was written keeps its exit code and message', async () => {
    const r = await closedPipe(['outline', path.join(caseDir(), 'missing.txt')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe.skipIf(!hasCli)('- is standard input and output', () => {
  it('build - -o FILE reads standard input; build - -o - writes the deck to standard output, messages to stderr', () => {
    const dir = caseDir();
    const out = path.join(dir, 'from-stdin.pptx');
    const a = spawnSync(process.execPath, [cliPath, 'build', '-', '-o', out], { input: MD, encoding: 'utf8' });
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(`huibao: wrote ${out} (2 slides, theme gov-blue)\n`);
    const b = spawnSync(process.execPath, [cliPath, 'build', '-', '-o', '-'], { input: MD });
    expect(b.status).toBe(0);
    expect(b.stderr.toString()).toBe('huibao: wrote standard output (2 slides, theme gov-blue)\n');
    expect(isZip(b.stdout)).toBe(true);
    expect(b.stdout.equals(readFileSync(out))).toBe(true);
    expect(listDir(dir)).toEqual(['from-stdin.pptx']);
  });

  it('cat x.md | huibao build /dev/stdin without -o: exit 2, says -o is needed (no /dev/stdin.pptx)', () => {
    const r = spawnSync('bash', ['-c', `printf '## A\\n' | "${process.execPath}" "${cliPath}" build /dev/stdin`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('huibao: reading standard input (or a pipe) needs -o FILE, or -o - for standard output\n');
  });

  it('standard input is read up to the input limit by bytes read, not accepted at any size', () => {
    const dir = caseDir();
    const r = spawnSync('bash', ['-c', `head -c 21000000 /dev/zero | tr '\\0' 'a' | "${process.execPath}" "${cliPath}" build - -o "${dir}/x.pptx"`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('huibao: stdin: the input is larger than the 20 MB limit\n');
    expect(listDir(dir)).toEqual([]);
  });
});

describe.skipIf(!hasCli)('inputs and themes that are not regular files are refused at once (item 7)', () => {
  const fifo = path.join(root, 'talk-fifo.md');
  const haveFifo = spawnSync('mkfifo', [fifo]).status === 0;

  it('build /dev/zero and --theme /dev/zero: one line, exit 1, in well under a second of reading', () => {
    const dir = caseDir();
    const md = path.join(dir, 'a.md');
    writeFileSync(md, MD);
    const t0 = Date.now();
    const a = runCli(['build', '/dev/zero', '-o', path.join(dir, 'z.pptx')]);
    expect(a.status).toBe(1);
    expect(a.stderr).toBe('huibao: /dev/zero: is not a regular file (a device, pipe or socket); to read standard input, give - as the input\n');
    const b = runCli(['build', md, '--theme', '/dev/zero']);
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/\/dev\/zero: is not a regular file \(a device, pipe or socket\), not a theme file/);
    expect(b.stderr).not.toMatch(STACK_LINE);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(listDir(dir)).toEqual(['a.md']);
  });

  it.skipIf(!haveFifo)('a FIFO as the input or the theme does not block', () => {
    const dir = caseDir();
    const md = path.join(dir, 'a.md');
    writeFileSync(md, MD);
    const a = spawnSync(process.execPath, [cliPath, 'build', fifo, '-o', path.join(dir, 'f.pptx')], { encoding: 'utf8', timeout: 20_000 });
    expect(a.status).toBe(1);
    expect(a.stderr).toMatch(/talk-fifo\.md: is not a regular file/);
    const b = spawnSync(process.execPath, [cliPath, 'build', md, '--theme', fifo], { encoding: 'utf8', timeout: 20_000 });
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/is not a regular file \(a device, pipe or socket\), not a theme file/);
  });

  it.skipIf(!haveFifo)('a FIFO as a theme image: "a device, pipe or socket", not "a folder"', () => {
    const dir = caseDir();
    const theme = path.join(dir, 't.json');
    symlinkSync(fifo, path.join(dir, 'bg.png'));
    writeFileSync(theme, JSON.stringify({ name: 't', extends: 'gov-blue', layouts: { title: { background: { image: 'bg.png' } } } }));
    const r = runCli(['themes', 'check', theme]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/expected an image file, got a device, pipe or socket: /);
  });
});

describe('themes schema -o and themes init: the same safe writer and rules as build (item 3)', () => {
  it('-o into a folder, a missing folder, a device: exit 1 with one clear line (not "internal error")', async () => {
    const dir = caseDir();
    for (const [out, msg] of [
      [dir, 'the output path is a folder'],
      [path.join(dir, 'nodir', 'x.json'), `the folder ${path.join(dir, 'nodir')} does not exist`],
      ['/dev/full', 'the output is a device, pipe or socket, not a file; choose a file name (or - for standard output)'],
    ]) {
      const r = await runCaptured((io) => runThemesSchema({ output: out, force: true }, io));
      expect(r.code).toBe(1);
      expect(r.io.errLines).toEqual([`huibao: ${out}: ${msg}`]);
    }
  });

  it('an existing file that is not a schema is kept without --force; an earlier schema is replaced; --force replaces', async () => {
    const dir = caseDir();
    const talk = path.join(dir, 'talk.md');
    writeFileSync(talk, MD);
    const r = await runCaptured((io) => runThemesSchema({ output: talk }, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${talk}: the file already exists; use --force to replace it`]);
    expect(readFileSync(talk, 'utf8')).toBe(MD);
    const schema = path.join(dir, 'theme.schema.json');
    expect((await runCaptured((io) => runThemesSchema({ output: schema }, io))).code).toBe(0);
    const first = readFileSync(schema, 'utf8');
    expect(JSON.parse(first).$schema).toMatch(/json-schema\.org/);
    expect((await runCaptured((io) => runThemesSchema({ output: schema }, io))).code).toBe(0);
    expect((await runCaptured((io) => runThemesSchema({ output: talk, force: true }, io))).code).toBe(0);
    expect(readFileSync(talk, 'utf8')).toBe(first);
    expect(listDir(dir)).toEqual(['talk.md', 'theme.schema.json']);
  });

  it('-o through a symlink writes the target (the link stays); the mode is kept', async () => {
    const dir = caseDir();
    const real = path.join(dir, 'real.json');
    writeFileSync(real, '{ "$schema": "old" }');
    const { chmodSync } = await import('node:fs');
    chmodSync(real, 0o640);
    const link = path.join(dir, 'link.json');
    symlinkSync('real.json', link);
    expect((await runCaptured((io) => runThemesSchema({ output: link }, io))).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.json');
    expect(JSON.parse(readFileSync(real, 'utf8')).type).toBe('object');
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });

  it('themes init --force over a symlink planted at the theme name writes through it atomically, mode kept', async () => {
    const dir = caseDir();
    const real = path.join(dir, 'kept.yaml');
    writeFileSync(real, 'name: old\n');
    const { chmodSync } = await import('node:fs');
    chmodSync(real, 0o600);
    symlinkSync('kept.yaml', path.join(dir, 'mine.yaml'));
    const r = await runCaptured((io) => runThemesInit('mine', { force: true }, io, dir));
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'mine.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^# /m);
    expect(readFileSync(real, 'utf8')).toMatch(/name: mine/);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(listDir(dir)).toEqual(['kept.yaml', 'mine.yaml']);
  });
});

describe('small things that said the wrong thing (item 15)', () => {
  it('front-matter keys `constructor` and `toString` get the unknown-key warning', () => {
    const { warnings } = parse('---\ntitle: x\nconstructor: 1\ntoString: 2\n---\n\n## A\n', { file: 'a.md' });
    // One line for all unknown keys (issue 15), at the first one's line.
    expect(warnings.map((w) => [w.line, w.message.slice(0, 61)])).toEqual([[3, 'front-matter keys "constructor", "toString" unknown to huibao']]);
  });

  it('slideLevel: 1e400 says Infinity, not null', () => {
    let err: unknown;
    try {
      parse('---\nslideLevel: 1e400\n---\n\n## A\n', { file: 'a.md' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HuibaoError);
    expect((err as HuibaoError).message).toBe('front matter "slideLevel": expected a whole number from 1 to 6, got Infinity (a number too large to use)');
  });

  it('a deck whose folder is / reads its images (the containment check knew no root)', () => {
    const dir = caseDir();
    writeFileSync(path.join(dir, 'pic.png'), png(8, 4));
    const rel = path.relative('/', path.join(dir, 'pic.png'));
    const { deck } = parse(`## A\n\n![p](${rel})\n`, { file: '/deck.md' });
    const diag = new Diagnostics('/deck.md');
    const images = loadImages(deck, { baseDir: '/', allowedDirs: ['/'] }, diag);
    expect(diag.warnings).toEqual([]);
    expect(images.get(rel)).toMatchObject({ ok: true, width: 8, height: 4 });
  });
});
