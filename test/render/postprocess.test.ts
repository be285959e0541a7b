// The post-processor on XML that needs it: pptxgenjs' own text with inline formatting writes one a:pPr per run
// (pitfalls A4); after the pass each paragraph has one, first. And the theme part and scheme colours (issue 12).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PptxGenJS } from '../../src/render/pptxgen.js';
import { onePPr, postprocess } from '../../src/render/postprocess.js';
import { TokenTable } from '../../src/render/tokens.js';
import { SCHEME_SLOTS, schemeColors, schemeMap, toSchemeColors } from '../../src/render/scheme.js';
import { resolveTheme, listThemes } from '../../src/theme/index.js';
import { build } from '../../src/build.js';

const pPrCounts = (xml: string) => [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => (m[1].match(/<a:pPr\b/g) ?? []).length);

describe('onePPr', () => {
  it('keeps only the leading a:pPr of each paragraph', () => {
    const xml = '<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r><a:pPr/></a:p>';
    expect(onePPr(xml)).toBe('<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p><a:p><a:r><a:t>c</a:t></a:r></a:p>');
  });

  it("repairs pptxgenjs' own multi-run text in a slide that passes through the post-processor", async () => {
    const pptx = new PptxGenJS();
    const slide = pptx.addSlide();
    slide.addText(
      [
        { text: '坚持', options: { bullet: true } },
        { text: '“两个确立”', options: { bold: true } },
        { text: '的决定性意义', options: { breakLine: true } },
        { text: '第二段', options: { italic: true } },
      ],
      { x: 1, y: 1, w: 6, h: 2 },
    );
    const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
    const before = await (await JSZip.loadAsync(raw)).file('ppt/slides/slide1.xml')!.async('string');
    expect(Math.max(...pPrCounts(before))).toBeGreaterThan(1); // what pptxgenjs writes: the schema bug

    const theme = resolveTheme('minimal');
    const out = await postprocess(new Uint8Array(raw), { tokens: new TokenTable(), links: [], gradients: [], theme, lang: 'zh-CN', size: { w: 10, h: 5.625 } });
    const after = await (await JSZip.loadAsync(out)).file('ppt/slides/slide1.xml')!.async('string');
    const counts = pPrCounts(after);
    expect(counts.length).toBe(pPrCounts(before).length);
    expect(counts.every((n) => n <= 1)).toBe(true);
    expect(after).toMatch(/<a:p><a:pPr[^>]*>/); // the kept one is first
    expect(after).toContain('<a:t>“两个确立”</a:t>');
  });
});

describe('placeholders in the post-processor', () => {
  it('fails loudly when a title shape registered as a placeholder is not found in the slide XML', async () => {
    const pptx = new PptxGenJS();
    pptx.addSlide().addText('plain', { x: 1, y: 1, w: 3, h: 1 });
    const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
    const tokens = new TokenTable();
    tokens.add('<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody>', { type: 'title' });
    await expect(postprocess(new Uint8Array(raw), { tokens, links: [], gradients: [], theme: resolveTheme('minimal'), lang: 'en-US', size: { w: 10, h: 5.625 } })).rejects.toThrow(
      'internal: 1 title/body placeholder shapes were not found in the slide XML',
    );
  });
});

describe('the theme part', () => {
  it.each(listThemes().map((t) => t.name))("%s: theme1.xml's colour scheme is the palette, named for the theme", async (name) => {
    const r = await build('# T\n\n## S\n\n- a\n', { file: 'x.md', theme: name });
    const theme1 = await (await JSZip.loadAsync(r.bytes)).file('ppt/theme/theme1.xml')!.async('string');
    const p = r.theme.palette;
    const slot = (s: string) => new RegExp(`<a:${s}><a:srgbClr val="([0-9A-F]{6})"/></a:${s}>`).exec(theme1)?.[1];
    expect([slot('dk1'), slot('lt1'), slot('dk2'), slot('lt2')]).toEqual([p.text, p.background, p.title, p.tableZebra]);
    expect([slot('accent1'), slot('accent2'), slot('accent3'), slot('accent4'), slot('accent5'), slot('accent6')]).toEqual([p.accent, p.accent2, p.accent3, p.accent4, p.accent5, p.accent6]);
    expect([slot('hlink'), slot('folHlink')]).toEqual([p.link, p.link]);
    expect(theme1).toContain(`<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="huibao ${name}">`);
    expect(theme1).toContain(`<a:clrScheme name="huibao ${name}">`);
    expect(theme1).toMatch(new RegExp(`<a:majorFont><a:latin typeface="${r.theme.fonts.title.latin}"/><a:ea typeface="${r.theme.fonts.title.eastAsian}"/>`));
    expect(theme1).toMatch(new RegExp(`<a:minorFont><a:latin typeface="${r.theme.fonts.body.latin}"/><a:ea typeface="${r.theme.fonts.body.eastAsian}"/>`));
  });
});

describe('scheme colours', () => {
  const theme = resolveTheme('party-red');
  const map = schemeMap(theme);

  it('maps a slot colour to its scheme name, text and background through the colour map, and leaves others', () => {
    expect(toSchemeColors('<a:srgbClr val="262626"/><a:srgbClr val="ffffff"/><a:srgbClr val="C00000"/><a:srgbClr val="123456"/>', map)).toBe(
      '<a:schemeClr val="tx1"/><a:schemeClr val="bg1"/><a:schemeClr val="accent1"/><a:srgbClr val="123456"/>',
    );
    // A transparent fill keeps its alpha inside the scheme colour.
    expect(toSchemeColors('<a:srgbClr val="F2C84B"><a:alpha val="50000"/></a:srgbClr>', map)).toBe('<a:schemeClr val="accent3"><a:alpha val="50000"/></a:schemeClr>');
  });

  it('gives every slot a colour, and a colour several slots share to one of them (text before accent)', () => {
    const c = schemeColors(theme);
    expect(SCHEME_SLOTS.every((s) => /^[0-9A-F]{6}$/.test(c[s]))).toBe(true);
    const mini = schemeMap(resolveTheme('minimal')); // accent2 = text = 1F1F1F
    expect(mini.get('1F1F1F')).toBe('tx1');
  });

  it('colours from roles are scheme colours in the slide XML of a built deck', async () => {
    const r = await build('---\ntitle: 标题\ntheme: party-red\n---\n\n# 一、部分\n\n## 标题\n\n- 一\n  - 二\n    - 三\n', { file: 'x.md' });
    const zip = await JSZip.loadAsync(r.bytes);
    const i = r.laid.slides.findIndex((s) => s.layout === 'content');
    const slide = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string');
    // Bullets: levels 1–2 are the role "accent" (accent1), level 3 "accent6".
    expect([...slide.matchAll(/<a:buClr>(.*?)<\/a:buClr>/g)].map((m) => m[1])).toEqual(['<a:schemeClr val="accent1"/>', '<a:schemeClr val="accent1"/>', '<a:schemeClr val="accent6"/>']);
    expect(slide).toMatch(/<a:rPr [^>]*sz="\d+"[^>]*><a:solidFill><a:schemeClr val="tx1"\/>/); // body text
    expect(slide).not.toMatch(/srgbClr val="(C00000|262626)"/);
  });
});
