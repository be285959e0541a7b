// Finding and running LibreOffice (the one real converter behind every export). Each run gets its own profile
// folder, so parallel runs never fight over ~/.config/libreoffice, and a timeout that kills the whole process
// group (oosplash starts soffice.bin as a child; killing only the parent leaves it running).
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HuibaoError } from '../errors.js';

const INSTALL_HINT =
  'install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-impress; macOS: brew install --cask libreoffice; ' +
  'Windows: winget install TheDocumentFoundation.LibreOffice, or https://www.libreoffice.org/download/), ' +
  'or point HUIBAO_SOFFICE at its soffice program';

/** Where installers put LibreOffice when it is not on PATH. `HUIBAO_SOFFICE_PLACES` (path-separated) replaces the list. */
export function usualPlaces(platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.HUIBAO_SOFFICE_PLACES !== undefined) return env.HUIBAO_SOFFICE_PLACES.split(path.delimiter).filter(Boolean);
  if (platform === 'darwin') {
    return ['/Applications/LibreOffice.app/Contents/MacOS/soffice', path.join(os.homedir(), 'Applications/LibreOffice.app/Contents/MacOS/soffice')];
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA && path.join(env.LOCALAPPDATA, 'Programs')].filter(Boolean) as string[];
    return roots.map((r) => path.win32.join(r, 'LibreOffice', 'program', 'soffice.exe'));
  }
  const opt = safeList('/opt')
    .filter((d) => /^libreoffice/i.test(d))
    .sort()
    .reverse()
    .map((d) => `/opt/${d}/program/soffice`);
  return ['/usr/lib/libreoffice/program/soffice', '/usr/lib64/libreoffice/program/soffice', ...opt, '/snap/bin/libreoffice', '/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice'];
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function executable(file: string): boolean {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A program on PATH (with Windows' extensions), or undefined. */
export function onPath(names: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) for (const n of names) for (const e of exts) if (executable(path.join(dir, n + e))) return path.join(dir, n + e);
  return undefined;
}

/** The soffice program: HUIBAO_SOFFICE, then PATH, then the usual install places; a clear error when none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HUIBAO_SOFFICE) {
    if (executable(env.HUIBAO_SOFFICE)) return env.HUIBAO_SOFFICE;
    throw new HuibaoError(`HUIBAO_SOFFICE is set to ${env.HUIBAO_SOFFICE}, which is not a program here; ${INSTALL_HINT}`, {}, 3);
  }
  const found = onPath(['soffice', 'libreoffice'], env) ?? usualPlaces(process.platform, env).find((p) => existsSync(p) && executable(p));
  if (!found) throw new HuibaoError(`LibreOffice was not found (needed to export PDF and pictures); ${INSTALL_HINT}`, {}, 3);
  return found;
}

/** pdftoppm (poppler) for PDF → PNG; LibreOffice itself only draws a deck's first page as a picture. */
export function findPdftoppm(env: NodeJS.ProcessEnv = process.env): string {
  const found = onPath(['pdftoppm'], env);
  if (!found) {
    throw new HuibaoError(
      'pdftoppm was not found (needed to turn the PDF into pictures); install poppler (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler; Windows: conda install poppler or scoop install poppler)',
      {},
      3,
    );
  }
  return found;
}

export interface RunOptions {
  /** Seconds before the conversion is stopped. */
  timeoutS: number;
  env?: NodeJS.ProcessEnv;
}

/** Run a program to completion; stop its whole process group at the timeout. Resolves with its output. */
export function runTool(program: string, args: readonly string[], what: string, opts: RunOptions & { cwd?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    let timedOut = false;
    const kill = () => {
      try {
        if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, opts.timeoutS * 1000);
    // Ctrl-C while converting: do not leave LibreOffice running behind us.
    const onExit = () => kill();
    process.once('exit', onExit);
    child.on('error', (e) => {
      clearTimeout(timer);
      process.off('exit', onExit);
      reject(new HuibaoError(`${what} could not start (${(e as NodeJS.ErrnoException).code ?? e.message})`, {}, 3));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      process.off('exit', onExit);
      if (timedOut) reject(new HuibaoError(`${what} took longer than ${opts.timeoutS} s and was stopped (raise it with --timeout)`, {}, 3));
      else if (code !== 0) reject(new HuibaoError(`${what} failed (exit ${code})${log.trim() ? ': ' + log.trim().split('\n').slice(-3).join(' | ') : ''}`, {}, 3));
      else resolve(log);
    });
  });
}

/** A private work folder (profile + files), removed by the caller with `dispose`. */
export function workDir(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-export-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `soffice --convert-to <filter> <file>` with a fresh profile in `work`. Returns the converted file's path (in
 * `work/out`). The input should have a plain ASCII name: LibreOffice mangles some paths.
 */
export async function convert(soffice: string, input: string, to: string, work: string, opts: RunOptions): Promise<string> {
  const profile = path.join(work, 'profile');
  const outDir = path.join(work, 'out');
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--invisible',
    '--norestore',
    '--nologo',
    '--nodefault',
    '--nofirststartwizard',
    '--convert-to',
    to,
    '--outdir',
    outDir,
    input,
  ];
  // HOME too: some LibreOffice builds still touch ~/.config even with their own profile.
  const env = { ...(opts.env ?? process.env), HOME: work };
  const log = await runTool(soffice, args, 'LibreOffice', { ...opts, env });
  const ext = to.split(':')[0];
  const out = path.join(outDir, path.basename(input).replace(/\.[^.]+$/, '') + '.' + ext);
  if (!existsSync(out)) throw new HuibaoError(`LibreOffice wrote no ${ext.toUpperCase()} (is the file readable?)${log.trim() ? ': ' + log.trim().split('\n').slice(-2).join(' | ') : ''}`, {}, 3);
  return out;
}
