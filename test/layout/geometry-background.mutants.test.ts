// src/layout/geometry.ts and src/layout/background.ts at their boundaries, written against StrykerJS's survivors:
// a theme's negative x/y counts from the right/bottom edge while a negative w/h does not; a slide's own background
// picture goes with every part of a split slide, a picture that could not be read leaves the theme's background,
// and the colour under the picture is the layout's own (colour, else the gradient's start, else the palette's).
import { describe, expect, it } from 'vitest';
import { resolveRegion, round, slideSize } from '../../src/layout/geometry.js';
import { attachBackgrounds } from '../../src/layout/background.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Theme } from '../../src/theme/types.js';
import type { Deck, ImageAsset, LaidSlide, Source } from '../../src/model.js';

describe('resolveRegion', () => {
  it('a negative x or y is an offset from the right or bottom edge; a negative w or h is kept as given', () => {
    expect(resolveRegion({ x: -2, y: -1, w: -3, h: -0.5 }, slideSize('16:9'))).toEqual({ x: 11.333, y: 6.5, w: -3, h: -0.5 });
    expect(resolveRegion({ x: -2, y: -1, w: 3, h: 2 }, slideSize('4:3'))).toEqual({ x: 8, y: 6.5, w: 3, h: 2 });
  });

  it('percentages are of the slide width for x and w, of its height for y and h, rounded to 1/1000 in', () => {
    expect(resolveRegion({ x: '10%', y: '10%', w: '50%', h: '50%' }, slideSize('16:9'))).toEqual({ x: 1.333, y: 0.75, w: 6.667, h: 3.75 });
    expect(round(1.23456)).toBe(1.235);
  });
});

describe('attachBackgrounds', () => {
  const gov = resolveTheme('gov-blue');
  const png: ImageAsset = { ok: true, path: '/x/bg.png', data: new Uint8Array([1, 2, 3]), mime: 'image/png', width: 640, height: 360 };
  const srcA: Source = { line: 3 } as Source;
  const srcB: Source = { line: 9 } as Source;
  const deck = (bg?: string): Deck =>
    ({
      slides: [
        { layout: 'content', blocks: [], notes: [], src: srcA, ...(bg ? { background: { src: bg, fit: 'contain', line: 3 } } : {}) },
        { layout: 'content', blocks: [], notes: [], src: srcB },
      ],
    }) as unknown as Deck;
  const laid = (): LaidSlide[] =>
    [
      { layout: 'content', src: srcA, items: [] },
      { layout: 'content', src: srcA, items: [] }, // part 2 of the same source slide
      { layout: 'content', src: srcB, items: [] },
    ] as unknown as LaidSlide[];
  const withLayoutBg = (background: Theme['layouts']['content']['background']): Theme => ({
    ...gov,
    layouts: { ...gov.layouts, content: { ...gov.layouts.content, background } },
  });

  it('every part of the source slide gets the picture, with the palette background under it; other slides none', () => {
    const out = laid();
    attachBackgrounds(deck('bg.png'), out, withLayoutBg(undefined), new Map([['bg.png', png]]));
    const want = { data: png.data, mime: 'image/png', width: 640, height: 360, fit: 'contain', color: gov.palette.background };
    expect(out[0].background).toEqual(want);
    expect(out[1].background).toEqual(want);
    expect(out[2].background).toBeUndefined();
  });

  it('the colour under the picture is the layout background colour, else its gradient start', () => {
    const a = laid();
    attachBackgrounds(deck('bg.png'), a, withLayoutBg({ color: '112233' }), new Map([['bg.png', png]]));
    expect(a[0].background?.color).toBe('112233');
    const b = laid();
    attachBackgrounds(deck('bg.png'), b, withLayoutBg({ gradient: { from: '445566', to: '778899', angle: 90 } } as never), new Map([['bg.png', png]]));
    expect(b[0].background?.color).toBe('445566');
  });

  it('a picture that could not be read, or no images at all, leaves every slide without one', () => {
    const bad = laid();
    attachBackgrounds(deck('bg.png'), bad, gov, new Map([['bg.png', { ok: false, reason: 'not found' }]]));
    expect(bad.map((s) => s.background)).toEqual([undefined, undefined, undefined]);
    const none = laid();
    attachBackgrounds(deck('bg.png'), none, gov, undefined);
    expect(none.map((s) => s.background)).toEqual([undefined, undefined, undefined]);
    const noBg = laid();
    attachBackgrounds(deck(), noBg, gov, new Map([['bg.png', png]]));
    expect(noBg.map((s) => s.background)).toEqual([undefined, undefined, undefined]);
  });
});
