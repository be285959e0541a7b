// Running CLI commands in tests: in-process through runCommand with a capturing Io, or the real binary.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/run.js';
import { runCommand } from '../../src/cli/run.js';
import { repoRoot } from './pptx-check.js';

export interface Captured extends Io {
  outLines: string[];
  errLines: string[];
  readonly stdout: string;
  readonly stderr: string;
}

export function captureIo(): Captured {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return {
    outLines,
    errLines,
    out: (l) => outLines.push(l),
    err: (l) => errLines.push(l),
    get stdout() {
      return outLines.join('\n');
    },
    get stderr() {
      return errLines.join('\n');
    },
  };
}

/** Run a command body the way the CLI does (errors → message + exit code) and return the code and output. */
export async function runCaptured(body: (io: Io) => Promise<number | void>): Promise<{ code: number; io: Captured }> {
  const io = captureIo();
  const code = await runCommand(() => body(io), io);
  return { code, io };
}

export const cliPath = path.join(repoRoot, 'dist', 'bin', 'main.js'); // the bundled binary: what users run
export const hasCli = existsSync(cliPath);

export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  // A key set to undefined in opts.env is removed from the child's environment.
  const env = Object.fromEntries(Object.entries({ ...process.env, HUIBAO_DEBUG: '', ...opts.env }).filter(([, v]) => v !== undefined));
  return spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

export function tempDir(prefix = 'huibao-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Files in a folder, sorted (to assert that a failure left nothing behind: no output, no temp file). */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** A stack trace line, as Node prints them. */
export const STACK_LINE = /^\s+at .+(\(|:\d+:\d+)/m;
