// Footnotes (src/parse/footnotes.ts) and TeX math (src/parse/math.ts) at their edges: numbering in citation order, a
// label cited again, notes on every slide that cites them, continuation lines, inline notes with brackets, the two
// reports; and where a formula starts and ends (pandoc's rules for $, escaped dollars, display blocks, environments),
// and the warning for a formula temml cannot read. Written for a mutation run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { Footnotes, footnoteDefs, superscriptNumber } from '../../src/parse/footnotes.js';
import { checkFormula } from '../../src/parse/math.js';
import { markdown } from '../../src/parse/markdown.js';
import type { Block, Inline, Slide } from '../../src/model.js';

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 'talk.md' });
  return { slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const lines = (s: Slide) => s.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));
const runsOf = (src: string): Inline[] => {
  const b = run(`## A\n\n${src}`).slides[0].blocks[0];
  if (b?.kind !== 'paragraph') throw new Error(`not a paragraph: ${JSON.stringify(b)}`);
  return b.runs;
};

describe('footnotes', () => {
  const deck = '## A\n\nText[^a] and[^b] again[^a] inline^[an *inline* [note]] miss[^zz].\n\n[^a]: First note\n    continued lazily\n\n    indented para\n\n[^b]: Second\n[^c]: Never used\n\n## B\n\nOn B[^b] and ^[esc \\] bracket] and ^[unclosed\n\n    [^a]: in code\n';
  it('numbers in citation order, a label cited again keeps its number; notes close each slide that cites them', () => {
    const { slides } = run(deck);
    expect(lines(slides[0])).toEqual(['Text¹ and² again¹ inline³ miss.', '¹ First note continued lazily indented para', '² Second', '³ an inline [note]']);
    expect(lines(slides[1])).toEqual(['On B² and ⁴ and ^[unclosed', 'code', '² Second', '⁴ esc ] bracket']);
  });
  it('a note keeps its Markdown; its line is the definition\'s (or, inline, the citing line\'s)', () => {
    const { slides } = run(deck);
    expect(slides[0].blocks.slice(1).map((b) => b.src.line)).toEqual([5, 10, 3]);
    expect((slides[0].blocks[3] as Extract<Block, { kind: 'paragraph' }>).runs).toEqual([{ text: '³ ' }, { text: 'an ' }, { text: 'inline', italic: true }, { text: ' [note]' }]);
  });
  it('a reference without a definition and a definition never cited are reported with their lines', () => {
    expect(run(deck).warnings).toEqual(['3: footnote reference without a definition ([^zz]) left out', '11: footnote never referenced ([^c]) left out']);
  });
  it('a definition ends at a blank line not followed by an indented one, or at the next definition', () => {
    const defs = footnoteDefs(markdown().parse('[^a]: one\ntwo\n\nnot part\n\n[^b]: three\n[^c]:four\n\n[^d]: five\n\n      six\n', {}), (t) => (t.map ? t.map[0] + 1 : 1));
    expect([...defs.entries()]).toEqual([
      ['a', { text: 'one two', line: 1 }],
      ['b', { text: 'three', line: 6 }],
      ['c', { text: 'four', line: 7 }],
      ['d', { text: 'five six', line: 9 }],
    ]);
  });
  it('the first definition of a label wins', () => {
    const defs = footnoteDefs(markdown().parse('[^a]: first\n\n[^a]: second\n', {}), () => 1);
    expect(defs.get('a')?.text).toBe('first');
  });
  it('superscript numbers for every digit', () => {
    expect(superscriptNumber(1234567890)).toBe('¹²³⁴⁵⁶⁷⁸⁹⁰');
  });
  it('take() gives each slide the numbers cited since the last call, once each; nothing without a slide', () => {
    const fn = new Footnotes(new Map([['a', { text: 'A', line: 9 }]]), undefined, () => 4);
    const s1 = { layout: 'content', blocks: [], notes: [], src: { line: 1 } } as Slide;
    const into = new Map<Slide, number[]>();
    expect(fn.mark({ label: 'a' })).toBe('¹');
    expect(fn.mark({ label: 'a' })).toBe('¹');
    fn.take(undefined, into);
    expect(into.size).toBe(0);
    fn.take(s1, into);
    expect(into.get(s1)).toEqual([1]);
    expect(fn.mark({ inline: 'B' })).toBe('²');
    fn.take(s1, into);
    expect(into.get(s1)).toEqual([1, 2]);
    fn.take(s1, into);
    expect(into.get(s1)).toEqual([1, 2]);
    fn.place(into, (md) => [{ text: md }]);
    expect(s1.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: '¹ ' }, { text: 'A' }], src: { line: 9 } },
      { kind: 'paragraph', runs: [{ text: '² ' }, { text: 'B' }], src: { line: 4 } },
    ]);
  });
  it('[^x] inside code stays code, and a definition inside a list item is still a definition', () => {
    const { slides } = run('## A\n\n`x[^1]` y[^1]\n\n- item\n\n  [^1]: nested def\n');
    expect(lines(slides[0])).toEqual(['x[^1] y¹', 'list', '¹ nested def']);
  });
});

describe('where a formula starts and ends', () => {
  it('$…$ is math; a space after the opening $ or before the closing one, or a digit after it, is not', () => {
    expect(runsOf('$x$ $ y$.')).toEqual([{ text: 'x', math: 'inline' }, { text: ' $ y$.' }]);
    expect(runsOf('$z $ and')).toEqual([{ text: '$z $ and' }]);
    expect(runsOf('$w$5 and')).toEqual([{ text: '$w$5 and' }]);
    // the closing $ is the first one with no space before it and no digit after it
    // (temml cannot read a $ inside, so the formula is shown as its source)
    expect(runsOf('$a $ b$5 c$.').map((r) => r.text)).toEqual(['a $ b$5 c', '.']);
    expect(runsOf('costs $5 and $6 today')).toEqual([{ text: 'costs $5 and $6 today' }]);
    expect(runsOf('a $b c $d$').map((r) => r.text)).toEqual(['a ', 'b c $d']);
  });
  it('escaped dollars are text, inside or outside a formula; an escaped backslash does not escape', () => {
    expect(runsOf('\\$x$ and $a\\$b$')).toEqual([{ text: '$x$ and ' }, { text: 'a\\$b', math: 'inline' }]);
    expect(runsOf('\\\\$x$')).toEqual([{ text: '\\' }, { text: 'x', math: 'inline' }]);
  });
  it('an empty or blank formula is text; an unclosed one too', () => {
    expect(runsOf('$$ $$ and $ $ and $x')).toEqual([{ text: '$$ $$ and $ $ and $x' }]);
  });
  it('$$…$$ in a line is display; a line of only $$ x $$ is a display block', () => {
    expect(runsOf('text $$ y $$ more')).toEqual([{ text: 'text ' }, { text: ' y ', math: 'display' }, { text: ' more' }]);
    expect(run('## A\n\n$$ x $$\n').slides[0].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'x', math: 'display' }], src: { line: 3 } }]);
  });
  it('a display block over lines, with the formula on the $$ lines too; \\\\ and \\, reach the formula', () => {
    expect(run('## A\n\n$$ a \\\\\nb \\, c $$\n').slides[0].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'a \\\\\nb \\, c', math: 'display' }], src: { line: 3 } }]);
    expect(run('## A\n\n$$\nx\n$$\n\nafter\n').slides[0].blocks.map((b) => (b.kind === 'paragraph' && b.runs[0].math) || 'text')).toEqual(['display', 'text']);
  });
  it('an unclosed $$ block, or one a blank line interrupts, is text; an indented one is code', () => {
    expect(lines(run('## A\n\n$$\nunclosed\n\nnext\n').slides[0])).toEqual(['$$ unclosed', 'next']);
    expect(lines(run('## A\n\n$$\nunclosed\n').slides[0])).toEqual(['$$ unclosed']);
    expect(run('## A\n\n    $$\n    x\n    $$\n').slides[0].blocks.map((b) => b.kind)).toEqual(['code']);
  });
  it('\\begin{align}…\\end{align} on lines of their own is display math, blank lines allowed inside', () => {
    expect(run('## A\n\n\\begin{align}\na &= b\n\n\\end{align}\n\nafter\n').slides[0].blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: '\\begin{align}\na &= b\n\n\\end{align}', math: 'display' }], src: { line: 3 } },
      { kind: 'paragraph', runs: [{ text: 'after' }], src: { line: 8 } },
    ]);
    expect(run('## A\n\n\\begin{pmatrix} 1 \\end{pmatrix}\n').slides[0].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: '\\begin{pmatrix} 1 \\end{pmatrix}', math: 'display' }], src: { line: 3 } }]);
    expect(run('## A\n\n\\begin{align*}\nx\n\\end{align*}\n').slides[0].blocks[0]).toMatchObject({ runs: [{ math: 'display' }] });
  });
  it('an environment pandoc does not pass through, or one never ended, is text', () => {
    expect(lines(run('## A\n\n\\begin{tabular}\nx\n\\end{tabular}\n').slides[0])).toEqual(['\\begin{tabular} x \\end{tabular}']);
    expect(lines(run('## A\n\n\\begin{align}\nx\n').slides[0])).toEqual(['\\begin{align} x']);
  });
});

describe('formulas temml cannot read', () => {
  it('are shown as their source in the code face, with one warning at the title\'s or the block\'s line, the source clipped', () => {
    const { slides, warnings } = run('## A $\\frac{1}{$\n\n$$\\frac{1}{$$\n\ntext $\\unknownmacro{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}$\n');
    expect(slides[0].title).toEqual([{ text: 'A ' }, { text: '\\frac{1}{', code: true }]);
    expect(slides[0].blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: '\\frac{1}{', code: true }], src: { line: 3 } },
      { kind: 'paragraph', runs: [{ text: 'text ' }, { text: '\\unknownmacro{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}', code: true }], src: { line: 5 } },
    ]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^1: formula "\\frac\{1\}\{" cannot be converted to an equation \(.+\); shown as LaTeX source$/);
    expect(warnings[1]).toMatch(/^3: formula "\\frac\{1\}\{" cannot/);
    expect(warnings[2]).toMatch(/^5: formula "\\unknownmacro\{a{25}…" cannot/);
  });
  it('checkFormula: undefined for a good formula, temml\'s first line for a bad one', () => {
    expect(checkFormula('x^2', false)).toBeUndefined();
    expect(checkFormula('\\frac{1}{', true)).toMatch(/^\S.*\S$/);
    expect(checkFormula('\\frac{1}{', true)).not.toContain('\n');
  });
  it('a formula in a subtitle is checked too', () => {
    const { slides, warnings } = run('---\nmarp: true\n---\n\n# T\n\n$\\frac{1}{$\n');
    expect(slides[0].subtitle).toEqual([{ text: '\\frac{1}{', code: true }]);
    expect(warnings).toHaveLength(1);
  });
});
