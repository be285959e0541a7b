// The whole pipeline as one call — the library API the CLI uses: parse → theme → layout → render.
import path from 'node:path';
import type { Aspect, Deck, ImageAsset, LaidOutDeck } from './model.js';
import { Diagnostics, type Warning } from './errors.js';
import { parse } from './parse/index.js';
import { isThemePath, resolveTheme } from './theme/index.js';
import { builtinFile, THEMES_DIR } from './theme/builtin.js';
import type { Theme } from './theme/types.js';
import { layout } from './layout/index.js';
import { render } from './render/index.js';
import { loadImages, themeImageProblem } from './assets/images.js';
import { within } from './paths.js';
import { checkInputSize, checkSlideCount, sourceDateEpoch } from './limits.js';
import { checkBuildArgs } from './options.js';
import { resolveTemplate } from './template/source.js';
import { checkTitlesOnArtwork, templateTheme } from './template/theme.js';

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
  /** Compression threads for a large deck (default: by cores and deck size; 0: none). Never changes the bytes. */
  threads?: number;
  /** A PowerPoint template (.pptx/.potx) to build on; wins over front matter `template:`. Relative to `cwd`. */
  template?: string;
}

export interface BuildResult {
  bytes: Uint8Array;
  deck: Deck;
  laid: LaidOutDeck;
  theme: Theme;
  images: Map<string, ImageAsset>;
  /** The template file built on (absolute), if any: `huibao watch` watches it with the theme and pictures. */
  template?: string;
  warnings: Warning[];
}

export async function build(markdown: string, options: BuildOptions = {}): Promise<BuildResult> {
  const opts = checkBuildArgs(markdown, options);
  // The limits are checked before each expensive stage (README "Reliability"): minutes and gigabytes otherwise.
  checkInputSize(markdown, opts.file);
  const { deck, warnings } = parse(markdown, { file: opts.file, slideLevel: opts.slideLevel });
  checkSlideCount(deck.slides.length, opts.file, 'headings');
  if (opts.aspect) deck.meta.aspect = opts.aspect;
  const diag = new Diagnostics(opts.file);
  const baseDir = opts.baseDir ?? (opts.file ? path.dirname(path.resolve(opts.file)) : undefined);
  let theme: Theme;
  if (opts.theme) theme = resolveTheme(opts.theme, { lang: deck.meta.lang, cwd: opts.cwd });
  else {
    const ref = frontMatterTheme(markdown, deck.meta.theme, baseDir, !!opts.allowAnyPath, diag);
    // What it extends by path must come with the deck too (or be huibao's own).
    const confine = ref && isThemePath(ref) && !opts.allowAnyPath && baseDir ? [baseDir, THEMES_DIR] : undefined;
    theme = resolveTheme(ref, { lang: deck.meta.lang, cwd: baseDir, confine });
    // A theme file that came with the deck may not pull pictures from elsewhere into it either (a "logo" at
    // ~/Pictures/… or ~/.ssh/…): only the deck's folder and huibao's own theme folder.
    const away = ref && isThemePath(ref) && !opts.allowAnyPath ? themeImages(theme).filter((p) => !within(p, [baseDir, THEMES_DIR])) : [];
    if (away.length) {
      diag.warn(`theme "${deck.meta.theme}" uses images outside the deck's folder (${away.map((p) => path.basename(p)).join(', ')}) and was not used (use --theme or --allow-any-path); using the default theme`);
      theme = resolveTheme(undefined, { lang: deck.meta.lang });
    }
  }
  theme = withoutBrokenImages(theme, diag);
  const allowedDirs = baseDir ? [baseDir, ...(theme.file ? [path.dirname(theme.file)] : [])] : [];
  const images = baseDir
    ? loadImages(deck, { baseDir, allowedDirs, allowAnyPath: opts.allowAnyPath }, diag)
    : loadImages(deck, { baseDir: '/nonexistent-no-base-dir', allowedDirs: [], allowAnyPath: false }, diag);
  // A template is another source of style: its boxes, sizes, fonts and colours go into the theme layout measures
  // with, and render puts its masters around the slides.
  const tpl = resolveTemplate(markdown, { option: opts.template, frontMatter: deck.meta.template, cwd: opts.cwd, baseDir, allowAnyPath: opts.allowAnyPath, layouts: deck.meta.templateLayouts }, diag);
  if (tpl) theme = templateTheme(tpl.template, tpl.mapping, theme, deck.meta.lang, (m) => diag.warn(m));
  // A template brings its own layouts: designed layouts only when the deck asks for them (front matter layouts: auto).
  if (tpl && deck.meta.layouts === undefined) deck.meta.layouts = 'plain';
  const laid = layout(deck, theme, { images, size: tpl?.template.size });
  if (tpl) checkTitlesOnArtwork(laid, tpl.template, tpl.mapping, theme, (m, line) => diag.warn(m, line));
  checkSlideCount(laid.slides.length, opts.file, 'slides');
  const date = opts.date ?? deck.meta.date ?? sourceDateEpoch(diag);
  const bytes = opts.skipRender ? new Uint8Array() : await render(laid, theme, { date, threads: opts.threads, template: tpl });
  return { bytes, deck, laid, theme, images, template: tpl?.template.file, warnings: [...warnings, ...diag.warnings, ...(laid.warnings ?? []).map((w) => ({ file: opts.file, ...w }))] };
}

/**
 * The theme a deck's own front matter names, or undefined for the default. A deck from someone else is not
 * trusted more than its images: a theme *file* must sit inside the deck's folder (relative paths start there),
 * and a name from another tool (Marp `gaia`, reveal.js `white`) falls back to the default with a warning instead
 * of refusing the whole deck (found by test/reliability/corpus.test.ts). --theme is the user's own choice and
 * is used as given.
 */
function frontMatterTheme(markdown: string, ref: string | undefined, baseDir: string | undefined, allowAnyPath: boolean, diag: Diagnostics): string | undefined {
  if (!ref?.trim()) return undefined;
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const idx = lines.slice(0, Math.max(0, end)).findIndex((l) => /^theme\s*:/.test(l));
  const line = idx >= 0 ? idx + 1 : undefined;
  if (!isThemePath(ref)) {
    if (builtinFile(ref.trim())) return ref;
    diag.warn(`unknown theme "${ref}" in the front matter (from another tool?); using the default theme (huibao themes list shows the others)`, line);
    return undefined;
  }
  if (allowAnyPath) return ref;
  const abs = path.resolve(baseDir ?? '/nonexistent-no-base-dir', ref);
  // Outside by its spelling: refused without touching it. Inside: its real path (symlinks) must stay inside too.
  if (baseDir !== undefined && within(abs, [baseDir])) return abs;
  diag.warn(`theme "${ref}" is outside the deck's folder and was not read (use --theme or --allow-any-path); using the default theme`, line);
  return undefined;
}

/**
 * A theme's background or logo that would not show (junk, an HTML page saved as .png, a damaged PNG) is left out
 * with a warning: embedded unchecked, it made a deck that passed validation and showed nothing.
 */
function withoutBrokenImages(theme: Theme, diag: Diagnostics): Theme {
  let copy: Theme | undefined;
  for (const [key, style] of Object.entries(theme.layouts)) {
    for (const field of ['background', 'logo'] as const) {
      const image = style?.[field]?.image;
      const problem = image ? themeImageProblem(image) : undefined;
      if (!image || !problem) continue;
      diag.warn(`theme "${theme.name}": layouts.${key}.${field}.image "${path.basename(image)}": ${problem}; left out`);
      copy ??= structuredClone(theme);
      const target = (copy.layouts as unknown as Record<string, Record<string, { image?: string } | undefined>>)[key];
      if (field === 'logo') delete target.logo;
      else delete target.background!.image;
    }
  }
  return copy ?? theme;
}

/** Every picture a theme draws: layout backgrounds and logos (absolute paths, as the theme loader made them). */
function themeImages(theme: Theme): string[] {
  return Object.values(theme.layouts).flatMap((l) => [l?.background?.image, l?.logo?.image]).filter((p): p is string => !!p);
}

