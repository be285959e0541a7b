// mathLines (src/render/math-text.ts) on hand-written MathML of the shapes temml writes: the linear text readers
// without Office Math show. Written against the survivors of the render-c mutation run (issue 18).
import { describe, expect, it } from 'vitest';
import { mathLines } from '../../src/render/math-text.js';

const m = (inner: string) => `<math xmlns="http://www.w3.org/1998/Math/MathML">${inner}</math>`;
const line = (inner: string) => mathLines(m(inner));

describe('mathLines: tokens and operators', () => {
  it('identifiers, numbers, text and string literals read as their text; entities decoded (hex either case, decimal, named)', () => {
    expect(line('<mrow><mi>x</mi><mn>12</mn><mtext>ab</mtext><ms>s</ms></mrow>')).toEqual(['x12abs']);
    expect(line('<mi>&#x3B1;&#X3B2;&#947;&amp;&lt;&unknown;</mi>')).toEqual(['αβγ&<&unknown;']);
    expect(line('<mi>&#x1D400;&#119809;</mi>')).toEqual(['𝐀𝐁']);
  });

  it('relations and binary operators get a space each side, a comma one after; other operators none', () => {
    expect(line('<mrow><mi>a</mi><mo>=</mo><mi>b</mi><mo>+</mo><mi>c</mi><mo>,</mo><mi>d</mi><mo>!</mo></mrow>')).toEqual(['a = b + c, d!']);
    // Only a whole operator counts: "=+" is not spaced.
    expect(line('<mrow><mi>a</mi><mo>=+</mo><mi>b</mi></mrow>')).toEqual(['a=+b']);
    expect(line('<mrow><mi>a</mi><mo>x=</mo><mi>b</mi></mrow>')).toEqual(['ax=b']);
  });

  it('a space is a space; phantoms and annotations show nothing; semantics shows its first child only', () => {
    expect(line('<mrow><mi>a</mi><mspace width="1em"/><mi>b</mi></mrow>')).toEqual(['a b']);
    expect(line('<mrow><mi>a</mi><mphantom><mi>zz</mi></mphantom><mi>b</mi></mrow>')).toEqual(['ab']);
    expect(line('<semantics><mrow><mi>a</mi></mrow><mi>extra</mi><annotation encoding="application/x-tex">a</annotation></semantics>')).toEqual(['a']);
    expect(line('<mrow><mi>a</mi><annotation-xml><mi>q</mi></annotation-xml></mrow>')).toEqual(['a']);
  });
});

describe('mathLines: scripts', () => {
  it('superscripts and subscripts in Unicode when every character has one, else ^ and _ with parentheses for more than one', () => {
    expect(line('<msup><mi>x</mi><mn>2</mn></msup>')).toEqual(['x²']);
    expect(line('<msub><mi>x</mi><mi>i</mi></msub>')).toEqual(['xᵢ']);
    expect(line('<msup><mi>x</mi><mi>y</mi></msup>')).toEqual(['x^y']);
    expect(line('<msup><mi>x</mi><mrow><mi>a</mi><mi>b</mi></mrow></msup>')).toEqual(['x^(ab)']);
    expect(line('<msub><mi>x</mi><mrow><mi>b</mi><mi>c</mi></mrow></msub>')).toEqual(['x_(bc)']);
    // Already in parentheses: not twice; spaces inside a script are dropped.
    expect(line('<msup><mi>e</mi><mrow><mo>(</mo><mi>a</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow></msup>')).toEqual(['e^(a+b)']);
    expect(line('<msup><mi>e</mi><mrow><mo>(</mo><mi>a</mi><mo>)</mo><mi>b</mi></mrow></msup>')).toEqual(['e^((a)b)']);
    expect(line('<msup><mi>e</mi><mrow><mi>b</mi><mo>(</mo><mi>a</mi><mo>)</mo></mrow></msup>')).toEqual(['e^(b(a))']);
  });

  it('sub-and-superscripts, limits under and over, an accent over one letter as a combining mark', () => {
    expect(line('<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>')).toEqual(['x₁²']);
    expect(line('<munder><mo>lim</mo><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder>')).toEqual(['lim_(n→∞)']);
    expect(line('<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>y</mi></munderover>')).toEqual(['∑ᵢ₌₁^y']);
    expect(line('<mover><mi>v</mi><mo>→</mo></mover>')).toEqual(['v\u20D7']);
    // An accent over more than one letter, or a non-accent over one: a superscript.
    expect(line('<mover><mrow><mi>a</mi><mi>b</mi></mrow><mo>→</mo></mover>')).toEqual(['ab^→']);
    expect(line('<mover><mi>a</mi><mi>y</mi></mover>')).toEqual(['a^y']);
  });
});

describe('mathLines: fractions, roots, tables', () => {
  it('a fraction: one symbol or one word/number as it is, anything longer in parentheses', () => {
    expect(line('<mfrac><mi>a</mi><mi>b</mi></mfrac>')).toEqual(['a/b']);
    expect(line('<mfrac><mn>12.5</mn><mi>xy</mi></mfrac>')).toEqual(['12.5/xy']);
    expect(line('<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mi>c</mi></mfrac>')).toEqual(['(a + b)/c']);
    expect(line('<mfrac><mrow><mo>(</mo><mi>a</mi><mo>)</mo><mi>b</mi></mrow><mi>c</mi></mfrac>')).toEqual(['((a)b)/c']);
  });

  it('square roots and n-th roots', () => {
    expect(line('<msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>')).toEqual(['√(x + 1)']);
    expect(line('<mroot><mi>x</mi><mn>3</mn></mroot>')).toEqual(['³√x']);
  });

  it('a formula that is one table: a line per row, cells side by side; a table inside a formula: rows joined by "; "', () => {
    const table = '<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mo>=</mo><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mo>=</mo><mi>d</mi></mtd></mtr></mtable>';
    expect(line(`<mrow><mstyle><mpadded>${table}</mpadded></mstyle></mrow>`)).toEqual(['a = b', 'c = d']);
    expect(line(`<semantics>${table}</semantics>`)).toEqual(['a = b', 'c = d']);
    expect(line(`<mrow><mi>x</mi>${table}</mrow>`)).toEqual(['xa = b; c = d']);
    // Only rows are lines; an empty row shows nothing.
    expect(line('<mtable><mtr><mtd><mi>a</mi></mtd></mtr><mi>junk</mi><mtr></mtr></mtable>')).toEqual(['a']);
    // Wrapped in an element that is not a layout wrapper: one line.
    expect(line(`<menclose>${table}</menclose>`)).toEqual(['a = b; c = d']);
  });

  it('nothing readable: undefined', () => {
    expect(mathLines('<math><mi>a</mi></mrow></math>')).toBeUndefined();
    expect(mathLines(m('<mphantom><mi>a</mi></mphantom>'))).toBeUndefined();
    expect(mathLines('<mi>a</mi><mi>b</mi>')).toBeUndefined();
  });
});

describe('mathLines: edges (hand-applied mutants)', () => {
  it('a one-symbol fraction part that is no letter or digit stays bare; an annotation outside semantics shows nothing', () => {
    expect(line('<mfrac><mi>∞</mi><mn>2</mn></mfrac>')).toEqual(['∞/2']);
    expect(line('<mrow><mi>a</mi><annotation encoding="text/plain">q</annotation></mrow>')).toEqual(['a']);
  });

  it('a sub-and-superscript that needs the marks: _ and ^ both written', () => {
    expect(line('<msubsup><mi>x</mi><mrow><mi>b</mi><mi>c</mi></mrow><mi>y</mi></msubsup>')).toEqual(['x_(bc)^y']);
  });

  it('table cells side by side with a space; a space after "(" and before ")" dropped, the brackets kept', () => {
    expect(line('<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable>')).toEqual(['a b']);
    expect(line('<mrow><mi>x</mi><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable></mrow>')).toEqual(['xa b']);
    expect(line('<mrow><mo>(</mo><mo>−</mo><mi>a</mi><mo>+</mo><mo>)</mo></mrow>')).toEqual(['(− a +)']);
  });

  it('only a table alone (through wrappers of one child) is read as lines: a table first among others is not; an empty formula is nothing', () => {
    expect(line('<mtable><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable><mi>c</mi>')).toEqual(['a; bc']);
    expect(mathLines('<math><mrow><mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable><mi>c</mi></mrow></math>')).toEqual(['ac']);
    expect(mathLines('<math></math>')).toBeUndefined();
  });

  it('a fraction part in parentheses only when it is one bracketed group; a script missing its script shows the mark alone', () => {
    const frac = (num: string) => line(`<mfrac><mrow>${num}</mrow><mn>2</mn></mfrac>`);
    expect(frac('<mo>(</mo><mi>a</mi><mo>+</mo><mi>b</mi><mo>)</mo>')).toEqual(['(a + b)/2']);
    expect(frac('<mi>a</mi><mo>+</mo><mo>(</mo><mi>b</mi><mo>)</mo>')).toEqual(['(a + (b))/2']);
    expect(line('<msup><mi>x</mi></msup>')).toEqual(['x^']);
  });
});

describe('mathLines: render-f survivors (stop 26)', () => {
  it('a sum with limits whose lower limit has no subscript form writes the _ mark; a root index without a superscript form is written bare', () => {
    expect(line('<munderover><mo>∑</mo><mrow><mi>k</mi><mo>∈</mo><mi>S</mi></mrow><mi>n</mi></munderover>')).toEqual(['∑_(k∈S)ⁿ']);
    expect(line('<mroot><mi>x</mi><mi>q</mi></mroot>')).toEqual(['q√x']);
    expect(line('<mroot><mi>x</mi><mn>3</mn></mroot>')).toEqual(['³√x']);
  });

  it('a closing tag that closes another element, or an element never closed, is MathML it cannot read', () => {
    expect(mathLines('<math><mrow><mi>a</mi></mo></math>')).toBeUndefined();
    expect(mathLines('<math><mrow><mi>a</mi></mrow></math>')).toEqual(['a']);
    expect(mathLines('<math><mi>a</mi>')).toBeUndefined();
  });
});
