// The shape of a slide's content, read from its structure and never from the words of a particular document:
// how many list items, whether each has a head (a bold lead, “head：text”, “head: text”), whether each leads
// with a figure, a date or a step word, whether there are sub-headings, images, one short sentence.
import type { Block, Inline, ListItem } from '../model.js';

/** Plain text of runs. */
export const textOf = (runs: readonly Inline[]): string => runs.map((r) => r.text).join('');

/** Characters as a reader counts them: a Chinese character is one, a Latin word about one per 2 letters. */
export function weight(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.5;
  return n;
}

export interface HeadItem {
  head: Inline[];
  body: Inline[];
}

/** The list of a slide: its items, and any short paragraph before it (a lead line). */
export interface ListShape {
  lead: Inline[][];
  ordered: boolean;
  items: ListItem[];
}

/**
 * A slide that is one list (optionally after one or two short paragraphs) whose items carry no blocks of their own
 * beyond a short paragraph: the shape cards, figures and timelines are made from.
 */
export function listShape(blocks: readonly Block[]): ListShape | undefined {
  const lead: Inline[][] = [];
  let list: Extract<Block, { kind: 'list' }> | undefined;
  for (const b of blocks) {
    if (b.kind === 'paragraph' && !list && lead.length < 2) lead.push(b.runs);
    else if (b.kind === 'list' && !list) list = b;
    else return undefined;
  }
  if (!list) return undefined;
  if (list.items.some((it) => it.children.some((c) => c.kind !== 'paragraph'))) return undefined;
  if (lead.some((l) => weight(textOf(l)) > 60)) return undefined;
  return { lead, ordered: list.ordered, items: list.items };
}

/** An item's runs with its paragraph children joined on as a new line. */
export function itemRuns(item: ListItem): Inline[] {
  const out = [...item.runs];
  for (const c of item.children) if (c.kind === 'paragraph') out.push(...c.runs.map((r, i) => (i === 0 ? { ...r, breakBefore: true } : r)));
  return out;
}

const SEP = /^[\s：:—–\-,，、.。]+/;
const COLON_HEAD = /^([^：:。，,；;！？!?]{1,24}?)\s*[：:]\s*(\S[\s\S]*)$/;

/** Cut runs at a character offset. */
function cut(runs: readonly Inline[], at: number): [Inline[], Inline[]] {
  const head: Inline[] = [];
  const tail: Inline[] = [];
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (end <= at) head.push(r);
    else if (pos >= at) tail.push(r);
    else {
      head.push({ ...r, text: r.text.slice(0, at - pos) });
      tail.push({ ...r, text: r.text.slice(at - pos), breakBefore: undefined });
    }
    pos = end;
  }
  return [head, tail];
}

function trimStart(runs: Inline[], re: RegExp): Inline[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length) {
    const t = out[0].text.replace(re, '');
    if (t === '') out.shift();
    else {
      out[0].text = t;
      delete out[0].breakBefore;
      break;
    }
  }
  return out;
}

const stripBold = (runs: Inline[]) => runs.map(({ bold: _b, ...r }) => r as Inline);

/** A head and its text: a bold lead followed by more text, or “head：text” / “head: text” with a short head. */
export function headOf(runs: readonly Inline[]): HeadItem | undefined {
  const first = runs.findIndex((r) => r.text.trim() !== '');
  if (first < 0) return undefined;
  if (runs[first].bold) {
    let k = first;
    while (k < runs.length && (runs[k].bold || runs[k].text.trim() === '') && !runs[k].breakBefore) k++;
    const head = runs.slice(first, k);
    const body = trimStart(runs.slice(k), SEP);
    const h = textOf(head).replace(/[\s：:—–\-,，、]+$/, '');
    if (h && weight(h) <= 24 && textOf(body).trim() !== '') return { head: stripBold([{ ...head[0], text: h }]).map((r) => ({ ...r })), body };
    return undefined;
  }
  const text = textOf(runs);
  const m = COLON_HEAD.exec(text);
  if (!m || /https?$/i.test(m[1])) return undefined;
  const [head, rest] = cut(runs, m[1].length);
  return { head: stripBold(head), body: trimStart(rest, SEP) };
}

// A figure: an amount, a count with its unit, a percentage, or the XX placeholder of a draft (“XX次”, “XX余篇”).
const CURRENCY = '[¥￥$€£]\\s?';
const NUMBER = '(?:\\d[\\d,]*(?:\\.\\d+)?|XX|xx)';
const ZH_UNIT = '(?:[余多]?(?:万亿|亿元|万元|千万|百万|亿|万|元|次|个|篇|项|人次|人|家|倍|件|条|场|所|户|套|名|天|小时|分钟|公里|吨|平方米|亩)|[%％])';
const EN_UNIT = '(?:\\s?(?:%|pp|pts?|x|×|[KMB]|bn|m|k|million|billion|thousand)\\b|\\s?%)';
const FIGURE = new RegExp(`^(?:[+-−]\\s?)?(?:${CURRENCY})?${NUMBER}(?:${ZH_UNIT}|${EN_UNIT})?(?:\\+)?`, 'i');
const DATE_LIKE = /^(?:19|20)\d{2}(?:[年\-/.]|$)/;

/** A figure at the start of some text: the figure, or undefined (a date is not a figure). */
export function leadingFigure(text: string): string | undefined {
  const t = text.trim();
  if (DATE_LIKE.test(t)) return undefined;
  const m = FIGURE.exec(t);
  if (!m) return undefined;
  const f = m[0].trim();
  // A bare small number (“3 customers”) is a count, not a highlight, unless it is the whole head.
  if (/^\d{1,2}$/.test(f) && !/^[\d]+$/.test(t)) return undefined;
  return f;
}

export interface FigureItem {
  figure: string;
  caption: Inline[];
}

/** An item that is a figure and a short label: “**XX次** 讲党课”, “18.4 % growth”, “落实第一议题 **XX次**”. */
export function figureOf(runs: readonly Inline[]): FigureItem | undefined {
  const text = textOf(runs).trim();
  const lead = leadingFigure(text);
  if (lead && lead.length < text.length) {
    const offset = textOf(runs).indexOf(lead) + lead.length;
    const caption = trimStart(stripBold(cut(runs, offset)[1]), SEP);
    if (textOf(caption).trim() && weight(textOf(caption)) <= 24) return { figure: lead, caption };
  }
  // One bold run that is all figure, the rest a short label.
  const bold = runs.filter((r) => r.bold && r.text.trim());
  if (bold.length === 1) {
    const f = bold[0].text.trim();
    if (leadingFigure(f) === f) {
      const caption = trimStart(runs.filter((r) => r !== bold[0]).map((r) => ({ ...r, text: r.text })), SEP);
      const c = textOf(caption).replace(/[\s，,、：:]+$/, '');
      if (c && weight(c) <= 24) return { figure: f, caption: [{ text: c }] };
    }
  }
  return undefined;
}

// A point in time or an ordered step: a year, a quarter, a month, a date, 第一步/第二阶段, Step 1, Phase 2.
const WHEN = new RegExp(
  [
    '^(?:19|20)\\d{2}(?:\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?|[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?|\\s*(?:Q[1-4]|H[12]))?',
    '^(?:Q[1-4]|H[12])(?:\\s*(?:19|20)?\\d{2})?\\b',
    '^\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?(?:[上中下]旬)?',
    '^第[一二三四五六七八九十\\d]+(?:步|阶段|期|周|天|季度)',
    '^(?:step|phase|stage|week|day|month|sprint|milestone)\\s*\\d+',
    '^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d{2})?\\b',
  ].join('|'),
  'i',
);

export interface StepItem {
  when: string;
  text: Inline[];
}

/** An item that leads with a date or a step word (the rest is its text). */
export function stepOf(runs: readonly Inline[]): StepItem | undefined {
  const full = textOf(runs);
  const lead = full.length - full.trimStart().length;
  const m = WHEN.exec(full.trimStart());
  if (!m || !m[0].trim()) return undefined;
  const end = lead + m[0].length;
  // The date must end at a separator or the end, not in the middle of a word (“2024 revenue” is fine, “20245” not).
  if (end < full.length && /[\dA-Za-z]/.test(full[end])) return undefined;
  const text = trimStart(stripBold(cut(runs, end)[1]), SEP);
  return { when: m[0].trim(), text };
}

/** A paragraph that is only a bold line (a sub-heading below the slide level becomes one). */
export function isSubheading(b: Block): boolean {
  return b.kind === 'paragraph' && b.runs.length > 0 && b.runs.every((r) => r.bold || r.text.trim() === '') && weight(textOf(b.runs)) <= 30;
}

export interface ColumnsShape {
  columns: { heading?: Inline[]; blocks: Block[] }[];
  lead: Inline[][];
}

/** Two or three sub-headings each followed by content, or an explicit columns block. */
export function columnsShape(blocks: readonly Block[]): ColumnsShape | undefined {
  const explicit = blocks.find((b): b is Extract<Block, { kind: 'columns' }> => b.kind === 'columns');
  if (explicit) {
    if (blocks.length !== 1 || explicit.columns.length < 2 || explicit.columns.length > 3) return undefined;
    // The columns layout places text frames only (columns.ts): a picture or table in a column would be lost there.
    if (explicit.columns.some((c) => c.blocks.some((b) => b.kind === 'table' || b.kind === 'code' || b.kind === 'image' || b.kind === 'chart'))) return undefined;
    return { columns: explicit.columns.map((c) => ({ heading: c.heading, blocks: c.blocks })), lead: [] };
  }
  const cols: { heading?: Inline[]; blocks: Block[] }[] = [];
  const lead: Inline[][] = [];
  for (const b of blocks) {
    if (isSubheading(b) && b.kind === 'paragraph') cols.push({ heading: b.runs.map(({ bold: _b, ...r }) => r), blocks: [] });
    else if (cols.length === 0) {
      if (b.kind !== 'paragraph') return undefined;
      lead.push(b.runs);
    } else cols[cols.length - 1].blocks.push(b);
  }
  if (cols.length < 2 || cols.length > 3 || lead.length > 1) return undefined;
  if (cols.some((c) => c.blocks.length === 0 || c.blocks.some((b) => b.kind === 'table' || b.kind === 'code' || b.kind === 'image' || b.kind === 'chart'))) return undefined;
  return { columns: cols, lead };
}

/** One short sentence (or two), nothing else: a statement. */
export function statementOf(blocks: readonly Block[]): Inline[] | undefined {
  if (blocks.length !== 1 || blocks[0].kind !== 'paragraph') return undefined;
  const runs = blocks[0].runs;
  const t = textOf(runs).trim();
  if (!t || weight(t) > 48 || runs.some((r) => r.code || r.math)) return undefined;
  return runs;
}

/** One image and some text (paragraphs or a list), nothing else. */
export function imageTextShape(blocks: readonly Block[]): { image: Extract<Block, { kind: 'image' }>; text: Block[]; imageFirst: boolean } | undefined {
  const images = blocks.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image');
  if (images.length !== 1) return undefined;
  const text = blocks.filter((b) => b.kind !== 'image');
  if (text.length === 0 || text.some((b) => b.kind !== 'paragraph' && b.kind !== 'list')) return undefined;
  return { image: images[0], text, imageFirst: blocks[0] === images[0] };
}
