// The slide layouts as a user sees them in PowerPoint's Layout menu (src/render/layouts.ts), read back from a
// rendered deck and written out here in full — not computed from LAYOUT_SPECS, so a changed name or label fails:
// the master's layout list in order, each layout's name and placeholders, and which layout each kind of slide uses.
// LAYOUT_SPECS is module-level data: each test renders through a freshly imported copy of the render stage
// (vi.resetModules), so the data is read in this test — the mutation run keeps modules loaded between test files
// and credits module-level code to whichever test loaded it first.
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { resolveTheme } from '../../src/theme/index.js';
import type { DesignName, LaidOutDeck, LaidSlide, LayoutName } from '../../src/model.js';

const theme = resolveTheme('gov-blue', { lang: 'zh-CN' });

/** One slide per layout kind: the six theme layouts, then content slides with each designed layout (and bullets). */
const KINDS: [LayoutName, DesignName | undefined][] = [
  ['title', undefined],
  ['agenda', undefined],
  ['section', undefined],
  ['content', undefined],
  ['quote', undefined],
  ['closing', undefined],
  ['content', 'cards'],
  ['content', 'big-number'],
  ['content', 'columns'],
  ['content', 'timeline'],
  ['content', 'image-text'],
  ['content', 'statement'],
  ['content', 'table'],
  ['content', 'code'],
  ['content', 'chart'],
  ['content', 'bullets'],
  // A designed layout only applies to content slides.
  ['section', 'cards'],
];

async function rendered() {
  const slides: LaidSlide[] = KINDS.map(([layout, design], i) => ({ layout, design, items: [], notes: [], titleText: `s${i}`, src: { line: i + 1 } }));
  const deck: LaidOutDeck = { meta: { title: 'T', lang: 'zh-CN', aspect: '16:9', slideNumbers: true, agenda: false }, widthIn: 13.333, heightIn: 7.5, fit: [], slides };
  vi.resetModules();
  const { render } = await import('../../src/render/index.js');
  const zip = await JSZip.loadAsync(await render(deck, theme));
  const part = async (n: string) => {
    const f = zip.file(n);
    if (!f) throw new Error(`no ${n}`);
    return f.async('string');
  };
  return { zip, part };
}

const relTarget = (rels: string, id: string) => new RegExp(`<Relationship Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? `(no ${id})`;
const layoutName = (xml: string) => /<p:cSld name="([^"]*)"/.exec(xml)?.[1];
const phs = (xml: string) => [...xml.matchAll(/<p:ph\b([^>]*?)\/?>/g)].map((m) => m[1].trim());

const NAMES = [
  'huibao Blank',
  'huibao Title Slide',
  'huibao Agenda',
  'huibao Section Header',
  'huibao Title and Content',
  'huibao Quote',
  'huibao Closing',
  'huibao Cards',
  'huibao Big Numbers',
  'huibao Columns',
  'huibao Timeline',
  'huibao Image and Text',
  'huibao Statement',
  'huibao Table',
  'huibao Code',
  'huibao Chart',
];

describe('the slide layouts in the file', () => {
  it("the master lists every layout, in order, by the names PowerPoint's Layout menu shows", async () => {
    const { part } = await rendered();
    const master = await part('ppt/slideMasters/slideMaster1.xml');
    const rels = await part('ppt/slideMasters/_rels/slideMaster1.xml.rels');
    const ids = [...master.matchAll(/<p:sldLayoutId id="\d+" r:id="(rId\d+)"\/>/g)].map((m) => m[1]);
    const names: (string | undefined)[] = [];
    for (const id of ids) names.push(layoutName(await part(relTarget(rels, id).replace(/^\.\.\//, 'ppt/'))));
    expect(names).toEqual(NAMES);
  });

  it('each layout has its placeholders: the cover a centred title and subtitle, section and closing a title only', async () => {
    const { part } = await rendered();
    const byName = new Map<string, string[]>();
    for (let i = 1; i <= NAMES.length; i++) {
      const xml = await part(`ppt/slideLayouts/slideLayout${i}.xml`);
      byName.set(layoutName(xml)!, phs(xml));
    }
    const chrome = ['type="ftr" sz="quarter" idx="11"', 'type="sldNum" sz="quarter" idx="12"'];
    expect(Object.fromEntries(byName)).toEqual({
      'huibao Blank': [],
      'huibao Title Slide': ['type="ctrTitle"', 'type="subTitle" idx="1"'],
      'huibao Agenda': ['type="title"', 'idx="1"', ...chrome],
      'huibao Section Header': ['type="title"'],
      'huibao Title and Content': ['type="title"', 'idx="1"', ...chrome],
      'huibao Quote': ['type="title"', 'idx="1"', ...chrome],
      'huibao Closing': ['type="title"'],
      'huibao Cards': ['type="title"', ...chrome],
      'huibao Big Numbers': ['type="title"', ...chrome],
      'huibao Columns': ['type="title"', ...chrome],
      'huibao Timeline': ['type="title"', ...chrome],
      'huibao Image and Text': ['type="title"', 'idx="1"', ...chrome],
      'huibao Statement': ['type="title"', ...chrome],
      'huibao Table': ['type="title"', ...chrome],
      'huibao Code': ['type="title"', ...chrome],
      'huibao Chart': ['type="title"', ...chrome],
    });
  });

  it('each kind of slide uses its own layout (bullets and unknown designs the content layout)', async () => {
    const { part } = await rendered();
    const used: (string | undefined)[] = [];
    for (let i = 1; i <= KINDS.length; i++) {
      const rels = await part(`ppt/slides/_rels/slide${i}.xml.rels`);
      const target = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)?.[1];
      used.push(layoutName(await part(`ppt/slideLayouts/${target}`)));
    }
    // every layout but Blank, in the master's order, then the two kinds the deck's last slides use again
    expect(used).toEqual([
      ...NAMES.slice(1),
      'huibao Title and Content',
      'huibao Section Header',
    ]);
  });
});
