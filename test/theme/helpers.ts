// Shared fixtures for the theme tests: temporary folders outside the repository, tiny images, writing files.
import { mkdtempSync, mkdirSync, writeFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A 1×1 transparent PNG. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A fresh folder outside the repository (so paths in messages are absolute). */
export function tempDir(prefix = 'huibao-theme-'): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** The error a function throws (fails the test when it throws nothing). */
export function thrown(fn: () => unknown): Error & { problems?: string[] } {
  try {
    fn();
  } catch (e) {
    return e as Error & { problems?: string[] };
  }
  throw new Error('expected an error, none was thrown');
}
