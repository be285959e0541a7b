// Input text → paragraphs, each with the 1-based line it starts on. Handles YAML front matter, Markdown
// leftovers (# title, > note, \[ escapes), hard-wrapped English, U+3000 indentation and U+3000-pair breaks.
import { parseDocument } from 'yaml';
import { normalizeNewlines, stripIllegal } from '../text/sanitize.js';
import { junkLines, junkReason, stripInlineJunk, type Dropped, type LineRec } from './junk.js';

export interface Para {
  text: string;
  line: number;
  /** From a Markdown `#` heading line (a title candidate). */
  heading?: boolean;
  /** From a Markdown `>` line: an editor's note (题注), not speech. */
  quote?: boolean;
}

export interface Prepared {
  paras: Para[];
  front: Record<string, string>;
  dropped: Dropped[];
}

const FRONT_KEYS = ['title', 'subtitle', 'author', 'speaker', 'date', 'lang'];

export function prepare(input: string): Prepared {
  const text = stripIllegal(normalizeNewlines(input.replace(/^\uFEFF/, ''))).replace(/[\u00A0\u2007\u202F]/g, ' ');
  const lines = text.split('\n');
  const dropped: Dropped[] = [];
  const { front, bodyFrom } = frontMatter(lines, dropped);

  const recs: (LineRec & { heading?: boolean; quote?: boolean; blank: boolean; indented: boolean })[] = [];
  for (let i = bodyFrom; i < lines.length; i++) {
    let t = lines[i].replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    let heading = false;
    let quote = false;
    const h = /^#{1,6}\s+/.exec(t);
    if (h) {
      t = t.slice(h[0].length).replace(/\s+#+$/, '');
      heading = true;
    } else if (/^>\s?\S/.test(t)) {
      t = t.replace(/^>\s?/, '').trim();
      quote = true;
    }
    t = t.replace(/\\([\\`*_{}[\]()#+\-.!<>~|])/g, '$1');
    recs.push({ text: t, line: i + 1, heading, quote, blank: t === '', indented: /^(?:\u3000|\s{2,}|\t)/.test(lines[i]) });
  }

  const reasons = junkLines(recs);
  const kept: typeof recs = [];
  recs.forEach((r, i) => {
    if (reasons[i]) dropped.push({ line: r.line, text: r.text, reason: reasons[i]! });
    else kept.push(r);
  });

  // Paragraphs: one per line, unless the text is hard-wrapped (blocks of similar-width lines between blank lines).
  const blocks: (typeof recs)[] = [];
  let cur: typeof recs = [];
  for (const r of kept) {
    if (r.blank) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(r);
  }
  if (cur.length) blocks.push(cur);
  const wrapped = isWrapped(blocks);
  // Text copied from a PDF: paragraphs open with U+3000 indentation and wrap onto unindented lines.
  const indentWrapped = !wrapped && isIndentWrapped(kept);

  const paras: Para[] = [];
  for (const b of blocks) {
    const groups = wrapped ? joinWrapped(b) : indentWrapped ? joinIndented(b) : b.map((r) => [r]);
    for (const g of groups) {
      const joined = g.map((r) => r.text).reduce((a, s) => joinLine(a, s));
      for (const piece of splitInline(joined)) {
        // A line split at U+3000 pairs can hide junk (the publication line after a G20 speech).
        const reason = junkReason(piece);
        if (reason) {
          dropped.push({ line: g[0].line, text: piece, reason });
          continue;
        }
        const clean = stripInlineJunk(piece, g[0].line, dropped).trim();
        if (clean) paras.push({ text: clean, line: g[0].line, heading: g[0].heading || undefined, quote: g[0].quote || undefined });
      }
    }
  }
  return { paras, front, dropped };
}

function frontMatter(lines: string[], dropped: Dropped[]): { front: Record<string, string>; bodyFrom: number } {
  const front: Record<string, string> = {};
  if (lines[0]?.trim() !== '---') return { front, bodyFrom: 0 };
  const end = lines.findIndex((l, i) => i > 0 && i < 80 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (end < 0) return { front, bodyFrom: 0 };
  const doc = parseDocument(lines.slice(1, end).join('\n'), { prettyErrors: false });
  const data = doc.errors.length ? undefined : (doc.toJS() as unknown);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { front, bodyFrom: 0 };
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    const line = 2 + lines.slice(1, end).findIndex((l) => l.startsWith(k + ':'));
    const value = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' || v == null ? undefined : String(v);
    if (FRONT_KEYS.includes(k) && value !== undefined) front[k] = value.replace(/[\u00A0\s]+/g, ' ').trim();
    else dropped.push({ line, text: `${k}: ${value ?? JSON.stringify(v)}`, reason: 'front matter' });
  }
  return { front, bodyFrom: end + 1 };
}

/** Hard-wrapped: most multi-line blocks, and their lines (but the last) of similar, modest width. */
function isWrapped(blocks: { text: string }[][]): boolean {
  const multi = blocks.filter((b) => b.length > 1);
  if (blocks.length < 2 || multi.length < Math.max(2, blocks.length * 0.3)) return false;
  const inner = multi.flatMap((b) => b.slice(0, -1).map((r) => r.text.length)).sort((a, b) => a - b);
  const w = inner[Math.floor(inner.length * 0.9)] ?? 0;
  if (w === 0 || w > 130) return false;
  const near = inner.filter((n) => n >= w * 0.55).length;
  return near >= inner.length * 0.7;
}

/** Some lines indented, and some unindented lines that continue a line cut mid-sentence. */
function isIndentWrapped(recs: { text: string; indented: boolean; blank: boolean; heading?: boolean }[]): boolean {
  let indented = 0;
  let continued = 0;
  recs.forEach((r, i) => {
    if (r.indented && !r.blank) indented++;
    const prev = recs[i - 1];
    if (prev && !r.blank && !prev.blank && !r.indented && !r.heading && !prev.heading && !/[。！？：；”」）!?.:;]$/.test(prev.text)) continued++;
  });
  return indented >= 2 && continued >= 2;
}

/** Join each unindented line to the paragraph above when that one did not end a sentence. */
function joinIndented<T extends { text: string; indented: boolean; heading?: boolean; quote?: boolean }>(block: T[]): T[][] {
  const out: T[][] = [];
  for (const r of block) {
    const last = out[out.length - 1];
    const tail = last?.[last.length - 1];
    // Only into a paragraph that opened indented: title and date lines above stay apart.
    if (last && tail && last[0].indented && !r.indented && !r.heading && !!r.quote === !!last[0].quote && !/[。！？：；”」）!?.:;]$/.test(tail.text)) last.push(r);
    else out.push([r]);
  }
  return out;
}

/** In a wrapped block, headings and quotes stay lines of their own. */
function joinWrapped<T extends { heading?: boolean; quote?: boolean }>(block: T[]): T[][] {
  const out: T[][] = [];
  for (const r of block) {
    const last = out[out.length - 1];
    if (last && !r.heading && !last[0].heading && !!r.quote === !!last[0].quote) last.push(r);
    else out.push([r]);
  }
  return out;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/;

/** Join a wrapped line: no space between CJK characters, one space otherwise. */
function joinLine(a: string, b: string): string {
  if (!a) return b;
  if (CJK.test(a[a.length - 1]) && CJK.test(b[0])) return a + b;
  return a + ' ' + b;
}

// Paragraph breaks inside one line: two or more U+3000 after a sentence end (G20 style), and lines that hold
// a greeting, an address (同志们！) or thanks before or after other text.
const PAIR_BREAK = /(?<=[。！？：；”」』）!?.:])\u3000{2,}/;
const ADDRESS_SENTENCE = /(?<=^|[。！？])((?:同志们|各位代表|各位委员|各位同事|各位来宾|女士们、先生们|朋友们|谢谢大家|谢谢)[！!。])/;

/**
 * A U+3000 pair after a heading-like start (no sentence end before it, at most 60 characters) ends that
 * heading: "二、关于做好维护社会稳定工作　　做好维护社会稳定工作，是…" is a heading and a paragraph.
 */
function splitAfterHeading(text: string): string[] {
  const m = /^\u3000*([^。！？!?\u3000]{2,60})\u3000{2,}(?=\S)/.exec(text);
  if (!m) return [text];
  return [m[1], ...splitAfterHeading(text.slice(m[0].length))];
}

function splitInline(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(PAIR_BREAK).flatMap(splitAfterHeading)) {
    const t = piece.replace(/\u3000+/g, (m, i: number) => (i === 0 ? '' : m)).trim();
    if (!t) continue;
    // An address sentence inside a long line becomes its own paragraph (only when the line is long:
    // a short "同志们！" line is already one).
    if (t.length > 40 && ADDRESS_SENTENCE.test(t)) {
      for (const s of t.split(ADDRESS_SENTENCE)) if (s.trim()) out.push(s.trim());
    } else out.push(t);
  }
  return out;
}
