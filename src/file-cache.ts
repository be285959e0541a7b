// What a warm process (`huibao watch`, `huibao preview`, a library user building many times) keeps between builds:
// results computed from files — a validated theme, an image's bytes and checks — kept while every file they came
// from still has the same identity, size and times. A file that changed, or appeared, or went away is read again,
// so a cached result is never one a cold `huibao build` would not make (test/preview/warm-build.test.ts).
import { statSync } from 'node:fs';

/** A file's identity as far as the cache is concerned: inode, size, modification and change times (ns). */
export function fileStamp(file: string): string {
  try {
    const st = statSync(file, { bigint: true });
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  } catch {
    return 'missing';
  }
}

const CACHES: FileCache<unknown>[] = [];

/** Hits and misses of every cache so far, by name (tests and the bench show that a warm build used them). */
export function cacheStats(): Record<string, { hits: number; misses: number }> {
  return Object.fromEntries(CACHES.map((c) => [c.name, { hits: c.hits, misses: c.misses }]));
}

interface Entry<T> {
  stamps: [string, string][];
  value: T;
}

/**
 * A small keyed cache of values derived from files. `get` returns the value stored under `key` when every file it
 * was made from still has the stamp it had. `set` takes the stamps after the files were read, so a file saved
 * between the read and the stamp would look unchanged: like git's racy-index rule, a file modified in the last
 * two seconds is not cached at all (it is read again next time, and cached once it has settled).
 */
export class FileCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Hits and misses since the start (tests, bench). */
  hits = 0;
  misses = 0;

  constructor(
    readonly name: string,
    private readonly maxEntries = 64,
  ) {
    CACHES.push(this as FileCache<unknown>);
  }

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (e && e.stamps.every(([f, s]) => fileStamp(f) === s)) {
      this.hits++;
      return e.value;
    }
    if (e) this.entries.delete(key);
    this.misses++;
    return undefined;
  }

  set(key: string, files: readonly string[], value: T): void {
    const stamps = settledStamps(files);
    if (!stamps) return;
    this.entries.delete(key);
    this.entries.set(key, { stamps, value });
    // Oldest first out: a watch over one deck holds a handful; a server building many decks stays bounded.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Modified this recently (ms), a file may still change within its stamp's resolution: not cached. */
export const SETTLE_MS = 2000;

/** Stamps of `files` now, or undefined when one is missing or modified too recently to trust its stamp. */
function settledStamps(files: readonly string[]): [string, string][] | undefined {
  const now = Date.now();
  const out: [string, string][] = [];
  for (const f of files) {
    let st;
    try {
      st = statSync(f, { bigint: true });
    } catch {
      return undefined;
    }
    if (Number(st.mtimeMs) > now - SETTLE_MS) return undefined;
    out.push([f, `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`]);
  }
  return out;
}

/** Turn every cache off (HUIBAO_NO_CACHE=1): for comparing a warm build with a cold one. */
export const cacheDisabled = (): boolean => process.env.HUIBAO_NO_CACHE === '1';
