// Shared by the designed-layout tests: a Markdown deck parsed (slide level 2) and laid out in one theme and aspect.
import { expect } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { Aspect, GroupBox, ImageAsset, LaidOutDeck, LaidSlide } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';

export const gov = resolveTheme('gov-blue');

export interface LayOptions {
  theme?: Theme;
  aspect?: Aspect;
  images?: Map<string, ImageAsset>;
}

export const lay = (md: string, opts: LayOptions = {}): LaidOutDeck => {
  const { deck } = parse(md, { file: 't.md', slideLevel: 2 });
  deck.meta.aspect = opts.aspect ?? '16:9';
  return layout(deck, opts.theme ?? gov, { images: opts.images });
};

/** The one slide a deck lays out to (asserted). */
export const only = (md: string, opts: LayOptions = {}): LaidSlide => {
  const d = lay(md, opts);
  expect(d.slides.length).toBe(1);
  return d.slides[0];
};

export const groups = (s: LaidSlide) => s.items.filter((i): i is GroupBox => i.kind === 'group');
