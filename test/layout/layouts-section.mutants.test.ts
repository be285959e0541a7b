// The designed section page (src/layout/layouts/section.ts): the title in at most the lower half of the theme's
// section title region, the numeral in what is left above it (at most 1.6 in, at a size that fills that height,
// bold), the pair filling the region when the title is long; a region too small for a 0.8 in numeral gives the plain
// section page; the page's section title is the whole title's text.
import { describe, expect, it } from 'vitest';
import { slideSize } from '../../src/layout/geometry.js';
import { defaultRegions } from '../../src/theme/regions.js';
import type { Box, LaidSlide, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';
import { gov, lay } from './lay.js';

const region = defaultRegions('section', gov, slideSize('16:9')).title;
const bottom = (b: Box) => b.y + b.h;
const textOf = (b: TextBox) => b.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('|');
const role = (s: LaidSlide, r: string) => s.items.find((i): i is TextBox => i.kind === 'text' && i.role === r);
const T = '坚持以学促干把学习成果转化为推动发展的实际成效全面提升基层治理能力和服务水平';
const sectionPage = (title: string, theme: Theme = gov) =>
  lay(`---\ntitle: T\n---\n\n# ${title}\n\n## 小节\n\n- 内容\n\n# 第二部分\n\n## 小节\n\n- 内容\n`, { theme }).slides.find((s) => s.layout === 'section')!;

describe('section page: numeral over title', () => {
  it('a short title: one line at the section size, the numeral 1.6 in high at 96 pt, bold, the pair centred', () => {
    const s = sectionPage('总体要求');
    expect(s.design).toBe('section');
    const num = role(s, 'section-number')!;
    const title = role(s, 'title')!;
    expect(textOf(num)).toBe('01');
    expect(num.h).toBeCloseTo(1.6, 3);
    expect(num.paragraphs[0]).toMatchObject({ sizePt: 96, bold: true, font: 'title' });
    expect(title.paragraphs[0]).toMatchObject({ sizePt: gov.sizes.section, lines: 1 });
    expect(title.y - bottom(num)).toBeCloseTo(0.05, 2);
    // Centred: the space above the numeral is the space below the title.
    expect(num.y - region.y).toBeCloseTo(bottom(region) - bottom(title), 2);
  });

  it('a two-line title: the title takes half the region, the numeral the rest less 0.05 in, at the size that fills it', () => {
    const s = sectionPage(T.slice(0, 30));
    const num = role(s, 'section-number')!;
    const title = role(s, 'title')!;
    expect(title.paragraphs[0].lines).toBe(2);
    // The title's box is at most half the region; here it needs all of it.
    expect(title.h).toBeLessThanOrEqual(region.h * 0.5 + 0.001);
    expect(title.h).toBeGreaterThan(region.h * 0.5 - 0.05);
    expect(num.h).toBeCloseTo(region.h - title.h - 0.05, 2);
    expect(num.h).toBeLessThan(1.6);
    // The pair and the gap between them fill the region, top to foot (the title's box ended 0.025 in below it).
    expect(num.y - region.y).toBeCloseTo(0, 3);
    expect(bottom(title) - bottom(region)).toBeCloseTo(0, 3);
    // The numeral's size fills its box: one line at 1.1× the size, with 6 pt to spare.
    const pt = num.paragraphs[0].sizePt;
    expect(pt).toBe(Math.floor((num.h * 72 - 6) / 1.1));
    expect(pt).toBeLessThan(96);
    expect(pt).toBeGreaterThan(70);
  });

  it('a title of several runs: the section title is their whole text', () => {
    const s = sectionPage('第一部分 *总体*要求');
    expect(s.sectionTitle).toBe('第一部分 总体要求');
    expect(s.titleText).toBe('第一部分 总体要求');
  });

  it('a theme whose section region leaves under 0.8 in for the numeral: the plain section page', () => {
    const withRegion = (h: number): Theme => ({ ...gov, layouts: { ...gov.layouts, section: { ...gov.layouts.section, title: { x: 1, y: 2.5, w: 11, h } } } }) as Theme;
    const small = sectionPage('总体要求', withRegion(1.5));
    expect(role(small, 'section-number')).toBeUndefined();
    expect(role(small, 'title')).toBeDefined();
    const enough = sectionPage('总体要求', withRegion(1.75));
    expect(enough.design).toBe('section');
    const num = role(enough, 'section-number')!;
    expect(num.h).toBeGreaterThanOrEqual(0.8);
    expect(num.h).toBeCloseTo(1.75 - role(enough, 'title')!.h - 0.05, 2);
  });
});
