// The library API for the meeting tools (src/index.ts): exportDeck() hands back the PDF, pictures, handout or
// script as bytes (LibreOffice for all but the .docx script); startPreview() serves the live page and returns its
// URL and close(). Both check their options like build(): a HuibaoError naming the option.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build, exportDeck, HuibaoError, startPreview } from '../../src/index.js';
import { tempDir } from '../reliability/cli-helpers.js';
import { repoRoot } from '../reliability/pptx-check.js';

const tool = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const haveTools = tool('soffice') && tool('pdftotext') && tool('pdftoppm');
const seed = path.join(repoRoot, 'slides', 'three-points.md');
const TALK = '---\ntitle: Quarterly review\n---\n\n## Revenue grew\n\n- up 12 %\n\n::: notes\nSay the revenue number slowly.\n:::\n\n## Costs fell\n\n- down 3 %\n';

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HuibaoError);
  return (e as HuibaoError).message;
}

afterEach(() => vi.unstubAllEnvs());

describe('exportDeck: options', () => {
  it('refuses a wrong option with one message naming it, before any work', async () => {
    const md = '## One\n';
    expect(await refusal(exportDeck(md, { to: 'gif' } as never))).toBe('exportDeck(): option to: expected one of "pdf", "png", "handout", "script", got "gif"');
    expect(await refusal(exportDeck(md, { to: 'png', dpi: 10 }))).toBe('exportDeck(): option dpi: expected a whole number from 30 to 1200, got 10');
    expect(await refusal(exportDeck(md, { to: 'handout', perPage: 4 as never }))).toBe('exportDeck(): option perPage: expected 2, 3 or 6, got 4');
    expect(await refusal(exportDeck(md, { to: 'script', format: 'odt' as never }))).toBe('exportDeck(): option format: expected "pdf" or "docx", got "odt"');
    expect(await refusal(exportDeck(md, { to: 'pdf', timeout: 0 }))).toBe('exportDeck(): option timeout: expected seconds, from 1 to 3600, got 0');
    expect(await refusal(exportDeck(md, { to: 'pdf', aspect: '3:2' as never }))).toBe('exportDeck(): option aspect: expected "16:9" or "4:3", got "3:2"');
    expect(await refusal(exportDeck(md, undefined as never))).toBe('exportDeck(): the options must be an object with at least { to: "pdf" }, got undefined');
    expect(await refusal(exportDeck(42 as never, { to: 'pdf' }))).toBe('exportDeck(): the deck must be Markdown (a string) or a .pptx\'s bytes (a Uint8Array), got 42');
    expect(await refusal(exportDeck(new Uint8Array([1, 2, 3]), { to: 'pdf' }))).toBe('exportDeck(): the bytes are not a .pptx (a zip file starts with "PK")');
  });

  it('without LibreOffice: the install hint, before building; the .docx script needs none', async () => {
    vi.stubEnv('PATH', '');
    vi.stubEnv('HUIBAO_SOFFICE_PLACES', '');
    vi.stubEnv('HUIBAO_SOFFICE', '');
    expect(await refusal(exportDeck('## One\n', { to: 'pdf' }))).toMatch(/LibreOffice was not found/);
    const r = await exportDeck(TALK, { to: 'script', format: 'docx' });
    expect(r.to).toBe('script');
    expect(r.slides).toBe(3); // the title slide and two
    const doc = strFromU8(unzipSync(r.bytes)['word/document.xml']);
    for (const s of ['Revenue grew', 'Say the revenue number slowly.', 'Costs fell']) expect(doc).toContain(s);
    expect(doc.indexOf('Revenue grew')).toBeLessThan(doc.indexOf('Costs fell'));
  });
});

describe.runIf(haveTools)('exportDeck through LibreOffice', () => {
  it.concurrent('Markdown → PDF: a page a slide, every title in its text; .pptx bytes → pictures at the dpi asked', async () => {
    const dir = tempDir();
    const [pdf, deck] = await Promise.all([exportDeck(readFileSync(seed, 'utf8'), { to: 'pdf', file: seed }), build(readFileSync(seed, 'utf8'), { file: seed })]);
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.pages).toBe(deck.laid.slides.length);
    expect(pdf.pictures).toEqual([]);
    writeFileSync(path.join(dir, 'a.pdf'), pdf.bytes);
    const text = spawnSync('pdftotext', [path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const s of deck.laid.slides) expect(text).toContain(s.titleText.replace(/\s+/g, ''));

    const built = await build(TALK, {});
    const png = await exportDeck(built.bytes, { to: 'png', dpi: 48 });
    expect(png.pictures).toHaveLength(3);
    expect(png.pages).toBe(3);
    const v = new DataView(png.pictures[0].buffer, png.pictures[0].byteOffset);
    expect(Math.abs(v.getUint32(16) - 640)).toBeLessThanOrEqual(1); // 13.333 × 7.5 in at 48 dpi (pdftoppm rounds up)
    expect(v.getUint32(20)).toBe(360);
  });

  it.concurrent('handout (2 a page) and the PDF script from the same Markdown', async () => {
    const [handout, script] = await Promise.all([exportDeck(TALK, { to: 'handout', perPage: 2 }), exportDeck(TALK, { to: 'script' })]);
    expect(handout.pages).toBe(2); // 3 slides, 2 a page
    expect(script.pages).toBe(1);
    const dir = tempDir();
    writeFileSync(path.join(dir, 's.pdf'), script.bytes);
    const text = spawnSync('pdftotext', [path.join(dir, 's.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Revenue grew');
    expect(text).toContain('Say the revenue number slowly.');
    expect(text.indexOf('Revenue grew')).toBeLessThan(text.indexOf('Costs fell'));
  });
});

describe('startPreview', () => {
  it('serves the deck on 127.0.0.1, follows a save, and stops on close()', async () => {
    const dir = tempDir();
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, TALK);
    const lines: string[] = [];
    const p = await startPreview(md, { port: 0, log: (l) => lines.push(l) });
    try {
      expect(p.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const deck = async () => (await fetch(new URL('deck', p.url))).text();
      expect(await deck()).toContain('Revenue grew');
      expect(lines.join('\n')).toMatch(/built 3 slides in \d+ ms/);
      writeFileSync(md, TALK.replace('Costs fell', 'Costs fell again'));
      const t0 = Date.now();
      while (!(await deck()).includes('Costs fell again') && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 50));
      expect(await deck()).toContain('Costs fell again');
    } finally {
      await p.close();
    }
    await expect(fetch(p.url)).rejects.toThrow();
  });

  it('refuses a wrong option or a missing deck with one message', async () => {
    const dir = tempDir();
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, TALK);
    expect(await refusal(startPreview(md, { port: 70000 }))).toBe('startPreview(): option port: expected a whole number from 0 to 65535, got 70000');
    expect(await refusal(startPreview(md, { port: '80' as never }))).toBe('startPreview(): option port: expected a whole number from 0 to 65535, got "80"');
    expect(await refusal(startPreview(md, { slideLevel: 9 }))).toBe('startPreview(): option slideLevel: expected a whole number from 1 to 6, got 9');
    expect(await refusal(startPreview(md, { log: 'yes' as never }))).toBe('startPreview(): option log: expected a function, got "yes"');
    expect(await refusal(startPreview(path.join(dir, 'nope.md')))).toBe('startPreview(): no such file');
    expect(await refusal(startPreview(dir))).toBe('startPreview(): not a file');
  });
});
