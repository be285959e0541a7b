// The theme reaches the file: a user theme (outside the repository, extending party-red, two colours and the
// logo changed) builds a deck whose XML carries its fonts (a:latin / a:ea), its colours and its logo.
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { PNG_1X1, tempDir, write } from './helpers.js';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out.set(name, await zip.file(name)!.async('string'));
  out.set('#media', Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/')).join('\n'));
  return out;
}

const all = (m: Map<string, string>, re: RegExp) => [...m.entries()].filter(([k]) => re.test(k)).map(([, v]) => v).join('\n');

const MAPPED: Record<string, string> = { dk1: 'tx1', lt1: 'bg1', dk2: 'tx2', lt2: 'bg2' };

/**
 * The XML a colour is written as: `a:srgbClr` when no theme slot has it, else the `a:schemeClr` of the slot that
 * theme1.xml gives that colour (the first listed — text and background first, as render maps them).
 */
function colourXml(m: Map<string, string>, hex: string): string {
  const scheme = /<a:clrScheme [^>]*>([\s\S]*?)<\/a:clrScheme>/.exec(m.get('ppt/theme/theme1.xml') ?? '')![1];
  const slots = [...scheme.matchAll(/<a:(\w+)><a:srgbClr val="([0-9A-F]{6})"\/><\/a:\1>/g)].map((x) => ({ slot: x[1], hex: x[2] }));
  const order = ['dk1', 'lt1', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'dk2', 'lt2', 'hlink'];
  const hit = order.find((o) => slots.some((x) => x.slot === o && x.hex === hex));
  return hit ? `<a:schemeClr val="${MAPPED[hit] ?? hit}"/>` : `<a:srgbClr val="${hex}"/>`;
}

const DECK = `---
title: 巩固拓展学习教育成果
author: 市政府办公室
lang: zh-CN
---

# 总体情况

## 主要成效

- 坚持以学促思、以思促谋
- 聚焦学史力行

| 项目 | 数量 |
|---|---|
| 实事 | 12 |
`;

describe('a theme reaches the slide XML', () => {
  it('a user theme extending party-red: fonts, colours and the logo', async () => {
    const home = tempDir('huibao-user-');
    write(home, 'brand/logo.png', PNG_1X1);
    write(
      home,
      'brand/our-red.yaml',
      'extends: party-red\npalette:\n  tableHeader: "#7A0019"\n  text: "#1A1A1A"\nlayouts:\n  title:\n    logo: { image: logo.png, x: 0.6, y: 0.3, w: 1.4, h: 0.7 }\n',
    );
    const file = write(home, 'deck.md', DECK);
    const r = await build(DECK, { file, theme: 'brand/our-red.yaml', cwd: home });
    expect(r.theme.name).toBe('our-red');
    const xml = await parts(r.bytes);
    const slides = all(xml, /^ppt\/slides\/slide\d+\.xml$/);
    const layouts = all(xml, /^ppt\/(slideLayouts|slideMasters)\/.*\.xml$/);

    // Fonts: party-red's title face is SimHei, body Microsoft YaHei, Latin Arial — on the runs and in the theme.
    expect(slides).toContain('<a:ea typeface="SimHei"/>');
    expect(slides).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(slides).toContain('<a:latin typeface="Arial"/>');
    const theme1 = xml.get('ppt/theme/theme1.xml') ?? '';
    expect(theme1).toMatch(/<a:majorFont><a:latin typeface="Arial"[^>]*\/><a:ea typeface="SimHei"/);
    expect(theme1).toMatch(/<a:minorFont><a:latin typeface="Arial"[^>]*\/><a:ea typeface="Microsoft YaHei"/);

    // The two changed colours, and party-red's own colours where they were kept.
    // Colours of a theme slot are scheme colours: text is tx1 (dk1 = 1A1A1A), white bg1, the red band accent1.
    expect(slides).toContain('<a:srgbClr val="7A0019"/>'); // table header fill (no slot: party-red sets accent3)
    expect(slides).toContain('<a:schemeClr val="tx1"/>'); // body text
    expect(xml.get('ppt/theme/theme1.xml')).toContain('<a:dk1><a:srgbClr val="1A1A1A"/></a:dk1>');
    expect(slides).toContain('<a:schemeClr val="bg1"/>'); // party-red's white title on the red band
    expect(layouts).toContain('<a:schemeClr val="accent1"/>'); // the red band (a decoration on the layout)
    expect(xml.get('ppt/theme/theme1.xml')).toContain('<a:accent1><a:srgbClr val="C00000"/></a:accent1>');
    expect(layouts).toContain('<a:schemeClr val="accent3"/>'); // the gold rules
    expect(xml.get('ppt/theme/theme1.xml')).toContain('<a:accent3><a:srgbClr val="F2C84B"/></a:accent3>');

    // The logo: an image on the title layout.
    expect(xml.get('#media')).toMatch(/ppt\/media\/image/);
    expect(all(xml, /^ppt\/slideLayouts\/_rels\//) + all(xml, /^ppt\/slideMasters\/_rels\//)).toMatch(/media\/image[^"]*\.png/);
  });

  it.each(['gov-blue', 'party-red', 'minimal', 'dark', 'academic'])('%s: its title and body faces reach the runs', async (name) => {
    const r = await build(DECK, { theme: name });
    const xml = await parts(r.bytes);
    const slides = all(xml, /^ppt\/slides\/slide\d+\.xml$/);
    for (const f of [r.theme.fonts.title, r.theme.fonts.body]) {
      expect(slides).toContain(`<a:latin typeface="${f.latin}"/>`);
      expect(slides).toContain(`<a:ea typeface="${f.eastAsian}"/>`);
    }
    expect(slides).toContain(colourXml(xml, r.theme.palette.tableHeader));
    expect(path.basename(r.theme.file ?? '')).toBe(`${name}.json`);
  });
});
