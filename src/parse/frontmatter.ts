// YAML front matter → deck metadata, with a warning (file:line) for every key we do not know.
import { parseDocument, YAMLParseError } from 'yaml';
import { HuibaoError, type Diagnostics } from '../errors.js';
import { MARP_THEMES, TOOL_KEYS } from './directives.js';

export interface FrontMatter {
  title?: string;
  subtitle?: string;
  author?: string;
  date?: string;
  theme?: string;
  /** A PowerPoint template (.pptx/.potx) the deck is built on (src/template/). */
  template?: string;
  /** `layouts:` as a map (slide kind → a layout name of the template); `layouts: auto|plain` is another setting. */
  templateLayouts?: Record<string, string>;
  lang?: string;
  aspect?: '16:9' | '4:3';
  agenda?: boolean;
  closing?: string;
  footer?: string;
  slideNumbers?: boolean;
  slideLevel?: number;
  /** `auto` | `plain` (src/parse/layout-overrides.ts checks the value). */
  layouts?: string;
  /** Speaking pace and the minutes the talk may take (`huibao check`; read by src/lint/timing.ts). */
  pace?: string;
  duration?: string;
  /** Other tools' keys huibao reads (Marp header/class/headingDivider, Slidev layout/info…): raw values and lines. */
  tool: Map<string, { value: unknown; line: number }>;
  /** The line of each key read (by our name). */
  lines?: Map<string, number>;
}

type Kind = 'string' | 'boolean' | 'aspect' | 'level';
const KEYS: Record<string, Kind> = {
  title: 'string',
  subtitle: 'string',
  author: 'string',
  date: 'string',
  theme: 'string',
  template: 'string',
  lang: 'string',
  aspect: 'aspect',
  agenda: 'boolean',
  closing: 'string',
  footer: 'string',
  slideNumbers: 'boolean',
  slideLevel: 'level',
  layouts: 'string',
  pace: 'string',
  duration: 'string',
};

// Keys other tools write that we map or knowingly ignore (Marp, pandoc, Slidev).
const ALIASES: Record<string, keyof FrontMatter> = {
  paginate: 'slideNumbers',
  size: 'aspect', // Marp: size: 4:3
  'slide-level': 'slideLevel',
  'slide-numbers': 'slideNumbers',
  institute: 'author',
};

/**
 * @param yamlText the raw YAML between the `---` fences
 * @param firstLine 1-based file line of the first YAML line (the line after the opening `---`)
 */
export function readFrontMatter(yamlText: string, firstLine: number, diag: Diagnostics): FrontMatter | null {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0] as YAMLParseError;
    // Errors found at the end of the YAML point at the last line that has text.
    const offset = Math.min(e.pos?.[0] ?? 0, yamlText.trimEnd().length);
    const line = firstLine + (yamlText.slice(0, offset).match(/\n/g)?.length ?? 0);
    const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new HuibaoError(`invalid YAML front matter: ${msg}`, { file: diag.file, line });
  }
  // toJS() throws for YAML that parses but cannot be resolved: an alias with no anchor (`title: *x`), or an
  // alias bomb past maxAliasCount (found by test/reliability/fuzz.test.ts).
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    throw new HuibaoError(`invalid YAML front matter: ${(e as Error).message.split('\n')[0]}`, { file: diag.file, line: firstLine });
  }
  if (data === null || data === undefined) return { tool: new Map() };
  // Not key: value pairs — a `---` line, a line of text and another `---` is Markdown (a setext heading and a
  // rule), not front matter: the caller reads it as Markdown.
  if (typeof data !== 'object' || Array.isArray(data)) return null;
  const lineOf = (key: string): number => {
    const pair = (doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] })?.items?.find(
      (p) => p.key?.value === key,
    );
    const offset = pair?.key?.range?.[0] ?? 0;
    return firstLine + (yamlText.slice(0, offset).match(/\n/g)?.length ?? 0);
  };

  const out: FrontMatter = { tool: new Map(), lines: new Map() };
  const unknown: { key: string; line: number }[] = [];
  const others: { key: string; line: number }[] = [];
  for (const [rawKey, value] of Object.entries(data as Record<string, unknown>)) {
    // Own keys only: `constructor` or `toString` are not settings just because every object has them.
    const key = (Object.hasOwn(KEYS, rawKey) ? rawKey : Object.hasOwn(ALIASES, rawKey) ? ALIASES[rawKey] : undefined) as keyof FrontMatter | undefined;
    const line = lineOf(rawKey);
    // A map under `layouts:` picks template layouts per slide kind (src/template/map.ts checks the names).
    if (rawKey === 'layouts' && value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      const entries = Object.entries(value as Record<string, unknown>);
      const bad = entries.find(([, v]) => typeof v !== 'string' || !v.trim());
      if (bad) throw new HuibaoError(`front matter "layouts": ${bad[0]}: expected the name of a layout in the template, got ${JSON.stringify(bad[1])}`, { file: diag.file, line });
      out.templateLayouts = Object.fromEntries(entries) as Record<string, string>;
      continue;
    }
    if (!key) {
      if (TOOL_KEYS.has(rawKey)) {
        out.tool.set(rawKey, { value, line });
        if (!READ_FROM_TOOLS.has(rawKey)) others.push({ key: rawKey, line });
      } else unknown.push({ key: rawKey, line });
      continue;
    }
    out.lines!.set(key, line);
    // Marp's built-in theme names → the nearest of ours.
    if (key === 'theme' && typeof value === 'string' && Object.hasOwn(MARP_THEMES, value)) {
      const mapped = MARP_THEMES[value];
      if (mapped) out.theme = mapped;
      continue;
    }
    if (value === null || value === undefined) continue;
    const kind = KEYS[key];
    // Another tool's key (Marp's size: 4K) with a value we cannot use is that tool's business: warn, go on.
    if (key !== rawKey && !acceptable(kind, value)) {
      diag.warn(`front-matter key "${rawKey}" (another tool's setting) has a value huibao cannot use; ignored`, line);
      continue;
    }
    const bad = (expected: string) =>
      new HuibaoError(`front matter "${rawKey}": expected ${expected}, got ${shown(value)}`, { file: diag.file, line });
    switch (kind) {
      case 'string':
        if (typeof value === 'object' && !(value instanceof Date)) {
          // A list of authors is common in pandoc decks: join them.
          if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
            (out as unknown as Record<string, unknown>)[key] = value.join(', ');
            break;
          }
          throw bad('text');
        }
        (out as unknown as Record<string, unknown>)[key] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') throw bad('true or false');
        (out as unknown as Record<string, unknown>)[key] = value;
        break;
      case 'aspect': {
        const v = String(value).replace('/', ':').replace(/\s/g, '');
        if (v !== '16:9' && v !== '4:3') throw bad('"16:9" or "4:3"');
        out.aspect = v;
        break;
      }
      case 'level':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 6) throw bad('a whole number from 1 to 6');
        out.slideLevel = value;
        break;
    }
  }
  // One line for each kind, not one per key (and not the list of known keys each time).
  if (unknown.length) {
    const keys = unknown.map((u) => `"${u.key}"`).join(', ');
    diag.warn(`front-matter key${unknown.length > 1 ? 's' : ''} ${keys} unknown to huibao, ignored (known: ${Object.keys(KEYS).join(', ')})`, unknown[0].line);
  }
  if (others.length) {
    diag.warn(`other tools' settings in the front matter ignored (styling and behaviour of Marp, Slidev or reveal.js): ${others.map((o) => o.key).join(', ')}`, others[0].line);
  }
  return out;
}

/** A value as the user would recognise it: JSON, except numbers JSON cannot spell (1e400 is Infinity, not null). */
function shown(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (a number too large to use)`;
  return JSON.stringify(value);
}

/** Other tools' keys that huibao reads (see slides.ts), or that mean nothing on a slide deck file: never reported. */
const READ_FROM_TOOLS = new Set(['marp', 'header', 'class', 'headingDivider', 'layout', 'info', 'title-slide-attributes', 'pagetitle', 'name', 'clicks']);

function acceptable(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value !== 'object' || value instanceof Date;
    case 'boolean':
      return typeof value === 'boolean';
    case 'aspect':
      return ['16:9', '4:3'].includes(String(value).replace('/', ':').replace(/\s/g, ''));
    case 'level':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
  }
}
