// `extends`: deep merge (objects merge, arrays and scalars replace, null removes), paths relative to the
// extending file, cycles and missing parents rejected, and a user theme living outside the repository.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTheme, loadThemeFile, resolveTheme, ThemeError } from '../../src/theme/index.js';
import { PNG_1X1, tempDir, thrown, write } from './helpers.js';

describe('extends', () => {
  const dir = tempDir();
  const base = resolveTheme('party-red');

  it('merges objects key by key and keeps everything else from the parent', () => {
    const f = write(dir, 'merge.yaml', 'extends: party-red\npalette:\n  accent: "#8B0000"\nlayouts:\n  title:\n    titleColor: "#FFFFFF"\n');
    const t = loadThemeFile(f);
    expect(t.palette.accent).toBe('8B0000');
    // party-red's title, table header and quote bar are the role "accent": they follow it; the rest is the parent's.
    expect([t.palette.title, t.palette.tableHeader, t.palette.quoteBar]).toEqual(['8B0000', '8B0000', '8B0000']);
    expect({ ...t.palette, accent: base.palette.accent, title: base.palette.title, tableHeader: base.palette.tableHeader, quoteBar: base.palette.quoteBar }).toEqual(base.palette);
    expect(t.layouts.title.titleColor).toBe('FFFFFF');
    // The title slide's gradient starts at the role "accent" and ends at accent4 (kept); the gold rules are accent3.
    expect(t.layouts.title.background).toEqual({ gradient: { ...base.layouts.title.background!.gradient!, from: '8B0000' } });
    expect(t.layouts.title.decorations).toEqual(base.layouts.title.decorations);
    expect(t.fonts).toEqual(base.fonts);
    expect(t.extends).toBe('party-red');
    expect(t.file).toBe(f);
  });

  it('replaces arrays and scalars whole; null removes an inherited layout key', () => {
    const f = write(dir, 'replace.yaml', 'extends: party-red\nsizes:\n  body: [28, 24, 20]\nbullets: [{ char: "●" }, { char: "○" }, { char: "-" }]\nlayouts:\n  content:\n    decorations: []\n    titleColor: null\n');
    const t = loadThemeFile(f);
    expect(t.sizes.body).toEqual([28, 24, 20]);
    expect(t.sizes.title).toBe(base.sizes.title);
    expect(t.bullets).toEqual([{ char: '●' }, { char: '○' }, { char: '-' }]);
    expect(t.layouts.content.decorations).toEqual([]);
    expect(t.layouts.content).not.toHaveProperty('titleColor');
  });

  it('names a child after its file unless it says otherwise', () => {
    const t = loadThemeFile(write(dir, 'my-red.yaml', 'extends: party-red\n'));
    expect(t.name).toBe('my-red');
    expect(t.description).toBe('my-red (based on party-red)');
    const u = loadThemeFile(write(dir, 'named.yaml', 'extends: party-red\nname: Ours\ndescription: our look\n'));
    expect([u.name, u.description]).toEqual(['Ours', 'our look']);
  });

  it('follows chains of paths relative to each file, nearest wins', () => {
    write(dir, 'chain/base/b.yaml', 'extends: gov-blue\npalette: { accent: "#111111", link: "#222222" }\n');
    write(dir, 'chain/mid/c.json', JSON.stringify({ extends: '../base/b.yaml', palette: { link: '#333333' } }));
    const f = write(dir, 'chain/d.yaml', 'extends: ./mid/c.json\n');
    const t = loadThemeFile(f);
    expect([t.palette.accent, t.palette.link, t.palette.title]).toEqual(['111111', '333333', resolveTheme('gov-blue').palette.title]);
  });

  it('rejects cycles, naming the chain', () => {
    const a = write(dir, 'cyc/a.yaml', 'extends: ./b.yaml\n');
    write(dir, 'cyc/b.yaml', 'extends: ./a.yaml\n');
    const e = thrown(() => loadThemeFile(a));
    expect(e).toBeInstanceOf(ThemeError);
    expect(e.message).toBe(`${dir}/cyc/b.yaml:1: extends: a cycle: ${dir}/cyc/a.yaml → ${dir}/cyc/b.yaml → ${dir}/cyc/a.yaml`);
    const self = write(dir, 'cyc/self.yaml', 'palette: {}\nextends: self.yaml\n');
    expect(thrown(() => loadThemeFile(self)).message).toBe(`${self}:2: extends: a cycle: ${self} → ${self}`);
  });

  it('rejects a missing parent, by name or by path', () => {
    const byName = write(dir, 'missing-name.yaml', 'extends: red-party\n');
    expect(thrown(() => loadThemeFile(byName)).message).toBe(
      `${byName}:1: extends: unknown theme "red-party"; available: academic, dark, gov-blue, minimal, party-red`,
    );
    const byPath = write(dir, 'missing-path.yaml', 'extends: ../nowhere/base.yaml\n');
    expect(thrown(() => loadThemeFile(byPath)).message).toBe(`${byPath}:1: extends: theme file not found: ${path.resolve(dir, '../nowhere/base.yaml')}`);
  });

  it('reports a parent file’s problems under the parent’s name', () => {
    write(dir, 'badparent/p.yaml', 'extends: gov-blue\npalette: { accent: nope }\n');
    const f = write(dir, 'badparent/child.yaml', 'extends: ./p.yaml\n');
    expect(thrown(() => loadThemeFile(f)).message).toBe(`${dir}/badparent/p.yaml:2: palette.accent: expected a colour like "C00000" or a palette role like "accent", got "nope"`);
  });

  it('a user theme outside the repository: extends party-red, two colours and the logo changed', () => {
    const home = tempDir('huibao-user-');
    write(home, 'brand/logo.png', PNG_1X1);
    write(
      home,
      'brand/our-red.yaml',
      [
        'extends: party-red',
        'palette:',
        '  accent: "#A50021"',
        '  tableHeader: "#A50021"',
        'layouts:',
        '  title:',
        '    logo: { image: logo.png, x: 0.6, y: 0.3, w: 1.4, h: 0.7 }',
        '',
      ].join('\n'),
    );
    // Resolved the way `huibao build --theme brand/our-red.yaml` does from the user's folder.
    const t = resolveTheme('brand/our-red.yaml', { cwd: home });
    expect(t.name).toBe('our-red');
    expect(t.file).toBe(path.join(home, 'brand/our-red.yaml'));
    expect(t.palette.accent).toBe('A50021');
    expect(t.palette.tableHeader).toBe('A50021');
    expect(t.layouts.title.logo).toEqual({ image: path.join(home, 'brand/logo.png'), x: 0.6, y: 0.3, w: 1.4, h: 0.7 });
    // The red bands named "accent": they follow it; everything else on the layout is party-red's.
    const recoloured = base.layouts.content.decorations!.map((d) => (d.fill === base.palette.accent ? { ...d, fill: 'A50021' } : d));
    expect(recoloured.filter((d) => d.fill === 'A50021').length).toBe(2);
    expect(t.layouts.content).toEqual({ ...base.layouts.content, decorations: recoloured });
    expect(checkTheme(t).problems).toEqual([]);
  });
});
