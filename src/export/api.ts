// The library's export: a Markdown deck (built as build() builds it) or a .pptx's bytes → the PDF, slide pictures,
// handout or speaker script as bytes. Options are checked like build()'s: a wrong one is a HuibaoError naming it.
import { z } from 'zod';
import { build, type BuildOptions } from '../build.js';
import { HuibaoError, type Warning } from '../errors.js';
import { BuildOptionsSchema, describe } from '../options.js';
import { EXPORT_KINDS, exportSource, scriptOfBuild, scriptOfPptx, type Exported, type ExportKind } from './deck.js';
import { findPdftoppm, findSoffice } from './soffice.js';

export type { ExportKind };

export interface ExportOptions extends BuildOptions {
  /** What to make: `pdf` (a page a slide), `png` (a picture a slide), `handout` (A4, 2/3/6 a page) or `script`. */
  to: ExportKind;
  /** png: picture resolution, 30–1200 (default 150). */
  dpi?: number;
  /** handout: slides on each page, 2, 3 (with lines for notes) or 6 (default). */
  perPage?: 2 | 3 | 6;
  /** script: `pdf` (default, drawn by LibreOffice) or `docx` (written directly; needs no LibreOffice). */
  format?: 'pdf' | 'docx';
  /** Seconds each LibreOffice or pdftoppm run may take, up to 3600 (default 120). */
  timeout?: number;
}

export interface ExportResult extends Exported {
  to: ExportKind;
  /** Warnings from building the Markdown (none for a .pptx). */
  warnings: Warning[];
}

const ExportOptionsSchema = BuildOptionsSchema.extend({
  to: z.enum(EXPORT_KINDS as [ExportKind, ...ExportKind[]], { error: `expected one of ${EXPORT_KINDS.map((k) => `"${k}"`).join(', ')}` }),
  dpi: z.number({ error: 'expected a whole number from 30 to 1200' }).int('expected a whole number from 30 to 1200').min(30, 'expected a whole number from 30 to 1200').max(1200, 'expected a whole number from 30 to 1200').optional(),
  perPage: z.union([z.literal(2), z.literal(3), z.literal(6)], { error: 'expected 2, 3 or 6' }).optional(),
  format: z.enum(['pdf', 'docx'], { error: 'expected "pdf" or "docx"' }).optional(),
  timeout: z.number({ error: 'expected seconds, from 1 to 3600' }).positive('expected seconds, from 1 to 3600').max(3600, 'expected seconds, from 1 to 3600').optional(),
});

/** `opts` checked, or a HuibaoError naming the first bad option (as build() does). */
export function checkExportArgs(input: unknown, opts: unknown): ExportOptions {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw new HuibaoError(`exportDeck(): the deck must be Markdown (a string) or a .pptx's bytes (a Uint8Array), got ${describe(input)}`);
  if (input instanceof Uint8Array && !(input[0] === 0x50 && input[1] === 0x4b)) throw new HuibaoError('exportDeck(): the bytes are not a .pptx (a zip file starts with "PK")');
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) throw new HuibaoError(`exportDeck(): the options must be an object with at least { to: "pdf" }, got ${describe(opts)}`);
  const r = ExportOptionsSchema.safeParse(opts);
  if (r.success) return opts as ExportOptions;
  const issue = r.error.issues[0];
  throw new HuibaoError(`exportDeck(): option ${issue.path.join('.')}: ${issue.message}, got ${describe((opts as Record<string, unknown>)[String(issue.path[0])])}`);
}

/**
 * Export a deck through LibreOffice. Markdown is built first with the same options build() takes (`file` names it
 * and places its pictures); a .pptx is converted as it is (its script read back from its notes). Nothing is
 * written to disk but LibreOffice's private work folder. A missing LibreOffice (or pdftoppm, for png and handout)
 * is a HuibaoError with the install hint, raised before any work.
 */
export async function exportDeck(input: string | Uint8Array, options: ExportOptions): Promise<ExportResult> {
  const o = checkExportArgs(input, options);
  const format = o.format ?? 'pdf';
  if (!(o.to === 'script' && format === 'docx')) findSoffice();
  if (o.to === 'png' || o.to === 'handout') findPdftoppm();
  const params = { kind: o.to, dpi: o.dpi ?? 150, perPage: o.perPage ?? 6, format, timeoutS: o.timeout ?? 120 };
  if (input instanceof Uint8Array) {
    const r = await exportSource({ pptx: input, script: async () => scriptOfPptx(input, o.file ?? 'deck.pptx') }, params);
    return { ...r, to: o.to, warnings: [] };
  }
  const { to: _to, dpi: _dpi, perPage: _perPage, format: _format, timeout: _timeout, ...buildOptions } = o;
  const b = await build(input, { ...buildOptions, skipRender: o.to === 'script' });
  const r = await exportSource({ pptx: b.bytes, script: () => scriptOfBuild(b.laid, b.theme, input) }, params);
  return { ...r, to: o.to, warnings: b.warnings };
}
