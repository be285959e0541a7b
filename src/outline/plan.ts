// The point tree → sections and slides (titles, bullets, notes). Every character of the body lands in exactly
// one slide's or section's notes, so nothing of the speech is lost.
import { headingEnd, titleSentenceEnd } from './sentences.js';
import { isAddress, isThanks } from './meta.js';
import { paraIndex, type Doc, type Node } from './structure.js';
import { bulletsFrom, continues, isScene, leadTitle, trimTitle } from './titles.js';
import { LAST } from './markers.js';
import type { Appendix } from './parts.js';

export interface SlideOut {
  title: string;
  bullets: string[];
  /** The bullets are parallel headings (sub-point titles): written as bold items, which become cards. */
  cards?: boolean;
  /** The line under each card's head (the sub-point's first point), when there is one. */
  cardBodies?: (string | undefined)[];
  /** The bullets are the speaker's numbered list (an appendix): written 1. 2. …, all of them. */
  ordered?: boolean;
  notes: string[];
  line: number;
}

export interface SectionOut {
  title: string;
  notes: string[];
  slides: SlideOut[];
  line: number;
}

export interface Plan {
  /** Notes of the title slide (greeting, a short opening). */
  leading: string[];
  /** Slides before the first section (a long opening, or a speech without points). */
  intro: SlideOut[];
  sections: SectionOut[];
}

interface Ctx {
  doc: Doc;
  /** Opening longer than this (characters) becomes slides rather than title-slide notes. */
  introLimit: number;
  /** Target characters of speech per plain slide. */
  groupTarget: number;
  /** A paragraph shorter than this never makes a slide of its own. */
  shortPara: number;
}

export function plan(doc: Doc, root: Node, leading: string[], appendix?: Appendix): Plan {
  const out = planSpeech(doc, root, leading);
  if (appendix) {
    // The appendix: one slide holding the whole list (the fit engine continues it), after the speech.
    const list = appendixSlide(doc, appendix);
    const last = out.sections[out.sections.length - 1];
    (last ? last.slides : out.intro).push(list);
  }
  return out;
}

function appendixSlide(doc: Doc, a: Appendix): SlideOut {
  const bullets = a.items.map((it) => itemBullet(doc.text.slice(it.start, it.end), doc.lang));
  return { title: a.title, bullets, ordered: true, notes: paras(doc, a.start, doc.text.length), line: lineAt(doc, a.start) };
}

/** An appendix item as a line of the list: its number off, its first sentence, cut at a clause when long. */
function itemBullet(text: string, lang: string): string {
  const body = text.replace(/^\s*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．、]|[①-⑳])\s*/, '').trim();
  const first = /^[^。！？!?]*[。！？!?]?/.exec(body)?.[0] ?? body;
  const limit = lang === 'en' ? 90 : 50;
  if (first.length <= limit) return first.replace(/[。；;，,]$/, '');
  // A glossary entry (term：definition): the term and the definition's first clause.
  const colon = /^([^：:]{2,20})[：:]([^，；。,;]*)/.exec(first);
  if (colon && colon[0].length <= limit) return colon[0];
  return trimTitle(first, lang, limit);
}

function planSpeech(doc: Doc, root: Node, leading: string[]): Plan {
  const en = doc.lang === 'en';
  const ctx: Ctx = { doc, introLimit: en ? 600 : 300, groupTarget: en ? 800 : 450, shortPara: en ? 120 : 60 };
  const out: Plan = { leading: [...leading], intro: [], sections: [] };
  if (root.children.length === 0) {
    const { slides, orphans } = plainSlides(ctx, root.start, root.end);
    out.intro = slides;
    // A speech too short for any slide still gets one: a deck of only a title slide helps nobody.
    if (slides.length === 0 && root.end > root.start) out.intro = [slideFor(ctx, root.start, root.end, trimTitle(doc.text.slice(root.start, titleSentenceEnd(doc.text, root.start, doc.lang)), doc.lang))];
    else out.leading.push(...orphans);
    return out;
  }
  const first = root.children[0];
  const opening = paras(doc, root.start, first.start);
  if (chars(opening) <= ctx.introLimit) out.leading.push(...opening);
  else {
    const { slides, orphans } = plainSlides(ctx, root.start, first.start);
    out.leading.push(...orphans);
    out.intro = slides;
  }
  for (const n of root.children) out.sections.push(section(ctx, n));
  // The conclusion (after the last point): slides in the last section; a bare "谢谢大家" only in notes.
  const last = out.sections[out.sections.length - 1];
  const { slides, orphans } = plainSlides(ctx, root.children[root.children.length - 1].end, root.end);
  last.slides.push(...slides);
  const tail = last.slides[last.slides.length - 1];
  if (tail) tail.notes.push(...orphans);
  else last.notes.push(...orphans);
  return out;
}

function section(ctx: Ctx, n: Node): SectionOut {
  const { doc } = ctx;
  const { title, end: titleEnd } = headTitle(ctx, n);
  const sec: SectionOut = { title, notes: [], slides: [], line: lineAt(doc, n.start) };
  if (n.children.length === 0) {
    const slides = flatPoint(ctx, n, titleEnd);
    if (slides.length) sec.slides.push(...slides);
    else sec.notes.push(...paras(doc, n.start, n.end));
    return sec;
  }
  if (n.items) {
    // Inline items (…注意两点：一是…二是…): the point and its items are one passage, in the overview's notes.
    sec.slides.push(overview(ctx, n));
    return sec;
  }
  const firstChild = n.children[0].start;
  const own = paras(doc, n.start, firstChild);
  // The heading's whole sentence stays in the section's notes (a heading run into its body is one sentence).
  const ownEnd = Math.min(firstChild, Math.max(titleEnd, titleSentenceEnd(doc.text, n.start, doc.lang)));
  if (chars(own) <= ctx.introLimit + title.length) sec.notes.push(...own);
  else {
    sec.notes.push(...paras(doc, n.start, ownEnd));
    const { slides, orphans } = plainSlides(ctx, ownEnd, firstChild);
    sec.notes.push(...orphans);
    sec.slides.push(...slides);
  }
  // A heading on a line of its own is on the section page: not again in its notes.
  if (sec.notes.length >= 1 && clean(sec.notes[0]) === clean(title)) sec.notes.shift();
  sec.slides.push(overview(ctx, n));
  for (const c of n.children) addSlides(sec.slides, pointSlides(ctx, c));
  trailing(ctx, sec.slides, n.children[n.children.length - 1].end, n.end);
  return sec;
}

/** A point's heading: its title (cut at a clause when long) and where the heading ends in the text. */
function headTitle(ctx: Ctx, n: Node): { title: string; end: number } {
  const { doc } = ctx;
  const end = headingEnd(doc.text, n.start, n.marker?.len ?? 0, doc.lang);
  let head = doc.text.slice(n.start, end);
  // A last point added after the numbered ones (最后，我还要强调的是，在…中，有些地方…): its title is what it says.
  if (n.marker?.ordinal === LAST && doc.lang !== 'en') {
    const m = ZH_LAST_LEAD.exec(head);
    if (m) {
      let rest = head.slice(m[0].length);
      const scene = /^[^，。]+，/.exec(rest);
      if (scene && isScene(scene[0].slice(0, -1)) && rest.length - scene[0].length >= 8) rest = rest.slice(scene[0].length);
      head = m[1] + rest;
    }
  }
  return { title: trimTitle(head, doc.lang), end };
}

const ZH_LAST_LEAD = /^(最后[，,])我(?:还|再)?(?:要|想)?(?:强调|讲|说|谈|提)(?:一点|一下|一个问题)?(?:的是)?[，,：:]/;

const EN_COUNT = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

const ZH_NUM = '[0-9０-９]+|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九十两几]';
const ZH_LABEL = new RegExp(
  `(${ZH_NUM})(点|条|项)(意见|要求|倡议|建议|看法|体会|想法|希望|工作|内容|任务|措施|举措|考虑|认识|感受|打算|思考)|(${ZH_NUM})(个方面|个问题|件事|项工作|项任务|项重点工作)`,
);
const EN_LABEL = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(things|points|steps|actions|announcements|priorities|proposals|reasons|areas|pillars|lessons|messages|ideas)\b/i;

/** 3 → 三, 11 → 十一, 20 → 二十 (a count said in Chinese). */
export function zhNumeral(k: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (k < 1 || k > 99) return String(k);
  if (k < 10) return k === 2 ? '两' : d[k];
  return (k >= 20 ? d[Math.floor(k / 10)] : '') + '十' + d[k % 10];
}

/**
 * The overview's title in the speaker's words where the speech announces the points (我讲三点意见 → 三点意见,
 * 提几点要求 → 三点要求 when three follow, three things → Three things); else a neutral 主要内容 / Overview.
 */
export function overviewTitle(n: Node, lang: string): string {
  const k = n.children.length;
  const a = n.announced;
  if (a && (a.count === undefined || a.count === k)) {
    if (lang === 'en') {
      const m = EN_LABEL.exec(a.text);
      if (m) return `${EN_COUNT[k] ?? k} ${m[1].toLowerCase()}`;
    } else {
      const m = ZH_LABEL.exec(a.text);
      if (m) {
        const said = m[1] ?? m[4];
        const num = said === '几' ? zhNumeral(k) : said;
        return num + (m[1] ? m[2] + m[3] : m[5]);
      }
    }
  }
  return lang === 'en' ? 'Overview' : '主要内容';
}

/**
 * The overview of a point's sub-points: their titles as short bold items (cards when 2–6), under a title that
 * names them (overviewTitle) — the section page already shows the point's own title.
 */
function overview(ctx: Ctx, n: Node): SlideOut {
  const { doc } = ctx;
  const title = overviewTitle(n, doc.lang);
  // Inline items (一是…；二是…；) have no slides of their own: their text is this slide's notes.
  const notes = n.items ? paras(doc, n.start, n.end) : [];
  if (n.items) return { title, bullets: n.children.map((c) => trimTitle(doc.text.slice(c.start, c.end), doc.lang)), notes, line: lineAt(doc, n.children[0].start), cards: true };
  // A card: the sub-point's title (without its number: the card has one) and its first point as the line under it.
  const bullets: string[] = [];
  const bodies: (string | undefined)[] = [];
  for (const c of n.children) {
    const { title: t, end } = headTitle(ctx, c);
    const head = c.marker ? t.slice(c.marker.len).replace(/^[，,、：:\s—–]+/, '') : t;
    bullets.push(head.length >= 2 ? head : t);
    bodies.push(bulletsFrom(paras(doc, end, c.end), doc.lang, 1, [t])[0]);
  }
  return { title, bullets, notes, line: lineAt(doc, n.children[0].start), cards: true, cardBodies: bodies };
}

/** Slides with fewer than two bullets are not worth a slide: their notes go to the slide before. */
function addSlides(into: SlideOut[], slides: SlideOut[]): void {
  for (const s of slides) {
    if (s.bullets.length >= 2 || into.length === 0) into.push(s);
    else into[into.length - 1].notes.push(...s.notes);
  }
}

/**
 * A point with no sub-points: one slide titled by the first sentence after the heading (the section page
 * shows the heading), more when it is long; none when there is too little for two bullets.
 */
function flatPoint(ctx: Ctx, n: Node, titleEnd: number): SlideOut[] {
  const { doc } = ctx;
  let bodyStart = titleEnd;
  while (bodyStart < n.end && /[\s\u3000]/.test(doc.text[bodyStart])) bodyStart++;
  if (bodyStart >= n.end) return [];
  const all = paras(doc, n.start, n.end);
  const long = chars(all) > ctx.groupTarget * 3 && all.length >= 3;
  const firstEnd = long ? Math.max(doc.paras[paraIndex(doc, bodyStart)].end, bodyStart) : n.end;
  const title = leadTitle(doc.text.slice(bodyStart, n.end), doc.lang);
  const first = slideFor(ctx, bodyStart, firstEnd, title);
  first.notes = paras(doc, n.start, firstEnd);
  if (first.bullets.length < 2) {
    if (!long) return [];
    first.bullets = [];
  }
  const slides = [first];
  if (long) trailing(ctx, slides, firstEnd, n.end);
  const kept: SlideOut[] = [];
  addSlides(kept, slides);
  return kept[0]?.bullets.length ? kept : [];
}

/** A sub-point: its slide (when it has enough for two bullets), then slides for its own sub-points. */
function pointSlides(ctx: Ctx, n: Node): SlideOut[] {
  const { doc } = ctx;
  const { title } = headTitle(ctx, n);
  if (n.items) return [itemSlide(ctx, n, title)];
  if (n.children.length === 0) return [slideFor(ctx, n.start, n.end, title)];
  const head = slideFor(ctx, n.start, n.children[0].start, title);
  if (head.bullets.length < 2) {
    head.bullets = n.children.map((c) => headTitle(ctx, c).title);
    head.cards = true;
  }
  const slides = [head];
  addSlides(slides, n.children.map((c) => slideFor(ctx, c.start, c.end, headTitle(ctx, c).title)));
  trailing(ctx, slides, n.children[n.children.length - 1].end, n.end);
  return slides;
}

/** A point whose sub-points are short inline items (一是…；二是…；): the items are its bullets. */
function itemSlide(ctx: Ctx, n: Node, title: string): SlideOut {
  const { doc } = ctx;
  const bullets = n.children.map((c) => trimTitle(doc.text.slice(c.start, c.end), doc.lang));
  return { title, bullets, notes: paras(doc, n.start, n.end), line: lineAt(doc, n.start) };
}

/** A slide from a span: the given title, bullets from the text after the title, all of it in the notes. */
function slideFor(ctx: Ctx, start: number, end: number, title: string): SlideOut {
  const { doc } = ctx;
  const titleEnd = titleSentenceEnd(doc.text, start, doc.lang);
  const sentence = clean(doc.text.slice(start, titleEnd));
  const body = paras(doc, titleEnd, end);
  // A title cut short keeps the rest of its sentence as a bullet candidate.
  const cut = clean(title);
  const after = sentence.startsWith(cut) ? sentence.slice(cut.length) : '';
  let rest = /^[，,；;：:]/.test(after) ? after.replace(/^[，,；;：:\s]+/, '') : '';
  // The rest of the title's sentence opening without a subject of its own (…是及时的，采取的举措也是有效的): no bullet.
  if (rest && doc.lang !== 'en' && continues(cut, /^[^，；。]*/.exec(rest)![0])) rest = '';
  const bullets = bulletsFrom(rest ? [rest, ...body] : body, doc.lang, 4, [title]);
  return { title, bullets, notes: paras(doc, start, end), line: lineAt(doc, start) };
}

/** Text after the last sub-point: slides of its own when substantial, else the last slide's notes. */
function trailing(ctx: Ctx, slides: SlideOut[], start: number, end: number): void {
  if (start >= end) return;
  const { slides: more, orphans } = plainSlides(ctx, start, end);
  if (orphans.length) {
    const dest = slides[slides.length - 1];
    if (dest) dest.notes.push(...orphans);
  }
  addSlides(slides, more);
}

/**
 * Paragraphs without markers → slides of about `groupTarget` characters. Short paragraphs join their
 * neighbours; an address (各位代表！) opens the next group. What is too little for a slide comes back as orphans.
 */
function plainSlides(ctx: Ctx, start: number, end: number): { slides: SlideOut[]; orphans: string[] } {
  const { doc } = ctx;
  const groups: { start: number; end: number; size: number; substantive: boolean }[] = [];
  let pendingStart = -1;
  for (let j = paraIndex(doc, start); j < doc.paras.length; j++) {
    const s = Math.max(start, doc.paras[j].start);
    const e = Math.min(end, doc.paras[j].end);
    if (s >= end) break;
    if (e <= s) continue;
    const t = doc.text.slice(s, e).trim();
    if (!t) continue;
    const short = t.length < ctx.shortPara || isAddress(t) || isThanks(t);
    const cur = groups[groups.length - 1];
    if (isAddress(t)) {
      if (pendingStart < 0) pendingStart = s;
      continue;
    }
    if (short && cur && pendingStart < 0) {
      cur.end = e;
      cur.size += t.length;
      continue;
    }
    if (!short && cur && pendingStart < 0 && cur.size < ctx.groupTarget / 2 && cur.size + t.length <= ctx.groupTarget * 1.5) {
      cur.end = e;
      cur.size += t.length;
      cur.substantive = true;
      continue;
    }
    groups.push({ start: pendingStart >= 0 ? pendingStart : s, end: e, size: t.length, substantive: !short });
    pendingStart = -1;
  }
  const orphans: string[] = [];
  // An address with nothing after it: notes only.
  const tailAddress = pendingStart >= 0 ? paras(doc, pendingStart, end) : [];
  const slides: SlideOut[] = [];
  for (const g of groups) {
    if (!g.substantive) {
      (slides.length ? slides[slides.length - 1].notes : orphans).push(...paras(doc, g.start, g.end));
      continue;
    }
    // The title comes from the first paragraph that is not an address.
    let ts = g.start;
    for (let j = paraIndex(doc, g.start); j < doc.paras.length && doc.paras[j].start < g.end; j++) {
      const t = doc.text.slice(Math.max(g.start, doc.paras[j].start), doc.paras[j].end).trim();
      if (!isAddress(t)) {
        ts = Math.max(g.start, doc.paras[j].start);
        break;
      }
    }
    const title = leadTitle(doc.text.slice(ts, g.end), doc.lang);
    const slide = slideFor(ctx, ts, g.end, title);
    slide.notes = paras(doc, g.start, g.end);
    slides.push(slide);
  }
  // A slide needs two bullets; less goes to the notes of the slide before.
  const kept: SlideOut[] = [];
  for (const sl of slides) {
    if (sl.bullets.length >= 2) kept.push(sl);
    else (kept.length ? kept[kept.length - 1].notes : orphans).push(...sl.notes);
  }
  (kept.length ? kept[kept.length - 1].notes : orphans).push(...tailAddress);
  return { slides: kept, orphans };
}

/** The paragraphs of a span, trimmed, as notes. */
export function paras(doc: Doc, start: number, end: number): string[] {
  return doc.text
    .slice(start, end)
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}

function chars(list: readonly string[]): number {
  return list.reduce((n, s) => n + s.length, 0);
}

function lineAt(doc: Doc, pos: number): number {
  return doc.paras[paraIndex(doc, pos)]?.line ?? 1;
}

const clean = (s: string) => s.trim().replace(/[。；;，,：:！!.]+$/u, '');
