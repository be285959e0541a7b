import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearLayoutCaches } from '../../src/layout/caches.js';
import { formulaBox } from '../../src/layout/math.js';
import { Metrics, measureWidthPt, metricsFor } from '../../src/layout/measure.js';
import { wrapRuns } from '../../src/layout/wrap.js';

// clearLayoutCaches is what keeps mutation testing honest (test/mutation/setup.ts): after it, nothing measured before
// is served again. Each cache is shown to serve a repeat first, so the test fails if a cache is left out.
const ARIAL = { latin: 'Arial', eastAsian: 'Microsoft YaHei' };

afterEach(() => vi.restoreAllMocks());

describe('clearLayoutCaches', () => {
  it('forgets formula boxes: the same formula is estimated afresh', () => {
    const a = formulaBox('\\frac{a}{b} + x^2', true);
    expect(formulaBox('\\frac{a}{b} + x^2', true)).toBe(a); // served from the cache
    clearLayoutCaches();
    const b = formulaBox('\\frac{a}{b} + x^2', true);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
  });

  it('forgets the shared metrics and the widths measured with them', () => {
    const m = metricsFor(ARIAL, false, 'ppt');
    expect(metricsFor(ARIAL, false, 'ppt')).toBe(m);
    const textEm = vi.spyOn(Metrics.prototype, 'textEm');
    const style = { faces: ARIAL, sizePt: 23 };
    const w = measureWidthPt('Quarterly 汇报 review', style);
    const once = textEm.mock.calls.length;
    expect(once).toBeGreaterThan(0);
    expect(measureWidthPt('Quarterly 汇报 review', style)).toBe(w);
    expect(textEm.mock.calls.length).toBe(once); // the width is cached
    clearLayoutCaches();
    expect(metricsFor(ARIAL, false, 'ppt')).not.toBe(m);
    expect(measureWidthPt('Quarterly 汇报 review', style)).toBe(w);
    expect(textEm.mock.calls.length).toBeGreaterThan(once); // measured again
  });

  it("forgets each paragraph's analysis and character widths: a re-wrap reads the glyphs again", () => {
    const runs = [{ text: '推进“人工智能+”行动，发展Python、Java等开源生态。' }];
    const glyph = vi.spyOn(Metrics.prototype, 'loCharEm');
    const at = () => wrapRuns(runs, { style: { faces: ARIAL, sizePt: 21 }, maxWidthPt: 300 });
    const lines = at();
    const once = glyph.mock.calls.length;
    expect(once).toBeGreaterThan(0);
    expect(at()).toEqual(lines);
    expect(glyph.mock.calls.length).toBe(once); // cached
    clearLayoutCaches();
    expect(at()).toEqual(lines);
    expect(glyph.mock.calls.length).toBe(2 * once); // every character read again, the same way
  });
});
