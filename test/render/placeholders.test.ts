// PowerPoint-native structure (issue 12): titles and bodies are placeholders of styled, named slide layouts, and the
// slide is PowerPoint's own size. Asserted on the XML inside the zip.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { build } from '../../src/build.js';
import { render } from '../../src/render/index.js';
import { LAYOUT_SPECS } from '../../src/render/layouts.js';
import { markPlaceholders } from '../../src/render/placeholders.js';
import type { LaidOutDeck } from '../../src/model.js';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const n of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(n)) out.set(n, await zip.file(n)!.async('string'));
  return out;
}

const slideNames = (p: Map<string, string>) =>
  [...p.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));

/** Each shape of a part: its placeholder element (if any) and its whole XML. */
function shapes(xml: string): { ph?: string; xml: string }[] {
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => ({ ph: /<p:ph [^>]*\/>/.exec(m[0])?.[0], xml: m[0] }));
}

/** The slide layout a slide uses, by name. */
function layoutOf(p: Map<string, string>, slide: string): string {
  const rels = p.get(slide.replace('slides/', 'slides/_rels/') + '.rels')!;
  const target = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)![1];
  return /<p:cSld name="([^"]*)"/.exec(p.get(`ppt/slideLayouts/${target}`)!)![1];
}

const SAMPLES = ['three-points.md', 'quarterly-review.md'];

describe('placeholders: every slide of the sample decks', () => {
  for (const name of SAMPLES) {
    it(`${name}: one title placeholder per slide (ctrTitle on the title slide), with its measured geometry and text kept`, async () => {
      const file = path.join('slides', name);
      const r = await build(readFileSync(file, 'utf8'), { file });
      const p = await parts(r.bytes);
      const slides = slideNames(p);
      expect(slides.length).toBe(r.laid.slides.length);
      slides.forEach((s, i) => {
        const titles = shapes(p.get(s)!).filter((x) => /type="(title|ctrTitle)"/.test(x.ph ?? ''));
        expect(titles.length, s).toBe(1);
        expect(titles[0].ph).toBe(r.laid.slides[i].layout === 'title' ? '<p:ph type="ctrTitle"/>' : '<p:ph type="title"/>');
        const t = titles[0].xml;
        // Placeholder lock, explicit position, our bodyPr (no autofit) and explicit run sizes: nothing inherited moves it.
        expect(t).toContain('<a:spLocks noGrp="1"/>');
        expect(t).toMatch(/<a:xfrm><a:off x="\d+" y="\d+"\/><a:ext cx="\d+" cy="\d+"\/><\/a:xfrm>/);
        expect(t).toContain('<a:noAutofit/>');
        expect(t).toMatch(/<a:rPr [^>]*sz="\d+"/);
        const box = r.laid.slides[i].items.find((b) => b.kind === 'text' && b.role === 'title')!;
        const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(t)!;
        expect(Number(off[1])).toBe(Math.round(box.x * 914400));
        expect(Number(off[2])).toBe(Math.round(box.y * 914400));
        // The slide's placeholders exist on its layout (same type/idx), so "Reset" keeps them.
        const layoutXml = [...p.entries()].find(([n, x]) => n.startsWith('ppt/slideLayouts/slideLayout') && x.includes(`<p:cSld name="${layoutOf(p, s)}"`))![1];
        for (const ph of shapes(p.get(s)!).map((x) => x.ph).filter((x): x is string => !!x && !x.includes('sldNum'))) expect(layoutXml, s).toContain(ph);
      });
      // Content slides with one body: that body is the body placeholder.
      const content = r.laid.slides.findIndex((s) => s.layout === 'content' && s.items.filter((b) => b.kind === 'text' && b.role === 'body').length === 1);
      expect(shapes(p.get(slides[content])!).filter((x) => x.ph === '<p:ph idx="1"/>').length).toBe(1);
    });
  }
});

describe('placeholders: slide layouts', async () => {
  const md = '---\ntitle: 样式\ntheme: party-red\n---\n\n# 一、部分\n\n## 标题\n\n- 一\n  - 二\n    - 三\n';
  const r = await build(md, { file: 'x.md' });
  const p = await parts(r.bytes);
  const layouts = [...p.entries()].filter(([n]) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).map(([, x]) => x);
  const byName = (label: string) => layouts.find((x) => x.includes(`<p:cSld name="${label}"`))!;

  it('has one layout per LAYOUT_SPECS entry, named for the Layout menu', () => {
    for (const spec of LAYOUT_SPECS) expect(byName(spec.label), spec.label).toBeDefined();
    expect(layouts.map((x) => /<p:cSld name="([^"]*)"/.exec(x)![1]).sort()).toEqual(['huibao Blank', ...LAYOUT_SPECS.map((s) => s.label)].sort());
  });

  it('gives each layout placeholders of the kind its spec says', () => {
    for (const spec of LAYOUT_SPECS) {
      const phs = shapes(byName(spec.label)).map((s) => s.ph).filter((x) => x && !x.includes('sldNum') && !x.includes('ftr'));
      const want = spec.placeholders === 'cover' ? ['<p:ph type="ctrTitle"/>', '<p:ph type="subTitle" idx="1"/>'] : spec.placeholders === 'title-body' ? ['<p:ph type="title"/>', '<p:ph idx="1"/>'] : ['<p:ph type="title"/>'];
      expect(phs, spec.label).toEqual(want);
    }
  });

  it("styles the content layout's placeholders from the theme: theme faces, sizes, bullets and colours per level", () => {
    const th = r.theme;
    const content = shapes(byName('huibao Title and Content'));
    const title = content.find((s) => s.ph === '<p:ph type="title"/>')!.xml;
    expect(title).toMatch(new RegExp(`<a:lvl1pPr [^>]*algn="l"[^>]*>.*<a:defRPr sz="${th.sizes.title * 100}" b="1"`));
    expect(title).toContain('<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/>');
    const body = content.find((s) => s.ph === '<p:ph idx="1"/>')!.xml;
    th.sizes.body.forEach((sz, i) => {
      const lvl = new RegExp(`<a:lvl${i + 1}pPr [^>]*>(.*?)</a:lvl${i + 1}pPr>`).exec(body)![1];
      expect(lvl).toContain(`<a:buChar char="${th.bullets[i].char}"/>`);
      expect(lvl).toContain(`<a:defRPr sz="${sz * 100}"`);
      expect(lvl).toContain('<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>');
    });
    // Three prompt paragraphs, one per level, in the deck's language.
    expect(body).toContain('<a:t>编辑母版文本样式</a:t>');
    expect(body).toContain('<a:pPr lvl="2"/>');
  });

  it('centres the title on layouts whose theme style says so (party-red title slide) and keeps the master styled', () => {
    const cover = shapes(byName('huibao Title Slide')).find((s) => s.ph === '<p:ph type="ctrTitle"/>')!.xml;
    expect(cover).toMatch(/<a:lvl1pPr [^>]*algn="ctr"/);
    const master = p.get('ppt/slideMasters/slideMaster1.xml')!;
    expect(master).toContain('<p:ph type="title"/>');
    expect(master).toContain('<p:ph type="body" idx="1"/>');
    expect(master).toMatch(new RegExp(`<p:bodyStyle><a:lvl1pPr [^>]*>.*?<a:buChar char="${r.theme.bullets[0].char}"/>`));
  });
});

describe('slide size', () => {
  for (const [aspect, cx] of [['16:9', 12192000], ['4:3', 9144000]] as const) {
    it(`${aspect}: PowerPoint's own size, ${cx} × 6858000 EMU`, async () => {
      const r = await build('# T\n\n## S\n\n- a\n', { file: 'x.md', aspect });
      const p = await parts(r.bytes);
      expect(p.get('ppt/presentation.xml')).toContain(`<p:sldSz cx="${cx}" cy="6858000"/>`);
    });
  }
});

describe('placeholders: layouts added by name', () => {
  it('a slide with a layout name not in the list uses the content layout, and its title is still a placeholder', async () => {
    const r = await build('# T\n\n## S\n\n- a\n- b\n', { file: 'x.md' });
    const laid: LaidOutDeck = { ...r.laid, slides: r.laid.slides.map((s) => (s.layout === 'content' ? { ...s, layout: 'not-a-layout' as never } : s)) };
    const p = await parts(await render(laid, r.theme));
    const i = laid.slides.findIndex((s) => (s.layout as string) === 'not-a-layout');
    const slide = slideNames(p)[i];
    expect(layoutOf(p, slide)).toBe('huibao Title and Content');
    expect(p.get(slide)).toContain('<p:ph type="title"/>');
  });

  it('markPlaceholders leaves shapes whose token is not a placeholder alone', () => {
    const sp = (id: number, t: string) => `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="x"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>${t}</p:txBody></p:sp>`;
    const xml = sp(2, 'HBTOKEN1X') + sp(3, 'HBTOKEN2X');
    const out = markPlaceholders(xml, (t) => (t === 'HBTOKEN2X' ? { type: 'title' } : undefined));
    expect(out).toBe(sp(2, 'HBTOKEN1X') + '<p:sp><p:nvSpPr><p:cNvPr id="3" name="x"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>HBTOKEN2X</p:txBody></p:sp>');
  });
});
