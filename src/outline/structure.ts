// The point tree: which run of markers is the top level, what lies under each point, where each point ends.
// Levels: 1 = sections (#), 2 = slides (##), 3 = slides or bullets under a slide.
import { FAMILY_LABEL, LAST, familyRank, findRuns, type Announcement, type Occ, type Run } from './markers.js';
import { titleSentenceEnd, type Span } from './sentences.js';
import { isAddress, isThanks } from './meta.js';
import { isPartHeading, topParts } from './parts.js';

export interface Doc {
  /** The body paragraphs joined by "\n". */
  text: string;
  paras: { start: number; end: number; line: number }[];
  segs: Span[];
  occs: Occ[];
  announcements: Announcement[];
  lang: string;
}

export type NodeKind = 'root' | 'part' | 'numbered' | 'heads' | 'parallel';

export interface Node {
  start: number;
  end: number;
  level: number;
  kind: NodeKind;
  marker?: Occ;
  children: Node[];
  /** How the children are marked, for the report: 一、 / （一） / paragraph titles / “进一步…”. */
  childStyle?: string;
  /** Children are short inline items (一是…；二是…；): bullets of this node, not slides. */
  items?: boolean;
  /** The announcement that counted this node's children (我强调三点意见), if any. */
  announced?: Announcement;
}

const MAX_LEVEL = 3;

export function paraIndex(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paras[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The tree of the text up to `end` (where an appendix starts, else the end). */
export function buildTree(doc: Doc, end = doc.text.length): Node {
  const root: Node = { start: 0, end, level: 0, kind: 'root', children: [] };
  fillChildren(doc, root);
  return root;
}

function fillChildren(doc: Doc, node: Node): void {
  const level = node.level + 1;
  if (level > MAX_LEVEL) return;
  // Unnumbered part headings of a report are the top level: the numbered runs restart inside each part.
  const found = (node.kind === 'root' ? parts(doc, node) : null) ?? numbered(doc, node, level) ?? (doc.lang !== 'en' ? heads(doc, node, level) ?? parallel(doc, node, level) : null);
  if (!found) return;
  node.children = found.children;
  node.childStyle = found.style;
  node.announced = found.announced;
  if (found.items) node.items = true;
  else for (const c of node.children) fillChildren(doc, c);
}

interface Found {
  children: Node[];
  style: string;
  announced?: Announcement;
  items?: boolean;
}

/** Parts under unnumbered heading lines (“十四五”时期发展成就回顾 / 2026年工作安排 / 政府自身建设). */
function parts(doc: Doc, node: Node): Found | null {
  const heads = topParts(doc, node.start, node.end);
  if (!heads) return null;
  const pts = extents(doc, heads, node.end, 1);
  return { children: pts.map((p) => ({ ...p, level: 1, kind: 'part' as const, children: [] })), style: 'part headings' };
}

/** Numbered runs: the top-most run (not nested in a point of another run), preferring announced counts. */
function numbered(doc: Doc, node: Node, level: number): Found | null {
  const inside = doc.occs.filter((o) => (node.kind === 'root' ? o.pos >= node.start : o.pos > node.start) && o.pos < node.end);
  const runs = findRuns(inside).map((r) => ({ r, pts: extents(doc, r.occs.map((o) => o.pos), node.end, level) }));
  const nested = (a: (typeof runs)[number], b: (typeof runs)[number]) =>
    b.pts.some((p) => p.start < a.r.occs[0].pos && a.r.occs[a.r.occs.length - 1].pos < p.end);
  const candidates = runs.filter((a) => !runs.some((b) => b !== a && nested(a, b)));
  if (candidates.length === 0) return null;
  const announcedFor = (r: Run) => lastBefore(doc.announcements, node.start, r.occs[0].pos);
  const key = (c: (typeof runs)[number]): number[] => {
    const a = announcedFor(c.r);
    return [a?.count === c.r.occs.length ? 0 : 1, c.r.occs.every((o) => o.paraStart) ? 0 : 1, familyRank(c.r.family), -c.r.occs.length, c.r.occs[0].pos];
  };
  candidates.sort((x, y) => compareKeys(key(x), key(y)));
  const best = candidates[0];
  const children = best.pts.map((p, i) => ({ start: p.start, end: p.end, level, kind: 'numbered' as const, marker: best.r.occs[i], children: [] }));
  if (level === 1) closingPoint(doc, node, children, best.r.family);
  const inline = !best.r.occs.every((o) => o.paraStart);
  const items = level >= 2 && inline && children.every((c) => c.end - c.start <= 70);
  return { children, style: FAMILY_LABEL[best.r.family], announced: announcedFor(best.r), items };
}

// 最后，让我们… / 最后，我代表… / Finally, I want to thank…: the closing words, not a point.
const CLOSING_WORDS = /^(?:最后，(?:让我们|祝|我代表|再次|衷心|我(?:想|要)?(?:再)?(?:次)?感谢)|Finally,? (?:let me|I (?:want|would like) to) (?:thank|close|end))/i;

/**
 * A last point the speaker adds after the numbered ones (一、…四、 then 最后，我还要强调的是…): a paragraph opening
 * with 最后，/Finally, of substance (not the closing words) is a point of its own at the top level.
 */
function closingPoint(doc: Doc, node: Node, children: Node[], family: string): void {
  if (family === 'zh-seq' || family === 'en-ord') return;
  const last = children[children.length - 1];
  const fin = doc.occs.find((o) => o.paraStart && o.ordinal === LAST && o.pos > last.start && o.pos < node.end);
  if (!fin) return;
  const para = doc.text.slice(fin.pos, doc.paras[paraIndex(doc, fin.pos)].end);
  if (para.length < (doc.lang === 'en' ? 300 : 80) || CLOSING_WORDS.test(para)) return;
  last.end = Math.min(last.end, fin.pos);
  const end = conclusionStart(doc, fin.pos, node.end);
  children.push({ start: fin.pos, end, level: 1, kind: 'numbered', marker: fin, children: [] });
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function lastBefore(list: readonly Announcement[], from: number, to: number): Announcement | undefined {
  let found: Announcement | undefined;
  for (const a of list) if (a.pos >= from && a.pos < to) found = a;
  return found;
}

/**
 * Each point runs to the next marker. The last one: if every other point kept to one paragraph, so does it;
 * otherwise it runs to the end of its parent — for top-level points, to where the conclusion begins.
 */
function extents(doc: Doc, starts: number[], end: number, level: number): Span[] {
  const pts = starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : end }));
  const last = pts[pts.length - 1];
  const single = pts.slice(0, -1).every((p) => paraIndex(doc, p.start) === paraIndex(doc, p.end - 1));
  if (single) last.end = Math.min(end, doc.paras[paraIndex(doc, last.start)].end);
  if (level === 1) last.end = Math.min(last.end, conclusionStart(doc, last.start, end));
  return pts;
}

// Paragraphs that open the end of a speech: an address (各位代表！), thanks, a summing-up.
const CONCLUSION_ZH = /^(?:总之|总而言之|综上所述|最后，我|最后，让我们|让我们|同志们，|各位代表，|以上[^。]{0,12}(?:意见|要求|几点))|^[^。]{0,20}以上(?:这些|几点|所讲|所说|各点)/;
const CONCLUSION_EN = /^(?:(?:I'll|I’ll|I will|Let me) (?:close|conclude|end|finish)|In (?:closing|conclusion|sum)|To (?:conclude|sum up)|So,? in closing)/i;

function conclusionStart(doc: Doc, after: number, end: number): number {
  for (let j = paraIndex(doc, after) + 1; j < doc.paras.length && doc.paras[j].start < end; j++) {
    const t = doc.text.slice(doc.paras[j].start, doc.paras[j].end);
    if (isAddress(t) || isThanks(t) || CONCLUSION_ZH.test(t) || CONCLUSION_EN.test(t)) return doc.paras[j].start;
  }
  return end;
}

const LEAD_IN = /以下|如下|下面|几点|方面工作|主要做了|主要包括|[：:]$/;
const CONNECTIVE = /^(?:这|那|但|而|因此|所以|如果|虽然|我|你|他|她|它|其中|同时|另外|此外|例如|比如)/;

/** A paragraph's first sentence that reads as its heading: short, one clause, ends with 。. */
export function headingSentence(text: string, inline: boolean): boolean {
  const m = /^([^。！？；]*)。/.exec(text);
  if (!m) return false;
  const s = m[1];
  const commas = (s.match(/[，,]/g) ?? []).length;
  if (s.length < 4 || s.length > (inline ? 24 : 20) || commas > (inline ? 1 : 0) || /[：:；“”]/.test(s.replace(/“[^”]*”/g, ''))) return false;
  return !LEAD_IN.test(s) && !CONNECTIVE.test(s);
}

/** Unnumbered sub-points as paragraphs that open with a heading sentence (当好创造性执行者。…). */
function heads(doc: Doc, node: Node, level: number): Found | null {
  const min = level === 1 ? 3 : 2;
  const starts: number[] = [];
  for (let j = paraIndex(doc, node.start); j < doc.paras.length; j++) {
    const p = doc.paras[j];
    if (p.start >= node.end) break;
    if (node.kind === 'root' ? p.start < node.start : p.start <= node.start) continue;
    if (doc.occs.some((o) => o.pos === p.start)) continue;
    const t = doc.text.slice(p.start, p.end);
    // A heading sentence opening its paragraph, or a heading line of its own with a body after it.
    const next = doc.paras[j + 1];
    const line = next && next.start < node.end && isPartHeading(t, doc.lang) && !isPartHeading(doc.text.slice(next.start, next.end), doc.lang);
    if (headingSentence(t, false) || line) starts.push(p.start);
  }
  if (starts.length < min) return null;
  const pts = extents(doc, starts, node.end, level);
  return { children: pts.map((p) => ({ ...p, level, kind: 'heads' as const, children: [] })), style: 'paragraph titles' };
}

// Prefixes too common to make sentences parallel points.
const STOP_PREFIX = /^(?:我们|这是|这个|这些|那么|例如|比如|但是|因此|所以|如果|同时|其中|只有|不是|就是|一个|一些|在这|为了|通过|对于)/;
const FUNCTION_START = /^[要是在把对以从让有不也都还和与及并而]/;

/** Unnumbered sub-points inline: short sentences that start alike (进一步强化了… 进一步厚植了… 进一步提升了…). */
function parallel(doc: Doc, node: Node, level: number): Found | null {
  if (level > 2) return null;
  const min = level === 1 ? 3 : 2;
  const cands = doc.segs.filter((s) => s.start > node.start && s.start < node.end && headingSentence(doc.text.slice(s.start, titleSentenceEnd(doc.text, s.start, doc.lang)), true));
  let best: Span[] = [];
  let bestPrefix = '';
  for (let k = 6; k >= 2; k--) {
    const groups = new Map<string, Span[]>();
    for (const s of cands) {
      const p = doc.text.slice(s.start, s.start + k);
      if (p.length < k || !/^[\u4e00-\u9fff]+$/.test(p) || STOP_PREFIX.test(p) || (k < 3 && FUNCTION_START.test(p))) continue;
      groups.set(p, [...(groups.get(p) ?? []), s]);
    }
    for (const [p, g] of groups) {
      if (g.length > best.length) {
        best = g;
        bestPrefix = p;
      }
    }
  }
  if (best.length < min) return null;
  const pts = extents(doc, best.map((s) => s.start), node.end, level);
  // Inline points end with their paragraph: text after it belongs to the parent.
  const lastPara = doc.paras[paraIndex(doc, pts[pts.length - 1].start)];
  pts[pts.length - 1].end = Math.min(pts[pts.length - 1].end, lastPara.end);
  return { children: pts.map((p) => ({ ...p, level, kind: 'parallel' as const, children: [] })), style: `“${bestPrefix}…”` };
}

/** Depth of the tree below `node` (1 = flat points). */
export function depth(node: Node): number {
  if (node.children.length === 0) return 0;
  return 1 + (node.items ? 0 : Math.max(...node.children.map(depth)));
}

