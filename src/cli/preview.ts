// `huibao preview`: a live page on 127.0.0.1 that draws the slides from the laid-out deck (the boxes, sizes and
// line breaks the .pptx gets) and refreshes on every save. Opens nothing unless --open.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { HuibaoError } from '../errors.js';
import type { Aspect } from '../model.js';
import { markdownFor } from './build.js';
import { processIo, runCommand, untilInterrupted, type DeckCliOptions, type Io } from './run.js';
import type { PreviewServer } from '../preview/server.js';
import type { DeckWatcher } from '../preview/watcher.js';

export interface PreviewCliOptions extends DeckCliOptions {
  port?: string;
  open?: boolean;
  editor?: string;
  poll?: boolean;
}

export interface RunningPreview {
  server: PreviewServer;
  watcher: DeckWatcher;
  close: () => Promise<void>;
}

/** Serve and watch; resolves once the first build is on the page. */
export async function startPreview(input: string, opts: PreviewCliOptions, io: Io = processIo): Promise<RunningPreview> {
  const port = opts.port === undefined ? 4173 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HuibaoError(`--port must be a whole number from 0 to 65535, not "${opts.port}"`);
  const [{ PreviewServer }, { DeckWatcher }] = await Promise.all([import('../preview/server.js'), import('../preview/watcher.js')]);
  const server = new PreviewServer({ file: input, port, editor: opts.editor });
  await server.listen();
  const watcher = new DeckWatcher(input, {
    build: { theme: opts.theme, template: opts.template, slideLevel: opts.slideLevel ? Number(opts.slideLevel) : undefined, aspect: opts.aspect as Aspect | undefined, allowAnyPath: opts.allowAnyPath, skipRender: true },
    markdownFor: (f) => markdownFor(f, { out: io.out, err: () => {} }),
    usePolling: opts.poll,
    onOutcome: (o) => {
      server.update(o);
      const clock = new Date().toTimeString().slice(0, 8);
      if (o.ok) io.out(`huibao: ${clock} ${o.changed.length ? 'updated' : 'built'} ${o.result.laid.slides.length} slides in ${Math.round(o.ms)} ms`);
      else io.err(`huibao: ${clock} not built: ${o.error instanceof HuibaoError ? o.error.format() : (o.error as Error).message} (the page shows the last good build)`);
    },
  });
  try {
    await watcher.start();
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    server,
    watcher,
    close: async () => {
      await watcher.close();
      await server.close();
    },
  };
}

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  spawn(cmd, args as string[], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}

export async function runPreview(input: string, opts: PreviewCliOptions, io: Io = processIo): Promise<number> {
  const p = await startPreview(input, opts, io);
  io.out(`huibao: preview at ${p.server.url} (this computer only); Ctrl-C to stop`);
  if (opts.open) openBrowser(p.server.url);
  await untilInterrupted();
  await p.close();
  return 0;
}

export function registerPreviewCommand(program: Command): void {
  program
    .command('preview')
    .description('a live page on this computer showing the slides and notes, refreshed on every save')
    .argument('<input>', 'the Markdown outline (.md) or speech text (.txt)')
    .option('-p, --port <n>', 'port on 127.0.0.1 (default 4173; 0: any free port)')
    .option('--open', 'open the page in the default browser')
    .option('--editor <command>', 'open the clicked slide\'s line in an editor, e.g. "code -g" or "vim +{line} {file}"')
    .option('-t, --theme <name|path>', 'theme name or file; wins over front matter')
    .option('--template <file>', 'build on your own PowerPoint template (.pptx or .potx); wins over front matter')
    .option('--slide-level <n>', 'heading level that starts a slide')
    .option('--aspect <ratio>', '16:9 or 4:3')
    .option('--allow-any-path', 'let the deck read images outside its own folder')
    .option('--poll', 'poll for changes (network drives, some containers)')
    .action(async (input: string, opts: PreviewCliOptions) => {
      process.exitCode = await runCommand(() => runPreview(input, opts));
      process.exit();
    });
}
