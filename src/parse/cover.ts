// Cover slides written as content: Marp's `_class: lead`/`cover_*` first slide, Slidev's `layout: cover`, or a Marp
// deck's first slide that is only a heading and a line or two. Their authors meant a title page, so they get the
// title layout: the heading as the title, the short lines under it (subtitle, name, date) as the subtitle.
import type { Token } from 'markdown-it';
import type { Block, Inline, Slide } from '../model.js';
import type { Ignored } from './ignored.js';
import { inlineMarkdown } from './slides.js';

/** More lines than this, or longer ones, are a content slide after all (the title page has room for a few). */
const MAX_LINES = 6;
const MAX_LINE_CHARS = 90;

/** What a cover's lines are read from: each paragraph's Markdown as written, and the parse's env (link references). */
export interface WrittenParagraphs {
  /** The paragraph's Markdown (its inline token's source: its lines, without quote marks or the div around it), by first line. */
  byLine: ReadonlyMap<number, string>;
  env: Record<string, unknown>;
}

/** Every paragraph's Markdown as written, by its first line (1-based, as `lineOf` gives it). */
export function writtenParagraphs(tokens: readonly Token[], lineOf: (t: Token) => number, env: Record<string, unknown>): WrittenParagraphs {
  const byLine = new Map<number, string>();
  tokens.forEach((t, i) => {
    if (t.type === 'paragraph_open') byLine.set(lineOf(t), tokens[i + 1].content);
  });
  return { byLine, env };
}

/**
 * Make the cover slides title slides. A footnote cited on a cover keeps its mark in the line that cites it; its note
 * (`isNote`) is no subtitle line: it stays the slide's block, under the title page's lines as under any slide's content.
 */
export function coverSlides(slides: Slide[], opts: { marp: boolean; ignored?: Ignored; written: WrittenParagraphs; isNote?: (b: Block) => boolean }): void {
  const isNote = opts.isNote ?? (() => false);
  slides.forEach((s, i) => {
    if (s.layout !== 'content' || !s.title?.some((r) => r.text.trim())) return;
    const asked = s.layoutRequest?.name === 'title';
    // Unasked, only a Marp deck's first slide, and only a heading with a line or two under it.
    const lines = coverLines(s, asked ? MAX_LINES : 2, opts.written, isNote);
    if (!lines || (!asked && !(opts.marp && i === 0 && !s.layoutRequest))) return;
    for (const b of s.blocks) if (b.kind === 'image') opts.ignored?.note('image on a cover slide', b.src.line, 'left out: the title layout holds the title and the lines under it');
    s.layout = 'title';
    s.subtitle = lines.length ? lines.flatMap((line, k) => line.map((r, j) => (k > 0 && j === 0 ? { ...r, breakBefore: true } : r))) : undefined;
    s.blocks = s.blocks.filter(isNote);
    delete s.layoutRequest;
  });
}

/** The slide's text as lines, when it is only short paragraphs (and pictures); undefined otherwise. */
function coverLines(s: Slide, max: number, source: WrittenParagraphs, isNote: (b: Block) => boolean): Inline[][] | undefined {
  const lines: Inline[][] = [];
  for (const b of s.blocks) {
    if (b.kind === 'image' || isNote(b)) continue;
    if (b.kind !== 'paragraph' || b.runs.some((r) => r.math === 'display')) return undefined;
    // A cover's lines are lines as written (name, affiliation, date), though Markdown joins them into a paragraph.
    const written = b.runs.some((r) => r.breakBefore) ? undefined : sourceLines(source.byLine.get(b.src.line) ?? '');
    if (written) {
      lines.push(...written.map((l) => inlineMarkdown(l, source.env)));
      continue;
    }
    let line: Inline[] = [];
    for (const r of b.runs) {
      if (r.breakBefore) {
        lines.push(line);
        line = [];
      }
      line.push(r.breakBefore ? { ...r, breakBefore: undefined } : r);
    }
    lines.push(line); // (an empty one is dropped below, with the blank ones)
  }
  const shown = lines.map((l) => l.filter((r) => r.text !== '')).filter((l) => l.some((r) => r.text.trim()));
  if (shown.length > max || shown.some((l) => l.map((r) => r.text).join('').trim().length > MAX_LINE_CHARS)) return undefined;
  // Links keep their text: a title page is not clicked, and link blue is unreadable on a dark title background.
  return shown.map((l) => l.map(({ href: _href, ...r }) => r));
}

/** The Markdown lines of a paragraph, when it spans several and is not HTML. */
function sourceLines(markdown: string): string[] | undefined {
  const out = markdown.split('\n').map((l) => l.trim());
  return out.length > 1 && !out.some((l) => l.startsWith('<') && !/^<[^>\s]+@[^>\s]+>$|^<https?:/.test(l)) ? out : undefined;
}
