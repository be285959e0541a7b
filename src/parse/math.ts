// TeX math in Markdown, as pandoc reads it: `$…$` inline, `$$…$$` display (inline or on lines of their own), and
// a bare `\begin{align}…\end{align}` (pandoc's raw_tex environments). These rules only find where a formula starts
// and ends — the LaTeX itself is read by temml (checkFormula) and converted by src/render/math.ts. They run before
// markdown-it's escape rule, so `\\` and `\,` inside a formula reach temml untouched.
import type { MarkdownIt as Md } from 'markdown-it';
import type { Inline, Slide } from '../model.js';
import type { Diagnostics } from '../errors.js';
import { toMathML } from '../text/mathml.js';
import { eachRuns } from '../text/walk.js';
import { lineText, type BlockState } from './block-state.js';

type InlineState = { src: string; pos: number; posMax: number; push: (type: string, tag: string, nesting: number) => { content: string; markup: string } };

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Environments pandoc passes through as display math when they stand alone. */
const ENVIRONMENTS = 'align|align\\*|aligned|equation|equation\\*|gather|gather\\*|gathered|multline|multline\\*|eqnarray|eqnarray\\*|split|cases|matrix|pmatrix|bmatrix';
const BEGIN = new RegExp(`^\\\\begin\\{(${ENVIRONMENTS})\\}`);

function escaped(src: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && src.charCodeAt(i) === BACKSLASH; i--) n++;
  return n % 2 === 1;
}

function mathInline(state: InlineState, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== DOLLAR || escaped(src, pos)) return false;
  const display = src.charCodeAt(pos + 1) === DOLLAR;
  const open = display ? 2 : 1;
  const first = src.charCodeAt(pos + open);
  // pandoc: `$ x$` is not math (a space after the opening $), `$5 and $6` is not math either.
  if (!display && (Number.isNaN(first) || isSpace(first))) return false;
  let end = pos + open;
  for (;;) {
    end = src.indexOf(display ? '$$' : '$', end);
    if (end < 0 || end >= state.posMax) return false;
    if (escaped(src, end)) {
      end++;
      continue;
    }
    if (!display && (isSpace(src.charCodeAt(end - 1)) || isDigit(src.charCodeAt(end + 1)))) {
      end++;
      continue;
    }
    break;
  }
  const content = src.slice(pos + open, end);
  if (content.trim() === '') return false;
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.content = content;
    token.markup = display ? '$$' : '$';
  }
  state.pos = end + open;
  return true;
}

/**
 * `$$` on a line of its own (possibly with the formula on the same line), or `\begin{env}` … `\end{env}`. A `$$`
 * formula ends at the first `$$` after the opening one: a block only when nothing follows it on its line (`$$ x $$
 * more` is a formula in a paragraph: the inline rule's), and only when it holds a formula (`$$ $$` is text there too).
 */
function mathBlock(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const first = lineText(state, startLine);
  const env = BEGIN.exec(first);
  // Whether a line ends the block: 1 it does, -1 not yet, 0 it ends the formula but not as a block.
  let close: (text: string) => number;
  let body: (lines: string[]) => string;
  let rest = first; // the part of the first line that may hold the end
  if (first.startsWith('$$')) {
    rest = first.slice(2);
    close = (text) => {
      const at = text.indexOf('$$');
      return at < 0 ? -1 : text.slice(at + 2).trim() === '' ? 1 : 0;
    };
    body = (lines) => {
      const text = lines.join('\n');
      return text.slice(2, text.lastIndexOf('$$'));
    };
  } else if (env) {
    const endTag = `\\end{${env[1]}}`;
    close = (text) => (text.includes(endTag) ? 1 : -1);
    body = (lines) => lines.join('\n');
  } else return false;

  let line = startLine;
  let found = close(rest);
  while (found < 0) {
    line++;
    if (line >= endLine) return false;
    // A blank line ends the attempt: an unclosed `$$` is text, as in pandoc.
    if (state.bMarks[line] + state.tShift[line] >= state.eMarks[line] && !env) return false;
    found = close(lineText(state, line));
  }
  if (found === 0) return false;
  const lines: string[] = [];
  for (let l = startLine; l <= line; l++) lines.push(lineText(state, l));
  const content = body(lines).trim();
  if (content === '') return false;
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = content;
  token.markup = env ? 'env' : '$$';
  token.map = [startLine, line + 1];
  state.line = line + 1;
  return true;
}

export function mathPlugin(md: Md): void {
  md.inline.ruler.before('escape', 'math_inline', mathInline as never);
  md.block.ruler.before('paragraph', 'math_block', mathBlock as never, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}

/** Why a formula cannot be converted (temml's message, one line), or undefined when it can. */
export function checkFormula(latex: string, display: boolean): string | undefined {
  const r = toMathML(latex, display);
  return r instanceof Error ? r.message.split('\n')[0].trim() : undefined;
}

/**
 * Every formula in the slides is checked once: one temml cannot read is shown as its LaTeX source in the code
 * face (never mangled), with one warning naming its line.
 */
export function settleFormulas(slides: readonly Slide[], diag: Diagnostics): void {
  const fix = (runs: Inline[] | undefined, line: number) => {
    if (!runs) return;
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i];
      if (!r.math) continue;
      const why = checkFormula(r.text, r.math === 'display');
      if (why === undefined) continue;
      diag.warn(`formula "${clip(r.text)}" cannot be converted to an equation (${why}); shown as LaTeX source`, line);
      const { math: _m, ...rest } = r;
      runs[i] = { ...rest, code: true };
    }
  };
  for (const s of slides) {
    fix(s.title, s.src.line);
    fix(s.subtitle, s.src.line);
    eachRuns(s.blocks, fix);
  }
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? one.slice(0, 39) + '…' : one;
}
