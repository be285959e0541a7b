// The whole pipeline as one call — the library API the CLI uses: parse → theme → layout → render.
import path from 'node:path';
import type { Aspect, Deck, ImageAsset, LaidOutDeck } from './model.js';
import { Diagnostics, type Warning } from './errors.js';
import { parse } from './parse/index.js';
import { resolveTheme } from './theme/index.js';
import type { Theme } from './theme/types.js';
import { layout } from './layout/index.js';
import { render } from './render/index.js';
import { loadImages } from './assets/images.js';

export interface BuildOptions {
  /** The Markdown file's name (messages, fallback title). */
  file?: string;
  /** Folder images are read from; nothing outside it (or the theme's folder) is read. Default: the file's folder, else no images. */
  baseDir?: string;
  /** Theme name or path; wins over front matter `theme:`. */
  theme?: string;
  slideLevel?: number;
  aspect?: Aspect;
  /** Read images from any path (not only baseDir). */
  allowAnyPath?: boolean;
  /** docProps dates; default SOURCE_DATE_EPOCH or a fixed date (reproducible). */
  date?: string;
  /** Where relative theme paths are resolved. */
  cwd?: string;
  /** Stop after layout (for `huibao check`): `bytes` is empty. */
  skipRender?: boolean;
}

export interface BuildResult {
  bytes: Uint8Array;
  deck: Deck;
  laid: LaidOutDeck;
  theme: Theme;
  images: Map<string, ImageAsset>;
  warnings: Warning[];
}

export async function build(markdown: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const { deck, warnings } = parse(markdown, { file: opts.file, slideLevel: opts.slideLevel });
  if (opts.aspect) deck.meta.aspect = opts.aspect;
  const theme = resolveTheme(opts.theme ?? deck.meta.theme, { lang: deck.meta.lang, cwd: opts.cwd });
  const diag = new Diagnostics(opts.file);
  const baseDir = opts.baseDir ?? (opts.file ? path.dirname(path.resolve(opts.file)) : undefined);
  const allowedDirs = baseDir ? [baseDir, ...(theme.file ? [path.dirname(theme.file)] : [])] : [];
  const images = baseDir
    ? loadImages(deck, { baseDir, allowedDirs, allowAnyPath: opts.allowAnyPath }, diag)
    : loadImages(deck, { baseDir: '/nonexistent-no-base-dir', allowedDirs: [], allowAnyPath: false }, diag);
  const laid = layout(deck, theme, { images });
  const bytes = opts.skipRender ? new Uint8Array() : await render(laid, theme, { date: opts.date ?? deck.meta.date });
  return { bytes, deck, laid, theme, images, warnings: [...warnings, ...diag.warnings] };
}
