// Where the built-in themes live: `themes/` at the package root, found from this module's own location
// (src/theme/builtin.ts and dist/theme/builtin.js are both two levels below the root).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const THEMES_DIR = path.join(PACKAGE_ROOT, 'themes');
export const THEME_EXTENSIONS = ['.json', '.yaml', '.yml'] as const;
/** The published JSON Schema sits beside the themes; it is not a theme. */
export const SCHEMA_FILE = 'theme.schema.json';

/** A theme argument is a path when it has a folder separator or a theme file extension; otherwise a name. */
export function isThemePath(s: string): boolean {
  return /[\\/]/.test(s) || /\.(json|ya?ml)$/i.test(s);
}

/** Built-in theme names → files, sorted by name. */
export function builtinFiles(dir = THEMES_DIR): Map<string, string> {
  const out = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const f of names) {
    const ext = path.extname(f).toLowerCase();
    if (f === SCHEMA_FILE || !(THEME_EXTENSIONS as readonly string[]).includes(ext)) continue;
    const name = f.slice(0, -ext.length);
    if (!out.has(name)) out.set(name, path.join(dir, f));
  }
  return new Map([...out.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

/** The built-in theme file for a name (case-insensitive), or undefined. */
export function builtinFile(name: string, dir = THEMES_DIR): string | undefined {
  const files = builtinFiles(dir);
  const hit = files.get(name) ?? files.get(name.toLowerCase());
  return hit && existsSync(hit) && statSync(hit).isFile() ? hit : undefined;
}

/** How a path is shown in messages: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
