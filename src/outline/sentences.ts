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
