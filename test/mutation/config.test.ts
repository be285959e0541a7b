// The mutation-testing set-up (test/mutation/): the named test sets must name test files that exist (a renamed file
// would silently drop out of a set and lower its score), must not bring back the slow whole-deck files they exist to
// leave out, and HUIBAO_MUTATE_SET must pick a set or fail with the list of sets.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MUTATE_SETS } from './sets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const matches = (glob: string) => {
  const dir = path.dirname(glob);
  const re = new RegExp(`^${path.basename(glob).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return fs.readdirSync(path.join(root, dir)).filter((f) => re.test(f)).map((f) => `${dir}/${f}`);
};
const config = (env: Record<string, string>) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', "const m = await import('./test/mutation/stryker.config.mjs'); console.log(JSON.stringify({ tests: process.env.HUIBAO_MUTATE_TESTS ?? null, related: m.default.vitest.related }))"], {
    cwd: root, env: { ...process.env, HUIBAO_MUTATE_TESTS: '', HUIBAO_MUTATE_SET: '', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('mutation test sets', () => {
  it.each(Object.entries(MUTATE_SETS))('%s: every glob names at least one test file, none of the slow whole-deck files', (_, globs) => {
    const files = globs.flatMap((g) => {
      const m = matches(g);
      expect(m, g).not.toEqual([]);
      return m;
    });
    for (const slow of ['test/template/template.test.ts', 'test/reliability/regressions.test.ts', 'test/render/zip.mutants.test.ts', 'test/assets/images.test.ts', 'test/layout/layouts-decks.test.ts']) {
      expect(files).not.toContain(slow);
    }
  });

  it('HUIBAO_MUTATE_SET picks the set (and turns related off); HUIBAO_MUTATE_TESTS wins; an unknown set is refused', () => {
    expect(JSON.parse(config({ HUIBAO_MUTATE_SET: 'parse' }))).toEqual({ tests: MUTATE_SETS.parse.join(','), related: false });
    expect(JSON.parse(config({ HUIBAO_MUTATE_SET: 'parse', HUIBAO_MUTATE_TESTS: 'test/x.test.ts' }))).toEqual({ tests: 'test/x.test.ts', related: false });
    expect(JSON.parse(config({}))).toEqual({ tests: '', related: true });
    expect(() => config({ HUIBAO_MUTATE_SET: 'nope' })).toThrow(/HUIBAO_MUTATE_SET=nope: not a test set \(layout, render, parse\)/);
  });
});
