// `huibao watch`: rebuild the deck on every save, in a warm process. One line per build: when, what changed, how
// long. A save that does not parse is a message, not an exit; a deck open (locked) in PowerPoint is a message,
// and the next save writes again.
import path from 'node:path';
import type { Command } from 'commander';
import { HuibaoError } from '../errors.js';
import type { Aspect } from '../model.js';
import { markdownFor } from './build.js';
import { checkOutput, defaultOutput, writeAtomic } from './output.js';
import { processIo, reportError, runCommand, untilInterrupted, type DeckCliOptions, type Io } from './run.js';
import type { DeckWatcher, Outcome } from '../preview/watcher.js';

export interface WatchCliOptions extends DeckCliOptions {
  output?: string;
  force?: boolean;
  pdf?: boolean;
  timeout?: string;
  poll?: boolean;
}

const clock = () => new Date().toTimeString().slice(0, 8);
const ms = (n: number) => `${Math.round(n)} ms`;

/** What changed, for the build line: "talk.md", "theme.yaml and 2 more". */
export function describeChanged(changed: readonly string[], cwd = process.cwd()): string {
  if (changed.length === 0) return '';
  const rel = (p: string) => (path.relative(cwd, p).startsWith('..') ? p : path.relative(cwd, p));
  return changed.length === 1 ? rel(changed[0]) : `${rel(changed[0])} and ${changed.length - 1} more`;
}

/** Start watching; resolves with the watcher once the first build is done and watching has begun. */
export async function startWatch(input: string, opts: WatchCliOptions, io: Io = processIo, write: (out: string, bytes: Uint8Array) => void = writeAtomic): Promise<DeckWatcher> {
  const out = opts.output ?? defaultOutput(input);
  checkOutput(out, input, !!opts.force);
  const { DeckWatcher } = await import('../preview/watcher.js');
  let pendingWrite = false;
  const onOutcome = async (o: Outcome) => {
    const what = describeChanged(o.changed);
    const prefix = `huibao: ${clock()} `;
    if (!o.ok) {
      const e = o.error;
      const msg = e instanceof HuibaoError ? e.format() : `internal error: ${(e as Error)?.message ?? e}`;
      io.err(`${prefix}${what ? what + ' changed; ' : ''}not built: ${msg} (watching; fix it and save)`);
      if (!(e instanceof HuibaoError)) reportError(e, { out: () => {}, err: () => {} });
      return;
    }
    const r = o.result;
    for (const w of r.warnings) io.err(`huibao: ${w.file ?? input}${o.lineOf(w.line) ? ':' + o.lineOf(w.line) : ''}: warning: ${w.message}`);
    const t0 = performance.now();
    try {
      write(out, r.bytes);
    } catch (e) {
      pendingWrite = true;
      const why = e instanceof HuibaoError ? e.message : (e as Error).message;
      io.err(`${prefix}built but could not write ${out}: ${why}; it will be written on the next save`);
      return;
    }
    const again = pendingWrite ? ' (written now)' : '';
    pendingWrite = false;
    const n = r.laid.slides.length;
    const verb = o.changed.length ? `${what} changed → rebuilt` : 'built';
    io.out(`${prefix}${verb} ${out} in ${ms(o.ms + performance.now() - t0)} (${n} slide${n === 1 ? '' : 's'})${again}`);
    if (opts.pdf) {
      try {
        const { exportPdfAfterBuild } = await import('./export.js');
        await exportPdfAfterBuild(out, r.bytes, opts.timeout, false, { out: (l) => io.out(l.replace(/^huibao: /, `huibao: ${clock()} `)), err: io.err });
      } catch (e) {
        io.err(`${prefix}PDF not written: ${e instanceof HuibaoError ? e.message : (e as Error).message}`);
      }
    }
  };
  const w = new DeckWatcher(input, {
    build: { theme: opts.theme, template: opts.template, slideLevel: opts.slideLevel ? Number(opts.slideLevel) : undefined, aspect: opts.aspect as Aspect | undefined, allowAnyPath: opts.allowAnyPath },
    markdownFor: (f) => markdownFor(f, io),
    onOutcome,
    usePolling: opts.poll,
  });
  await w.start();
  return w;
}

export async function runWatch(input: string, opts: WatchCliOptions, io: Io = processIo): Promise<number> {
  const w = await startWatch(input, opts, io);
  io.out(`huibao: watching ${w.paths.length} file${w.paths.length === 1 ? '' : 's'} (the deck, its theme, template and pictures); Ctrl-C to stop`);
  await untilInterrupted();
  await w.close();
  return 0;
}

export function registerWatchCommand(program: Command): void {
  program
    .command('watch')
    .description('rebuild the deck on every save of the outline, its theme, template or pictures')
    .argument('<input>', 'the Markdown outline (.md) or speech text (.txt)')
    .option('-o, --output <file>', 'where to write the deck (default: the input name with .pptx)')
    .option('-t, --theme <name|path>', 'theme name or file; wins over front matter')
    .option('--template <file>', 'build on your own PowerPoint template (.pptx or .potx); wins over front matter')
    .option('--slide-level <n>', 'heading level that starts a slide')
    .option('--aspect <ratio>', '16:9 or 4:3')
    .option('--allow-any-path', 'let the deck read images outside its own folder')
    .option('-f, --force', 'replace an output file even if it is not a .pptx')
    .option('--pdf', 'also refresh the PDF after each build (LibreOffice)')
    .option('--timeout <s>', 'seconds LibreOffice may take for --pdf (default 120)')
    .option('--poll', 'poll for changes (network drives, some containers)')
    .action(async (input: string, opts: WatchCliOptions) => {
      process.exitCode = await runCommand(() => runWatch(input, opts));
      process.exit();
    });
}
