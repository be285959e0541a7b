// Inline reading (src/parse/inline.ts) against the survivors of the lead's run parse-k (stop 27). The script tables
// and the pandoc span pattern are module constants, read once by the first test that loads the module when Stryker
// keeps modules loaded (isolate: false): they are checked here on a fresh copy (vi.resetModules).
import { describe, expect, it, vi } from 'vitest';
import type { Inline } from '../../src/model.js';

const freshInline = async () => {
  vi.resetModules();
  return import('../../src/parse/inline.js');
};
/** A fresh parse stage: the runs of the one paragraph `body` makes under a `## A` heading. */
const freshRuns = async (body: string): Promise<Inline[]> => {
  vi.resetModules();
  const { parse } = await import('../../src/parse/index.js');
  const b = parse(`## A\n\n${body}`, { file: 'talk.md' }).deck.slides[0]?.blocks[0];
  if (b?.kind !== 'paragraph') throw new Error(`not a paragraph: ${JSON.stringify(b)}`);
  return b.runs;
};

describe('the script tables (a fresh copy of the module)', () => {
  it('every character with a superscript form', async () => {
    const { scriptText } = await freshInline();
    const sup: [string, string][] = [['0', '⁰'], ['1', '¹'], ['2', '²'], ['3', '³'], ['4', '⁴'], ['5', '⁵'], ['6', '⁶'], ['7', '⁷'], ['8', '⁸'], ['9', '⁹'], ['+', '⁺'], ['-', '⁻'], ['=', '⁼'], ['(', '⁽'], [')', '⁾'], ['n', 'ⁿ'], ['i', 'ⁱ']];
    expect(sup.map(([c]) => scriptText(c, 'sup'))).toEqual(sup.map(([, s]) => s));
    expect(scriptText('a', 'sup')).toBe('a');
  });
  it('every character with a subscript form', async () => {
    const { scriptText } = await freshInline();
    const sub: [string, string][] = [['0', '₀'], ['1', '₁'], ['2', '₂'], ['3', '₃'], ['4', '₄'], ['5', '₅'], ['6', '₆'], ['7', '₇'], ['8', '₈'], ['9', '₉'], ['+', '₊'], ['-', '₋'], ['=', '₌'], ['(', '₍'], [')', '₎'], ['a', 'ₐ'], ['e', 'ₑ'], ['o', 'ₒ'], ['x', 'ₓ'], ['h', 'ₕ'], ['k', 'ₖ'], ['l', 'ₗ'], ['m', 'ₘ'], ['n', 'ₙ'], ['p', 'ₚ'], ['s', 'ₛ'], ['t', 'ₜ']];
    expect(sub.map(([c]) => scriptText(c, 'sub'))).toEqual(sub.map(([, s]) => s));
    expect(scriptText('i', 'sub')).toBe('i');
  });
});

describe('the end of a pandoc span with formatting inside (a fresh parse stage)', () => {
  const span = (attrs: string) => freshRuns(`[a *b* c]{${attrs}} z`);
  const unwrapped = [{ text: 'a ' }, { text: 'b', italic: true }, { text: ' c z' }];
  it('a class, an id, key=value (bare, double- or single-quoted), names with : and -, one or more apart by any spaces', async () => {
    for (const attrs of ['.ab', '#id', 'key=v1', 'k="v w"', "k='v w'", '.a-b:c', ' .ab', '  .ab  #id  ', '.c  kk="v w"  jj=\'x y\'  mm=z1', '#i .c', 'data-x=1 .c'])
      expect([attrs, await span(attrs)]).toEqual([attrs, unwrapped]);
  });
  it('what is no attribute block keeps the brackets and braces', async () => {
    for (const attrs of ['', ':x', '.a b', 'k="v w', '=v', 'k=', '.a,.b'])
      expect([attrs, (await span(attrs)).map((r) => r.text).join('')]).toEqual([attrs, `[a b c]{${attrs}} z`]);
  });
  it('the `]{` must come before any other bracket in the text token', async () => {
    expect(await freshRuns('[s *t*] b]{.x} z')).toEqual([{ text: '[s ' }, { text: 't', italic: true }, { text: '] b] z' }]);
  });
});

describe('runs (parse-k)', () => {
  it('a paragraph without pictures is only a paragraph', async () => {
    const { parse } = await import('../../src/parse/index.js');
    expect(parse('## A\n\nplain text\n', { file: 'talk.md' }).deck.slides[0].blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'plain text' }], src: { line: 3 } }]);
  });
  it('every space on either side of a <br> goes', async () => {
    expect(await freshRuns('three  <br>  four\tx <br>\t five')).toEqual([{ text: 'three' }, { text: 'four\tx', breakBefore: true }, { text: 'five', breakBefore: true }]);
  });
  it('a span\'s `]{…}` pairs with the last `[` before it, outside code', async () => {
    expect(await freshRuns('[a] *b* [c *d*]{.x}')).toEqual([{ text: '[a] ' }, { text: 'b', italic: true }, { text: ' c ' }, { text: 'd', italic: true }]);
    expect(await freshRuns('[a *b* `[c`]{.x}')).toEqual([{ text: 'a ' }, { text: 'b', italic: true }, { text: ' ' }, { text: '[c', code: true }]);
  });
  it('a span inside brackets: its `]{…}` takes the nearest `[`', async () => {
    expect(await freshRuns('[a [b *c*]{.x} d')).toEqual([{ text: '[a b ' }, { text: 'c', italic: true }, { text: ' d' }]);
  });
  it('a footnote reference without a definition leaves no mark: the text around it joins', async () => {
    vi.resetModules();
    const { parse } = await import('../../src/parse/index.js');
    const { deck, warnings } = parse('## A\n\na[^nope] b[^1]\n\n[^1]: note\n', { file: 'talk.md' });
    expect(deck.slides[0].blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: 'a b¹' }], src: { line: 3 } });
    expect(warnings.map((w) => w.message)).toEqual(['footnote reference without a definition ([^nope]) left out']);
  });
  it('a span\'s attributes in a heading are read: a class naming a layout asks for it', async () => {
    vi.resetModules();
    const { parse } = await import('../../src/parse/index.js');
    const slides = parse('## C [a *b* c]{.quote}\n\nmore\n\n## D [*e*]{.cards}\n\nz\n\n## E [*see* s.table]{.cards}\n\nw\n', { file: 'talk.md' }).deck.slides;
    expect(slides.map((s) => [s.title, s.layoutRequest])).toEqual([
      [[{ text: 'C a ' }, { text: 'b', italic: true }, { text: ' c' }], { name: 'quote', line: 1, origin: 'heading class' }],
      [[{ text: 'D ' }, { text: 'e', italic: true }], { name: 'cards', line: 5, origin: 'heading class' }],
      // only the braces' inside: the span's own text (s.table) is no class
      [[{ text: 'E ' }, { text: 'see', italic: true }, { text: ' s.table' }], { name: 'cards', line: 9, origin: 'heading class' }],
    ]);
  });
});

describe('raw inline content (parse-k)', () => {
  it('the spaces after it go only when the text before it ends in one, and only those at its start', async () => {
    expect(await freshRuns('x`<a/>`{=openxml} y')).toEqual([{ text: 'x y' }]);
    expect(await freshRuns('a b`<a/>`{=openxml} c')).toEqual([{ text: 'a b c' }]);
    expect(await freshRuns('x `<a/>`{=openxml}  y')).toEqual([{ text: 'x y' }]);
    expect(await freshRuns('x `<a/>`{=openxml}y z')).toEqual([{ text: 'x y z' }]);
  });
  it('only a {=format} right after the code makes it raw', async () => {
    expect(await freshRuns('`c` and {=html} x')).toEqual([{ text: 'c', code: true }, { text: ' and {=html} x' }]);
  });
  it('read again after the walk (a cover\'s lines, the front-matter title), raw content and HTML tags are left out quietly', async () => {
    vi.resetModules();
    const { parse } = await import('../../src/parse/index.js');
    const cover = parse('---\nmarp: true\n---\n\n# Talk\n\nMe <custom>x</custom> `r`{=html} now\nACME\n\n---\n\n# Next\n\nx\n', { file: 't.md' });
    expect(cover.deck.slides[0].subtitle).toEqual([{ text: 'Me x now' }, { text: 'ACME', breakBefore: true }]);
    expect(cover.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(['7: HTML <custom> left out (its text is kept)', '7: raw {=html} inline content left out (content for another output format)']);
    const titled = parse('---\ntitle: "Deck `r`{=html} y"\n---\n\n## A\n\ntext\n', { file: 't.md' });
    expect(titled.deck.meta.title).toBe('Deck y');
  });
});

describe('the ends of a paragraph (parse-k)', () => {
  it('blank runs a picture leaves at either end go; every space at the ends too; formulas keep theirs', async () => {
    expect(await freshRuns('![](a.png) **b** ![](c.png)')).toEqual([{ text: 'b', bold: true }]);
    expect(await freshRuns('![](a.png)  text  ![](c.png)')).toEqual([{ text: 'text' }]);
    expect(await freshRuns('$$ a $$ x')).toEqual([{ text: ' a ', math: 'display' }, { text: ' x' }]);
    expect(await freshRuns('x $$ a $$')).toEqual([{ text: 'x ' }, { text: ' a ', math: 'display' }]);
  });
  it('pandoc subscripts alone, superscripts alone', async () => {
    expect(await freshRuns('H~2~O C~12~')).toEqual([{ text: 'H₂O C₁₂' }]);
    expect(await freshRuns('x^2^')).toEqual([{ text: 'x²' }]);
  });
  it('a closing </sup> ends the superscript', async () => {
    expect(await freshRuns('x <sup>2</sup>3')).toEqual([{ text: 'x ²3' }]);
  });
});
