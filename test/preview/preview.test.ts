// The live preview in a real headless Chromium (Debian's /usr/bin/chromium through puppeteer-core): the page shows
// the titles and notes, an edit reaches the page, a syntax error is shown without losing the slides, only the
// page's own resources are served, and a slide drawn by the preview sits where LibreOffice draws the same slide
// from the .pptx (text box ink within a few pixels).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { startPreview, type RunningPreview } from '../../src/cli/preview.js';
import { build } from '../../src/build.js';
import { pdfToPngs, pptxToPdf } from '../../src/export/index.js';
import { cutLines, editorArgs } from '../../src/preview/index.js';

const CHROMIUM = process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const haveLo = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftoppm']).status === 0;
const quiet = { out: () => {}, err: () => {} };

const DECK = (title: string) => `---
title: 季度工作汇报
lang: zh-CN
---

## ${title}

- 收入同比增长百分之十二，主要来自新产品线
- 成本下降三个百分点
- 客户满意度保持在九成以上

::: notes
先讲收入，再讲成本。
:::

## Next steps

- Hire two engineers for the platform team
- Ship the new onboarding flow before the end of the quarter

> 行百里者半九十。
`;

function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    http
      .get({ host: u.hostname, port: u.port, path: u.pathname + u.search, headers: host ? { Host: host } : {} }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('preview helpers', () => {
  it('cuts runs at the wrapper line ends, skipping the spaces dropped at a break', () => {
    const cut = cutLines([{ text: 'Hire two ' }, { text: 'engineers', bold: true }, { text: ' now' }], ['Hire two', 'engineers now']);
    expect(cut).toEqual([[{ text: 'Hire two', breakBefore: undefined }], [{ text: 'engineers', bold: true, breakBefore: undefined }, { text: ' now', breakBefore: undefined }]]);
    expect(cutLines([{ text: 'abc' }], ['xyz'])).toBeUndefined();
  });
  it('editor commands: {file} and {line} filled in, else file:line appended', () => {
    expect(editorArgs('code -g', '/d/t.md', 7)).toEqual(['code', '-g', '/d/t.md:7']);
    expect(editorArgs('vim +{line} {file}', '/d/t.md', 7)).toEqual(['vim', '+7', '/d/t.md']);
  });
});

describe.runIf(haveChromium)('huibao preview in headless Chromium', () => {
  let dir: string;
  let md: string;
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-preview-'));
    md = path.join(dir, 'talk.md');
    writeFileSync(md, DECK('收入增长'));
    writeFileSync(path.join(dir, 'secret.txt'), 'not for the page');
    preview = await startPreview(md, { port: '0' }, quiet);
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir: mkdtempSync(path.join(os.tmpdir(), 'huibao-chromium-')),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows every slide title and the notes; an edit reaches the page; a syntax error is shown, slides kept', async () => {
    await page.goto(preview.server.url);
    await page.waitForFunction(() => (window as unknown as { __huibao?: { version: number } }).__huibao?.version === 1);
    const text = await page.$eval('#stage', (e) => (e as HTMLElement).innerText);
    for (const t of ['季度工作汇报', '收入增长', 'Next steps', '行百里者半九十。']) expect(text).toContain(t);
    expect(await page.$$eval('.slide', (s) => s.length)).toBe(3);
    // Keyboard: → to the second slide, whose notes show in the pane with its source line.
    await page.keyboard.press('ArrowRight');
    expect(await page.$eval('#notes', (e) => (e as HTMLElement).innerText)).toContain('先讲收入，再讲成本。');
    expect(await page.$eval('#where', (e) => e.textContent)).toBe('talk.md:6');
    // Clicking a slide reports its Markdown line.
    await page.click('#s3');
    await page.waitForFunction(() => document.querySelector('header .status')?.textContent === 'talk.md:16');

    writeFileSync(md, DECK('收入大幅增长'));
    await page.waitForFunction(() => document.querySelector('#stage')!.textContent!.includes('收入大幅增长'), { timeout: 10_000 });

    writeFileSync(md, '---\ntitle: [unclosed\n---\n\n## A\n');
    await page.waitForFunction(() => document.body.classList.contains('has-error'), { timeout: 10_000 });
    expect(await page.$eval('#error', (e) => e.textContent)).toMatch(/talk\.md:2: invalid YAML front matter/);
    expect(await page.$$eval('.slide', (s) => s.length)).toBe(3);
    writeFileSync(md, DECK('收入增长'));
    await page.waitForFunction(() => !document.body.classList.contains('has-error') && document.querySelector('#stage')!.textContent!.includes('收入增长'), { timeout: 10_000 });
  });

  it('serves only its own page, deck, events and pictures, and only to 127.0.0.1/localhost', async () => {
    const base = preview.server.url;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const p of ['secret.txt', 'talk.md', '../talk.md', '%2e%2e/%2e%2e/etc/passwd', 'img/../talk.md', 'img/0000000000000000']) expect((await get(base + p)).status).toBe(404);
    expect((await get(base, 'evil.example:80')).status).toBe(403);
    expect((await get(base + 'deck')).body).toContain('"title":"季度工作汇报"');
  });

  it.runIf(haveLo)('a slide sits where LibreOffice draws it: text boxes within a few pixels', async () => {
    const r = await build(readFileSync(md, 'utf8'), { file: md });
    const [pdfPng] = await Promise.all([pptxToPdf(r.bytes).then((pdf) => pdfToPngs(pdf, 96))]);
    const index = 1; // the bullet slide
    const shot = await (async () => {
      await page.goto(preview.server.url + '?scale=1');
      await page.waitForFunction(() => (window as unknown as { __huibao?: { version: number } }).__huibao !== undefined);
      const el = await page.$(`#s${index + 1}`);
      return Buffer.from(await el!.screenshot({ type: 'png' }));
    })();
    const boxes = r.laid.slides[index].items.filter((i) => i.kind === 'text').map((b) => ({ x: b.x * 96, y: b.y * 96, w: b.w * 96, h: b.h * 96 }));
    // Ink bounding box of each text box region, in both pictures, measured in the browser (canvas).
    const ink = await page.evaluate(
      async (a: string, b: string, regions: { x: number; y: number; w: number; h: number }[]) => {
        const load = (src: string) => new Promise<HTMLImageElement>((res) => { const i = new Image(); i.onload = () => res(i); i.src = src; });
        const measure = (img: HTMLImageElement) => {
          const c = document.createElement('canvas');
          c.width = img.width; c.height = img.height;
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const d = g.getImageData(0, 0, c.width, c.height).data;
          return regions.map((r) => {
            const x0 = Math.max(0, Math.floor(r.x)), y0 = Math.max(0, Math.floor(r.y)), x1 = Math.min(c.width, Math.ceil(r.x + r.w)), y1 = Math.min(c.height, Math.ceil(r.y + r.h));
            const bg = [d[(y0 * c.width + x0) * 4], d[(y0 * c.width + x0) * 4 + 1], d[(y0 * c.width + x0) * 4 + 2]];
            let minX = 1e9, minY = 1e9, maxX = -1, maxY = -1;
            for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
              const k = (y * c.width + x) * 4;
              if (Math.abs(d[k] - bg[0]) + Math.abs(d[k + 1] - bg[1]) + Math.abs(d[k + 2] - bg[2]) > 180) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
            }
            return { minX, minY, maxX, maxY, w: c.width, h: c.height };
          });
        };
        return { preview: measure(await load(a)), lo: measure(await load(b)) };
      },
      'data:image/png;base64,' + shot.toString('base64'),
      'data:image/png;base64,' + Buffer.from(pdfPng[index]).toString('base64'),
      boxes,
    );
    expect(ink.preview[0].w).toBe(1280);
    expect(Math.abs(ink.lo[0].w - 1280)).toBeLessThanOrEqual(1);
    ink.preview.forEach((p, i) => {
      const l = ink.lo[i];
      expect(p.maxX, `box ${i} has ink in the preview`).toBeGreaterThan(0);
      // Left and top edges of the text: same box, same inset, same line pitch.
      expect(Math.abs(p.minX - l.minX), `box ${i} left ${p.minX} vs ${l.minX}`).toBeLessThanOrEqual(4);
      expect(Math.abs(p.minY - l.minY), `box ${i} top ${p.minY} vs ${l.minY}`).toBeLessThanOrEqual(6);
      expect(Math.abs(p.maxY - l.maxY), `box ${i} bottom ${p.maxY} vs ${l.maxY}`).toBeLessThanOrEqual(8);
    });
  });
});
