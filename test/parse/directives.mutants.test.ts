// The small readers of src/parse at their edges, called directly: Marp/Slidev directive lines, Marp class names,
// pandoc attribute blocks, heading attributes and backgrounds, layout names and their did-you-mean, and the
// once-per-kind report of what was left out. Written for a mutation run on src/parse (issue 18).
import { describe, expect, it } from 'vitest';
import { marpClassLayout, readDirectives } from '../../src/parse/directives.js';
import { backgroundOf, headingAttributes, parseAttributes, stripAttributes, trimEnd } from '../../src/parse/attributes.js';
import { didYouMean, layoutName } from '../../src/parse/layout-overrides.js';
import { Ignored } from '../../src/parse/ignored.js';
import { Diagnostics } from '../../src/errors.js';

describe('readDirectives: `key: value` lines of a directive comment or Slidev slide front matter', () => {
  it('reads spot and scoped keys, trims values, strips one pair of matching quotes only', () => {
    const d = readDirectives('  _class: lead \n$theme:gaia\nfooter: "内部资料"\nheader: \'x\'\nodd: "half\nnot a directive line\n- item: no\nempty:\nback-ground: 1');
    expect([...d.entries()]).toEqual([
      ['_class', 'lead'],
      ['$theme', 'gaia'],
      ['footer', '内部资料'],
      ['header', 'x'],
      ['odd', '"half'],
      ['empty', ''],
      ['back-ground', '1'],
    ]);
  });
  it('keeps quotes that do not match, and quotes inside a value', () => {
    const d = readDirectives('a: "x\'\nb: say "hi"\nc: \'\'');
    expect(d.get('a')).toBe('"x\'');
    expect(d.get('b')).toBe('say "hi"');
    expect(d.get('c')).toBe('');
  });
  it('a later line with the same key wins', () => {
    expect(readDirectives('class: a\nclass: b').get('class')).toBe('b');
  });
});

describe('marpClassLayout: Marp and Awesome-Marp classes → our layouts', () => {
  it.each([
    ['lead', 'statement'],
    ['invert', 'section'],
    ['trans', 'section'],
    ['cover', 'title'],
    ['cover_a', 'title'],
    ['cover-b', 'title'],
    ['toc', 'agenda'],
    ['toc_b', 'agenda'],
    ['toc-a', 'agenda'],
    ['lastpage', 'closing'],
    ['end', 'closing'],
    ['cols-2', 'columns'],
    ['cols-3-433', 'columns'],
    ['  small   lead ', 'statement'],
    ['fglass invert lead', 'section'],
  ])('%s → %s', (cls, layout) => expect(marpClassLayout(cls)).toBe(layout));
  it.each(['', 'covers', 'coverage', 'tocs', 'xtoc', 'leader', 'inverted', 'cols-x', 'cols', 'xcols-2', 'lastpages', 'ending', 'small fglass'])('%j is styling: no layout', (cls) => {
    expect(marpClassLayout(cls)).toBeUndefined();
  });
});

describe('pandoc attributes', () => {
  it('parseAttributes: id, classes in order, key=value with either quote or none, = inside a value', () => {
    const a = parseAttributes('#intro .cards .wide width="40%" style=\'color: red\' data-x=a=b - loose');
    expect(a.id).toBe('intro');
    expect(a.classes).toEqual(['cards', 'wide']);
    expect([...a.values.entries()]).toEqual([
      ['width', '40%'],
      ['style', 'color: red'],
      ['data-x', 'a=b'],
    ]);
  });
  it('parseAttributes of nothing: no id, no classes, no values', () => {
    const a = parseAttributes('');
    expect(a).toEqual({ classes: [], values: new Map() });
  });
  it('stripAttributes removes each block, keeps a span\'s text, and hands back each block\'s inside', () => {
    const found: string[] = [];
    expect(stripAttributes('Intro {#id .cards} and [red]{.underline} end {width=3}', found)).toBe('Intro  and red end ');
    expect(found).toEqual(['#id .cards', '.underline', 'width=3']);
  });
  it('stripAttributes leaves text without a block as it is (braces that are not attributes stay)', () => {
    const found: string[] = [];
    expect(stripAttributes('set {a, b} and {} and {x y}', found)).toBe('set {a, b} and {} and {x y}');
    expect(stripAttributes('no braces', found)).toBe('no braces');
    expect(found).toEqual([]);
  });
  it('headingAttributes: the first class that names a layout, the first background; other classes ignored', () => {
    expect(headingAttributes(['.wide .cards .timeline', '.columns'], 7)).toEqual({ layout: 'cards', background: undefined });
    expect(headingAttributes(['.wide'], 7)).toEqual({ layout: undefined, background: undefined });
    expect(headingAttributes(['.wide', 'data-background-image=a.png', 'background-image=b.png .quote'], 9)).toEqual({
      layout: 'quote',
      background: { src: 'a.png', fit: 'cover', line: 9 },
    });
  });
  it('backgroundOf: reveal.js and pandoc names; contain, 100% 100% (fill), anything else cover; blank is none', () => {
    const bg = (o: Record<string, unknown>) => backgroundOf(new Map(Object.entries(o)), 4);
    expect(bg({ 'data-background-image': ' a.png ' })).toEqual({ src: 'a.png', fit: 'cover', line: 4 });
    expect(bg({ 'background-image': 'b.png', 'background-size': 'contain' })).toEqual({ src: 'b.png', fit: 'contain', line: 4 });
    expect(bg({ 'data-background-image': 'c.png', 'data-background-size': ' 100%   100% ' })).toEqual({ src: 'c.png', fit: 'fill', line: 4 });
    expect(bg({ 'data-background-image': 'c.png', 'data-background-size': '100% 100% auto' })).toEqual({ src: 'c.png', fit: 'cover', line: 4 });
    expect(bg({ 'data-background-image': 'c.png', 'data-background-size': 'x100% 100%' })).toEqual({ src: 'c.png', fit: 'cover', line: 4 });
    expect(bg({ 'data-background-image': 'c.png', 'data-background-size': 'contains' })).toEqual({ src: 'c.png', fit: 'cover', line: 4 });
    expect(bg({ 'data-background-image': 'd.png', 'data-background-size': ' contain ' })).toEqual({ src: 'd.png', fit: 'contain', line: 4 });
    expect(bg({ 'data-background-image': '  ' })).toBeUndefined();
    expect(bg({ 'data-background-image': 3 })).toBeUndefined();
    expect(bg({})).toBeUndefined();
    // the reveal.js name is read before pandoc's
    expect(bg({ 'background-image': 'p.png', 'data-background-image': 'r.png' })?.src).toBe('r.png');
  });
  it('trimEnd: trailing spaces of the last text run go, and then empty runs — but not code, math or a break', () => {
    expect(trimEnd([{ text: 'Title ' }, { text: '  ' }])).toEqual([{ text: 'Title ' }]);
    expect(trimEnd([{ text: 'A' }, { text: 'B \t' }])).toEqual([{ text: 'A' }, { text: 'B' }]);
    expect(trimEnd([{ text: 'x ', code: true }])).toEqual([{ text: 'x ', code: true }]);
    expect(trimEnd([{ text: 'a ', math: 'inline' }])).toEqual([{ text: 'a ', math: 'inline' }]);
    expect(trimEnd([{ text: 'A' }, { text: '', breakBefore: true }, { text: 'B' }])).toEqual([{ text: 'A' }, { text: '', breakBefore: true }, { text: 'B' }]);
    expect(trimEnd([{ text: 'A' }, { text: '' }, { text: 'B' }])).toEqual([{ text: 'A' }, { text: '' }, { text: 'B' }]);
    expect(trimEnd([])).toEqual([]);
  });
});

describe('layout names', () => {
  it.each([
    ['cards', 'cards'],
    [' Cards ', 'cards'],
    ['plain', 'bullets'],
    ['content', 'bullets'],
    ['BULLETS', 'bullets'],
    ['card', 'cards'],
    ['stats', 'big-number'],
    ['two-cols', 'columns'],
    ['steps', 'timeline'],
    ['image-left', 'image-text'],
    ['list', 'bullets'],
    ['default', 'bullets'],
    ['closing', 'closing'],
  ])('%j → %s', (raw, name) => expect(layoutName(raw)).toBe(name));
  it.each(['crads', 'nope', '', 'constructor', 'toString', '__proto__'])('%j is not a layout name', (raw) => expect(layoutName(raw)).toBeUndefined());
  it('didYouMean: the nearest name within two edits, an alias as the name it stands for; nothing further away', () => {
    expect(didYouMean('crads')).toBe('cards');
    expect(didYouMean(' TIMELNE ')).toBe('timeline');
    expect(didYouMean('stast')).toBe('big-number'); // stats (an alias), two edits away
    expect(didYouMean('titel')).toBe('title');
    expect(didYouMean('qoute')).toBe('quote');
    expect(didYouMean('xyzzy')).toBeUndefined();
    expect(didYouMean('crdsxx')).toBeUndefined(); // three edits from cards
    expect(didYouMean('abcde')).toBeUndefined();
  });
  it('didYouMean prefers the first name at the smallest distance', () => {
    // "code" and "quote"… "cole" is one edit from code, two from columns' alias column? no: the nearest wins
    expect(didYouMean('cole')).toBe('code');
    expect(didYouMean('tabel')).toBe('table');
  });
});

describe('Ignored: one warning per kind, at its first line, in the order the kinds were first met', () => {
  const flushed = (fill: (ig: Ignored) => void) => {
    const ig = new Ignored();
    fill(ig);
    const diag = new Diagnostics('talk.md');
    ig.flush(diag);
    return { warnings: diag.warnings.map((w) => `${w.line}: ${w.message}`), ig };
  };
  it('one place: no count; several: the count and the sorted lines; a line noted twice counts once', () => {
    const { warnings, ig } = flushed((ig) => {
      ig.note('HTML <div>', 9, 'left out');
      ig.note('pause', 3, 'dropped');
      ig.note('HTML <div>', 4, 'left out');
      ig.note('HTML <div>', 9, 'left out');
    });
    expect(warnings).toEqual(['4: HTML <div> left out (2 places: lines 4, 9)', '3: pause dropped']);
    expect(ig.has('pause')).toBe(false); // flushed: cleared
  });
  it('more than six places: the first six and an ellipsis; exactly six: no ellipsis', () => {
    const six = flushed((ig) => [6, 5, 4, 3, 2, 1].forEach((l) => ig.note('k', l, 'why'))).warnings;
    expect(six).toEqual(['1: k why (6 places: lines 1, 2, 3, 4, 5, 6)']);
    const seven = flushed((ig) => [7, 6, 5, 4, 3, 2, 1].forEach((l) => ig.note('k', l, 'why'))).warnings;
    expect(seven).toEqual(['1: k why (7 places: lines 1, 2, 3, 4, 5, 6, …)']);
    const ten = flushed((ig) => [10, 2].forEach((l) => ig.note('k', l, 'why'))).warnings;
    expect(ten).toEqual(['2: k why (2 places: lines 2, 10)']); // numeric order, not text order
  });
  it('details: the distinct ones, first eight then an ellipsis; the reason is the first one given', () => {
    const eight = flushed((ig) => 'abcdefgh'.split('').forEach((c) => ig.note('Marp classes', 5, 'ignored', c))).warnings;
    expect(eight).toEqual(['5: Marp classes (a, b, c, d, e, f, g, h) ignored']);
    const nine = flushed((ig) => 'abcdefghi'.split('').forEach((c) => ig.note('Marp classes', 5, c === 'a' ? 'ignored' : 'other', c))).warnings;
    expect(nine).toEqual(['5: Marp classes (a, b, c, d, e, f, g, h, …) ignored']);
    const dup = flushed((ig) => {
      ig.note('k', 1, 'why', 'x');
      ig.note('k', 2, 'why', 'x');
      ig.note('k', 3, 'why', '');
    }).warnings;
    expect(dup).toEqual(['1: k (x) why (3 places: lines 1, 2, 3)']);
  });
  it('has() tells a kind already noted', () => {
    const ig = new Ignored();
    expect(ig.has('k')).toBe(false);
    ig.note('k', 1, 'why');
    expect(ig.has('k')).toBe(true);
  });
});
