// huibao watch: the real binary rebuilds on a save, a syntax error is a message (not an exit), the next good save
// builds again; a picture the deck names is watched (even before it exists); a locked output is retried on the next save.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HuibaoError } from '../../src/errors.js';
import { startWatch } from '../../src/cli/watch.js';
import { cliPath, hasCli } from '../reliability/cli-helpers.js';
import { repoRoot } from '../reliability/pptx-check.js';

const PNG = readFileSync(path.join(repoRoot, 'slides', 'images', 'revenue-by-quarter.png'));

/** Lines as they arrive, and a way to wait for the next one that matches. */
function lines() {
  const seen: string[] = [];
  const waiters: { re: RegExp; from: number; resolve: (l: string) => void }[] = [];
  const push = (l: string) => {
    seen.push(l);
    for (const w of [...waiters]) if (w.re.test(l)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(l); }
  };
  const next = (re: RegExp, ms = 15_000) =>
    new Promise<string>((resolve, reject) => {
      waiters.push({ re, from: seen.length, resolve });
      setTimeout(() => reject(new Error(`no line matching ${re} in ${ms} ms; saw:\n${seen.join('\n')}`)), ms);
    });
  return { seen, push, next };
}

describe.runIf(hasCli)('huibao watch', () => {
  it('rebuilds on save, survives a syntax error, says what changed and how long it took', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-watch-'));
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, '## One\n\n- a\n');
    const child = spawn(process.execPath, [cliPath, 'watch', md], { stdio: ['ignore', 'pipe', 'pipe'] });
    const l = lines();
    const feed = (s: NodeJS.ReadableStream) => {
      let buf = '';
      s.on('data', (d) => {
        buf += d;
        const parts = buf.split('\n');
        buf = parts.pop()!;
        parts.forEach(l.push);
      });
    };
    feed(child.stdout!);
    feed(child.stderr!);
    try {
      await l.next(/^huibao: watching \d+ files?/);
      expect(l.seen[0]).toMatch(/^huibao: \d\d:\d\d:\d\d built .*talk\.pptx in \d+ ms \(1 slide\)$/);
      const rebuilt = l.next(/talk\.md changed → rebuilt .*talk\.pptx in \d+ ms \(2 slides\)$/);
      writeFileSync(md, '## One\n\n- a\n\n## Two\n\n- b\n');
      await rebuilt;
      const bad = l.next(/not built: .*talk\.md:2: invalid YAML front matter.*\(watching; fix it and save\)$/);
      writeFileSync(md, '---\ntitle: [oops\n---\n\n## One\n');
      await bad;
      expect(child.exitCode).toBeNull();
      const again = l.next(/talk\.md changed → rebuilt .*\(3 slides\)$/);
      writeFileSync(md, '## One\n\n- a\n\n## Two\n\n- b\n\n## Three\n\n![chart](chart.png)\n');
      await again;
      // The picture did not exist; it is watched anyway, and its arrival rebuilds the deck.
      const pic = l.next(/chart\.png changed → rebuilt/);
      writeFileSync(path.join(dir, 'chart.png'), PNG);
      await pic;
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('a locked output (PowerPoint on Windows) is a message; the next save writes it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-watch-'));
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, '## One\n');
    const l = lines();
    let locked = false;
    const writes: string[] = [];
    const write = (out: string) => {
      if (locked) throw new HuibaoError('the file is in use (close it in PowerPoint or WPS and try again)', { file: out });
      writes.push(out);
    };
    const w = await startWatch(md, {}, { out: l.push, err: l.push }, write);
    try {
      expect(writes).toHaveLength(1);
      locked = true;
      const msg = l.next(/could not write .*talk\.pptx: the file is in use .*; it will be written on the next save$/);
      writeFileSync(md, '## One\n\n- a\n');
      await msg;
      locked = false;
      const ok = l.next(/rebuilt .*talk\.pptx in \d+ ms \(1 slide\) \(written now\)$/);
      writeFileSync(md, '## One\n\n- b\n');
      await ok;
      expect(writes).toHaveLength(2);
    } finally {
      await w.close();
    }
  });

  it.runIf(spawnSync('sh', ['-c', 'command -v soffice']).status === 0)('--pdf: the PDF beside the deck is written after each build and follows the slide count', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-watch-pdf-'));
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, '## One\n\n- a\n');
    const l = lines();
    const first = l.next(/wrote .*talk\.pdf \(1 page\)$/, 60_000);
    const w = await startWatch(md, { pdf: true }, { out: l.push, err: l.push });
    try {
      await first;
      const pdf = path.join(dir, 'talk.pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const again = l.next(/wrote .*talk\.pdf \(2 pages\)$/, 60_000);
      writeFileSync(md, '## One\n\n- a\n\n## Two\n\n- b\n');
      await again;
      expect(l.seen.some((x) => /talk\.md changed → rebuilt .*\(2 slides\)$/.test(x))).toBe(true);
    } finally {
      await w.close();
    }
  }, 150_000);
});
