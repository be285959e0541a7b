// The decks users see first: the samples in slides/ and the hard cases, in every built-in theme and both
// aspects — schema-valid, and with no text outside its box when rendered as PowerPoint opens it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { listThemes } from '../../src/theme/index.js';
import { hasValidator, repoRoot, sharedDir, validateMany } from '../reliability/pptx-check.js';
import { checkDecks, hasCheckDeck } from './deck-check.js';

const samples = ['three-points', 'quarterly-review'].map((name) => ({ name, file: path.join(repoRoot, 'slides', `${name}.md`) }));
const hard = path.join(repoRoot, 'test', 'fixtures', 'hard-cases.md');
const seed = path.join(sharedDir, 'seed', 'speech-zh.txt');
if (!existsSync(seed)) console.warn(`samples.test: ${seed} is absent; skipping the seed-sentence test`);

async function deck(file: string, opts: { theme?: string; aspect?: '16:9' | '4:3' } = {}) {
  return build(readFileSync(file, 'utf8'), { file, ...opts });
}

describe('sample decks', () => {
  it('three-points.md is the seed speech: title, agenda, 3 sections with their sub-point slides, closing — in at least 7 designed layouts', async () => {
    const r = await deck(samples[0].file);
    expect(r.laid.slides.map((s) => s.design)).toEqual([
      'title', 'agenda',
      'section', 'cards', 'timeline', 'big-number', 'bullets', 'bullets', 'bullets',
      'section', 'bullets', 'bullets', 'cards',
      'section', 'bullets', 'statement', 'bullets', 'bullets',
      'closing',
    ]);
    expect(r.theme.name).toBe('party-red');
    // The speech's own paragraphs are the speaker notes; its XX placeholders stay as they are.
    const notes = r.laid.slides.flatMap((s) => s.notes).join('');
    expect(notes).toContain('XX余篇');
  });

  // A visible skip when ../shared is absent, not a pass over an empty list of sentences.
  it.skipIf(!existsSync(seed))('three-points.md keeps every sentence of the seed speech (titles or notes)', async () => {
    const r = await deck(samples[0].file);
    const notes = r.laid.slides.flatMap((s) => s.notes).join('');
    const spoken = (r.laid.slides.map((s) => s.titleText).join('。') + notes).replace(/\s/g, '');
    const sentences = readFileSync(seed, 'utf8').split(/(?<=[。；！？])/).map((s) => s.trim()).filter((s) => s.length > 8);
    expect(sentences.length).toBeGreaterThan(20);
    for (const sentence of sentences) {
      // The section titles are the speech's own point sentences; everything else is in the notes.
      expect(spoken).toContain(sentence.replace(/\s|,/g, (c) => (c === ',' ? '，' : '')).replace(/。$/, ''));
    }
  });

  it('quarterly-review.md uses every feature of the dialect', async () => {
    const r = await deck(samples[1].file);
    const kinds = new Set(r.deck.slides.flatMap((s) => s.blocks.map((b) => b.kind)));
    expect([...kinds].sort()).toEqual(['chart', 'code', 'image', 'list', 'paragraph', 'quote', 'table']);
    expect(r.laid.slides.some((s) => s.layout === 'quote')).toBe(true);
    expect(r.laid.slides.some((s) => s.items.some((i) => i.kind === 'image' && i.data))).toBe(true);
    expect(r.warnings).toEqual([]);
    // It shows every layout (issue 11: at least 11 distinct).
    expect(new Set(r.laid.slides.map((s) => s.design)).size).toBeGreaterThanOrEqual(11);
  });
});

describe.skipIf(!hasValidator || !hasCheckDeck)('decks pass validate-pptx and check-deck', () => {
  if (!hasValidator || !hasCheckDeck) console.warn('../shared/tools or LibreOffice absent: skipping validate-pptx/check-deck on the sample decks');

  it('samples and hard cases, every built-in theme, 16:9 and 4:3: valid, 0 overflow, 0 kinsoku', async () => {
    const decks: { label: string; bytes: Uint8Array }[] = [];
    for (const s of samples) decks.push({ label: s.name, bytes: (await deck(s.file)).bytes });
    for (const t of listThemes()) decks.push({ label: `hard-cases/${t.name}`, bytes: (await deck(hard, { theme: t.name })).bytes });
    for (const t of ['party-red', 'minimal']) decks.push({ label: `hard-cases/${t}/4:3`, bytes: (await deck(hard, { theme: t, aspect: '4:3' })).bytes });
    decks.push({ label: 'three-points/4:3', bytes: (await deck(samples[0].file, { aspect: '4:3' })).bytes });

    const valid = await validateMany(decks);
    expect(valid.filter((v) => !v.ok).map((v) => `${v.label}: ${v.output}`)).toEqual([]);
    const checked = await checkDecks(decks);
    expect(checked.filter((c) => !c.ok || c.overflow !== 0 || c.kinsoku !== 0).map((c) => `${c.label}: ${c.problems.join('; ') || c.raw}`)).toEqual([]);
  }, 900_000);
});
