// Tests for the mutants that survived the first Stryker run on src/parse (front matter, attributes, directives):
// each asserts what a user sees — the value read, the message and its line — at the edge the mutant moved.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/parse/frontmatter.js';
import { parseAttributes } from '../../src/parse/attributes.js';
import { marpClassLayout, readDirectives } from '../../src/parse/directives.js';
import { Diagnostics, HuibaoError } from '../../src/errors.js';
import { parse } from '../../src/parse/index.js';

const read = (yaml: string) => {
  const diag = new Diagnostics('talk.md');
  const fm = readFrontMatter(yaml, 2, diag);
  return { fm, warnings: diag.warnings.map((w) => `${w.line}: ${w.message}`) };
};
const error = (yaml: string) => {
  try {
    readFrontMatter(yaml, 2, new Diagnostics('talk.md'));
  } catch (e) {
    expect(e).toBeInstanceOf(HuibaoError);
    return `${(e as HuibaoError).line}: ${(e as HuibaoError).message}`;
  }
  throw new Error('expected a HuibaoError');
};

describe('front matter', () => {
  it('an alias with no anchor: the whole first line of YAML\'s message, at the first line', () => {
    expect(error('title: *x\n')).toBe('2: invalid YAML front matter: Unresolved alias (the anchor must be set before the alias): x');
  });
  it('`layouts: ~` is no setting (not a map of template layouts, no crash)', () => {
    const { fm, warnings } = read('layouts: ~\n');
    expect(fm?.templateLayouts).toBeUndefined();
    expect(fm?.layouts).toBeUndefined();
    expect(warnings).toEqual([]);
  });
  it('a Marp theme name is mapped only under `theme:` — a title "default" stays a title', () => {
    const { fm } = read('title: default\nsubtitle: gaia\n');
    expect(fm).toMatchObject({ title: 'default', subtitle: 'gaia' });
    expect(fm?.theme).toBeUndefined();
  });
  it('a list of authors is joined only when every item is plain; a map inside is an error', () => {
    expect(error('author: [a, {b: 1}]\n')).toBe('2: front matter "author": expected text, got ["a",{"b":1}]');
  });
  it('Marp\'s size: 16:9, 16/9 and "4 : 3" are aspects, without a warning', () => {
    for (const [v, aspect] of [['16:9', '16:9'], ['16/9', '16:9'], ['"4 : 3"', '4:3']]) {
      const { fm, warnings } = read(`size: ${v}\n`);
      expect(fm?.aspect, v).toBe(aspect);
      expect(warnings, v).toEqual([]);
    }
  });
  it('pandoc\'s slide-level: 1 and 6 are levels; 0 and 7 are another tool\'s value, warned', () => {
    expect(read('slide-level: 1\n').fm?.slideLevel).toBe(1);
    expect(read('slide-level: 6\n').fm?.slideLevel).toBe(6);
    for (const v of ['0', '7']) expect(read(`slide-level: ${v}\n`).warnings).toEqual(['2: front-matter key "slide-level" (another tool\'s setting) has a value huibao cannot use; ignored']);
  });
  it('a YAML timestamp is a date, YYYY-MM-DD', () => {
    expect(read('date: !!timestamp 2024-05-01\n').fm?.date).toBe('2024-05-01');
  });
});

describe('attributes and directives', () => {
  it('only the quotes around a value go, not quotes inside it', () => {
    expect([...parseAttributes('alt="it\'s" x=\'a"b\' y=plain').values.entries()]).toEqual([
      ['alt', "it's"],
      ['x', 'a"b'],
      ['y', 'plain'],
    ]);
  });
  it('a directive key may have spaces before its colon; a value is unquoted only when the quotes close it', () => {
    expect(readDirectives('key  : v').get('key')).toBe('v');
    expect(readDirectives('x: "a" b').get('x')).toBe('"a" b');
  });
  it('cover classes start with cover', () => {
    expect(marpClassLayout('discover')).toBeUndefined();
    expect(marpClassLayout('xcover_a')).toBeUndefined();
    expect(marpClassLayout('xtoc_a')).toBeUndefined();
  });
});

describe('fenced divs', () => {
  it('only `notes` itself is a notes div: `speaker-notes` or `{.speaker-notes}` is shown', () => {
    for (const info of ['speaker-notes', '{.speaker-notes}']) {
      const s = parse(`## A\n\n::: ${info}\nshown\n:::\n`, { file: 't.md' }).deck.slides[0];
      expect(s.notes, info).toEqual([]);
      expect(s.blocks, info).toEqual([{ kind: 'paragraph', runs: [{ text: 'shown' }], src: { line: 4 } }]);
    }
  });
});

describe('an attribute block the inline reader left in a title (a word in it that is not an attribute)', () => {
  const run = (src: string) => {
    const { deck, warnings } = parse(src, { file: 't.md' });
    return { s: deck.slides[deck.slides.length - 1], warnings: warnings.map((w) => `${w.line}: ${w.message.slice(0, w.message.indexOf(';'))}`) };
  };
  it('a layout class in it is read and the block removed from the title', () => {
    const { s, warnings } = run('## T {.cards x}\n\n- a\n');
    expect(s.title).toEqual([{ text: 'T' }]);
    expect(s.layoutRequest).toEqual({ name: 'cards', line: 1, origin: '{.cards}' });
    expect(warnings).toEqual([]);
  });
  it('after a code run too; a layout comment on the slide wins', () => {
    expect(run('## T `c` {.cards x}\n\n- a\n').s.layoutRequest?.origin).toBe('{.cards}');
    expect(run('## T {.cards x}\n\n- a\n\n<!-- layout: timeline -->\n').s.layoutRequest).toEqual({ name: 'timeline', line: 5, origin: '<!-- layout: timeline -->' });
  });
  it('a near miss is removed and warned at its line; a far-off class stays as written', () => {
    const near = run('# D\n\n## T {.crads x}\n\nb\n');
    expect(near.s.title).toEqual([{ text: 'T' }]);
    expect(near.s.layoutRequest).toBeUndefined();
    expect(near.warnings).toEqual(['3: unknown layout "crads"']);
    expect(run('## T {.zzzzzz x}\n\nc\n').s.title).toEqual([{ text: 'T {.zzzzzz x}' }]);
  });
});
