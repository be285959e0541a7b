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
    expect(slides).toContain('<a:srgbClr val="7A0019"/>'); // table header fill
    expect(slides).toContain('<a:srgbClr val="1A1A1A"/>'); // body text
    expect(slides).toContain('<a:srgbClr val="FFFFFF"/>'); // party-red's white title on the red band
    expect(layouts).toContain('C00000'); // the red band (a decoration on the layout)
    expect(layouts).toContain('F2C84B'); // the gold rules

    // The logo: an image on the title layout.
    expect(xml.get('#media')).toMatch(/ppt\/media\/image/);
    expect(all(xml, /^ppt\/slideLayouts\/_rels\//) + all(xml, /^ppt\/slideMasters\/_rels\//)).toMatch(/media\/image[^"]*\.png/);
  });

  it.each(['gov-blue', 'party-red', 'minimal', 'dark', 'academic'])('%s: its title and body faces reach the runs', async (name) => {
    const r = await build(DECK, { theme: name });
    const slides = all(await parts(r.bytes), /^ppt\/slides\/slide\d+\.xml$/);
    for (const f of [r.theme.fonts.title, r.theme.fonts.body]) {
      expect(slides).toContain(`<a:latin typeface="${f.latin}"/>`);
      expect(slides).toContain(`<a:ea typeface="${f.eastAsian}"/>`);
    }
    expect(slides).toContain(`<a:srgbClr val="${r.theme.palette.tableHeader}"/>`);
    expect(path.basename(r.theme.file ?? '')).toBe(`${name}.json`);
  });
});
