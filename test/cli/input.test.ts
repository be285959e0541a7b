// Reading the input file: encodings (UTF-8 ± BOM, UTF-16 with BOM, GB18030/GBK), line endings, wide and
// non-breaking spaces, binary input and the size limit — each asserted on the message, the exit code, and that
// no output (and no temp file) is left behind after a failure.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeInput, MAX_INPUT_BYTES, readInput } from '../../src/cli/input.js';
import { runBuild } from '../../src/cli/build.js';
import { HuibaoError } from '../../src/errors.js';
import { cliPath, hasCli, listDir, runCaptured, runCli, STACK_LINE, tempDir } from '../reliability/cli-helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const root = tempDir('huibao-input-');
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh folder holding one input file; returns the file's path. */
function inputFile(bytes: Uint8Array | string, name = 'talk.md'): string {
  const dir = path.join(root, `case${++n}`);
  mkdirSync(dir);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function caught(f: () => unknown): HuibaoError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(HuibaoError);
    return e as HuibaoError;
  }
  throw new Error('expected a HuibaoError, nothing was thrown');
}

async function slideTexts(pptx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort();
  const xml = await Promise.all(names.map((f) => zip.file(f)!.async('string')));
  return xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')).join('\n');
}

// "# 汇报\n\n## 要点\n\n- 中文，标题\n" in GB18030 (GBK), byte by byte: 汇报 BB E3 B1 A8, 要点 D2 AA B5 E3,
// 中文 D6 D0 CE C4, ， A3 AC, 标题 B1 EA CC E2.
const GBK_TEXT = '# 汇报\n\n## 要点\n\n- 中文，标题\n';
const GBK_BYTES = Uint8Array.from([
  0x23, 0x20, 0xbb, 0xe3, 0xb1, 0xa8, 0x0a, 0x0a,
  0x23, 0x23, 0x20, 0xd2, 0xaa, 0xb5, 0xe3, 0x0a, 0x0a,
  0x2d, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0xa3, 0xac, 0xb1, 0xea, 0xcc, 0xe2, 0x0a,
]);
const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Uint8Array.from([0xfe, 0xff, ...le]);
};

describe('decodeInput: encodings', () => {
  const text = '---\ntitle: 季度汇报\n---\n\n## 要点\n\n- 中文 and English 😀\n';

  it('reads UTF-8 without a BOM silently', () => {
    expect(decodeInput(Buffer.from(text))).toEqual({ text });
  });
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]));
    expect(r.text).toBe(text);
    expect(r.notice).toBeUndefined();
  });
  it('reads UTF-16LE and UTF-16BE with a BOM and says so', () => {
    expect(decodeInput(utf16le(text))).toEqual({ text, notice: 'read as UTF-16 (little-endian)' });
    expect(decodeInput(utf16be(text))).toEqual({ text, notice: 'read as UTF-16 (big-endian)' });
  });
  it('falls back to GB18030 for GBK bytes and says so', () => {
    const r = decodeInput(GBK_BYTES, 'gbk.md');
    expect(r.text).toBe(GBK_TEXT);
    expect(r.notice).toMatch(/not UTF-8: read as GB18030 \(GBK\)/);
  });
  it('keeps U+3000 (A1 A1) and NBSP in GB18030 input', () => {
    // "　　同志们" with a full-width space pair, then "a<NBSP>b" (NBSP is 81 30 84 32 in GB18030).
    const bytes = Uint8Array.from([0xa1, 0xa1, 0xa1, 0xa1, 0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0x0a, 0x61, 0x81, 0x30, 0x84, 0x32, 0x62, 0x0a]);
    expect(decodeInput(bytes).text).toBe('\u3000\u3000同志们\na\u00A0b\n');
  });
  it('refuses binary input (NUL bytes) with the line of the first NUL', () => {
    const e = caught(() => decodeInput(Uint8Array.from([0x23, 0x0a, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'x.md'));
    expect(e.message).toBe('this looks like a binary file (it contains NUL bytes), not Markdown or text');
    expect(e.format()).toBe('x.md:3: this looks like a binary file (it contains NUL bytes), not Markdown or text');
    expect(e.exitCode).toBe(1);
  });
  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80));
    expect(caught(() => decodeInput(junk, 'x.md')).message).toBe('the file is not UTF-8, and not plausible as GB18030, Big5 or Shift_JIS text either; save it as UTF-8 and try again');
  });
});

describe('readInput: files', () => {
  it('a missing file, a folder', () => {
    expect(caught(() => readInput(path.join(root, 'nope.md'))).message).toBe('no such file');
    expect(caught(() => readInput(root)).message).toBe('is a folder, not a Markdown or text file');
  });
  it('refuses a file over the size limit before reading it', () => {
    const f = inputFile('# x\n');
    truncateSync(f, MAX_INPUT_BYTES + 1); // sparse: costs no disk
    expect(caught(() => readInput(f)).message).toBe(`the file is 20.0 MB; the limit is 20 MB`);
  });
  it('accepts a file exactly at the size limit', () => {
    const f = inputFile('# x\n');
    truncateSync(f, MAX_INPUT_BYTES); // zero bytes after "# x\n" → binary (NUL), but the size check passes
    expect(caught(() => readInput(f)).message).toMatch(/binary file/);
  });
});

describe('runBuild: every encoding and line ending gives the same deck', () => {
  const text = '---\ntitle: 季度汇报\ndate: 2024-05-01\n---\n\n# 一、总体情况\n\n## 要点\n\n- 中文，标题\n- 第二条\n\n| 项目 | 数量 |\n|---|---|\n| 甲 | 1 |\n';
  const variants: Record<string, Uint8Array | string> = {
    'UTF-8': text,
    'UTF-8 BOM': Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]),
    'UTF-16LE BOM': utf16le(text),
    'UTF-16BE BOM': utf16be(text),
    CRLF: text.replace(/\n/g, '\r\n'),
    CR: text.replace(/\n/g, '\r'),
  };

  it.each(Object.keys(variants))('%s', async (name) => {
    const ref = inputFile(text);
    const refOut = await runCaptured((io) => runBuild(ref, { quiet: true }, io));
    expect(refOut.code).toBe(0);
    const f = inputFile(variants[name]);
    const r = await runCaptured((io) => runBuild(f, { quiet: true }, io));
    expect(r.io.stderr.replace(/^huibao: .*read as UTF-16 \((little|big)-endian\)$/m, '')).toBe('');
    expect(r.code).toBe(0);
    expect(sha(readFileSync(f.replace(/\.md$/, '.pptx')))).toBe(sha(readFileSync(ref.replace(/\.md$/, '.pptx'))));
  });

  it('GB18030: builds, prints the notice, and the Chinese text reaches the slides', async () => {
    const f = inputFile(GBK_BYTES);
    const r = await runCaptured((io) => runBuild(f, {}, io));
    expect(r.code).toBe(0);
    expect(r.io.errLines).toContain(`huibao: ${f}: not UTF-8: read as GB18030 (GBK); save as UTF-8 to silence this notice`);
    const texts = await slideTexts(readFileSync(f.replace(/\.md$/, '.pptx')));
    expect(texts).toContain('中文，标题');
    expect(texts).toContain('要点');
  });

  it('U+3000 and NBSP are kept as text, not dropped or turned into breaks', async () => {
    const f = inputFile('## 要点\u3000一\n\n\u3000\u3000同志们：今天开会。\n\n- a\u00A0b 100\u00A0km\n');
    const r = await runCaptured((io) => runBuild(f, { quiet: true }, io));
    expect(r.code).toBe(0);
    const texts = await slideTexts(readFileSync(f.replace(/\.md$/, '.pptx')));
    expect(texts).toContain('要点\u3000一');
    expect(texts).toContain('同志们：今天开会。');
    expect(texts).toContain('a\u00A0b 100\u00A0km');
  });
});

describe('runBuild: bad input leaves nothing behind', () => {
  it('binary input → exit 1, file:line message, no deck, no temp file', async () => {
    const f = inputFile(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'image.md');
    const r = await runCaptured((io) => runBuild(f, {}, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${f}:3: this looks like a binary file (it contains NUL bytes), not Markdown or text`]);
    expect(listDir(path.dirname(f))).toEqual(['image.md']);
  });

  it('input over the size limit → exit 1, message, no deck', async () => {
    const f = inputFile('# big\n');
    truncateSync(f, MAX_INPUT_BYTES + 1024 * 1024);
    const r = await runCaptured((io) => runBuild(f, {}, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${f}: the file is 21.0 MB; the limit is 20 MB`]);
    expect(listDir(path.dirname(f))).toEqual(['talk.md']);
  });

  it('an empty file → exit 1, a clear message, no deck', async () => {
    const f = inputFile('\uFEFF \n\n');
    const r = await runCaptured((io) => runBuild(f, {}, io));
    expect(r.code).toBe(1);
    expect(r.io.errLines).toEqual([`huibao: ${f}:1: the file is empty: nothing to build`]);
    expect(listDir(path.dirname(f))).toEqual(['talk.md']);
  });
});

describe.skipIf(!hasCli)('the real binary (node dist/bin/main.js)', () => {
  if (!hasCli) console.warn(`input.test: ${cliPath} is missing (run npx tsc first); skipping the binary tests`);

  it('binary input: exit 1, one line on stderr, no stack trace, nothing written', () => {
    const f = inputFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'deck.md');
    const r = runCli(['build', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`huibao: ${f}:1: this looks like a binary file (it contains NUL bytes), not Markdown or text\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
    expect(listDir(path.dirname(f))).toEqual(['deck.md']);
  });

  it('GB18030 input: exit 0, the notice on stderr, the deck written', () => {
    const f = inputFile(GBK_BYTES);
    const r = runCli(['build', f]);
    expect(r.stderr).toContain('not UTF-8: read as GB18030 (GBK)');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^huibao: wrote .*talk\.pptx \(\d+ slides?, theme /);
    expect(existsSync(f.replace(/\.md$/, '.pptx'))).toBe(true);
  });

  it('a missing file: exit 1, no stack trace; --debug adds one', () => {
    const f = path.join(root, 'missing.md');
    const r = runCli(['build', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`huibao: ${f}: no such file\n`);
    const d = runCli(['build', f, '--debug']);
    expect(d.status).toBe(1);
    expect(d.stderr).toMatch(STACK_LINE);
  });
});
