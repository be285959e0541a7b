// pandoc's own default reference document (`pandoc --print-default-data-file reference.pptx`) as a template: the
// layouts pandoc itself fills are the ones huibao maps, both sample decks build on it, validate and fit (check-deck).
// Runs when pandoc is on PATH (CI installs it: .ci/run); skips visibly otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { mapLayouts, readTemplate } from '../../src/template/index.js';
import { hasValidator, repoRoot, validateMany } from '../reliability/pptx-check.js';
import { checkDecks, hasCheckDeck } from '../decks/deck-check.js';
import { deckParts } from './helpers.js';

const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasPandoc) console.warn('pandoc is not on PATH: skipping the tests on pandoc`s reference.pptx');

describe.skipIf(!hasPandoc)('pandoc`s default reference.pptx as a template', () => {
  const ref = path.join(mkdtempSync(path.join(os.tmpdir(), 'huibao-pandoc-')), 'ref.pptx');
  if (hasPandoc) execFileSync('pandoc', ['-o', ref, '--print-default-data-file', 'reference.pptx']);

  it('maps huibao`s kinds to the layouts pandoc fills (by placeholder types and names)', () => {
    const t = readTemplate(new Uint8Array(readFileSync(ref)), ref);
    const m = mapLayouts(t);
    expect(t.sizeEmu).toMatchObject({ cx: 9144000, cy: 5143500 });
    expect(m.kinds.title.layout.name).toBe('Title Slide');
    expect(m.kinds.title.title?.type).toBe('ctrTitle');
    expect(m.kinds.content.layout.name).toBe('Title and Content');
    expect(m.kinds.section.layout.name).toBe('Section Header');
    expect(m.kinds.columns.layout.name).toBe('Two Content');
    expect(m.kinds.content.slideNumber?.type).toBe('sldNum');
  });

  it.skipIf(!hasValidator)('both samples: validate-pptx OK, titles in placeholders, no example slides, check-deck 0 overflow', async () => {
    const decks = [];
    for (const name of ['three-points.md', 'quarterly-review.md']) {
      const file = path.join(repoRoot, 'slides', name);
      const r = await build(readFileSync(file, 'utf8'), { file, template: ref });
      const parts = deckParts(r.bytes);
      const slides = [...parts.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
      expect(slides.length).toBe(r.laid.slides.length);
      for (const s of slides) expect(parts.get(s), s).toMatch(/<p:ph type="(?:title|ctrTitle)"\/>/);
      expect(parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="5143500"');
      decks.push({ label: name, bytes: r.bytes });
    }
    for (const v of await validateMany(decks)) expect(v.ok, `${v.label}: ${v.output}`).toBe(true);
    if (!hasCheckDeck) return;
    for (const c of await checkDecks(decks)) expect(c.overflow, `${c.label}: ${c.problems.join('; ')}`).toBe(0);
  }, 300_000);
});
