// Theme types, inferred from the zod schema so the two never drift.
import type { z } from 'zod';
import type { ThemeSchema } from './schema.js';

type Parsed = z.output<typeof ThemeSchema>;

/** 6-digit upper-case hex without '#', e.g. 'C00000'. */
export type Color = string;
/** Inches (≥ 0 from the left/top; < 0 from the right/bottom for x, y) or 'N%' of the slide width/height. */
export type Len = number | string;
export type FontPair = Parsed['fonts']['body'];
export type LayoutStyle = Parsed['layouts']['content'];
export type Region = NonNullable<LayoutStyle['title']>;
export type Decoration = NonNullable<LayoutStyle['decorations']>[number];
export type LayoutKey = keyof Parsed['layouts'];

export type Theme = Omit<Parsed, '$schema'> & {
  /** Absolute path of the theme file (undefined for in-memory themes); image paths are resolved against its folder. */
  file?: string;
};

export const LAYOUT_KEYS: readonly LayoutKey[] = ['title', 'agenda', 'section', 'content', 'quote', 'closing'];
