#!/usr/bin/env node
// huibao's command line. Commands live in their own files; this wires them up and sets the exit code.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { registerBuildCommand } from './build.js';
import { registerCheckCommand } from './check.js';
import { registerExportCommand } from './export.js';
import { registerPreviewCommand } from './preview.js';
import { registerWatchCommand } from './watch.js';
import { registerOutlineCommand } from './outline.js';
import { registerThemesCommand } from './themes.js';
import { escapeControls } from './run.js';
import { registerTemplateCommand } from './template.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function program(): Command {
  const p = new Command('huibao')
    .description('汇报 — turn a Markdown outline (or the speech itself) into a themed, editable PowerPoint deck')
    .version(version(), '-V, --version')
    .option('--debug', 'show stack traces for errors')
    // Usage errors (unknown option or command, missing value) exit 2, as the README says; commander's own is 1.
    // Set before the commands are added: they inherit it.
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(escapeControls(s)) })
    .showHelpAfterError('(run huibao --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  huibao build slides/three-points.md          Markdown outline → slides/three-points.pptx
  huibao build speech.txt                       a speech straight to a deck
  huibao outline speech.txt -o outline.md       the outline only, to edit first
  huibao check slides/three-points.md           what will be shrunk or split, placeholders left in
  huibao export slides/three-points.md          the PDF (also --to png, handout, script; needs LibreOffice)
  huibao watch slides/three-points.md           rebuild on every save
  huibao preview slides/three-points.md --open  live slides and notes in the browser
  huibao themes list                            the built-in themes`,
    );
  registerBuildCommand(p);
  registerOutlineCommand(p);
  registerCheckCommand(p);
  registerExportCommand(p);
  registerWatchCommand(p);
  registerPreviewCommand(p);
  registerThemesCommand(p);
  registerTemplateCommand(p);
  return p;
}

// A reader that stops early (`huibao --help | head`, `huibao outline speech.txt | head`) closes the pipe: stop there
// quietly, as other command-line tools do, not with Node's unhandled 'error' event and its stack trace. (A deck sent
// to standard output goes through writeStdout, which reports a closed pipe as an error: the deck is incomplete.)
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`huibao: standard output: ${e.message}\n`);
  process.exit(1);
});

program()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    // Commander has printed its message already; help and --version end here too, with 0.
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`huibao: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
