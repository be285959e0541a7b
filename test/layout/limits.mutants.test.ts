// The two guards of src/layout/limits.ts at their boundaries, written against StrykerJS's survivors (the fuzz and
// test/reliability/limits.test.ts reach them only through whole decks, which the mutation runs leave out):
// checkRoom refuses a body box too small for one line of the floor size, checkSplit refuses a slide split onto
// more than MAX_PARTS slides; both name the file and the slide's line, and say what to change.
import { describe, expect, it } from 'vitest';
import { checkRoom, checkSplit, MAX_PARTS } from '../../src/layout/limits.js';
import { HuibaoError } from '../../src/errors.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Theme } from '../../src/theme/types.js';
import type { Box, Slide } from '../../src/model.js';

const base = resolveTheme('gov-blue');
// floor 18 pt → em 0.25 in: the box must be at least max(1, 4 em) = 1 in wide and max(0.4, 1.5 em × lineSpacing) tall.
const theme = (minBody: number, lineSpacing: number): Theme => ({
  ...base,
  sizes: { ...base.sizes, minBody },
  spacing: { ...base.spacing, lineSpacing },
});
const slide = (over: Partial<Slide> = {}): Slide => ({
  layout: 'content',
  blocks: [{ kind: 'paragraph', content: [{ text: '一段话' }] }],
  notes: [],
  src: { line: 7 },
  ...over,
} as unknown as Slide);
const box = (w: number, h: number): Box => ({ x: 1, y: 1, w, h });
const refused = (f: () => void): HuibaoError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(HuibaoError);
    return e as HuibaoError;
  }
  throw new Error('expected a HuibaoError');
};

describe('checkRoom: a body box that cannot hold a line of the smallest text', () => {
  // 36 pt floor → em 0.5 in: min width 4 em = 2 in (above the 1 in minimum), min height 1.5 em × 2 = 1.5 in.
  const big = theme(36, 2);

  it('accepts a box exactly as large as one line needs, and refuses one a hair smaller in either direction', () => {
    expect(() => checkRoom(slide(), box(2, 1.5), big, 'a.md')).not.toThrow();
    expect(() => checkRoom(slide(), box(1.999, 5), big, 'a.md')).toThrow(HuibaoError);
    expect(() => checkRoom(slide(), box(5, 1.499), big, 'a.md')).toThrow(HuibaoError);
  });

  it('the height grows with the line spacing (1.5 em × lineSpacing), not shrinks', () => {
    // em 0.5, lineSpacing 2 → 1.5 in; divided it would be 0.375 → 0.4 in and a 1 in box would pass.
    expect(() => checkRoom(slide(), box(5, 1), big)).toThrow(HuibaoError);
  });

  it('small floors keep the absolute minimums: 1 in wide, 0.4 in tall', () => {
    const small = theme(9, 1); // em 0.125 in: 4 em = 0.5 in < 1 in; 1.5 em = 0.1875 in < 0.4 in
    expect(() => checkRoom(slide(), box(1, 0.4), small)).not.toThrow();
    expect(() => checkRoom(slide(), box(0.99, 3), small)).toThrow(HuibaoError);
    expect(() => checkRoom(slide(), box(3, 0.39), small)).toThrow(HuibaoError);
  });

  it('says which theme, layout and sizes, rounded to 0.01 in, and points at the file and the slide', () => {
    const e = refused(() => checkRoom(slide({ layout: 'content' }), box(1.23456, 0.2), theme(36, 2), 'talk.md'));
    expect(e.message).toBe(
      `theme "${base.name}": the body box of content slides is 1.23 × 0.2 in, too small for 36 pt text ` +
        '(at least 2 × 1.5 in); check layouts.content.body, spacing and sizes.minBody',
    );
    expect(e.file).toBe('talk.md');
    expect(e.line).toBe(7);
  });

  it('a slide with no blocks has nothing to fit and passes, except the agenda, which lays out its own items', () => {
    const empty = slide({ blocks: [] });
    expect(() => checkRoom(empty, box(0, 0), big)).not.toThrow();
    expect(() => checkRoom({ ...empty, layout: 'agenda' } as Slide, box(0, 0), big)).toThrow(/agenda slides/);
    expect(() => checkRoom(slide(), box(0, 0), big)).toThrow(/content slides/);
  });
});

describe('checkSplit: a slide that would be split onto more than MAX_PARTS slides', () => {
  it('allows exactly MAX_PARTS (200) parts and refuses one more', () => {
    expect(MAX_PARTS).toBe(200);
    expect(() => checkSplit(slide(), 200, base, 'a.md')).not.toThrow();
    expect(() => checkSplit(slide(), 1, base, 'a.md')).not.toThrow();
    const e = refused(() => checkSplit(slide(), 201, base, 'a.md'));
    expect(e.message).toBe(
      `this slide would be split onto 201 slides at theme "${base.name}"'s smallest sizes (the limit is 200); ` +
        'shorten it, break it up with ## headings or ---, or use smaller sizes in the theme',
    );
    expect(e.file).toBe('a.md');
    expect(e.line).toBe(7);
  });
});
