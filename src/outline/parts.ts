// Parts of a work report that carry no number: a heading on a line of its own (“十四五”时期发展成就回顾,
// 2026年工作安排, 政府自身建设), and the appendix after the speech (附件：名词解释 + 1.…10.). Found by shape, never
// by a document's words: short, no sentence or clause punctuation, a body paragraph after it.
import { findRuns, markerAt, type Occ } from './markers.js';
import { isAddress, isThanks, GREETING_ZH } from './meta.js';
import type { Span } from './sentences.js';

interface PartsDoc {
  text: string;
  paras: { start: number; end: number; line: number }[];
  occs: Occ[];
  lang: string;
}

const PUNCT_ZH = /[。！？；：，,!?;:…]/;

/** A line that reads as an unnumbered part heading: 4–30 characters of words, no punctuation of a sentence or a
 * clause, not a 、-list, not numbered, not an address, not bracketed or dashed (dates, subtitles). */
export function isPartHeading(text: string, lang: string): boolean {
  const t = text.trim();
  if (lang === 'en') {
    const words = t.split(/\s+/);
    if (words.length < 2 || words.length > 8 || /[.!?;:,]$/.test(t) || !/^[A-Z]/.test(t)) return false;
    const content = words.filter((w) => !/^(?:and|or|of|the|a|an|in|on|for|to|with|at|by)$/.test(w));
    return content.every((w) => /^[A-Z0-9“"‘']/.test(w)) && !markerAt(t, 0, true);
  }
  if (t.length < 4 || t.length > 30 || PUNCT_ZH.test(t)) return false;
  if ((t.match(/、/g) ?? []).length >= 2 || /^[（(—–\-《]/.test(t) || /[）)]$/.test(t)) return false;
  if (!/[\u4e00-\u9fff]{2}/.test(t) || /[a-z]{3}/i.test(t.replace(/[A-Z]{2,}/g, ''))) return false;
  if (markerAt(t, 0, true) || isAddress(t) || isThanks(t) || GREETING_ZH.test(t)) return false;
  return true;
}

/** Paragraph starts of part headings: each one a heading line followed by a body paragraph (not another heading). */
export function partHeadings(doc: PartsDoc, from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < doc.paras.length; j++) {
    const p = doc.paras[j];
    if (p.start < from || p.start >= to) continue;
    const next = doc.paras[j + 1];
    if (!next || next.start >= to) continue;
    const body = doc.text.slice(next.start, next.end);
    if (isPartHeading(doc.text.slice(p.start, p.end), doc.lang) && !isPartHeading(body, doc.lang) && body.length > 20) out.push(p.start);
  }
  return out;
}

/**
 * Part headings that are the top level of the text: two or more, and no run of 一、/（一）/第一部分 markers that
 * crosses one (then the lines are sub-headings inside numbered points, not parts).
 */
export function topParts(doc: PartsDoc, from: number, to: number): number[] | null {
  const heads = partHeadings(doc, from, to);
  if (heads.length < 2) return null;
  const top = findRuns(doc.occs.filter((o) => o.paraStart && o.pos >= from && o.pos < to && ['zh-dun', 'zh-part', 'en-ord'].includes(o.family)));
  const crosses = top.some((r) => heads.some((h) => r.occs[0].pos < h && h < r.occs[r.occs.length - 1].pos));
  return crosses ? null : heads;
}

export interface Appendix {
  /** Where the appendix starts (its heading, or its first item). */
  start: number;
  title: string;
  /** The items (each from its marker to the next), in order. */
  items: Span[];
}

const APPENDIX_HEAD = /^(?:附件|附录|附表|附|名词解释|名词注释|注释|注解|词语解释|Appendix|Annex|Glossary|Notes)\s*[0-9一二三四五六七八九十]*\s*(?:[：:]\s*(.{0,30}))?$/;
const ITEM_FAMILIES = new Set(['ar-dot', 'ar-paren', 'circled', 'zh-paren']);

/**
 * The appendix after the speech: a heading line of the appendix kind (附件：…, 名词解释) in the second half,
 * or a run of three or more numbered paragraphs (1.…10.) that ends the text after the closing (各位代表！…).
 * Its items are one list, never points of the speech.
 */
export function findAppendix(doc: PartsDoc): Appendix | null {
  for (let j = 1; j < doc.paras.length; j++) {
    const p = doc.paras[j];
    const line = doc.text.slice(p.start, p.end).trim();
    const m = APPENDIX_HEAD.exec(line);
    if (!m || (line === '附' && !m[1])) continue;
    // The list starts right under the heading and runs to the end of the text.
    const items = listItems(doc, p.end, doc.text.length);
    if (items.length < 2 || items[0].start !== doc.paras[j + 1]?.start || !endsText(doc, items)) continue;
    return { start: p.start, title: line.replace(/[：:]\s*$/, ''), items };
  }
  // No heading: a numbered run that ends the text, after the speech has closed.
  const runs = findRuns(doc.occs.filter((o) => o.paraStart && ITEM_FAMILIES.has(o.family)));
  const last = runs[runs.length - 1];
  if (!last || last.occs.length < 3) return null;
  const items = listItems(doc, last.occs[0].pos, doc.text.length);
  if (items.length < 3 || !endsText(doc, items)) return null;
  const firstPara = doc.paras.findIndex((p) => p.start === items[0].start);
  const before = doc.paras[firstPara - 1];
  const beforeText = before ? doc.text.slice(before.start, before.end).trim() : '';
  // A short heading line above the run names it; else the speech must have closed just before (an address, thanks).
  if (before && firstPara >= 2 && isPartHeading(beforeText, doc.lang)) {
    const prev = doc.paras[firstPara - 2];
    if (closing(doc.text.slice(prev.start, prev.end))) return { start: before.start, title: beforeText, items };
  }
  return before && closing(beforeText) ? { start: items[0].start, title: doc.lang === 'en' ? 'Appendix' : '附件', items } : null;
}

/** The end of a speech: an address, thanks, or a closing call (…努力奋斗！). */
function closing(text: string): boolean {
  const t = text.trim();
  return isAddress(t) || isThanks(t) || /[！!]$/.test(t);
}

/** The last item reaches the end of the text and holds at most two paragraphs. */
function endsText(doc: PartsDoc, items: Span[]): boolean {
  const last = items[items.length - 1];
  const inside = doc.paras.filter((p) => p.start >= last.start).length;
  return inside <= 2;
}

/** Paragraph items from `from` on: each numbered paragraph with the unnumbered paragraphs after it. */
function listItems(doc: PartsDoc, from: number, to: number): Span[] {
  const occs = doc.occs.filter((o) => o.paraStart && o.pos >= from && o.pos < to && ITEM_FAMILIES.has(o.family));
  const run = findRuns(occs)[0];
  if (!run || run.occs.length < 2) return [];
  return run.occs.map((o, i) => ({ start: o.pos, end: i + 1 < run.occs.length ? run.occs[i + 1].pos - 1 : to }));
}
