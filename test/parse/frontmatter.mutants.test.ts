// Front matter at its edges, read directly: every kind of value (text, dates, lists, booleans, aspect spellings,
// slide levels 1–6), other tools' keys and aliases, Marp theme names, the per-kind warnings with their lines, and
// every error's message and line. Written for a mutation run on src/parse/frontmatter.ts (issue 18).
import { describe, expect, it } from 'vitest';
import { readFrontMatter, type FrontMatter } from '../../src/parse/frontmatter.js';
import { Diagnostics, HuibaoError } from '../../src/errors.js';

function read(yaml: string, first = 2): { fm: FrontMatter | null; warnings: { line?: number; message: string }[] } {
  const diag = new Diagnostics('talk.md');
  const fm = readFrontMatter(yaml, first, diag);
  return { fm, warnings: diag.warnings.map((w) => ({ line: w.line, message: w.message })) };
}

function error(yaml: string, first = 2): { message: string; line?: number; file?: string } {
  try {
    readFrontMatter(yaml, first, new Diagnostics('talk.md'));
  } catch (e) {
    expect(e).toBeInstanceOf(HuibaoError);
    const h = e as HuibaoError;
    return { message: h.message, line: h.line, file: h.file };
  }
  throw new Error('expected a HuibaoError');
}

const plain = (fm: FrontMatter | null) => {
  const { tool, lines, ...rest } = fm!;
  return rest;
};

describe('values', () => {
  it('text keys as text; numbers and booleans spelled as text; a date as YYYY-MM-DD; a list of authors joined', () => {
    const { fm, warnings } = read('title: 报告\nsubtitle: 2024\nauthor: [张三, 李四, 3]\ndate: 2024-05-01\ntheme: minimal\nlang: en-US\nclosing: true\nfooter: 内部\ntemplate: t.potx\nlayouts: auto\npace: 200\nduration: 20 min\n');
    expect(plain(fm)).toEqual({
      title: '报告', subtitle: '2024', author: '张三, 李四, 3', date: '2024-05-01', theme: 'minimal', lang: 'en-US', closing: 'true', footer: '内部', template: 't.potx', layouts: 'auto', pace: '200', duration: '20 min',
    });
    expect(warnings).toEqual([]);
    expect([...fm!.lines!.entries()]).toEqual([
      ['title', 2], ['subtitle', 3], ['author', 4], ['date', 5], ['theme', 6], ['lang', 7], ['closing', 8], ['footer', 9], ['template', 10], ['layouts', 11], ['pace', 12], ['duration', 13],
    ]);
  });

  it('a map or a list of maps as text is an error naming the key, the value and its line', () => {
    expect(error('title: ok\nsubtitle: {a: 1}\n', 5)).toEqual({ message: 'front matter "subtitle": expected text, got {"a":1}', line: 6, file: 'talk.md' });
    expect(error('author: [{name: x}]\n').message).toBe('front matter "author": expected text, got [{"name":"x"}]');
  });

  it('booleans: true or false only', () => {
    expect(plain(read('agenda: false\nslideNumbers: true\n').fm)).toEqual({ agenda: false, slideNumbers: true });
    expect(error('agenda: yes\n')).toEqual({ message: 'front matter "agenda": expected true or false, got "yes"', line: 2, file: 'talk.md' });
    expect(error('slideNumbers: 1\n').message).toBe('front matter "slideNumbers": expected true or false, got 1');
  });

  it('aspect: 16:9 or 4:3, also as 16/9 or with spaces; anything else an error', () => {
    expect(read('aspect: "16:9"\n').fm!.aspect).toBe('16:9');
    expect(read('aspect: 4/3\n').fm!.aspect).toBe('4:3');
    expect(read('aspect: " 4 : 3 "\n').fm!.aspect).toBe('4:3');
    expect(error('aspect: "16:10"\n')).toEqual({ message: 'front matter "aspect": expected "16:9" or "4:3", got "16:10"', line: 2, file: 'talk.md' });
    expect(error('aspect: 4-3\n').message).toBe('front matter "aspect": expected "16:9" or "4:3", got "4-3"');
  });

  it('slideLevel: a whole number from 1 to 6', () => {
    expect(read('slideLevel: 1\n').fm!.slideLevel).toBe(1);
    expect(read('slideLevel: 6\n').fm!.slideLevel).toBe(6);
    for (const [v, shown] of [['0', '0'], ['7', '7'], ['2.5', '2.5'], ['"2"', '"2"'], ['.nan', 'NaN (not a number)'], ['1e400', 'Infinity (a number too large to use)'], ['-.inf', '-Infinity (a number too large to use)']]) {
      expect(error(`slideLevel: ${v}\n`).message, v).toBe(`front matter "slideLevel": expected a whole number from 1 to 6, got ${shown}`);
    }
  });

  it('an empty value is no setting but its line is kept', () => {
    const { fm } = read('title:\nsubtitle: ~\n');
    expect(plain(fm)).toEqual({});
    expect([...fm!.lines!.keys()]).toEqual(['title', 'subtitle']);
  });

  it('empty front matter: nothing set; not key-value pairs: not front matter (null)', () => {
    expect(read('').fm).toEqual({ tool: new Map() });
    expect(read('# only a comment\n').fm).toEqual({ tool: new Map() });
    expect(read('just a line of text\n').fm).toBeNull();
    expect(read('- a\n- b\n').fm).toBeNull();
    expect(read('42\n').fm).toBeNull();
  });
});

describe('other tools', () => {
  it('aliases: paginate, size, slide-level, slide-numbers, institute — read under our name', () => {
    const { fm, warnings } = read('paginate: true\nsize: 4:3\nslide-level: 3\ninstitute: 某大学\n');
    expect(plain(fm)).toEqual({ slideNumbers: true, aspect: '4:3', slideLevel: 3, author: '某大学' });
    expect(warnings).toEqual([]);
    expect(plain(read('slide-numbers: false\n').fm)).toEqual({ slideNumbers: false });
  });

  it("an alias with a value we cannot use is the other tool's business: a warning with its line, not an error", () => {
    const { fm, warnings } = read('title: x\nsize: 4K\npaginate: maybe\nslide-level: 9\ninstitute: {a: 1}\n');
    expect(plain(fm)).toEqual({ title: 'x' });
    expect(warnings).toEqual([
      { line: 3, message: 'front-matter key "size" (another tool\'s setting) has a value huibao cannot use; ignored' },
      { line: 4, message: 'front-matter key "paginate" (another tool\'s setting) has a value huibao cannot use; ignored' },
      { line: 5, message: 'front-matter key "slide-level" (another tool\'s setting) has a value huibao cannot use; ignored' },
      { line: 6, message: 'front-matter key "institute" (another tool\'s setting) has a value huibao cannot use; ignored' },
    ]);
    expect(read('institute: 2024-01-02\n').fm!.author).toBe('2024-01-02');
    expect(read('slide-level: 2.5\n').warnings).toHaveLength(1);
    expect(read('slide-level: 0\n').warnings).toHaveLength(1);
    expect(read('slide-level: 6\n').fm!.slideLevel).toBe(6);
    expect(read('slide-level: "3"\n').warnings).toHaveLength(1);
  });

  it("Marp's theme names map to ours; its default theme leaves the choice to the language", () => {
    expect(read('theme: gaia\n').fm!.theme).toBe('academic');
    expect(read('theme: uncover\n').fm!.theme).toBe('minimal');
    expect(read('theme: default\n').fm!.theme).toBeUndefined();
    expect(read('theme: default\n').fm!.lines!.get('theme')).toBe(2);
    expect(read('theme: constructor\n').fm!.theme).toBe('constructor');
  });

  it("tools' keys are kept with their values and lines; the ones huibao reads are not reported, the others in one line", () => {
    const { fm, warnings } = read('marp: true\nheader: 页眉\nbackgroundColor: "#fff"\ntransition: fade\nlayout: cover\n', 10);
    expect([...fm!.tool.entries()]).toEqual([
      ['marp', { value: true, line: 10 }], ['header', { value: '页眉', line: 11 }], ['backgroundColor', { value: '#fff', line: 12 }], ['transition', { value: 'fade', line: 13 }], ['layout', { value: 'cover', line: 14 }],
    ]);
    expect(warnings).toEqual([{ line: 12, message: "other tools' settings in the front matter ignored (styling and behaviour of Marp, Slidev or reveal.js): backgroundColor, transition" }]);
    expect(read('marp: true\n').warnings).toEqual([]);
  });

  it('unknown keys: one warning for all of them, at the first one’s line; constructor and toString are unknown', () => {
    const one = read('title: x\ncolour: red\n');
    expect(one.warnings).toHaveLength(1);
    expect(one.warnings[0].line).toBe(3);
    expect(one.warnings[0].message).toMatch(/^front-matter key "colour" unknown to huibao, ignored \(known: title, subtitle, author, date, theme, template, lang, aspect, agenda, closing, footer, slideNumbers, slideLevel, layouts, pace, duration\)$/);
    const two = read('constructor: 1\ntitle: x\ntoString: 2\n', 4);
    expect(two.warnings.map((w) => [w.line, w.message.split(' unknown')[0]])).toEqual([[4, 'front-matter keys "constructor", "toString"']]);
    expect(plain(two.fm)).toEqual({ title: 'x' });
  });
});

describe('layouts as a map: template layouts per slide kind', () => {
  it('each value a layout name', () => {
    const { fm } = read('layouts:\n  title: Title Slide\n  content: Title and Content\n');
    expect(fm!.templateLayouts).toEqual({ title: 'Title Slide', content: 'Title and Content' });
    expect(fm!.layouts).toBeUndefined();
  });

  it('a value that is not a name is an error with the kind, the value and the line', () => {
    expect(error('title: x\nlayouts:\n  title: 3\n')).toEqual({ message: 'front matter "layouts": title: expected the name of a layout in the template, got 3', line: 3, file: 'talk.md' });
    expect(error('layouts:\n  content: "  "\n').message).toBe('front matter "layouts": content: expected the name of a layout in the template, got "  "');
    expect(error('layouts:\n  content:\n').message).toBe('front matter "layouts": content: expected the name of a layout in the template, got null');
  });

  it('a list or a date under layouts is not a map (read as text; the layouts stage checks the value)', () => {
    expect(read('layouts: [a, b]\n').fm!.layouts).toBe('a, b');
    expect(read('layouts: [a, b]\n').fm!.templateLayouts).toBeUndefined();
    expect(read('layouts: 2024-01-01\n').fm!.layouts).toBe('2024-01-01');
  });
});

describe('YAML errors: one message, the line of the mistake', () => {
  it('a syntax error points at its line', () => {
    const e = error('title: x\nsubtitle: "unclosed\n', 2);
    expect(e.message).toMatch(/^invalid YAML front matter: /);
    expect(e.message).not.toMatch(/at line \d+, column \d+/);
    expect(e.line).toBe(3);
    expect(e.file).toBe('talk.md');
  });

  it('a duplicate key names its line', () => {
    const e = error('title: a\nauthor: b\ntitle: c\n', 5);
    expect(e.message).toMatch(/^invalid YAML front matter: Map keys must be unique/);
    expect(e.line).toBe(7);
  });

  it('an error at the end points at the last line with text, not past it', () => {
    const e = error('title: x\nlist: [a, b\n\n\n', 2);
    expect(e.line).toBe(3);
  });

  it('an alias without an anchor, and an alias bomb, are errors at the first line', () => {
    const e = error('title: *nothing\n', 4);
    expect(e.message).toMatch(/^invalid YAML front matter: /);
    expect(e.line).toBe(4);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const b = error(bomb, 2);
    expect(b.message).toMatch(/^invalid YAML front matter: /);
    expect(b.message).not.toContain('\n');
    expect(b.line).toBe(2);
  });
});
