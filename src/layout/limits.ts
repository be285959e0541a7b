// Limits that turn a runaway theme or slide into a clear error instead of minutes of work.
import type { Box, Slide } from '../model.js';
import type { Theme } from '../theme/types.js';
import { HuibaoError } from '../errors.js';

/**
 * A theme whose body box cannot hold a line of text (a region of zero width, margins larger than a 4:3 slide)
 * would split the body one line per slide — thousands of slides and minutes of work for one long paragraph
 * (found by test/reliability/fuzz.test.ts). Refuse it with the keys to fix instead.
 */
export function checkRoom(slide: Slide, body: Box, theme: Theme, file?: string): void {
  if (slide.blocks.length === 0 && slide.layout !== 'agenda') return;
  const em = theme.sizes.minBody / 72;
  const minW = Math.max(1, 4 * em);
  const minH = Math.max(0.4, 1.5 * em * theme.spacing.lineSpacing);
  if (body.w >= minW && body.h >= minH) return;
  const f = (n: number) => (Math.round(n * 100) / 100).toString();
  throw new HuibaoError(
    `theme "${theme.name}": the body box of ${slide.layout} slides is ${f(body.w)} × ${f(body.h)} in, too small for ${theme.sizes.minBody} pt text ` +
      `(at least ${f(minW)} × ${f(minH)} in); check layouts.${slide.layout}.body, spacing and sizes.minBody`,
    { file, line: slide.src.line },
  );
}

/** More parts than this for one slide is not a deck anyone wants; it would only cost minutes to write. */
export const MAX_PARTS = 200;

/**
 * A theme with huge minimum sizes (minBody 160 pt) split a 9,600-character slide into 2,737 slides and took
 * minutes to render (found by test/reliability/fuzz.test.ts). Say so instead.
 */
export function checkSplit(slide: Slide, parts: number, theme: Theme, file?: string): void {
  if (parts <= MAX_PARTS) return;
  throw new HuibaoError(
    `this slide would be split onto ${parts} slides at theme "${theme.name}"'s smallest sizes (the limit is ${MAX_PARTS}); ` +
      'shorten it, break it up with ## headings or ---, or use smaller sizes in the theme',
    { file, line: slide.src.line },
  );
}
