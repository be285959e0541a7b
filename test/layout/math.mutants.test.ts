// src/layout/math.ts: a formula's size estimated from temml's MathML by TeX's rules, roughly — each token's
// characters at their usual Cambria Math advances (m/w 0.8 em, thin letters 0.32, capitals 0.66, others 0.52, CJK 1),
// space around relations (0.56 em) and binary operators (0.44) at the text size only, scripts at 70 % (never under
// 50 %), fractions stacked (display: full size), big operators as boxes, roots, tables, enclosures; then the line
// breaker's view of a paragraph with formulas. The expectations are written from those rules, not read back.
import { describe, expect, it } from 'vitest';
import { clearFormulaBoxes, formulaBox, wrapWithFormulas } from '../../src/layout/math.js';
import { measureWidthPt, type TextStyle } from '../../src/layout/measure.js';
import type { Inline } from '../../src/model.js';

const box = (latex: string, display = false) => formulaBox(latex, display);
const near = (latex: string, w: number, h: number, display = false) => {
  const b = box(latex, display);
  expect(b.widthEm).toBeCloseTo(w, 6);
  expect(b.heightEm).toBeCloseTo(h, 6);
};
const S = 0.7; // a script's scale

describe('tokens: characters at their Cambria Math advances', () => {
  it.each([
    ['x', 0.52], ['m', 0.8], ['W', 0.8], ['A', 0.66], ['\\text{中文}', 2], ['\\mathrm{m}w', 1.6], ['f', 0.32], ['l', 0.32], ['\\&', 0.52],
    // an operator's character as text (<mtext>=</mtext>) is a letter: no space around it as around the relation =
    ['\\text{=}', 0.52], ['\\text{+}', 0.52], ['\\text{a=b}', 0.52 * 3],
  ] as const)('%s → %d em wide, one em tall', (latex, w) => near(latex, w, 1));

  it('entities in the MathML are read as the characters they stand for', () => {
    near('a<b', 0.52 * 3 + 0.56, 1); // &lt; is one relation, not four letters
    near('a>b', 0.52 * 3 + 0.56, 1);
    near('\\text{a"b}', 0.52 * 3, 1); // &quot; is one character
    near("\\verb|'|", 0.32, 1); // temml writes ' as &#x27;: one thin character, not six
  });

  it('an entity the author typed stays text: MathML is decoded once', () => {
    near('\\verb|&lt;|', 0.52 + 3 * 0.32, 1); // &amp;lt; → the four characters & l t ;
    near('\\verb|&#945;|', 5 * 0.52 + 0.32, 1); // not α
  });

  it('the invisible operators U+2061–U+2064 take no room (temml writes U+2061 after \\sin)', () => {
    near('\\sin x', 0.52 * 2 + 0.32 + 0.1667 + 0.52, 1); // <mi>sin</mi><mo>⁡</mo><mspace width="0.1667em"/><mi>x</mi>
    for (const [ch, w] of [['\u2060', 0.52], ['\u2061', 0], ['\u2064', 0], ['\u2065', 0.52]] as const) near(`\\text{${ch}}`, Math.max(w, 0.3), 1);
  });

  it('full width starts at U+2E80 (the first CJK radical)', () => {
    near('\\text{\u2e80}', 1, 1);
  });
});

describe('operators', () => {
  it('relations get 0.56 em of space, binary operators 0.44, a comma 0.17', () => {
    near('a=b', 0.52 * 3 + 0.56, 1);
    near('a\\le b', 0.52 * 3 + 0.56, 1);
    near('a+b', 0.52 * 3 + 0.44, 1);
    near('a\\times b', 0.52 * 3 + 0.44, 1);
    near('a,b', 0.52 * 2 + 0.32 + 0.17, 1);
    near('(a)', 0.52 * 3, 1); // a fence is neither: no space
  });

  it('inside a script there is no operator space', () => {
    near('x^{a=b}', 0.52 + 0.52 * 3 * S + 0.05, 1 + S * 0.45);
  });

  it('a big operator is a box: 1 × 1.2 em inline, 1.4 × 2 em in display', () => {
    near('\\sum', 1, 1.2);
    near('\\sum', 1.4, 2, true);
    near('\\int', 1.4, 2, true);
  });

  it('a big operator in a script is a box at the script\'s size', () => {
    near('x^{\\sum}', 0.52 + S + 0.05, 1 + 1.2 * S * 0.45);
    near('x^{\\sum}', 0.52 + 1.4 * S + 0.05, 1 + 2 * S * 0.45, true);
  });
});

describe('scripts, fractions, limits', () => {
  it('a superscript sits at 70 % after its base, 0.05 em apart, and raises the box by 45 % of its height', () => {
    near('x^2', 0.52 + 0.52 * S + 0.05, 1 + S * 0.45);
  });

  it('sub- and superscript: the wider script counts once, both raise the box', () => {
    near('x_1^2', 0.52 + 0.52 * S + 0.05, 1 + 2 * S * 0.45);
    near('x_1^{22}', 0.52 + 2 * 0.52 * S + 0.05, 1 + 2 * S * 0.45);
  });

  it('a subscript alone: the same rules as a superscript', () => {
    near('x_1', 0.52 + 0.52 * S + 0.05, 1 + S * 0.45);
  });

  it('a fraction in a script: its parts at the script\'s script size (50 %), rule and gaps at the script\'s size, in display too', () => {
    const frac = { w: 0.52 * 0.5 + 0.24 * S, h: 2 * 0.5 + 0.24 * S };
    near('x^{\\frac{a}{b}}', 0.52 + frac.w + 0.05, 1 + frac.h * 0.45);
    near('x^{\\frac{a}{b}}', 0.52 + frac.w + 0.05, 1 + frac.h * 0.45, true);
  });

  it('an accent is a part over its base: the wider counts, the box grows by the part and 0.1 em', () => {
    near('\\hat{x}', 0.52, 1 + S + 0.1); // ˆ at script size is narrower than x
  });

  it('limits in a script: the gap is 0.1 em of the script', () => {
    near('x^{\\underset{a}{b}}', 0.52 + 0.52 * S + 0.05, 1 + (S + 0.5 + 0.1 * S) * 0.45);
  });

  it('a script of a script is at 50 %, not 49 %', () => {
    near('x^{y^{z}}', 0.52 + (0.52 * S + 0.52 * 0.5 + 0.05 * S) + 0.05, 1 + (S + 0.5 * 0.45) * 0.45);
  });

  it('an inline fraction is set at script size; a display fraction at full size; 0.24 em of rule and gaps', () => {
    near('\\frac{a}{b}', 0.52 * S + 0.24, 2 * S + 0.24);
    near('\\frac{a}{b}', 0.52 + 0.24, 2 + 0.24, true);
    near('\\frac{mm}{a}', 2 * 0.8 * S + 0.24, 2 * S + 0.24); // the wider of numerator and denominator
    near('\\frac{a}{mm}', 2 * 0.8 * S + 0.24, 2 * S + 0.24);
  });

  it('limits under and over: the widest part, each part 0.1 em apart', () => {
    near('\\underset{a}{x}', 0.52, 1 + S + 0.1);
    near('\\underset{mmm}{x}', 3 * 0.8 * S, 1 + S + 0.1);
    near('\\sum_{i=1}^n i', 1.4 + 0.32, 2 + 2 * (S + 0.1), true);
  });
});

describe('roots, tables, enclosures, spaces', () => {
  it('a square root adds 0.8 em and 0.2 em; an index wider than 0.4 em adds the excess (at 80 % of script size)', () => {
    near('\\sqrt{x}', 0.52 + 0.8, 1.2);
    near('\\sqrt[3]{x}', 0.52 + 0.8, 1.2);
    near('\\sqrt[123]{x}', 0.52 + 0.8 + (3 * 0.52 * S * 0.8 - 0.4), 1.2);
  });

  it('roots, tables and enclosures in a script: their extra space is at the script\'s size', () => {
    const root = { w: 0.52 * S + 0.8 * S, h: S + 0.2 * S };
    near('x^{\\sqrt{a}}', 0.52 + root.w + 0.05, 1 + root.h * 0.45);
    near('x^{\\sqrt[3]{a}}', 0.52 + root.w + 0.05, 1 + root.h * 0.45); // the index (3 at 40 %) is under 0.4 em
    const table = { w: 2 * 0.52 * S + 0.6 * S, h: 2 * S + 0.3 * S };
    near('x^{\\begin{matrix}a&b\\\\c&d\\end{matrix}}', 0.52 + table.w + 0.05, 1 + table.h * 0.45);
    near('x^{\\cancel{a}}', 0.52 + 0.52 * S + 0.3 * S + 0.05, 1 + (S + 0.3 * S) * 0.45);
  });

  it('a table\'s empty columns take no room: \\tag{1} is a row of an empty column, the formula and the tag', () => {
    near('x \\tag{1}', 0.52 + 3 * 0.52 + 0.6, 1, true); // (1) beside x, one gap; the empty padding column adds none
  });

  it('a table: its columns side by side 0.6 em apart, its rows (at least 1 em each) 0.3 em apart', () => {
    near('\\begin{matrix}a&b\\\\c&d\\end{matrix}', 0.52 * 2 + 0.6, 2 * 1 + 0.3);
    near('\\begin{matrix}a&mm\\\\ccc&d\\end{matrix}', 0.52 * 3 + 0.8 * 2 + 0.6, 2.3);
    near('\\begin{matrix}a\\end{matrix}', 0.52, 1);
    near('\\begin{matrix}\\\\a\\end{matrix}', 0.52, 2.3); // an empty row is still a line tall
    near('\\begin{matrix}x^2\\\\a\\end{matrix}', 0.52 + 0.52 * S + 0.05, 1 + S * 0.45 + 0.3 + 1);
  });

  it('an enclosure adds 0.3 em each way; a space is its own width', () => {
    near('\\cancel{x}', 0.52 + 0.3, 1.3);
    near('a\\quad b', 0.52 + 1 + 0.52, 1);
    near('a\\qquad b', 0.52 + 2 + 0.52, 1);
    // In a script temml writes a quad as 1.4286 em of the script's size (1 em of the text's): spaces scale too.
    near('x^{a\\quad b}', 0.52 + (0.52 + 1.4286 + 0.52) * S + 0.05, 1 + S * 0.45);
  });

  it('an operator made of letters (\\mathop{ab}) is its letters and its thin spaces, not nothing', () => {
    // temml: <mo lspace="0.1667em" rspace="0.1667em"><mi>a</mi><mi>b</mi></mo>, its spaces 0em when it stands alone
    near('\\mathop{ab}', 0.52 * 2, 1);
    near('x\\mathop{ab}x', 0.52 + 0.52 * 2 + 2 * 0.1667 + 0.52, 1);
    near('x^{\\mathop{ab}}', 0.52 + 0.52 * 2 * S + 0.05, 1 + S * 0.45); // in a script temml writes lspace="0em"
    near('\\sin\\mathop{ab}', 0.52 * 2 + 0.32 + 0.1667 + 0.52 * 2 + 2 * 0.1667, 1); // <mi>sin</mi>, U+2061, a thin space
    near('\\mathop{\\text{中}}x', 1 + 2 * 0.1667 + 0.52, 1);
    // inside a row of a script temml keeps the thin spaces (0.1667em each side): they shrink with the script
    near('x_{a\\mathop{ab}b}', 0.52 + S * (0.52 * 4 + 2 * 0.1667) + 0.05, 1 + S * 0.45);
  });
});

describe('the box a formula gets', () => {
  it('never narrower than 0.3 em or shorter than 1 em', () => {
    near('\\,', 0.3, 1);
    near('i', 0.32, 1);
  });

  it('LaTeX temml cannot read is code: 0.55 em a character, one em tall', () => {
    near('\\frac{', 6 * 0.55, 1);
  });

  it('the same formula is estimated once (the box is cached per inline/display form)', () => {
    expect(box('\\frac{x}{y}')).toBe(box('\\frac{x}{y}'));
    expect(box('\\frac{x}{y}', true)).not.toEqual(box('\\frac{x}{y}'));
  });

  it('the cache never confuses an inline formula with a display formula whose source starts with a mode letter', () => {
    clearFormulaBoxes();
    near('x', 0.52, 1);
    near('Ix', 0.66 + 0.52, 1, true);
    near('Dx', 0.66 + 0.52, 1);
    near('x', 0.52, 1, true);
  });

  it('the cache holds at most 2001 boxes, then starts again', () => {
    clearFormulaBoxes();
    const first = box('0');
    for (let i = 1; i <= 2000; i++) box(String(i)); // 2001 boxes
    expect(box('0')).toBe(first);
    const other = box('x'); // the 2002nd: the cache is emptied first
    expect(box('0')).not.toBe(first);
    expect(box('0')).toEqual(first);
    expect(box('x')).toBe(other);
  });
});

describe('wrapWithFormulas: what the line breaker sees', () => {
  const style: TextStyle = { faces: { latin: 'Arial', eastAsian: 'Microsoft YaHei' }, sizePt: 24 };
  const seen: Inline[][] = [];
  const wrap = (runs: Inline[]) => {
    seen.push(runs);
    return { lines: [runs.map((r) => r.text).join('')] };
  };

  it('without formulas: the wrapper\'s lines as they are', () => {
    seen.length = 0;
    const runs: Inline[] = [{ text: '正文' }];
    expect(wrapWithFormulas(runs, { style }, 30, wrap)).toEqual(['正文']);
    expect(seen[0]).toBe(runs);
  });

  it('a formula is a word of as many letters as its source, as wide as its box, not in the code face', () => {
    seen.length = 0;
    const src = 'mmmm'; // 3.2 em: between four i's and four W's
    const runs: Inline[] = [{ text: '设' }, { text: src, math: 'inline', code: true }];
    const lines = wrapWithFormulas(runs, { style }, 30, wrap);
    expect(lines).toEqual(['设' + src]); // the real text comes back, cut where the proxy's lines were
    const proxy = seen[0][1];
    expect(proxy.text).toMatch(/^W*i*$/);
    expect(proxy.text.length).toBe(src.length);
    expect(proxy.code).toBe(false);
    const target = box(src).widthEm * 24;
    const step = measureWidthPt('W', style) - measureWidthPt('i', style);
    expect(Math.abs(measureWidthPt(proxy.text, style) - target)).toBeLessThanOrEqual(step / 2 + 0.01);
    expect(seen[0][0]).toEqual({ text: '设' });
  });

  it('the proxy is as wide as the box, to half a W−i step, for narrow and wide formulas, inline and display', () => {
    const step = measureWidthPt('W', style) - measureWidthPt('i', style);
    for (const [src, mode] of [['iiiiiiii', 'inline'], ['lllllllllll', 'inline'], ['\\sum', 'inline'], ['\\sum', 'display'], ['mmmm', 'display']] as const) {
      seen.length = 0;
      wrapWithFormulas([{ text: '设' }, { text: src, math: mode }], { style }, 30, wrap);
      const proxy = seen[0][1].text;
      expect(proxy.length).toBe(src.length);
      const target = box(src, mode === 'display').widthEm * 24;
      expect(Math.abs(measureWidthPt(proxy, style) - target), `${src} ${mode}: ${proxy}`).toBeLessThanOrEqual(step / 2 + 0.01);
    }
  });

  it('lines cut the real text at the proxy\'s line lengths', () => {
    const src = 'x+y';
    const runs: Inline[] = [{ text: 'ab' }, { text: src, math: 'inline' }, { text: 'cd' }];
    const two = (r: Inline[]) => {
      const t = r.map((x) => x.text).join('');
      return { lines: [t.slice(0, 3), t.slice(3)] };
    };
    expect(wrapWithFormulas(runs, { style }, 30, two)).toEqual(['abx', '+ycd']);
  });

  it('a paragraph of display formulas only gets an empty line for each extra line pitch its tallest formula needs', () => {
    const runs: Inline[] = [{ text: '\\frac{a}{b}', math: 'display' }];
    const h = box('\\frac{a}{b}', true).heightEm; // 2.24 em
    const pitch = 30;
    const need = Math.ceil((h * 24 * 1.15) / pitch) - 1;
    expect(need).toBe(2);
    expect(wrapWithFormulas(runs, { style }, pitch, wrap)).toEqual(['\\frac{a}{b}', '', '']);
    // Beside text, a display formula adds no lines.
    expect(wrapWithFormulas([{ text: '设' }, ...runs], { style }, pitch, wrap)).toEqual(['设\\frac{a}{b}']);
    // The tallest of several sets the count.
    const two: Inline[] = [{ text: 'x', math: 'display' }, { text: '\\sum_{i=1}^n i', math: 'display' }];
    const tall = box('\\sum_{i=1}^n i', true).heightEm;
    expect(wrapWithFormulas(two, { style }, pitch, wrap).length).toBe(1 + Math.ceil((tall * 24 * 1.15) / pitch) - 1);
  });
});
