// pandoc attributes — `{#id .class key=value}` after a heading, an image, a `[span]` or a link — are read, never
// shown: a class naming a layout becomes a layout request, the rest (sizes, styles, reveal.js data-*) is left out.
import type { Inline, RequestedLayout, Slide } from '../model.js';

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

export type Background = NonNullable<Slide['background']>;

/**
 * The attributes found in a heading: a class naming one of our layouts is a layout request; a background image
 * (reveal.js `data-background-image`, pandoc pptx's `background-image`) is the slide's background; everything
 * else (reveal.js data-state, styles) is left out.
 */
export function headingAttributes(found: readonly string[], line: number): { layout?: string; background?: Background } {
  let layout: string | undefined;
  let background: Background | undefined;
  for (const raw of found) {
    const a = parseAttributes(raw);
    const named = a.classes.find((c) => LAYOUT_CLASSES.has(c));
    if (named) layout ??= named;
    background ??= backgroundOf(a.values, line);
  }
  return { layout, background };
}

/** A background picture from reveal.js / pandoc attributes (heading attributes, `title-slide-attributes`). */
export function backgroundOf(values: ReadonlyMap<string, unknown>, line: number): Background | undefined {
  const src = values.get('data-background-image') ?? values.get('background-image');
  if (typeof src !== 'string' || !src.trim()) return undefined;
  // reveal.js' data-background-size is CSS: `contain` keeps the whole picture, `100% 100%` stretches, else cover.
  const size = String(values.get('data-background-size') ?? values.get('background-size') ?? '').trim();
  const fit = size === 'contain' ? 'contain' : /^100%\s+100%$/.test(size) ? 'fill' : 'cover';
  return { src: src.trim(), fit, line };
}

/** Trailing spaces a removed attribute block leaves at the end of a title. */
export function trimEnd(runs: Inline[]): Inline[] {
  const last = runs[runs.length - 1];
  if (last && !last.code && !last.math) runs[runs.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  return runs.filter((r, i) => r.text !== '' || r.breakBefore || i < runs.length - 1);
}
