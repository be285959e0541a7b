// Where a deck may read from: the one containment check shared by images, theme files and what they extend.
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The real path (symlinks resolved), or the path as given when it does not exist. */
export function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** `p` is `dir` or below it (by spelling). The root folder contains everything (`/` + sep would be `//`). */
export function isInside(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/**
 * `p` is inside one of `dirs` by its spelling and by its real path (symlinks do not lead out). A path outside by its
 * spelling is not touched: not even stat(), since whether a file exists is already something a deck from someone
 * else should not learn.
 */
export function within(p: string, dirs: readonly (string | undefined)[]): boolean {
  const roots = dirs.filter((d): d is string => !!d).flatMap((d) => [path.resolve(d), realpathOr(path.resolve(d))]);
  const under = (x: string) => roots.some((d) => isInside(x, d));
  const abs = path.resolve(p);
  return under(abs) && under(realpathOr(abs));
}
