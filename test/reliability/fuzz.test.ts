// Property: for any Markdown and any theme file, build() returns a deck whose every XML part is well-formed (and a
// sample of which passes validate-pptx), or throws a HuibaoError — never any other exception.
//
// `npm test` runs a small number of cases with a fixed seed (HUIBAO_FUZZ_RUNS, default 120 Markdown + 40 theme
// cases); `npm run fuzz` (HUIBAO_FUZZ_RUNS=10000, random seed) runs the long campaign. HUIBAO_FUZZ_SEED=n replays
// a seed that fast-check printed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { HuibaoError } from '../../src/errors.js';
import { writeImageFixtures } from '../assets/fixtures.js';
import { markdownDoc, themeFile } from './fuzz-arbitraries.js';
import { hasValidator, validateMany, xmlProblems } from './pptx-check.js';

const RUNS = Number(process.env.HUIBAO_FUZZ_RUNS ?? 120);
const THEME_RUNS = Number(process.env.HUIBAO_FUZZ_THEME_RUNS ?? Math.max(40, Math.round(RUNS / 5)));
const LONG = RUNS > 1000;
const seed = process.env.HUIBAO_FUZZ_SEED ? Number(process.env.HUIBAO_FUZZ_SEED) : LONG ? undefined : 20240501;
const SAMPLE_EVERY = LONG ? 200 : 25;
/** A case that takes longer than this is a bug too (a deck is built the night before a meeting). */
const SLOW_MS = 20_000;

const work = path.join(os.tmpdir(), `huibao-fuzz-${process.pid}`);
const deckDir = path.join(work, 'deck');
mkdirSync(deckDir, { recursive: true });
writeFileSync(path.join(work, 'secret.png'), 'not for the deck');
writeImageFixtures(deckDir, path.join(work, 'secret.png'));

const stats = { cases: 0, built: 0, refused: new Map<string, number>(), slowest: 0, slowestDoc: '', slowestTheme: undefined as string | undefined };
const samples: { label: string; bytes: Uint8Array; md: string; theme?: string }[] = [];
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (stats.slowest > 5000) {
    const dir = path.join(os.tmpdir(), 'huibao-fuzz-failures');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `slowest-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ ms: stats.slowest, problems: [], markdown: stats.slowestDoc, theme: stats.slowestTheme ? JSON.parse(stats.slowestTheme) : undefined }, null, 1));
    console.warn(`fuzz: the slowest case (${stats.slowest} ms) is kept in ${file}`);
  }
  const refused = [...stats.refused].sort((a, b) => b[1] - a[1]);
  console.log(
    `fuzz: ${stats.cases} cases (seed ${seed ?? 'random'}): ${stats.built} built with well-formed XML, ` +
      `${refused.reduce((s, [, n]) => s + n, 0)} refused with a HuibaoError; slowest ${stats.slowest} ms\n` +
      refused.slice(0, 12).map(([m, n]) => `  ${n} × ${m}`).join('\n'),
  );
});

/** A failing case, kept whole (fast-check prints it cut short) in $TMPDIR/huibao-fuzz-failures/ to replay. */
function keepCase(md: string, theme: string | undefined, ms: number, problems: string[]): void {
  const dir = path.join(os.tmpdir(), 'huibao-fuzz-failures');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `case-${Date.now()}-${stats.cases}.json`);
  writeFileSync(file, JSON.stringify({ ms, problems, markdown: md, theme: theme ? JSON.parse(readFileSync(theme, 'utf8')) : undefined }, null, 1));
  console.warn(`fuzz: failing case kept in ${file}`);
}

/** Build one case; a non-HuibaoError escapes (fails the property), a HuibaoError is counted. */
async function buildCase(md: string, theme?: string): Promise<void> {
  stats.cases++;
  const t0 = Date.now();
  let bytes: Uint8Array;
  try {
    ({ bytes } = await build(md, { file: path.join(deckDir, 'fuzz.md'), baseDir: deckDir, theme }));
  } catch (e) {
    if (!(e instanceof HuibaoError)) {
      keepCase(md, theme, Date.now() - t0, [(e as Error).stack ?? String(e)]);
      throw e;
    }
    // Every refusal must be a message a person can act on: non-empty, one line per problem, no "undefined".
    expect(e.message).toMatch(/\S/);
    expect(e.message).not.toMatch(/\bundefined\b|\[object Object\]|NaN/);
    const key = e.message.split('\n')[0].replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 100);
    stats.refused.set(key, (stats.refused.get(key) ?? 0) + 1);
    return;
  }
  const ms = Date.now() - t0;
  if (ms > stats.slowest) [stats.slowest, stats.slowestDoc, stats.slowestTheme] = [ms, md, theme ? readFileSync(theme, 'utf8') : undefined];
  const problems = await xmlProblems(bytes);
  if (ms >= SLOW_MS || problems.length) keepCase(md, theme, ms, problems);
  expect(ms, 'one case took too long').toBeLessThan(SLOW_MS);
  expect(problems).toEqual([]);
  stats.built++;
  if (stats.built % SAMPLE_EVERY === 1) samples.push({ label: `fuzz-${stats.built}`, bytes, md, theme: theme ? readFileSync(theme, 'utf8') : undefined });
}

/** In a long campaign a failure is kept and counted and the run goes on, so one run reports every bug. */
const failures: string[] = [];
async function runCase(md: string, theme?: string): Promise<void> {
  try {
    await buildCase(md, theme);
  } catch (e) {
    if (!LONG) throw e;
    const first = String((e as Error).message ?? e).split('\n')[0].slice(0, 200);
    failures.push(first);
    keepCase(md, theme, 0, [String((e as Error).stack ?? e)]);
  }
}

// Inputs that broke earlier versions (see the commit log): replayed on every run.
const REGRESSIONS = [
  '**foo *bar **baz**\nbim* bop**\n', // markdown-it-cjk-breaks TypeError on an empty text token
];

describe('fuzz: build() never crashes', () => {
  it.each(REGRESSIONS)('regression %#', async (md) => {
    await buildCase(md);
  });

  test.prop([markdownDoc], { numRuns: RUNS, seed, endOnFailure: true })('random Markdown → valid deck or HuibaoError', async (md) => {
    await runCase(md);
  }, LONG ? 6 * 3600_000 : 300_000);

  test.prop([themeFile, markdownDoc], { numRuns: THEME_RUNS, seed, endOnFailure: true })('random theme values → valid deck or HuibaoError', async (theme, md) => {
    const file = path.join(work, `theme-${stats.cases}.json`);
    writeFileSync(file, JSON.stringify(theme, null, 1));
    try {
      await runCase(md, file);
    } finally {
      rmSync(file, { force: true });
    }
  }, LONG ? 6 * 3600_000 : 300_000);

  it.skipIf(!LONG)('the campaign found no failures (each is kept in $TMPDIR/huibao-fuzz-failures)', () => {
    expect(failures).toEqual([]);
  });

  it.skipIf(!hasValidator)('a sample of the fuzzed decks passes validate-pptx', async () => {
    expect(samples.length).toBeGreaterThan(0);
    const results = await validateMany(samples.slice(0, LONG ? 60 : 6), 2);
    console.log(`fuzz: validate-pptx on ${results.length} sampled decks: ${results.filter((r) => r.ok).length} OK`);
    results.forEach((r, k) => {
      if (r.ok) return;
      const dir = path.join(os.tmpdir(), 'huibao-fuzz-failures');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `invalid-${Date.now()}-${k}.json`);
      writeFileSync(file, JSON.stringify({ problems: [r.output], markdown: samples[k].md, theme: samples[k].theme ? JSON.parse(samples[k].theme!) : undefined }, null, 1));
      console.warn(`fuzz: deck failing validate-pptx kept in ${file}`);
    });
    expect(results.filter((r) => !r.ok).map((r) => `${r.label}: ${r.output}`)).toEqual([]);
  });
});

