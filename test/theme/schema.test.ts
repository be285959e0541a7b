// Theme files that are wrong: one message per problem, naming the file, line, key path and what was expected.
import { describe, expect, it } from 'vitest';
import { loadThemeFile, resolveTheme, ThemeError } from '../../src/theme/index.js';
import { HuibaoError } from '../../src/errors.js';
import { PNG_1X1, tempDir, thrown, write } from './helpers.js';

function problemsOf(file: string): string[] {
  const e = thrown(() => loadThemeFile(file));
  expect(e).toBeInstanceOf(ThemeError);
  expect(e).toBeInstanceOf(HuibaoError);
  return (e as ThemeError).problems;
}

describe('theme file problems', () => {
  const dir = tempDir();

  it('wrong type: key path, expected type and the value found', () => {
    const f = write(dir, 'wrong-type.yaml', 'extends: gov-blue\nfonts:\n  body: { latin: Arial, eastAsian: 12 }\n');
    expect(problemsOf(f)).toEqual([`${f}:3: fonts.body.eastAsian: expected a string, got 12`]);
  });

  it('unknown keys, with a guess when one is close', () => {
    const f = write(dir, 'unknown.yaml', 'extends: gov-blue\npalette:\n  titel: "#123456"\nlayouts:\n  content:\n    titlecolor: "#FFFFFF"\ncolors: {}\nwhatever: 1\n');
    expect(problemsOf(f)).toEqual([
      `${f}:3: palette.titel: unknown key; did you mean "title"?`,
      `${f}:6: layouts.content.titlecolor: unknown key; did you mean "titleColor"?`,
      `${f}:7: colors: unknown key; did you mean "palette"?`,
      `${f}:8: whatever: unknown key; expected one of $schema, name, description, extends, palette, fonts, sizes, spacing, bullets, numbering, layouts, designs`,
    ]);
  });

  it('bad colours', () => {
    const f = write(dir, 'colour.json', JSON.stringify({ extends: 'gov-blue', palette: { accent: 'red', text: '#12345' } }, null, 2));
    expect(problemsOf(f)).toEqual([
      `${f}:4: palette.accent: expected a colour like "C00000" or a palette role like "accent", got "red"`,
      `${f}:5: palette.text: expected a colour like "C00000" or a palette role like "accent", got "#12345"`,
    ]);
  });

  it('colours are normalised: #RGB, lower case, no #', () => {
    const f = write(dir, 'norm.yaml', 'extends: gov-blue\npalette: { accent: "#a1b", link: "0b3a75", muted: "#5A6B80" }\n');
    const t = loadThemeFile(f);
    expect([t.palette.accent, t.palette.link, t.palette.muted]).toEqual(['AA11BB', '0B3A75', '5A6B80']);
  });

  it('missing image files, resolved against the theme file', () => {
    const f = write(dir, 'sub/missing-image.yaml', 'extends: gov-blue\nlayouts:\n  title:\n    logo: { image: logo.png, x: 0.5, y: 0.3, w: 1, h: 0.5 }\n    background: { image: ../bg.jpg }\n');
    expect(problemsOf(f)).toEqual([
      `${f}:4: layouts.title.logo.image: image file not found: ${dir}/sub/logo.png`,
      `${f}:5: layouts.title.background.image: image file not found: ${dir}/bg.jpg`,
    ]);
  });

  it('image paths become absolute when the files exist', () => {
    write(dir, 'ok/logo.png', PNG_1X1);
    const f = write(dir, 'ok/with-logo.yaml', 'extends: gov-blue\nlayouts:\n  title:\n    logo: { image: logo.png, x: 0.5, y: 0.3, w: 1, h: 0.5 }\n');
    expect(loadThemeFile(f).layouts.title.logo?.image).toBe(`${dir}/ok/logo.png`);
  });

  it('enums, tuples, lengths, numbers and unions say what they accept', () => {
    const f = write(
      dir,
      'kinds.yaml',
      [
        'extends: gov-blue',
        'sizes: { body: [24, 22], minBody: -3 }',
        'numbering: { sections: roman }',
        'layouts:',
        '  content:',
        '    slideNumber: true',
        '    title: { x: abc, y: 1, w: -2, h: 1 }',
        '',
      ].join('\n'),
    );
    expect(problemsOf(f)).toEqual([
      `${f}:2: sizes.body: expected a list of 3 sizes in points, like [24, 22, 20], got a list ([24,22])`,
      `${f}:2: sizes.minBody: expected a number ≥ 1, got -3`,
      `${f}:3: numbering.sections: expected one of "zh", "arabic", "part", "none", got "roman"`,
      `${f}:6: layouts.content.slideNumber: expected false (no slide number) or a region {x, y, w, h, align?, color?}, got true`,
      `${f}:7: layouts.content.title.x: expected inches (a number; negative counts from the right/bottom edge) or a percentage like "50%", got "abc"`,
      `${f}:7: layouts.content.title.w: expected inches (a number ≥ 0) or a percentage like "50%", got -2`,
    ]);
  });

  it('a partial region is fine in a file, but the merged theme must be complete', () => {
    const f = write(dir, 'partial-footer.yaml', 'extends: gov-blue\nlayouts:\n  content:\n    footer: { x: 1, y: -0.5, w: 3 }\n');
    expect(problemsOf(f)).toEqual([`${f}:4: layouts.content.footer.h: missing; expected inches (a number ≥ 0) or a percentage like "50%"`]);
  });

  it('a theme without extends must be complete, and says how to start from a built-in', () => {
    const f = write(dir, 'alone.yaml', 'name: alone\npalette: { accent: "#fff" }\nfonts: { title: { latin: Arial, eastAsian: SimHei }, body: { latin: Arial, eastAsian: SimHei }, mono: { latin: Consolas, eastAsian: SimHei } }\n');
    const p = problemsOf(f);
    expect(p).toContain(`${f}:2: palette.background: missing; expected a colour like "C00000" or a palette role like "accent"`);
    expect(p).toContain(`${f}: sizes: missing; expected an object (key: value pairs)`);
    expect(p[p.length - 1]).toBe(`${f}: (a theme without "extends" must set every section; add "extends": "minimal" to start from a built-in theme)`);
  });

  it('syntax errors carry the line', () => {
    const j = write(dir, 'broken.json', '{"extends": "gov-blue",\n "palette": {,}}');
    expect(problemsOf(j)[0]).toMatch(new RegExp(`^${j}:2: not valid JSON: `));
    const y = write(dir, 'broken.yaml', 'extends: gov-blue\npalette: [\n');
    expect(problemsOf(y)[0]).toMatch(new RegExp(`^${y}:\\d+: not valid YAML: `));
  });

  it('empty files, lists, missing files and folders', () => {
    expect(problemsOf(write(dir, 'empty.yaml', ''))).toEqual([`${dir}/empty.yaml: the file is empty; expected a theme (name, description, extends, palette, …)`]);
    expect(problemsOf(write(dir, 'list.yaml', '- a\n'))).toEqual([`${dir}/list.yaml: expected a theme object (key: value pairs), got a list`]);
    expect(problemsOf(`${dir}/nope.yaml`)).toEqual([`${dir}/nope.yaml: theme file not found`]);
    expect(problemsOf(dir)[0]).toBe(`${dir}: is a folder, not a theme file (.json, .yaml or .yml)`);
  });

  it('unknown theme names list the built-ins', () => {
    const e = thrown(() => resolveTheme('nope'));
    expect(e.message).toBe('unknown theme "nope"; available: academic, dark, gov-blue, minimal, party-red');
    expect(thrown(() => resolveTheme('party_red')).message).toBe('unknown theme "party_red"; available: academic, dark, gov-blue, minimal, party-red; did you mean "party-red"?');
  });

  it('the error prints one line per problem', () => {
    const f = write(dir, 'two.yaml', 'extends: gov-blue\npalette: { accent: red, link: blue }\n');
    const e = thrown(() => loadThemeFile(f)) as ThemeError;
    expect(e.format().split('\n')).toEqual(e.problems);
    expect(e.problems).toHaveLength(2);
  });
});

describe('theme names that are really files', () => {
  it('suggests ./name.yaml when a name is not built in but the file exists', () => {
    const dir = tempDir();
    write(dir, 'mine.yaml', 'extends: gov-blue\n');
    expect(thrown(() => resolveTheme('mine', { cwd: dir })).message).toBe(
      'unknown theme "mine"; available: academic, dark, gov-blue, minimal, party-red; to use the file mine.yaml, pass it as a path: ./mine.yaml',
    );
    expect(resolveTheme('./mine.yaml', { cwd: dir }).name).toBe('mine');
  });
});
