// src/layout/units.ts at its boundaries, written against StrykerJS's survivors: which units share a text box (the
// group), list numbering DrawingML can and cannot write (1..32767), code split by line in the mono face, quotes
// nested and consecutive, empty tables, charts and images as their own boxes, columns read one after the other.
import { describe, expect, it } from 'vitest';
import { toUnits, runsText, type Unit } from '../../src/layout/units.js';
import { CHART_MIN_IN } from '../../src/layout/chart.js';
import type { Block, ImageAsset, Inline, ListItem } from '../../src/model.js';

const src = { line: 1 } as Block['src'];
const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], src });
const item = (text: string, children: Block[] = []): ListItem => ({ runs: [{ text }], children, src }) as ListItem;
const list = (ordered: boolean, items: ListItem[], start?: number): Block => ({ kind: 'list', ordered, ...(start === undefined ? {} : { start }), items, src });
const quote = (...blocks: Block[]): Block => ({ kind: 'quote', blocks, src });
const code = (text: string): Block => ({ kind: 'code', lang: '', text, src });
const table = (rows: number): Block => ({ kind: 'table', header: [[{ text: 'h' }]], rows: Array.from({ length: rows }, (_, i) => [[{ text: `r${i}` }]]), align: ['left'], src });
const image = (path: string): Block => ({ kind: 'image', path, alt: `alt ${path}`, src });
const brief = (us: Unit[]) => us.map((u) => `${u.kind}${u.group}`);
const textOf = (u: Unit) => (u.kind === 'text' || u.kind === 'quote' || u.kind === 'code' ? runsText(u.para.runs) : '');

describe('toUnits: groups (one text box each)', () => {
  it('consecutive paragraphs and lists share a box; a table, image or quote between them starts new ones', () => {
    expect(brief(toUnits([p('a'), list(false, [item('b')]), table(1), p('c'), image('x.png'), p('d'), quote(p('q')), p('e')]))).toEqual([
      'text1', 'text1', 'table2', 'text3', 'image4', 'text5', 'quote6', 'text7',
    ]);
  });

  it('a nested quote stays in its parent quote\'s box; two top-level quotes in a row are two boxes', () => {
    expect(brief(toUnits([quote(p('a'), quote(p('b')), p('c'))]))).toEqual(['quote1', 'quote1', 'quote1']);
    expect(brief(toUnits([quote(p('a')), quote(p('b'))]))).toEqual(['quote1', 'quote2']);
  });

  it('a code block is one unit per line, all in one box of its own, in the mono face; two blocks are two boxes', () => {
    const us = toUnits([p('a'), code('x = 1\ny = 2'), code('z'), p('b')]);
    expect(brief(us)).toEqual(['text1', 'code2', 'code2', 'code3', 'text4']);
    expect(us.slice(1, 4).map(textOf)).toEqual(['x = 1', 'y = 2', 'z']);
    const c = us[1] as Extract<Unit, { kind: 'code' }>;
    expect(c.para).toEqual({ runs: [{ text: 'x = 1', code: true }], level: 0, mono: true });
  });

  it('a table is one unit per body row; a table with no body rows is one unit (row -1) so its header still shows', () => {
    const us = toUnits([table(2), table(0)]);
    expect(us.map((u) => (u.kind === 'table' ? `${u.group}:${u.row}` : u.kind))).toEqual(['1:0', '1:1', '2:-1']);
  });
});

describe('toUnits: lists', () => {
  it('bullets carry their level; nested lists go one level deeper, at most 3; a child paragraph continues its item', () => {
    const deep = list(false, [item('1', [list(false, [item('2', [list(false, [item('3', [list(false, [item('4')])])])])]), p('more')])]);
    const us = toUnits([deep]) as Extract<Unit, { kind: 'text' }>[];
    expect(us.map((u) => [textOf(u), u.para.level, u.para.bullet, u.para.continued])).toEqual([
      ['1', 1, { kind: 'char', level: 1 }, undefined],
      ['2', 2, { kind: 'char', level: 2 }, undefined],
      ['3', 3, { kind: 'char', level: 3 }, undefined],
      ['4', 3, { kind: 'char', level: 3 }, undefined],
      ['more', 1, undefined, true],
    ]);
  });

  it('numbers from 1 to 32767 are automatic; 0 and 32768 are written as text with no automatic number', () => {
    const paras = (b: Block) => (toUnits([b]) as Extract<Unit, { kind: 'text' }>[]).map((u) => [textOf(u), u.para.bullet]);
    expect(paras(list(true, [item('a'), item('b')], 32766))).toEqual([
      ['a', { kind: 'number', n: 32766 }],
      ['b', { kind: 'number', n: 32767 }],
    ]);
    expect(paras(list(true, [item('a')], 32768))).toEqual([['32768. a', undefined]]);
    expect(paras(list(true, [item('a'), item('b')], 0))).toEqual([
      ['0. a', undefined],
      ['b', { kind: 'number', n: 1 }],
    ]);
    expect(paras(list(true, [item('a')]))).toEqual([['a', { kind: 'number', n: 1 }]]);
    // A bullet list's start is never read.
    expect(paras(list(false, [item('a')], 0))).toEqual([['a', { kind: 'char', level: 1 }]]);
  });

  it('a list inside a quote is quote text in the quote’s box, and so is a quote inside one of its items', () => {
    const us = toUnits([quote(list(false, [item('a', [p('b'), quote(p('c'))])]))]);
    expect(us.map((u) => `${u.kind}${u.group}:${textOf(u)}`)).toEqual(['quote1:a', 'quote1:b', 'quote1:c']);
    const inList = toUnits([list(false, [item('a', [code('x')])])]);
    expect(inList.map((u) => u.kind)).toEqual(['text', 'code']);
    // Columns inside an item of a plain list stay plain text; inside a quoted list, quote text.
    const cols: Block = { kind: 'columns', columns: [{ blocks: [p('c')] }], src };
    expect(toUnits([list(false, [item('a', [cols])])]).map((u) => u.kind)).toEqual(['text', 'text']);
    expect(toUnits([quote(list(false, [item('a', [cols])]))]).map((u) => u.kind)).toEqual(['quote', 'quote']);
  });
});

describe('toUnits: charts, images, columns', () => {
  it('a chart is an image unit with its title as alt (empty when it has none) and the chart minimum size', () => {
    const chart = { type: 'column', categories: ['a'], series: [{ name: 's', values: [1] }] };
    const us = toUnits([{ kind: 'chart', chart: { ...chart, title: '收入' }, src } as Block, { kind: 'chart', chart, src } as Block, p('x')]);
    expect(us.map((u) => (u.kind === 'image' ? [u.group, u.alt, u.path, u.minIn, !!u.chart] : [u.group, u.kind]))).toEqual([
      [1, '收入', '', CHART_MIN_IN, true],
      [2, '', '', CHART_MIN_IN, true],
      [3, 'text'],
    ]);
  });

  it('an image unit carries its checked asset from the map', () => {
    const asset: ImageAsset = { ok: true, path: '/a.png', data: new Uint8Array(1), mime: 'image/png', width: 1, height: 1 };
    const [u] = toUnits([image('a.png')], new Map([['a.png', asset]]));
    expect(u).toMatchObject({ kind: 'image', path: 'a.png', alt: 'alt a.png', asset });
    expect((toUnits([image('b.png')])[0] as Extract<Unit, { kind: 'image' }>).asset).toBeUndefined();
  });

  it('columns not placed side by side are read one after the other, each heading in bold', () => {
    const cols: Block = { kind: 'columns', columns: [{ heading: [{ text: '左' }], blocks: [p('a')] }, { blocks: [p('b')] }, { heading: [], blocks: [p('c')] }], src };
    const us = toUnits([cols]) as Extract<Unit, { kind: 'text' }>[];
    expect(us.map((u) => u.para.runs)).toEqual([[{ text: '左', bold: true }], [{ text: 'a' }], [{ text: 'b' }], [{ text: 'c' }]]);
    const inQuote = toUnits([quote(cols)]);
    expect(inQuote.map((u) => u.kind)).toEqual(['quote', 'quote', 'quote', 'quote']);
  });
});

describe('runsText', () => {
  it('joins runs, with a space where a run starts a new line', () => {
    const runs: Inline[] = [{ text: 'a' }, { text: 'b', breakBefore: true } as Inline, { text: 'c' }];
    expect(runsText(runs)).toBe('a bc');
    expect(runsText(undefined)).toBe('');
  });
});
