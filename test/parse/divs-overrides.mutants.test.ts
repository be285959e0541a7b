// pandoc fenced divs (src/parse/divs.ts) and layout requests (src/parse/layout-overrides.ts) at their edges: which
// fences open and close a div (code fences inside skipped, nesting with fences of one length, an unclosed div runs
// to the end), which divs are notes; `<!-- layout: … -->` comments (outside code, inside a content slide), near-miss
// heading classes, `{.cards}` left in a title, and the front matter's `layouts:` value. Written for a mutation run.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { parse as Parse } from '../../src/parse/index.js';

// The fence and request patterns, the request names and the markdown-it instance with its rules are built once per
// process: each test parses with a freshly imported parse stage, so that a mutation run (which keeps modules loaded)
// tests the mutant in them, not the copy the first test file loaded (README → Mutation testing).
let parse: typeof Parse;
beforeEach(async () => {
  vi.resetModules();
  ({ parse } = await import('../../src/parse/index.js'));
});

const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 't.md' });
  return { deck, slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const paras = (src: string) => run(src).slides.flatMap((s) => s.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind)));

describe('fenced divs', () => {
  it('a ::: inside a line or inside a code fence does not close the div', () => {
    const { slides } = run('## A\n\n::: notes\nnote ::: text\n\n```\n:::\n```\n\nafter fence\n:::\n\nbody\n');
    expect(slides[0].notes).toEqual(['note ::: text', ':::', 'after fence']);
    expect(paras('## A\n\n::: notes\nnote ::: text\n\n```\n:::\n```\n\nafter fence\n:::\n\nbody\n')).toEqual(['body']);
  });
  it('a code fence closes only with its own character, at least as long, and nothing after it', () => {
    const { slides } = run('## A\n\n::: notes\n````js\n:::\n```\n:::\n~~~~\n```` x\n:::\n````  \n:::\n\nbody\n');
    expect(slides[0].notes).toEqual([':::\n```\n:::\n~~~~\n```` x\n:::']);
    expect(paras('## A\n\n::: notes\n````js\n:::\n```\n:::\n~~~~\n```` x\n:::\n````  \n:::\n\nbody\n')).toEqual(['body']);
  });
  it('notes are `notes` or `{.notes}`; anything more is another div, unwrapped', () => {
    const { slides } = run('## A\n\n::: {.notes}\nn1\n:::\n\n:::notes\nn2\n:::\n\n::: {  .notes  }\nn3\n:::\n\n::: notes extra\nnot notes\n:::\n\n::: {.notes .x}\nnot either\n:::\n');
    expect(slides[0].notes).toEqual(['n1', 'n2', 'n3']);
    expect(slides[0].blocks.map((b) => (b.kind === 'paragraph' ? b.runs[0].text : b.kind))).toEqual(['not notes', 'not either']);
  });
  it('nesting: a fence with words opens, a bare fence closes the innermost; closing fences may have colons after words', () => {
    expect(paras('## A\n\n::::: outer\n::: inner\ninside\n:::\nstill outer\n:::::\nafter\n')).toEqual(['inside', 'still outer', 'after']);
    const { slides } = run('## A\n\n::: notes :::\nn\n:::\n\nbody\n');
    expect(slides[0].notes).toEqual(['n']);
  });
  it('an unclosed div runs to the end of the document', () => {
    const { slides } = run('## A\n\n::: notes\nunclosed\n\nmore\n');
    expect(slides[0].notes).toEqual(['unclosed', 'more']);
    expect(slides[0].blocks).toEqual([]);
  });
  it('a div inside a list item ends with the item; an indented fence is code', () => {
    expect(paras('## A\n\n- item\n\n  ::: x\n  in item\n  :::\n\nnext\n')).toEqual(['list', 'next']);
    const list = run('## A\n\n- item\n\n  ::: x\n  in item\n\nnext\n').slides[0].blocks;
    expect(list.map((b) => b.kind)).toEqual(['list', 'paragraph']);
    expect(run('## A\n\n    ::: notes\n    code\n    :::\n').slides[0].blocks).toEqual([{ kind: 'code', lang: '', text: '::: notes\ncode\n:::', src: { line: 3 } }]);
  });
  it('a div interrupts a paragraph (no blank line needed), in order, once', () => {
    const { slides } = run('## A\n\ntext\n::: notes\nn\n:::\n\nafter\n');
    expect(slides[0].notes).toEqual(['n']);
    expect(paras('## A\n\ntext\n::: x\ninside\n:::\n')).toEqual(['text', 'inside']);
  });
  it('a lazy line indented 4 spaces continues a quote\'s paragraph: it opens no div', () => {
    expect(run('## A\n\n> quote\n    ::: notes\n    more\n').slides[0].blocks).toEqual([
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [{ text: 'quote ::: notes more' }], src: { line: 3 } }], src: { line: 3 } },
    ]);
  });
  it('a div in a list item: its fence sits at the item\'s indent; a blank line inside does not end it', () => {
    const item = (src: string) => {
      const b = run(src).slides[0].blocks[0];
      return b.kind === 'list' ? b.items.map((it) => [it.runs.map((r) => r.text).join(''), ...it.children.map((c) => (c.kind === 'paragraph' ? c.runs.map((r) => r.text).join('') : c.kind))]) : b.kind;
    };
    expect(item('## A\n\n- item\n\n  ::: x\n  in item\n  :::\n\nnext\n')).toEqual([['item', 'in item']]);
    expect(item('## A\n\n- ::: x\n  a\n\n  b\n  :::\n')).toEqual([['a', 'b']]);
  });
  it('an unclosed div inside a quote ends with the quote (the list after it is not pulled in)', () => {
    const b = run('## A\n\n> ::: x\n> a\n- item\n').slides[0].blocks;
    expect(b.map((x) => x.kind)).toEqual(['quote', 'list']);
  });
  it('code fences inside a div: only at a line\'s start, three or more of a kind, closed by their own kind with nothing after', () => {
    // backticks mid-line, a single ~ at the start: no fence, so the ::: closes the div
    expect(run('## A\n\n::: notes\nuse ```js here\n:::\n\nbody\n').slides[0].notes).toEqual(['use ```js here']);
    expect(paras('## A\n\n::: notes\n~5 min\n:::\n\nbody\n')).toEqual(['body']);
    // ~~~ does not close a ``` fence; a ```` line with words and backticks after them does not close a ```` fence
    expect(paras('## A\n\n::: notes\n```\n~~~\n:::\n```\n:::\n\nbody\n')).toEqual(['body']);
    expect(paras('## A\n\n::: notes\n````\n```` x ```\n:::\n````\n:::\n\nbody\n')).toEqual(['body']);
  });
  it('a div\'s content keeps its lines', () => {
    expect(run('## A\n\n::: x\n\nfirst\n\n- second\n:::\n').slides[0].blocks.map((b) => b.src.line)).toEqual([5, 7]);
  });
});

describe('layout comments and heading classes', () => {
  it('front matter layouts: auto or plain (any case); anything else is a warning at its line', () => {
    expect(run('---\ntitle: T\nlayouts: PLAIN\n---\n\n## A\n\nx\n').deck.meta.layouts).toBe('plain');
    expect(run('---\nlayouts: " auto "\n---\n\n## A\n\nx\n').deck.meta.layouts).toBe('auto');
    const bad = run('---\ntitle: T\nlayouts: Fancy\n---\n\n## A\n\nx\n');
    expect(bad.deck.meta.layouts).toBeUndefined();
    expect(bad.warnings).toEqual(['3: front matter "layouts": expected auto or plain, got "Fancy"; using auto']);
  });
  it('a comment asks for a layout for the slide it sits in (aliases mapped), not in code', () => {
    const { slides, warnings } = run('## A\n\n```\n<!-- layout: cards -->\n```\n\n~~~\n<!-- layout: timeline -->\n~~~\n\n<!-- layout: steps -->\n\n## B\n\n> q\n\n<!--layout:quote-->\n');
    expect(slides.map((s) => s.layoutRequest)).toEqual([
      { name: 'timeline', line: 11, origin: '<!-- layout: steps -->' },
      { name: 'quote', line: 17, origin: '<!-- layout: quote -->' },
    ]);
    expect(warnings).toEqual([]);
  });
  it('a comment before the first content slide is ignored with a warning; an unknown name is named with a guess', () => {
    expect(run('<!-- layout: cards -->\n\n## A\n\nx\n').warnings).toEqual(['1: layout comment "cards" is not inside a content slide; ignored']);
    const { slides, warnings } = run('## A\n\nx\n\n<!-- layout: crads -->\n\n<!-- layout: zzzzzz -->\n');
    expect(slides[0].layoutRequest).toBeUndefined();
    expect(warnings).toEqual([
      '5: unknown layout "crads"; did you mean "cards"? (layouts: cards, big-number, columns, timeline, image-text, statement, bullets, plain, table, code, quote, title, agenda, section, closing); chosen automatically instead',
      '7: unknown layout "zzzzzz" (layouts: cards, big-number, columns, timeline, image-text, statement, bullets, plain, table, code, quote, title, agenda, section, closing); chosen automatically instead',
    ]);
  });
  it('near-miss heading classes are warned at their line; known ones and far-off ones are quiet', () => {
    const { slides, warnings } = run('# Sec {.crads}\n\n## A {.timelin .zzzzzzzz}\n\nx\n\n## B {.cards}\n\ny\n\n## C {#id}\n\nz\n');
    expect(slides.map((s) => s.layoutRequest?.name)).toEqual([undefined, undefined, 'cards', undefined]);
    expect(warnings.map((w) => w.slice(0, w.indexOf(';')))).toEqual(['1: unknown layout "crads"', '3: unknown layout "timelin"']);
  });
  it('a Marp title keeps `{.cards}` as text: it is read, removed from the title, and asked for', () => {
    const { slides, warnings } = run('---\nmarp: true\n---\n\n# A {.cards}\n\n- x\n\n---\n\n# B {.crads .zzzzzzzz}\n\ny\n\n---\n\n# C `{.cards}`\n\nz\n\n---\n\n# D {.zzzzzzzz}\n\nw\n\n---\n\n# {.cards}\n\nv\n');
    expect(slides.map((s) => s.title)).toEqual([[{ text: 'A' }], [{ text: 'B' }], [{ text: 'C ' }, { text: '{.cards}', code: true }], [{ text: 'D' }], []]);
    expect(slides.map((s) => s.layoutRequest)).toEqual([
      { name: 'cards', line: 5, origin: 'heading class' },
      undefined,
      undefined,
      undefined,
      { name: 'cards', line: 29, origin: 'heading class' },
    ]);
    expect(warnings.map((w) => w.slice(0, w.indexOf(';')))).toEqual(['11: unknown layout "crads"']);
  });
  it('a layout comment after a --- and before the heading asks for the slide after the break (it went to the one before)', () => {
    const { slides, warnings } = run('---\nmarp: true\n---\n\n<!-- _class: cols-2 -->\n\n# A\n\nx\n\n---\n\n<!-- layout: two-cols -->\n\n# B\n\ny\n');
    expect(slides.map((s) => s.layoutRequest?.name)).toEqual(['columns', 'columns']);
    expect(warnings).toEqual([]);
    const plain = run('## A\n\n- x\n\n***\n\n<!-- layout: cards -->\n\n## B\n\n- y\n\n---\n\n<!-- layout: timeline -->\n');
    expect(plain.slides.map((s) => s.layoutRequest?.name)).toEqual([undefined, 'cards']);
    expect(plain.warnings).toEqual(['15: layout comment "timeline" is not inside a content slide; ignored']);
    // a setext underline is not a break
    const setext = run('# A\n\ntext\n\nunder\n---\n\n<!-- layout: cards -->\n');
    expect(setext.slides.map((s) => s.layoutRequest?.name)).toEqual(['cards']);
  });
});

describe('layout comments: which slide a comment belongs to', () => {
  const asked = (src: string) => {
    const { slides, warnings } = run(src);
    return { names: slides.map((s) => s.layoutRequest?.name), warnings };
  };
  it('a comment on the heading\'s own line asks for that slide', () => {
    expect(asked('## A\n\nx\n\n## B <!-- layout: cards -->\n\ny\n').names).toEqual([undefined, 'cards']);
  });
  it('a comment before the first content slide is not given to a section slide', () => {
    const { names, warnings } = asked('# Sec\n\n<!-- layout: cards -->\n\n## A\n\nx\n');
    expect(names).toEqual([undefined, undefined]);
    expect(warnings).toEqual(['3: layout comment "cards" is not inside a content slide; ignored']);
  });
  it('a break only moves a comment when it lies between the slide\'s start and the comment', () => {
    // a break earlier in the deck, before the slide: the comment is the slide's
    expect(asked('## A\n\nx\n\n---\n\n## B\n\n<!-- layout: cards -->\n\ny\n').names).toEqual([undefined, 'cards']);
    // a break after the comment: still the slide before it
    expect(asked('## A\n\n<!-- layout: cards -->\n\nx\n\n---\n\n## B\n\ny\n').names).toEqual(['cards', undefined]);
    // a break right after a slide with only a title: the comment after it is the next slide's
    expect(asked('## A\n\n---\n\n<!-- layout: cards -->\n\n## B\n\nx\n').names).toEqual([undefined, 'cards']);
  });
  it('breaks are lines of only three or more -, * or _ (spaces between allowed), after a blank or space-only line', () => {
    const second = (mid: string) => asked(`## A\n\nx\n\n${mid}\n\n<!-- layout: cards -->\n\n## B\n\ny\n`).names;
    expect(second('- - -')).toEqual([undefined, 'cards']);
    expect(second('___')).toEqual([undefined, 'cards']);
    for (const text of ['wait ---', '***bold***', '_snake_case_', '---x']) expect(second(text), text).toEqual(['cards', undefined]);
    expect(asked('## A\n\nx\n  \n---\n\n<!-- layout: cards -->\n\n## B\n\ny\n').names).toEqual([undefined, 'cards']);
  });
  it('a comment inside a code fence is not read, even when it is the slide\'s only one; fences may be indented', () => {
    expect(asked('## A\n\n```\n<!-- layout: cards -->\n```\n').names).toEqual([undefined]);
    expect(asked('## A\n\n- item\n\n  ```\n  <!-- layout: cards -->\n  ```\n').names).toEqual([undefined]);
    // three backticks inside a line open no fence
    expect(asked('## A\n\nuse ``` in text\n\n<!-- layout: cards -->\n').names).toEqual(['cards']);
  });
});

describe('heading classes and requests: the edges', () => {
  it('only classes are checked for near misses, not ids or values', () => {
    expect(run('## A {#timelin width=crads}\n\nx\n').warnings).toEqual([]);
  });
  it('`{.plain}` and `{.content}` ask for bullets', () => {
    for (const c of ['plain', 'content']) expect(run(`## A {.${c}}\n\n- x\n`).slides[0].layoutRequest, c).toEqual({ name: 'bullets', line: 1, origin: 'heading class' });
  });
  it('a block left in a title is read only at its end, with or without a space before it', () => {
    const title = (src: string) => run(src).slides[0].title;
    expect(title('## T {.cards x} more\n\n- a\n')).toEqual([{ text: 'T {.cards x} more' }]);
    expect(title('## T {.cards x}.\n\n- a\n')).toEqual([{ text: 'T {.cards x}.' }]);
    expect(title('## T{.cards x}\n\n- a\n')).toEqual([{ text: 'T' }]);
    expect(title('## T  {.cards x}\n\n- a\n')).toEqual([{ text: 'T' }]);
    expect(title('## {.cards x}\n\n- a\n')).toEqual([]);
  });
  it('in a block left in a title, only words with a dot are classes; one near miss among far-off ones is enough to remove it', () => {
    const s = run('## T {xcards .zzzzzz}\n\n- a\n').slides[0];
    expect(s.title).toEqual([{ text: 'T {xcards .zzzzzz}' }]);
    expect(s.layoutRequest).toBeUndefined();
    const near = run('## T {.crads .zzzzzz x}\n\n- a\n');
    expect(near.slides[0].title).toEqual([{ text: 'T' }]);
    expect(near.warnings.map((w) => w.slice(0, w.indexOf(';')))).toEqual(['1: unknown layout "crads"']);
  });
  it('a bad `layouts:` value is warned at its line, quoted key or a longer opening fence', () => {
    for (const fm of ['---\n"layouts": Fancy\n---', '----\nlayouts: Fancy\n----', '---\ntitle: T\nlayouts: Fancy\n---']) {
      const line = fm.split('\n').findIndex((l) => l.includes('layouts')) + 1;
      expect(run(`${fm}\n\n## A\n\nx\n`).warnings, fm).toEqual([`${line}: front matter "layouts": expected auto or plain, got "Fancy"; using auto`]);
    }
  });
});

describe('layout names and near misses (src/parse/layout-overrides.ts; its names and patterns are module-level)', () => {
  const fresh = async () => {
    vi.resetModules();
    return import('../../src/parse/layout-overrides.js');
  };
  const warnings = (src: string) => run(src).warnings;

  it('every other spelling names its layout', async () => {
    const { layoutName } = await fresh();
    const aliases = {
      card: 'cards', stat: 'big-number', stats: 'big-number', 'big-numbers': 'big-number', bignumber: 'big-number', figures: 'big-number',
      column: 'columns', 'two-cols': 'columns', comparison: 'columns', process: 'timeline', steps: 'timeline',
      'image-left': 'image-text', 'image-right': 'image-text', 'text-image': 'image-text', default: 'bullets', list: 'bullets',
      plain: 'bullets', content: 'bullets', cards: 'cards', ' Cards ': 'cards', constructor: undefined, '': undefined,
    };
    expect(Object.fromEntries(Object.keys(aliases).map((k) => [k, layoutName(k)]))).toEqual(aliases);
  });

  it('"did you mean": the nearest name up to two edits, the first of equals, spaces around ignored', async () => {
    const { didYouMean } = await fresh();
    expect(didYouMean('crads')).toBe('cards'); // an adjacent swap is one edit
    expect(didYouMean(' crads ')).toBe('cards');
    expect(didYouMean('tmelin')).toBe('timeline'); // two edits
    expect(didYouMean('tatle')).toBe('table'); // one edit from table and from title: the first in the list
    expect(didYouMean('stets')).toBe('big-number'); // stats before steps
    expect(didYouMean('agend')).toBe('agenda');
    expect(didYouMean('xgend')).toBe('agenda');
    expect(didYouMean('zzzzzz')).toBeUndefined();
    // the distance is optimal string alignment: a swap of two neighbours is one edit, other moves are not
    expect(didYouMean('tetle')).toBe('title'); // title by one substitution; table is two away
    expect(didYouMean('tiale')).toBe('title'); // one substitution from title; "ia" swapped is "ai", not table's "ab"
    expect(didYouMean('sttps')).toBe('timeline'); // steps by one substitution (not a swap of "te"): stats is two away
  });

  it('a heading class is a misspelt layout one edit from a name, two from a name of seven letters or more', async () => {
    const { misspeltLayout } = await fresh();
    expect(misspeltLayout('bulet')).toBe(true); // bullets: 7 letters, 2 edits
    expect(misspeltLayout('tmelin')).toBe(true); // timeline: 8 letters, 2 edits
    expect(misspeltLayout('qot')).toBe(false); // quote: 5 letters, 2 edits
    expect(misspeltLayout('qute')).toBe(true); // quote: 1 edit
    expect(misspeltLayout(' crads ')).toBe(true);
    expect(misspeltLayout('cards')).toBe(false);
    expect(misspeltLayout('zzcards')).toBe(false); // two letters added to a 5-letter name: two edits, not zero
  });

  it('a layout comment may have spaces anywhere inside it', () => {
    expect(run('## A\n\nx\n\n<!--   layout   :   steps   -->\n').slides[0].layoutRequest).toEqual({ name: 'timeline', line: 5, origin: '<!-- layout: steps -->' });
  });

  it('a heading\'s classes are read only at the end of a heading line, before its closing hashes', () => {
    expect(warnings('## A {.crads}\n\nx\n')).toEqual([expect.stringMatching(/^1: unknown layout "crads"; did you mean "cards"\?/)]);
    expect(warnings('## A {.crads} ## \n\nx\n')).toEqual([expect.stringMatching(/^1: unknown layout "crads"/)]);
    expect(warnings('## A {.crads} more\n\nx\n')).toEqual([]);
    expect(warnings('## A {.crads}x\n\nx\n')).toEqual([]);
    expect(warnings('## A\n\nsee ## B {.crads}\n')).toEqual([]);
  });

  it('a div fence right after a quote\'s line ends the quote (it is not a lazy line of the quote\'s paragraph)', () => {
    const { slides } = run('## A\n\n> q\n::: notes\nn\n:::\n\nbody\n');
    expect(slides[0].notes).toEqual(['n']);
    expect(slides[0].blocks.map((b) => b.kind)).toEqual(['quote', 'paragraph']);
  });
  it('a closing fence is a line of colons only, spaces after it allowed', () => {
    const { slides } = run('## A\n\n::: notes\nn :::\nm\n:::   \n\nbody\n');
    expect(slides[0].notes).toEqual(['n ::: m']);
    expect(paras('## A\n\n::: notes\nn :::\nm\n:::   \n\nbody\n')).toEqual(['body']);
  });
});
