#!/usr/bin/env node
// `npm run bench`: how fast huibao builds decks of 10 to 5000 slides, where the time goes, how much memory it takes,
// and how that compares with the bare-pptxgenjs floor and (when installed) pandoc — all in the same run, on the same
// Markdown (bench/generate.mjs). Prints Markdown tables and writes bench/results/latest.json.
//
//   node bench/run.mjs [--sizes 10,100,1000,5000] [--kinds plain,text-heavy] [--reps N] [--no-pandoc]
//                      [--pandoc-timeout SECONDS] [--dist DIR] [--out FILE] [--no-meeting] [--no-zip]
//   node bench/run.mjs --report bench/results/latest.json     the tables of a saved run
//
// pandoc is superlinear (minutes at 1000 slides on a busy 2-core machine): it runs once at 1000 and more slides,
// and a run longer than --pandoc-timeout (default 120 s at 5000 slides, 600 s below) is stopped and reported as
// "> N s", which still bounds the ratio.
//
// Every measured run is a fresh process, as a user runs huibao: `huibao build` (the CLI, start-up and file write
// included) against a bare-pptxgenjs script writing the same texts (bench/worker.mjs floor) and pandoc; the stage
// times and peak RSS come from bench/worker.mjs calling the stage functions one by one, also in a fresh process each
// time. Runs are interleaved and medians reported. A machine shared with other work is noisy: read the load averages
// printed with the numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeDeck } from './generate.mjs';
import { arg, median } from './cli.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');

const sizes = arg('sizes', '10,100,1000,5000').split(',').map(Number);
const kinds = arg('kinds', 'plain,text-heavy').split(',');
const repsFor = (n) => Number(arg('reps', n >= 5000 ? 3 : 5));
const dist = path.resolve(arg('dist', path.join(root, 'dist')));
const outFile = path.resolve(arg('out', path.join(here, 'results', 'latest.json')));
const usePandoc = !process.argv.includes('--no-pandoc');
const pandocTimeoutS = (n) => Number(arg('pandoc-timeout', n >= 5000 ? 120 : 600));
const cli = path.join(dist, 'bin', 'main.js');

const log = (s) => process.stderr.write(s + '\n');
const load = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** Run a command once; wall time in ms and its stdout, or an error. */
function spawnTimed(cmd, args, timeoutMs = 600_000) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (r.status !== 0) {
    const why = r.error?.code === 'ETIMEDOUT' || r.signal ? `timed out after ${timeoutMs / 1000} s` : String(r.stderr).trim().split('\n').slice(-3).join(' ');
    return { error: why };
  }
  return { ms, stdout: r.stdout };
}

/** Median wall time (ms) of `reps` spawned runs. */
function wall(cmd, args, reps) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const r = spawnTimed(cmd, args);
    if (r.error) return { error: r.error };
    runs.push(r.ms);
  }
  return { ms: median(runs), runsMs: runs };
}

function pandocVersion() {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

// The floor's texts: each source slide's title, and its body as one string (what a bare pptxgenjs script would write).
const plain = (runs) => (runs ?? []).map((r) => r.text).join('');
function blockText(b) {
  switch (b.kind) {
    case 'paragraph':
      return [plain(b.runs)];
    case 'list':
      return b.items.flatMap((it) => [plain(it.runs), ...it.children.flatMap(blockText)]);
    case 'quote':
      return b.blocks.flatMap(blockText);
    case 'code':
      return [b.text];
    case 'table':
      return [b.header, ...b.rows].map((row) => row.map(plain).join('\t'));
    default:
      return [b.alt ?? ''];
  }
}

const reportFile = arg('report');
if (reportFile) {
  // Print the tables of a saved run again (after changing this report, or for an older results file).
  process.stdout.write(report(JSON.parse(fs.readFileSync(reportFile, 'utf8'))).text);
  process.exit(0);
}

if (!fs.existsSync(cli)) {
  log(`bench: ${path.relative(process.cwd(), cli)} is missing; build first (npm run build)`);
  process.exit(1);
}
const { parse } = await import(pathToFileURL(path.join(dist, 'parse', 'index.js')).href);

const pandoc = usePandoc ? pandocVersion() : undefined;
const noPandoc = usePandoc ? 'pandoc not installed' : 'pandoc not run (--no-pandoc)';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'huibao-bench-'));
const startedAt = new Date();
const loadStart = load();
log(`bench: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, node ${process.version}, load ${loadStart.join(' ')}; ${pandoc ?? noPandoc}`);

// `huibao --help`: the start-up path (median of 11 spawned processes), next to a bare `node -e ''`.
const help = wall(process.execPath, [cli, '--help'], 11);
const nodeBare = wall(process.execPath, ['-e', ''], 11);
log(`bench: huibao --help ${help.ms?.toFixed(0)} ms (node alone ${nodeBare.ms?.toFixed(0)} ms)`);

const rows = [];
for (const kind of kinds) {
  for (const n of sizes) {
    const file = path.join(tmp, `${kind}-${n}.md`);
    const markdown = makeDeck(n, kind);
    fs.writeFileSync(file, markdown);
    const { deck } = parse(markdown, { file });
    const texts = deck.slides.map((s) => ({
      title: plain(s.title) || (s.layout === 'title' ? deck.meta.title : ''),
      body: [plain(s.subtitle), ...s.blocks.flatMap(blockText)].filter(Boolean).join('\n'),
    }));
    const textsFile = path.join(tmp, `${kind}-${n}.json`);
    fs.writeFileSync(textsFile, JSON.stringify(texts));

    const reps = repsFor(n);
    const pandocReps = n >= 1000 ? 1 : reps;
    log(`bench: ${kind} ${n} slides (${reps} runs each${pandoc ? `, pandoc ${pandocReps}` : ''}) …`);
    // Interleaved, so a burst of load from elsewhere hits every contender alike.
    const hb = [], fl = [], flz = [], cl = [], pd = [];
    let pdError;
    let pdTimedOutMs;
    for (let i = 0; i < reps; i++) {
      const h = spawnTimed(process.execPath, [path.join(here, 'worker.mjs'), 'huibao', file, dist]);
      if (h.error) throw new Error(`bench worker (huibao ${file}) failed: ${h.error}`);
      hb.push({ wallMs: h.ms, ...JSON.parse(h.stdout.trim().split('\n').pop()) });
      const f = spawnTimed(process.execPath, [path.join(here, 'worker.mjs'), 'floor', textsFile, path.join(tmp, `${kind}-${n}-floor.pptx`)]);
      if (f.error) throw new Error(`bench worker (floor ${file}) failed: ${f.error}`);
      fl.push({ wallMs: f.ms, ...JSON.parse(f.stdout.trim().split('\n').pop()) });
      // The same with pptxgenjs' DEFLATE option: huibao's decks are compressed, the floor's default zip is not.
      const fz = spawnTimed(process.execPath, [path.join(here, 'worker.mjs'), 'floor-deflate', textsFile, path.join(tmp, `${kind}-${n}-floorz.pptx`)]);
      if (fz.error) throw new Error(`bench worker (floor-deflate ${file}) failed: ${fz.error}`);
      flz.push({ wallMs: fz.ms, ...JSON.parse(fz.stdout.trim().split('\n').pop()) });
      const c = spawnTimed(process.execPath, [cli, 'build', file, '-o', path.join(tmp, `${kind}-${n}.pptx`), '-q']);
      if (c.error) throw new Error(`huibao build ${file} failed: ${c.error}`);
      cl.push(c.ms);
      if (pandoc && i < pandocReps && !pdError) {
        // Slide level 2, so pandoc makes the same slides (left to itself it picks level 1 here: one slide per section).
        const timeout = pandocTimeoutS(n) * 1000;
        const p = spawnTimed('pandoc', ['-f', 'markdown', '-t', 'pptx', '--slide-level=2', '-o', path.join(tmp, `${kind}-${n}-pandoc.pptx`), file], timeout);
        if (p.error) {
          pdError = p.error;
          if (p.error.startsWith('timed out')) pdTimedOutMs = timeout;
        } else pd.push(p.ms);
      }
    }
    const stageNames = Object.keys(hb[0].ms);
    const row = {
      kind,
      n,
      sourceSlides: hb[0].sourceSlides,
      slides: hb[0].slides,
      fitted: hb[0].fit,
      cliMs: median(cl),
      floorMs: median(fl.map((r) => r.wallMs)),
      floorDeflateMs: median(flz.map((r) => r.wallMs)),
      pandocMs: pd.length ? median(pd) : null,
      pandoc: pandoc ? (pdError ? { error: pdError, timedOutAfterMs: pdTimedOutMs ?? null } : { runsMs: pd }) : null,
      huibaoInProcessMs: median(hb.map((r) => r.ms.total)),
      floorInProcessMs: median(fl.map((r) => r.ms.total)),
      stagesMs: Object.fromEntries(stageNames.map((k) => [k, median(hb.map((r) => r.ms[k]))])),
      peakRssMb: median(hb.map((r) => r.peakRssMb)),
      floorPeakRssMb: median(fl.map((r) => r.peakRssMb)),
      runs: { cliMs: cl, floorMs: fl.map((r) => r.wallMs), floorDeflateMs: flz.map((r) => r.wallMs), huibao: hb.map((r) => ({ ...r.ms, cpuMs: r.cpuMs, peakRssMb: r.peakRssMb })) },
      load: load(),
    };
    rows.push(row);
    log(`bench:   huibao ${row.cliMs.toFixed(0)} ms, floor ${row.floorMs.toFixed(0)} ms, pandoc ${row.pandocMs?.toFixed(0) ?? pdError ?? '-'} ms, peak ${row.peakRssMb.toFixed(0)} MB (load ${row.load.join(' ')})`);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

// ---- report ------------------------------------------------------------------------------------------------------
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  loadStart,
  loadEnd: load(),
};

let commit = null;
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* not a git checkout */
}
const json = {
  date: startedAt.toISOString(),
  commit,
  dist,
  machine,
  pandoc: pandoc ?? null,
  command: 'npm run bench',
  notes: 'times in ms, medians; cliMs: `huibao build` as a spawned process; floorMs: bare pptxgenjs as a spawned process (same texts, one addText per title and body, write nodebuffer, file written); floorDeflateMs: the same with compression: true; pandocMs: pandoc 2.x -t pptx --slide-level=2 as a spawned process; stagesMs and peakRssMb: the stage functions called one by one in a fresh process (bench/worker.mjs)',
  help: { ms: help.ms, nodeAloneMs: nodeBare.ms },
  kinds,
  results: rows,
};
const { text, targets } = report(json, pandoc ? undefined : noPandoc);
json.targets = targets;
process.stdout.write(text);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(json, null, 2) + '\n');
log(`bench: wrote ${path.relative(process.cwd(), outFile)}`);

// The package writer alone (issue 16: the old pako writer and its worker pool against fflate): bench/zip.mjs.
if (!process.argv.includes('--no-zip')) {
  spawnSync(process.execPath, [path.join(here, 'zip.mjs'), '--dist', dist, '--out', path.join(path.dirname(outFile), 'zip.json')], { stdio: 'inherit' });
}

// The meeting tools (issue 14: watch rebuild, preview update, PDF export vs soffice): bench/meeting.mjs, own process.
if (!process.argv.includes('--no-meeting')) {
  spawnSync(process.execPath, [path.join(here, 'meeting.mjs'), '--dist', dist, '--out', path.join(path.dirname(outFile), 'meeting.json')], { stdio: 'inherit' });
}

/** The tables (Markdown) and the targets for a results object — also `--report FILE` for a saved one. */
function report(json, noPandocText = 'pandoc not installed') {
  const rows = json.results;
  const sec = (ms) => (ms === undefined || ms === null ? '–' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
  const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
  const cpuOf = (r) => median((r.runs?.huibao ?? []).map((h) => h.cpuMs?.total).filter((x) => x !== undefined));
  const lines = [];
  lines.push('| deck | slides in → out | huibao (s) | bare pptxgenjs (s) | huibao ÷ floor | floor with DEFLATE (s) | huibao ÷ DEFLATE floor | pandoc (s) | pandoc ÷ huibao | peak RSS (MB) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const timedOut = r.pandoc?.timedOutAfterMs;
    const pd = r.pandocMs !== null ? sec(r.pandocMs) : timedOut ? `> ${sec(timedOut)}` : r.pandoc?.error ? r.pandoc.error : json.pandoc ? '–' : noPandocText;
    const pdRatio = r.pandocMs ? ratio(r.pandocMs, r.cliMs) : timedOut ? `> ${ratio(timedOut, r.cliMs)}` : '–';
    lines.push(`| ${r.kind} | ${r.sourceSlides} → ${r.slides} | ${sec(r.cliMs)} | ${sec(r.floorMs)} | ${ratio(r.cliMs, r.floorMs)} | ${sec(r.floorDeflateMs)} | ${ratio(r.cliMs, r.floorDeflateMs)} | ${pd} | ${pdRatio} | ${r.peakRssMb.toFixed(0)} |`);
  }
  lines.push('');
  lines.push('Where the time goes (s; median of fresh processes; render = text bodies and slide objects, pptxgenjs write, post-process/zip; CPU = the stages\' CPU time, which a busy machine changes far less than wall time; module load is the library as compiled — 340 files with its dependencies — which the bundled CLI loads as a few, about 0.2 s faster):');
  lines.push('');
  lines.push('| deck | slides | module load (library) | parse | theme | layout/measure | render: slides | render: pptxgenjs write | render: post-process/zip | CPU (s) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const s = r.stagesMs;
    lines.push(`| ${r.kind} | ${r.n} | ${sec(s.import)} | ${sec(s.parse)} | ${sec(s.theme)} | ${sec(s.layout)} | ${sec(s.slides)} | ${sec(s.write)} | ${sec(s.postprocess)} | ${sec(cpuOf(r))} |`);
  }

  // Targets (issue 6): shown, never asserted.
  const targets = [];
  const get = (kind, n) => rows.find((r) => r.kind === kind && r.n === n);
  for (const kind of json.kinds ?? [...new Set(rows.map((r) => r.kind))]) {
    const k1000 = get(kind, 1000);
    const pd1000 = k1000?.pandocMs ?? k1000?.pandoc?.timedOutAfterMs;
    if (k1000 && pd1000) targets.push({ kind, target: '1000 slides ≥ 10× faster than pandoc', value: `${k1000.pandocMs ? '' : '> '}${(pd1000 / k1000.cliMs).toFixed(1)}×`, met: pd1000 / k1000.cliMs >= 10 });
    const mine = rows.filter((r) => r.kind === kind);
    const worst = mine.reduce((m, r) => (r.cliMs / r.floorMs > m.v ? { v: r.cliMs / r.floorMs, n: r.n } : m), { v: 0, n: 0 });
    if (mine.length) targets.push({ kind, target: 'every size ≤ 1.5× the bare-pptxgenjs floor', value: `${worst.v.toFixed(2)}× (worst: ${worst.n})`, met: worst.v <= 1.5 });
    // The same kind of file: huibao's decks are DEFLATE-compressed, the floor's default zip is stored.
    const worstZ = mine.filter((r) => r.floorDeflateMs).reduce((m, r) => (r.cliMs / r.floorDeflateMs > m.v ? { v: r.cliMs / r.floorDeflateMs, n: r.n } : m), { v: 0, n: 0 });
    if (worstZ.n) targets.push({ kind, target: '(for comparison) every size ≤ 1.5× the floor with DEFLATE', value: `${worstZ.v.toFixed(2)}× (worst: ${worstZ.n})`, met: worstZ.v <= 1.5 });
    const k5000 = get(kind, 5000);
    if (k1000 && k5000) {
      const cpu = cpuOf(k5000) / cpuOf(k1000);
      targets.push({ kind, target: 'time(5000) / time(1000) ≤ 5.5', value: `${(k5000.cliMs / k1000.cliMs).toFixed(2)} (CPU ${cpu.toFixed(2)})`, met: k5000.cliMs / k1000.cliMs <= 5.5 });
    }
    if (k1000) targets.push({ kind, target: 'peak RSS at 1000 slides < 300 MB', value: `${k1000.peakRssMb.toFixed(0)} MB`, met: k1000.peakRssMb < 300 });
  }
  const help = json.help ?? {};
  if (help.ms !== undefined) targets.push({ kind: '–', target: '`huibao --help` < 150 ms', value: `${help.ms.toFixed(0)} ms (node alone ${help.nodeAloneMs?.toFixed(0)} ms, huibao's share ${(help.ms - (help.nodeAloneMs ?? 0)).toFixed(0)} ms)`, met: help.ms < 150 });
  lines.push('');
  lines.push('| target | deck | value | met |');
  lines.push('|---|---|---:|:-:|');
  for (const t of targets) lines.push(`| ${t.target} | ${t.kind} | ${t.value} | ${t.met ? 'yes' : 'no'} |`);
  const m = json.machine;
  lines.push('');
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, node ${m.node}; load average ${m.loadStart.join(' ')} at the start, ${m.loadEnd.join(' ')} at the end; ${json.pandoc ?? noPandocText}${json.commit ? `; commit ${json.commit}` : ''}.`);
  return { text: lines.join('\n') + '\n', targets };
}
