// src/paths.ts: the one containment check a deck's images, theme files and `extends` go through. These pin each
// rule at its edge (found by mutation testing: nothing tested the module directly).
import { mkdirSync, symlinkSync, writeFileSync, realpathSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, realpathOr, within } from '../../src/paths.js';

/** tmp/real/{inside.png, escape → ../outside/secret.png}, tmp/outside/secret.png, tmp/link → real. */
function tree() {
  const tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'huibao-paths-')));
  const real = path.join(tmp, 'real');
  const outside = path.join(tmp, 'outside');
  mkdirSync(real);
  mkdirSync(outside);
  writeFileSync(path.join(real, 'inside.png'), 'x');
  writeFileSync(path.join(outside, 'secret.png'), 'x');
  symlinkSync(path.join(outside, 'secret.png'), path.join(real, 'escape.png'));
  symlinkSync(real, path.join(tmp, 'link'));
  return { tmp, real, outside, link: path.join(tmp, 'link') };
}

describe('realpathOr', () => {
  it('resolves symlinks of a path that exists, and gives back one that does not as spelled', () => {
    const t = tree();
    expect(realpathOr(path.join(t.link, 'inside.png'))).toBe(path.join(t.real, 'inside.png'));
    expect(realpathOr(path.join(t.real, 'escape.png'))).toBe(path.join(t.outside, 'secret.png'));
    expect(realpathOr(path.join(t.tmp, 'missing', 'x.png'))).toBe(path.join(t.tmp, 'missing', 'x.png'));
  });
});

describe('isInside', () => {
  it('a folder contains itself and what is below it, not a sibling that shares its prefix', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b/c.png', '/a/b')).toBe(true);
    expect(isInside('/a/bc/c.png', '/a/b')).toBe(false);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a', '/a/b')).toBe(false);
  });

  it('a folder spelled with its trailing separator, and the root folder', () => {
    expect(isInside('/a/b/c.png', '/a/b/')).toBe(true);
    expect(isInside('/a/bc', '/a/b/')).toBe(false);
    expect(isInside('/etc/passwd', '/')).toBe(true);
    expect(isInside('/', '/')).toBe(true);
  });
});

describe('within', () => {
  it('a file below an allowed folder is allowed, one beside it is not', () => {
    const t = tree();
    expect(within(path.join(t.real, 'inside.png'), [t.real])).toBe(true);
    expect(within(path.join(t.outside, 'secret.png'), [t.real])).toBe(false);
    expect(within(path.join(t.real, 'missing.png'), [t.real])).toBe(true);
  });

  it('a symlink inside that leads outside is refused', () => {
    const t = tree();
    expect(within(path.join(t.real, 'escape.png'), [t.real])).toBe(false);
    // …unless where it leads is allowed too.
    expect(within(path.join(t.real, 'escape.png'), [t.real, t.outside])).toBe(true);
  });

  it('an allowed folder named through a symlink allows files spelled through the link and through the real path', () => {
    const t = tree();
    expect(within(path.join(t.link, 'inside.png'), [t.link])).toBe(true);
    expect(within(path.join(t.real, 'inside.png'), [t.link])).toBe(true);
    expect(within(path.join(t.link, 'escape.png'), [t.link])).toBe(false);
  });

  it('undefined folders are skipped, and relative paths are resolved from the working directory', () => {
    const t = tree();
    expect(within(path.join(t.real, 'inside.png'), [undefined, t.real])).toBe(true);
    expect(within(path.join(t.real, 'inside.png'), [undefined])).toBe(false);
    expect(within(path.join(t.real, 'inside.png'), [])).toBe(false);
    const rel = path.relative(process.cwd(), path.join(t.real, 'inside.png'));
    expect(within(rel, [t.real])).toBe(true);
    expect(within(path.join(t.real, 'inside.png'), [path.relative(process.cwd(), t.real)])).toBe(true);
    expect(within(path.join(t.real, '..', 'outside', 'secret.png'), [t.real])).toBe(false);
  });
});
