// Footnotes (pandoc and markdown-it-footnote syntax): `text[^1]` with `[^1]: the note` anywhere in the file, and
// pandoc's inline `^[the note]`. A presenter's footnote is a source or an aside the audience may read, so it stays
// on the slide that cites it, as beamer sets it: the mark a superscript number (numbered through the deck, as
// pandoc numbers them), the note a last paragraph on that slide, `¹ the note`. pandoc's pptx writer instead
// collects all notes on one slide at the end, away from what they annotate. Raw `[^1]` is never shown.
import type { MarkdownIt as Md, Token } from 'markdown-it';
import type { Block, Inline, Slide } from '../model.js';
import { lineText, type BlockState } from './block-state.js';
import type { Ignored } from './ignored.js';

/** A footnote reference token's meta: a label (`[^x]`) or an inline note's own text (`^[…]`). */
export type FootnoteRef = { label: string } | { inline: string };

/** A definition's text as written (Markdown, continuation lines joined) and its line. */
export interface FootnoteDef {
  text: string;
  line: number;
}

/** Set while a deck is parsed (src/parse/index.ts): what inline.ts calls for each reference it meets. */
export const footnoteMarks: { mark?: (ref: FootnoteRef) => string | undefined } = {};

const DEF = /^\[\^([^\]\s]+)\]:[ \t]?/;

export function footnotesPlugin(md: Md): void {
  md.block.ruler.before('reference', 'footnote_def', footnoteDef as never, { alt: ['paragraph', 'reference'] });
  md.inline.ruler.after('image', 'footnote_ref', footnoteRef as never);
}

// A line indented by four spaces or more never reaches this rule: the code rule, which comes first, takes it, and
// a paragraph or a link definition continues over it without asking the rules that may interrupt them.
function footnoteDef(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  const first = lineText(state, startLine);
  const m = DEF.exec(first);
  if (!m) return false;
  if (silent) return true;
  const parts = [first.slice(m[0].length).trim()];
  // Continuation, as a paragraph's: the lines that follow (lazily) up to a blank line or a block that may interrupt a
  // paragraph (another definition, a list item, a heading, a fence…); and after a blank line the ones indented by four.
  const interrupters = state.md.block.ruler.getRules('paragraph');
  const parentType = state.parentType;
  state.parentType = 'paragraph';
  let line = startLine + 1;
  while (line < endLine) {
    const text = lineText(state, line);
    if (text === '') {
      const next = line + 1;
      if (next < endLine && lineText(state, next) !== '' && state.sCount[next] - state.blkIndent >= 4) {
        line = next;
        continue;
      }
      break;
    }
    // A lazy line of a quote (sCount -1) or one indented by four goes on without asking, as in markdown-it's paragraph.
    const lazy = state.sCount[line] < 0 || state.sCount[line] - state.blkIndent >= 4;
    if (!lazy && interrupters.some((rule) => rule(state, line, endLine, true))) break;
    parts.push(text.trim());
    line++;
  }
  state.parentType = parentType;
  const token = state.push('footnote_def', '', 0);
  token.meta = { label: m[1], text: parts.filter(Boolean).join(' ') };
  token.map = [startLine, line];
  token.block = true;
  state.line = line;
  return true;
}

interface InlineState {
  src: string;
  pos: number;
  posMax: number;
  push: (type: string, tag: string, nesting: number) => { meta: unknown; content: string };
}

function footnoteRef(state: InlineState, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.startsWith('[^', pos)) {
    // Asked silently, markdown-it is looking for the end of a link's text, and refuses the link if a token there
    // starts with `[` (a link in a link): left as text then, `[^x]` may be in a link's text, as pandoc allows.
    if (silent) return false;
    const m = /^\[\^([^\]\s]+)\]/.exec(src.slice(pos, state.posMax));
    // `[^x]:` at a line's start is a definition the block rule did not take (inside a paragraph): still a reference.
    if (!m) return false;
    state.push('footnote_ref', '', 0).meta = { label: m[1] } satisfies FootnoteRef;
    state.pos += m[0].length;
    return true;
  }
  if (src.startsWith('^[', pos)) {
    // pandoc's inline note: `^[text with [brackets] inside]`.
    let depth = 0;
    for (let k = pos + 1; k < state.posMax; k++) {
      if (src[k] === '\\') k++;
      else if (src[k] === '[') depth++;
      else if (src[k] === ']' && --depth === 0) {
        if (!silent) state.push('footnote_ref', '', 0).meta = { inline: src.slice(pos + 2, k) } satisfies FootnoteRef;
        state.pos = k + 1;
        return true;
      }
    }
  }
  return false;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const superscriptNumber = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

/**
 * One deck's footnotes: numbers given in the order the references come (a label cited twice keeps its number),
 * and the notes each slide cites, put under its content when the walk is done.
 */
export class Footnotes {
  private numbers = new Map<string, number>();
  private notes: { n: number; text: string; line: number; inline?: true }[] = [];
  /** Numbers cited since the walker last took them (it gives them to the slide the text went to). */
  private cited: number[] = [];
  private used = new Set<string>();
  /** The note paragraphs put on slides (a cover keeps them as its blocks, not as subtitle lines: cover.ts). */
  private placed = new Set<Block>();

  constructor(private defs: ReadonlyMap<string, FootnoteDef>, private ignored: Ignored | undefined, private line: () => number) {}

  /** The superscript mark for a reference (remembering that it was cited), or undefined: left out. */
  mark(ref: FootnoteRef): string | undefined {
    let n: number;
    if ('inline' in ref) {
      n = this.notes.length + 1;
      this.notes.push({ n, text: ref.inline, line: this.line(), inline: true });
    } else {
      const def = this.defs.get(ref.label);
      if (!def) {
        this.ignored?.note('footnote reference without a definition', this.line(), 'left out', `[^${ref.label}]`);
        return undefined;
      }
      this.used.add(ref.label);
      const known = this.numbers.get(ref.label);
      if (known !== undefined) n = known;
      else {
        n = this.notes.length + 1;
        this.numbers.set(ref.label, n);
        this.notes.push({ n, text: def.text, line: def.line });
      }
    }
    this.cited.push(n);
    return superscriptNumber(n);
  }

  /** The mark a reference was given, for text read again (a cover's lines): nothing cited anew. */
  markOf(ref: FootnoteRef): string | undefined {
    const n = 'inline' in ref ? this.notes.find((note) => note.inline && note.text === ref.inline)?.n : this.numbers.get(ref.label);
    return n === undefined ? undefined : superscriptNumber(n);
  }

  /** Whether a block is a note paragraph this deck's footnotes put on a slide. */
  isNote(block: Block): boolean {
    return this.placed.has(block);
  }

  /** Give the numbers cited since the last call to `slide` (the walker knows which slide the text went to). */
  take(slide: Slide | undefined, into: Map<Slide, number[]>): void {
    if (!this.cited.length || !slide) return;
    const list = into.get(slide) ?? [];
    for (const n of this.cited.splice(0)) if (!list.includes(n)) list.push(n);
    into.set(slide, list);
  }

  /**
   * Each slide's notes as its last paragraphs; definitions never cited are reported. A note that cites another
   * (`[^a]: see [^b]`) brings that one to the same slide, after the notes cited there.
   */
  place(cited: ReadonlyMap<Slide, number[]>, runsOf: (markdown: string) => Inline[]): void {
    for (const [slide, numbers] of cited) {
      const list = [...numbers];
      for (const n of list) {
        const note = this.notes[n - 1];
        const runs = runsOf(note.text);
        // (the walker gave every number cited before to a slide: what is cited now, the note's text cited)
        for (const m of this.cited.splice(0)) if (!list.includes(m)) list.push(m);
        const block: Block = { kind: 'paragraph', runs: [{ text: `${superscriptNumber(n)} ` }, ...runs], src: { line: note.line } };
        slide.blocks.push(block);
        this.placed.add(block);
      }
    }
    for (const [label, def] of this.defs) if (!this.used.has(label)) this.ignored?.note('footnote never referenced', def.line, 'left out', `[^${label}]`);
  }
}

/** Every `[^x]: …` definition in the token stream (nested ones too: the stream is flat). */
export function footnoteDefs(tokens: readonly Token[], lineOf: (t: Token) => number): Map<string, FootnoteDef> {
  const out = new Map<string, FootnoteDef>();
  for (const t of tokens) {
    if (t.type !== 'footnote_def') continue;
    const meta = t.meta as { label: string; text: string };
    if (!out.has(meta.label)) out.set(meta.label, { text: meta.text, line: lineOf(t) });
  }
  return out;
}
