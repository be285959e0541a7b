// pandoc's other table syntaxes, as a markdown-it block rule: simple tables (a header over dash groups, columns
// found from the dashes), multiline tables (the same between full-width dash lines, rows apart by blank lines), both
// also without a header (between two dash-group lines), and grid tables (`+---+---+` rules, `+===+` under the
// header). Without this a simple table's dash line is a thematic break (a new slide) and its rows run together as one
// paragraph. Cells are read as inline Markdown later.
import type { MarkdownIt as Md } from 'markdown-it';
import type { Align } from '../model.js';
import type { BlockState } from './block-state.js';


export interface PandocTable {
  header: string[];
  rows: string[][];
  align: Align[];
}

const DASHES = /^ *-+( +-+)+ *$/;
const FULL_DASH = /^ *-{3,} *$/;
const GRID_RULE = /^\+([-=:]+\+)+\s*$/;

function raw(state: BlockState, line: number): string {
  return state.src.slice(state.bMarks[line], state.eMarks[line]);
}

/** [start, end) of each dash group in a separator line. */
function groups(sep: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sep.matchAll(/-+/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** Cells of a line cut at the columns' starts (the last column runs to the end of the line). */
function cut(line: string, cols: [number, number][]): string[] {
  return cols.map(([start], k) => line.slice(k === 0 ? 0 : start, cols[k + 1] ? cols[k + 1][0] : undefined).trim());
}

/** One cell per column from several lines (a multiline table's row or header): each column's pieces joined by a space. */
function joinLines(lines: readonly string[], cols: [number, number][]): string[] {
  const cells = lines.map((l) => cut(l, cols)); // each line cut once, not once per column
  return cols.map((_, k) => cells.map((c) => c[k]).filter(Boolean).join(' '));
}

/**
 * The rows of lines [from, to): multiline, rows apart by blank lines, each row's lines joined; otherwise a row per
 * line (a blank line then adds nothing).
 */
function readRows(state: BlockState, from: number, to: number, cols: [number, number][], multiline: boolean): string[][] {
  const rows: string[][] = [];
  let acc: string[] = [];
  const flush = () => {
    if (acc.length) rows.push(joinLines(acc, cols));
    acc = [];
  };
  for (let l = from; l < to; l++) {
    const line = raw(state, l);
    if (!multiline || line.trim() === '') flush();
    if (line.trim() !== '') acc.push(line);
  }
  flush();
  return rows;
}

function alignOf(header: string, [start, end]: [number, number]): Align {
  if (header.slice(start, end).trim() === '') return 'l';
  // Not blank under the dashes, so the line reaches `start`.
  const left = header[start] !== ' ';
  const right = header[end - 1] !== undefined && header[end - 1] !== ' ' && (header[end] === undefined || header[end] === ' ');
  return right && !left ? 'r' : !left && !right ? 'c' : 'l';
}

function emit(state: BlockState, table: PandocTable, start: number, end: number): void {
  const t = state.push('pandoc_table', 'table', 0);
  t.meta = table; // a block token already (state.push)
  t.map = [start, end];
  state.line = end;
}

function simpleTable(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4 || startLine + 1 >= endLine) return false;
  const first = raw(state, startLine);
  const sep = raw(state, startLine + 1);
  if (first.trim() === '' || !DASHES.test(sep)) return false;
  if (silent) return true;
  const cols = groups(sep);
  let end = startLine + 2;
  const rows: string[][] = [];
  while (end < endLine && raw(state, end).trim() !== '' && !DASHES.test(raw(state, end))) rows.push(cut(raw(state, end++), cols));
  if (end < endLine && DASHES.test(raw(state, end))) end++; // an optional closing dash line
  emit(state, { header: cut(first, cols), rows, align: cols.map((c) => alignOf(first, c)) }, startLine, end);
  return true;
}

/**
 * A full dash line, header lines, a dash-group line, rows apart by blank lines, a full dash line. Tried only where a
 * block starts (it has no `alt`, so it never ends a paragraph and has no silent mode), after indented code: a line
 * indented four spaces never reaches it.
 */
function multilineTable(state: BlockState, startLine: number, endLine: number): boolean {
  if (!FULL_DASH.test(raw(state, startLine))) return false;
  let sepLine = -1;
  for (let l = startLine + 1; l < endLine && raw(state, l).trim() !== ''; l++) {
    if (DASHES.test(raw(state, l))) {
      sepLine = l;
      break;
    }
  }
  if (sepLine < 0) return false;
  let close = -1;
  for (let l = sepLine + 1; l < endLine; l++) {
    if (FULL_DASH.test(raw(state, l))) {
      close = l;
      break;
    }
  }
  if (close < 0) return false;
  const cols = groups(raw(state, sepLine));
  const headerLines: string[] = [];
  for (let l = startLine + 1; l < sepLine; l++) headerLines.push(raw(state, l));
  const rows = readRows(state, sepLine + 1, close, cols, true);
  // headerLines is never empty: a dash-group line right under the first line is a simple table's (tried first).
  emit(state, { header: joinLines(headerLines, cols), rows, align: cols.map((c) => alignOf(headerLines[0], c)) }, startLine, close + 1);
  return true;
}

/**
 * pandoc's tables without a header: a dash-group line, the rows right under it, and a closing dash-group line (with
 * as many groups: pandoc asks only for a dash line, but the same count keeps a `- - -` rule followed by text from
 * swallowing everything down to the next one). No blank line among the rows: a simple table, a row per line; with
 * blank lines, a multiline table, rows apart by them. Alignments come from the first row, as pandoc takes them. Like
 * the multiline rule it has no `alt` (a dash-group line under text is that text's header underline), so no silent mode.
 */
function headerlessTable(state: BlockState, startLine: number, endLine: number): boolean {
  // (After indented code, like the multiline rule: a line indented four spaces never reaches it. At the block's last
  // line the search below finds no closing line.)
  const open = raw(state, startLine);
  if (!DASHES.test(open) || raw(state, startLine + 1).trim() === '') return false;
  const cols = groups(open);
  let close = -1;
  let blank = false;
  for (let l = startLine + 1; l < endLine; l++) {
    const line = raw(state, l);
    if (DASHES.test(line)) {
      if (groups(line).length === cols.length) close = l;
      break;
    }
    if (line.trim() === '') blank = true;
  }
  if (close < 0) return false;
  const rows = readRows(state, startLine + 1, close, cols, blank);
  const first = raw(state, startLine + 1);
  emit(state, { header: cols.map(() => ''), rows, align: cols.map((c) => alignOf(first, c)) }, startLine, close + 1);
  return true;
}

function gridTable(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const first = raw(state, startLine).trim();
  if (!GRID_RULE.test(first) || first.includes('=')) return false;
  let end = startLine + 1;
  while (end < endLine && /^\s*[+|]/.test(raw(state, end))) end++;
  if (end - startLine < 3 || !GRID_RULE.test(raw(state, end - 1).trim())) return false;
  if (silent) return true;
  // Column edges: the '+' positions of the first rule.
  const edges = [...first.matchAll(/\+/g)].map((m) => m.index!);
  const cellsOf = (line: string) => edges.slice(0, -1).map((e, k) => line.slice(e + 1, edges[k + 1]).replace(/^\s*\|?|\|?\s*$/g, '').trim());
  let header: string[] | null = null;
  const rows: string[][] = [];
  let acc: string[][] = [];
  const flush = () => {
    if (acc.length) rows.push(edges.slice(0, -1).map((_, k) => acc.map((c) => c[k]).filter(Boolean).join(' ')));
    acc = [];
  };
  for (let l = startLine + 1; l < end; l++) {
    const line = raw(state, l).trim();
    if (GRID_RULE.test(line)) {
      flush();
      if (line.includes('=') && !header && rows.length) header = rows.pop()!;
    } else acc.push(cellsOf(line));
  }
  flush();
  const align: Align[] = edges.slice(0, -1).map(() => 'l');
  emit(state, { header: header ?? edges.slice(0, -1).map(() => ''), rows, align }, startLine, end);
  return true;
}

export function pandocTablesPlugin(md: Md): void {
  md.block.ruler.before('hr', 'pandoc_headerless_table', headerlessTable as never);
  md.block.ruler.before('hr', 'pandoc_simple_table', simpleTable as never, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  // Not as a paragraph's end: a `---` after text is a setext heading or a slide break.
  md.block.ruler.before('hr', 'pandoc_multiline_table', multilineTable as never);
  // Not 'list': a grid rule (`+-`) never reads as a list item, so a list ends before it anyway.
  md.block.ruler.before('hr', 'pandoc_grid_table', gridTable as never, { alt: ['paragraph', 'reference', 'blockquote'] });
}
