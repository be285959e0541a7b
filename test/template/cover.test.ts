// Found by rendering every template × both samples (issue 12): a cover whose subtitle box sits above the title
// (pandoc's "moved layouts") ran the subtitle and byline down into the title; a layout styling only level 1 (ja,
// 20 pt) set level-2 bullets larger (the master's 24 pt) than their parents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { TextBox } from '../../src/model.js';
import { repoRoot } from '../reliability/pptx-check.js';
import { hasTemplates, tpl } from './helpers.js';

const quarterly = path.join(repoRoot, 'slides', 'quarterly-review.md');

describe.skipIf(!hasTemplates)('template covers and list levels', () => {
  it('Depth (subtitle above the title): subtitle and byline end above the title, none overlaps', async () => {
    const r = await build(readFileSync(quarterly, 'utf8'), { file: quarterly, template: tpl('en-pandoc-depth-moved-layouts.pptx'), skipRender: true });
    const cover = r.laid.slides[0].items.filter((i): i is TextBox => i.kind === 'text');
    const title = cover.find((t) => t.role === 'title')!;
    const subs = cover.filter((t) => t.role === 'subtitle');
    expect(subs.length).toBe(2);
    for (const s of subs) expect(s.y + s.h).toBeLessThanOrEqual(title.y + 1e-6);
    expect(subs[0].y + subs[0].h).toBeLessThanOrEqual(subs[1].y + 1e-6);
  });

  it('ja: list levels are never larger than their parent level', async () => {
    const r = await build(readFileSync(quarterly, 'utf8'), { file: quarterly, template: tpl('ja-consulting-grayscale.potx'), skipRender: true });
    const [l1, l2, l3] = r.theme.sizes.body;
    expect(l2).toBeLessThanOrEqual(l1);
    expect(l3).toBeLessThanOrEqual(l2);
    const line = readFileSync(quarterly, 'utf8').split('\n').indexOf('## Q3 at a glance') + 1;
    const glance = r.laid.slides.find((s) => s.src.line === line)!;
    const paras = glance.items.filter((i): i is TextBox => i.kind === 'text' && i.role === 'body').flatMap((b) => b.paragraphs);
    const size = (level: number) => Math.max(...paras.filter((p) => p.level === level).map((p) => p.sizePt));
    expect(size(2)).toBeLessThanOrEqual(size(1));
  });
});
