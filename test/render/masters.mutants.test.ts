// The slide layouts a deck carries, called directly (issue 18): one per entry of LAYOUT_SPECS with the theme
// style's background (colour, gradient start, picture), decorations (rect, line, ellipse; fill, transparency,
// outline) and logo; gradients handed to the post-processor; layout names and fallbacks; the token table.
import { describe, expect, it } from 'vitest';
import { defineMasters, masterName } from '../../src/render/masters.js';
import { LAYOUT_SPECS, layoutOf, layoutSpec, styleKey } from '../../src/render/layouts.js';
import { TokenTable, TOKEN_RE } from '../../src/render/tokens.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Theme } from '../../src/theme/types.js';

const SIZE = { w: 10, h: 5 };
const base = resolveTheme('gov-blue', { lang: 'zh-CN' });

function masters(theme: Theme) {
  const defined: { title: string; background: Record<string, unknown>; objects: Record<string, unknown>[]; margin: number }[] = [];
  const pptx = { defineSlideMaster: (m: (typeof defined)[number]) => defined.push(m) };
  const gradients = defineMasters(pptx as never, theme, SIZE);
  return { defined, gradients };
}

describe('defineMasters', () => {
  const plain = (layouts: Record<string, unknown>): Theme => ({ ...base, layouts: Object.fromEntries(Object.keys(base.layouts).map((k) => [k, layouts[k] ?? {}])) }) as unknown as Theme;

  it('one master per layout spec, by its label, margin 0; no style: the palette background, no objects', () => {
    const { defined, gradients } = masters(plain({}));
    expect(defined.map((d) => d.title)).toEqual(LAYOUT_SPECS.map((s) => s.label));
    for (const d of defined) {
      expect(d.background).toEqual({ color: base.palette.background });
      expect(d.objects).toEqual([]);
      expect(d.margin).toBe(0);
    }
    expect(gradients).toEqual([]);
  });

  it('decorations in order: a rect with fill and transparency, an outlined ellipse, a line in its colour and width', () => {
    const { defined } = masters(
      plain({
        content: {
          decorations: [
            { shape: 'rect', x: 0, y: 0, w: '100%', h: 0.2, fill: 'C00000', transparency: 30 },
            { shape: 'ellipse', x: -1, y: 1, w: 0.5, h: 0.5, line: '00AA00', lineWidthPt: 2 },
            { shape: 'rect', x: 1, y: 1, w: 1, h: 1, fill: '0000AA' },
            { shape: 'line', x: 0.5, y: 4.5, w: 9, h: 0, line: '123456', lineWidthPt: 0.75 },
            { shape: 'line', x: 0.5, y: 4.6, w: 9, h: 0, fill: '654321' },
            { shape: 'line', x: 0.5, y: 4.7, w: 9, h: 0 },
          ],
        },
      }),
    );
    const content = defined.find((d) => d.title === 'huibao Title and Content')!;
    expect(content.objects).toEqual([
      { rect: { x: 0, y: 0, w: 10, h: 0.2, fill: { color: 'C00000', transparency: 30 }, line: { type: 'none' } } },
      { text: { text: '', options: { x: 9, y: 1, w: 0.5, h: 0.5, fill: undefined, line: { color: '00AA00', width: 2 }, shape: 'ellipse' } } },
      { rect: { x: 1, y: 1, w: 1, h: 1, fill: { color: '0000AA', transparency: 0 }, line: { type: 'none' } } },
      { line: { x: 0.5, y: 4.5, w: 9, h: 0, line: { color: '123456', width: 0.75 } } },
      { line: { x: 0.5, y: 4.6, w: 9, h: 0, line: { color: '654321', width: 1 } } },
      { line: { x: 0.5, y: 4.7, w: 9, h: 0, line: { color: base.palette.accent, width: 1 } } },
    ]);
    // The designed layouts draw on the content style.
    expect(defined.find((d) => d.title === 'huibao Cards')!.objects).toEqual(content.objects);
    expect(defined.find((d) => d.title === 'huibao Section Header')!.objects).toEqual([]);
  });

  it('a logo after the decorations; a picture background; a gradient: its start colour now, the whole gradient for the post-processor', () => {
    const { defined, gradients } = masters(
      plain({
        section: { logo: { x: -1.5, y: 0.2, w: 1, h: 0.5, image: '/tmp/logo.png' }, decorations: [{ shape: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'FFFFFF' }] },
        title: { background: { image: '/tmp/bg.png', gradient: { from: '111111', to: '222222', angle: 90 } } },
        content: { background: { gradient: { from: '333333', to: '444444', angle: 45 }, color: '999999' } },
        quote: { background: { color: 'ABCDEF' } },
      }),
    );
    const section = defined.find((d) => d.title === 'huibao Section Header')!;
    expect(section.objects.at(-1)).toEqual({ image: { x: 8.5, y: 0.2, w: 1, h: 0.5, path: '/tmp/logo.png' } });
    expect(section.objects).toHaveLength(2);
    expect(defined.find((d) => d.title === 'huibao Title Slide')!.background).toEqual({ path: '/tmp/bg.png' });
    expect(defined.find((d) => d.title === 'huibao Title and Content')!.background).toEqual({ color: '333333' });
    expect(defined.find((d) => d.title === 'huibao Quote')!.background).toEqual({ color: 'ABCDEF' });
    // A picture wins over a gradient; every layout drawn on the content style gets its own gradient entry.
    const onContent = LAYOUT_SPECS.filter((s) => (s.style ?? s.name) === 'content').map((s) => s.label);
    expect(gradients).toEqual(onContent.map((master) => ({ master, from: '333333', to: '444444', angle: 45 })));
  });
});

describe('layout names', () => {
  it('a designed content slide uses its design’s layout; bullets, other layouts and no design their own', () => {
    expect(layoutOf({ layout: 'content', design: 'cards' })).toBe('cards');
    expect(layoutOf({ layout: 'content', design: 'bullets' })).toBe('content');
    expect(layoutOf({ layout: 'content' })).toBe('content');
    expect(layoutOf({ layout: 'section', design: 'cards' })).toBe('section');
  });

  it('an unknown name is the content layout; a theme without a style by that name draws from content', () => {
    expect(layoutSpec('nope')).toBe(LAYOUT_SPECS.find((s) => s.name === 'content'));
    expect(layoutSpec('quote').label).toBe('huibao Quote');
    expect(masterName('timeline')).toBe('huibao Timeline');
    expect(masterName('nope')).toBe('huibao Title and Content');
    expect(styleKey(layoutSpec('cards'), base)).toBe('content');
    expect(styleKey(layoutSpec('quote'), base)).toBe('quote');
    const { quote: _q, ...rest } = base.layouts as Record<string, unknown>;
    expect(styleKey(layoutSpec('quote'), { ...base, layouts: rest } as unknown as Theme)).toBe('content');
  });
});

describe('TokenTable', () => {
  it('fresh ASCII tokens in order; bodies and placeholders by token; counts', () => {
    const t = new TokenTable();
    const a = t.add('<a/>');
    const b = t.add('<b/>', { type: 'title' });
    const c = t.add('<c/>', { type: 'body', idx: 1 });
    expect([a, b, c]).toEqual(['HBTOKEN1X', 'HBTOKEN2X', 'HBTOKEN3X']);
    expect([t.get(a), t.get(b), t.get('HBTOKEN9X')]).toEqual(['<a/>', '<b/>', undefined]);
    expect([t.placeholder(a), t.placeholder(b), t.placeholder(c)]).toEqual([undefined, { type: 'title' }, { type: 'body', idx: 1 }]);
    expect([t.size, t.placeholderCount]).toEqual([3, 2]);
    expect(TOKEN_RE.test(`x${a}y`)).toBe(true);
    expect(TOKEN_RE.test('HBTOKENX')).toBe(false);
  });
});
