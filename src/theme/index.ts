// Stage 2: theme file(s) → Theme. Built-in lookup by name, user files by path, `extends` merged, validated.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtinFile, builtinFiles, isThemePath } from './builtin.js';
import { loadThemeFile as loadFile, unknownThemeError } from './load.js';
import type { Theme } from './types.js';
import { ThemeError } from './errors.js';

export { contrastRatio } from './contrast.js';
export { checkTheme, type CheckResult } from './check.js';
export { ThemeError } from './errors.js';
export { isThemePath } from './builtin.js';
export type { Theme, LayoutStyle, Region, Decoration, FontPair, Color, Len, LayoutKey } from './types.js';

export interface ResolveOptions {
  /** The deck's language: Chinese decks default to gov-blue, others to minimal. */
  lang?: string;
  /** Where a relative theme path is resolved (default: the process's working folder). */
  cwd?: string;
  /**
   * Folders a theme file may extend files from (a theme that came with a deck: its folder); a file outside them is
   * refused with a ThemeError before it is read. Default: any file.
   */
  confine?: readonly string[];
}

/** The built-in theme used when a deck names none. */
export function defaultThemeName(lang?: string): string {
  return lang?.toLowerCase().startsWith('zh') ? 'gov-blue' : 'minimal';
}

/**
 * A theme by name (built-in, `themes/<name>.json|yaml`) or by path (has a / or \, or ends .json/.yaml/.yml;
 * relative to `cwd`). No name → the default for the language. Throws ThemeError with every problem found.
 */
export function resolveTheme(nameOrPath: string | undefined, opts: ResolveOptions = {}): Theme {
  const ref = nameOrPath?.trim() || defaultThemeName(opts.lang);
  if (isThemePath(ref)) return loadFile(path.resolve(opts.cwd ?? process.cwd(), ref), opts.confine);
  const file = builtinFile(ref);
  if (!file) {
    // `--theme mine` when ./mine.yaml exists: say how to pass it as a path.
    const local = ['.yaml', '.yml', '.json'].map((ext) => ref + ext).find((f) => existsSync(path.resolve(opts.cwd ?? process.cwd(), f)));
    const e = unknownThemeError(ref);
    if (!local) throw e;
    throw new ThemeError([`${e.message}; to use the file ${local}, pass it as a path: ./${local}`]);
  }
  return loadFile(file);
}

/** Load a theme file by path (relative to the working folder), merging what it extends. */
export function loadThemeFile(file: string): Theme {
  return loadFile(path.resolve(file));
}

/** The built-in themes, sorted by name. */
export function listThemes(): { name: string; description: string; file: string }[] {
  return [...builtinFiles().entries()].map(([name, file]) => ({ name, description: loadFile(file).description, file }));
}
