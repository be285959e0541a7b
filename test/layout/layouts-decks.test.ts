// Every designed layout in every built-in theme at 16:9 and 4:3 (two fixture decks, Chinese and English, that use
// them all): the shapes are native and grouped, the package is schema-valid, and no text leaves its box or breaks
// a line against kinsoku when LibreOffice lays it out as PowerPoint opens it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { build } from '../../src/build.js';
import { listThemes } from '../../src/theme/index.js';
import { hasValidator, repoRoot, validateMany } from '../reliability/pptx-check.js';
import { checkDecks, hasCheckDeck } from '../decks/deck-check.js';

const fixtures = ['every-layout-zh', 'every-layout-en'].map((name) => path.join(repoRoot, 'test', 'layout', 'fixtures', `${name}.md`));
const deck = (file: string, theme?: string, aspect: '16:9' | '4:3' = '16:9') =>
  build(readFileSync(file, 'utf8'), { file, theme, aspect, allowAnyPath: true });

describe('designed layouts in the package', () => {
  it('the fixtures use every designed layout', async () => {
    const designs = new Set<string>();
    for (const f of fixtures) for (const s of (await deck(f)).laid.slides) designs.add(s.design ?? '');
    expect([...designs].sort()).toEqual(['agenda', 'big-number', 'bullets', 'cards', 'closing', 'code', 'columns', 'image-text', 'section', 'statement', 'table', 'timeline', 'title']);
  });

  it('a card is one group of native shapes: its face (rounded), number, rule and text, with ids unique on the slide', async () => {
    const r = await build('## 三个方面\n\n- **强化理论武装**：撰写学习笔记\n- **厚植为民情怀**：认领实事项目\n- **提升工作实效**：以学促思\n', { file: 't.md', theme: 'party-red' });
    const zip = await JSZip.loadAsync(r.bytes);
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const groups = [...xml.matchAll(/<p:grpSp>([\s\S]*?)<\/p:grpSp>/g)].map((m) => m[1]);
    expect(groups.length).toBe(3);
    for (const g of groups) {
      expect((g.match(/<p:sp>/g) ?? []).length).toBe(4);
      expect(g).toMatch(/<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val \d+"\/>/);
    }
    expect(groups.map((g) => /name="(card \d)"/.exec(g)?.[1])).toEqual(['card 1', 'card 2', 'card 3']);
    expect(groups[1]).toContain('<a:t>02</a:t>');
    expect(groups[1]).toContain('<a:t>厚植为民情怀</a:t>');
    const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).not.toContain('HBTOKEN');
    // The slide uses the named layout PowerPoint lists in its Layout menu.
    const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
    const layoutPart = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)![1];
    expect(await zip.file(`ppt/slideLayouts/${layoutPart}`)!.async('string')).toContain('<p:cSld name="huibao Cards"');
  });

  it('every designed layout is a named slide layout in the file', async () => {
    const zip = await JSZip.loadAsync((await deck(fixtures[0])).bytes);
    const names = new Set<string>();
    for (const f of Object.keys(zip.files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))) names.add(/<p:cSld name="([^"]+)"/.exec(await zip.file(f)!.async('string'))![1]);
    for (const n of ['Agenda', 'Section Header', 'Cards', 'Big Numbers', 'Columns', 'Timeline', 'Image and Text', 'Statement', 'Table', 'Code', 'Chart']) expect(names).toContain(`huibao ${n}`);
  });
});

describe.skipIf(!hasValidator || !hasCheckDeck)('every layout × every built-in theme × 16:9 and 4:3', () => {
  if (!hasValidator || !hasCheckDeck) console.warn('../shared/tools or LibreOffice absent: skipping validate-pptx/check-deck on the layout fixtures');

  it('validate-pptx OK, check-deck 0 overflow and 0 kinsoku', async () => {
    const decks: { label: string; bytes: Uint8Array }[] = [];
    for (const t of listThemes()) {
      for (const aspect of ['16:9', '4:3'] as const) {
        for (const f of fixtures) decks.push({ label: `${path.basename(f, '.md')}/${t.name}/${aspect}`, bytes: (await deck(f, t.name, aspect)).bytes });
      }
    }
    const valid = await validateMany(decks);
    expect(valid.filter((v) => !v.ok).map((v) => `${v.label}: ${v.output}`)).toEqual([]);
    const checked = await checkDecks(decks);
    expect(checked.filter((c) => !c.ok || c.overflow !== 0 || c.kinsoku !== 0).map((c) => `${c.label}: ${c.problems.join('; ') || c.raw}`)).toEqual([]);
  }, 900_000);
});
