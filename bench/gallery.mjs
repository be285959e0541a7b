#!/usr/bin/env node
// The theme gallery: builds the two sample decks (slides/three-points.md, slides/quarterly-review.md) in every
// built-in theme, renders them with LibreOffice + pdftoppm and writes one PNG contact sheet per theme,
// themes/gallery/<theme>.png: 12 slides of the theme's own-language deck (title, agenda, section, cards, big numbers,
// timeline, columns, image-text, statement, table, quote, code… — whatever the deck has), then 12 of the other deck;
// 4 per row, 1600 px wide.
//
//   npm run gallery                 (= npm run build && node bench/gallery.mjs)
//   node bench/gallery.mjs [--theme NAME]... [-o DIR] [--keep DIR] [--width PX] [--colors N]
//
//   --theme NAME   only this theme (repeatable); default every built-in theme
//   -o DIR         where the sheets go (default themes/gallery)
//   --keep DIR     also keep the decks (.pptx), PDFs and page images there
//   --width PX     sheet width (default 1600); --colors N  palette size of the PNG (default 256, 2–256)
//
// Uses dist/ (run `npm run build` first). Pure Node apart from LibreOffice (soffice) and poppler
// (pdftoppm): the contact sheet is put together, quantised and PNG-encoded here, no ImageMagick needed.
// Without LibreOffice or pdftoppm it writes the decks to a temporary folder, says where and how to install
// what is missing, and exits 0. Exit 1 when a deck does not build or LibreOffice fails; 2 on a usage error.
// Renders serially: one LibreOffice run (fresh profile) for all decks, then pdftoppm deck by deck.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DECKS = [
  { id: 'three-points', file: 'slides/three-points.md', lang: 'zh' },
  { id: 'quarterly-review', file: 'slides/quarterly-review.md', lang: 'en' },
];
/** Themes whose first rows show the Chinese deck; the others lead with the English one. */
const CHINESE_FIRST = new Set(['party-red', 'gov-blue']);
const PER_DECK = 12;
const COLS = 4;

// ---- arguments ---------------------------------------------------------------------------------------------
function usage(msg) {
  if (msg) process.stderr.write(`gallery: ${msg}\n`);
  process.stderr.write('usage: node bench/gallery.mjs [--theme NAME]... [-o DIR] [--keep DIR] [--width PX] [--colors N]\n');
  process.exit(2);
}
const opts = { themes: [], out: path.join(root, 'themes', 'gallery'), keep: undefined, width: 1600, colors: 256 };
{
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    const v = () => (i + 1 < a.length ? a[++i] : usage(`${a[i]} needs a value`));
    if (a[i] === '--theme') opts.themes.push(v());
    else if (a[i] === '-o' || a[i] === '--out') opts.out = path.resolve(v());
    else if (a[i] === '--keep') opts.keep = path.resolve(v());
    else if (a[i] === '--width') opts.width = Number(v());
    else if (a[i] === '--colors') opts.colors = Number(v());
    else if (a[i] === '-h' || a[i] === '--help') {
      process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0].replace(/^#!.*\n/, '').replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else usage(`unknown argument ${a[i]}`);
  }
  if (!(opts.width >= 400 && opts.width <= 4000)) usage('--width must be 400–4000');
  if (!(Number.isInteger(opts.colors) && opts.colors >= 2 && opts.colors <= 256)) usage('--colors must be 2–256');
}

// ---- build the decks ---------------------------------------------------------------------------------------
const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'build.js'))) {
  process.stderr.write('gallery: dist/ is missing; run `npm run build` first (npm run gallery does)\n');
  process.exit(1);
}
const { build } = await import(pathToFileURL(path.join(dist, 'build.js')).href);
const { listThemes } = await import(pathToFileURL(path.join(dist, 'theme', 'index.js')).href);

const builtins = listThemes().map((t) => t.name);
const themes = opts.themes.length ? opts.themes : builtins;
for (const t of themes) if (!builtins.includes(t)) usage(`no built-in theme "${t}" (there are: ${builtins.join(', ')})`);

const work = opts.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'huibao-gallery-'));
fs.mkdirSync(work, { recursive: true });

/** What a laid-out slide shows, for picking one slide of each kind. */
function features(s) {
  const f = new Set([s.layout, s.design]);
  for (const it of s.items) {
    if (it.kind === 'table' || it.kind === 'image' || it.kind === 'chart') f.add(it.kind);
    else if (it.role === 'quote' || it.role === 'code') f.add(it.role);
    else if (it.role === 'body' && it.paragraphs.some((p) => p.level > 0)) f.add('list');
  }
  return f;
}
const signature = (s) =>
  [s.layout, ...s.items.map((it) => (it.kind === 'text' ? `${it.role}${Math.max(0, ...it.paragraphs.map((p) => p.level))}` : it.kind))].join(' ');

/** Up to PER_DECK slide numbers (1-based): one of each kind, then slides that look different from those. */
function pick(slides) {
  // Every designed layout first (issue 11: the gallery shows every layout in every theme), then plain kinds.
  const want = ['title', 'agenda', 'section', 'cards', 'big-number', 'timeline', 'columns', 'image-text', 'statement', 'table', 'quote', 'code', 'chart', 'list', 'closing'];
  const chosen = new Set();
  for (const w of want) {
    if (chosen.size >= PER_DECK) break;
    const i = slides.findIndex((s, j) => !chosen.has(j) && features(s).has(w));
    if (i >= 0) chosen.add(i);
  }
  const seen = new Set([...chosen].map((i) => signature(slides[i])));
  for (let j = 0; j < slides.length && chosen.size < PER_DECK; j++) {
    if (!chosen.has(j) && slides[j].layout === 'content' && !seen.has(signature(slides[j]))) {
      chosen.add(j);
      seen.add(signature(slides[j]));
    }
  }
  for (let j = 0; j < slides.length && chosen.size < PER_DECK; j++) if (slides[j].layout === 'content') chosen.add(j);
  return [...chosen].sort((a, b) => a - b).map((i) => i + 1);
}

const jobs = []; // { theme, deck, pptx, pages }
let failed = false;
for (const theme of themes) {
  const order = CHINESE_FIRST.has(theme) ? DECKS : [...DECKS].reverse();
  for (const deck of order) {
    const file = path.join(root, deck.file);
    try {
      const r = await build(fs.readFileSync(file, 'utf8'), { file, theme });
      const pptx = path.join(work, `${theme}--${deck.id}.pptx`);
      fs.writeFileSync(pptx, r.bytes);
      jobs.push({ theme, deck: deck.id, pptx, pages: pick(r.laid.slides) });
    } catch (e) {
      process.stderr.write(`gallery: ${theme}: ${deck.file} did not build: ${e.message}\n`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);

// ---- render: LibreOffice → PDF, pdftoppm → PPM ----------------------------------------------------------------
function which(cmd) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'sh', process.platform === 'win32' ? [cmd] : ['-c', `command -v "${cmd}"`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() || undefined : undefined;
}
const soffice =
  which('soffice') ??
  which('libreoffice') ??
  ['/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'].find((p) => fs.existsSync(p));
const pdftoppm = which('pdftoppm');
if (!soffice || !pdftoppm) {
  const missing = [!soffice && 'LibreOffice (soffice)', !pdftoppm && 'poppler (pdftoppm)'].filter(Boolean).join(' and ');
  process.stdout.write(
    `gallery: ${missing} not found, so no contact sheets; the decks are in ${work}\n` +
      'gallery: to render them: apt-get install libreoffice-impress poppler-utils fonts-noto-cjk (macOS: brew install --cask libreoffice; brew install poppler)\n',
  );
  process.exit(0);
}

const pdfDir = path.join(work, 'pdf');
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'huibao-gallery-lo-'));
fs.mkdirSync(pdfDir, { recursive: true });
process.stdout.write(`gallery: rendering ${jobs.length} decks with LibreOffice…\n`);
const lo = spawnSync(
  soffice,
  [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nofirststartwizard',
    '--convert-to', 'pdf', '--outdir', pdfDir, ...jobs.map((j) => j.pptx)],
  { encoding: 'utf8', timeout: 900_000, killSignal: 'SIGKILL', env: { ...process.env, HOME: profile } },
);
fs.rmSync(profile, { recursive: true, force: true });
for (const j of jobs) {
  j.pdf = path.join(pdfDir, path.basename(j.pptx, '.pptx') + '.pdf');
  if (!fs.existsSync(j.pdf)) {
    process.stderr.write(`${lo.stdout ?? ''}${lo.stderr ?? ''}gallery: LibreOffice made no PDF of ${path.basename(j.pptx)}${lo.error ? ` (${lo.error.message})` : ''}\n`);
    process.exit(1);
  }
}

// ---- the contact sheet ----------------------------------------------------------------------------------------
const GAP = 8;
const BG = [0xe4, 0xe6, 0xea]; // light grey between the slides
const EDGE = [0xb4, 0xb8, 0xc0]; // 1 px frame, so white slides do not melt into the background
const tw = Math.floor((opts.width - (COLS + 1) * GAP) / COLS);

/** Read a binary PPM (P6, maxval 255) as written by pdftoppm. */
function readPpm(file) {
  const buf = fs.readFileSync(file);
  const fields = [];
  let p = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[p]))) p++;
    if (buf[p] === 0x23) { while (buf[p] !== 0x0a) p++; continue; } // comment
    let s = '';
    while (!/\s/.test(String.fromCharCode(buf[p]))) s += String.fromCharCode(buf[p++]);
    fields.push(s);
  }
  p++;
  const [magic, w, h, max] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== 'P6' || max !== 255) throw new Error(`${file}: not an 8-bit binary PPM`);
  return { w, h, px: buf.subarray(p, p + w * h * 3) };
}

/** Area-average resample (exact box filter with fractional edges): good downscaling, no ringing. */
function resample(img, W, H) {
  const axis = (n, N) => {
    const s = n / N, spans = [];
    for (let o = 0; o < N; o++) {
      const a = o * s, b = (o + 1) * s, w = [];
      for (let i = Math.floor(a); i < Math.min(n, Math.ceil(b)); i++) w.push([i, (Math.min(b, i + 1) - Math.max(a, i)) / s]);
      spans.push(w);
    }
    return spans;
  };
  const xs = axis(img.w, W), ys = axis(img.h, H);
  const tmp = new Float32Array(W * img.h * 3);
  for (let y = 0; y < img.h; y++)
    for (let x = 0; x < W; x++) {
      let r = 0, g = 0, b = 0;
      for (const [i, wt] of xs[x]) { const q = (y * img.w + i) * 3; r += img.px[q] * wt; g += img.px[q + 1] * wt; b += img.px[q + 2] * wt; }
      const o = (y * W + x) * 3; tmp[o] = r; tmp[o + 1] = g; tmp[o + 2] = b;
    }
  const out = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      let r = 0, g = 0, b = 0;
      for (const [j, wt] of ys[y]) { const q = (j * W + x) * 3; r += tmp[q] * wt; g += tmp[q + 1] * wt; b += tmp[q + 2] * wt; }
      const o = (y * W + x) * 3; out[o] = Math.round(r); out[o + 1] = Math.round(g); out[o + 2] = Math.round(b);
    }
  return { w: W, h: H, px: out };
}

/** Median cut on a 5-bit-per-channel histogram; returns the palette and each pixel's index (no dithering: flat
 * slide colours stay flat and compress well). The most common exact colours (backgrounds, ink) are kept exactly. */
function quantise(px, n, colors) {
  const exact = new Map();
  for (let i = 0; i < n; i++) { const k = (px[i * 3] << 16) | (px[i * 3 + 1] << 8) | px[i * 3 + 2]; exact.set(k, (exact.get(k) ?? 0) + 1); }
  const fixed = [...exact.entries()].filter(([, c]) => c >= n * 0.002).sort((a, b) => b[1] - a[1]).slice(0, Math.floor(colors / 4)).map(([k]) => [k >> 16, (k >> 8) & 255, k & 255]);
  const fixedSet = new Set(fixed.map(([r, g, b]) => (r << 16) | (g << 8) | b));
  const hist = new Float64Array(32768 * 4); // count, sum r, g, b
  for (const [k, c] of exact) {
    if (fixedSet.has(k)) continue;
    const r = k >> 16, g = (k >> 8) & 255, b = k & 255, h = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    hist[h * 4] += c; hist[h * 4 + 1] += r * c; hist[h * 4 + 2] += g * c; hist[h * 4 + 3] += b * c;
  }
  const bins = [];
  for (let h = 0; h < 32768; h++) if (hist[h * 4]) bins.push(h);
  const boxStats = (list) => {
    let count = 0, lo = [31, 31, 31], hi = [0, 0, 0];
    for (const h of list) {
      const c = [h >> 10, (h >> 5) & 31, h & 31];
      for (let k = 0; k < 3; k++) { lo[k] = Math.min(lo[k], c[k]); hi[k] = Math.max(hi[k], c[k]); }
      count += hist[h * 4];
    }
    const range = Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
    return { list, count, range, axis: [0, 1, 2].find((k) => hi[k] - lo[k] === range) };
  };
  const boxes = bins.length ? [boxStats(bins)] : [];
  while (boxes.length && boxes.length < colors - fixed.length) {
    let best = -1, score = 0;
    boxes.forEach((b, i) => { const s = b.count * b.range; if (b.range > 0 && s > score) { score = s; best = i; } });
    if (best < 0) break;
    const b = boxes.splice(best, 1)[0];
    const key = (h) => (b.axis === 0 ? h >> 10 : b.axis === 1 ? (h >> 5) & 31 : h & 31);
    b.list.sort((x, y) => key(x) - key(y));
    let acc = 0, cut = 1;
    for (let i = 0; i < b.list.length - 1; i++) { acc += hist[b.list[i] * 4]; if (acc >= b.count / 2) { cut = i + 1; break; } cut = i + 1; }
    boxes.push(boxStats(b.list.slice(0, cut)), boxStats(b.list.slice(cut)));
  }
  const palette = [...fixed];
  for (const b of boxes) {
    let c = 0, r = 0, g = 0, bl = 0;
    for (const h of b.list) { c += hist[h * 4]; r += hist[h * 4 + 1]; g += hist[h * 4 + 2]; bl += hist[h * 4 + 3]; }
    palette.push([Math.round(r / c), Math.round(g / c), Math.round(bl / c)]);
  }
  const cache = new Map();
  const index = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    const r = px[i * 3], g = px[i * 3 + 1], b = px[i * 3 + 2], k = (r << 16) | (g << 8) | b;
    let best = cache.get(k);
    if (best === undefined) {
      let d = Infinity;
      palette.forEach(([pr, pg, pb], j) => { const e = 2 * (r - pr) ** 2 + 4 * (g - pg) ** 2 + 3 * (b - pb) ** 2; if (e < d) { d = e; best = j; } });
      cache.set(k, best);
    }
    index[i] = best;
  }
  return { palette, index };
}

const CRC = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
function chunk(type, data) {
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  let c = -1;
  for (const b of td) c = CRC[(c ^ b) & 255] ^ (c >>> 8);
  const head = Buffer.alloc(4), tail = Buffer.alloc(4);
  head.writeUInt32BE(data.length); tail.writeUInt32BE((c ^ -1) >>> 0);
  return Buffer.concat([head, td, tail]);
}
/** An 8-bit indexed PNG (filter 0 on every row: best for palette images). */
function encodePng(w, h, palette, index) {
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) index.copy(raw, y * (w + 1) + 1, y * w, (y + 1) * w);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 3;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(opts.out, { recursive: true });
const ppmDir = path.join(work, 'pages');
fs.mkdirSync(ppmDir, { recursive: true });
for (const theme of themes) {
  const thumbs = [];
  for (const j of jobs.filter((x) => x.theme === theme)) {
    for (const page of j.pages) {
      const stem = path.join(ppmDir, `${theme}--${j.deck}-${page}`);
      // Twice the thumbnail width, then an area average down: crisp text without a big render.
      const r = spawnSync(pdftoppm, ['-f', String(page), '-l', String(page), '-singlefile', '-scale-to-x', String(tw * 2), '-scale-to-y', '-1', j.pdf, stem], { encoding: 'utf8' });
      if (r.status !== 0) {
        process.stderr.write(`${r.stderr}gallery: pdftoppm failed on ${path.basename(j.pdf)} page ${page}\n`);
        process.exit(1);
      }
      const img = readPpm(stem + '.ppm');
      thumbs.push(resample(img, tw, Math.round((img.h * tw) / img.w)));
      if (!opts.keep) fs.rmSync(stem + '.ppm');
    }
  }
  const th = Math.max(...thumbs.map((t) => t.h));
  const rows = Math.ceil(thumbs.length / COLS);
  const W = opts.width, H = rows * th + (rows + 1) * GAP;
  const px = Buffer.alloc(W * H * 3);
  for (let i = 0; i < W * H; i++) px.set(BG, i * 3);
  const x0 = Math.floor((W - (COLS * tw + (COLS - 1) * GAP)) / 2);
  thumbs.forEach((t, i) => {
    const ox = x0 + (i % COLS) * (tw + GAP), oy = GAP + Math.floor(i / COLS) * (th + GAP);
    for (let y = -1; y <= t.h; y++)
      for (let x = -1; x <= t.w; x++) {
        const o = ((oy + y) * W + ox + x) * 3;
        if (y < 0 || x < 0 || y === t.h || x === t.w) px.set(EDGE, o);
        else t.px.copy(px, o, (y * t.w + x) * 3, (y * t.w + x + 1) * 3);
      }
  });
  const { palette, index } = quantise(px, W * H, opts.colors);
  const png = encodePng(W, H, palette, index);
  const out = path.join(opts.out, `${theme}.png`);
  fs.writeFileSync(out, png);
  const rel = path.relative(process.cwd(), out);
  const shown = rel && !rel.startsWith('..') ? rel : out;
  const picked = jobs.filter((x) => x.theme === theme).map((x) => `${x.deck} ${x.pages.join(',')}`).join('; ');
  process.stdout.write(`gallery: wrote ${shown} (${W}×${H}, ${Math.round(png.length / 1024)} KB; slides ${picked})\n`);
}
if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
else process.stdout.write(`gallery: decks, PDFs and pages kept in ${work}\n`);
