// One measured run in a process of its own (bench/run.mjs starts a fresh one per run), so every run pays what a user
// pays — module loading, cold caches, an unwarmed JIT — and its peak memory belongs to that deck alone.
// Prints one line of JSON on stdout.
//
//   node bench/worker.mjs huibao DECK.md [DIST]    the stages build() runs, called one by one and timed:
//                                                  parse, theme (+ images), layout, render (slides, write, post-process)
//   node bench/worker.mjs floor TEXTS.json OUT     bare pptxgenjs: one addText per title and per body, write()
//   node bench/worker.mjs floor-deflate …          the same, zipped with DEFLATE (stream({ compression: true }))
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const t0 = performance.now();
const here = path.dirname(fileURLToPath(import.meta.url));
const [mode, file, third] = process.argv.slice(2);
const now = () => performance.now();
const peakMb = () => process.resourceUsage().maxRSS / 1024;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function huibao() {
  const dist = path.resolve(third ?? path.join(here, '..', 'dist'));
  const load = (m) => import(pathToFileURL(path.join(dist, m)).href);
  const [{ parse }, { resolveTheme }, { layout }, { render }, { loadImages }, { Diagnostics }] = await Promise.all(
    ['parse/index.js', 'theme/index.js', 'layout/index.js', 'render/index.js', 'assets/images.js', 'errors.js'].map(load),
  );
  const ms = { import: now() - t0 };
  // CPU time too (user + system, all threads): on a machine shared with other work it varies far less than wall time.
  const cpuMs = { import: cpuNow() };
  const markdown = fs.readFileSync(file, 'utf8');
  const dir = path.dirname(path.resolve(file));
  const start = now();
  let t = start;
  let c = cpuNow();
  const lap = (k) => {
    const n = now();
    const cn = cpuNow();
    ms[k] = n - t;
    cpuMs[k] = cn - c;
    t = n;
    c = cn;
  };
  const { deck } = parse(markdown, { file });
  lap('parse');
  const theme = resolveTheme(deck.meta.theme, { lang: deck.meta.lang, cwd: dir });
  const images = loadImages(deck, { baseDir: dir, allowedDirs: [dir] }, new Diagnostics(file));
  lap('theme');
  const laid = layout(deck, theme, { images });
  lap('layout');
  const bytes = await render(laid, theme, { date: '2024-01-01', onTiming: (step, x) => (ms[step] = x) });
  lap('render');
  ms.total = now() - start;
  cpuMs.total = cpuNow() - cpuMs.import;
  return { sourceSlides: deck.slides.length, slides: laid.slides.length, fit: laid.fit.length, bytes: bytes.length, ms, cpuMs, peakRssMb: peakMb() };
}

async function floor() {
  const { default: P } = await import('pptxgenjs');
  const slides = JSON.parse(fs.readFileSync(file, 'utf8'));
  const start = now();
  const pptx = new P();
  pptx.layout = 'LAYOUT_16x9';
  for (const s of slides) {
    const slide = pptx.addSlide();
    if (s.title) slide.addText(s.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true });
    if (s.body) slide.addText(s.body, { x: 0.5, y: 1.3, w: 9, h: 4, fontSize: 18, valign: 'top' });
  }
  // write() ignores `compression` for a nodebuffer (it only applies to STREAM): ask for the stream to get DEFLATE.
  const buf = mode === 'floor-deflate' ? await pptx.stream({ compression: true }) : await pptx.write({ outputType: 'nodebuffer' });
  fs.writeFileSync(third, buf);
  return { slides: slides.length, bytes: buf.length, ms: { total: now() - start }, cpuMs: { total: cpuNow() }, peakRssMb: peakMb() };
}

const out = mode.startsWith('floor') ? await floor() : await huibao();
process.stdout.write(JSON.stringify(out) + '\n');
