// Palette roles (issue 12): colours name palette roles, resolved after `extends`, so one changed role recolours
// everything that named it — in the resolved theme and in the deck's XML (as the theme part's scheme colour).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { loadThemeFile, resolveTheme } from '../../src/theme/index.js';
import { PALETTE_ROLES } from '../../src/theme/schema.js';
import { themeJsonSchema } from '../../src/theme/jsonschema.js';
import { THEMES_DIR } from '../../src/theme/builtin.js';
import { tempDir, thrown, write } from './helpers.js';

const dir = tempDir();

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const n of Object.keys(zip.files)) if (n.endsWith('.xml')) out.set(n, await zip.file(n)!.async('string'));
  return out;
}
const all = (m: Map<string, string>, re: RegExp) => [...m.entries()].filter(([k]) => re.test(k)).map(([, v]) => v).join('\n');

describe('palette roles', () => {
  it('the built-in themes name roles, not copies of palette colours, in their decorations and bullets', () => {
    const raw = JSON.parse(readFileSync(path.join(THEMES_DIR, 'party-red.json'), 'utf8'));
    expect(raw.bullets.map((b: { color: string }) => b.color)).toEqual(['accent', 'accent', 'accent6']);
    expect(raw.layouts.content.decorations.map((d: { fill: string }) => d.fill)).toEqual(['accent', 'accent5', 'accent3', 'accent']);
    expect(raw.palette.title).toBe('accent');
    // Resolved, they are hex again: every later stage sees colours only.
    const t = resolveTheme('party-red');
    expect(t.bullets.map((b) => b.color)).toEqual(['C00000', 'C00000', '8C6A1F']);
    expect(t.palette.title).toBe('C00000');
  });

  it('a theme extending party-red with only palette.accent changed shows that colour on decorations and bullets', async () => {
    const f = write(dir, 'teal.json', JSON.stringify({ extends: 'party-red', palette: { accent: '#00796B' } }));
    const t = loadThemeFile(f);
    expect(t.bullets[0].color).toBe('00796B');
    expect(t.layouts.content.decorations![0].fill).toBe('00796B');
    expect(t.layouts.title.background!.gradient!.from).toBe('00796B');
    expect(t.palette.title).toBe('00796B');

    const r = await build('---\ntitle: 标题\n---\n\n# 一、部分\n\n## 小标题\n\n- 第一条\n- 第二条\n', { file: path.join(dir, 'd.md'), theme: f });
    const xml = await parts(r.bytes);
    // The theme part's accent1 is the new colour; the band on the layout and the bullets draw accent1.
    expect(xml.get('ppt/theme/theme1.xml')).toContain('<a:accent1><a:srgbClr val="00796B"/></a:accent1>');
    const content = [...xml.entries()].find(([n, x]) => n.startsWith('ppt/slideLayouts/') && x.includes('name="huibao Title and Content"'))![1];
    expect(content).toMatch(/<p:spPr><a:xfrm><a:off x="0" y="0"\/>.*?<a:solidFill><a:schemeClr val="accent1"\/><\/a:solidFill>/);
    const slides = all(xml, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toContain('<a:buClr><a:schemeClr val="accent1"/></a:buClr>');
    expect(all(xml, /^ppt\/(slides|slideLayouts|slideMasters)\//)).not.toContain('C00000');
  });

  it('a literal colour still works beside roles, and a palette entry may name another role', () => {
    const f = write(dir, 'mixed.yaml', 'extends: minimal\npalette:\n  quoteBar: accent2\n  accent2: "#123456"\nbullets: [{ char: "■", color: "#ABCDEF" }, { char: "●", color: muted }, { char: "–" }]\n');
    const t = loadThemeFile(f);
    expect(t.palette.quoteBar).toBe('123456');
    expect(t.bullets.map((b) => b.color)).toEqual(['ABCDEF', t.palette.muted, undefined]);
  });

  it('accent3–accent6 default to table header, quote bar, muted and table border when a theme has none', () => {
    const f = write(dir, 'noacc.yaml', 'extends: minimal\npalette:\n  tableHeader: "#224466"\n');
    const t = loadThemeFile(f);
    expect([t.palette.accent3, t.palette.accent4, t.palette.accent5, t.palette.accent6]).toEqual(['224466', t.palette.quoteBar, t.palette.muted, t.palette.tableBorder]);
  });

  it('a misspelt role gets a "did you mean", with the file and line', () => {
    const f = write(dir, 'typo.yaml', 'extends: party-red\npalette:\n  title: acent\nlayouts:\n  content:\n    decorations:\n      - { shape: rect, x: 0, y: 0, w: 1, h: 1, fill: mutd }\n');
    expect(thrown(() => loadThemeFile(f)).problems).toEqual([
      `${f}:3: palette.title: unknown palette role "acent"; did you mean "accent"?`,
      `${f}:7: layouts.content.decorations[0].fill: unknown palette role "mutd"; did you mean "muted"?`,
    ]);
  });

  it('palette roles naming each other in a circle are one clear problem', () => {
    const f = write(dir, 'circle.yaml', 'extends: minimal\npalette:\n  title: accent\n  accent: title\n');
    expect(thrown(() => loadThemeFile(f)).problems).toEqual([`${f}:3: palette.title: palette roles that name each other in a circle: title → accent → title; give one of them a colour like "C00000"`]);
  });

  it('the JSON Schema offers the role names wherever a colour goes', () => {
    const s = themeJsonSchema as { $defs: Record<string, { enum?: string[]; anyOf?: { $ref: string }[] }> };
    expect(s.$defs.PaletteRole.enum).toEqual([...PALETTE_ROLES]);
    expect(s.$defs.ColorOrRole.anyOf!.map((x) => x.$ref)).toEqual(['#/$defs/Color', '#/$defs/PaletteRole']);
    // Every colour key takes roles: the plain colour is referred to only from ColorOrRole.
    expect(JSON.stringify(s).split('"#/$defs/Color"').length - 1).toBe(1);
  });
});
