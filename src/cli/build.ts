// `huibao build`: Markdown (or a speech as .txt) → .pptx beside it.
import path from 'node:path';
import type { Command } from 'commander';
import { HuibaoError, formatWhere } from '../errors.js';
import type { Aspect, FitReport } from '../model.js';
import { readInput } from './input.js';
import { checkOutput, outputFor, writeAtomic } from './output.js';
import { printWarnings, processIo, runCommand, type DeckCliOptions, type Io } from './run.js';

export interface BuildCliOptions extends DeckCliOptions {
  output?: string;
  force?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  /** Also export the PDF beside the .pptx (LibreOffice). */
  pdf?: boolean;
  timeout?: string;
}

export interface InputMarkdown {
  markdown: string;
  /** Maps a line of `markdown` to the line of the input file (identity for Markdown; the speech line for .txt). */
  lineOf: (line: number | undefined) => number | undefined;
}

/** Text input (a speech) goes through the outliner first; everything else is Markdown. */
export async function markdownFor(file: string, io: Io, verbose = false): Promise<InputMarkdown> {
  const { text, notice, warnings } = readInput(file);
  if (notice) io.err(`huibao: ${formatWhere(file)}${notice}`);
  printWarnings(warnings ?? [], io);
  if (path.extname(file).toLowerCase() !== '.txt') return { markdown: text, lineOf: (l) => l };
  const { outline } = await import('../outline/index.js');
  const r = outline(text, { file });
  printWarnings(r.warnings, io);
  if (verbose) for (const d of r.dropped) io.err(`huibao: ${formatWhere(file, d.line)}dropped (${d.reason}): ${d.text}`);
  // Messages about the generated outline point at the speech line it came from.
  return { markdown: r.markdown, lineOf: (l) => (l === undefined ? l : (r.sourceLines[l - 1] ?? undefined)) };
}

export async function runBuild(input: string, opts: BuildCliOptions, ioIn: Io = processIo): Promise<number> {
  const out = outputFor(input, opts.output);
  // The deck itself goes to standard output with -o -: every message goes to standard error then.
  const io = out === '-' ? { out: ioIn.err, err: ioIn.err } : ioIn;
  const slideLevel = opts.slideLevel === undefined ? undefined : Number(opts.slideLevel);
  if (slideLevel !== undefined && (!Number.isInteger(slideLevel) || slideLevel < 1 || slideLevel > 6)) {
    throw new HuibaoError(`--slide-level must be a whole number from 1 to 6, not "${opts.slideLevel}"`);
  }
  if (opts.aspect !== undefined && opts.aspect !== '16:9' && opts.aspect !== '4:3') {
    throw new HuibaoError(`--aspect must be 16:9 or 4:3, not "${opts.aspect}"`);
  }
  checkOutput(out, input, !!opts.force);
  const { markdown, lineOf } = await markdownFor(input, io, opts.verbose);
  // Loaded here, not at the top: `huibao --help` and the other commands start without the whole pipeline.
  const { build } = await import('../build.js');
  const result = await build(markdown, {
    file: input === '-' ? 'stdin' : input,
    theme: opts.theme,
    template: opts.template,
    slideLevel,
    aspect: opts.aspect as Aspect | undefined,
    allowAnyPath: opts.allowAnyPath,
  });
  printWarnings(result.warnings.map((w) => ({ ...w, line: lineOf(w.line) })), io);
  writeAtomic(out, result.bytes);
  const n = result.laid.slides.length;
  if (!opts.quiet) {
    io.out(`huibao: wrote ${out === '-' ? 'standard output' : out} (${n} slide${n === 1 ? '' : 's'}, theme ${result.theme.name})`);
    if (opts.verbose) for (const c of result.laid.choices ?? []) io.out(`huibao: ${formatWhere(input, lineOf(c.line))}slide ${c.slide}: ${c.design} — ${c.why}`);
    reportFit(result.laid.fit.map((f) => ({ ...f, line: lineOf(f.line) ?? 0 })), input, io, !!opts.verbose);
    if (opts.verbose) await (await import('./check.js')).printSpeakingTime(result.laid, markdown, input, lineOf, io, 'huibao: ');
  }
  if (opts.pdf) await (await import('./export.js')).exportPdfAfterBuild(out, result.bytes, opts.timeout, !!opts.quiet, io);
  return 0;
}

export function reportFit(fit: readonly FitReport[], file: string, io: Io, verbose: boolean): void {
  if (fit.length === 0) return;
  if (verbose) {
    for (const f of fit) io.out(`huibao: ${formatWhere(file, f.line)}slide ${f.slide} "${short(f.title)}": ${f.message}`);
    return;
  }
  const shrunk = fit.filter((f) => f.message.startsWith('body')).length;
  const split = fit.filter((f) => f.message.startsWith('split')).length;
  const parts = [shrunk ? `${shrunk} shrunk to fit` : '', split ? `${split} split onto continuation slides` : ''].filter(Boolean);
  io.out(`huibao: fitted text: ${parts.join(', ')} (--verbose for details)`);
}

function short(s: string): string {
  return s.length > 24 ? s.slice(0, 23) + '…' : s;
}

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('build a deck from a Markdown outline (or a speech as .txt)')
    .argument('<input>', 'the Markdown outline (.md) or speech text (.txt)')
    .option('-o, --output <file>', 'where to write the deck (default: the input name with .pptx)')
    .option('-t, --theme <name|path>', 'theme name (huibao themes list) or a theme file; wins over front matter')
    .option('--template <file>', 'build on your own PowerPoint template (.pptx or .potx): its masters, layouts, colours and fonts')
    .option('--slide-level <n>', 'heading level that starts a slide (default: detected, usually 2)')
    .option('--aspect <ratio>', 'slide shape: 16:9 (default) or 4:3')
    .option('--allow-any-path', 'let the deck read images outside its own folder')
    .option('-f, --force', 'replace an output file even if it is not a .pptx')
    .option('-v, --verbose', 'report the layout chosen for each slide and why, and every slide that was shrunk, split or fell back')
    .option('-q, --quiet', 'print only warnings and errors')
    .option('--pdf', 'also write the PDF beside the deck (through LibreOffice; see huibao export)')
    .option('--timeout <s>', 'seconds LibreOffice may take for --pdf (default 120)')
    .addHelpText(
      'after',
      `
Examples:
  huibao build slides/three-points.md                 writes slides/three-points.pptx
  huibao build talk.md -o out/talk.pptx --theme dark
  huibao build speech.txt --verbose                   outline a speech and build it in one go`,
    )
    .action(async (input: string, opts: BuildCliOptions) => {
      process.exitCode = await runCommand(() => runBuild(input, opts));
    });
}
