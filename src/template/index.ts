// Stage: a PowerPoint template (.pptx/.potx) as another source of style. read → Template (plain data);
// map → which layout each slide kind uses; templateTheme → the Theme layout measures with; mergeTemplate → render's
// one call that puts the template's package around our slides.
import { statSync } from 'node:fs';
import { readTemplateFile } from '../read.js';
import path from 'node:path';
import { HuibaoError } from '../errors.js';
import { readTemplate } from './read.js';
import { mapLayouts, type TemplateMapping } from './map.js';
import type { Template } from './types.js';

export { readTemplate } from './read.js';
export { mapLayouts, chooseMaster, KINDS, type Kind, type LayoutChoice, type TemplateMapping } from './map.js';
export { templateTheme, regionsFor } from './theme.js';
export { mergeTemplate, placeholderShapes, type TemplateMerge, type PackageParts } from './merge.js';
export type { Template, TemplateLayout, TemplateMaster, Placeholder, LevelStyle, TemplateTheme } from './types.js';

const TEMPLATE_EXT = /\.(pptx|potx|pptm|potm)$/i;
const MAX_FILE = 100 * 1024 * 1024;

/** Does this look like a template path (by its extension)? */
export function isTemplatePath(p: string): boolean {
  return TEMPLATE_EXT.test(p.trim());
}

/** Read a template file; every problem is a HuibaoError naming the file. */
export function loadTemplate(file: string): Template {
  const shown = file;
  if (!isTemplatePath(file)) throw new HuibaoError('a template must be a PowerPoint file: .pptx or .potx', { file: shown });
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new HuibaoError('template not found', { file: shown });
  }
  if (size > MAX_FILE) throw new HuibaoError('the template is larger than 100 MB; refusing to read it', { file: shown });
  return readTemplate(readTemplateFile(file, shown), path.resolve(file));
}

/** Template + its mapping, ready for templateTheme and render. */
export function prepareTemplate(file: string, overrides: Partial<Record<string, string>> = {}, where: { file?: string; line?: number } = {}): { template: Template; mapping: TemplateMapping } {
  const template = loadTemplate(file);
  return { template, mapping: mapLayouts(template, overrides, where) };
}
