// Blocks → a flat flow of units: the smallest pieces the fitter may move onto the next slide.
// A text unit is one paragraph (a list item's own text, a plain paragraph, a quote paragraph, one code block line
// group); a table unit is one body row; an image unit is one image.
import type { Block, ChartSpec, ImageAsset, Inline, Source } from '../model.js';
import { CHART_MIN_IN } from './chart.js';

export type FlowKind = 'text' | 'quote' | 'code' | 'table' | 'image';

export interface ParaSpec {
  runs: Inline[];
  /** 0 plain, 1..3 list level. */
  level: number;
  bullet?: { kind: 'char'; level: number } | { kind: 'number'; n: number };
  /** A piece of a split paragraph: no bullet of its own, indented like the item. */
  continued?: boolean;
  mono?: boolean;
}

export type Unit =
  | { kind: 'text' | 'quote' | 'code'; group: number; para: ParaSpec; src: Source }
  | { kind: 'table'; group: number; table: Extract<Block, { kind: 'table' }>; row: number; src: Source }
  | { kind: 'image'; group: number; path: string; alt: string; asset?: ImageAsset; src: Source; /** a chart, placed like an image */ chart?: ChartSpec; minIn?: number };

export function toUnits(blocks: readonly Block[], images?: ReadonlyMap<string, ImageAsset>): Unit[] {
  const out: Unit[] = [];
  let group = 0;
  // The kind of text box the last unit went into; undefined after a box of its own (code, table, chart, image) or
  // before a top-level quote, so the next paragraph starts a new box.
  let lastKind: 'text' | 'quote' | undefined;
  const text = (kind: 'text' | 'quote', para: ParaSpec, src: Source) => {
    // Consecutive paragraphs and lists share one text box; every quote, code block and table is its own box.
    if (lastKind !== kind) group++;
    out.push({ kind, group, para, src });
    lastKind = kind;
  };
  const list = (b: Extract<Block, { kind: 'list' }>, level: number, kind: 'text' | 'quote') => {
    b.items.forEach((item, i) => {
      // DrawingML numbers a list from 1 to 32767 only (a:buAutoNum startAt): "0." or "999999999." is written as
      // text instead (found by test/reliability/fuzz.test.ts: the deck failed schema validation).
      const n = (b.start ?? 1) + i;
      const auto = !b.ordered || (n >= 1 && n <= 32767);
      const bullet: ParaSpec['bullet'] = !b.ordered ? { kind: 'char', level } : auto ? { kind: 'number', n } : undefined;
      text(kind, { runs: auto ? item.runs : [{ text: `${n}. ` }, ...item.runs], level, bullet }, item.src);
      for (const child of item.children) {
        if (child.kind === 'list') list(child, Math.min(level + 1, 3), kind);
        else if (child.kind === 'paragraph') text(kind, { runs: child.runs, level, continued: true }, child.src);
        else block(child, kind === 'quote' ? 'quote' : undefined);
      }
    });
  };
  const block = (b: Block, inside?: 'quote') => {
    const kind = inside ?? 'text';
    switch (b.kind) {
      case 'paragraph':
        text(kind, { runs: b.runs, level: 0 }, b.src);
        break;
      case 'list':
        list(b, 1, kind);
        break;
      case 'quote':
        // A nested quote stays in its parent's box; a new top-level quote starts a box of its own.
        if (!inside) lastKind = undefined;
        b.blocks.forEach((x) => block(x, 'quote'));
        break;
      case 'code': {
        group++;
        const lines = b.text.split('\n');
        // Code is split between lines only; keep groups of lines so a long block is a few units, not hundreds.
        for (const line of lines) out.push({ kind: 'code', group, para: { runs: [{ text: line, code: true }], level: 0, mono: true }, src: b.src });
        lastKind = undefined;
        break;
      }
      case 'table':
        group++;
        if (b.rows.length === 0) out.push({ kind: 'table', group, table: b, row: -1, src: b.src });
        b.rows.forEach((_, row) => out.push({ kind: 'table', group, table: b, row, src: b.src }));
        lastKind = undefined;
        break;
      case 'chart':
        group++;
        out.push({ kind: 'image', group, path: '', alt: b.chart.title ?? '', chart: b.chart, minIn: CHART_MIN_IN, src: b.src });
        lastKind = undefined;
        break;
      case 'columns':
        // Columns the chosen layout did not place side by side: one after the other (src/parse reads them).
        for (const c of b.columns) {
          if (c.heading?.length) text(kind, { runs: c.heading.map((r) => ({ ...r, bold: true })), level: 0 }, b.src);
          c.blocks.forEach((x) => block(x, inside));
        }
        break;
      case 'image':
        group++;
        out.push({ kind: 'image', group, path: b.path, alt: b.alt, asset: images?.get(b.path), src: b.src });
        lastKind = undefined;
        break;
    }
  };
  for (const b of blocks) block(b);
  return out;
}

/** Plain text of runs (reports, titles). */
export function runsText(runs: readonly Inline[] | undefined): string {
  return (runs ?? []).map((r) => (r.breakBefore ? ' ' : '') + r.text).join('');
}

/** Runs without their links: a title, section or closing page shows a note's or a byline's link as plain text, not link blue. */
export function unlinked(runs: readonly Inline[]): Inline[] {
  return runs.map(({ href: _href, ...r }) => r);
}
