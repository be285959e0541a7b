// `huibao themes list | show | init | check | schema`: pick, inspect, start and check themes.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { HuibaoError } from '../errors.js';
import type { Theme } from '../theme/index.js';
import { displayPath, isThemePath, THEMES_DIR, SCHEMA_FILE } from '../theme/builtin.js';
import { checkOutputPath, writeAtomic } from './output.js';
import { processIo, runCommand, type Io } from './run.js';

// The theme modules (zod schemas, YAML, the JSON Schema) load when a themes command runs, not with the CLI:
// `huibao --help` and `huibao build` do not pay for them here.
const themeApi = () => import('../theme/index.js');

export async function runThemesList(io: Io = processIo): Promise<number> {
  const { listThemes } = await themeApi();
  const themes = listThemes();
  const width = Math.max(...themes.map((t) => t.name.length));
  for (const t of themes) io.out(`${t.name.padEnd(width)}  ${t.description}`);
  return 0;
}

export async function runThemesShow(ref: string, io: Io = processIo): Promise<number> {
  const { resolveTheme } = await themeApi();
  io.out(JSON.stringify(resolveTheme(ref), null, 2));
  return 0;
}

export async function runThemesCheck(ref: string, io: Io = processIo): Promise<number> {
  const { checkTheme, resolveTheme } = await themeApi();
  const theme = resolveTheme(ref);
  const where = theme.file ? displayPath(theme.file) : theme.name;
  const { problems, warnings } = checkTheme(theme);
  for (const p of problems) io.err(`${where}: ${p}`);
  for (const w of warnings) io.err(`${where}: warning: ${w}`);
  if (problems.length) {
    io.err(`huibao: theme ${theme.name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  io.out(`huibao: theme ${theme.name}: OK (contrast ≥ 4.5:1, sizes, boxes at 16:9 and 4:3${warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''})`);
  return 0;
}

export interface InitOptions {
  from?: string;
  output?: string;
  force?: boolean;
}

export async function runThemesInit(name: string, opts: InitOptions, io: Io = processIo, cwd = process.cwd()): Promise<number> {
  const [{ resolveTheme }, { initThemeText }] = await Promise.all([themeApi(), import('../theme/init.js')]);
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
    throw new HuibaoError(`theme name "${name}" should be letters, digits, - and _ (it becomes the file name, e.g. my-theme.yaml)`);
  }
  const dir = path.resolve(cwd, opts.output ?? '.');
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new HuibaoError(`${displayPath(dir)}: -o must be a folder`);
  const file = path.join(dir, `${name}.yaml`);
  if (existsSync(file) && !opts.force) throw new HuibaoError(`${displayPath(file)} already exists; use --force to replace it`);
  if (existsSync(file)) checkOutputPath(file, { force: true, kind: 'text' });
  const from = opts.from ?? 'gov-blue';
  // A PowerPoint template: its colours and fonts over the default theme (src/template/).
  const fromTemplate = /\.(pptx|potx|pptm|potm)$/i.test(from.trim());
  const base = fromTemplate ? await (await import('../template/init.js')).templateBaseTheme(path.resolve(cwd, from)) : resolveTheme(from, { cwd });
  // A built-in is extended by name; a user theme by its path relative to the new file.
  const ref = fromTemplate ? 'minimal' : isThemePath(from) && base.file ? toPosix(path.relative(dir, base.file)) : base.name;
  const schema = toPosix(path.relative(dir, path.join(THEMES_DIR, SCHEMA_FILE)));
  mkdirSync(dir, { recursive: true });
  writeAtomic(file, new TextEncoder().encode(initThemeText({ name, ref, schema, base })));
  const shown = displayPath(file);
  io.out(`huibao: wrote ${shown} (extends ${ref})`);
  io.out(`huibao: edit it, then: huibao themes check ${shown} && huibao build deck.md --theme ${shown}`);
  return 0;
}

function toPosix(p: string): string {
  const s = p.split(path.sep).join('/');
  return s.startsWith('.') || path.isAbsolute(p) ? s : './' + s;
}

export interface SchemaOptions {
  output?: string;
  force?: boolean;
}

export async function runThemesSchema(opts: SchemaOptions, io: Io = processIo): Promise<number> {
  const out = opts.output;
  // The same rules as a deck: an earlier schema is replaced, any other file only with --force; never a folder, a
  // device or the target of a dangling link; written atomically.
  if (out !== undefined && out !== '-') checkOutputPath(out, { force: opts.force, kind: 'text', replaceable: looksLikeSchema });
  const { themeJsonSchemaText } = await import('../theme/jsonschema.js');
  const text = themeJsonSchemaText();
  if (out === undefined || out === '-') {
    io.out(text.trimEnd());
    return 0;
  }
  writeAtomic(out, new TextEncoder().encode(text));
  io.out(`huibao: wrote ${out}`);
  return 0;
}

/** A JSON Schema written by an earlier `themes schema -o` (starts `{` and names `$schema`). */
function looksLikeSchema(head: Buffer): boolean {
  const s = head.toString('utf8');
  return head.length === 0 || (/^\s*\{/.test(s) && s.includes('"$schema"'));
}

export function registerThemesCommand(program: Command, io: Io = processIo): void {
  const themes = program
    .command('themes')
    .description('list, show, start and check themes')
    .addHelpText(
      'after',
      `
Examples:
  huibao themes list                               the built-in themes
  huibao themes show party-red                     every setting of a theme, as JSON
  huibao themes init my-red --from party-red       start your own: writes my-red.yaml
  huibao themes check ./my-red.yaml                contrast, sizes and boxes; exit 1 on problems
  huibao build deck.md --theme ./my-red.yaml       use it`,
    );
  const run = async (body: () => Promise<number>) => {
    process.exitCode = await runCommand(body, io);
  };
  themes
    .command('list')
    .description('the built-in themes, one line each')
    .action(() => run(() => runThemesList(io)));
  themes
    .command('show')
    .description('a theme with everything it extends merged in, as JSON')
    .argument('<theme>', 'a built-in name or a theme file (.json, .yaml)')
    .action((ref: string) => run(() => runThemesShow(ref, io)));
  themes
    .command('init')
    .description('write a starting theme file (YAML, commented) that extends another theme')
    .argument('<new-name>', 'the new theme name; the file is <new-name>.yaml')
    .option('--from <theme>', 'the theme to start from (a name or a file)', 'gov-blue')
    .option('-o, --output <dir>', 'folder to write into (default: the current folder)')
    .option('-f, --force', 'replace the file if it exists')
    .action((name: string, opts: InitOptions) => run(() => runThemesInit(name, opts, io)));
  themes
    .command('check')
    .description('check a theme: text contrast, sizes, boxes at 16:9 and 4:3, image files; exit 1 on problems')
    .argument('<theme>', 'a built-in name or a theme file')
    .action((ref: string) => run(() => runThemesCheck(ref, io)));
  themes
    .command('schema')
    .description('print the JSON Schema for theme files (for editors)')
    .option('-o, --output <file>', 'write it to a file (an earlier schema is replaced; any other file needs --force)')
    .option('-f, --force', 'replace the file even if it is not a schema')
    .action((opts: SchemaOptions) => run(() => runThemesSchema(opts, io)));
}

export type { Theme };
