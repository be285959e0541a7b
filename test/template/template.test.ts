// Your own template (issue 12, part 4): each real template in ../shared/corpus/templates is read into plain data,
// its layouts are mapped by placeholder types and names (never position), the deck is measured against their
// boxes, and the output carries the template's masters, layouts and theme with our slides in its placeholders.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { mapLayouts, readTemplate, templateTheme, type TemplateMapping, type Template } from '../../src/template/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import { BODY_INSET } from '../../src/layout/style.js';
import { repoRoot, validateMany, hasValidator, xmlProblems } from '../reliability/pptx-check.js';
import { deckNames, deckParts, editedTemplate, hasTemplates, tpl } from './helpers.js';

const three = path.join(repoRoot, 'slides', 'three-points.md');
const quarterly = path.join(repoRoot, 'slides', 'quarterly-review.md');

function load(name: string): { t: Template; m: TemplateMapping } {
  const t = readTemplate(new Uint8Array(readFileSync(tpl(name))), tpl(name));
  return { t, m: mapLayouts(t) };
}

/** kind → [layout name, title placeholder type, body placeholder type#idx] as huibao maps them. */
const EXPECTED: Record<string, Record<string, [string, string | undefined, string | undefined]>> = {
  'en-pandoc-depth-moved-layouts.pptx': {
    title: ['Title Slide', 'ctrTitle', 'subTitle#1'],
    content: ['Title and Content', 'title', 'obj#1'],
    section: ['Section Header', 'ctrTitle', 'subTitle#1'],
    agenda: ['Title and Content', 'title', 'obj#1'],
    closing: ['Title Slide', 'ctrTitle', 'subTitle#1'],
    columns: ['Two Content', 'title', 'obj#1'],
  },
  'fr-coreoz-office2007-4x3.pptx': {
    title: ['Diapositive de titre', 'ctrTitle', 'subTitle#1'],
    content: ['Titre et contenu', 'title', 'obj#1'],
    section: ['Titre de section', 'title', 'body#1'],
    agenda: ['Titre et contenu', 'title', 'obj#1'],
    closing: ['Diapositive de titre', 'ctrTitle', 'subTitle#1'],
    columns: ['Deux contenus', 'title', 'obj#1'],
  },
  'ja-consulting-grayscale.potx': {
    title: ['表紙', 'ctrTitle', 'subTitle#1'],
    content: ['汎用2', 'title', 'body#1'],
    section: ['表紙', 'ctrTitle', 'subTitle#1'],
    agenda: ['目次', 'title', 'body#10'],
    closing: ['表紙', 'ctrTitle', 'subTitle#1'],
    columns: ['汎用2', 'title', 'body#1'],
  },
  'zh-thu-purple-4x3.pptx': {
    title: ['标题幻灯片', 'ctrTitle', 'subTitle#1'],
    content: ['标题和内容', 'title', 'obj#1'],
    section: ['节标题', 'title', 'body#1'],
    agenda: ['目录', 'title', 'obj#1'],
    closing: ['标题幻灯片', 'ctrTitle', 'subTitle#1'],
    columns: ['两栏内容', 'title', 'obj#1'],
  },
  'zh-ustc-jwc-teaching.pptx': {
    title: ['标题幻灯片', 'ctrTitle', 'subTitle#1'],
    content: ['标题和内容', 'title', 'obj#1'],
    section: ['节标题', 'ctrTitle', 'subTitle#1'],
    agenda: ['目录', 'title', 'body#11'],
    closing: ['致谢', 'ctrTitle', 'subTitle#1'],
    columns: ['标题和内容', 'title', 'obj#1'],
  },
  'zh-ustc-red-banner-4x3.pptx': {
    title: ['标题幻灯片', 'ctrTitle', 'subTitle#1'],
    content: ['标题和内容', 'title', 'obj#1'],
    section: ['节标题', 'title', 'body#1'],
    agenda: ['标题和内容', 'title', 'obj#1'],
    closing: ['标题幻灯片', 'ctrTitle', 'subTitle#1'],
    columns: ['两栏内容', 'title', 'obj#1'],
  },
};

/** Theme parts per template: slide size (in), heading/body fonts as measured for a Chinese deck, accent, background. */
const THEMES: Record<string, { size: [number, number]; title: [string, string]; body: [string, string]; accent: string; background: string; text: string }> = {
  // Depth maps bg1 to dk1: a dark background with light text.
  'en-pandoc-depth-moved-layouts.pptx': { size: [13.333, 7.5], title: ['Corbel', '华文楷体'], body: ['Corbel', '华文楷体'], accent: '41AEBD', background: '000000', text: 'FFFFFF' },
  'fr-coreoz-office2007-4x3.pptx': { size: [10, 7.5], title: ['Calibri', '宋体'], body: ['Calibri', '宋体'], accent: '4F81BD', background: 'FFFFFF', text: '000000' },
  // Its ea face is "Century Gothic" (Latin only): the Hans script face is used for Chinese.
  'ja-consulting-grayscale.potx': { size: [13.333, 7.5], title: ['Century Gothic', '宋体'], body: ['Century Gothic', '宋体'], accent: '808080', background: 'FFFFFF', text: '000000' },
  'zh-thu-purple-4x3.pptx': { size: [10, 7.5], title: ['Gill Sans MT', '华文中宋'], body: ['Gill Sans MT', '华文中宋'], accent: '660874', background: 'FFFFFF', text: '000000' },
  'zh-ustc-jwc-teaching.pptx': { size: [13.333, 7.5], title: ['Candara', '微软雅黑'], body: ['Candara', '微软雅黑'], accent: '123B64', background: 'FFFFFF', text: '323F4F' },
  'zh-ustc-red-banner-4x3.pptx': { size: [10, 7.5], title: ['Arial', '宋体'], body: ['Arial', '宋体'], accent: '333399', background: 'FFFFFF', text: '000000' },
};

const base = () => resolveTheme('gov-blue', { lang: 'zh-CN' });
const r2 = (n: number) => Math.round(n * 100) / 100;

describe.skipIf(!hasTemplates)('template: mapping, boxes and theme of each real template', () => {
  for (const [name, kinds] of Object.entries(EXPECTED)) {
    describe(name, () => {
      // Collected even when skipped: read the template only when the corpus is there.
      const { t, m } = hasTemplates ? load(name) : ({} as ReturnType<typeof load>);
      it('maps each slide kind to a layout by placeholder types and names', () => {
        const got = Object.fromEntries(
          Object.keys(kinds).map((k) => {
            const c = m.kinds[k as keyof TemplateMapping['kinds']];
            return [k, [c.layout.name, c.title?.type, c.body ? `${c.body.type}#${c.body.idx}` : undefined]];
          }),
        );
        expect(got).toEqual(kinds);
      });
      it('measures against the mapped placeholders: our insets traded for theirs, inside the slide', () => {
        const theme = templateTheme(t, m, base(), 'zh-CN');
        // Over artwork from an example slide, that slide's own title position wins (tested below).
        const c = { ...m.kinds.content, title: m.kinds.content.artwork?.title ? { ...m.kinds.content.title!, box: m.kinds.content.artwork.title } : m.kinds.content.title };
        const title = theme.layouts.content.title as { x: number; y: number; w: number; h: number };
        const [l, tp, rr] = c.title!.insetPt;
        expect(title.x).toBeCloseTo(c.title!.box!.x + (l - BODY_INSET[0]) / 72, 2);
        expect(title.y).toBeCloseTo(c.title!.box!.y + (tp - BODY_INSET[1]) / 72, 2);
        expect(title.w).toBeCloseTo(c.title!.box!.w - (l - BODY_INSET[0]) / 72 - (rr - BODY_INSET[2]) / 72, 2);
        const body = theme.layouts.content.body as { x: number; y: number; w: number; h: number };
        expect(body.x).toBeCloseTo(c.body!.box!.x + (c.body!.insetPt[0] - BODY_INSET[0]) / 72, 2);
        // A body box too short for content (a one-line lead) runs to the bottom margin instead.
        if (c.body!.box!.h >= t.size.h * 0.35) expect(body.h).toBeCloseTo(c.body!.box!.h - (c.body!.insetPt[1] + c.body!.insetPt[3] - BODY_INSET[1] - BODY_INSET[3]) / 72, 2);
        else expect(body.h).toBeGreaterThan(t.size.h * 0.5);
        for (const k of ['title', 'agenda', 'section', 'content', 'quote', 'closing'] as const) {
          for (const b of [theme.layouts[k].title, theme.layouts[k].body] as { x: number; y: number; w: number; h: number }[]) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.y).toBeGreaterThanOrEqual(0);
            expect(b.x + b.w).toBeLessThanOrEqual(t.size.w + 0.001);
            expect(b.y + b.h).toBeLessThanOrEqual(t.size.h + 0.001);
          }
        }
      });
      it("takes the theme's fonts, colours through the colour map, and sizes not under the floors", () => {
        const theme = templateTheme(t, m, base(), 'zh-CN');
        const want = THEMES[name];
        expect([r2(t.size.w), r2(t.size.h)]).toEqual(want.size.map(r2));
        expect([theme.fonts.title.latin, theme.fonts.title.eastAsian]).toEqual(want.title);
        expect([theme.fonts.body.latin, theme.fonts.body.eastAsian]).toEqual(want.body);
        expect(theme.palette.accent).toBe(want.accent);
        expect(theme.palette.background).toBe(want.background);
        expect(theme.palette.text).toBe(want.text);
        expect(theme.sizes.body[0]).toBeGreaterThanOrEqual(base().sizes.minBody);
        expect(theme.sizes.minBody).toBe(base().sizes.minBody);
        expect(theme.layouts.content.decorations).toEqual([]);
      });
    });
  }

  it('pandoc\'s reordered layouts: "Title Slide" is found fifth, by type and name', () => {
    const { t, m } = load('en-pandoc-depth-moved-layouts.pptx');
    expect(t.layouts.findIndex((l) => l.name === 'Title Slide')).toBe(4);
    expect(m.kinds.title.layout.name).toBe('Title Slide');
  });
  it('a front-matter style override picks a layout by name, and an unknown name is a clear error', () => {
    const { t } = load('zh-thu-purple-4x3.pptx');
    expect(mapLayouts(t, { section: '仅标题' }).kinds.section.layout.name).toBe('仅标题');
    expect(() => mapLayouts(t, { content: 'Nope' })).toThrow(/no layout named "Nope".*"标题幻灯片"/);
    expect(() => mapLayouts(t, { sidebar: '空白' })).toThrow(/"sidebar" is not a slide kind/);
  });
});

async function buildWith(file: string, template: string) {
  return build(readFileSync(file, 'utf8'), { file, template });
}

describe.skipIf(!hasTemplates)('template: the built deck', () => {
  const names = Object.keys(EXPECTED);
  const built = new Map<string, Awaited<ReturnType<typeof buildWith>>>();
  const get = async (name: string, deck = three) => {
    const key = name + deck;
    if (!built.has(key)) built.set(key, await buildWith(deck, tpl(name)));
    return built.get(key)!;
  };

  for (const name of names) {
    it(`${name}: the template's masters, layouts and theme, no example slide, titles in placeholders`, async () => {
      const r = await get(name);
      const parts = deckParts(r.bytes);
      const src = deckParts(new Uint8Array(readFileSync(tpl(name))));
      // Our parts are checked; the template's own masters and layouts are its business (validate-pptx covers all).
      expect((await xmlProblems(r.bytes)).filter((p) => !/^ppt\/(slideMasters|slideLayouts)\//.test(p))).toEqual([]);
      // The template's master and theme, byte for byte; ours are gone.
      expect(parts.get('ppt/slideMasters/slideMaster1.xml')).toBe(src.get('ppt/slideMasters/slideMaster1.xml'));
      expect(parts.get('ppt/theme/theme1.xml')).toBe(src.get('ppt/theme/theme1.xml'));
      expect([...parts.keys()].filter((p) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(p)).length).toBe([...src.keys()].filter((p) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(p)).length);
      expect([...parts.values()].some((x) => x.includes('huibao-content'))).toBe(false);
      // Exactly our slides: the template's example slides are not kept.
      const slides = deckNames(r.bytes).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides.length).toBe(r.laid.slides.length);
      // The template's slide size, exactly.
      const sz = /<p:sldSz[^>]*\/>/.exec(src.get('ppt/presentation.xml')!)![0];
      expect(parts.get('ppt/presentation.xml')).toContain(sz);
      // Each slide on its mapped layout, its title in the layout's title placeholder.
      const { m } = load(name);
      r.laid.slides.forEach((s, i) => {
        const rels = parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!;
        const layout = m.kinds[s.layout].layout.part.replace(/^ppt\//, '../');
        expect(rels).toContain(`Target="${layout}"`);
        const xml = parts.get(`ppt/slides/slide${i + 1}.xml`)!;
        expect(xml).toContain(`<p:ph type="${m.kinds[s.layout].title!.type}"/>`);
        expect(xml.match(/<p:ph\b(?![^>]*type="(?:ftr|sldNum|dt)")/g)!.length).toBeLessThanOrEqual(2);
      });
      // Content slides: the body placeholder with the layout's idx.
      const i = r.laid.slides.findIndex((s) => s.layout === 'content');
      const body = m.kinds.content.body!;
      expect(parts.get(`ppt/slides/slide${i + 1}.xml`)).toContain(`<p:ph${body.type === 'obj' ? '' : ` type="${body.type}"`} idx="${body.idx}"/>`);
    });
  }

  it('pictures the template draws on its masters and layouts come along; the example slides\' do not', async () => {
    const r = await get('zh-thu-purple-4x3.pptx');
    const names = deckNames(r.bytes);
    expect(names).toContain('ppt/media/tpl-image1.emf');
    // Both pictures are the master's and the title layout's; the example slides' own (image3.png) stay behind.
    expect(names.filter((n) => n.startsWith('ppt/media/'))).toEqual(['ppt/media/tpl-image1.emf', 'ppt/media/tpl-image2.emf']);
  });

  it('artwork kept on example slides (the red-banner cover and inner page) goes behind our slides', async () => {
    const { t, m } = load('zh-ustc-red-banner-4x3.pptx');
    expect(t.layouts.find((l) => l.name === '标题幻灯片')!.artwork?.image).toBe('ppt/media/image1.jpeg');
    expect(m.kinds.content.artwork).toEqual({ image: 'ppt/media/image2.jpeg', title: { x: 0.5, y: expect.closeTo(0.3, 3), w: 5.5, h: expect.closeTo(0.616, 3) } });
    // Kinds whose layout has no example borrow the cover (section, closing) or the inner page (agenda).
    expect([m.kinds.section.artwork?.image, m.kinds.closing.artwork?.image, m.kinds.agenda.artwork?.image]).toEqual(['ppt/media/image1.jpeg', 'ppt/media/image1.jpeg', 'ppt/media/image2.jpeg']);
    const red = await get('zh-ustc-red-banner-4x3.pptx');
    const parts = deckParts(red.bytes);
    expect(deckNames(red.bytes).filter((n) => n.startsWith('ppt/media/'))).toEqual(['ppt/media/tpl-image1.jpeg', 'ppt/media/tpl-image2.jpeg']);
    red.laid.slides.forEach((s, i) => {
      const want = s.layout === 'content' || s.layout === 'agenda' || s.layout === 'quote' ? 'tpl-image2.jpeg' : 'tpl-image1.jpeg';
      expect(parts.get(`ppt/slides/_rels/slide${i + 1}.xml.rels`)).toContain(`Target="../media/${want}"`);
      // Behind everything: the first shape in the tree, the whole slide.
      expect(parts.get(`ppt/slides/slide${i + 1}.xml`)).toMatch(/<\/p:grpSpPr><p:pic><p:nvPicPr><p:cNvPr id="9999" name="template artwork"\/>[\s\S]*?<a:ext cx="9144000" cy="6858000"\/>/);
    });
    // The content title is measured in the banner, where the example slide put it.
    const title = red.laid.slides.find((s) => s.layout === 'content')!.items.find((x) => x.kind === 'text')!;
    expect([title.x, title.y, title.w]).toEqual([0.5, 0.3, 5.5]);
  });

  it("colours equal to the template's scheme are written as its scheme colours (through its colour map)", async () => {
    const r = await get('zh-ustc-jwc-teaching.pptx');
    const xml = deckParts(r.bytes).get('ppt/slides/slide4.xml')!;
    // Body text 323F4F is jwc's dk1 = tx1; its titles 0E2C4B are no slot and stay literal.
    expect(xml).toContain('<a:schemeClr val="tx1"/>');
    expect(xml).toContain('<a:srgbClr val="0E2C4B"/>');
    expect(xml).not.toMatch(/<a:schemeClr val="(dk1|lt1|dk2|lt2)"/);
  });

  it('the same input and template give the same bytes', async () => {
    const a = await get('zh-ustc-jwc-teaching.pptx');
    const b = await buildWith(three, tpl('zh-ustc-jwc-teaching.pptx'));
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });

  it.skipIf(!hasValidator)('every template × both sample decks passes validate-pptx', async () => {
    const decks = [];
    for (const name of names) for (const d of [three, quarterly]) decks.push({ label: `${path.basename(d)} on ${name}`, bytes: (await get(name, d)).bytes });
    const results = await validateMany(decks);
    expect(results.filter((x) => !x.ok).map((x) => `${x.label}: ${x.output}`)).toEqual([]);
  });
});

describe.skipIf(!hasTemplates)('template: traits the corpus lacks, made from a real one', () => {
  it('artwork only (no placeholders anywhere): a working deck, titles as text boxes where the template has none', async () => {
    const file = editedTemplate('fr-coreoz-office2007-4x3.pptx', (parts) => {
      for (const [k, v] of parts) if (/^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(k)) parts.set(k, v.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\b[\s\S]*?<\/p:sp>/g, ''));
    });
    const r = await buildWith(three, file);
    expect(await xmlProblems(r.bytes)).toEqual([]);
    const parts = deckParts(r.bytes);
    expect(parts.get('ppt/slides/slide4.xml')).not.toContain('<p:ph');
    expect(parts.get('ppt/slides/slide4.xml')).toContain('title text');
    expect(r.laid.slides.length).toBe(19);
  });

  it('light and dark slots swapped in the theme: text stays readable on the background', () => {
    const file = editedTemplate('fr-coreoz-office2007-4x3.pptx', (parts) => {
      const th = parts.get('ppt/theme/theme1.xml')!;
      parts.set('ppt/theme/theme1.xml', th.replace(/<a:dk1>[\s\S]*?<\/a:dk1>/, '<a:dk1><a:srgbClr val="FFFFFF"/></a:dk1>').replace(/<a:lt1>[\s\S]*?<\/a:lt1>/, '<a:lt1><a:srgbClr val="101820"/></a:lt1>'));
    });
    const t = readTemplate(new Uint8Array(readFileSync(file)), file);
    const theme = templateTheme(t, mapLayouts(t), base(), 'zh-CN');
    expect(theme.palette.background).toBe('101820');
    expect(theme.palette.text).toBe('FFFFFF');
  });

  it('a 10-inch 16:9 slide: the deck is laid out at 10 × 5.625 in and keeps that size', async () => {
    const file = editedTemplate('fr-coreoz-office2007-4x3.pptx', (parts) => {
      parts.set('ppt/presentation.xml', parts.get('ppt/presentation.xml')!.replace(/<p:sldSz[^>]*\/>/, '<p:sldSz cx="9144000" cy="5143500"/>'));
      // Scale the boxes the way PowerPoint does when the size changes (heights × 0.75).
      for (const [k, v] of parts) {
        if (!/^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(k)) continue;
        parts.set(k, v.replace(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g, (_m, x, y, cx, cy) => `<a:off x="${x}" y="${Math.round(Number(y) * 0.75)}"/><a:ext cx="${cx}" cy="${Math.round(Number(cy) * 0.75)}"/>`));
      }
    });
    const r = await buildWith(three, file);
    expect([r.laid.widthIn, r.laid.heightIn]).toEqual([10, 5.625]);
    expect(deckParts(r.bytes).get('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="5143500"/>');
    for (const s of r.laid.slides) for (const it of s.items) expect(it.y + it.h).toBeLessThanOrEqual(5.625 + 0.01);
  });

  it('several masters: the one its slides use wins, else the most complete', () => {
    const { t } = load('zh-thu-purple-4x3.pptx');
    const second = { ...t.masters[0], part: 'ppt/slideMasters/slideMaster2.xml', name: 'second', slidesUsing: 3 };
    const layouts = [...t.layouts, ...t.layouts.map((l) => ({ ...l, part: l.part.replace('.xml', 'b.xml'), master: second.part }))];
    const two: Template = { ...t, masters: [{ ...t.masters[0], slidesUsing: 0 }, second], layouts };
    const m = mapLayouts(two);
    expect(m.master.name).toBe('second');
    expect(m.kinds.content.layout.master).toBe(second.part);
    const unused: Template = { ...two, masters: [{ ...t.masters[0], slidesUsing: 0 }, { ...second, slidesUsing: 0, layouts: [] }], layouts: [...t.layouts, { ...t.layouts[7], part: 'x.xml', master: second.part }] };
    expect(mapLayouts(unused).master.part).toBe(t.masters[0].part);
  });

  it('not a PowerPoint file: one clear error naming it', async () => {
    const dir = path.dirname(editedTemplate('fr-coreoz-office2007-4x3.pptx', () => {}));
    const bad = path.join(dir, 'bad.pptx');
    writeFileSync(bad, 'not a zip');
    await expect(buildWith(three, bad)).rejects.toThrow(/not a PowerPoint file or template/);
    await expect(buildWith(three, path.join(dir, 'missing.potx'))).rejects.toThrow(/template not found/);
    await expect(buildWith(three, path.join(dir, 'x.docx'))).rejects.toThrow(/must be a PowerPoint file/);
  });
});

describe.skipIf(!hasTemplates)('template: front matter `template:`', () => {
  const deckIn = (dir: string, ref: string) => {
    const file = path.join(dir, 'deck.md');
    const md = `---\ntitle: 测试\ntemplate: ${ref}\n---\n\n## 第一页\n\n- 要点一\n- 要点二\n`;
    writeFileSync(file, md);
    return { file, md };
  };
  it('a template in the deck\'s folder is used', async () => {
    const copy = editedTemplate('zh-thu-purple-4x3.pptx', () => {}, 'unit.pptx');
    const { file, md } = deckIn(path.dirname(copy), './unit.pptx');
    const r = await build(md, { file });
    expect(r.theme.name).toBe('unit.pptx');
    expect(r.warnings).toEqual([]);
  });
  it('a template outside the deck\'s folder is not read: a warning with the line, built without it', async () => {
    const copy = editedTemplate('zh-thu-purple-4x3.pptx', () => {}, 'unit.pptx');
    const other = path.dirname(editedTemplate('fr-coreoz-office2007-4x3.pptx', () => {}));
    const { file, md } = deckIn(other, path.relative(other, copy));
    const r = await build(md, { file });
    expect(r.theme.name).not.toBe('unit.pptx');
    expect(r.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/outside the deck's folder/) })]);
  });
});

describe.skipIf(!hasTemplates)('template: front matter `layouts:` map, themes init --from, template inspect', () => {
  it('a `layouts:` map in the front matter picks the template\'s layouts; without a template it is ignored with a warning', async () => {
    const copy = editedTemplate('zh-thu-purple-4x3.pptx', () => {}, 'unit.pptx');
    const file = path.join(path.dirname(copy), 'deck.md');
    const md = '---\ntitle: 测试\nclosing: 谢谢！\ntemplate: ./unit.pptx\nlayouts: { section: "仅标题", closing: "节标题" }\n---\n\n# 第一部分\n\n## 第一页\n\n- 要点\n';
    writeFileSync(file, md);
    const r = await build(md, { file });
    const parts = deckParts(r.bytes);
    const at = (kind: string) => parts.get(`ppt/slides/_rels/slide${r.laid.slides.findIndex((s) => s.layout === kind) + 1}.xml.rels`)!;
    const { t } = load('zh-thu-purple-4x3.pptx');
    const part = (name: string) => t.layouts.find((l) => l.name === name)!.part.replace('ppt/', '../');
    expect(at('section')).toContain(`Target="${part('仅标题')}"`);
    expect(at('closing')).toContain(`Target="${part('节标题')}"`);
    const bad = md.replace('"仅标题"', '"没有这个"');
    await expect(build(bad, { file })).rejects.toThrow(/no layout named "没有这个"/);
    const none = await build('---\nlayouts: { section: "节标题" }\n---\n\n## 页\n\n- 点\n', { file });
    expect(none.warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/names layouts of a template/) })]);
  });

  it('themes init --from unit.pptx writes a theme from its colours and fonts that passes themes check', async () => {
    const { runThemesInit, runThemesCheck } = await import('../../src/cli/themes.js');
    const dir = path.dirname(editedTemplate('fr-coreoz-office2007-4x3.pptx', () => {}));
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runThemesInit('thu', { from: tpl('zh-thu-purple-4x3.pptx'), output: dir }, io, dir)).toBe(0);
    const yaml = readFileSync(path.join(dir, 'thu.yaml'), 'utf8');
    expect(yaml).toContain('extends: "minimal"');
    expect(yaml).toMatch(/accent: +"#660874"/);
    expect(yaml).toContain('title: { latin: "Gill Sans MT", eastAsian: "华文中宋" }');
    expect(await runThemesCheck(path.join(dir, 'thu.yaml'), io)).toBe(0);
  });

  it('template inspect lists masters, layouts, placeholders and the mapping', async () => {
    const { runTemplateInspect } = await import('../../src/cli/template.js');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runTemplateInspect(tpl('en-pandoc-depth-moved-layouts.pptx'), {}, io)).toBe(0);
    const text = lines.join('\n');
    expect(text).toContain('slide size 13.33 × 7.50 in (16:9), 1 example slide (not kept)');
    expect(text).toMatch(/layout "Title Slide" \[title\] {2}← title, closing/);
    expect(text).toMatch(/title +→ "Title Slide": title in ctrTitle @ [\d.]+,[\d.]+ [\d.]+×[\d.]+ in, text in subTitle#1/);
    expect(text).toContain('background = dk1, text = lt1');
    lines.length = 0;
    expect(await runTemplateInspect(tpl('ja-consulting-grayscale.potx'), { json: true }, io)).toBe(0);
    const json = JSON.parse(lines.join('\n')) as { exampleSlides: number; mapping: Record<string, { layout: string }> };
    expect(json.exampleSlides).toBe(0);
    expect(json.mapping.agenda.layout).toBe('目次');
  });
});
