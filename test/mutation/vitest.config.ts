import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite as StrykerJS runs it for every mutant: the unit and integration tests that import src/ directly.
// Left out: the long fuzz and corpus runs (they cover everything, so they would run for every mutant and take
// hours on 2 cores without killing anything the focused tests don't) and the tests that only drive the bundled
// CLI in dist/ (Stryker mutates src/; a spawned dist/bin/main.js never sees the mutant).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/reliability/fuzz.test.ts', 'test/reliability/corpus.test.ts', 'test/reliability/fuzz-replay.test.ts', '**/node_modules/**'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
