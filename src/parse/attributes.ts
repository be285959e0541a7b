// pandoc attributes — `{#id .class key=value}` after a heading, an image, a `[span]` or a link — are read, never
// shown: a class naming a layout becomes a layout request, the rest (sizes, styles, reveal.js data-*) is left out.
import type { Inline, RequestedLayout } from '../model.js';
import type { BlockContext } from './blocks.js';

const ITEM = String.raw`(?:[#.][\w:-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+)|-)`;
/** A whole attribute block, optionally after a bracketed span `[text]`. */
const BLOCK = new RegExp(String.raw`(\[[^\[\]]*\])?\{\s*${ITEM}(?:\s+${ITEM})*\s*\}`, 'g');

export interface Attributes {
  id?: string;
  classes: string[];
  values: Map<string, string>;
}

export function parseAttributes(raw: string): Attributes {
  const out: Attributes = { classes: [], values: new Map() };
  for (const m of raw.matchAll(new RegExp(ITEM, 'g'))) {
    const item = m[0];
    if (item.startsWith('#')) out.id = item.slice(1);
    else if (item.startsWith('.')) out.classes.push(item.slice(1));
    else if (item.includes('=')) {
      const [k, ...v] = item.split('=');
      out.values.set(k, v.join('=').replace(/^["']|["']$/g, ''));
    }
  }
  return out;
}

/** Text with its attribute blocks removed (a bracketed span keeps its text); `found` holds each block's inside. */
export function stripAttributes(text: string, found: string[]): string {
  if (!text.includes('{')) return text;
  return text.replace(BLOCK, (all, span: string | undefined) => {
    found.push(all.slice(span ? span.length : 0).slice(1, -1));
    return span ? span.slice(1, -1) : '';
  });
}

const LAYOUT_CLASSES: ReadonlySet<string> = new Set<RequestedLayout>([
  'title', 'agenda', 'section', 'content', 'quote', 'closing', 'cards', 'big-number', 'columns', 'timeline', 'image-text', 'statement', 'table', 'code', 'plain',
]);

/**
 * The attributes found in a heading: a class naming one of our layouts is a layout request; a background image
 * and everything else (reveal.js data-state, styles) is reported once per kind and left out.
 */
export function headingAttributes(found: readonly string[], line: number, ctx: BlockContext): { layout?: string } {
  let layout: string | undefined;
  for (const raw of found) {
    const a = parseAttributes(raw);
    const named = a.classes.find((c) => LAYOUT_CLASSES.has(c));
    if (named) layout ??= named;
    if (a.values.has('data-background-image') || a.values.has('background-image')) {
      ctx.ignored?.note('background image attribute', line, 'left out: huibao slides take their background from the theme');
    }
  }
  return { layout };
}

/** Trailing spaces a removed attribute block leaves at the end of a title. */
export function trimEnd(runs: Inline[]): Inline[] {
  const last = runs[runs.length - 1];
  if (last && !last.code && !last.math) runs[runs.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  return runs.filter((r, i) => r.text !== '' || r.breakBefore || i < runs.length - 1);
}
