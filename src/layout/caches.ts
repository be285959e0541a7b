// The layout stage's memo caches, cleared in one call. Nothing in the product needs this: a cache only ever holds
// what the same pure function would compute again. Mutation testing does: its test runner keeps modules loaded from
// one mutant to the next, so a box or width computed while one mutant was active would be served to the tests of
// the next, and a test would only see a mutant behind a cache for inputs no earlier test had measured
// (test/mutation/setup.ts clears them before every test).
import { clearFormulaBoxes } from './math.js';
import { clearMeasureCaches } from './measure.js';
import { clearWrapCaches } from './wrap.js';

/** Empty every memo cache of the layout stage: formula boxes, paragraph analyses, font setups, metrics, widths. */
export function clearLayoutCaches(): void {
  clearFormulaBoxes();
  clearWrapCaches();
  clearMeasureCaches();
}
