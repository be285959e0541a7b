// Which template a build uses: --template (the user's own choice, used as given) or the deck's front matter
// `template:` (confined to the deck's folder, like its theme file and images: a deck from someone else may not
// read ~/Documents/other.pptx into its output).
import path from 'node:path';
import type { Diagnostics } from '../errors.js';
import { within } from '../paths.js';
import { prepareTemplate } from './index.js';
import type { Template } from './types.js';
import type { TemplateMapping } from './map.js';

export interface TemplateSource {
  /** --template: a path relative to `cwd`. */
  option?: string;
  /** Front matter `template:`. */
  frontMatter?: string;
  cwd?: string;
  baseDir?: string;
  allowAnyPath?: boolean;
  /** Front matter `layouts:` as a map (kind → layout name), overriding the mapping. */
  layouts?: Record<string, string>;
}

/** The template to build on, or undefined for none. Errors in the file itself are HuibaoErrors. */
export function resolveTemplate(markdown: string, src: TemplateSource, diag: Diagnostics): { template: Template; mapping: TemplateMapping } | undefined {
  const line = frontMatterLine(markdown, 'template');
  const layoutsLine = frontMatterLine(markdown, 'layouts');
  if (src.option?.trim()) {
    const file = path.resolve(src.cwd ?? process.cwd(), src.option.trim());
    return prepareTemplate(file, src.layouts, { file: diag.file, line: layoutsLine });
  }
  const ref = src.frontMatter?.trim();
  if (!ref) {
    if (src.layouts) diag.warn('a `layouts:` map names layouts of a template, and this deck has none (--template or front matter template:); ignored', layoutsLine);
    return undefined;
  }
  const abs = path.resolve(src.baseDir ?? '/nonexistent-no-base-dir', ref);
  if (!src.allowAnyPath && (src.baseDir === undefined || !within(abs, [src.baseDir]))) {
    diag.warn(`template "${ref}" is outside the deck's folder and was not read (use --template or --allow-any-path); built without it`, line);
    return undefined;
  }
  return prepareTemplate(abs, src.layouts, { file: diag.file, line: layoutsLine });
}

/** 1-based line of a top-level front-matter key, for messages. */
export function frontMatterLine(markdown: string, key: string): number | undefined {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  const idx = lines.slice(0, Math.max(0, end)).findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  return idx >= 0 ? idx + 1 : undefined;
}
