// src/render/math.ts on its own (render-c survivors): the formula cache keeps display and inline apart, mathml2omml's
// console chatter is silenced only while it converts, its WordprocessingML is dropped, the well-formedness check
// refuses what a slide cannot hold, and each math run is dressed in the paragraph's size, colour and language, with
// the linear text (or the LaTeX source, as code) as the fallback.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearFormulaOmml, formulaOmml, mathRunXml, tidyOmml, wellFormed } from '../../src/render/math.js';

beforeEach(() => clearFormulaOmml());

const M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string) => `<m:r><m:t xml:space="preserve">${text}</m:t></m:r>`;

describe('formulaOmml', () => {
  it('display and inline are cached apart, also where one key would be the other with a letter in front', () => {
    expect(formulaOmml('x', false)).toBe(`<m:oMath>${run('x')}</m:oMath>`);
    expect(formulaOmml('Ix', true)).toBe(`<m:oMath>${run('Ix')}</m:oMath>`);
    expect(formulaOmml('y', true)).toBe(`<m:oMath>${run('y')}</m:oMath>`);
    expect(formulaOmml('Dy', false)).toBe(`<m:oMath>${run('Dy')}</m:oMath>`);
    // The same source differs by mode: limits under and over a display sum, beside an inline one.
    expect(formulaOmml('\\sum_{i=1}^n i', false)).toContain('<m:limLoc m:val="subSup"/>');
    expect(formulaOmml('\\sum_{i=1}^n i', true)).toContain('<m:limLoc m:val="undOvr"/>');
  });

  it('silences mathml2omml only while it converts: console.warn is the caller\'s again afterwards', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      // mathml2omml says "Type not supported: mphantom" on the console for \phantom.
      expect(formulaOmml('\\phantom{q}', false)).toBe(`<m:oMath>${run('q')}</m:oMath>`);
      expect(spy).not.toHaveBeenCalled();
      console.warn('after');
      expect(spy).toHaveBeenCalledExactlyOnceWith('after');
    } finally {
      spy.mockRestore();
    }
  });

  it('a formula temml cannot read is null', () => {
    expect(formulaOmml('\\frac{1', false)).toBeNull();
  });
});

describe('tidyOmml', () => {
  it('drops the w: namespace and every w:rPr, empty or not, laid out or not; m:sty "undefined" becomes plain; stand-ins are escaped again', () => {
    const raw = `<m:oMath ${M} ${W}><m:r><w:rPr/><m:rPr><m:nor/><m:sty m:val="undefined"/></m:rPr><m:t>d</m:t></m:r>` +
      `<m:r><w:rPr>\n  <w:b/> <w:i/>\n</w:rPr><m:rPr><m:nor/></m:rPr><m:t>\uE000\uE001\uE002</m:t></m:r></m:oMath>`;
    expect(tidyOmml(raw)).toBe(
      '<m:oMath><m:r><m:rPr><m:nor/><m:sty m:val="p"/></m:rPr><m:t>d</m:t></m:r><m:r><m:rPr><m:nor/></m:rPr><m:t>&lt;&gt;&amp;</m:t></m:r></m:oMath>',
    );
  });

  it('what is not an m:oMath is null, even when well-formed', () => {
    expect(tidyOmml('')).toBeNull();
    expect(tidyOmml('x')).toBeNull();
    expect(tidyOmml(`<m:r>${run('x')}</m:r>`)).toBeNull();
    expect(tidyOmml(`<m:oMath ${M}/>`)).toBe(`<m:oMath ${M}/>`);
  });
});

describe('wellFormed', () => {
  it('attributes: separated by one space or several; entities in values only when complete', () => {
    expect(wellFormed('<m:oMath><m:chr  m:val="x"   m:b="y"/></m:oMath>')).toBe(true);
    for (const v of ['&lt;', '&gt;', '&amp;', '&quot;', '&apos;', '&#12;', '&#123;', '&#x19;', '&#xAb;', '&#x1F;']) {
      expect(wellFormed(`<m:oMath><m:chr m:val="a${v}b"/></m:oMath>`), v).toBe(true);
    }
    for (const v of ['&', '&lt', '&#;', '&#x;', '&#xG;', '&#1a;', '&nbsp;']) {
      expect(wellFormed(`<m:oMath><m:chr m:val="a${v}b"/></m:oMath>`), v).toBe(false);
    }
  });

  it('a raw > in text, an unclosed or a mismatched tag, a tag that is not m: are refused', () => {
    expect(wellFormed(`<m:oMath>${run('a&gt;b')}</m:oMath>`)).toBe(true);
    expect(wellFormed(`<m:oMath>${run('a>b')}</m:oMath>`)).toBe(false);
    expect(wellFormed('<m:oMath><m:r>')).toBe(false);
    expect(wellFormed('<m:oMath>')).toBe(false);
    expect(wellFormed('<m:oMath></m:r>')).toBe(false);
    expect(wellFormed('<a:oMath></a:oMath>')).toBe(false);
    expect(wellFormed('x')).toBe(true);
  });
});

describe('mathRunXml', () => {
  const style = { sizePt: 24, langAttrs: 'lang="en-US" altLang="zh-CN"' };
  const calls: [string, boolean][] = [];
  const fallback = (t: string, code: boolean) => {
    calls.push([t, code]);
    return `<a:r><a:t>${t}</a:t></a:r>`;
  };
  const rPr = (fill: string) =>
    `<a:rPr lang="en-US" altLang="zh-CN" sz="2400" dirty="0">${fill}<a:latin typeface="Cambria Math"/><a:ea typeface="Cambria Math"/><a:cs typeface="Cambria Math"/></a:rPr>`;
  beforeEach(() => {
    calls.length = 0;
  });

  it('every m:r gets the size, colour and language, after its own m:rPr; the linear text is the fallback', () => {
    const xml = mathRunXml({ text: '\\mathrm{d}x', math: 'inline' }, { ...style, color: 'C00000' }, fallback)!;
    const p = rPr('<a:solidFill><a:srgbClr val="C00000"/></a:solidFill>');
    expect(xml).toContain(
      `<a14:m><m:oMath ${M}><m:r><m:rPr><m:nor/><m:sty m:val="p"/></m:rPr>${p}<m:t xml:space="preserve">d</m:t></m:r>` +
        `<m:r>${p}<m:t xml:space="preserve"> </m:t></m:r><m:r>${p}<m:t xml:space="preserve">x</m:t></m:r></m:oMath></a14:m>`,
    );
    expect(xml).toMatch(/<mc:Fallback><a:r><a:t>d x<\/a:t><\/a:r><\/mc:Fallback><\/mc:AlternateContent>$/);
    expect(calls).toEqual([['d x', false]]);
  });

  it('no colour: no fill; a display formula is a centred oMathPara; rows are fallback lines, not code', () => {
    const xml = mathRunXml({ text: '\\begin{align} x&=1\\\\y&=2\\end{align}', math: 'display' }, style, fallback)!;
    expect(xml).toContain(`<m:r>${rPr('')}<m:t xml:space="preserve">x</m:t></m:r>`);
    expect(xml).not.toContain('solidFill');
    expect(xml).toContain(`<a14:m><m:oMathPara ${M}><m:oMathParaPr><m:jc m:val="centerGroup"/></m:oMathParaPr><m:oMath><m:m>`);
    expect(xml).toContain('<mc:Fallback><a:r><a:t>x = 1</a:t></a:r><a:br/><a:r><a:t>y = 2</a:t></a:r></mc:Fallback>');
    expect(calls).toEqual([
      ['x = 1', false],
      ['y = 2', false],
    ]);
  });

  it('a formula with no linear text (a phantom) falls back to its LaTeX source as code; one temml cannot read is undefined', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const xml = mathRunXml({ text: '\\phantom{x}', math: 'inline' }, style, fallback)!;
      expect(xml).toContain('<mc:Fallback><a:r><a:t>\\phantom{x}</a:t></a:r></mc:Fallback>');
      expect(calls).toEqual([['\\phantom{x}', true]]);
    } finally {
      warn.mockRestore();
    }
    expect(mathRunXml({ text: '\\frac{1', math: 'inline' }, style, fallback)).toBeUndefined();
  });
});

describe('module-level constants, read by a fresh copy of the module (built once, at import: render-d survivors)', () => {
  it('the namespaces, the Requires list, the stand-ins for markup characters and the entities text may hold', async () => {
    vi.resetModules();
    const fresh = await import('../../src/render/math.js');
    const xml = fresh.mathRunXml({ text: 'a<b>c\\&d', math: 'inline' }, { sizePt: 10, langAttrs: 'lang="en-US"' }, (t) => `<a:r><a:t>${t}</a:t></a:r>`)!;
    expect(xml).toMatch(
      /^<mc:AlternateContent xmlns:mc="http:\/\/schemas\.openxmlformats\.org\/markup-compatibility\/2006"><mc:Choice xmlns:a14="http:\/\/schemas\.microsoft\.com\/office\/drawing\/2010\/main" xmlns:p14="http:\/\/schemas\.microsoft\.com\/office\/powerpoint\/2010\/main" Requires="a14 p14"><a14:m><m:oMath xmlns:m="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/math">/,
    );
    expect(xml).toContain('<m:t xml:space="preserve">a&lt;b&gt;c&amp;d</m:t>');
    for (const e of ['&lt;', '&gt;', '&amp;', '&quot;', '&apos;', '&#12;', '&#x1F;', '&#xab;']) expect(fresh.wellFormed(`<m:t>${e}</m:t>`), e).toBe(true);
    for (const e of ['&', '&#;', '&#x;', '&nbsp;']) expect(fresh.wellFormed(`<m:t>a${e}b</m:t>`), e).toBe(false);
  });
});

describe('formulaOmml: stop 26 (render-g survivors)', () => {
  it('an unknown entity is malformed even when a known one follows it within the look-ahead', () => {
    expect(wellFormed('<m:t>&x;&amp;</m:t>')).toBe(false);
    expect(wellFormed('<m:t>&amp;&x;</m:t>')).toBe(false);
    expect(wellFormed('<m:t>&#x3b1;&amp;</m:t>')).toBe(true);
  });

  it('clearFormulaOmml forgets what was converted: the same formula is converted again, to the same OMML', async () => {
    vi.resetModules();
    const seen: string[] = [];
    vi.doMock('../../src/text/mathml.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/text/mathml.js')>();
      return { ...real, toMathML: (latex: string, display: boolean) => (seen.push(latex), real.toMathML(latex, display)) };
    });
    try {
      const fresh = await import('../../src/render/math.js');
      const first = fresh.formulaOmml('x^2', false);
      expect(fresh.formulaOmml('x^2', false)).toBe(first);
      expect(seen).toEqual(['x^2']); // served from the cache
      fresh.clearFormulaOmml();
      expect(fresh.formulaOmml('x^2', false)).toBe(first);
      expect(seen).toEqual(['x^2', 'x^2']);
    } finally {
      vi.doUnmock('../../src/text/mathml.js');
      vi.resetModules();
    }
  });
});
