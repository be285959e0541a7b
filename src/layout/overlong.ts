// Slides that cannot be shown as written, reshaped before they are fitted — each change with one warning, no text
// lost: a table wider than the body at the smallest size is split by columns, a list or quote nested deeper than
// the theme shows is shown at its deepest level, a title longer than the slide can hold gives the rest to the body.
import type { Block, Box, Inline, Slide } from '../model.js';
import type { Theme } from '../theme/types.js';
import { splitWideTable } from './table.js';
import { fitTitle } from './titles.js';
import { cutRuns } from './flow.js';
import { runsText } from './units.js';

/** The deepest list level a slide shows (src/layout/units.ts draws deeper items at this level). */
export const DEEPEST_LEVEL = 3;
/** Lines a content slide's title may wrap to at the smallest title size (src/layout/content.ts fits it the same way). */
const TITLE_LINES = 2;

export interface Reshaped {
  slide: Slide;
  warnings: { line: number; message: string }[];
}

export interface ReshapeContext {
  theme: Theme;
  titleRegion: Box;
  bodyRegion: Box;
  titleBold: boolean;
  lang: string;
  file?: string;
}

export function reshapeSlide(slide: Slide, ctx: ReshapeContext): Reshaped {
  const warnings: Reshaped['warnings'] = [];
  let out = slide;
  if (slide.layout === 'title' || slide.layout === 'section' || slide.layout === 'closing') out = cutBigTitle(out, ctx, warnings);
  else if (slide.layout !== 'agenda') out = moveTitleOverflow(out, ctx, warnings);
  out = splitTables(out, ctx, warnings);
  const deep = deepest(out.blocks);
  if (deep) {
    const what = deep.kind === 'list' ? `a list nested ${deep.depth} levels deep: levels past ${DEEPEST_LEVEL} are shown at level ${DEEPEST_LEVEL}` : `quotes nested ${deep.depth} deep are shown as one quote`;
    warnings.push({ line: deep.line, message: `${what} (the deepest the theme shows)` });
  }
  return { slide: out, warnings };
}

function splitTables(slide: Slide, ctx: ReshapeContext, warnings: Reshaped['warnings']): Slide {
  if (!slide.blocks.some((b) => b.kind === 'table')) return slide;
  const widthPt = ctx.bodyRegion.w * 72;
  const blocks = slide.blocks.flatMap((b): Block[] => {
    if (b.kind !== 'table') return [b];
    const parts = splitWideTable(b, ctx.theme.sizes.minBody, widthPt, ctx.theme, ctx.file);
    if (parts.length > 1) {
      warnings.push({
        line: b.src.line,
        message: `a table of ${b.header.length} columns is too wide for the slide at ${ctx.theme.sizes.minBody} pt: split into ${parts.length} tables by columns, each repeating the first column`,
      });
    }
    return parts;
  });
  return { ...slide, blocks };
}

/** The first list deeper than DEEPEST_LEVEL or quote deeper than DEEPEST_LEVEL, with its depth and line. */
function deepest(blocks: readonly Block[]): { kind: 'list' | 'quote'; depth: number; line: number } | undefined {
  let found: { kind: 'list' | 'quote'; depth: number; line: number } | undefined;
  // Iterative (a deck may nest hundreds of levels): [block, list depth, quote depth].
  const stack: [Block, number, number][] = blocks.map((b) => [b, 0, 0] as [Block, number, number]).reverse();
  while (stack.length) {
    const [b, list, quote] = stack.pop()!;
    const children: [Block, number, number][] = [];
    if (b.kind === 'list') {
      for (const item of b.items) for (const c of item.children) children.push([c, list + 1, quote]);
      if (list + 1 > DEEPEST_LEVEL && (!found || found.kind !== 'list' || list + 1 > found.depth)) found = { kind: 'list', depth: list + 1, line: found?.kind === 'list' ? found.line : b.src.line };
    } else if (b.kind === 'quote') {
      for (const c of b.blocks) children.push([c, list, quote + 1]);
      if (quote + 1 > DEEPEST_LEVEL && !found) found = { kind: 'quote', depth: quote + 1, line: b.src.line };
      else if (found?.kind === 'quote') found.depth = Math.max(found.depth, quote + 1); // a found quote is deeper than any shown
    } else if (b.kind === 'columns') {
      for (const col of b.columns) for (const c of col.blocks) children.push([c, list, quote]);
    }
    stack.push(...children.reverse());
  }
  return found;
}

/**
 * A title that, even at the theme's smallest title size, wraps to more than TITLE_LINES lines or outgrows its box: the longest
 * beginning that fits (ended at a clause mark or space when there is one near the end) stays the title, the rest
 * becomes the first paragraph of the body.
 */
function moveTitleOverflow(slide: Slide, ctx: ReshapeContext, warnings: Reshaped['warnings']): Slide {
  const title = slide.title;
  if (!title?.length) return slide;
  const { theme, titleRegion } = ctx;
  // The title of a continuation slide carries "(续)": the head must fit with it too.
  const cont: Inline = { text: ctx.lang.startsWith('zh') ? '（续）' : ' (cont.)' };
  const spec = {
    faces: theme.fonts.title,
    mono: theme.fonts.mono,
    maxPt: theme.sizes.title,
    minPt: theme.sizes.minTitle,
    maxLines: TITLE_LINES,
    box: titleRegion,
    lineSpacing: Math.min(theme.spacing.lineSpacing, 1.15),
    bold: ctx.titleBold,
  };
  // Only what needs more than TITLE_LINES lines moves: a template's title box too low for even one line at the
  // smallest size (ja-consulting: 0.57 in), or a banner holding one line where the title wraps to two, grows instead
  // (the layout grows such a box; the template check warns when a title runs out of its banner), so its height is
  // never a reason to cut "Q3 at a glance" down to "Q". fitTitle gives a size whose lines fit the box, or the floor,
  // where two lines need no more than two lines' height: the line count is the whole test.
  const fits = (runs: Inline[]) => fitTitle({ ...spec, runs: [...runs, cont] }).lines <= TITLE_LINES;
  if (fits(title)) return slide;
  const cut = longestFitting(title, fits);
  if (!cut) return slide;
  warnings.push({
    line: slide.src.line,
    message: `a title of ${runsText(title).length} characters does not fit the slide even at ${theme.sizes.minTitle} pt: its first ${cut.at} characters are the title, the rest opens the body`,
  });
  const para: Block = { kind: 'paragraph', runs: cut.rest, src: slide.src };
  return { ...slide, title: cut.kept, blocks: [para, ...slide.blocks] };
}

/** Lines a title, section or closing slide's title may take at the smallest title size (layout/index.ts fits it so). */
const BIG_TITLE_LINES = 3;

/**
 * The title of a title, section or closing slide that wraps to more than BIG_TITLE_LINES lines even at the smallest
 * title size: these slides have no body, so the rest goes to the speaker notes (first), with a warning.
 */
function cutBigTitle(slide: Slide, ctx: ReshapeContext, warnings: Reshaped['warnings']): Slide {
  const title = slide.title;
  if (!title?.length) return slide;
  const { theme, titleRegion } = ctx;
  // Room for a section number ("十二、") in front.
  const label: Inline = { text: '十二、' };
  const fits = (runs: Inline[]) =>
    fitTitle({ runs: [label, ...runs], faces: theme.fonts.title, mono: theme.fonts.mono, maxPt: theme.sizes.minTitle, minPt: theme.sizes.minTitle, maxLines: BIG_TITLE_LINES, box: titleRegion, lineSpacing: 1.15, bold: ctx.titleBold }).lines <= BIG_TITLE_LINES;
  if (fits(title)) return slide;
  const cut = longestFitting(title, fits);
  if (!cut) return slide;
  const text = runsText(title);
  warnings.push({
    line: slide.src.line,
    message: `a title of ${text.length} characters does not fit the slide even at ${theme.sizes.minTitle} pt: its first ${cut.at} characters are the title, the rest is in the speaker notes`,
  });
  return { ...slide, title: cut.kept, notes: [runsText(cut.rest), ...slide.notes] };
}

/** Words a cut title must not end on: it would stop mid-phrase ("…for Peace, Security, and"). */
const OPEN_ENDED = /(?:^|\s)(?:and|or|nor|but|of|on|at|in|to|for|from|by|with|the|a|an|as|into|onto|than|that|its|their|our|your|his|her)$/i;

/**
 * The longest beginning of `title` that `fits`, and the rest. It ends, near the longest fit (its last quarter), at
 * the strongest boundary there: a sentence mark, then a clause mark or a dash between spaces, then a space that does
 * not leave a function word at the end.
 */
function longestFitting(title: Inline[], fits: (runs: Inline[]) => boolean): { kept: Inline[]; rest: Inline[]; at: number } | undefined {
  const text = runsText(title);
  const head = (k: number) => cutRuns(title, [k, text.length - k])[0]!; // k ≥ 1: never empty
  let lo = 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(head(mid))) lo = mid;
    else hi = mid - 1;
  }
  let at = lo;
  const from = Math.floor(at * 0.75);
  const window = text.slice(from, at);
  const last = (re: RegExp, ok: (end: number) => boolean = () => true) => {
    const ends = [...window.matchAll(re)].map((m) => from + (m.index ?? 0) + m[0].length).filter(ok);
    return ends.length ? ends[ends.length - 1] : -1;
  };
  const mark =
    [last(/[。！？；.!?;](?=\s|$)|[。！？；]/g), last(/[，、：,:]|\s[–—-]\s?/g)].find((k) => k > from) ??
    last(/ /g, (end) => !OPEN_ENDED.test(text.slice(0, end).trimEnd()));
  if (mark > from) at = mark;
  const [kept, rest] = cutRuns(title, [at, text.length - at]);
  if (!kept?.length || !rest?.length) return undefined;
  return {
    // The mark that ended it is not part of a title ("…for Peace," → "…for Peace").
    kept: kept.map((r, i) => (i === kept.length - 1 ? { ...r, text: r.text.replace(/[\s，、,;；:：–—。-]+$/, '') } : r)),
    rest: rest.map((r, i) => (i === 0 ? { ...r, text: r.text.replace(/^\s+/, ''), breakBefore: undefined } : r)),
    at,
  };
}
