// Export: the .pptx through LibreOffice to PDF, pictures, handouts and the speaker script. Everything here works
// on bytes in a private work folder; the CLI decides names and writes the results atomically.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HuibaoError } from '../errors.js';
import { handoutDocument, type HandoutInput, type PerPage } from './handout.js';
import { scriptDocument, type ScriptInput } from './script.js';
import { scriptDocx } from './docx.js';
import { convert, findPdftoppm, findSoffice, runTool, workDir } from './soffice.js';

export { findSoffice, findPdftoppm } from './soffice.js';
export type { PerPage } from './handout.js';
export type { ScriptInput, ScriptSlide } from './script.js';
export { pptxScript } from './pptx-text.js';

export interface ExportRunOptions {
  /** Seconds allowed for each LibreOffice run. */
  timeoutS?: number;
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_TIMEOUT_S = 120;

async function withWork<T>(f: (dir: string) => Promise<T>): Promise<T> {
  const w = workDir();
  try {
    return await f(w.dir);
  } finally {
    w.dispose();
  }
}

/** Convert a file LibreOffice can read (the bytes, written under a plain name `name`) with filter `to`. */
async function sofficeConvert(bytes: Uint8Array | string, name: string, to: string, opts: ExportRunOptions): Promise<Uint8Array> {
  const soffice = findSoffice(opts.env);
  return withWork(async (dir) => {
    const input = path.join(dir, name);
    writeFileSync(input, bytes);
    const out = await convert(soffice, input, to, dir, { timeoutS: opts.timeoutS ?? DEFAULT_TIMEOUT_S, env: opts.env });
    return new Uint8Array(readFileSync(out));
  });
}

/** One PDF page per slide (hidden slides included, as the deck was written). */
export function pptxToPdf(pptx: Uint8Array, opts: ExportRunOptions = {}): Promise<Uint8Array> {
  return sofficeConvert(pptx, 'deck.pptx', 'pdf:impress_pdf_Export', opts);
}

/** One PNG per PDF page at `dpi` (pdftoppm: LibreOffice draws only the first slide as a picture). */
export async function pdfToPngs(pdf: Uint8Array, dpi: number, opts: ExportRunOptions = {}): Promise<Uint8Array[]> {
  const pdftoppm = findPdftoppm(opts.env);
  return withWork(async (dir) => {
    writeFileSync(path.join(dir, 'deck.pdf'), pdf);
    await runTool(pdftoppm, ['-r', String(dpi), '-png', 'deck.pdf', 'page'], 'pdftoppm', { cwd: dir, timeoutS: opts.timeoutS ?? DEFAULT_TIMEOUT_S, env: opts.env });
    // page-1.png … or page-01.png …: pdftoppm pads to the page count's digits; sort by the number.
    const pages = readdirSync(dir)
      .map((f) => ({ f, n: Number(f.match(/^page-(\d+)\.png$/)?.[1]) }))
      .filter((p) => Number.isFinite(p.n))
      .sort((a, b) => a.n - b.n);
    if (pages.length === 0) throw new HuibaoError('pdftoppm made no pictures from the PDF', {}, 3);
    return pages.map((p) => new Uint8Array(readFileSync(path.join(dir, p.f))));
  });
}

/** Handout pages (A4 portrait) from the slide pictures. */
export function handoutPdf(h: HandoutInput, perPage: PerPage, opts: ExportRunOptions = {}): Promise<Uint8Array> {
  return sofficeConvert(handoutDocument(h, perPage), 'handout.fodg', 'pdf:draw_pdf_Export', opts);
}

/** The speaker script as PDF (drawn by LibreOffice) or Word (.docx, written directly). */
export async function scriptFile(s: ScriptInput, format: 'pdf' | 'docx', opts: ExportRunOptions = {}): Promise<Uint8Array> {
  if (format === 'docx') return scriptDocx(s);
  return sofficeConvert(scriptDocument(s), 'script.fodg', 'pdf:draw_pdf_Export', opts);
}

/** The pages of a PDF, counted from its page tree (for messages; avoids needing pdfinfo). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
