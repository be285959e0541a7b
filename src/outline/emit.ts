// The plan → huibao's Markdown dialect: YAML front matter, `#` sections, `##` slides, `- ` bullets and
// `::: notes` blocks; speech text escaped so that nothing in it reads as Markdown.
import type { Meta } from './meta.js';
import type { Plan, SlideOut } from './plan.js';

export interface Emitted {
  markdown: string;
  /** For each Markdown line (index 0 = line 1), the input line of the speech it came from. */
  lines: number[];
}

export function emit(meta: Meta & { title: string; lang: string }, p: Plan): Emitted {
  const out: string[] = ['---'];
  const lines: number[] = [];
  let at = 1;
  const mark = () => {
    while (lines.length < out.length) lines.push(at);
  };
  const put = (k: string, v: string | undefined) => {
    if (v !== undefined && v !== '') out.push(`${k}: ${yamlScalar(v)}`);
  };
  put('title', meta.title);
  put('subtitle', meta.subtitle);
  put('author', meta.author);
  put('date', meta.date);
  put('lang', meta.lang);
  put('closing', meta.closing);
  out.push('---', '');
  notes(out, p.leading);
  mark();
  for (const s of p.intro) {
    at = s.line;
    slide(out, s);
    mark();
  }
  for (const sec of p.sections) {
    at = sec.line;
    out.push(`# ${escapeHeading(sec.title)}`, '');
    notes(out, sec.notes);
    mark();
    for (const s of sec.slides) {
      at = s.line;
      slide(out, s);
      mark();
    }
  }
  while (out[out.length - 1] === '') out.pop();
  return { markdown: out.join('\n') + '\n', lines: lines.slice(0, out.length) };
}

function slide(out: string[], s: SlideOut): void {
  out.push(`## ${escapeHeading(s.title)}`, '');
  if (s.bullets.length) {
    s.bullets.forEach((b, i) => {
      const body = s.cardBodies?.[i];
      if (s.ordered) out.push(`${i + 1}. ${escapeInline(b.trim())}`);
      else if (!s.cards) out.push(`- ${escapeLine(b)}`);
      else out.push(`- **${escapeInline(b.trim())}**` + (body ? (/[\u4e00-\u9fff]/.test(b) ? '：' : ': ') + escapeInline(body.trim()) : ''));
    });
    out.push('');
  }
  notes(out, s.notes);
}

function notes(out: string[], paras: readonly string[]): void {
  if (paras.length === 0) return;
  out.push('::: notes');
  paras.forEach((p, i) => {
    if (i > 0) out.push('');
    out.push(escapeLine(p));
  });
  out.push(':::', '');
}

// Characters that start Markdown syntax anywhere in a line (emphasis, code, HTML, links, strikethrough,
// entities, hard-break backslashes).
const INLINE = /[\\`*_<>[\]~|]|&(?=#?[A-Za-z0-9]+;)/g;

export function escapeInline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(INLINE, (c) => '\\' + c);
}

/** Escape a whole line: inline syntax, and what would make the line a heading, list, quote, fence or rule. */
export function escapeLine(text: string): string {
  const t = escapeInline(text.trim());
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(t);
  if (ordered) return ordered[1] + '\\' + ordered[2] + t.slice(ordered[0].length);
  if (/^(?:#|[-+](?=\s|$)|=+\s*$|:::|\s{4})/.test(t)) return '\\' + t;
  return t;
}

/** In a heading only inline syntax matters (1. is not a list there), and `#` anywhere (a closing sequence). */
function escapeHeading(text: string): string {
  return escapeInline(text.trim()).replace(/#/g, '\\#');
}

/** Plain when YAML would read it back as the same string (2022年1月8日 is text; 2023-07-19 and 12 are not). */
function yamlScalar(v: string): string {
  const plain =
    /^[^\s'"&*!|>%@`{}[\],#?:\-.+~]/.test(v) &&
    !/: |\s#|[\n\r\t]/.test(v) &&
    !/[:\s]$/.test(v) &&
    !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(v) &&
    !/^[\d_]+(?:[.:eE][\d_+-]*)*$|^\d{4}-\d\d?-\d\d?/.test(v);
  return plain ? v : JSON.stringify(v);
}
