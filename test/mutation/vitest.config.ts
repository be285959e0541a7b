import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite as StrykerJS runs it for every mutant: the unit and integration tests that import src/ directly.
// Left out: the long fuzz and corpus runs (they cover everything, so they would run for every mutant and take
// hours on 2 cores without killing anything the focused tests don't) and the tests that only drive the bundled
// CLI in dist/ (Stryker mutates src/; a spawned dist/bin/main.js never sees the mutant).
// HUIBAO_MUTATE_TESTS narrows the suite to the test files that reach a module (comma-separated globs), for a quick
// run on one module on a busy machine: `related` alone still runs most of the suite in the initial run, because
// nearly every test imports the theme, layout or render stage. A narrower suite can only kill fewer mutants, so
// the score it gives is a lower bound.
const only = process.env.HUIBAO_MUTATE_TESTS?.split(',').map((g) => g.trim()).filter(Boolean);

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: only?.length ? only : ['test/**/*.test.ts'],
    exclude: ['test/reliability/fuzz.test.ts', 'test/reliability/corpus.test.ts', 'test/reliability/fuzz-replay.test.ts', '**/node_modules/**'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One worker keeps the modules it has loaded from one test file to the next, instead of loading the pipeline
    // (pptxgenjs, markdown-it, the font tables) again for each: a third less time per mutant. Stryker switches
    // mutants at run time, so a loaded module still sees the active one.
    isolate: false,
    // …which is also why the layout stage's memo caches are emptied before every test (test/mutation/setup.ts).
    setupFiles: ['test/mutation/setup.ts'],
    // Tests that start LibreOffice (check-deck) skip under mutation: test/decks/deck-check.ts.
    env: { HUIBAO_MUTATING: '1' },
  },
});
