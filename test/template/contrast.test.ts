// Title colour over a template's artwork (issue 12): the picture behind a title box is decoded and sampled; a title
// colour that does not read there (black on the red banner) becomes the scheme's lt1/dk1, with a warning; a long
// title that wraps out of the banner keeps the colour that reads best over all of it and names the slide.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { colorsUnder, contrastOn, decodePicture } from '../../src/template/contrast.js';
import { mapLayouts, readTemplate, templateTheme } from '../../src/template/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import { repoRoot } from '../reliability/pptx-check.js';
import { deckParts, hasTemplates, tpl } from './helpers.js';

/** A w × h picture: the top `band` rows one colour, the rest another. */
function picture(w: number, h: number, band: number, top: [number, number, number], rest: [number, number, number]): Uint8Array {
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([...(y < band ? top : rest), 255], (y * w + x) * 4);
  return data;
}

describe('pictures behind text: decoded and sampled', () => {
  it('reads JPEG and PNG, and samples the colours under a box of a picture stretched over the slide', () => {
    const raw = picture(100, 75, 15, [198, 21, 28], [255, 255, 255]);
    const png = new Uint8Array(PNG.sync.write(Object.assign(new PNG({ width: 100, height: 75 }), { data: Buffer.from(raw) })));
    const jpg = new Uint8Array(jpeg.encode({ width: 100, height: 75, data: Buffer.from(raw) }, 95).data);
    for (const bytes of [png, jpg]) {
      const pic = decodePicture(bytes)!;
      expect(pic).toMatchObject({ width: 100, height: 75 });
      // A 10 × 7.5 in slide: the band is the top 1.5 in.
      const band = colorsUnder(pic, { x: 1, y: 0.2, w: 8, h: 1 }, { w: 10, h: 7.5 }, 'FFFFFF');
      expect(contrastOn('FFFFFF', band)).toBeGreaterThan(4.5);
      expect(contrastOn('000000', band)).toBeLessThan(4);
      const below = colorsUnder(pic, { x: 1, y: 3, w: 8, h: 2 }, { w: 10, h: 7.5 }, 'FFFFFF');
      expect(contrastOn('FFFFFF', below)).toBe(1);
    }
    expect(decodePicture(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(decodePicture(new Uint8Array([0xff, 0xd8, 0, 0]))).toBeUndefined();
  });
});

describe.skipIf(!hasTemplates)('the red banner template: titles readable on its artwork', () => {
  const file = tpl('zh-ustc-red-banner-4x3.pptx');

  it('black titles on the red banner become lt1 (white), with one warning per layout; no change without artwork', () => {
    const t = readTemplate(new Uint8Array(readFileSync(file)), file);
    const m = mapLayouts(t);
    const warnings: string[] = [];
    const th = templateTheme(t, m, resolveTheme(undefined, { lang: 'zh' }), 'zh', (w) => warnings.push(w));
    for (const k of ['title', 'content', 'agenda', 'section', 'closing'] as const) expect(th.layouts[k].titleColor, k).toBe('FFFFFF');
    expect(th.layouts.content.textColor).toBe('000000');
    expect(warnings.some((w) => /title colour 000000 of layout "标题和内容" reads at 3\.\d:1 .*mostly C6151C.*lt1 FFFFFF/.test(w))).toBe(true);
    expect(new Set(warnings).size).toBe(warnings.length);
    // THU has no artwork on example slides: its colours stay, nothing said.
    const thu = tpl('zh-thu-purple-4x3.pptx');
    const t2 = readTemplate(new Uint8Array(readFileSync(thu)), thu);
    const w2: string[] = [];
    const m2 = mapLayouts(t2);
    const th2 = templateTheme(t2, m2, resolveTheme(undefined, { lang: 'zh' }), 'zh', (w) => w2.push(w));
    expect(w2).toEqual([]);
    expect(th2.layouts.content.titleColor).toBe(m2.kinds.content.title!.levels[0].color);
  });

  it('the built deck: white (bg1) titles in the banner; a title that wraps out of it keeps black and is named', async () => {
    const md = path.join(repoRoot, 'slides', 'three-points.md');
    const r = await build(readFileSync(md, 'utf8'), { file: md, template: file });
    const parts = deckParts(r.bytes);
    const titleColor = (n: number) => {
      const xml = parts.get(`ppt/slides/slide${n}.xml`)!;
      const sp = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/.exec(xml)![0];
      return /<a:rPr[^>]*>\s*<a:solidFill><a:(?:schemeClr|srgbClr) val="([^"]+)"/.exec(sp)![1];
    };
    // A title that wraps out of the banner (if the layout stage leaves one) keeps black (tx1) and is named.
    const warned = r.warnings.filter((w) => w.message.includes('runs past the template'));
    for (const w of warned) expect(titleColor(Number(/^slide (\d+):/.exec(w.message)![1]))).toBe('tx1');
    const content = r.laid.slides.findIndex((s) => s.titleText === '三个方面的成效') + 1;
    expect(titleColor(content)).toBe('bg1');
    expect(titleColor(1)).toBe('bg1');
  });
});
