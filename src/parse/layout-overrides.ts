// Layout overrides an author writes: `<!-- layout: cards -->` inside a slide (Marp-style comment), `## Title
// {.cards}` (pandoc-style class, read by attributes.ts into slide.layoutRequest), and front matter
// `layouts: auto | plain`. Read after the slide walk, from the source lines, so the walk stays the dialects'.
// Every request is checked here: an unknown name is a warning with its line and a did-you-mean, and is dropped.
import type { Deck, Slide } from '../model.js';
import type { Diagnostics } from '../errors.js';

/** Layout names an author may ask for (LayoutName ∪ the designed layouts; `plain` = bullets). */
export const LAYOUT_NAMES = [
  'cards', 'big-number', 'columns', 'timeline', 'image-text', 'statement', 'bullets', 'plain', 'content', 'table', 'code', 'quote',
  'title', 'agenda', 'section', 'closing',
] as const;

/** Other spellings people use for the same layouts (Slidev, pandoc, PowerPoint). */
const ALIASES: Record<string, string> = {
  card: 'cards', stat: 'big-number', stats: 'big-number', 'big-numbers': 'big-number', bignumber: 'big-number', figures: 'big-number',
  column: 'columns', 'two-cols': 'columns', comparison: 'columns', process: 'timeline', steps: 'timeline',
  'image-left': 'image-text', 'image-right': 'image-text', 'text-image': 'image-text', default: 'bullets', list: 'bullets',
};

const COMMENT = /<!--\s*layout\s*:\s*([^\s>]*)\s*-->/;
const HEADING_CLASSES = /^#{1,6}\s.*?\{([^{}]*)\}\s*#*\s*$/;

/** The layout name for what the author wrote, or undefined when it is not one (`constructor` is not an alias). */
export function layoutName(raw: string): string | undefined {
  const k = raw.trim().toLowerCase();
  if ((LAYOUT_NAMES as readonly string[]).includes(k)) return k === 'plain' || k === 'content' ? 'bullets' : k;
  return Object.hasOwn(ALIASES, k) ? ALIASES[k] : undefined;
}

/** The known name nearest to what was written, and how many edits away. */
function nearest(raw: string): { name: string; edits: number } {
  const k = raw.trim().toLowerCase();
  let best = { name: '', edits: Infinity };
  for (const name of [...LAYOUT_NAMES, ...Object.keys(ALIASES)]) {
    const edits = distance(k, name);
    if (edits < best.edits) best = { name, edits };
  }
  return best;
}

/** The known name nearest to a misspelling (edit distance ≤ 2), for "did you mean". */
export function didYouMean(raw: string): string | undefined {
  const { name, edits } = nearest(raw);
  return edits <= 2 ? (ALIASES[name] ?? name) : undefined;
}

/**
 * A heading class that looks like a misspelt layout: one edit from a name (two from a name of 7+ letters). Any other
 * class (`{.wide}`, `{.note}`, `{.left}`, reveal.js' `{.smaller}`) styles another output and is left out quietly:
 * two edits from a 4-letter name is most short words.
 */
export function misspeltLayout(cls: string): boolean {
  if (layoutName(cls)) return false;
  const { name, edits } = nearest(cls);
  return edits <= (name.length >= 7 ? 2 : 1);
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps ("crads"). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const unknown = (raw: string) => {
  const guess = didYouMean(raw);
  return `unknown layout "${raw}"${guess ? `; did you mean "${guess}"?` : ''} (layouts: ${LAYOUT_NAMES.filter((n) => n !== 'content').join(', ')}); chosen automatically instead`;
};

/**
 * Apply `<!-- layout: … -->` comments to the slides they sit in, check every layout request (from any dialect),
 * and warn about misspelt heading classes (`{.crads}`; other classes are styling, left out quietly). `text` is the Markdown the deck was parsed from.
 */
export function applyLayoutOverrides(deck: Deck, text: string, layouts: string | undefined, diag: Diagnostics, layoutsLine?: number): void {
  if (layouts !== undefined) {
    const v = layouts.trim().toLowerCase();
    if (v === 'auto' || v === 'plain') deck.meta.layouts = v;
    else diag.warn(`front matter "layouts": expected auto or plain, got "${layouts}"; using auto`, layoutsLine);
  }
  const lines = text.split('\n');
  // The slide a source line belongs to: the last slide that starts at or before it (generated slides excluded) —
  // unless a slide break (`---` after a blank line) lies between them: then the next slide (Marp writes a slide's
  // comments before its heading). The walk makes slides in source order, so `placed` is sorted by line.
  const placed = deck.slides.filter((s) => s.layout === 'content' || s.layout === 'quote');
  let lastBreak = 0; // the line of the last slide break read so far
  const slideAt = (line: number): Slide | undefined => {
    let hit: Slide | undefined;
    for (const s of placed) if (s.src.line <= line) hit = s;
    return hit && lastBreak > hit.src.line ? placed[placed.indexOf(hit) + 1] : hit;
  };
  let fence = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    if (fence) return;
    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(l) && (i === 0 || lines[i - 1].trim() === '')) lastBreak = i + 1;
    const line = i + 1;
    const c = COMMENT.exec(l);
    if (c) {
      const name = layoutName(c[1]);
      const slide = slideAt(line);
      if (!name) diag.warn(unknown(c[1]), line);
      else if (!slide) diag.warn(`layout comment "${c[1]}" is not inside a content slide; ignored`, line);
      else slide.layoutRequest = { name, line, origin: `<!-- layout: ${c[1]} -->` };
      return;
    }
    const h = HEADING_CLASSES.exec(l);
    if (h) {
      for (const cls of h[1].split(/\s+/).filter((x) => x.startsWith('.')).map((x) => x.slice(1))) {
        if (misspeltLayout(cls)) diag.warn(unknown(cls), line);
      }
    }
  });
  // `## Title {.cards}` when the dialect reader left the attribute block in the title: read and remove it.
  for (const s of placed) {
    const last = s.title?.[s.title.length - 1];
    const m = last && !last.code ? /\s*\{([^{}]*)\}\s*$/.exec(last.text) : null;
    if (!m || !s.title) continue;
    const classes = m[1].split(/\s+/).filter((x) => x.startsWith('.')).map((x) => x.slice(1));
    const name = classes.map(layoutName).find(Boolean);
    if (!name && !classes.some(misspeltLayout)) continue;
    s.title = [...s.title.slice(0, -1), { ...last!, text: last!.text.slice(0, m.index) }].filter((r) => r.text !== '');
    if (name && !s.layoutRequest) s.layoutRequest = { name, line: s.src.line, origin: `{.${classes.find((c) => layoutName(c))}}` };
  }
  // Every reader asks with a known name (RequestedLayout); `plain` and `content` are asked for as bullets.
  for (const s of deck.slides) if (s.layoutRequest) s.layoutRequest = { ...s.layoutRequest, name: layoutName(s.layoutRequest.name) ?? s.layoutRequest.name };
}
