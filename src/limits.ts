// huibao's documented limits (README "Reliability"), and the cheap checks that enforce them before the expensive
// stages run: a clear HuibaoError instead of minutes of work, gigabytes of memory or a crash deep inside.
import { HuibaoError, type Diagnostics } from './errors.js';

/** Input file or standard input. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Lines of Markdown (a 1000-slide text-heavy deck is about 12 000). */
export const MAX_INPUT_LINES = 100_000;
/** Characters on one line (a slide shows a few hundred; a whole speech pasted on one line is ~30 000). */
export const MAX_LINE_CHARS = 100_000;
/** Slides in a deck, after continuation slides are added (the zip format without ZIP64 stops at ~16 000). */
export const MAX_SLIDES = 10_000;
/** One image, and all the images of a deck together. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
export const MAX_IMAGES_TOTAL_BYTES = 200 * 1024 * 1024;
/** Columns in one table (wider tables are split by columns onto continuation slides; this many is no table). */
export const MAX_TABLE_COLUMNS = 500;

/**
 * Nesting markdown-it follows (a list level counts 2: the list and its item; a quote 1). Past it markdown-it drops
 * the text without a word, so reaching it is refused instead; a deck nested 98 lists deep is still read (and shown
 * at the theme's deepest level, src/layout/overlong.ts).
 */
export const MAX_NESTING = 200;

/** The Markdown nested so deep that markdown-it stopped reading it: a clear error instead of lost text. */
export function checkNesting(tokens: readonly { level: number; map: [number, number] | null }[], file: string | undefined): void {
  for (const t of tokens) {
    if (t.level < MAX_NESTING - 1) continue;
    throw new HuibaoError(`lists or quotes nested too deep to read (the limit is ${MAX_NESTING / 2 - 2} levels of lists, ${MAX_NESTING - 3} of quotes); flatten them`, { file, line: t.map ? t.map[0] + 1 : undefined });
  }
}

/** Lines and line lengths, counted before markdown-it sees the text. */
export function checkInputSize(markdown: string, file: string | undefined): void {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= markdown.length; i++) {
    const c = i < markdown.length ? markdown.charCodeAt(i) : 10;
    if (c !== 10) continue;
    if (i - start > MAX_LINE_CHARS) {
      throw new HuibaoError(`a line of ${i - start} characters; the limit is ${MAX_LINE_CHARS} (break it into paragraphs)`, { file, line });
    }
    if (++line > MAX_INPUT_LINES + 1) throw new HuibaoError(`more than ${MAX_INPUT_LINES} lines; the limit is ${MAX_INPUT_LINES} (split the deck)`, { file, line: MAX_INPUT_LINES + 1 });
    start = i + 1;
  }
}

export function checkSlideCount(n: number, file: string | undefined, stage: 'headings' | 'slides'): void {
  if (n <= MAX_SLIDES) return;
  const what = stage === 'headings' ? `${n} slides from its headings` : `${n} slides once long ones are split`;
  throw new HuibaoError(`the deck has ${what}; the limit is ${MAX_SLIDES} (split the deck)`, { file });
}

/** Latest date core.xml can carry as W3CDTF (a four-digit year). */
const MAX_EPOCH = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

/**
 * SOURCE_DATE_EPOCH as a date option when it needs a correction: after the year 9999 it is clamped (toISOString
 * would write `+010000-…`, which is not W3CDTF), with a warning; unusable values are named and ignored.
 */
export function sourceDateEpoch(diag: Diagnostics, env = process.env): string | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw)) {
    diag.warn(`SOURCE_DATE_EPOCH="${raw.slice(0, 40)}" is not a whole number of seconds since 1970; ignored`);
    return undefined;
  }
  if (Number(raw) <= MAX_EPOCH) return undefined;
  diag.warn(`SOURCE_DATE_EPOCH=${raw} is after 9999-12-31; the document date is set to 9999-12-31T23:59:59Z`);
  return '9999-12-31T23:59:59Z';
}
