// Inline reading (src/parse/inline.ts, src/parse/html.ts) at its edges: formatting nested and merged, which links
// become hyperlinks, hard breaks (two spaces, <br>, \v) and the spaces around them, pandoc scripts and spans, raw
// inline content, inline HTML tags (formatting, scripts, images, dropped tags), formulas as runs of their own, and
// the plain text of alt texts. Written for a mutation run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { plainText, scriptText } from '../../src/parse/inline.js';
import { decodeEntities, inlineTag, isComponent, readHtmlBlock } from '../../src/parse/html.js';
import { markdown } from '../../src/parse/markdown.js';
import type { Inline } from '../../src/model.js';

const parsed = (body: string) => {
  const { deck, warnings } = parse(`## A\n\n${body}`, { file: 'talk.md' });
  return { blocks: deck.slides[0]?.blocks ?? [], warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
/** The runs of the one paragraph `body` makes. */
const runs = (body: string): Inline[] => {
  const b = parsed(body).blocks[0];
  if (b?.kind !== 'paragraph') throw new Error(`not a paragraph: ${JSON.stringify(b)}`);
  return b.runs;
};

describe('formatting', () => {
  it('nested emphasis, strike, code; runs of the same format merge, others do not', () => {
    expect(runs('**b *bi*** ~~s~~ `c` plain')).toEqual([
      { text: 'b ', bold: true },
      { text: 'bi', bold: true, italic: true },
      { text: ' ' },
      { text: 's', strike: true },
      { text: ' ' },
      { text: 'c', code: true },
      { text: ' plain' },
    ]);
    expect(runs('**bold\ntext** and *a* *b*')).toEqual([{ text: 'bold text', bold: true }, { text: ' and ' }, { text: 'a', italic: true }, { text: ' ' }, { text: 'b', italic: true }]);
    expect(runs('`a` `b`')).toEqual([{ text: 'a', code: true }, { text: ' ' }, { text: 'b', code: true }]);
    expect(runs('`a``b`')).toEqual([{ text: 'a``b', code: true }]);
  });
  it('a code span keeps its spaces at the start and end of a paragraph and after a hard break', () => {
    expect(runs('` ` x')).toEqual([{ text: ' ', code: true }, { text: ' x' }]);
    expect(runs('x ` `')).toEqual([{ text: 'x ' }, { text: ' ', code: true }]);
    expect(runs('`  a  `')).toEqual([{ text: ' a ', code: true }]);
    expect(runs('x<br>`  a`')).toEqual([{ text: 'x' }, { text: '  a', code: true, breakBefore: true }]);
    // Plain text is still trimmed there.
    expect(runs('x<br>  a')).toEqual([{ text: 'x' }, { text: 'a', breakBefore: true }]);
  });
  it('web and mail links become hyperlinks (any case); other targets stay plain text', () => {
    expect(runs('[l](https://x.org) [h](http://y) [r](page.html) [m](MAILTO:a@b) [f](ftp://x) [e]() [s](xhttp://z)')).toEqual([
      { text: 'l', href: 'https://x.org' },
      { text: ' ' },
      { text: 'h', href: 'http://y' },
      { text: ' r ' },
      { text: 'm', href: 'MAILTO:a@b' },
      { text: ' f e s' },
    ]);
  });
  it('a link with formatting inside keeps the link on every run; text after it has none', () => {
    expect(runs('[a **b**](https://x) c')).toEqual([{ text: 'a ', href: 'https://x' }, { text: 'b', bold: true, href: 'https://x' }, { text: ' c' }]);
  });
  it('soft breaks: a space between Latin words, nothing between CJK characters', () => {
    expect(runs('one\ntwo')).toEqual([{ text: 'one two' }]);
    expect(runs('中文\n测试')).toEqual([{ text: '中文测试' }]);
  });
});

describe('line breaks', () => {
  it('two spaces, a backslash, <br> and <br/> break the line; spaces around a break go', () => {
    expect(runs('line one  \nline two\\\nthree <br> four <br/> five')).toEqual([
      { text: 'line one' },
      { text: 'line two', breakBefore: true },
      { text: 'three', breakBefore: true },
      { text: 'four', breakBefore: true },
      { text: 'five', breakBefore: true },
    ]);
  });
  it('\\v is PowerPoint\'s line break: a break, also at the end of a run and before a formula', () => {
    expect(runs('first\vsecond')).toEqual([{ text: 'first' }, { text: 'second', breakBefore: true }]);
    expect(runs('a\v\vb')).toEqual([{ text: 'a' }, { text: 'b', breakBefore: true }]);
    expect(runs('a  \n$m$ after')).toEqual([{ text: 'a' }, { text: 'm', math: 'inline', breakBefore: true }, { text: ' after' }]);
    // a \v at the end of a text token: an empty run carries the break to what follows
    expect(runs('**a**\v*b*')).toEqual([{ text: 'a', bold: true }, { text: '', breakBefore: true }, { text: 'b', italic: true }]);
  });
  it('a break keeps the spaces of code before it, and the first run never starts with a break', () => {
    expect(runs('`x  `  \nnext')).toEqual([{ text: 'x  ', code: true }, { text: 'next', breakBefore: true }]);
    expect(runs('<br> start')).toEqual([{ text: 'start' }]);
  });
  it('leading and trailing blank runs are trimmed, but not code or formulas', () => {
    expect(runs('![](a.png) text ![](b.png)')).toEqual([{ text: 'text' }]);
    expect(runs('`a` x')).toEqual([{ text: 'a', code: true }, { text: ' x' }]);
    expect(runs('x `a`')).toEqual([{ text: 'x ' }, { text: 'a', code: true }]);
    expect(runs('$a$ x $b$')).toEqual([{ text: 'a', math: 'inline' }, { text: ' x ' }, { text: 'b', math: 'inline' }]);
  });
});

describe('formulas', () => {
  it('$…$ inline and $$…$$ in a line are runs of their own, never merged', () => {
    expect(runs('$a$ and $$b$$ text')).toEqual([{ text: 'a', math: 'inline' }, { text: ' and ' }, { text: 'b', math: 'display' }, { text: ' text' }]);
    expect(runs('$a$$b$')).toEqual([{ text: 'a', math: 'inline' }, { text: 'b', math: 'inline' }]);
  });
});

describe('pandoc scripts and spans', () => {
  it('H~2~O and x^2^ as Unicode (without the marks when a character has no form); 3~5天 and long runs stay', () => {
    expect(runs('H~2~O x^2^ 3~5天 a~toolongtoolong1~ b^(n+1)^ y^abc^ ~1~ m~~n~~')).toEqual([{ text: 'H₂O x² 3~5天 a~toolongtoolong1~ b⁽ⁿ⁺¹⁾ yabc ~1~ m' }, { text: 'n', strike: true }]);
  });
  it('<sup>/<sub> as Unicode when every character has a form, else as written', () => {
    expect(runs('x<sup>2</sup> H<sub>2</sub>O y<sup>x y</sup> <sub>ab</sub> <sub>aeo</sub>')).toEqual([{ text: 'x² H₂O yx y ab ₐₑₒ' }]);
  });
  it('scriptText maps every character or none', () => {
    expect(scriptText('10', 'sup')).toBe('¹⁰');
    expect(scriptText('10', 'sub')).toBe('₁₀');
    expect(scriptText('n+i', 'sup')).toBe('ⁿ⁺ⁱ');
    expect(scriptText('x', 'sup')).toBe('x');
    expect(scriptText('', 'sub')).toBe('');
  });
  it('a span with formatting inside loses its brackets and attributes; a stray ]{…} loses only the attributes', () => {
    expect(runs('[some *styled* text]{.underline} and [plain]{.mark} {#id}')).toEqual([{ text: 'some ' }, { text: 'styled', italic: true }, { text: ' text and plain' }]);
    expect(runs('lead ]{.x} tail')).toEqual([{ text: 'lead ] tail' }]);
    expect(runs('`co` [a`b`c]{.k}')).toEqual([{ text: 'co', code: true }, { text: ' a' }, { text: 'b', code: true }, { text: 'c' }]);
    expect(runs('[x *y*]{key="v w"} z')).toEqual([{ text: 'x ' }, { text: 'y', italic: true }, { text: ' z' }]);
  });
  it('raw inline content for another format is left out, with the space after it; one note per line', () => {
    const { blocks, warnings } = parsed('`<a:r/>`{=openxml} after\n\nx `<a:r/>`{=openxml} y\n\n`kept`{.class}\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.runs : []))).toEqual([[{ text: 'after' }], [{ text: 'x y' }], [{ text: 'kept', code: true }]]);
    expect(warnings).toEqual(['3: raw {=openxml} inline content left out (content for another output format) (2 places: lines 3, 5)']);
  });
});

describe('inline HTML', () => {
  it('formatting tags open and close formatting; a stray closing tag does not go below zero', () => {
    expect(runs('<b>bo</b><i>it</i><s>st</s><strong>S</strong><em>E</em><del>D</del><strike>K</strike></b></i></s>x')).toEqual([
      { text: 'bo', bold: true },
      { text: 'it', italic: true },
      { text: 'st', strike: true },
      { text: 'S', bold: true },
      { text: 'E', italic: true },
      { text: 'DK', strike: true },
      { text: 'x' },
    ]);
    expect(runs('</b></i></s><b>y</b>')).toEqual([{ text: 'y', bold: true }]);
  });
  it('text tags and components keep their text quietly; other tags are noted; <img> is an image', () => {
    const { blocks, warnings } = parsed('<span>sp</span><custom>c</custom><v-click>v</v-click><Comp>k</Comp><!-- fit --> <img src="y.png" alt="Y"> </img>\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'spcvk' }], src: { line: 3 } },
      { kind: 'image', path: 'y.png', alt: 'Y', src: { line: 3 } },
    ]);
    expect(warnings).toEqual(['3: HTML <custom> left out (its text is kept)']);
  });
  it('inlineTag: what each tag means', () => {
    expect(inlineTag('<!-- x -->')).toEqual({ kind: 'text' });
    expect(inlineTag('<BR/>')).toEqual({ kind: 'break' });
    expect(inlineTag('<img src=a.png alt=\'A &amp; B\'>')).toEqual({ kind: 'image', path: 'a.png', alt: 'A & B' });
    expect(inlineTag('<img>')).toEqual({ kind: 'image', path: '', alt: '' });
    expect(inlineTag('</img>')).toEqual({ kind: 'text' });
    expect(inlineTag('<STRONG>')).toEqual({ kind: 'format', format: 'bold', open: true });
    expect(inlineTag('</em>')).toEqual({ kind: 'format', format: 'italic', open: false });
    expect(inlineTag('<del>')).toEqual({ kind: 'format', format: 'strike', open: true });
    expect(inlineTag('<sup>')).toEqual({ kind: 'script', which: 'sup', open: true });
    expect(inlineTag('</sub>')).toEqual({ kind: 'script', which: 'sub', open: false });
    expect(inlineTag('<center>')).toEqual({ kind: 'text' });
    expect(inlineTag('<my-comp>')).toEqual({ kind: 'text' });
    expect(inlineTag('<Div>')).toEqual({ kind: 'text' });
    expect(inlineTag('<div>')).toEqual({ kind: 'dropped', tag: 'div' });
    expect(inlineTag('<?php echo 1; ?>')).toEqual({ kind: 'dropped', tag: '<?php echo 1' });
  });
  it('isComponent: a dash or a capital', () => {
    expect(isComponent('v-click')).toBe(true);
    expect(isComponent('Transform')).toBe(true);
    expect(isComponent('span')).toBe(false);
    expect(isComponent('sPan')).toBe(false);
  });
  it('decodeEntities: named, decimal and hex; unknown ones stay', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&nbsp;&#65;&#x42;&#X43;&AMP;&copy;')).toBe('&<>"\'\u00a0ABC&&copy;');
  });
});

describe('HTML blocks', () => {
  it('comments, dropped-with-content tags and tags go; text lines, links, emphasis and scripts stay', () => {
    const r = readHtmlBlock('<div class="x">\n<!-- c --> A &amp; B<br>\n<a href="https://x">go\n here</a> <a>bare</a> <a href="h"></a>\n<B>b</B> <em>e</em> H<sub>2</sub>O\n<script>bad()</script><svg><g/></svg>\n<img src="p.png" alt="P"><img alt="no src">\n<widget>w</widget>\n</div>');
    expect(r).toEqual({
      lines: ['A & B', '[go here](https://x) bare', '**b** *e* H₂O', 'w'],
      images: [
        { path: 'p.png', alt: 'P' },
        { path: '', alt: 'no src' },
      ],
      dropped: ['div', 'widget'],
      droppedWhole: ['script', 'svg'],
    });
  });
});

describe('plainText (alt texts, titles in reports)', () => {
  it('text, code, formulas and images\' alt text; breaks as spaces; formatting ignored', () => {
    const inline = markdown(false).parseInline('a *b* `c` $d$\ne  \nf ![g *h*](x.png) [i](http://j)', {})[0];
    expect(plainText(inline.children)).toBe('a b c d e f g h i');
    expect(plainText(null)).toBe('');
  });
});
