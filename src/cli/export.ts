// `huibao export`: a deck (Markdown or .pptx) → PDF, slide pictures, handouts or the speaker script, through
// LibreOffice. `huibao build --pdf` comes here too, after the .pptx is written.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { HuibaoError } from '../errors.js';
import type { Aspect } from '../model.js';
import type { ScriptInput } from '../export/index.js';
import { EXPORT_KINDS as KINDS, type ExportKind } from '../export/deck.js';
import { markdownFor } from './build.js';
import { writeAtomic } from './output.js';
import { processIo, runCommand, type Io } from './run.js';

export type { ExportKind };

export interface ExportCliOptions {
  to?: string;
  output?: string;
  dpi?: string;
  perPage?: string;
  timeout?: string;
  theme?: string;
  slideLevel?: string;
  aspect?: string;
  allowAnyPath?: boolean;
  force?: boolean;
  quiet?: boolean;
}

/** The deck to export: its .pptx bytes, and what the script needs (from the laid-out deck, or read back from the .pptx). */
export interface ExportSource {
  file: string;
  pptx: Uint8Array;
  script: () => Promise<ScriptInput>;
}

const stem = (file: string) => file.slice(0, file.length - path.extname(file).length);

export function defaultExportOutput(input: string, kind: ExportKind): string {
  const s = stem(input);
  return kind === 'pdf' ? s + '.pdf' : kind === 'png' ? s + '-slides' : kind === 'handout' ? s + '-handout.pdf' : s + '-script.pdf';
}

function numberOption(value: string | undefined, name: string, fallback: number, ok: (n: number) => boolean, expected: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || !ok(n)) throw new HuibaoError(`${name} must be ${expected}, not "${value}"`);
  return n;
}

/** Read or build the deck named on the command line. */
async function loadSource(input: string, opts: ExportCliOptions, io: Io): Promise<ExportSource> {
  if (path.extname(input).toLowerCase() === '.pptx') {
    let bytes: Uint8Array;
    try {
      if (statSync(input).isDirectory()) throw new HuibaoError('is a folder, not a deck', { file: input });
      bytes = new Uint8Array(readFileSync(input));
    } catch (e) {
      if (e instanceof HuibaoError) throw e;
      throw new HuibaoError('no such file', { file: input });
    }
    return {
      file: input,
      pptx: bytes,
      script: async () => (await import('../export/deck.js')).scriptOfPptx(bytes, input),
    };
  }
  const { markdown } = await markdownFor(input, io);
  const { build } = await import('../build.js');
  const r = await build(markdown, {
    file: input,
    theme: opts.theme,
    slideLevel: opts.slideLevel ? Number(opts.slideLevel) : undefined,
    aspect: opts.aspect as Aspect | undefined,
    allowAnyPath: opts.allowAnyPath,
  });
  for (const w of r.warnings) io.err(`huibao: ${w.file ?? input}${w.line ? ':' + w.line : ''}: warning: ${w.message}`);
  const script = async () => (await import('../export/deck.js')).scriptOfBuild(r.laid, r.theme, markdown);
  return { file: input, pptx: r.bytes, script };
}

/** Refuse outputs that would replace the input or something that is not what we write (unless --force). */
function checkExportOutput(out: string, input: string, kind: ExportKind, force: boolean): void {
  const abs = path.resolve(out);
  if (abs === path.resolve(input)) throw new HuibaoError('the output would overwrite the input; choose another name with -o', { file: out });
  const dir = path.dirname(abs);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new HuibaoError(`the folder ${dir} does not exist`, { file: out });
  if (!existsSync(abs)) return;
  const st = statSync(abs);
  if (kind === 'png') {
    if (!st.isDirectory()) throw new HuibaoError('a file is already there; the pictures go into a folder (choose another name with -o)', { file: out });
    const strangers = readdirSync(abs).filter((f) => !/^slide-\d+\.png$/.test(f));
    if (strangers.length && !force) throw new HuibaoError(`the folder holds other files (${strangers.slice(0, 3).join(', ')}); use --force to replace it, or choose another name with -o`, { file: out });
    return;
  }
  if (st.isDirectory()) throw new HuibaoError('the output path is a folder', { file: out });
  const ext = path.extname(abs).toLowerCase();
  if (!force && ext !== '.pdf' && ext !== '.docx') throw new HuibaoError('a file that is not a .pdf or .docx is already there; use --force to replace it', { file: out });
}

/** Pictures into a folder, all or nothing: written beside it, then swapped in. */
function writeFolderAtomic(out: string, files: { name: string; bytes: Uint8Array }[]): void {
  const abs = path.resolve(out);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  const old = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.old`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp);
    for (const f of files) writeFileSync(path.join(tmp, f.name), f.bytes);
    if (existsSync(abs)) renameSync(abs, old);
    renameSync(tmp, abs);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(abs)) renameSync(old, abs);
    throw new HuibaoError(`cannot write the pictures (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file: out });
  }
}

export interface ExportParams {
  kind: ExportKind;
  out: string;
  dpi: number;
  perPage: 2 | 3 | 6;
  timeoutS: number;
}

/** Export a loaded deck. Returns a one-line summary of what was written. */
export async function exportDeck(src: ExportSource, p: ExportParams): Promise<string> {
  const { exportSource, pngSize } = await import('../export/deck.js');
  const format = path.extname(p.out).toLowerCase() === '.docx' ? 'docx' : 'pdf';
  const r = await exportSource(src, { ...p, format });
  if (p.kind === 'png') {
    const width = Math.max(2, String(r.pictures.length).length);
    writeFolderAtomic(p.out, r.pictures.map((bytes, i) => ({ name: `slide-${String(i + 1).padStart(width, '0')}.png`, bytes })));
    const { w, h } = pngSize(r.pictures[0]);
    return `wrote ${p.out}${path.sep} (${r.pictures.length} pictures, ${w}×${h} at ${p.dpi} dpi)`;
  }
  writeAtomic(p.out, r.bytes);
  if (p.kind === 'script') return `wrote ${p.out} (speaker script, ${r.slides} slides${format === 'pdf' ? `, ${r.pages} pages` : ''})`;
  if (p.kind === 'pdf') return `wrote ${p.out} (${r.pages} page${r.pages === 1 ? '' : 's'})`;
  return `wrote ${p.out} (handout, ${p.perPage} slides a page, ${r.pages} pages)`;
}

export async function runExport(input: string, opts: ExportCliOptions, io: Io = processIo): Promise<number> {
  const kind = (opts.to ?? 'pdf') as ExportKind;
  if (!KINDS.includes(kind)) throw new HuibaoError(`--to must be one of ${KINDS.join(', ')}, not "${opts.to}"`);
  const dpi = numberOption(opts.dpi, '--dpi', 150, (n) => Number.isInteger(n) && n >= 30 && n <= 1200, 'a whole number from 30 to 1200');
  const perPage = numberOption(opts.perPage, '--per-page', 6, (n) => n === 2 || n === 3 || n === 6, '2, 3 or 6') as 2 | 3 | 6;
  const timeoutS = numberOption(opts.timeout, '--timeout', 120, (n) => n > 0 && n <= 3600, 'seconds, from 1 to 3600');
  const out = opts.output ?? defaultExportOutput(input, kind);
  if (kind === 'script' && !/\.(pdf|docx)$/i.test(out)) throw new HuibaoError('the speaker script is written as .pdf or .docx; name the output so', { file: out });
  checkExportOutput(out, input, kind, !!opts.force);
  // Found before building, so a missing LibreOffice is the first and only message.
  const ex = await import('../export/index.js');
  if (!(kind === 'script' && /\.docx$/i.test(out))) ex.findSoffice();
  if (kind === 'png' || kind === 'handout') ex.findPdftoppm();
  const src = await loadSource(input, opts, io);
  const line = await exportDeck(src, { kind, out, dpi, perPage, timeoutS });
  if (!opts.quiet) io.out(`huibao: ${line}`);
  return 0;
}

/** `huibao build --pdf`: the PDF beside the .pptx just written. */
export async function exportPdfAfterBuild(pptxFile: string, pptx: Uint8Array, timeout: string | undefined, quiet: boolean, io: Io = processIo): Promise<void> {
  const timeoutS = numberOption(timeout, '--timeout', 120, (n) => n > 0 && n <= 3600, 'seconds, from 1 to 3600');
  const out = stem(pptxFile) + '.pdf';
  checkExportOutput(out, pptxFile, 'pdf', false);
  const line = await exportDeck({ file: pptxFile, pptx, script: () => Promise.reject(new Error('unused')) }, { kind: 'pdf', out, dpi: 150, perPage: 6, timeoutS });
  if (!quiet) io.out(`huibao: ${line}`);
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export a deck as PDF, slide pictures, handouts or the speaker script (through LibreOffice)')
    .argument('<input>', 'the Markdown outline (.md), a speech (.txt) or a built deck (.pptx)')
    .option('--to <kind>', 'pdf (one page a slide), png (a picture a slide, in a folder), handout (2/3/6 a page, A4) or script (title and notes of each slide)', 'pdf')
    .option('-o, --output <path>', 'where to write (default: beside the input — NAME.pdf, NAME-slides/, NAME-handout.pdf, NAME-script.pdf)')
    .option('--dpi <n>', 'picture resolution for png (default 150: a 16:9 slide is 2000 px wide)')
    .option('--per-page <n>', 'slides on each handout page: 2, 3 (with lines for notes) or 6 (default)')
    .option('--timeout <s>', 'seconds LibreOffice may take (default 120)')
    .option('-t, --theme <name|path>', 'theme name or file (Markdown input)')
    .option('--slide-level <n>', 'heading level that starts a slide (Markdown input)')
    .option('--aspect <ratio>', '16:9 or 4:3 (Markdown input)')
    .option('--allow-any-path', 'let the deck read images outside its own folder')
    .option('-f, --force', 'replace an output that is not one of ours')
    .option('-q, --quiet', 'print only warnings and errors')
    .addHelpText(
      'after',
      `
Examples:
  huibao export talk.md                          talk.pdf, one page a slide
  huibao export talk.pptx --to png --dpi 200     talk-slides/slide-01.png, …
  huibao export talk.md --to handout --per-page 3
  huibao export talk.md --to script -o 讲稿.docx  the speaker script for Word/WPS

Needs LibreOffice (and pdftoppm from poppler for png and handout).`,
    )
    .action(async (input: string, opts: ExportCliOptions) => {
      process.exitCode = await runCommand(() => runExport(input, opts));
    });
}
