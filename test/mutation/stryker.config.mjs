// StrykerJS for `npm run mutate`: which modules are mutated and how the tests run against each mutant.
// Not in CI (a full run takes a long time on 2 cores); see README → Development → Mutation testing.
// Run one module:        npm run mutate -- --mutate src/outline/junk.ts
// Only what changed:     npm run mutate -- --incremental   (reuses reports/mutation/incremental.json)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUTATE_SETS } from './sets.mjs';

// Stryker runs the tests in a sandbox copy of the repository, where ../shared is not beside it: point the tests
// at the real one (test/outline/helpers.ts and test/reliability/pptx-check.ts read HUIBAO_SHARED).
process.env.HUIBAO_SHARED ??= path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

// The deflate worker threads of src/render/zip.ts run a function from its source text, which Stryker instruments: every
// process Stryker starts preloads the helpers that text calls (test/mutation/thread-globals.cjs says why).
const threadGlobals = fileURLToPath(new URL('./thread-globals.cjs', import.meta.url));
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(threadGlobals)}`.trim();

// HUIBAO_MUTATE_SET=layout|render|parse narrows the suite to that area's test files (test/mutation/sets.mjs), unless
// HUIBAO_MUTATE_TESTS names the files itself. Stryker's child processes inherit it, and test/mutation/vitest.config.ts
// reads it from there.
const set = process.env.HUIBAO_MUTATE_SET;
if (set && !process.env.HUIBAO_MUTATE_TESTS) {
  if (!Object.hasOwn(MUTATE_SETS, set)) throw new Error(`HUIBAO_MUTATE_SET=${set}: not a test set (${Object.keys(MUTATE_SETS).join(', ')})`);
  process.env.HUIBAO_MUTATE_TESTS = MUTATE_SETS[set].join(',');
}

// HUIBAO_MUTATE_NAME=render names one run's reports (reports/mutation/render.{json,html}) and its incremental file,
// so runs over different modules do not overwrite each other.
const name = process.env.HUIBAO_MUTATE_NAME;
const report = (ext) => `reports/mutation/${name ?? (ext === 'html' ? 'index' : 'mutation')}.${ext}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // `related` makes vitest walk the import graph before every mutant's run (about 1 s each); it is only worth it
  // for the initial run of the whole suite. With the suite narrowed by HUIBAO_MUTATE_TESTS, it is left off.
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: !process.env.HUIBAO_MUTATE_TESTS },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // The vitest runner always measures coverage per test: each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/layout/**/*.ts',
    'src/render/**/*.ts',
    'src/parse/**/*.ts',
    'src/cli/output.ts',
    'src/paths.ts',
    'src/theme/check.ts',
    'src/outline/markers.ts',
    'src/outline/junk.ts',
    '!src/**/*.d.ts',
    '!src/layout/metrics/generate.mjs',
  ],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  // The initial run covers every test that reaches the mutated files; on a loaded 2-core machine that can pass 5 min.
  dryRunTimeoutMinutes: 40,
  incrementalFile: `reports/mutation/incremental${name ? `-${name}` : ''}.json`,
  // huibao-partial (test/mutation/partial-reporter.mjs): each result as it comes, so a stopped run keeps what it measured.
  appendPlugins: [fileURLToPath(new URL('./partial-reporter.mjs', import.meta.url))],
  reporters: ['clear-text', 'progress', 'html', 'json', 'huibao-partial'],
  htmlReporter: { fileName: report('html') },
  jsonReporter: { fileName: report('json') },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
