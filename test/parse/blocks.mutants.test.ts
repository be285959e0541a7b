// Block reading (src/parse/blocks.ts) at its edges: pandoc's pause, citations, table captions beside a table and not
// elsewhere, raw blocks, code languages, list starts (0 included) and items without text, pipe tables (alignment,
// ragged rows cut and padded), display math, divs unwrapped, pandoc columns (widths, content between columns, a
// picture beside text as image-text), HTML blocks, Marp image keywords. Written for a mutation run (issue 18).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { marpImage } from '../../src/parse/blocks.js';
import type { Block } from '../../src/model.js';

const run = (body: string) => {
  const { deck, warnings } = parse(`## A\n\n${body}`, { file: 'talk.md' });
  return { blocks: deck.slides[0]?.blocks ?? [], slides: deck.slides, warnings: warnings.map((w) => `${w.line}: ${w.message}`) };
};
const only = (body: string): Block => {
  const { blocks } = run(body);
  expect(blocks).toHaveLength(1);
  return blocks[0];
};

describe('paragraphs', () => {
  it('pandoc\'s pause ". . ." is dropped with one note; other dots stay', () => {
    const { blocks, warnings } = run('one\n\n. . .\n\ntwo\n\n. . . more\n\n. .\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.runs[0].text : b.kind))).toEqual(['one', 'two', '. . . more', '. .']);
    expect(warnings).toEqual(['5: pause ". . ." dropped: a static deck shows every step at once']);
  });
  it('a citation stays as written, with one note at its line', () => {
    const { blocks, warnings } = run('See [@doe99, p. 3] and [-@x].\n\nmail me@x.org [not a cite]\n');
    expect(blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: 'See [@doe99, p. 3] and [-@x].' }], src: { line: 3 } });
    expect(warnings).toEqual(['3: citation [@…] kept as written: huibao has no bibliography']);
  });
  it('`: caption` and `Table: caption` lose their mark beside a table (before or after, pipe or pandoc); elsewhere not', () => {
    const { blocks } = run('Table: before pipe\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n: after pipe\n\n: not beside\n\nplain\n\n  a  b\n---  ---\n  1  2\n\nTable: after simple\n\n`: code` beside\n\n  c  d\n---  ---\n  3  4\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind))).toEqual([
      'before pipe', 'table', 'after pipe', ': not beside', 'plain', 'table', 'after simple', ': code beside', 'table',
    ]);
  });
  it('an image paragraph: image blocks after the text; Marp keywords leave the alt text', () => {
    const { blocks } = run('Look ![alt w:300px #c sepia](p.png) here ![two](q.png)\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Look  here' }], src: { line: 3 } },
      { kind: 'image', path: 'p.png', alt: 'alt', src: { line: 3 } },
      { kind: 'image', path: 'q.png', alt: 'two', src: { line: 3 } },
    ]);
  });
});

describe('marpImage: Marp\'s image keywords', () => {
  it.each([
    ['bg', { alt: '', bg: 'full', fit: 'cover' }],
    ['bg left', { alt: '', bg: 'left', fit: 'cover' }],
    ['bg right:40% contain', { alt: '', bg: 'right', fit: 'contain' }],
    ['bg left:30% photo', { alt: 'photo', bg: 'left', fit: 'cover' }],
    ['bg fit', { alt: '', bg: 'full', fit: 'contain' }],
    ['bg auto', { alt: '', bg: 'full', fit: 'contain' }],
    ['bg 80%', { alt: '', bg: 'full', fit: 'contain' }],
    ['bg cover vertical', { alt: '', bg: 'full', fit: 'cover' }],
    ['  a  left  picture ', { alt: 'a left picture' }],
    ['w:300 h:200px width:1 height:2 blur grayscale:1 opacity:.5 #center x', { alt: 'x' }],
    ['', { alt: '' }],
    ['background', { alt: 'background' }],
  ])('%j', (alt, out) => expect(marpImage(alt)).toEqual(out));
});

describe('code', () => {
  it('the language is the first word of the info; indented code has none; raw blocks are left out with a note', () => {
    const { blocks, warnings } = run('```js extra\nlet a\n\n```\n\n    indented\n\n```{=html}\n<b>x</b>\n```\n\n```{=open-xml}\n<a/>\n```\n\n```{=html} x\nkept\n```\n');
    expect(blocks).toEqual([
      { kind: 'code', lang: 'js', text: 'let a\n', src: { line: 3 } },
      { kind: 'code', lang: '', text: 'indented', src: { line: 8 } },
      { kind: 'code', lang: '{=html}', text: 'kept', src: { line: 18 } },
    ]);
    expect(warnings).toEqual(['10: raw {=html} block left out (content for another output format)', '14: raw {=open-xml} block left out (content for another output format)']);
  });
});

describe('lists', () => {
  it('an ordered list keeps its start, 0 included; a bullet list has none', () => {
    expect(only('0. zero\n1. one\n')).toMatchObject({ kind: 'list', ordered: true, start: 0 });
    expect(only('5) five\n')).toMatchObject({ kind: 'list', ordered: true, start: 5 });
    expect(only('1. one\n')).toMatchObject({ kind: 'list', ordered: true, start: 1 });
    const bullets = only('- a\n');
    expect(bullets).toEqual({ kind: 'list', ordered: false, items: [{ runs: [{ text: 'a' }], children: [], src: { line: 3 } }], src: { line: 3 } });
  });
  it('an item\'s first paragraph is its text, the rest children; an item starting with a list has no text', () => {
    const list = only('- item\n\n  second para\n\n  - nested\n\n- - inner\n');
    expect(list).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        {
          runs: [{ text: 'item' }],
          children: [
            { kind: 'paragraph', runs: [{ text: 'second para' }], src: { line: 5 } },
            { kind: 'list', ordered: false, items: [{ runs: [{ text: 'nested' }], children: [], src: { line: 7 } }], src: { line: 7 } },
          ],
          src: { line: 3 },
        },
        { runs: [], children: [{ kind: 'list', ordered: false, items: [{ runs: [{ text: 'inner' }], children: [], src: { line: 9 } }], src: { line: 9 } }], src: { line: 9 } },
      ],
      src: { line: 3 },
    });
  });
});

describe('tables', () => {
  it('alignment from the separator; short rows padded, long rows cut to the header', () => {
    expect(only('| a | b | c |\n|--:|:-:|---|\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |\n')).toEqual({
      kind: 'table',
      header: [[{ text: 'a' }], [{ text: 'b' }], [{ text: 'c' }]],
      rows: [
        [[{ text: '1' }], [{ text: '2' }], []],
        [[{ text: '1' }], [{ text: '2' }], [{ text: '3' }]],
      ],
      align: ['r', 'c', 'l'],
      src: { line: 3 },
    });
  });
  it('a header-only table has no rows; cells keep their formatting', () => {
    expect(only('| **a** | `b` |\n|:--|--:|\n')).toEqual({ kind: 'table', header: [[{ text: 'a', bold: true }], [{ text: 'b', code: true }]], rows: [], align: ['l', 'r'], src: { line: 3 } });
  });
});

describe('other blocks', () => {
  it('display math is a paragraph of one display run', () => {
    expect(only('$$\nx^2\n$$\n')).toEqual({ kind: 'paragraph', runs: [{ text: 'x^2', math: 'display' }], src: { line: 3 } });
  });
  it('a quote holds its blocks', () => {
    const { blocks } = run('> a\n>\n> - b\n\ntext\n');
    expect(blocks[0]).toEqual({
      kind: 'quote',
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'a' }], src: { line: 3 } },
        { kind: 'list', ordered: false, items: [{ runs: [{ text: 'b' }], children: [], src: { line: 5 } }], src: { line: 5 } },
      ],
      src: { line: 3 },
    });
  });
  it('other fenced divs are unwrapped: their content stays', () => {
    expect(run('::: incremental\n- inc\n:::\n\n::: {style="x"}\npara\n:::\n').blocks.map((b) => b.kind)).toEqual(['list', 'paragraph']);
  });
  it('an HTML block: its text as one paragraph (lines as breaks, links and bold rebuilt), its pictures, notes for tags', () => {
    const { blocks, warnings } = run('<div>\n<b>bold</b> <a href="http://x">link\ntext</a>\n<p>line two</p>\n<img src="i.png" alt="I">\n<img alt="none">\n<style>.x{}</style>\n</div>\n\n<!-- only a comment -->\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'bold', bold: true }, { text: ' ' }, { text: 'link text', href: 'http://x' }, { text: 'line two', breakBefore: true }], src: { line: 3 } },
      { kind: 'image', path: 'i.png', alt: 'I', src: { line: 3 } },
    ]);
    expect(warnings).toEqual(['3: HTML <div> left out (its text is kept)', '3: HTML <style> left out with its content (nothing of it can be shown on a slide)']);
  });
});

describe('pandoc columns', () => {
  it('widths from width="40%"; content between columns joins the column before it (or a first one)', () => {
    expect(only(':::: columns\nbefore\n\n::: {.column width="40%"}\nleft\n:::\n\nbetween\n\n::: column\nright\n:::\n::::\n')).toEqual({
      kind: 'columns',
      columns: [
        { blocks: [{ kind: 'paragraph', runs: [{ text: 'before' }], src: { line: 4 } }] },
        {
          blocks: [
            { kind: 'paragraph', runs: [{ text: 'left' }], src: { line: 7 } },
            { kind: 'paragraph', runs: [{ text: 'between' }], src: { line: 10 } },
          ],
          width: 40,
        },
        { blocks: [{ kind: 'paragraph', runs: [{ text: 'right' }], src: { line: 13 } }] },
      ],
      src: { line: 3 },
    });
  });
  it('a width that is not a positive number is no width', () => {
    const b = only(':::: columns\n::: {.column width=x}\na\n:::\n::: {.column width="0%"}\nb\n:::\n::: {.column width=-5}\nc\n:::\n::::\n') as Extract<Block, { kind: 'columns' }>;
    expect(b.columns.map((c) => c.width)).toEqual([undefined, undefined, undefined]);
  });
  it('a picture column beside a text column is the picture and the text (image-text), in the order written', () => {
    expect(run(':::: {.columns}\n::: {.column width=x}\n![p](p.png)\n:::\n::: {.column}\n- t\n:::\n::::\n').blocks.map((b) => b.kind)).toEqual(['image', 'list']);
    expect(run(':::: {.columns .wide}\n::: column\ntext\n:::\n::: column\n![p](p.png)\n:::\n::::\n').blocks.map((b) => b.kind)).toEqual(['paragraph', 'image']);
  });
  it('two pictures, a picture beside a table or an empty column, or three columns stay columns', () => {
    expect(only(':::: columns\n::: column\n![p](p.png)\n:::\n::: column\n![q](q.png)\n:::\n::::\n').kind).toBe('columns');
    expect(only(':::: columns\n::: column\n![p](p.png)\n:::\n::: column\n| a |\n|---|\n| 1 |\n:::\n::::\n').kind).toBe('columns');
    expect(only(':::: columns\n::: column\n![p](p.png)\n:::\n::: column\n:::\n::::\n').kind).toBe('columns');
    expect(only(':::: columns\n::: column\n![p](p.png)\n:::\n::: column\na\n:::\n::: column\nb\n:::\n::::\n').kind).toBe('columns');
    expect(only(':::: columns\n::: column\n![p](p.png)\n\n![q](q.png)\n:::\n::: column\na\n:::\n::::\n').kind).toBe('columns');
  });
  it('`columns` must be the whole info or one of the classes', () => {
    expect(run('::: columnsx\n::: column\na\n:::\n:::\n').blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(run('::: {.other columns=1}\n::: column\na\n:::\n:::\n').blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(only('::: { .columns }\n::: {.column}\na\n:::\n:::\n').kind).toBe('columns');
  });
});
