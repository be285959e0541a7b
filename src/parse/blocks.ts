// markdown-it block tokens → model blocks. Works on the flat token array with an index (markdown-it's own shape):
// each reader takes the index of an *_open token and returns the blocks it made and the index after its *_close.
import type { Token } from 'markdown-it';
import type { Align, Block, Column, Inline, ListItem } from '../model.js';
import { parseAttributes, type Attributes } from './attributes.js';
import { htmlBlocks, readHtmlBlock } from './html.js';
import { markdown } from './markdown.js';
import type { PandocTable } from './tables.js';
import type { Diagnostics } from '../errors.js';
import { plainText, toRuns } from './inline.js';
import { readChart } from './chart.js';
import type { Ignored } from './ignored.js';
import type { Footnotes } from './footnotes.js';

export interface BlockContext {
  diag: Diagnostics;
  /** 1-based file line of token line 0 (markdown-it lines are already file lines: offset 1). */
  lineOf: (t: Token) => number;
  /** Marp `![bg …](…)` images met, for the slide walker to place (slides.ts). */
  backgrounds?: { path: string; side: 'left' | 'right' | 'full'; fit: 'cover' | 'contain' | 'fill'; line: number }[];
  /** The line of the block being read (for what inline readers report). */
  currentLine?: number;
  /** The deck's footnotes: the walker hands the numbers cited to the slide they were cited on. */
  footnotes?: Footnotes;
  /** Constructs left out, reported once per kind (src/parse/ignored.ts). */
  ignored?: Ignored;
  /** markdown-it's env of the parse: the deck's link reference definitions, for Markdown read again later (footnotes). */
  env?: Record<string, unknown>;
  /** Speaker notes met inside a block (`::: notes` in a list item or a quote), for the slide walker to place. */
  notes?: string[];
}

/** Index of the token that closes the one at `i` (same level, nesting -1). */
export function closeIndex(tokens: readonly Token[], i: number): number {
  const open = tokens[i];
  if (open.nesting !== 1) return i;
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    depth += tokens[j].nesting;
    if (depth === 0) return j;
  }
  return tokens.length - 1;
}

/** Read one block starting at token i. */
export function readBlock(tokens: readonly Token[], i: number, ctx: BlockContext): { blocks: Block[]; next: number } {
  const t = tokens[i];
  const src = { line: ctx.lineOf(t) };
  ctx.currentLine = src.line;
  const chart = readChart(tokens, i, ctx);
  if (chart) return chart;
  switch (t.type) {
    case 'paragraph_open': {
      const inline = tokens[i + 1];
      // pandoc's pause: incremental reveals do not exist in a static deck.
      if (/^\.\s\.\s\.$/.test(inline.content.trim())) {
        ctx.ignored?.note('pause ". . ."', src.line, 'dropped: a static deck shows every step at once');
        return { blocks: [], next: closeIndex(tokens, i) + 1 };
      }
      if (CITATION.test(inline.content)) ctx.ignored?.note('citation [@…]', src.line, 'kept as written: huibao has no bibliography');
      const { runs, images } = toRuns(inline.children);
      // pandoc's table caption, `: text` or `Table: text` right before or after a table: the text, without its mark.
      if (besideTable(tokens, i) && runs[0] && !runs[0].code) runs[0] = { ...runs[0], text: runs[0].text.replace(/^(?:Table)?:\s+/, '') };
      const blocks: Block[] = [];
      if (runs.length) blocks.push({ kind: 'paragraph', runs, src });
      for (const im of images) {
        // Marp image keywords in the alt text: `bg` (background; `left`/`right` split the slide), `w:300px` sizes.
        const marp = marpImage(im.alt);
        if (marp.bg) (ctx.backgrounds ??= []).push({ path: im.path, side: marp.bg, fit: marp.fit ?? 'cover', line: src.line });
        else blocks.push({ kind: 'image', path: im.path, alt: marp.alt, src });
      }
      return { blocks, next: closeIndex(tokens, i) + 1 };
    }
    case 'heading_open': {
      // A heading below the slide level is a bold line inside the slide.
      const { runs } = toRuns(tokens[i + 1].children);
      return { blocks: runs.length ? [{ kind: 'paragraph', runs: runs.map((r) => ({ ...r, bold: true })), src }] : [], next: closeIndex(tokens, i) + 1 };
    }
    case 'bullet_list_open':
    case 'ordered_list_open': {
      const end = closeIndex(tokens, i);
      const ordered = t.type === 'ordered_list_open';
      const startAttr = t.attrGet('start');
      const items: ListItem[] = [];
      // A list's tokens are its items, one after another.
      for (let j = i + 1; j < end; ) {
        const itemEnd = closeIndex(tokens, j);
        items.push(readListItem(tokens, j, itemEnd, ctx));
        j = itemEnd + 1;
      }
      const block: Block = { kind: 'list', ordered, items, src };
      // markdown-it gives the start as a number (null without one); 0 ("0. Introduction") is a start too, not "none".
      if (ordered) block.start = startAttr !== null ? Number(startAttr) : 1;
      return { blocks: [block], next: end + 1 };
    }
    case 'blockquote_open': {
      const end = closeIndex(tokens, i);
      return { blocks: [{ kind: 'quote', blocks: readBlocks(tokens, i + 1, end, ctx), src }], next: end + 1 };
    }
    case 'table_open':
      return readTable(tokens, i, ctx);
    case 'fence':
    case 'code_block':
      // pandoc raw block (```{=openxml}, ```{=html}): content for another format, left out. (An indented code block has no info.)
      if (/^\{=[\w-]+\}$/.test(t.info.trim())) {
        ctx.ignored?.note(`raw ${t.info.trim()} block`, src.line, 'left out (content for another output format)');
        return { blocks: [], next: i + 1 };
      }
      return { blocks: [{ kind: 'code', lang: t.info.trim().split(/\s+/)[0], text: t.content.replace(/\n$/, ''), src }], next: i + 1 };
    case 'html_block': {
      // (A comment is left out by readHtmlBlock; one at a slide's top level never gets here: the walk reads it for notes.)
      const html = readHtmlBlock(t.content);
      for (const tag of html.dropped) ctx.ignored?.note(`HTML <${tag}>`, src.line, 'left out (its text is kept)');
      for (const tag of html.droppedWhole) ctx.ignored?.note(`HTML <${tag}>`, src.line, 'left out with its content (nothing of it can be shown on a slide)');
      return { blocks: htmlBlocks(html, src.line, inlineRuns), next: i + 1 };
    }
    case 'pandoc_table': {
      const table = t.meta as unknown as PandocTable;
      // (tables.ts cuts every row to the header's columns)
      return { blocks: [{ kind: 'table', header: table.header.map(inlineRuns), rows: table.rows.map((r) => r.map(inlineRuns)), align: table.align, src }], next: i + 1 };
    }
    case 'math_block':
      return { blocks: [{ kind: 'paragraph', runs: [{ text: t.content, math: 'display' }], src }], next: i + 1 };
    default: {
      // Fenced divs (`container_*`) and anything else: a token that opens nothing (an inline, a close, a rule) is its own
      // close, so it reads as nothing.
      const end = closeIndex(tokens, i);
      // A notes div inside a list item or a quote is speaker notes too (pandoc writes it as reveal.js' <aside class="notes">, read wherever it sits).
      if (t.type === 'container_notes_open') {
        ctx.notes?.push(...notesFrom(tokens, i + 1, end));
        return { blocks: [], next: end + 1 };
      }
      if (hasClass(t.info, 'columns')) return { blocks: pictureBeside(readColumns(tokens, i, end, ctx)), next: end + 1 };
      // Other fenced divs (::: incremental, ::: {style=…} …) are unwrapped: their content stays, the wrapper goes.
      return { blocks: readBlocks(tokens, i + 1, end, ctx), next: end + 1 };
    }
  }
}

/** Inline Markdown (an HTML block's line, a pandoc table's cell) → runs. parseInline runs no block rule: any instance will do. */
function inlineRuns(md: string): Inline[] {
  return toRuns(markdown().parseInline(md, {})[0].children).runs;
}

/** Whether the paragraph opening at `i` sits right after or right before a table. */
function besideTable(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.type;
  const after = tokens[closeIndex(tokens, i) + 1]?.type;
  return before === 'table_close' || before === 'pandoc_table' || after === 'table_open' || after === 'pandoc_table';
}

/** Read all blocks in tokens[from, to). */
export function readBlocks(tokens: readonly Token[], from: number, to: number, ctx: BlockContext): Block[] {
  const out: Block[] = [];
  let i = from;
  while (i < to) {
    const { blocks, next } = readBlock(tokens, i, ctx);
    out.push(...blocks);
    i = Math.max(next, i + 1);
  }
  return out;
}

function readListItem(tokens: readonly Token[], open: number, close: number, ctx: BlockContext): ListItem {
  const blocks = readBlocks(tokens, open + 1, close, ctx);
  const src = { line: ctx.lineOf(tokens[open]) };
  // The item's first paragraph is its text; everything after it (more paragraphs, nested lists) are children.
  if (blocks[0]?.kind === 'paragraph') {
    const [first, ...rest] = blocks;
    return { runs: (first as { runs: Inline[] }).runs, children: rest, src };
  }
  return { runs: [], children: blocks, src };
}

function readTable(tokens: readonly Token[], i: number, ctx: BlockContext): { blocks: Block[]; next: number } {
  const end = closeIndex(tokens, i);
  // markdown-it's table: one header row of th cells (their alignment in `style`), then body rows of td cells.
  const trs: Inline[][][] = [];
  const align: Align[] = [];
  for (let j = i + 1; j < end; j++) {
    const t = tokens[j];
    if (t.type === 'tr_open') trs.push([]);
    else if (t.type === 'th_open' || t.type === 'td_open') {
      trs[trs.length - 1].push(toRuns(tokens[j + 1].children).runs);
      const style = String(t.attrGet('style')); // (no style: 'null', left-aligned)
      if (t.type === 'th_open') align.push(style.includes('right') ? 'r' : style.includes('center') ? 'c' : 'l');
    }
  }
  // (Ragged rows need nothing here: markdown-it gives every body row the header's width, as GFM says — missing cells
  // empty, extra ones dropped.)
  const [header, ...rows] = trs;
  return { blocks: [{ kind: 'table', header, rows, align, src: { line: ctx.lineOf(tokens[i]) } }], next: end + 1 };
}

// A pandoc citation: `[@key]`, `[-@key]`, `[see @a, p. 3; @b]` — an @ and a key character, anything after it.
const CITATION = /\[(?:[^\]]*;\s*)?-?@[\w:.#$%&+?<>~/-][^\]]*\]/;

/** A fenced div's info (divs.ts trims it): a bare name (`::: columns`) or attributes (`:::: {.columns style=…}`). */
function divAttributes(info: string): Attributes {
  const m = /^\{(.*)\}$/.exec(info);
  return m ? parseAttributes(m[1]) : { classes: [info], values: new Map() };
}

/** `::: columns`, `::: {.columns}`, `:::: {.columns style=…}`: the div's classes include the name. */
function hasClass(info: string, name: string): boolean {
  return divAttributes(info).classes.includes(name);
}

/**
 * Two columns, one of them only a picture and the other text: pandoc's "Two Content" slide, which is our image-text
 * layout — the picture and the text in the order written (the picture first = on the left), not a columns block.
 */
function pictureBeside(block: Block): Block[] {
  if (block.kind !== 'columns' || block.columns.length !== 2) return [block];
  const lone = (c: Column) => c.blocks.length === 1 && c.blocks[0].kind === 'image';
  const text = (c: Column) => c.blocks.length > 0 && c.blocks.every((b) => b.kind === 'paragraph' || b.kind === 'list');
  const [a, b] = block.columns;
  if ((lone(a) && text(b)) || (text(a) && lone(b))) return [...a.blocks, ...b.blocks];
  return [block];
}

/** pandoc `:::: columns` holding `::: {.column width="40%"}` divs → one columns block (with relative widths). */
function readColumns(tokens: readonly Token[], open: number, close: number, ctx: BlockContext): Block {
  const columns: Column[] = [];
  let j = open + 1;
  while (j < close) {
    const t = tokens[j];
    if (t.type.startsWith('container_') && hasClass(t.info, 'column')) { // (a div's close token has no info)
      const end = closeIndex(tokens, j);
      const col: Column = { blocks: readBlocks(tokens, j + 1, end, ctx) };
      const width = parseFloat(divAttributes(t.info).values.get('width') ?? '');
      if (Number.isFinite(width) && width > 0) col.width = width;
      columns.push(col);
      j = end + 1;
    } else {
      // Content between the column divs: pandoc keeps it with the column before it.
      const { blocks, next } = readBlock(tokens, j, ctx);
      if (blocks.length) {
        if (!columns.length) columns.push({ blocks: [] });
        columns[columns.length - 1].blocks.push(...blocks);
      }
      j = Math.max(next, j + 1);
    }
  }
  return { kind: 'columns', columns, src: { line: ctx.lineOf(tokens[open]) } };
}

const MARP_SIZE = /^(?:w|h|width|height):\S+$/;
const MARP_FILTER = /^(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\S*)?$/;
const MARP_BG = /^(?:bg|left|right|fit|cover|contain|auto|vertical|\d+%|left:\S+|right:\S+)$/;

/**
 * Marp's image syntax: the alt text less its keywords, where a `bg` image goes and how it fills the slide (Marp's
 * default `cover`; `contain`/`fit` the whole picture; `auto` and `N%` — its own size — as near as we get: whole).
 */
export function marpImage(alt: string): { alt: string; bg?: 'left' | 'right' | 'full'; fit?: 'cover' | 'contain' | 'fill' } {
  const words = alt.split(/\s+/).filter(Boolean);
  const bg = words.includes('bg');
  // `#c`, `#center` (Awesome-Marp's alignment marks) are styling too.
  const kept = words.filter((w) => !MARP_SIZE.test(w) && !MARP_FILTER.test(w) && !/^#[\w-]+$/.test(w) && !(bg && MARP_BG.test(w)));
  const side = words.some((w) => /^left(:|$)/.test(w)) ? 'left' : words.some((w) => /^right(:|$)/.test(w)) ? 'right' : 'full';
  const fit = words.some((w) => /^(?:contain|fit|auto|\d+%)$/.test(w)) ? 'contain' : 'cover';
  const text = kept.join(' ');
  return bg ? { alt: text, bg: side, fit } : { alt: text };
}

/** Notes keep one string per paragraph / list item / code block, as plain text. */
export function notesFrom(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') depth++;
    if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') depth--;
    if (t.type === 'inline') {
      const text = plainText(t.children).trim();
      if (text) out.push(depth > 0 ? '• ' + text : text);
    } else if (t.type === 'fence' || t.type === 'code_block') out.push(t.content.replace(/\n$/, ''));
  }
  return out;
}
