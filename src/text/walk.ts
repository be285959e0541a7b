// Every run list a slide's blocks hold, with the source line it came from: paragraphs, list items at any depth,
// quotes, table cells, column headings and the columns' own blocks. One walk for the stages that read or settle
// inline text (formulas in parse, placeholders in lint), so a new block kind is added in one place.
import type { Block, Inline } from '../model.js';

export interface WalkOptions {
  /** Also visit each image's alt text, as one run. */
  alt?: boolean;
}

export function eachRuns(blocks: readonly Block[], visit: (runs: Inline[], line: number) => void, opts: WalkOptions = {}): void {
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph':
        visit(b.runs, b.src.line);
        break;
      case 'list':
        for (const it of b.items) {
          visit(it.runs, it.src.line);
          eachRuns(it.children, visit, opts);
        }
        break;
      case 'quote':
        eachRuns(b.blocks, visit, opts);
        break;
      case 'table':
        for (const cell of [...b.header, ...b.rows.flat()]) visit(cell, b.src.line);
        break;
      case 'columns':
        for (const col of b.columns) {
          if (col.heading) visit(col.heading, b.src.line);
          eachRuns(col.blocks, visit, opts);
        }
        break;
      case 'image':
        if (opts.alt) visit([{ text: b.alt }], b.src.line);
        break;
    }
  }
}
