// The library API's options, checked with the same schema tooling as themes (zod): a wrong type or value is a
// HuibaoError naming the option, not a TypeError from deep inside (or, worse, silently accepted).
import { z } from 'zod';
import { HuibaoError } from './errors.js';
import { parseDocDate } from './render/postprocess.js';

export const BuildOptionsSchema = z.looseObject({
  file: z.string().optional(),
  baseDir: z.string().optional(),
  theme: z.string({ error: 'expected a theme name or a path to a theme file' }).min(1, 'expected a theme name or a path, got an empty text').optional(),
  slideLevel: z.number({ error: 'expected a whole number from 1 to 6' }).int('expected a whole number from 1 to 6').min(1, 'expected a whole number from 1 to 6').max(6, 'expected a whole number from 1 to 6').optional(),
  aspect: z.enum(['16:9', '4:3'], { error: 'expected "16:9" or "4:3"' }).optional(),
  allowAnyPath: z.boolean().optional(),
  template: z.string({ error: 'expected the path of a .pptx or .potx template' }).min(1, 'expected the path of a .pptx or .potx template, got an empty text').optional(),
  date: z
    .string({ error: 'expected a date like "2024-05-01" or "2024-05-01T09:30:00+08:00"' })
    .refine((s) => parseDocDate(s) !== undefined, 'expected a date like "2024-05-01" or "2024-05-01T09:30:00+08:00"')
    .optional(),
  cwd: z.string().optional(),
  skipRender: z.boolean().optional(),
  threads: z.number().int('expected a whole number of threads (0: none)').min(0, 'expected a whole number of threads (0: none)').optional(),
});

/** `opts` as given (null and undefined are no options), or a HuibaoError naming the first bad option. */
export function checkBuildArgs<T extends object>(markdown: unknown, opts: T | null | undefined): T {
  if (typeof markdown !== 'string') throw new HuibaoError(`build(): the Markdown must be a string, got ${describe(markdown)}`);
  if (opts === null || opts === undefined) return {} as T;
  if (typeof opts !== 'object' || Array.isArray(opts)) throw new HuibaoError(`build(): the options must be an object, got ${describe(opts)}`);
  const r = BuildOptionsSchema.safeParse(opts);
  if (r.success) return opts;
  const issue = r.error.issues[0];
  const key = issue.path.join('.');
  const given = (opts as Record<string, unknown>)[String(issue.path[0])];
  throw new HuibaoError(`build(): option ${key}: ${issue.message}, got ${describe(given)}`);
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'undefined') return String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}
