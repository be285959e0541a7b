// The library's live preview: serve a deck's slides on 127.0.0.1 and redraw them on every save, as
// `huibao preview` does. Options are checked like build()'s: a wrong one is a HuibaoError naming it.
import { statSync } from 'node:fs';
import { z } from 'zod';
import { HuibaoError } from '../errors.js';
import { BuildOptionsSchema, describe } from '../options.js';
import type { Aspect } from '../model.js';

export interface PreviewOptions {
  /** Port on 127.0.0.1; 0 (the default) takes a free one — the URL says which. */
  port?: number;
  /** Theme name or path; wins over front matter `theme:`. */
  theme?: string;
  /** A PowerPoint template (.pptx/.potx); wins over front matter `template:`. */
  template?: string;
  slideLevel?: number;
  aspect?: Aspect;
  /** Read images from any path (not only the deck's folder). */
  allowAnyPath?: boolean;
  /** Command that opens the Markdown at a line when a slide is clicked: "code -g {file}:{line}", "vim +{line} {file}". */
  editor?: string;
  /** Poll for changes (network drives, some containers). */
  poll?: boolean;
  /** One line per build or failed build ("huibao: 14:02:11 updated 9 slides in 31 ms"); default: silent. */
  log?: (line: string) => void;
}

export interface Preview {
  /** The page, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Stop watching and serving. */
  close: () => Promise<void>;
}

const PreviewOptionsSchema = BuildOptionsSchema.pick({ theme: true, template: true, slideLevel: true, aspect: true, allowAnyPath: true }).extend({
  port: z.number({ error: 'expected a whole number from 0 to 65535' }).int('expected a whole number from 0 to 65535').min(0, 'expected a whole number from 0 to 65535').max(65535, 'expected a whole number from 0 to 65535').optional(),
  editor: z.string({ error: 'expected a command line' }).min(1, 'expected a command line, got an empty text').optional(),
  poll: z.boolean().optional(),
  log: z.custom<(line: string) => void>((v) => typeof v === 'function', 'expected a function').optional(),
});

export function checkPreviewArgs(file: unknown, opts: unknown): PreviewOptions {
  if (typeof file !== 'string' || file === '') throw new HuibaoError(`startPreview(): the deck must be the path of a Markdown or speech file, got ${describe(file)}`);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new HuibaoError('startPreview(): no such file', { file });
  }
  if (!isFile) throw new HuibaoError('startPreview(): not a file', { file });
  if (opts === undefined || opts === null) return {};
  if (typeof opts !== 'object' || Array.isArray(opts)) throw new HuibaoError(`startPreview(): the options must be an object, got ${describe(opts)}`);
  const r = PreviewOptionsSchema.safeParse(opts);
  if (r.success) return opts as PreviewOptions;
  const issue = r.error.issues[0];
  throw new HuibaoError(`startPreview(): option ${issue.path.join('.')}: ${issue.message}, got ${describe((opts as Record<string, unknown>)[String(issue.path[0])])}`);
}

/**
 * Serve the live preview of `file` (a Markdown outline or a speech) on 127.0.0.1 and rebuild it on every save of
 * the deck, its theme, template or pictures. Resolves once the first build is on the page (a deck that does not
 * build yet shows its error there, and the next good save replaces it).
 */
export async function startPreview(file: string, options: PreviewOptions = {}): Promise<Preview> {
  const o = checkPreviewArgs(file, options);
  const { startPreview: start } = await import('../cli/preview.js');
  const log = o.log ?? (() => {});
  const p = await start(
    file,
    { port: String(o.port ?? 0), theme: o.theme, template: o.template, slideLevel: o.slideLevel === undefined ? undefined : String(o.slideLevel), aspect: o.aspect, allowAnyPath: o.allowAnyPath, editor: o.editor, poll: o.poll },
    { out: log, err: log },
  );
  return { url: p.server.url, close: p.close };
}
