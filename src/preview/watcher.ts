// The warm rebuild loop behind `huibao watch` and `huibao preview`: build once, watch the deck and everything it
// read (theme file, pictures, theme pictures), rebuild after each save (debounced; a save that lands during a
// build queues one more), and hand each outcome — a build or the error that stopped it — to the caller. An error
// is an outcome, not an exit: the next save tries again.
import { statSync } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { BuildOptions, BuildResult } from '../build.js';
import type { Theme } from '../theme/types.js';

export interface Built {
  ok: true;
  result: BuildResult;
  /** Maps a line of the built Markdown to the input's line (identity for Markdown). */
  lineOf: (line: number | undefined) => number | undefined;
  ms: number;
  /** Files whose change started this build (empty for the first). */
  changed: string[];
}

export interface Failed {
  ok: false;
  error: unknown;
  ms: number;
  changed: string[];
}

export type Outcome = Built | Failed;

export interface WatchOptions {
  build: Omit<BuildOptions, 'file'>;
  /** Quiet time after the last change before building (ms; default 10: an editor's save is one burst of events). */
  debounceMs?: number;
  /** Read the input as Markdown (a speech is outlined first): `markdownFor` from the CLI. */
  markdownFor: (file: string) => Promise<{ markdown: string; lineOf: (l: number | undefined) => number | undefined }>;
  /** Called after every build attempt, in order; the next build waits for it. */
  onOutcome: (o: Outcome) => Promise<void> | void;
  /** Chokidar polling, for file systems without events (and tests that need it). */
  usePolling?: boolean;
}

/** Everything a build read that a save could change: the input, the theme file, the template, pictures (found or not). */
export function dependencies(file: string, r: BuildResult | undefined): string[] {
  const out = new Set<string>([path.resolve(file)]);
  if (!r) return [...out];
  if (r.theme.file) out.add(r.theme.file);
  if (r.template) out.add(r.template);
  for (const p of themePictures(r.theme)) out.add(p);
  const base = path.dirname(path.resolve(file));
  for (const [ref, a] of r.images) {
    if (a.ok) out.add(a.path);
    else if (!/^[a-z][a-z0-9+.-]*:/i.test(ref)) out.add(path.resolve(base, ref)); // missing now, may appear later
  }
  return [...out];
}

function themePictures(theme: Theme): string[] {
  return Object.values(theme.layouts).flatMap((l) => [l?.background?.image, l?.logo?.image]).filter((p): p is string => !!p);
}

export class DeckWatcher {
  private watcher: FSWatcher | undefined;
  private watched = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private pending = new Set<string>();
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  /** mtime and size of each watched file when the last build started: a safety net for lost events (below). */
  private stamps = new Map<string, string>();
  private sweep: NodeJS.Timeout | undefined;
  last: Built | undefined;

  constructor(
    readonly file: string,
    private readonly opts: WatchOptions,
  ) {}

  /** The first build, then watching. Resolves once the watcher is ready. */
  async start(): Promise<void> {
    await this.rebuild([]);
    this.watcher = watch([...this.watched], { ignoreInitial: true, usePolling: this.opts.usePolling, interval: 50 });
    this.watcher.on('all', (_event, p) => this.changed(p));
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
    // File events get lost now and then (a save during a busy moment, some editors, network drives): every half
    // second, a file whose mtime or size differs from what the last build read counts as changed.
    this.sweep = setInterval(() => {
      if (this.running || this.pending.size) return;
      for (const p of this.watched) if (stamp(p) !== this.stamps.get(p)) this.changed(p);
    }, 500);
    this.sweep.unref();
  }

  private changed(p: string): void {
    if (this.closed) return;
    this.pending.add(path.resolve(p));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.kick(), this.opts.debounceMs ?? 10);
  }

  private async kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    const changed = [...this.pending];
    this.pending.clear();
    this.running = this.rebuild(changed);
    await this.running;
    this.running = undefined;
    if (this.again && !this.closed) {
      this.again = false;
      await this.kick();
    }
  }

  /** Build now (also used for the first build). */
  private async rebuild(changed: string[]): Promise<void> {
    const t0 = performance.now();
    for (const p of this.watched.size ? this.watched : [path.resolve(this.file)]) this.stamps.set(p, stamp(p));
    let outcome: Outcome;
    try {
      const { markdown, lineOf } = await this.opts.markdownFor(this.file);
      const { build } = await import('../build.js');
      const result = await build(markdown, { ...this.opts.build, file: this.file });
      outcome = { ok: true, result, lineOf, ms: performance.now() - t0, changed };
      this.last = outcome;
    } catch (error) {
      outcome = { ok: false, error, ms: performance.now() - t0, changed };
    }
    this.follow(dependencies(this.file, outcome.ok ? outcome.result : this.last?.result));
    for (const p of this.watched) if (!this.stamps.has(p)) this.stamps.set(p, stamp(p));
    await this.opts.onOutcome(outcome);
  }

  /** Watch what the last build read (a new picture, another theme) and stop watching what it no longer reads. */
  private follow(deps: string[]): void {
    const next = new Set(deps);
    if (this.watcher) {
      const add = deps.filter((d) => !this.watched.has(d));
      const drop = [...this.watched].filter((d) => !next.has(d));
      if (add.length) this.watcher.add(add);
      if (drop.length) this.watcher.unwatch(drop);
    }
    this.watched = next;
  }

  /** Paths being watched (for messages and tests). */
  get paths(): string[] {
    return [...this.watched];
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.sweep);
    await this.running;
    await this.watcher?.close();
  }
}

function stamp(p: string): string {
  try {
    const st = statSync(p);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return 'missing';
  }
}
