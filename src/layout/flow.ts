// Measuring units at a body scale and packing them onto pages: the core of shrink-then-split.
import type { ImageAsset, Inline } from '../model.js';
import type { Theme } from '../theme/types.js';
import { wrapRuns, splitSentences } from './wrap.js';
import type { Unit, ParaSpec, FlowKind } from './units.js';
import { BOX_SLACK_PT, bodyScale, indentFor, insetFor, linePitch, sizeFor, spaceBefore, type BodyScale } from './style.js';
import { layoutTable, type TableLayout } from './table.js';
import { wrapWithFormulas } from './math.js';

export const GAP_PT_MIN = 6;
/** An image never gets less than this on a page (inches), so it stays recognisable. */
export const IMAGE_MIN_IN = 1.4;

export interface FlowContext {
  theme: Theme;
  /** Body area in points. */
  widthPt: number;
  heightPt: number;
  gapPt: number;
}

export function bulletHangEm(para: ParaSpec): number {
  if (para.bullet?.kind === 'number') return Math.max(1.2, 0.6 * String(para.bullet.n).length + 0.7);
  return 1.2;
}

export function paraIndent(para: ParaSpec, sizePt: number): { marginLeftPt: number; indentPt: number } {
  const base = indentFor(para.level, sizePt);
  if (para.level > 0) {
    const hang = Math.round(sizePt * bulletHangEm(para));
    return { marginLeftPt: base.marginLeftPt - Math.round(sizePt * 1.2) + hang, indentPt: para.continued ? 0 : -hang };
  }
  return base;
}

/**
 * Wrapped lines, per theme, paragraph, kind, size and box width. Shrink-then-split asks for the same paragraph at
 * the same size again and again (every candidate size, stackHeight, paginate, splitOversized, placeBody, and the
 * whole fit once more when a continuation title needs more room): wrap each combination once. A ParaSpec is made
 * for one layout call and never changed, so its identity is a safe key; the cache goes with it.
 */
const linesCache = new WeakMap<Theme, WeakMap<ParaSpec, Map<string, string[]>>>();

/** Wrapped lines of one paragraph in a box of the given width (callers must not change the array). */
export function paraLines(kind: FlowKind, para: ParaSpec, sizePt: number, boxWidthPt: number, theme: Theme): string[] {
  let byPara = linesCache.get(theme);
  if (!byPara) linesCache.set(theme, (byPara = new WeakMap()));
  let byKey = byPara.get(para);
  if (!byKey) byPara.set(para, (byKey = new Map()));
  const key = `${kind} ${sizePt} ${boxWidthPt}`;
  let lines = byKey.get(key);
  if (!lines) {
    lines = wrapParagraph(kind, para, sizePt, boxWidthPt, theme);
    byKey.set(key, lines);
  }
  return lines;
}

function wrapParagraph(kind: FlowKind, para: ParaSpec, sizePt: number, boxWidthPt: number, theme: Theme): string[] {
  const inset = insetFor(kind);
  const { marginLeftPt } = paraIndent(para, sizePt);
  const mono = kind === 'code' || !!para.mono;
  const maxWidthPt = Math.max(sizePt * 2, boxWidthPt - inset[0] - inset[2] - marginLeftPt);
  const opts = { style: { faces: mono ? theme.fonts.mono : theme.fonts.body, sizePt }, mono: theme.fonts.mono, maxWidthPt };
  return wrapWithFormulas(para.runs, opts, linePitch(theme, sizePt, mono), wrapRuns); // formulas: src/layout/math.ts
}

/** Height in points a unit adds to its box (first = first unit of its box). */
export function unitHeight(u: Unit, scale: BodyScale, ctx: FlowContext, first: boolean, tables: Map<unknown, TableLayout>): number {
  if (u.kind === 'image') return (u.minIn ?? IMAGE_MIN_IN) * 72;
  if (u.kind === 'table') {
    const t = tableFor(u, scale, ctx, tables);
    return u.row < 0 ? 0 : t.rowH[u.row];
  }
  const size = sizeFor(u.kind, u.para, scale);
  const mono = u.kind === 'code';
  const lines = paraLines(u.kind, u.para, size, ctx.widthPt, ctx.theme).length;
  return lines * linePitch(ctx.theme, size, mono) + (first || mono ? 0 : spaceBefore(ctx.theme, size, u.para.level));
}

/** What opening a new box costs: insets and slack for text, the header row for a table. */
export function boxOverhead(u: Unit, scale: BodyScale, ctx: FlowContext, tables: Map<unknown, TableLayout>): number {
  if (u.kind === 'image') return 0;
  if (u.kind === 'table') return tableFor(u, scale, ctx, tables).headerH;
  const inset = insetFor(u.kind);
  return inset[1] + inset[3] + BOX_SLACK_PT;
}

export function tableFor(u: Extract<Unit, { kind: 'table' }>, scale: BodyScale, ctx: FlowContext, cache: Map<unknown, TableLayout>): TableLayout {
  let t = cache.get(u.table);
  if (!t || t.sizePt !== scale.table) {
    t = layoutTable(u.table, scale.table, ctx.widthPt, ctx.theme);
    cache.set(u.table, t);
  }
  return t;
}

/** Pack units onto pages greedily; returns the pages (never empty ones). */
export function paginate(units: readonly Unit[], scale: BodyScale, ctx: FlowContext, tables: Map<unknown, TableLayout>): Unit[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  let used = 0;
  let group = -1;
  for (const u of units) {
    // The first unit always opens a box: groups count from 1 (toUnits).
    const opensBox = u.group !== group;
    const add = (opensBox ? (page.length ? ctx.gapPt : 0) + boxOverhead(u, scale, ctx, tables) : 0) + unitHeight(u, scale, ctx, opensBox, tables);
    if (page.length > 0 && used + add > ctx.heightPt) {
      pages.push(page);
      page = [];
      used = boxOverhead(u, scale, ctx, tables) + unitHeight(u, scale, ctx, true, tables);
      group = u.group;
      page.push(u);
      continue;
    }
    page.push(u);
    used += add;
    group = u.group;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** Total height of units stacked on one page. */
export function stackHeight(units: readonly Unit[], scale: BodyScale, ctx: FlowContext, tables: Map<unknown, TableLayout>): number {
  let used = 0;
  let group = -1;
  units.forEach((u, i) => {
    const opensBox = u.group !== group;
    if (opensBox) used += (i ? ctx.gapPt : 0) + boxOverhead(u, scale, ctx, tables);
    used += unitHeight(u, scale, ctx, opensBox, tables);
    group = u.group;
  });
  return used;
}

/**
 * A paragraph taller than a whole page at the floor size is cut at sentence ends (。！？；), and a sentence that is
 * still too tall is cut between wrapped lines, so that pagination always has pieces that fit.
 */
export function splitOversized(units: readonly Unit[], floor: BodyScale, ctx: FlowContext, tables: Map<unknown, TableLayout>): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.kind === 'table' || u.kind === 'image') {
      out.push(u);
      continue;
    }
    const fits = (p: ParaSpec) => boxOverhead(u, floor, ctx, tables) + unitHeight({ ...u, para: p }, floor, ctx, true, tables) <= ctx.heightPt;
    if (fits(u.para)) {
      out.push(u);
      continue;
    }
    const pieces: ParaSpec[] = [];
    let acc: Inline[] = [];
    const flush = () => {
      // Every piece continues the paragraph; the first takes the paragraph's own mark below.
      if (acc.length) pieces.push({ ...u.para, runs: acc, continued: true });
      acc = [];
    };
    for (const sentence of splitRunsBy(u.para.runs, splitSentences)) {
      const trial = { ...u.para, runs: [...acc, ...sentence] };
      if (acc.length && !fits(trial)) flush();
      acc.push(...sentence);
      if (!fits({ ...u.para, runs: acc })) {
        // One sentence longer than a page: cut it between the lines it wraps into.
        const size = sizeFor(u.kind, u.para, floor);
        const lines = paraLines(u.kind, { ...u.para, runs: acc }, size, ctx.widthPt, ctx.theme);
        const pitch = linePitch(ctx.theme, size, u.kind === 'code');
        const per = Math.max(1, Math.floor((ctx.heightPt - boxOverhead(u, floor, ctx, tables)) / pitch));
        const lengths: number[] = [];
        for (let i = 0; i < lines.length; i += per) lengths.push(lines.slice(i, i + per).join('').length);
        const chunks = cutRuns(acc, lengths);
        acc = [];
        for (const c of chunks.slice(0, -1)) {
          acc = c;
          flush();
        }
        acc = chunks[chunks.length - 1] ?? [];
      }
    }
    flush();
    pieces.forEach((p, i) => out.push({ ...u, para: i === 0 ? { ...p, continued: u.para.continued } : p }));
  }
  return out;
}

/** Split runs into consecutive pieces following a text splitter (which must not lose characters). */
export function splitRunsBy(runs: readonly Inline[], splitter: (s: string) => string[]): Inline[][] {
  const text = runs.map((r) => r.text).join('');
  return cutRuns(runs, splitter(text).map((s) => s.length));
}

/** Cut runs into pieces of the given character lengths (the last piece takes the rest). */
export function cutRuns(runs: readonly Inline[], lengths: readonly number[]): Inline[][] {
  const out: Inline[][] = [];
  let piece: Inline[] = [];
  let want = lengths[0] ?? Infinity;
  let k = 0;
  for (const r of runs) {
    let text = r.text;
    while (text.length > 0) {
      if (want <= 0 && k < lengths.length - 1) {
        out.push(piece);
        piece = [];
        want = lengths[++k];
      }
      const take = k >= lengths.length - 1 ? text.length : Math.min(text.length, want);
      const part: Inline = { ...r, text: text.slice(0, take) };
      // A piece never opens with a line break. (The rest of a run cut in two always opens a new piece, so this also
      // keeps the break on the run's first part only.)
      if (piece.length === 0) delete part.breakBefore;
      piece.push(part);
      text = text.slice(take);
      want -= take;
    }
  }
  if (piece.length) out.push(piece);
  return out.filter((p) => p.some((r) => r.text.trim() !== ''));
}

export { bodyScale };
export type { ImageAsset };
