// Raw HTML in a deck (Marp and Slidev decks are full of it): `<br>` is a line break, `<img>` an image, simple
// inline tags (<b>, <i>, <sub>, <sup>, <span>…) and Slidev components (<v-click>, <Transform>) give their text;
// everything else is left out — never printed — and reported once per kind with its lines (src/parse/ignored.ts).
import type { Block, Inline } from '../model.js';
import { scriptText } from './inline.js';

/** Tags whose text is kept without a word: inline formatting and wrappers that mean nothing on a slide. */
const TEXT_TAGS = new Set(['span', 'sub', 'sup', 'u', 'small', 'big', 'mark', 'kbd', 'code', 'a', 'font', 'abbr', 'cite', 'q', 'ins', 'var', 'samp', 'tt', 'p', 'b', 'strong', 'i', 'em', 's', 'del', 'strike', 'br', 'img', 'center']);
/** Tags whose content is not text for a slide at all. */
const DROP_CONTENT = /<(style|script|template|svg|iframe|video|audio|object|canvas|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

export type InlineTag =
  | { kind: 'break' }
  | { kind: 'format'; format: 'bold' | 'italic' | 'strike'; open: boolean }
  | { kind: 'script'; which: 'sup' | 'sub'; open: boolean }
  | { kind: 'image'; path: string; alt: string }
  | { kind: 'text' }
  | { kind: 'dropped'; tag: string };

/** A Slidev/Vue component: a tag with a dash or a capital (`<v-click>`, `<Transform>`, `<carbon-logo/>`). */
export function isComponent(tag: string): boolean {
  return tag.includes('-') || /^[A-Z]/.test(tag);
}

function attr(html: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(html);
  return m ? decodeEntities((m[1] ?? m[2] ?? m[3])!) : undefined; // (one of the three forms matched)
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[e.toLowerCase()]; // (the pattern names only these)
  });
}

/** What one inline HTML tag (an html_inline token) means for the runs. */
export function inlineTag(html: string): InlineTag {
  if (/^<!--/.test(html)) return { kind: 'text' }; // a comment (Marp `<!-- fit -->`): nothing to show
  const m = /^<\/?\s*([A-Za-z][\w:-]*)/.exec(html);
  if (!m) return { kind: 'dropped', tag: html.slice(0, 12) };
  const tag = m[1];
  const lower = tag.toLowerCase();
  const open = !html.startsWith('</');
  if (lower === 'br') return { kind: 'break' };
  if (lower === 'img') return open ? { kind: 'image', path: attr(html, 'src') ?? '', alt: attr(html, 'alt') ?? '' } : { kind: 'text' };
  if (lower === 'b' || lower === 'strong') return { kind: 'format', format: 'bold', open };
  if (lower === 'i' || lower === 'em') return { kind: 'format', format: 'italic', open };
  if (lower === 's' || lower === 'del' || lower === 'strike') return { kind: 'format', format: 'strike', open };
  if (lower === 'sup' || lower === 'sub') return { kind: 'script', which: lower, open };
  if (TEXT_TAGS.has(lower) || isComponent(tag)) return { kind: 'text' };
  return { kind: 'dropped', tag: lower };
}

export interface HtmlBlockResult {
  /** The text lines (Markdown inline source: links and emphasis rebuilt from <a>, <b>, <i>). */
  lines: string[];
  images: { path: string; alt: string }[];
  /** Tags left out (not simple inline tags or components), lower case, once each. */
  dropped: string[];
  /** Tags left out with everything inside them (<style>, <script>, <svg>…). */
  droppedWhole: string[];
}

/** An html_block's content → its text lines and images; tags are left out. */
export function readHtmlBlock(html: string): HtmlBlockResult {
  const dropped = new Set<string>();
  const whole = new Set<string>();
  const images: { path: string; alt: string }[] = [];
  let s = html.replace(/<!--[\s\S]*?(-->|$)/g, '');
  s = s.replace(DROP_CONTENT, (_all, tag: string) => {
    whole.add(tag.toLowerCase());
    return '';
  });
  s = s.replace(/<img\b[^>]*>/gi, (tag) => {
    images.push({ path: attr(tag, 'src') ?? '', alt: attr(tag, 'alt') ?? '' });
    return '';
  });
  s = s.replace(/<br\s*\/?>/gi, '\n');
  // Links and emphasis become Markdown again, so the inline reader keeps them.
  s = s.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_all, attrs: string, text: string) => {
    const href = attr(' ' + attrs, 'href');
    const one = text.replace(/\s+/g, ' ').trim(); // a link's text spread over lines stays one link
    return href && one ? `[${one}](${href})` : one;
  });
  s = s.replace(/<\/?(b|strong)\s*>/gi, '**').replace(/<\/?(i|em)\s*>/gi, '*');
  s = s.replace(/<(sup|sub)\s*>([^<]*)<\/\1\s*>/gi, (_all, tag: string, text: string) => scriptText(text, tag.toLowerCase() as 'sup' | 'sub'));
  s = s.replace(/<\/?\s*([A-Za-z][\w:-]*)[^>]*>/g, (_all, tag: string) => {
    if (!TEXT_TAGS.has(tag.toLowerCase()) && !isComponent(tag)) dropped.add(tag.toLowerCase());
    return ' ';
  });
  const lines = decodeEntities(s)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '');
  return { lines, images, dropped: [...dropped], droppedWhole: [...whole] };
}

/** The blocks of an html_block: one paragraph of its lines (hard breaks between them), then its images. */
export function htmlBlocks(result: HtmlBlockResult, line: number, runsOf: (markdown: string) => Inline[]): Block[] {
  const runs: Inline[] = [];
  for (const l of result.lines) {
    const r = runsOf(l);
    if (!r.length) continue;
    if (runs.length) r[0] = { ...r[0], breakBefore: true };
    runs.push(...r);
  }
  const blocks: Block[] = [];
  if (runs.length) blocks.push({ kind: 'paragraph', runs, src: { line } });
  for (const im of result.images) if (im.path) blocks.push({ kind: 'image', path: im.path, alt: im.alt, src: { line } });
  return blocks;
}
