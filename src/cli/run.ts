// How every command reports: one clear line per error (`file:line: message`), a non-zero exit, no stack trace
// unless --debug. Commands throw HuibaoError; anything else is a bug and says so.
import { HuibaoError, formatWarning, type Warning } from '../errors.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Control characters in a message (an ESC sequence in a file name or a heading) are shown escaped, never sent to the
 * terminal raw: they could move the cursor, retitle the window or hide the message.
 */
export function escapeControls(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

export const processIo: Io = {
  out: (line) => process.stdout.write(escapeControls(line) + '\n'),
  err: (line) => process.stderr.write(escapeControls(line) + '\n'),
};

export function isDebug(argv: readonly string[] = process.argv): boolean {
  return argv.includes('--debug') || process.env.HUIBAO_DEBUG === '1';
}

export function printWarnings(warnings: readonly Warning[], io: Io = processIo): void {
  for (const w of warnings) io.err(formatWarning(w));
}

/** Run a command body; map errors to messages and exit codes. Returns the exit code. */
export async function runCommand(body: () => Promise<number | void> | number | void, io: Io = processIo): Promise<number> {
  try {
    const code = await body();
    return code ?? 0;
  } catch (e) {
    return reportError(e, io);
  }
}

export function reportError(e: unknown, io: Io = processIo): number {
  if (e instanceof HuibaoError) {
    io.err('huibao: ' + e.format());
    if (isDebug() && e.stack) io.err(e.stack);
    return e.exitCode;
  }
  const err = e as NodeJS.ErrnoException;
  io.err('huibao: internal error: ' + (err?.message ?? String(e)));
  if (isDebug() && err?.stack) io.err(err.stack);
  else io.err('huibao: (run again with --debug for details, and please report it)');
  return 70;
}

/** What every command that lays a deck out takes (build, check, watch, preview; export for Markdown input). */
export interface DeckCliOptions {
  theme?: string;
  template?: string;
  slideLevel?: string;
  aspect?: string;
  allowAnyPath?: boolean;
}

/** Resolves on the first Ctrl-C or SIGTERM: the long-running commands (watch, preview) then close and exit 0. */
export function untilInterrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => resolve());
  });
}
