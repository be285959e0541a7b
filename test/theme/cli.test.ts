// `huibao themes list | show | init | check | schema`, driven through commander with captured output.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerThemesCommand } from '../../src/cli/themes.js';
import { checkTheme, listThemes, loadThemeFile, resolveTheme } from '../../src/theme/index.js';
import { themeJsonSchemaText } from '../../src/theme/jsonschema.js';
import { tempDir, write } from './helpers.js';

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('huibao').exitOverride();
  registerThemesCommand(program, { out: (l) => out.push(l), err: (l) => err.push(l) });
  process.exitCode = undefined;
  await program.parseAsync(['node', 'huibao', 'themes', ...args]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, out, err };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('huibao themes', () => {
  it('list: one line per built-in theme, name then description', async () => {
    const r = await run('list');
    expect(r.code).toBe(0);
    const themes = listThemes();
    expect(r.out).toHaveLength(themes.length);
    themes.forEach((t, i) => expect(r.out[i]).toMatch(new RegExp(`^${t.name} +${t.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
  });

  it('show: the resolved theme as JSON', async () => {
    const r = await run('show', 'party-red');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n'))).toEqual(resolveTheme('party-red'));
  });

  it('show: an unknown theme is an error with the list of names', async () => {
    const r = await run('show', 'nope');
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['huibao: unknown theme "nope"; available: academic, dark, gov-blue, minimal, party-red']);
  });

  it('check: OK for a built-in', async () => {
    const r = await run('check', 'gov-blue');
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['huibao: theme gov-blue: OK (contrast ≥ 4.5:1, sizes, boxes at 16:9 and 4:3)']);
  });

  it('check: problems, one line each with the file, and exit 1', async () => {
    const dir = tempDir();
    const f = write(dir, 'pale.yaml', 'extends: minimal\npalette:\n  text: "#BBBBBB"\nsizes:\n  body: [20, 16, 16]\n');
    const r = await run('check', f);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${f}: palette.text: text BBBBBB on FFFFFF: contrast 1.91:1, needs at least 4.5:1 (agenda, content, quote slides)`);
    expect(r.err).toContain(`${f}: sizes.body[1]: 16 pt is too small to read on a projector; use at least 18 pt`);
    expect(r.err[r.err.length - 1]).toBe(`huibao: theme pale: ${r.err.length - 1} problems`);
  });

  it('check: a file with schema errors exits 1 with each problem', async () => {
    const dir = tempDir();
    const f = write(dir, 'bad.yaml', 'extends: minimal\npalette: { accent: red }\n');
    const r = await run('check', f);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`huibao: ${f}:2: palette.accent: expected a colour like "C00000" or a palette role like "accent", got "red"`]);
  });

  it('init: a commented YAML file that extends the base, loads and passes the check', async () => {
    const dir = tempDir();
    const r = await run('init', 'our-red', '--from', 'party-red', '-o', dir);
    expect(r.code).toBe(0);
    const file = path.join(dir, 'our-red.yaml');
    expect(r.out[0]).toBe(`huibao: wrote ${file} (extends party-red)`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*themes\/theme\.schema\.json\n/);
    expect(text).toContain('extends: "party-red"');
    expect(text).toContain('  accent:          "#C00000"  # bars, bullets, highlights');
    // party-red's title is its accent: written as the role, so changing the accent in this file moves both.
    expect(text).toContain('  title:           accent     # slide titles');
    expect(text).toContain('  tableHeaderText: "#FFFFFF"  # table header text');
    const t = loadThemeFile(file);
    const base = resolveTheme('party-red');
    expect(t.name).toBe('our-red');
    expect({ ...t, name: base.name, description: base.description, extends: undefined, file: base.file }).toEqual({ ...base, extends: undefined });
    expect(checkTheme(t).problems).toEqual([]);
  });

  it('init: --from a file extends it by relative path; existing files are kept unless --force', async () => {
    const dir = tempDir();
    write(dir, 'brand/base.yaml', 'extends: gov-blue\npalette: { accent: "#0055AA" }\n');
    const r = await run('init', 'team', '--from', path.join(dir, 'brand/base.yaml'), '-o', path.join(dir, 'team'));
    expect(r.code).toBe(0);
    const file = path.join(dir, 'team/team.yaml');
    expect(readFileSync(file, 'utf8')).toContain('extends: "../brand/base.yaml"');
    expect(loadThemeFile(file).palette.accent).toBe('0055AA');
    const again = await run('init', 'team', '-o', path.join(dir, 'team'));
    expect(again.code).toBe(1);
    expect(again.err).toEqual([`huibao: ${file} already exists; use --force to replace it`]);
    expect((await run('init', 'team', '-o', path.join(dir, 'team'), '--force')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('extends: "gov-blue"');
  });

  it('init: rejects names that cannot be file names', async () => {
    const r = await run('init', '../evil', '-o', tempDir());
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^huibao: theme name "\.\.\/evil" should be letters, digits, - and _/);
  });

  it('schema: prints or writes the JSON Schema', async () => {
    const r = await run('schema');
    expect(r.out.join('\n') + '\n').toBe(themeJsonSchemaText());
    const out = path.join(tempDir(), 's.json');
    expect((await run('schema', '-o', out)).code).toBe(0);
    expect(existsSync(out) && readFileSync(out, 'utf8')).toBe(themeJsonSchemaText());
  });
});
