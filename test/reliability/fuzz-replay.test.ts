// Replays a failing fuzz case kept by fuzz.test.ts: HUIBAO_FUZZ_CASE=/tmp/huibao-fuzz-failures/case-….json
// npx vitest run --config test/vitest.config.ts test/reliability/fuzz-replay.test.ts. Skipped otherwise.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { HuibaoError } from '../../src/errors.js';
import { writeImageFixtures } from '../assets/fixtures.js';
import { tempDir } from './cli-helpers.js';
import { validate, xmlProblems } from './pptx-check.js';

const caseFile = process.env.HUIBAO_FUZZ_CASE;

describe.skipIf(!caseFile)('replay a kept fuzz case', () => {
  it(`${caseFile}`, async () => {
    const c = JSON.parse(readFileSync(caseFile!, 'utf8')) as { markdown: string; theme?: unknown };
    const dir = tempDir('huibao-replay-');
    const deckDir = path.join(dir, 'deck');
    mkdirSync(deckDir);
    writeImageFixtures(deckDir);
    let theme: string | undefined;
    if (c.theme) writeFileSync((theme = path.join(dir, 'theme.json')), JSON.stringify(c.theme));
    const t0 = Date.now();
    try {
      const r = await build(c.markdown, { file: path.join(deckDir, 'fuzz.md'), baseDir: deckDir, theme });
      console.log(`built in ${Date.now() - t0} ms: ${r.laid.slides.length} slides, ${r.bytes.length} bytes`);
      expect(await xmlProblems(r.bytes)).toEqual([]);
      expect(validate(r.bytes).output).toMatch(/validate-pptx: OK/);
    } catch (e) {
      if (!(e instanceof HuibaoError)) throw e;
      console.log(`refused in ${Date.now() - t0} ms: ${e.format()}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
