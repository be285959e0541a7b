// markdown-it block tokens → model blocks. Works on the flat token array with an index (markdown-it's own shape):
// each reader takes the index of an *_open token and returns the blocks it made and the index after its *_close.
import type { Token } from 'markdown-it';
import type { Align, Block, Inline, ListItem } from '../model.js';
import type { Diagnostics } from '../errors.js';
import { toRuns } from './inline.js';
import { readChart } from './chart.js';

export interface BlockContext {
  diag: Diagnostics;
  /** 1-based file line of token line 0 (markdown-it lines are already file lines: offset 1). */
  lineOf: (t: Token) => number;
  /** Lines where raw HTML was left out: reported once per deck, not once per tag (Marp decks are full of it). */
  htmlLines?: number[];
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
  const chart = readChart(tokens, i, ctx);
  if (chart) return chart;
  switch (t.type) {
    case 'paragraph_open': {
      const inline = tokens[i + 1];
      const { runs, images } = toRuns(inline.children);
      const blocks: Block[] = [];
      if (runs.length) blocks.push({ kind: 'paragraph', runs, src });
      for (const im of images) blocks.push({ kind: 'image', path: im.path, alt: im.alt, src });
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
      let j = i + 1;
      while (j < end) {
        if (tokens[j].type === 'list_item_open') {
          const itemEnd = closeIndex(tokens, j);
          items.push(readListItem(tokens, j, itemEnd, ctx));
          j = itemEnd + 1;
        } else j++;
      }
      const block: Block = { kind: 'list', ordered, items, src };
      // markdown-it gives the start as a number; 0 ("0. Introduction") is a start too, not "none".
      if (ordered) block.start = startAttr !== null && startAttr !== undefined ? Number(startAttr) : 1;
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
      return { blocks: [{ kind: 'code', lang: t.info.trim().split(/\s+/)[0] ?? '', text: t.content.replace(/\n$/, ''), src }], next: i + 1 };
    case 'html_block':
      if (!/^\s*<!--/.test(t.content)) (ctx.htmlLines ??= []).push(src.line);
      return { blocks: [], next: i + 1 };
    case 'hr':
      return { blocks: [], next: i + 1 };
    case 'math_block':
      return { blocks: [{ kind: 'paragraph', runs: [{ text: t.content, math: 'display' }], src }], next: i + 1 };
    default:
      if (t.type.startsWith('container_') && t.nesting === 1) {
        // Fenced divs (::: columns, ::: incremental …) are unwrapped: their content stays, the wrapper goes.
        const end = closeIndex(tokens, i);
        return { blocks: readBlocks(tokens, i + 1, end, ctx), next: end + 1 };
      }
      return { blocks: [], next: t.nesting === 1 ? closeIndex(tokens, i) + 1 : i + 1 };
  }
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
  const header: Inline[][] = [];
  const rows: Inline[][][] = [];
  const align: Align[] = [];
  let inHead = false;
  let row: Inline[][] | null = null;
  for (let j = i + 1; j < end; j++) {
    const t = tokens[j];
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      if (inHead) header.push(...row);
      else rows.push(row);
      row = null;
    } else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
      const style = String(t.attrGet('style') ?? '');
      if (inHead) align.push(style.includes('right') ? 'r' : style.includes('center') ? 'c' : 'l');
      row.push(toRuns(tokens[j + 1].children).runs);
    }
  }
  // Body rows may be ragged in hand-written tables: pad or cut them to the header's width.
  const cols = header.length;
  const even = rows.map((r) => (r.length >= cols ? r.slice(0, cols) : [...r, ...Array.from({ length: cols - r.length }, () => [])]));
  return { blocks: [{ kind: 'table', header, rows: even, align, src: { line: ctx.lineOf(tokens[i]) } }], next: end + 1 };
}
