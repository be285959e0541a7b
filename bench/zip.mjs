#!/usr/bin/env node
// The package writer alone: how long zipping a deck's parts takes at 10, 100 and 1000 slides, for each writer
// available in the built code — huibao's `writeZip` (whatever src/render/zip.ts is), its worker pool when it has one
// (`writeZipParallel`, the pre-fflate writer), and fflate's zipSync called directly with the same level and date.
// The parts are the real ones: a generated deck is built once, unzipped, and the same entries are zipped again and
// again in this process (warm-up first, then the median of --reps runs, interleaved). Run by `npm run bench`, or
// alone:
//
//   node bench/zip.mjs [--sizes 10,100,1000] [--reps 9] [--dist DIR] [--out FILE]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { makeDeck } from './generate.mjs';
import { arg, median } from './cli.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const sizes = arg('sizes', '10,100,1000').split(',').map(Number);
const reps = Number(arg('reps', 9));
const dist = path.resolve(arg('dist', path.join(root, 'dist')));
const outFile = arg('out') && path.resolve(arg('out'));
const log = (s) => process.stderr.write(s + '\n');

const { build } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const zip = await import(pathToFileURL(path.join(dist, 'render', 'zip.js')).href);
const DATE = new Date(Date.UTC(2000, 0, 1));
const level = zip.ZIP_LEVEL ?? 6;

const writers = {
  'huibao writeZip': (entries) => zip.writeZip(entries, { date: DATE, level }),
  'fflate zipSync': (entries) =>
    zipSync(Object.fromEntries(entries.map((e) => [e.name, [e.data, {}]])), { level, mtime: DATE }),
};
let pool;
if (zip.DeflatePool && zip.writeZipParallel) {
  // The old writer's worker threads: as many as it would start on this machine for a large deck (at least one).
  const threads = Math.max(1, zip.DeflatePool.size(50_000_000));
  pool = new zip.DeflatePool(threads);
  await pool.ready();
  writers[`huibao writeZipParallel (${threads} worker${threads > 1 ? 's' : ''})`] = (entries) => zip.writeZipParallel(entries, { date: DATE, level }, pool);
}

log(`bench zip: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const results = [];
for (const n of sizes) {
  const { bytes } = await build(makeDeck(n, 'plain'), { date: '2024-01-01', threads: 0 });
  const files = unzipSync(bytes);
  const entries = Object.entries(files).map(([name, data]) => ({ name, data }));
  const xmlBytes = entries.reduce((s, e) => s + e.data.length, 0);
  const times = Object.fromEntries(Object.keys(writers).map((k) => [k, []]));
  const sizesOut = {};
  for (const [k, w] of Object.entries(writers)) sizesOut[k] = (await w(entries)).length; // warm-up
  for (let i = 0; i < reps; i++) {
    for (const [k, w] of Object.entries(writers)) {
      const t = performance.now();
      await w(entries);
      times[k].push(performance.now() - t);
    }
  }
  const row = { slides: n, entries: entries.length, inputBytes: xmlBytes, ms: {}, outputBytes: sizesOut };
  for (const k of Object.keys(writers)) row.ms[k] = Math.round(median(times[k]) * 10) / 10;
  results.push(row);
  log(`bench zip: ${n} slides, ${entries.length} parts, ${(xmlBytes / 1e6).toFixed(1)} MB: ` + Object.entries(row.ms).map(([k, v]) => `${k} ${v} ms`).join(', '));
}
await pool?.close();

const names = Object.keys(writers);
let text = `\n### Package writer (median of ${reps} runs, same parts; load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')})\n\n`;
text += `| slides | parts | MB in | ${names.join(' | ')} |\n|---:|---:|---:|${names.map(() => '---:').join('|')}|\n`;
for (const r of results) text += `| ${r.slides} | ${r.entries} | ${(r.inputBytes / 1e6).toFixed(1)} | ${names.map((k) => `${r.ms[k]} ms (${(r.outputBytes[k] / 1e3).toFixed(0)} KB)`).join(' | ')} |\n`;
process.stdout.write(text);
if (outFile) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), reps, node: process.version, cores: os.cpus().length, results }, null, 2) + '\n');
}
