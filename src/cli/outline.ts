// `huibao outline`: a speech (plain text) → huibao Markdown, to edit before building.
import type { Command } from 'commander';
import { formatWhere } from '../errors.js';
import { readInput } from './input.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HuibaoError } from '../errors.js';
import { writeAtomic } from './output.js';
import { printWarnings, processIo, runCommand, type Io } from './run.js';

export interface OutlineCliOptions {
  output?: string;
  verbose?: boolean;
  force?: boolean;
}

export async function runOutline(input: string, opts: OutlineCliOptions, io: Io = processIo): Promise<number> {
  if (opts.output) checkOutputText(opts.output, input, !!opts.force);
  const { text, notice, warnings } = readInput(input);
  if (notice) io.err(`huibao: ${formatWhere(input)}${notice}`);
  printWarnings(warnings ?? [], io);
  const { outline } = await import('../outline/index.js');
  const r = outline(text, { file: input });
  printWarnings(r.warnings, io);
  if (opts.verbose) {
    for (const d of r.dropped) io.err(`huibao: ${formatWhere(input, d.line)}dropped (${d.reason}): ${d.text}`);
    const s = r.structure;
    io.err(`huibao: structure: ${s.style}, ${s.levels} level(s), ${s.sections} section(s), ${s.slides} slide(s)` + (s.announced ? `, announced ${s.announced}` : ''));
  }
  if (opts.output) {
    writeAtomic(opts.output, new TextEncoder().encode(r.markdown));
    io.err(`huibao: wrote ${opts.output}`);
  } else process.stdout.write(r.markdown);
  return 0;
}

function checkOutputText(out: string, input: string, force: boolean): void {
  const abs = path.resolve(out);
  if (abs === path.resolve(input)) throw new HuibaoError('the output would overwrite the input; choose another name with -o', { file: out });
  if (!existsSync(path.dirname(abs))) throw new HuibaoError(`the folder ${path.dirname(abs)} does not exist`, { file: out });
  if (existsSync(abs) && !force) throw new HuibaoError('the file already exists; use --force to replace it', { file: out });
}

export function registerOutlineCommand(program: Command): void {
  program
    .command('outline')
    .description('turn a speech or report (plain text) into a Markdown outline of its points')
    .argument('<input>', 'the speech text (.txt, UTF-8 or GB18030)')
    .option('-o, --output <file>', 'write the outline here instead of to standard output')
    .option('-v, --verbose', 'report what was dropped as page chrome, captions or notes, and the structure found')
    .option('-f, --force', 'replace the output file if it exists')
    .action(async (input: string, opts: OutlineCliOptions) => {
      process.exitCode = await runCommand(() => runOutline(input, opts));
    });
}
