// Reading theme files: JSON or YAML → validated (zod) → images resolved against the file → `extends` merged →
// the complete theme validated again. Every problem in a file is reported at once, with its line when known.
import { existsSync, statSync } from 'node:fs';
import { MAX_THEME_BYTES, readFileCapped, ReadRefused } from '../read.js';
import path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { ThemeError } from './errors.js';
import { within } from '../paths.js';
import { didYouMean, problemsFromIssues, formatPath, type KeyPath, type Problem } from './issues.js';
import { ThemeFileSchema, ThemeSchema } from './schema.js';
import { builtinFile, builtinFiles, displayPath, isThemePath } from './builtin.js';
import { LAYOUT_KEYS, type Theme } from './types.js';
import { resolveRoles } from './roles.js';
import { cacheDisabled, FileCache } from '../file-cache.js';

type Obj = Record<string, unknown>;

/**
 * zod compiles a fast parser for each object schema on first use (new Function); a theme is parsed once or twice
 * per run, so compiling costs more than it saves (measured: the first resolveTheme 62 → 33 ms). Per call, not
 * z.config(): a library must not change zod for the program that uses it.
 */
const PARSE = { reportInput: true, jitless: true } as const;

const IMAGE_EXT = /\.(png|jpe?g|gif|bmp|svg)$/i;

interface Source {
  file: string;
  /** The YAML document with key positions, for messages only: a JSON file is parsed for it on first use. */
  located: () => { doc?: Document; lines?: LineCounter };
}

/** A problem as a message line: `file:line: key.path: message`. */
function line(src: Source, p: Problem, locate = true): string {
  const ln = locate ? lineOf(src, p.path) : undefined;
  const where = displayPath(src.file) + (ln ? `:${ln}` : '');
  const key = formatPath(p.path);
  return `${where}: ${key ? key + ': ' : ''}${p.message}`;
}

/** The 1-based line of the key at `path` — or of its nearest ancestor the file has (a missing key) — if any. */
function lineOf(src: Source, p: KeyPath): number | undefined {
  for (let n = p.length; n > 0; n--) {
    const ln = lineOfExact(src, p.slice(0, n));
    if (ln) return ln;
  }
  return undefined;
}

function lineOfExact(src: Source, p: KeyPath): number | undefined {
  const { doc, lines } = src.located();
  if (!doc || !lines) return undefined;
  try {
    const parent = p.length ? doc.getIn(p.slice(0, -1), true) : undefined;
    const last = p[p.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === last);
      const node = pair?.key as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  } catch {
    /* no position: report without a line */
  }
  return undefined;
}

/** Problems as lines, in the order they appear in the file (those without a line last). */
function byLine(src: Source, found: Problem[]): string[] {
  return found
    .map((p, i) => ({ p, i, ln: lineOf(src, p.path) ?? Infinity }))
    .sort((a, b) => a.ln - b.ln || a.i - b.i)
    .map(({ p }) => line(src, p));
}

/** A theme file's text, read with a byte cap; a device or pipe is refused (`--theme /dev/zero` never ends). */
function readThemeText(file: string, shown: string): string {
  try {
    return readFileCapped(file, MAX_THEME_BYTES).toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof ReadRefused) throw new ThemeError([`${shown}: ${e.message}${e.reason === 'special' ? ', not a theme file' : ''}`], file);
    throw e;
  }
}

/** Read and parse one file (no validation). */
function readSource(file: string): { data: unknown; src: Source } {
  const shown = displayPath(file);
  if (!existsSync(file)) throw new ThemeError([`${shown}: theme file not found`], file);
  if (statSync(file).isDirectory()) throw new ThemeError([`${shown}: is a folder, not a theme file (.json, .yaml or .yml)`], file);
  const text = readThemeText(file, shown);
  let parsed: { doc: Document; lines: LineCounter } | undefined;
  const yamlDoc = () => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true }), lines };
    }
    return parsed;
  };
  // Positions come from the YAML parser (JSON is YAML); a valid JSON theme, the common case, never needs them.
  const src: Source = {
    file,
    located: () => {
      const { doc, lines } = yamlDoc();
      return { doc: doc.errors.length ? undefined : doc, lines };
    },
  };
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') {
    try {
      return { data: JSON.parse(text), src };
    } catch (e) {
      const msg = (e as Error).message;
      const m = /position (\d+)/.exec(msg);
      const ln = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
      throw new ThemeError([`${shown}${ln ? ':' + ln : ''}: not valid JSON: ${msg}`], file);
    }
  }
  const { doc } = yamlDoc();
  if (doc.errors.length) {
    const err = doc.errors[0];
    const ln = err.linePos?.[0]?.line;
    throw new ThemeError([`${shown}${ln ? ':' + ln : ''}: not valid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`], file);
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), src };
  } catch (e) {
    // An alias bomb (`a: &a [x, x]`, `b: &b [*a, *a]`, …) or an alias without its anchor: a clear error, not a crash.
    throw new ThemeError([`${shown}: not valid YAML: ${(e as Error).message.split('\n')[0]}`], file);
  }
}

/** One file, validated on its own (a partial theme is fine), with image paths made absolute. */
function loadLayer(file: string): { data: Obj; src: Source } {
  const { data, src } = readSource(file);
  if (data === null || data === undefined) throw new ThemeError([`${displayPath(file)}: the file is empty; expected a theme (name, description, extends, palette, …)`], file);
  if (typeof data !== 'object' || Array.isArray(data)) throw new ThemeError([`${displayPath(file)}: expected a theme object (key: value pairs), got ${Array.isArray(data) ? 'a list' : JSON.stringify(data)}`], file);
  const r = ThemeFileSchema.safeParse(data, PARSE);
  const found: Problem[] = r.success ? [] : problemsFromIssues(r.error.issues, ThemeFileSchema);
  const out = (r.success ? r.data : data) as Obj;
  found.push(...resolveImages(out, path.dirname(file)));
  if (found.length) throw new ThemeError(byLine(src, found), file);
  return { data: out, src };
}

/** Make `background.image` and `logo.image` absolute (relative to the theme file) and check that they exist. */
export function resolveImages(theme: Obj, dir: string): Problem[] {
  const problems: Problem[] = [];
  const layouts = theme.layouts as Record<string, Obj | undefined> | undefined;
  if (!layouts || typeof layouts !== 'object') return problems;
  for (const key of LAYOUT_KEYS) {
    const style = layouts[key];
    if (!style || typeof style !== 'object') continue;
    for (const [holder, field] of [['background', 'image'], ['logo', 'image']] as const) {
      const h = style[holder] as Obj | undefined | null;
      if (!h || typeof h !== 'object' || typeof h[field] !== 'string') continue;
      const p: KeyPath = ['layouts', key, holder, field];
      const given = h[field] as string;
      if (/^[a-z][a-z0-9+.-]+:\/\//i.test(given)) {
        problems.push({ path: p, message: `expected a local image file, got the URL ${JSON.stringify(given)}` });
        continue;
      }
      const abs = path.resolve(dir, given);
      h[field] = abs;
      if (!existsSync(abs)) problems.push({ path: p, message: `image file not found: ${displayPath(abs)}` });
      else if (!statSync(abs).isFile()) problems.push({ path: p, message: `expected an image file, got ${statSync(abs).isDirectory() ? 'a folder' : 'a device, pipe or socket'}: ${displayPath(abs)}` });
      else if (!IMAGE_EXT.test(abs)) problems.push({ path: p, message: `expected a .png, .jpg, .gif, .bmp or .svg image, got ${JSON.stringify(path.basename(abs))}` });
    }
  }
  return problems;
}

/** Objects merge key by key; arrays, scalars, `false` and `null` replace. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? deepMerge(base[k], v) : v;
  return out;
}

function omit(o: Obj, keys: string[]): Obj {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

function isPlain(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `null` meant "remove the inherited value": drop those keys once everything is merged. */
function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (!isPlain(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = dropNulls(x);
  return out;
}

/** Unknown built-in name → the standard message, with a guess when one is close. */
export function unknownThemeError(name: string, where?: string): ThemeError {
  const names = [...builtinFiles().keys()];
  const guess = didYouMean(name, names);
  const msg = `unknown theme "${name}"; available: ${names.join(', ')}` + (guess ? `; did you mean "${guess}"?` : '');
  return new ThemeError([(where ? where + ': ' : '') + msg]);
}

/** The file an `extends` (or --theme) value refers to: a built-in name, or a path relative to `dir`. */
function refFile(ref: string, dir: string, where: () => string): string {
  if (isThemePath(ref)) {
    const abs = path.resolve(dir, ref);
    if (!existsSync(abs)) throw new ThemeError([`${where()}: theme file not found: ${displayPath(abs)}`]);
    return abs;
  }
  const f = builtinFile(ref);
  if (!f) throw unknownThemeError(ref, where());
  return f;
}

/** The file and its ancestors, merged (still partial: validated as a whole by loadThemeFile). */
function loadMerged(file: string, chain: string[], confine?: readonly string[]): { data: Obj; src: Source; parents: string[] } {
  const { data, src } = loadLayer(file);
  const ref = data.extends;
  if (typeof ref !== 'string') return { data, src, parents: [] };
  // Only for messages: locating the key parses a JSON file's positions.
  const where = () => `${displayPath(file)}${lineOf(src, ['extends']) ? ':' + lineOf(src, ['extends']) : ''}: extends`;
  // A theme that came with a deck may build on built-in themes and files beside it, and read nothing else: checked
  // before the file is looked at, so neither its content nor whether it exists can show up in a message.
  if (confine && isThemePath(ref) && !within(path.resolve(path.dirname(file), ref), confine)) {
    throw new ThemeError([`${where()}: ${JSON.stringify(ref)} is outside the deck's folder and was not read (use --theme or --allow-any-path)`], file);
  }
  const parentFile = refFile(ref, path.dirname(file), where);
  const seen = [...chain, file];
  if (seen.includes(parentFile)) {
    const cycle = [...seen.slice(seen.indexOf(parentFile)), parentFile].map((f) => displayPath(f)).join(' → ');
    throw new ThemeError([`${where()}: a cycle: ${cycle}`], file);
  }
  const parent = loadMerged(parentFile, seen, confine);
  // What a file says about itself (name, description, its own parent, $schema) is not inherited.
  const inherited = omit(parent.data, ['$schema', 'extends', 'name', 'description']);
  const merged = deepMerge(inherited, data) as Obj;
  return { data: merged, src, parents: [parentFile, ...parent.parents] };
}

/**
 * Load a theme file (any path), merge what it extends, and validate the complete theme. With `confine`, a file
 * it extends by path must lie inside one of those folders (built-in themes by name are always allowed).
 */
export function loadThemeFile(file: string, confine?: readonly string[]): Theme {
  const abs = path.resolve(file);
  // A warm process (watch, preview) validates a theme once: kept while the file, what it extends and its pictures
  // are unchanged. A copy each time: the caller may change its theme (a template's colours).
  const key = `${abs}\0${confine?.join('\0') ?? ''}`;
  const hit = cacheDisabled() ? undefined : THEMES.get(key);
  if (hit) return structuredClone(hit);
  const { theme, parents } = loadValidated(abs, confine);
  if (!cacheDisabled()) THEMES.set(key, [abs, ...parents, ...themePictures(theme)], structuredClone(theme));
  return theme;
}

const THEMES = new FileCache<Theme>('themes');

function themePictures(theme: Theme): string[] {
  return Object.values(theme.layouts).flatMap((l) => [l?.background?.image, l?.logo?.image]).filter((p): p is string => !!p);
}

function loadValidated(abs: string, confine?: readonly string[]): { theme: Theme; parents: string[] } {
  const { data, src, parents } = loadMerged(abs, [], confine);
  const base = path.basename(abs).replace(/\.(json|ya?ml)$/i, '');
  const complete = dropNulls(data) as Obj;
  delete complete.$schema;
  if (complete.name === undefined) complete.name = base;
  if (complete.description === undefined) complete.description = typeof data.extends === 'string' ? `${base} (based on ${data.extends})` : base;
  const r = ThemeSchema.safeParse(complete, PARSE);
  if (!r.success) {
    const problems = byLine(src, problemsFromIssues(r.error.issues, ThemeSchema));
    if (!parents.length) problems.push(`${displayPath(abs)}: (a theme without "extends" must set every section; add "extends": "minimal" to start from a built-in theme)`);
    throw new ThemeError(problems, abs);
  }
  const roleProblems = resolveRoles(r.data as Obj, ThemeSchema);
  if (roleProblems.length) throw new ThemeError(byLine(src, roleProblems), abs);
  return { theme: { ...(omit(r.data, ['$schema']) as Omit<typeof r.data, '$schema'>), file: abs }, parents };
}
