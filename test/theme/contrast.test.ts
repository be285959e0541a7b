// Contrast (WCAG 2.x) and the theme check: every text colour against everything that can sit behind it, at 16:9 and 4:3.
import { describe, expect, it } from 'vitest';
import { checkTheme, contrastRatio, listThemes, resolveTheme, type Theme } from '../../src/theme/index.js';
import { blend } from '../../src/theme/contrast.js';
import { PNG_1X1, tempDir, write } from './helpers.js';

const clone = (t: Theme): Theme => structuredClone(t);

describe('contrastRatio', () => {
  it('matches known WCAG ratios', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('FFFFFF', '000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('C00000', 'C00000')).toBe(1);
    expect(contrastRatio('777777', 'FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('767676', 'FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('0000FF', 'FFFFFF')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 6);
  });

  it('blends a transparent fill over what is under it', () => {
    expect(blend('FFFFFF', '000000', 50)).toBe('808080');
    expect(blend('C00000', 'FFFFFF', 0)).toBe('C00000');
    expect(blend('C00000', 'FFFFFF', 100)).toBe('FFFFFF');
  });
});

describe('built-in themes', () => {
  const themes = listThemes();

  it('has at least the five designed themes', () => {
    expect(themes.map((t) => t.name)).toEqual(expect.arrayContaining(['party-red', 'gov-blue', 'minimal', 'dark', 'academic']));
    for (const t of themes) expect(t.description.length).toBeGreaterThan(10);
  });

  it.each(themes.map((t) => t.name))('%s passes the check with no problems or warnings', (name) => {
    expect(checkTheme(resolveTheme(name))).toEqual({ problems: [], warnings: [] });
  });

  it.each(themes.map((t) => t.name))('%s: body ≥ 18 pt, titles 32–36 pt', (name) => {
    const t = resolveTheme(name);
    expect(Math.min(...t.sizes.body, t.sizes.minBody)).toBeGreaterThanOrEqual(18);
    expect(t.sizes.title).toBeGreaterThanOrEqual(32);
    expect(t.sizes.title).toBeLessThanOrEqual(36);
    expect(t.sizes.minTitle).toBeGreaterThanOrEqual(24);
  });

  it('defaults: gov-blue for Chinese decks, minimal otherwise', () => {
    expect(resolveTheme(undefined, { lang: 'zh-CN' }).name).toBe('gov-blue');
    expect(resolveTheme(undefined, { lang: 'en' }).name).toBe('minimal');
    expect(resolveTheme(undefined).name).toBe('minimal');
  });

  it('party-red numbers sections in Chinese and sets CJK faces', () => {
    const t = resolveTheme('party-red');
    expect(t.numbering.sections).toBe('zh');
    expect(t.fonts.body.eastAsian).toBe('Microsoft YaHei');
  });
});

describe('checkTheme finds problems', () => {
  const gov = resolveTheme('gov-blue');
  const red = resolveTheme('party-red');

  it('low-contrast body text', () => {
    const t = clone(gov);
    t.palette.text = 'AAAAAA';
    const { problems } = checkTheme(t);
    expect(problems).toContain('palette.text: text AAAAAA on FFFFFF: contrast 2.32:1, needs at least 4.5:1 (agenda, content, quote slides)');
    expect(problems).toContain('palette.text: quote text AAAAAA on EEF3FA (palette.quoteBackground): contrast 2.08:1, needs at least 4.5:1 (agenda, content, quote slides)');
    expect(problems).toHaveLength(3); // text, quote text, table text: one line per colour pair
  });

  it('a title colour that only works on a band the theme no longer draws', () => {
    const t = clone(red);
    t.layouts.content.decorations = [];
    expect(checkTheme(t).problems).toContain('layouts.content.titleColor: title FFFFFF on FFFFFF: contrast 1.00:1, needs at least 4.5:1 (content slides)');
  });

  it('a band sized in inches that covers the title at 4:3 but not at 16:9', () => {
    const t = clone(red);
    t.layouts.content.decorations = [{ shape: 'rect', x: 0, y: 0, w: 10, h: 1.3, fill: 'C00000' }];
    const p = checkTheme(t).problems;
    expect(p).toEqual(['layouts.content.titleColor: title FFFFFF on FFFFFF: contrast 1.00:1, needs at least 4.5:1 (content slides at 16:9)']);
  });

  it('the 4.5:1 floor is exact: a pair at 4.48:1 fails, one at 4.50:1 passes', () => {
    const t = clone(gov);
    t.palette.tableHeaderText = 'FFFFFF';
    t.palette.tableHeader = '6C7B6C'; // 4.4801:1 against white
    expect(checkTheme(t).problems).toEqual(['palette.tableHeaderText: table header text FFFFFF on 6C7B6C (palette.tableHeader): contrast 4.48:1, needs at least 4.5:1']);
    t.palette.tableHeader = '517F7A'; // 4.50002:1
    expect(checkTheme(t).problems).toEqual([]);
  });

  it('table header, code and footer colours', () => {
    const t = clone(gov);
    t.palette.tableHeaderText = '1F5FAF';
    t.palette.codeText = 'CCCCCC';
    t.layouts.content.footer = { x: 0.6, y: -0.5, w: '50%', h: 0.35, color: 'DDDDDD' };
    const p = checkTheme(t).problems;
    expect(p).toContain('palette.tableHeaderText: table header text 1F5FAF on 0B3A75 (palette.tableHeader): contrast 1.76:1, needs at least 4.5:1');
    expect(p).toContain('palette.codeText: code CCCCCC on F2F4F7 (palette.codeBackground): contrast 1.45:1, needs at least 4.5:1');
    expect(p).toContain('layouts.content.footer.color: footer DDDDDD on FFFFFF: contrast 1.35:1, needs at least 4.5:1 (content slides)');
  });

  it('gradients are checked at both ends', () => {
    const t = clone(gov);
    t.layouts.section.background = { gradient: { from: '0B3A75', to: 'DDE7F3', angle: 90 } };
    expect(checkTheme(t).problems.some((p) => p.startsWith('layouts.section.titleColor: title FFFFFF on DDE7F3'))).toBe(true);
  });

  it('sizes: body under 18 pt, minimums above sizes', () => {
    const t = clone(gov);
    t.sizes.body = [20, 17, 16];
    t.sizes.minBody = 16;
    t.sizes.minTable = 20;
    const p = checkTheme(t).problems;
    expect(p).toContain('sizes.body[1]: 17 pt is too small to read on a projector; use at least 18 pt');
    expect(p).toContain('sizes.minBody: 16 pt; body text may not shrink below 18 pt');
    expect(p).toContain('sizes.minTable: 20 pt is larger than sizes.table (18 pt); a minimum must not exceed the size');
  });

  it('boxes: footer in the body area, logo under the title, files that do not exist', () => {
    const t = clone(gov);
    t.layouts.content.footer = { x: 0.6, y: 5, w: 4, h: 0.4 };
    t.layouts.content.logo = { image: '/nonexistent/logo.png', x: -1.8, y: 0.4, w: 1.2, h: 0.6 };
    const p = checkTheme(t).problems;
    expect(p).toContain('layouts.content.footer: overlaps the body area at 16:9; move it into the bottom margin (spacing.marginBottom)');
    expect(p).toContain('layouts.content.logo: overlaps the title box at 4:3; long titles would run under it (narrow layouts.content.title)');
    expect(p).toContain('layouts.content.logo.image: image file not found: /nonexistent/logo.png');
  });

  it('warns about fonts Windows does not have and backgrounds it cannot see', () => {
    const dir = tempDir();
    const img = write(dir, 'bg.png', PNG_1X1);
    const t = clone(gov);
    t.fonts.title.eastAsian = '方正小标宋简体';
    t.layouts.title.background = { image: img };
    const { problems, warnings } = checkTheme(t);
    expect(problems).toEqual([]);
    expect(warnings).toContain('fonts.title.eastAsian: "方正小标宋简体" does not come with Windows or Office; PowerPoint and WPS substitute another font where it is not installed');
    expect(warnings.some((w) => w.startsWith('layouts.title.background.image: text contrast over a picture cannot be checked'))).toBe(true);
  });
});
