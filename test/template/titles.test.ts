// Titles on templates whose title box is low: the box grows for the title, and a short title is never cut
// (a late regression: every title on ja-consulting-grayscale was cut to its first character, "Q" + "3 at a glance").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { fitTitle } from '../../src/layout/titles.js';
import { resolveTheme } from '../../src/theme/index.js';
import { repoRoot } from '../reliability/pptx-check.js';
import { hasTemplates, tpl } from './helpers.js';

describe('fitTitle when no size fits the box', () => {
  it('sets the title at the floor (the box grows least), not at the largest size within its lines', () => {
    const t = resolveTheme('gov-blue');
    const f = fitTitle({ runs: [{ text: 'Q3 at a glance' }], faces: t.fonts.title, maxPt: 40, minPt: 26, maxLines: 2, box: { x: 0, y: 0, w: 8, h: 0.3 }, lineSpacing: 1.15 });
    expect(f.sizePt).toBe(26);
    expect(f.lines).toBe(1);
    // Where a size fits, the largest one still wins.
    expect(fitTitle({ runs: [{ text: 'Q3 at a glance' }], faces: t.fonts.title, maxPt: 40, minPt: 26, maxLines: 2, box: { x: 0, y: 0, w: 8, h: 1 }, lineSpacing: 1.15 }).sizePt).toBe(40);
  });
});

describe.skipIf(!hasTemplates)('short titles on a template with a low title box', () => {
  it('ja-consulting-grayscale: every title of quarterly-review is whole, no "does not fit" warning', async () => {
    const file = path.join(repoRoot, 'slides', 'quarterly-review.md');
    const r = await build(readFileSync(file, 'utf8'), { file, template: tpl('ja-consulting-grayscale.potx'), skipRender: true });
    expect(r.warnings.map((w) => w.message).filter((m) => /does not fit the slide/.test(m))).toEqual([]);
    const titles = r.laid.slides.map((s) => s.titleText);
    expect(titles).toContain('Q3 at a glance');
    expect(titles).toContain('The one thing to remember');
  });
  it('zh-ustc-red-banner (one-line banner): a two-line title stays whole (the template check warns it runs past)', async () => {
    const file = path.join(repoRoot, 'slides', 'quarterly-review.md');
    const r = await build(readFileSync(file, 'utf8'), { file, template: tpl('zh-ustc-red-banner-4x3.pptx'), skipRender: true });
    expect(r.warnings.map((w) => w.message).filter((m) => /does not fit the slide/.test(m))).toEqual([]);
    expect(r.laid.slides.map((s) => s.titleText)).toContain('The one thing to remember');
  });
});
