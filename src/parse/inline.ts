// markdown-it inline tokens → runs of formatted text (and the images found among them).
import type { Token } from 'markdown-it';
import type { Inline } from '../model.js';
import { stripAttributes } from './attributes.js';
import { inlineTag } from './html.js';

/** Told of each inline HTML tag left out (the parse sets it for the time of one parse: parsing is synchronous). */
import { footnoteMarks, type FootnoteRef } from './footnotes.js';

export const inlineHtml: { dropped?: (tag: string) => void; raw?: (format: string) => void } = {};

export interface InlineImage {
  path: string;
  alt: string;
}

export interface InlineResult {
  runs: Inline[];
  images: InlineImage[];
  /** pandoc attribute blocks (`{.class key=value}`) found and removed from the text, their insides. */
  attributes: string[];
}

/** Plain text of inline children (alt text, titles in reports). */
export function plainText(children: readonly Token[] | null): string {
  let s = '';
  for (const t of children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'math_inline') s += t.content;
    else if (t.type === 'softbreak') s += ' ';
    else if (t.type === 'hardbreak') s += ' ';
    else if (t.type === 'image') s += plainText(t.children);
  }
  return s;
}

export function toRuns(children: readonly Token[] | null): InlineResult {
  const runs: Inline[] = [];
  const images: InlineImage[] = [];
  const attributes: string[] = [];
  let bold = 0;
  let italic = 0;
  let strike = 0;
  let script: 'sup' | 'sub' | undefined;
  const links: (string | undefined)[] = [];
  let breakNext = false;

  const push = (text: string, extra: Partial<Inline> = {}) => {
    // \v is PowerPoint's own soft line break: honour it as a hard break (pitfalls A5).
    const parts = text.split('\v');
    parts.forEach((part, i) => {
      if (i > 0) breakNext = true;
      if (part === '' && !(i > 0 && i === parts.length - 1)) return;
      const run: Inline = { text: part };
      if (bold > 0) run.bold = true;
      if (italic > 0) run.italic = true;
      if (strike > 0) run.strike = true;
      const href = links[links.length - 1];
      if (href) run.href = href;
      Object.assign(run, extra);
      if (breakNext) {
        // Spaces around a line break (`a <br> b`) would start the next line with a space.
        if (!run.code) run.text = run.text.replace(/^[ \t]+/, '');
        const before = runs[runs.length - 1];
        if (before && !before.code && !before.math) before.text = before.text.replace(/[ \t]+$/, '');
        run.breakBefore = true;
        breakNext = false;
      }
      const prev = runs[runs.length - 1];
      if (prev && !run.breakBefore && !prev.math && sameFormat(prev, run)) prev.text += run.text;
      else runs.push(run);
    });
  };

  const list = children ?? [];
  for (let k = 0; k < list.length; k++) {
    const t = list[k];
    switch (t.type) {
      case 'text': {
        // pandoc `[some *styled* text]{.underline}`: the span's `]{…}` ends here, its `[` is in an earlier run.
        let text = t.content.replace(SPAN_END, (all, before: string) => {
          const open = [...runs].reverse().find((r) => !r.code && !r.math && r.text.includes('['));
          if (!open) return all;
          attributes.push(all.slice(before.length + 2, -1));
          const at = open.text.lastIndexOf('[');
          open.text = open.text.slice(0, at) + open.text.slice(at + 1);
          return before;
        });
        text = stripAttributes(text, attributes);
        push(script ? scriptText(text, script) : pandocScripts(text));
        break;
      }
      case 'footnote_ref': {
        // `[^1]`, `^[note]`: a superscript number here, the note under the slide's content (footnotes.ts).
        const mark = footnoteMarks.mark?.(t.meta as FootnoteRef);
        if (mark) push(mark);
        break;
      }
      case 'softbreak':
        // markdown-it-cjk-breaks already removed soft breaks between CJK characters; the rest read as a space.
        push(' ');
        break;
      case 'hardbreak':
        breakNext = true;
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 's_open':
        strike++;
        break;
      case 's_close':
        strike--;
        break;
      case 'link_open':
        links.push(safeHref(strAttr(t, 'href')));
        break;
      case 'link_close':
        links.pop();
        break;
      case 'code_inline': {
        // pandoc raw inline (`<a:r>…</a:r>`{=openxml}): content for another format, not text for the slide.
        const next = list[k + 1];
        const raw = next?.type === 'text' ? /^\{=([\w-]+)\}/.exec(next.content) : null;
        if (raw) {
          next.content = next.content.slice(raw[0].length);
          if (/\s$/.test(runs[runs.length - 1]?.text ?? '')) next.content = next.content.replace(/^\s+/, '');
          inlineHtml.raw?.(raw[1]);
          break;
        }
        push(t.content, { code: true });
        break;
      }
      case 'math_inline':
        // A formula is always a run of its own (never merged with text around it); `$$…$$` in a line is display.
        runs.push({ text: t.content, math: t.markup === '$$' ? 'display' : 'inline', ...(breakNext ? { breakBefore: true } : {}) });
        breakNext = false;
        break;
      case 'image':
        images.push({ path: strAttr(t, 'src') ?? '', alt: plainText(t.children) });
        break;
      case 'html_inline': {
        const tag = inlineTag(t.content);
        if (tag.kind === 'break') breakNext = true;
        else if (tag.kind === 'script') script = tag.open ? tag.which : undefined;
        else if (tag.kind === 'image') images.push({ path: tag.path, alt: tag.alt });
        else if (tag.kind === 'format') {
          const d = tag.open ? 1 : -1;
          if (tag.format === 'bold') bold = Math.max(0, bold + d);
          else if (tag.format === 'italic') italic = Math.max(0, italic + d);
          else strike = Math.max(0, strike + d);
        } else if (tag.kind === 'dropped') inlineHtml.dropped?.(tag.tag);
        break;
      }
      default:
        if (t.content) push(t.content);
    }
  }
  return { runs: trimRuns(runs), images, attributes };
}

function sameFormat(a: Inline, b: Inline): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.strike === !!b.strike && !!a.code === !!b.code && a.href === b.href;
}

/** Only web and mail links become hyperlinks; anything else (javascript:, file:) stays plain text. */
function safeHref(href: string | null): string | undefined {
  if (!href) return undefined;
  return /^(https?:|mailto:)/i.test(href) ? href : undefined;
}

/** Drop leading/trailing blank runs a softbreak or image left behind. */
function trimRuns(runs: Inline[]): Inline[] {
  while (runs.length && runs[0].text.trim() === '' && !runs[0].code && !runs[0].math) runs.shift();
  while (runs.length && runs[runs.length - 1].text.trim() === '' && !runs[runs.length - 1].code && !runs[runs.length - 1].math) runs.pop();
  if (runs.length) {
    // A code span keeps its spaces (`` ` ` `` is one space), wherever it stands.
    if (!runs[0].math && !runs[0].code) runs[0] = { ...runs[0], text: runs[0].text.replace(/^[ \t]+/, '') };
    const last = runs.length - 1;
    if (!runs[last].math && !runs[last].code) runs[last] = { ...runs[last], text: runs[last].text.replace(/[ \t]+$/, '') };
    if (runs[0].breakBefore) delete runs[0].breakBefore;
  }
  return runs;
}

function strAttr(t: Token, name: string): string | null {
  const v = t.attrGet(name);
  return v === null ? null : String(v);
}

/** The end of a pandoc span whose text had formatting inside (so its `[` sits in an earlier text token). */
const SPAN_END = /^([^[\]]*)\]\{\s*(?:[#.][\w:-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+))(?:\s+(?:[#.][\w:-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+)))*\s*\}/;

const SUP: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' };
const SUB: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', o: 'ₒ', x: 'ₓ', h: 'ₕ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', p: 'ₚ', s: 'ₛ', t: 'ₜ' };

/** Superscript / subscript text as Unicode when every character has a form (H₂O, 10³⁰); else as it is. */
export function scriptText(text: string, which: 'sup' | 'sub'): string {
  const map = which === 'sup' ? SUP : SUB;
  return [...text].every((c) => map[c]) ? [...text].map((c) => map[c]).join('') : text;
}

/** pandoc `H~2~O` and `x^2^` (not `3~5天`: only short ASCII runs right after a character). */
function pandocScripts(text: string): string {
  if (!text.includes('~') && !text.includes('^')) return text;
  return text
    .replace(/(?<=\S)~([A-Za-z0-9+=()-]{1,10})~(?!~)/g, (_m, x: string) => scriptText(x, 'sub'))
    .replace(/(?<=\S)\^([A-Za-z0-9+=()-]{1,10})\^/g, (_m, x: string) => scriptText(x, 'sup'));
}
