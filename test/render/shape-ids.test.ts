// Shape ids are unique within each slide (ECMA-376: p:cNvPr/@id). pptxgenjs 4.0.1 numbers a table's graphicFrame
// `intTableNum × slideNum + 1`, which on an early slide is the id of another shape (found in stop 23: slide 3 of a
// quote-then-table deck had id="4" twice, the table and the slide-number placeholder). The post-processor renumbers
// later duplicates; these tests build real table decks and read every slide's ids back.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { uniqueShapeIds } from '../../src/render/postprocess.js';
import { hasValidator, validate } from '../reliability/pptx-check.js';

// validate-pptx takes seconds a deck: not for every mutant of a mutation run (test/mutation/vitest.config.ts).
const validating = hasValidator && !process.env.HUIBAO_MUTATING;

const ids = (xml: string) => [...xml.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)].map((m) => ({ id: Number(m[1]), name: m[2] }));
const dupes = (list: number[]) => list.filter((x, i) => list.indexOf(x) !== i);

async function slides(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const n of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) out.set(n, await zip.file(n)!.async('string'));
  return out;
}

/** Nothing in a slide may refer to a shape id, or renumbering would have to follow it. */
const SHAPE_REFS = /\bspid=|<a:stCxn\b|<a:endCxn\b|<p:timing\b|<p:bldP\b|<p:custShowLst\b/;

const REPRO = '---\ntitle: Q\n---\n\n## 引言\n\n> 引文\n\n## 表\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';

describe('uniqueShapeIds', () => {
  it('keeps the first shape with an id; later duplicates get fresh ids above the slide’s largest, in order', () => {
    const xml = '<p:cNvPr id="1" name=""/><p:cNvPr id="4" name="Table 0"/><p:cNvPr id="7" name="x"/><p:cNvPr id="4" name="Slide Number"/><p:cNvPr id="1" name="y"/><p:cNvPr id="4" name="z"/>';
    expect(uniqueShapeIds(xml)).toBe('<p:cNvPr id="1" name=""/><p:cNvPr id="4" name="Table 0"/><p:cNvPr id="7" name="x"/><p:cNvPr id="8" name="Slide Number"/><p:cNvPr id="9" name="y"/><p:cNvPr id="10" name="z"/>');
  });

  it('leaves a slide without duplicates as it is (the same string)', () => {
    const xml = '<p:cNvPr id="3" name="a"/><p:cNvPr id="2" name="b"/><p:cNvPr id="30" name="c"/>';
    expect(uniqueShapeIds(xml)).toBe(xml);
  });

  it('takes the largest id by value, not the last one written', () => {
    expect(uniqueShapeIds('<p:cNvPr id="12" name="a"/><p:cNvPr id="2" name="b"/><p:cNvPr id="2" name="c"/>')).toBe('<p:cNvPr id="12" name="a"/><p:cNvPr id="2" name="b"/><p:cNvPr id="13" name="c"/>');
  });
});

describe('shape ids in built table decks', () => {
  it('the quote-then-table deck: the table keeps id 4, the slide-number placeholder moves to 5', async () => {
    const { bytes } = await build(REPRO, { file: 'q.md' });
    const s = await slides(bytes);
    const three = ids(s.get('ppt/slides/slide3.xml')!);
    expect(three).toEqual([
      { id: 1, name: '' },
      { id: 2, name: 'title text' },
      { id: 4, name: 'Table 0' },
      { id: 5, name: 'Slide Number Placeholder' },
    ]);
    for (const [name, xml] of s) {
      expect(dupes(ids(xml).map((x) => x.id)), name).toEqual([]);
      expect(xml, name).not.toMatch(SHAPE_REFS);
    }
    if (validating) expect(validate(bytes, 'shape-ids-repro').output).toMatch(/validate-pptx: OK/);
  });

  it('a many-slide deck with several tables (two on one slide, charts beside): every slide’s ids unique', async () => {
    const table = (n: number) => `| 项目${n} | 数值 |\n|---|---|\n| 甲 | ${n} |\n| 乙 | ${n + 1} |\n`;
    const parts = ['---\ntitle: 多表\n---\n'];
    for (let i = 1; i <= 14; i++) {
      if (i % 3 === 0) parts.push(`## 第${i}页\n\n> 引文${i}\n\n${table(i)}`);
      else if (i % 4 === 0) parts.push(`## 第${i}页\n\n- 要点一\n- 要点二\n\n${table(i)}\n${table(i + 100)}`);
      else if (i % 5 === 0) parts.push(`## 第${i}页\n\n\`\`\`chart\ntype: bar\ncategories: [一, 二]\nseries:\n  - name: 甲\n    values: [1, 2]\n\`\`\`\n`);
      else parts.push(`## 第${i}页\n\n${table(i)}`);
    }
    const { bytes } = await build(parts.join('\n'), { file: 'many.md' });
    const s = await slides(bytes);
    expect(s.size).toBeGreaterThanOrEqual(14);
    let tables = 0;
    for (const [name, xml] of s) {
      const list = ids(xml);
      tables += list.filter((x) => x.name.startsWith('Table')).length;
      expect(dupes(list.map((x) => x.id)), name).toEqual([]);
      expect(xml, name).not.toMatch(SHAPE_REFS);
    }
    expect(tables).toBeGreaterThanOrEqual(14);
    if (validating) expect(validate(bytes, 'shape-ids-many').output).toMatch(/validate-pptx: OK/);
  });
});
