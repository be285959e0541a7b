// Table geometry: column widths from content, row heights from wrapped cell text (pptxgenjs' own autoPage
// estimate counts UTF-16 units and splits only on spaces — useless for Chinese, pitfalls A7).
import type { Block, Inline } from '../model.js';
import type { Theme } from '../theme/types.js';
import { measureWidthPt } from './measure.js';
import { wrapRuns } from './wrap.js';
import { CELL_MARGIN_X, CELL_MARGIN_Y, linePitch } from './style.js';
import { HuibaoError } from '../errors.js';
import { MAX_TABLE_COLUMNS } from '../limits.js';

export interface TableLayout {
  sizePt: number;
  lineSpacingPt: number;
  /** Column widths in points, summing to the table width. */
  colW: number[];
  headerH: number;
  rowH: number[];
}

type TableBlock = Extract<Block, { kind: 'table' }>;

const text = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');

/**
 * Does the table have a header row to draw? Not when every header cell is empty (a headerless pandoc table, a grid
 * table without `+===+`, a pipe table with blank header cells) and there are rows: an empty band in the header's
 * colour would head it. A table with no rows keeps its (empty) header: it is all there is to draw.
 */
export function hasHeader(t: TableBlock): boolean {
  return t.rows.length === 0 || t.header.some((cell) => cell.some((r) => r.math !== undefined || r.text.trim() !== ''));
}

export function layoutTable(t: TableBlock, sizePt: number, widthPt: number, theme: Theme): TableLayout {
  const cols = Math.max(1, t.header.length);
  const faces = theme.fonts.body;
  const pad = 2 * CELL_MARGIN_X + 2;
  // Natural width: the widest cell in each column on one line; the minimum: two characters. (A column's longest
  // word needs no minimum of its own here: the water level never drops below width / columns, and a table whose
  // words do not fit at that is split by columns first — splitWideTable.)
  const natural = new Array<number>(cols).fill(pad + sizePt);
  const minimum = new Array<number>(cols).fill(pad + sizePt * 2);
  for (const row of [t.header, ...t.rows]) {
    row.forEach((cell, c) => {
      if (c < cols) natural[c] = Math.max(natural[c], measureWidthPt(text(cell), { faces, sizePt, bold: row === t.header }) + pad);
    });
  }
  const colW = distribute(natural, minimum, widthPt);
  const pitch = linePitch(theme, sizePt);
  const rowHeight = (row: Inline[][], bold: boolean) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (c >= cols) return;
      const n = wrapRuns(bold ? cell.map((r) => ({ ...r, bold: true })) : cell, {
        style: { faces, sizePt },
        mono: theme.fonts.mono,
        maxWidthPt: colW[c] - pad,
      }).lines.length;
      lines = Math.max(lines, n);
    });
    // Cell margins top and bottom, plus a point for the borders.
    return lines * pitch + 2 * CELL_MARGIN_Y + 2;
  };
  return {
    sizePt,
    lineSpacingPt: pitch,
    colW,
    headerH: hasHeader(t) ? rowHeight(t.header, true) : 0,
    rowH: t.rows.map((r) => rowHeight(r, false)),
  };
}

/** Share the width: everyone gets their natural width if it all fits; otherwise wide columns give way first. */
function distribute(natural: number[], minimum: number[], width: number): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) {
    // Spread the spare width in proportion, so the table spans the body like the title does.
    return natural.map((n) => (n / total) * width);
  }
  // Water-filling: cap columns at a common limit L so that Σ min(natural, max(L, minimum)) = width.
  let lo = 0;
  let hi = Math.max(...natural);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const sum = natural.reduce((a, n, c) => a + Math.min(n, Math.max(mid, minimum[c])), 0);
    if (sum > width) hi = mid;
    else lo = mid;
  }
  const w = natural.map((n, c) => Math.min(n, Math.max(lo, minimum[c])));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / sum) * width);
}

/**
 * The narrowest each column can be at `sizePt` and still be read: its widest cell on one line but no more than four
 * characters, and at least its longest unbreakable (non-CJK) word. A table whose columns need more than the body is wide is
 * split by columns (splitWideTable), instead of being squeezed into slivers that overflow the slide.
 */
export function columnFloors(t: TableBlock, sizePt: number, theme: Theme): number[] {
  const cols = Math.max(1, t.header.length);
  const faces = theme.fonts.body;
  const pad = 2 * CELL_MARGIN_X + 2;
  // Four characters, or less when no cell is that wide; then at least the longest unbreakable word.
  const natural = new Array<number>(cols).fill(pad + sizePt);
  const word = new Array<number>(cols).fill(0);
  for (const row of [t.header, ...t.rows]) {
    row.forEach((cell, c) => {
      if (c >= cols) return;
      const bold = row === t.header;
      const s = text(cell);
      natural[c] = Math.max(natural[c], measureWidthPt(s, { faces, sizePt, bold }) + pad);
      for (const w of s.split(/\s+/)) {
        if (w.length > 4 && !/[\u3000-\u9fff]/.test(w)) word[c] = Math.max(word[c], measureWidthPt(w, { faces, sizePt, bold }) + pad);
      }
    });
  }
  return natural.map((n, c) => Math.max(Math.min(n, pad + sizePt * 4), word[c]));
}

/**
 * A table too wide for the body at the theme's smallest size, as several tables of consecutive columns, each
 * repeating the first column (the row labels), in order: read one after the other on the slide and its
 * continuation slides. A table that fits is returned as it is. More than MAX_TABLE_COLUMNS columns is refused
 * (100 000 columns made one slide's XML 340 MB).
 */
export function splitWideTable(t: TableBlock, floorPt: number, widthPt: number, theme: Theme, file?: string): TableBlock[] {
  const cols = t.header.length;
  if (cols > MAX_TABLE_COLUMNS) {
    throw new HuibaoError(`a table of ${cols} columns; the limit is ${MAX_TABLE_COLUMNS} (split it into several tables, or transpose it)`, { file, line: t.src.line });
  }
  if (cols < 3) return [t];
  const floors = columnFloors(t, floorPt, theme);
  if (floors.reduce((a, b) => a + b, 0) <= widthPt) return [t];
  const groups: number[][] = [];
  let group: number[] = [];
  let used = floors[0];
  for (let c = 1; c < cols; c++) {
    if (group.length && used + floors[c] > widthPt) {
      groups.push(group);
      group = [];
      used = floors[0];
    }
    group.push(c);
    used += floors[c];
  }
  groups.push(group);
  const pick = <T>(row: readonly T[], g: number[], empty: T): T[] => [0, ...g].map((c) => row[c] ?? empty);
  return groups.map((g) => ({ ...t, header: pick(t.header, g, []), rows: t.rows.map((r) => pick(r, g, [])), align: pick(t.align, g, t.align[0]) }));
}
