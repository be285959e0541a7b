// The symbol tables of src/render/math-text.ts (superscripts, subscripts, combining accents, named entities) are
// module-level constants: under Stryker's runner, which keeps modules loaded (isolate: false), the copy in memory was
// built before any mutant was switched on, so a test that imports the module normally never sees a mutated table
// (stop 25's render-d: 66 of math-text's 94 survivors). Each test here loads a fresh copy, built under the active mutant.
import { beforeEach, describe, expect, it, vi } from 'vitest';

let mathLines: (mathml: string) => string[] | undefined;
beforeEach(async () => {
  vi.resetModules();
  ({ mathLines } = await import('../../src/render/math-text.js'));
});

const el = (tag: string, text: string) => `<${tag}>${text}</${tag}>`;
const tok = (c: string) => (/\d/.test(c) ? el('mn', c) : /[a-zA-Z]/.test(c) ? el('mi', c) : el('mo', c));
const one = (inner: string) => mathLines(`<math>${inner}</math>`);

describe('linear text of scripts and accents (fresh module each test)', () => {
  const SUP: [string, string][] = [['0', '⁰'], ['1', '¹'], ['2', '²'], ['3', '³'], ['4', '⁴'], ['5', '⁵'], ['6', '⁶'], ['7', '⁷'], ['8', '⁸'], ['9', '⁹'], ['+', '⁺'], ['-', '⁻'], ['−', '⁻'], ['=', '⁼'], ['(', '⁽'], [')', '⁾'], ['n', 'ⁿ'], ['i', 'ⁱ'], ['′', '′'], ['*', '*'], ['T', 'ᵀ']];
  it.each(SUP)('x^%s reads x%s', (c, want) => {
    expect(one(`<msup><mi>x</mi>${tok(c)}</msup>`)).toEqual([`x${want}`]);
  });

  const SUB: [string, string][] = [['0', '₀'], ['1', '₁'], ['2', '₂'], ['3', '₃'], ['4', '₄'], ['5', '₅'], ['6', '₆'], ['7', '₇'], ['8', '₈'], ['9', '₉'], ['+', '₊'], ['-', '₋'], ['−', '₋'], ['=', '₌'], ['(', '₍'], [')', '₎'], ['a', 'ₐ'], ['e', 'ₑ'], ['o', 'ₒ'], ['x', 'ₓ'], ['h', 'ₕ'], ['k', 'ₖ'], ['l', 'ₗ'], ['m', 'ₘ'], ['n', 'ₙ'], ['p', 'ₚ'], ['s', 'ₛ'], ['t', 'ₜ'], ['i', 'ᵢ'], ['j', 'ⱼ'], ['r', 'ᵣ'], ['u', 'ᵤ'], ['v', 'ᵥ']];
  it.each(SUB)('x_%s reads x%s', (c, want) => {
    expect(one(`<msub><mi>x</mi>${tok(c)}</msub>`)).toEqual([`x${want}`]);
  });

  it('a letter without a subscript form is written with _ (so the tables are not all-matching)', () => {
    expect(one('<msub><mi>x</mi><mi>b</mi></msub>')).toEqual(['x_b']);
    expect(one('<msup><mi>x</mi><mi>b</mi></msup>')).toEqual(['x^b']);
  });

  const ACCENT: [string, string][] = [['→', '\u20D7'], ['^', '\u0302'], ['ˆ', '\u0302'], ['¯', '\u0305'], ['‾', '\u0305'], ['~', '\u0303'], ['˜', '\u0303'], ['˙', '\u0307'], ['¨', '\u0308']];
  it.each(ACCENT)('an accent %s over v is the combining mark', (over, mark) => {
    expect(one(`<mover accent="true"><mi>v</mi><mo>${over}</mo></mover>`)).toEqual([`v${mark}`]);
  });

  it('named entities and character references are decoded', () => {
    expect(one('<mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi><mo>&amp;</mo><mtext>&quot;&apos;&nbsp;</mtext><mi>&#x3b1;</mi><mi>&#X3B2;</mi><mi>&#947;</mi><mi>&unknown;</mi>'))
      .toEqual([`a < b > c&"' αβγ&unknown;`]); // no-break space: a space, as tidy() sets every space
  });
});
