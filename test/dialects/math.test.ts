// Math: `$…$`, `$$…$$` and `\begin{align}` become Office Math (OMML) through temml + mathml2omml; a formula that
// cannot be converted is its LaTeX source in the code face with one warning naming its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { build } from '../../src/build.js';
import type { Block, Inline } from '../../src/model.js';
import { formulaBox } from '../../src/layout/math.js';
import { hasValidator, validate, xmlProblems } from '../reliability/pptx-check.js';
import { slideXml } from './helpers.js';
import { toMathML } from '../../src/text/mathml.js';
import { mathLines } from '../../src/render/math-text.js';

const runsOf = (b: Block | undefined): Inline[] => (b && b.kind === 'paragraph' ? b.runs : []);

describe('math: parse', () => {
  const md = [
    '## Energy', // 1
    '',
    'The energy $E = mc^2$ and $\\frac{a}{b}$ inline, $5 and $6 are money, \\$x\\$ is escaped.', // 3
    '',
    '$$', // 5
    'a \\\\ b \\, c',
    '$$',
    '',
    '\\begin{align}', // 9
    'x &= 1 \\\\',
    'y &= 2',
    '\\end{align}',
    '',
    'Broken $\\frac{1$ here.', // 14
    '',
  ].join('\n');
  const { deck, warnings } = parse(md);
  const blocks = deck.slides[0].blocks;

  it('inline formulas are runs of their own with the LaTeX source; money and escaped dollars stay text', () => {
    const runs = runsOf(blocks[0]);
    expect(runs.filter((r) => r.math)).toEqual([
      { text: 'E = mc^2', math: 'inline' },
      { text: '\\frac{a}{b}', math: 'inline' },
    ]);
    expect(runs.map((r) => r.text).join('')).toContain(' inline, $5 and $6 are money, $x$ is escaped.');
  });

  it('display blocks keep \\\\ and \\, (markdown-it never sees them as escapes)', () => {
    expect(runsOf(blocks[1])).toEqual([{ text: 'a \\\\ b \\, c', math: 'display' }]);
    expect(runsOf(blocks[2])).toEqual([{ text: '\\begin{align}\nx &= 1 \\\\\ny &= 2\n\\end{align}', math: 'display' }]);
  });

  it('a formula temml cannot read is code, with one warning naming its line', () => {
    expect(runsOf(blocks[3])).toContainEqual({ text: '\\frac{1', code: true });
    expect(warnings.filter((w) => /cannot be converted/.test(w.message))).toHaveLength(1);
    expect(warnings.find((w) => /cannot be converted/.test(w.message))?.line).toBe(14);
  });
});

describe('math: measured from the MathML', () => {
  it('a fraction is taller than a line and about as wide as its widest part', () => {
    const frac = formulaBox('\\frac{a+b}{c}', true);
    expect(frac.heightEm).toBeGreaterThan(2);
    expect(frac.widthEm).toBeGreaterThan(formulaBox('a+b', true).widthEm);
    expect(frac.widthEm).toBeLessThan(formulaBox('a+b+c', true).widthEm + 0.5);
    expect(formulaBox('x', false).heightEm).toBe(1);
    // Two aligned rows are about two lines tall.
    expect(formulaBox('\\begin{align} a &= b \\\\ c &= d \\end{align}', true).heightEm).toBeGreaterThan(2);
  });

  it('a long inline formula wraps as one word and a display fraction gets a taller line', async () => {
    const r = await build('## M\n\n$$\\frac{1}{2}$$\n\nText $x^2$ end.\n');
    const body = r.laid.slides[0].items.find((i) => i.kind === 'text' && i.role === 'body');
    expect(body && body.kind === 'text' && body.paragraphs[0].lines).toBeGreaterThan(1);
    expect(body && body.kind === 'text' && body.paragraphs[1].lines).toBe(1);
  });
});

describe('math: Office Math in the slide XML', () => {
  it('each display formula is an m:oMath inside a14:m in mc:AlternateContent, with the source as fallback', async () => {
    const r = await build('## M\n\nInline $x^2$ here.\n\n$$\\frac{a}{b}$$\n\n\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n');
    const xml = (await slideXml(r.bytes))[0];
    expect(xml.match(/<m:oMath>/g)).toHaveLength(2);
    expect(xml.match(/<m:oMath xmlns:m=/g)).toHaveLength(1); // the inline one, not in an oMathPara
    expect(xml.match(/<m:oMathPara /g)).toHaveLength(2);
    // a14 and p14: PowerPoint knows both and takes the equation; LibreOffice matches only one prefix and shows the fallback.
    expect(xml).toMatch(/<mc:AlternateContent xmlns:mc="[^"]+"><mc:Choice xmlns:a14="[^"]+" xmlns:p14="[^"]+" Requires="a14 p14"><a14:m>/);
    expect(xml).toContain('<m:f>');
    expect(xml).toContain('<m:sSup>');
    // The fallback is the formula's linear text in the body face (not LaTeX); align rows are lines.
    expect(xml).toMatch(/<mc:Fallback><a:r><a:rPr[^>]*>(?:(?!<\/a:rPr>).)*<\/a:rPr><a:t>a\/b<\/a:t><\/a:r><\/mc:Fallback>/);
    expect(xml).toMatch(/<mc:Fallback><a:r>.*?<a:t>a = b<\/a:t><\/a:r><a:br\/><a:r>.*?<a:t>c = d<\/a:t><\/a:r><\/mc:Fallback>/);
    expect(xml).toMatch(/<mc:Fallback><a:r>.*?<a:t>x²<\/a:t>/);
    // Every math run has the paragraph's size.
    expect(xml).toMatch(/<m:r><a:rPr lang="en-US" sz="\d+"/);
    expect(xml).not.toContain('xmlns:w=');
    if (hasValidator) expect(validate(r.bytes, 'math').output).toMatch(/validate-pptx: OK/);
  });

  it('an unconvertible formula is written as its source in the code face', async () => {
    const r = await build('## M\n\nBroken $\\frac{1$ here.\n');
    const xml = (await slideXml(r.bytes))[0];
    expect(xml).not.toContain('a14:m');
    expect(xml).toMatch(/<a:latin typeface="[^"]+"\/>.*<a:t>\\frac\{1<\/a:t>/);
  });
});

describe('math: the fallback text readers without Office Math show', () => {
  const lines = (tex: string, display = false) => {
    const mml = toMathML(tex, display);
    return typeof mml === 'string' ? mathLines(mml) : mml;
  };
  it('scripts as Unicode where every character has one, else ^( ) / _( )', () => {
    expect(lines('x^2 + y_{10}')).toEqual(['x² + y₁₀']);
    expect(lines('e^{i\\pi} + a_{xyz}')).toEqual(['e^(iπ) + a_(xyz)']);
    expect(lines('\\sum_{i=1}^{n} i')).toEqual(['∑ᵢ₌₁ⁿi']);
  });
  it('fractions with parentheses around parts of more than one symbol; roots; accents', () => {
    expect(lines('\\frac{a+b}{2}')).toEqual(['(a + b)/2']);
    expect(lines('\\frac{1}{x}')).toEqual(['1/x']);
    expect(lines('\\sqrt{x+1} + \\sqrt[3]{y}')).toEqual(['√(x + 1) + ³√y']);
    expect(lines('\\vec{v} \\cdot \\hat{n}')).toEqual(['v\u20D7 ⋅ n\u0302']);
  });
  it('align and gathered rows are lines', () => {
    expect(lines('\\begin{align}a &= 1 \\\\ b &= 2\\end{align}', true)).toEqual(['a = 1', 'b = 2']);
    expect(lines('x \\\\ y', true)).toEqual(['x', 'y']);
  });
  it('malformed MathML gives undefined (the caller falls back to the LaTeX source)', () => {
    expect(mathLines('<math><mi>x</math>')).toBeUndefined();
  });
});

describe('math: what mathml2omml writes raw is made well-formed (found by npm run fuzz)', () => {
  it('markup characters in a formula are escaped in m:t; mathvariant="normal" leaves no w:rPr and no m:sty "undefined"', async () => {
    const { formulaOmml, wellFormed } = await import('../../src/render/math.js');
    const lt = formulaOmml('5<b> 3.14', false)!;
    expect(lt).toContain('<m:t xml:space="preserve">5&lt;b&gt;3.14</m:t>');
    expect(formulaOmml('\\text{<b> \\& </m:t>}', false)).toContain('&lt;b&gt;\u00a0&amp;\u00a0&lt;/m:t&gt;');
    const greek = formulaOmml('ΑΒΓ x', false)!;
    expect(greek).not.toMatch(/<w:|m:val="undefined"/);
    expect(greek).toContain('<m:sty m:val="p"/>');
    for (const x of [lt, greek]) expect(wellFormed(x)).toBe(true);
    expect(wellFormed('<m:oMath><m:r><m:t>a<b</m:t></m:r></m:oMath>')).toBe(false);
    expect(wellFormed('<m:oMath><m:r><m:t>a&b</m:t></m:r></m:oMath>')).toBe(false);
    expect(wellFormed('<m:oMath><m:r></m:oMath>')).toBe(false);
    expect(wellFormed('<m:oMath><w:rPr/></m:oMath>')).toBe(false);
  });

  it.skipIf(!hasValidator)('a deck with those formulas passes validate-pptx', async () => {
    const md = '## M\n\nLess $5<b> 3.14$, text $\\text{<b> \\& c}$, Greek $ΑΒΓ\\,x$ and $\\mathit{Δ} < 3$.\n';
    const r = await build(md, { file: 'm.md' });
    const xml = (await slideXml(r.bytes)).join('');
    expect(xml.match(/<a14:m>/g)).toHaveLength(4);
    expect(xml).not.toMatch(/<w:rPr|m:val="undefined"/);
    expect(await xmlProblems(r.bytes)).toEqual([]);
    expect(validate(r.bytes, 'math-escape').output).toMatch(/validate-pptx: OK/);
  });
});
