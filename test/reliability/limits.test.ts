// Bounded work and a sound API (issue 16 items 6, 8, 14, 16): the documented limits are refused early with one clear
// message (not minutes, gigabytes or a stack overflow), a YAML alias bomb in a theme is an error, SOURCE_DATE_EPOCH
// past 9999 is clamped with a warning, and the library's options are checked (HuibaoError, not TypeError).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import path from 'node:path';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build.js';
import { loadImages } from '../../src/assets/images.js';
import { Diagnostics, HuibaoError } from '../../src/errors.js';
import { MAX_INPUT_LINES, MAX_LINE_CHARS, MAX_SLIDES, checkSlideCount } from '../../src/limits.js';
import { parse } from '../../src/parse/index.js';
import { png } from '../assets/fixtures.js';
import { tempDir } from './cli-helpers.js';

const root = tempDir('huibao-limits-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function refusal(p: Promise<unknown>): Promise<HuibaoError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof HuibaoError) return e;
    throw e;
  }
  throw new Error('expected a HuibaoError, but it succeeded');
}
// "Early" is shown by where the refusal happens (markdown-it never parses, nothing is inflated), not by a clock:
// speed is measured by `npm run bench`, and a timed assertion fails on a loaded machine or under StrykerJS.
const markdownParses = () => vi.spyOn(MarkdownIt.prototype, 'parse');
afterEach(() => vi.restoreAllMocks());

describe('limits: refused early (before parsing or inflating), with the line (items 6, 8)', () => {
  it(`more than ${MAX_INPUT_LINES} lines (a 1-million-line list took 120 s and 3.8 GB): refused before parsing`, async () => {
    const parses = markdownParses();
    const e = await refusal(build('## A\n\n' + '- x\n'.repeat(1_000_000), { file: 'list.md', skipRender: true }));
    expect(e.format()).toBe(`list.md:${MAX_INPUT_LINES + 1}: more than ${MAX_INPUT_LINES} lines; the limit is ${MAX_INPUT_LINES} (split the deck)`);
    expect(parses).not.toHaveBeenCalled();
  });

  it('a 5 MB single line (23 s and 1.5 GB before): refused before parsing, with its line', async () => {
    const parses = markdownParses();
    const e = await refusal(build('## A\n\n' + '长'.repeat(5_000_000) + '\n', { file: 'line.md', skipRender: true }));
    expect(e.format()).toBe(`line.md:3: a line of 5000000 characters; the limit is ${MAX_LINE_CHARS} (break it into paragraphs)`);
    expect(parses).not.toHaveBeenCalled();
    // Just under the limit is fine (a whole speech pasted on one line).
    expect(parse('x'.repeat(MAX_LINE_CHARS) + '\n').deck.slides.length).toBeGreaterThan(0);
  });

  it(`more than ${MAX_SLIDES} slides (a RangeError past ~16 380: no ZIP64) is refused before layout`, async () => {
    const md = Array.from({ length: MAX_SLIDES + 5 }, (_, i) => `## ${i}`).join('\n') + '\n';
    const e = await refusal(build(md, { file: 'many.md' }));
    expect(e.message).toMatch(new RegExp(`^the deck has 100\\d\\d slides from its headings; the limit is ${MAX_SLIDES} \\(split the deck\\)$`));
    expect(() => checkSlideCount(MAX_SLIDES + 1, 'x.md', 'slides')).toThrow(`the deck has ${MAX_SLIDES + 1} slides once long ones are split; the limit is ${MAX_SLIDES}`);
    expect(() => checkSlideCount(MAX_SLIDES, 'x.md', 'slides')).not.toThrow();
  });

  it('150 000 headings parse without a stack overflow (no push(...all); 200 000 crashed the CLI)', () => {
    const md = '## a\n'.repeat(150_000);
    expect(parse(md).deck.slides.length).toBe(150_000);
  });

  it('images in total over the budget: the ones past it become placeholders with a warning', () => {
    const dir = path.join(root, 'images');
    mkdirSync(dir);
    for (const f of ['a', 'b', 'c']) writeFileSync(path.join(dir, `${f}.png`), png(40, 40));
    const one = png(40, 40).length;
    const { deck } = parse('## A\n\n![a](a.png)\n\n![b](b.png)\n\n![c](c.png)\n', { file: 'd.md' });
    const diag = new Diagnostics('d.md');
    const images = loadImages(deck, { baseDir: dir, maxTotalBytes: 2 * one + 10 }, diag);
    expect([...images.values()].map((a) => a.ok)).toEqual([true, true, false]);
    expect(diag.warnings.map((w) => [w.line, w.message])).toEqual([
      [7, `image "c.png": the deck's images together would exceed ${+((2 * one + 10) / 1048576).toFixed(1)} MB (make the pictures smaller); a placeholder with its alt text is shown instead`],
    ]);
  });
});

describe('a YAML alias bomb in a theme (item 6)', () => {
  it('is a clear theme error, not "internal error: Excessive alias count"', async () => {
    const file = path.join(root, 'bomb.yaml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    writeFileSync(file, `name: bomb\nextends: gov-blue\n${levels.join('\n')}\n`);
    const e = await refusal(build('## A\n', { file: 'x.md', theme: file }));
    expect(e.message).toMatch(/bomb\.yaml: not valid YAML: Excessive alias count/);
  });
});

describe('SOURCE_DATE_EPOCH (item 14)', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });
  const coreDates = async (bytes: Uint8Array) => {
    const xml = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
    return [...xml.matchAll(/<dcterms:(created|modified)[^>]*>([^<]*)</g)].map((m) => m[2]);
  };

  it('after the year 9999 is clamped to 9999-12-31T23:59:59Z (W3CDTF), with a warning', async () => {
    process.env.SOURCE_DATE_EPOCH = '253402300800';
    const r = await build('## A\n', { file: 'e.md' });
    expect(await coreDates(r.bytes)).toEqual(['9999-12-31T23:59:59Z', '9999-12-31T23:59:59Z']);
    expect(r.warnings.map((w) => w.message)).toContain('SOURCE_DATE_EPOCH=253402300800 is after 9999-12-31; the document date is set to 9999-12-31T23:59:59Z');
  });

  it('a usable epoch is used as before, with no warning; junk is named and ignored', async () => {
    process.env.SOURCE_DATE_EPOCH = '1714521600';
    const r = await build('## A\n', { file: 'e.md' });
    expect(await coreDates(r.bytes)).toEqual(['2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z']);
    expect(r.warnings).toEqual([]);
    process.env.SOURCE_DATE_EPOCH = 'yesterday';
    const j = await build('## A\n', { file: 'e.md' });
    expect(j.warnings.map((w) => w.message)).toEqual(['SOURCE_DATE_EPOCH="yesterday" is not a whole number of seconds since 1970; ignored']);
  });
});

describe('library API: options checked, HuibaoError with the option named (item 16)', () => {
  const bad: [string, unknown, unknown, string][] = [
    ['markdown null', null, {}, 'build(): the Markdown must be a string, got null'],
    ['options a string', '## A\n', 'theme', 'build(): the options must be an object, got "theme"'],
    ['theme {}', '## A\n', { theme: {} }, 'build(): option theme: expected a theme name or a path to a theme file, got an object'],
    ['slideLevel 0', '## A\n', { slideLevel: 0 }, 'build(): option slideLevel: expected a whole number from 1 to 6, got 0'],
    ['slideLevel NaN', '## A\n', { slideLevel: NaN }, 'build(): option slideLevel: expected a whole number from 1 to 6, got NaN'],
    ['slideLevel 99', '## A\n', { slideLevel: 99 }, 'build(): option slideLevel: expected a whole number from 1 to 6, got 99'],
    ['aspect 21:9', '## A\n', { aspect: '21:9' }, 'build(): option aspect: expected "16:9" or "4:3", got "21:9"'],
    ['date junk', '## A\n', { date: 'next Tuesday' }, 'build(): option date: expected a date like "2024-05-01" or "2024-05-01T09:30:00+08:00", got "next Tuesday"'],
    ['threads -1', '## A\n', { threads: -1 }, 'build(): option threads: expected a whole number of threads (0: none), got -1'],
  ];
  for (const [name, md, opts, message] of bad) {
    it(`${name} → HuibaoError`, async () => {
      const e = await refusal(build(md as string, opts as object));
      expect(e.message).toBe(message);
    });
  }

  it('null or no options are no options; good options still work', async () => {
    expect((await build('## A\n', null as unknown as undefined)).laid.slides.length).toBeGreaterThan(0);
    const r = await build('## A\n\n### B\n', { slideLevel: 3, aspect: '4:3', date: '2024-05-01', threads: 0 });
    expect(r.deck.meta.aspect).toBe('4:3');
  });
});

describe('templates are read like every other input (item 7 for --template; zip bombs)', () => {
  const dir = path.join(root, 'templates');
  mkdirSync(dir, { recursive: true });

  it('a FIFO or a link to /dev/zero named .pptx is refused at once, not waited on or read without end', async () => {
    const { loadTemplate } = await import('../../src/template/index.js');
    const fifo = path.join(dir, 'pipe.pptx');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'zero.potx');
    symlinkSync('/dev/zero', zero);
    // Waiting on the FIFO or reading /dev/zero would never end: the test's own timeout is the guard.
    for (const f of [fifo, zero]) {
      let err: unknown;
      try {
        loadTemplate(f);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(HuibaoError);
      expect((err as HuibaoError).message).toMatch(/not a regular file/);
      expect((err as HuibaoError).file).toBe(f);
    }
  });

  it('a zip that claims to unpack to more than 200 MB is refused before anything is inflated', async () => {
    const { loadTemplate } = await import('../../src/template/index.js');
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'ppt/presentation.xml': strToU8('x'.repeat(1000)) }, { level: 9 });
    // The central directory says the second part inflates to 300 MB (as a real bomb's would).
    const bytes = Buffer.from(zip);
    const cd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(300 * 1024 * 1024, cd + 24);
    const file = path.join(dir, 'bomb.pptx');
    writeFileSync(file, bytes);
    expect(() => loadTemplate(file)).toThrow(/unpacks to more than 200 MB/);
  });
});
