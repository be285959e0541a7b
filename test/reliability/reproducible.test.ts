// Same input, theme and options → byte-identical .pptx: across runs, across processes with different time zones
// and clocks, and with SOURCE_DATE_EPOCH changing docProps/core.xml and nothing else (pitfalls A9).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { docDate } from '../../src/render/postprocess.js';
import { cliPath, hasCli, runCli, tempDir } from './cli-helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const MD = `---
title: 可重复构建
author: 测试组
---

# 一、总体情况

## 要点

- 坚持**“两个确立”**的决定性意义
- 第二条 with [a link](https://example.com)

| 项目 | 数量 |
|---|---:|
| 甲 | 1 |

::: notes
讲稿第一段。

讲稿第二段。
:::

# 二、下一步

## 安排

> 引用一句话。

\`\`\`js
console.log(1);
\`\`\`
`;

async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const n of Object.keys(zip.files)) out.set(n, sha(await zip.file(n)!.async('uint8array')));
  return out;
}
async function coreXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
}
const created = (core: string) => /<dcterms:created[^>]*>([^<]*)</.exec(core)?.[1];
const modified = (core: string) => /<dcterms:modified[^>]*>([^<]*)</.exec(core)?.[1];

let savedEpoch: string | undefined;
beforeEach(() => {
  savedEpoch = process.env.SOURCE_DATE_EPOCH;
  delete process.env.SOURCE_DATE_EPOCH;
});
afterEach(() => {
  if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = savedEpoch;
});

describe('reproducible: in-process', () => {
  it('two builds 1.2 s apart give the same SHA-256', async () => {
    const a = await build(MD, { file: 'talk.md' });
    await sleep(1200);
    const b = await build(MD, { file: 'talk.md' });
    expect(a.bytes.length).toBeGreaterThan(10_000);
    expect(sha(b.bytes)).toBe(sha(a.bytes));
  });

  it('the zip: [Content_Types].xml first, every entry dated 2000-01-01 (UTC), DEFLATE, no folder entries', async () => {
    const { bytes } = await build(MD, { file: 'talk.md' });
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.filter((n) => zip.files[n].dir)).toEqual([]);
    // Local file headers: method (offset 8) and DOS time/date (10, 12) of every entry.
    const buf = Buffer.from(bytes);
    let count = 0;
    for (let i = buf.indexOf('PK\x03\x04'); i >= 0; i = buf.indexOf('PK\x03\x04', i + 4)) {
      expect(buf.readUInt16LE(i + 8)).toBe(8); // DEFLATE
      expect(buf.readUInt16LE(i + 10)).toBe(0); // 00:00:00
      expect(buf.readUInt16LE(i + 12)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1); // 2000-01-01
      count++;
    }
    expect(count).toBe(names.length);
  });

  it('no date: core.xml says 2000-01-01T00:00:00Z; no random section GUIDs', async () => {
    const { bytes } = await build(MD, { file: 'talk.md' });
    const core = await coreXml(bytes);
    expect(created(core)).toBe('2000-01-01T00:00:00Z');
    expect(modified(core)).toBe('2000-01-01T00:00:00Z');
    // pptxgenjs gives sections Math.random GUIDs (pitfalls A9): either there are none, or postprocess made them stable.
    const pres = await (await JSZip.loadAsync(bytes)).file('ppt/presentation.xml')!.async('string');
    const ids = [...pres.matchAll(/<p14:section name="[^"]*" id="(\{[^}]+\})"/g)].map((m) => m[1]);
    const again = await (await JSZip.loadAsync((await build(MD, { file: 'talk.md' })).bytes)).file('ppt/presentation.xml')!.async('string');
    expect([...again.matchAll(/<p14:section name="[^"]*" id="(\{[^}]+\})"/g)].map((m) => m[1])).toEqual(ids);
  });

  it('SOURCE_DATE_EPOCH changes docProps/core.xml and nothing else', async () => {
    const plain = await build(MD, { file: 'talk.md' });
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    const dated = await build(MD, { file: 'talk.md' });
    const again = await build(MD, { file: 'talk.md' });
    expect(sha(again.bytes)).toBe(sha(dated.bytes));
    expect(sha(dated.bytes)).not.toBe(sha(plain.bytes));
    const [a, b] = [await entries(plain.bytes), await entries(dated.bytes)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a.keys()].filter((k) => a.get(k) !== b.get(k))).toEqual(['docProps/core.xml']);
    const core = await coreXml(dated.bytes);
    expect(created(core)).toBe('2023-11-14T22:13:20Z');
    expect(modified(core)).toBe('2023-11-14T22:13:20Z');
  });

  it('front matter date: 2024-05-01 reaches core.xml, and wins over SOURCE_DATE_EPOCH', async () => {
    const md = MD.replace('author: 测试组', 'author: 测试组\ndate: 2024-05-01');
    const { bytes } = await build(md, { file: 'talk.md' });
    expect(created(await coreXml(bytes))).toBe('2024-05-01T00:00:00Z');
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    const withEpoch = await build(md, { file: 'talk.md' });
    expect(sha(withEpoch.bytes)).toBe(sha(bytes));
  });

  it('the date option wins over front matter', async () => {
    const md = MD.replace('author: 测试组', 'author: 测试组\ndate: 2024-05-01');
    const { bytes } = await build(md, { file: 'talk.md', date: '2025-12-31' });
    expect(modified(await coreXml(bytes))).toBe('2025-12-31T00:00:00Z');
  });
});

describe('docDate: one meaning in every time zone', () => {
  it.each([
    ['2024-05-01', '2024-05-01T00:00:00Z'],
    ['2024/5/1', '2024-05-01T00:00:00Z'],
    ['2024年5月1日', '2024-05-01T00:00:00Z'],
    ['2024-05-01 09:30', '2024-05-01T09:30:00Z'],
    ['2024-05-01T09:30:15', '2024-05-01T09:30:15Z'],
    ['2024-05-01T09:30:00+08:00', '2024-05-01T01:30:00Z'],
    ['2024-05-01T09:30:00.123Z', '2024-05-01T09:30:00Z'],
  ])('%s → %s', (input, iso) => {
    expect(docDate(input)).toBe(iso);
  });
  it.each(['May 1, 2024', '二〇二四年五月', '2024-02-30', '2024-13-01', 'XX年XX月', ''])('"%s" is not used: the fixed date', (input) => {
    expect(docDate(input)).toBe('2000-01-01T00:00:00Z');
  });
  it('an unusable SOURCE_DATE_EPOCH is ignored (not a RangeError)', () => {
    for (const v of ['99999999999999999999', '-1', 'abc', '1e9']) {
      process.env.SOURCE_DATE_EPOCH = v;
      expect(docDate()).toBe('2000-01-01T00:00:00Z');
    }
    process.env.SOURCE_DATE_EPOCH = '0';
    expect(docDate()).toBe('1970-01-01T00:00:00Z');
  });
});

describe.skipIf(!hasCli)('reproducible: the CLI in separate processes, time zones and seconds apart', () => {
  if (!hasCli) console.warn(`reproducible.test: ${cliPath} is missing (run npx tsc first); skipping the CLI test`);
  const root = tempDir('huibao-repro-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('TZ=UTC, Asia/Shanghai, America/Los_Angeles; 1.1 s apart; with a local-looking date time → one SHA-256', async () => {
    const md = MD.replace('author: 测试组', 'author: 测试组\ndate: 2024-05-01 09:30');
    const hashes: string[] = [];
    for (const [k, tz] of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'].entries()) {
      const dir = path.join(root, `run${k}`);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'talk.md'), md);
      const env: NodeJS.ProcessEnv = { TZ: tz, LANG: k === 1 ? 'zh_CN.UTF-8' : 'C' };
      const r = runCli(['build', 'talk.md', '-q'], { cwd: dir, env: { ...env, SOURCE_DATE_EPOCH: undefined } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const bytes = readFileSync(path.join(dir, 'talk.pptx'));
      hashes.push(sha(bytes));
      if (k === 0) expect(created(await coreXml(bytes))).toBe('2024-05-01T09:30:00Z');
      await sleep(1100);
    }
    expect(new Set(hashes).size).toBe(1);
  });
});
