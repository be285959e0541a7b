// The lines under the title of a section or closing page: footnotes cited in the title (the parse stage puts a
// slide's notes after its blocks, as on any slide: src/parse/footnotes.ts) and the short lines of a closing page
// asked for (Marp's last `lead` slide: "# Thank you" then "Questions?"). These pages draw only their title (and a
// numeral): without this, the text would be lost. It goes in the page's body region under the title, small, as the
// cover's byline lines are set; text too long for that room goes to the speaker notes instead, with a warning,
// rather than out of its box.
import type { Box, Inline, LaidSlide, PlacedItem, Slide } from '../model.js';
import type { Theme } from '../theme/types.js';
import { fitTogether, textBoxOf } from './fit-box.js';
import { runsText, unlinked } from './units.js';

export interface PageNotesContext {
  theme: Theme;
  /** The page's body region (below its title region on section and closing pages). */
  bodyRegion: Box;
  color: string;
  align: 'l' | 'c';
}

/** Add the note paragraphs of `slide` to its laid-out page; returns a warning when they went to the speaker notes. */
export function placePageNotes(slide: Slide, page: LaidSlide, ctx: PageNotesContext): { line: number; message: string } | undefined {
  const notes = slide.blocks.filter((b) => b.kind === 'paragraph');
  if (!notes.length) return undefined;
  const { theme, bodyRegion: body } = ctx;
  // Below whatever the page already shows (a designed section's title may reach into the body region).
  const top = Math.max(body.y, ...page.items.map(bottomOf));
  const box = { x: body.x, y: top + 0.05, w: body.w, h: body.y + body.h - top - 0.05 };
  const sizeMax = Math.max(theme.sizes.minBody, theme.sizes.subtitle - 4);
  const paras = notes.map((b) => ({ runs: unlinked(b.runs), color: ctx.color, align: ctx.align, spaceBeforeEm: 0.2 }));
  const fit = fitTogether([{ paras, w: box.w, h: box.h }], sizeMax, theme.sizes.minBody, theme); // none when no room is left
  if (fit) {
    page.items.push(textBoxOf('caption', box, fit.boxes[0], { valign: 'bottom' }));
    return undefined;
  }
  page.notes = [...page.notes, ...notes.map((b) => runsText(b.runs))];
  return { line: notes[0].src.line, message: `the text under this ${slide.layout} title is too long for the page: it is in the speaker notes` };
}

function bottomOf(item: PlacedItem): number {
  return item.y + item.h;
}

const MARK = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

/** The note marks (¹, ²…) a section or closing title cites: the first run of each note paragraph on its page. */
export function citedMarks(slide: Slide): string[] {
  return slide.blocks.flatMap((b) => (b.kind === 'paragraph' && MARK.test(b.runs[0]?.text.trim() ?? '') ? [b.runs[0].text.trim()] : []));
}

/** A title without the marks it cites: the agenda and the timing table repeat the title, not its notes. */
export function withoutMarks(runs: Inline[], marks: string[]): Inline[] {
  const out = runs.map((r) => ({ ...r }));
  for (const mark of marks) {
    const i = out.map((r) => r.text.includes(mark)).lastIndexOf(true);
    if (i < 0) continue;
    const at = out[i].text.lastIndexOf(mark);
    out[i].text = out[i].text.slice(0, at) + out[i].text.slice(at + mark.length);
    if (!out[i].text) out.splice(i, 1); // the mark was a run of its own (after bold text)
  }
  return out;
}
