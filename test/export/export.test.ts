// Export through the real LibreOffice: page counts (pdfinfo), the slide titles in the PDF's text (pdftotext),
// pictures, handouts and the speaker script; and the one clear message when LibreOffice is missing.
// The LibreOffice runs go concurrently (each has its own profile) to keep the suite short.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { pptxScript } from '../../src/export/pptx-text.js';
import { grid, handoutPages } from '../../src/export/handout.js';
import { scriptDocx } from '../../src/export/docx.js';
import { scriptPages } from '../../src/export/script.js';
import { findSoffice, usualPlaces } from '../../src/export/soffice.js';
import { cliPath, hasCli, listDir, runCli, tempDir } from '../reliability/cli-helpers.js';
import { repoRoot } from '../reliability/pptx-check.js';

const run = promisify(execFile);
const tool = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const haveTools = tool('soffice') && tool('pdfinfo') && tool('pdftotext') && tool('pdftoppm');
const seed = path.join(repoRoot, 'slides', 'three-points.md');

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const r = await run(process.execPath, [cliPath, ...args], { env: { ...process.env, HUIBAO_DEBUG: '', ...env }, timeout: 150_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
const pages = (pdf: string) => Number(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout.match(/^Pages:\s+(\d+)/m)?.[1]);
const pdfText = (pdf: string) => spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');

async function seedDeck() {
  const r = await build(readFileSync(seed, 'utf8'), { file: seed });
  return r;
}

describe.runIf(haveTools && hasCli)('huibao export (LibreOffice)', () => {
  it.concurrent('pdf: one page per slide, every slide title in the text', async () => {
    const dir = tempDir();
    const md = path.join(dir, 'three-points.md');
    writeFileSync(md, readFileSync(seed));
    const [r, deck] = await Promise.all([cli(['export', md, '--to', 'pdf']), seedDeck()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = path.join(dir, 'three-points.pdf');
    expect(r.stdout.trim()).toBe(`huibao: wrote ${pdf} (${deck.laid.slides.length} pages)`);
    expect(pages(pdf)).toBe(deck.laid.slides.length);
    const text = pdfText(pdf);
    for (const s of deck.laid.slides) expect(text).toContain(s.titleText.replace(/\s+/g, ''));
    expect(listDir(dir)).toEqual(['three-points.md', 'three-points.pdf']); // no temp files, no .pptx
  });

  it.concurrent('build --pdf; png: a picture per slide at --dpi; handout: 3 a page; script: titles and notes', async () => {
    const dir = tempDir();
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, '---\ntitle: Quarterly review\n---\n\n## Revenue grew\n\n- up 12 %\n\n::: notes\nSay the revenue number slowly.\n:::\n\n## Costs fell\n\n- down 3 %\n\n## Next steps\n\n- hire two people\n\n## Questions\n\n- anyone?\n');
    const b = await cli(['build', md, '--pdf']);
    expect([b.code, b.stderr]).toEqual([0, '']);
    expect(b.stdout).toContain(`huibao: wrote ${path.join(dir, 'talk.pdf')} (5 pages)`);
    expect(pages(path.join(dir, 'talk.pdf'))).toBe(5);
    const pptx = path.join(dir, 'talk.pptx');
    const [png, handout, script] = await Promise.all([
      cli(['export', pptx, '--to', 'png', '--dpi', '48']),
      cli(['export', pptx, '--to', 'handout', '--per-page', '3']),
      cli(['export', md, '--to', 'script']),
    ]);
    for (const r of [png, handout, script]) expect([r.code, r.stderr]).toEqual([0, '']);
    const shots = readdirSync(path.join(dir, 'talk-slides'));
    expect(shots).toEqual(['slide-01.png', 'slide-02.png', 'slide-03.png', 'slide-04.png', 'slide-05.png']);
    const head = readFileSync(path.join(dir, 'talk-slides', 'slide-01.png'));
    // 13.33 × 7.5 in at 48 dpi (pdftoppm rounds the page's points up)
    expect(Math.abs(head.readUInt32BE(16) - 640)).toBeLessThanOrEqual(1);
    expect(Math.abs(head.readUInt32BE(20) - 360)).toBeLessThanOrEqual(1);
    const h = path.join(dir, 'talk-handout.pdf');
    expect(pages(h)).toBe(2); // 5 slides, 3 a page
    expect(spawnSync('pdfinfo', [h], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+595\.\d* x 841\.\d*/); // A4 portrait
    const s = path.join(dir, 'talk-script.pdf');
    const text = pdfText(s);
    for (const t of ['Quarterly review', 'Revenue grew', 'Costs fell', 'Next steps', 'Questions', 'Saytherevenuenumberslowly.']) expect(text).toContain(t.replace(/\s+/g, ''));
    expect(text.indexOf('Revenuegrew')).toBeLessThan(text.indexOf('Costsfell'));
  });
});

describe.runIf(hasCli)('huibao export without LibreOffice', () => {
  it('build --pdf: one clear message with the install hint, non-zero exit, the .pptx still written', () => {
    const dir = tempDir();
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, '## A\n\n- one\n');
    const r = runCli(['build', md, '--pdf'], { env: { PATH: bin, HUIBAO_SOFFICE_PLACES: '', HUIBAO_SOFFICE: undefined } });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^huibao: LibreOffice was not found .*apt-get install libreoffice-impress.*brew install --cask libreoffice/);
    expect(listDir(dir)).toEqual(['bin', 'talk.md', 'talk.pptx']);
    const e = runCli(['export', md, '--to', 'handout'], { env: { PATH: bin, HUIBAO_SOFFICE_PLACES: '' } });
    expect(e.status).toBe(3);
    expect(e.stderr).toMatch(/^huibao: LibreOffice was not found/);
    expect(existsSync(path.join(dir, 'talk-handout.pdf'))).toBe(false);
  });

  it('finds LibreOffice in the usual places per platform, HUIBAO_SOFFICE first', () => {
    expect(usualPlaces('darwin', {})).toContain('/Applications/LibreOffice.app/Contents/MacOS/soffice');
    expect(usualPlaces('win32', { ProgramFiles: 'C:\\Program Files' })).toContain('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(usualPlaces('linux', {})).toContain('/usr/lib/libreoffice/program/soffice');
    expect(usualPlaces('linux', { HUIBAO_SOFFICE_PLACES: '' })).toEqual([]);
    expect(() => findSoffice({ PATH: '', HUIBAO_SOFFICE_PLACES: '' })).toThrow(/LibreOffice was not found/);
    expect(() => findSoffice({ HUIBAO_SOFFICE: '/nonexistent/soffice' })).toThrow(/HUIBAO_SOFFICE is set to \/nonexistent\/soffice/);
  });

  it('refuses bad options and outputs before doing any work', () => {
    const dir = tempDir();
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, '## A\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(runCli(['export', md, '--to', 'gif']).stderr).toMatch(/--to must be one of pdf, png, handout, script, not "gif"/);
    expect(runCli(['export', md, '--to', 'handout', '--per-page', '4']).stderr).toMatch(/--per-page must be 2, 3 or 6/);
    expect(runCli(['export', md, '-o', path.join(dir, 'notes.txt')]).stderr).toMatch(/not a \.pdf or \.docx is already there; use --force/);
    expect(runCli(['export', md, '--to', 'script', '-o', path.join(dir, 'x.txt')]).stderr).toMatch(/written as \.pdf or \.docx/);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('export documents (no LibreOffice needed)', () => {
  it('the script read back from a .pptx has every title and note, in order', async () => {
    const r = await build(readFileSync(seed, 'utf8'), { file: seed });
    const s = pptxScript(r.bytes, 'three-points.pptx');
    expect(s.slides.map((x) => x.title)).toEqual(r.laid.slides.map((x) => x.titleText));
    expect(s.slides.map((x) => x.notes.join(''))).toEqual(r.laid.slides.map((x) => x.notes.join('').replace(/\n/g, '')));
  });

  it('the .docx script holds titles as headings and notes as paragraphs', () => {
    const bytes = scriptDocx({ title: 'T & Co', lang: 'en', fonts: { latin: 'Arial', ea: 'SimSun' }, slides: [{ title: 'One', notes: ['Say <this>.'], text: [], time: '≈ 10 s' }, { title: 'Two', notes: [], text: ['a point'] }] });
    const doc = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(doc).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">1　One</w:t>');
    expect(doc).toContain('Say &lt;this&gt;.');
    expect(doc).toContain('<w:pStyle w:val="Muted"/></w:pPr><w:r><w:t xml:space="preserve">a point</w:t>');
    expect(doc).toContain('T &amp; Co');
    expect(scriptDocx({ title: 'x', lang: 'en', fonts: { latin: 'A', ea: 'B' }, slides: [] })).toEqual(scriptDocx({ title: 'x', lang: 'en', fonts: { latin: 'A', ea: 'B' }, slides: [] }));
  });

  it('handout and script pages stay inside A4 and keep every slide', () => {
    for (const per of [2, 3, 6] as const) {
      for (const ratio of [0.5625, 0.75]) {
        const g = grid(per, ratio);
        const p = handoutPages({ title: 't', lang: 'en', fonts: { latin: 'A', ea: 'B' }, slides: Array(13).fill(new Uint8Array(1)), ratio }, per);
        expect(p).toHaveLength(Math.ceil(13 / per));
        const pics = p.flat().filter((i) => i.kind === 'picture');
        expect(pics).toHaveLength(13);
        for (const i of pics) {
          if (i.kind !== 'picture') continue;
          expect(i.w).toBeCloseTo(g.picW);
          expect(i.x + i.w).toBeLessThanOrEqual(21 - 1.7);
          expect(i.y + i.h).toBeLessThanOrEqual(29.7 - 1.8);
        }
      }
    }
    const long = 'A sentence of notes that goes on. '.repeat(400);
    const sp = scriptPages({ title: 't', lang: 'en', fonts: { latin: 'Arial', ea: 'SimSun' }, slides: [{ title: 'One', notes: [long], text: [] }] });
    expect(sp.length).toBeGreaterThan(3);
    for (const page of sp) for (const i of page) if (i.kind === 'text') expect(i.y + (i.lines.length * i.pitchPt * 2.54) / 72).toBeLessThanOrEqual(29.7 - 2 + 0.01);
  });
});
