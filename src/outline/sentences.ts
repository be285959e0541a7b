// Sentences and clauses, with offsets into the joined document (paragraphs joined by "\n"), so a point can be
// cut anywhere and its text recovered exactly.

export interface Span {
  start: number;
  end: number;
}

const CLOSERS = '”’」』）)》"\'';
const ZH_END = '。！？；：…';
const EN_ABBR = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Gov|Sen|Rep|Gen|Prof|etc|Inc|Co|Ltd|U\.S|U\.K|P\.M|A\.M|a\.m|p\.m|e\.g|i\.e)|\b[A-Z])$/;

/**
 * Segment starts for marker detection: after 。！？；： (and a closing quote), after English . ! ? ; : and a
 * space, and at every paragraph start. Segments never cross a paragraph ("\n").
 */
export function segments(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /[\s\u3000]/.test(text[s])) s++;
    if (s < end) out.push({ start: s, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ZH_END.includes(c)) {
      let j = i + 1;
      while (j < text.length && (CLOSERS.includes(text[j]) || ZH_END.includes(text[j]))) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if ('.!?;:'.includes(c) && (i + 1 >= text.length || /\s/.test(text[i + 1]) || CLOSERS.includes(text[i + 1]))) {
      const before = text.slice(start, i);
      if (c === '.' && (EN_ABBR.test(before) || /^\s*\d{1,2}$/.test(before))) continue;
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j])) j++;
      if (j < text.length && text[j] !== ' ' && text[j] !== '\n') continue;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

/** Where the sentence starting at `pos` ends for title purposes: at 。！？ (not at ；：), or the paragraph end. */
export function titleSentenceEnd(text: string, pos: number, lang: string): number {
  for (let i = pos; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if ('。！？!?；;'.includes(c) || (c === '.' && lang === 'en')) {
      if (c === '.' && (EN_ABBR.test(text.slice(pos, i)) || /^\s*\d{1,2}$/.test(text.slice(pos, i)))) continue;
      if (c === '.' && i + 1 < text.length && !/[\s”’")]/.test(text[i + 1])) continue;
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j])) j++;
      return j;
    }
  }
  return text.length;
}

/** Sentences of a piece of text (no offsets): split after 。！？； or English . ! ? ; followed by a space. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let end = -1;
    if ('。！？；'.includes(c)) end = i + 1;
    else if ('.!?;'.includes(c) && (i + 1 >= text.length || /\s/.test(text[i + 1]) || CLOSERS.includes(text[i + 1]))) {
      if (c === '.' && (EN_ABBR.test(text.slice(start, i)) || /^\s*\d{1,2}$/.test(text.slice(start, i)))) continue;
      end = i + 1;
    }
    if (end < 0) continue;
    while (end < text.length && CLOSERS.includes(text[end])) end++;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

// Where a heading run into its body ends (一、保护和激发市场主体活力改革开放以来，…): the body's first sentence
// opens with a time phrase, a first-person subject or "当前/目前"; a 关于… heading ends with its 工作/问题.
const BODY_OPENER =
  /(?:改革开放|党的十[八九]大|党的二十大|新中国成立|今年|去年|近年|多年|长期|一段时间|上半年|下半年|年初|入冬|疫情发生)以来|近年来|多年来|长期以来|(?:我国|我们|我在|我省|我市|我区|我县|当前|目前|总的看|总的来看|今天)(?=[\u4e00-\u9fff“，,])/g;
const ABOUT_END = /^关于[^，。；]*?(?:工作|问题|情况|意见|建议)(?:回顾|总结|安排|部署|要求)?/;
// A subject and a verb that cannot be part of a heading (科学成就离不开…): the body's first sentence.
const BODY_VERB = /^[\u4e00-\u9fff]{4,6}(?:离不开|在于|来自|源于)/;

/** The end of a heading that starts at `pos` (after its marker of `markerLen` characters). */
export function headingEnd(text: string, pos: number, markerLen: number, lang: string): number {
  const end = titleSentenceEnd(text, pos, lang);
  if (lang === 'en') return end;
  const from = pos + markerLen;
  const clauseEnd = from + text.slice(from, end).search(/[，,；;：:。！？]|$/);
  const clause = text.slice(from, clauseEnd);
  if (clause.length < 10) return end;
  const about = ABOUT_END.exec(clause);
  if (about && about[0].length < clause.length - 3) return from + about[0].length;
  // Only where the sentence goes on (…以来，我们…): a heading ending in 。 (深刻认识我国…进展。) is whole.
  if (/[，,]/.test(text[clauseEnd] ?? '')) for (const m of clause.matchAll(BODY_OPENER)) if (m.index! >= 4) return from + m.index!;
  // The shortest subject (four characters or more) before such a verb.
  for (let k = clause.length - 6; k >= 4; k--) if (BODY_VERB.test(clause.slice(k))) return from + k;
  return end;
}
