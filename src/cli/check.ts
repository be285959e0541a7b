// `huibao check`: the lint before a meeting. Exit 1 on errors; warnings fail only with --strict.
import type { Command } from 'commander';
import { formatWhere } from '../errors.js';
import type { LaidOutDeck } from '../model.js';
import type { Finding } from '../lint/index.js';
import { markdownFor } from './build.js';
import { processIo, runCommand, type DeckCliOptions, type Io } from './run.js';

/** `template`: a PowerPoint template to measure against (as `build --template`). */
export interface CheckCliOptions extends DeckCliOptions {
  strict?: boolean;
}

export async function runCheck(input: string, opts: CheckCliOptions, io: Io = processIo): Promise<number> {
  const { markdown, lineOf } = await markdownFor(input, io);
  // Loaded on use, so that `huibao --help` does not load the pipeline.
  const [{ build }, { lint }] = await Promise.all([import('../build.js'), import('../lint/index.js')]);
  const r = await build(markdown, {
    file: input,
    theme: opts.theme,
    template: opts.template,
    slideLevel: opts.slideLevel ? Number(opts.slideLevel) : undefined,
    aspect: opts.aspect === '4:3' ? '4:3' : opts.aspect === '16:9' ? '16:9' : undefined,
    allowAnyPath: opts.allowAnyPath,
    skipRender: true,
  });
  const findings = lint(r.deck, r.laid, r.images);
  for (const w of r.warnings) {
    if (w.message.startsWith('image "')) continue; // reported below as an error, once
    io.out(`${formatWhere(w.file ?? input, lineOf(w.line))}warning: ${w.message}`);
  }
  for (const f of findings) io.out(`${formatWhere(input, lineOf(f.line))}${f.severity}: ${f.message}`);
  const speaking = await printSpeakingTime(r.laid, markdown, input, lineOf, io, 'huibao check: ');
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings =
    findings.filter((f) => f.severity === 'warning').length + r.warnings.filter((w) => !w.message.startsWith('image "')).length + speaking.filter((f) => f.severity === 'warning').length;
  io.out(`huibao check: ${r.laid.slides.length} slides, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return errors > 0 || (opts.strict && warnings > 0) ? 1 : 0;
}

/**
 * Each slide's speaking time, the problems with `pace:`/`duration:` (a talk longer than its duration), and the
 * whole talk's estimate last. Returns the findings so `check` can count them.
 */
export async function printSpeakingTime(laid: LaidOutDeck, markdown: string, input: string, lineOf: (l: number | undefined) => number | undefined, io: Io, prefix: string): Promise<Finding[]> {
  const { speakingReport } = await import('../lint/timing.js');
  const s = speakingReport(laid, markdown);
  for (const l of s.slideLines) io.out(`${formatWhere(input, lineOf(l.line))}${l.text}`);
  for (const f of s.findings) io.out(`${formatWhere(input, lineOf(f.line))}${f.severity}: ${f.message}`);
  io.out(`${prefix}${s.summary}`);
  return s.findings;
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('report what needs attention before the meeting: placeholders, missing images, shrunk or split slides, speaking time')
    .argument('<input>', 'the Markdown outline (.md) or speech text (.txt)')
    .option('-t, --theme <name|path>', 'theme to lay out with (fitting depends on it)')
    .option('--template <file>', 'measure against your own PowerPoint template (.pptx or .potx), as build --template does')
    .option('--slide-level <n>', 'heading level that starts a slide')
    .option('--aspect <ratio>', '16:9 or 4:3')
    .option('--allow-any-path', 'let the deck read images outside its own folder')
    .option('--strict', 'exit 1 on warnings too')
    .action(async (input: string, opts: CheckCliOptions) => {
      process.exitCode = await runCommand(() => runCheck(input, opts));
    });
}
