// Loaded before every test file when StrykerJS runs the suite (test/mutation/vitest.config.ts). The worker keeps
// modules loaded across mutants (isolate: false), so the layout stage's memo caches would carry results computed under
// one mutant into the next one's tests, and per-test coverage would credit cached code only to the first test that
// filled the cache. Clearing them before each test makes every test measure afresh.
import { beforeEach } from 'vitest';
import { clearLayoutCaches } from '../../src/layout/caches.js';
import { clearFormulaOmml } from '../../src/render/math.js';

beforeEach(() => {
  clearLayoutCaches();
  clearFormulaOmml(); // render's formula cache, likewise
});
