// zod issues → one plain-language problem per mistake: the key path (`fonts.body.eastAsian`), what was expected,
// what was found, and a "did you mean" for misspelt keys.
import type { z } from 'zod';
import { COLOR_RE, PALETTE_ROLES, ROLE_EXPECTED } from './schema.js';

export type KeyPath = readonly (string | number)[];

export interface Problem {
  path: KeyPath;
  message: string;
}

/** `fonts.body.eastAsian`, `sizes.body[1]`, `layouts.content.decorations[0].fill`. */
export function formatPath(path: KeyPath): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += (out ? '.' : '') + k;
  }
  return out;
}

/** A value as the user wrote it, short: 12, "red", true, a list, an object. */
export function show(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list (${short(JSON.stringify(v))})`;
  if (typeof v === 'object') return `an object (${short(JSON.stringify(v))})`;
  if (typeof v === 'string') return JSON.stringify(short(v));
  return String(v);
}

function short(s: string, n = 40): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object (key: value pairs)',
  array: 'a list',
  tuple: 'a list',
  literal: 'a fixed value',
};

/** Turn zod's issues into problems. `root` is the schema that was parsed (to list the keys an object allows). */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: z.ZodType, base: KeyPath = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(root, path);
        for (const key of issue.keys) {
          const guess = known ? didYouMean(key, known) : undefined;
          out.push({ path: [...path, key], message: 'unknown key' + (guess ? `; did you mean "${guess}"?` : known ? `; expected one of ${known.join(', ')}` : '') });
        }
        break;
      }
      case 'invalid_type': {
        const expected = isColorAt(root, path) ? 'a colour like "C00000"' : (TYPE_NAMES[issue.expected] ?? issue.expected);
        out.push({ path, message: input === undefined ? `missing; expected ${expected}` : `expected ${expected}, got ${show(input)}` });
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map((v) => JSON.stringify(v));
        const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
        out.push({ path, message: `expected ${expected}, got ${show(input)}` });
        break;
      }
      case 'invalid_union': {
        // If exactly one branch matched the kind of value given (its errors are deeper than the value itself),
        // report that branch's problems: `footer.h: missing` beats "expected false or a region".
        if (issue.message === ROLE_EXPECTED) {
          out.push(roleProblem(path, input));
          break;
        }
        const near = issue.errors.filter((errs) => errs.length > 0 && !errs.some((e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'invalid_value' || e.code === 'invalid_format')));
        if (near.length === 1) out.push(...problemsFromIssues(near[0], root, path));
        else out.push({ path, message: input === undefined ? `missing; ${issue.message}` : `${issue.message}, got ${show(input)}` });
        break;
      }
      case 'invalid_format':
        // A string that is neither a colour nor a role (zod reports the colour pattern's failure).
        if (issue.message === ROLE_EXPECTED) {
          out.push(roleProblem(path, input));
          break;
        }
        out.push({ path, message: `${isCustom(issue.message) ? issue.message : 'expected ' + (issue.pattern ? `text matching ${issue.pattern}` : issue.format)}, got ${show(input)}` });
        break;
      case 'too_small':
      case 'too_big': {
        if (isCustom(issue.message)) {
          out.push({ path, message: `${issue.message}, got ${show(input)}` });
          break;
        }
        const small = issue.code === 'too_small';
        const bound = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
        const incl = issue.inclusive !== false;
        const op = small ? (incl ? '≥' : '>') : incl ? '≤' : '<';
        if (issue.origin === 'string') {
          out.push({ path, message: small && Number(bound) === 1 ? `expected a non-empty string, got ""` : `expected a string of ${small ? 'at least' : 'at most'} ${bound} characters, got ${show(input)}` });
        } else if (issue.origin === 'array') {
          out.push({ path, message: `expected a list of ${small ? 'at least' : 'at most'} ${bound} items, got ${show(input)}` });
        } else out.push({ path, message: `expected a number ${op} ${bound}, got ${show(input)}` });
        break;
      }
      default:
        out.push({ path, message: issue.message });
    }
  }
  return out;
}

/** A value that is neither a colour nor a palette role; a misspelt role gets a guess ("acent" → "accent"). */
function roleProblem(path: KeyPath, input: unknown): Problem {
  if (input === undefined) return { path, message: `missing; ${ROLE_EXPECTED}` };
  const guess = typeof input === 'string' && !/^#?[0-9a-f]*$/i.test(input) ? didYouMean(input, PALETTE_ROLES) : undefined;
  return { path, message: guess ? `unknown palette role ${show(input)}; did you mean "${guess}"?` : `${ROLE_EXPECTED}, got ${show(input)}` };
}

/** zod's own messages start "Invalid …" / "Too …"; ours say what was expected. */
function isCustom(message: string): boolean {
  return !/^(Invalid|Too (small|big))\b/.test(message);
}

/** Is the schema at `path` a colour (a string checked against the colour pattern)? */
function isColorAt(root: z.ZodType, path: KeyPath): boolean {
  let s = schemaAtAny(root, path);
  while (s && defOf(s).innerType) s = defOf(s).innerType;
  const checks = (s ? (defOf(s) as { checks?: { _zod: { def: { pattern?: RegExp } } }[] }).checks : undefined) ?? [];
  return checks.some((c) => c._zod.def.pattern?.source === COLOR_RE.source);
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; items?: z.ZodType[]; options?: z.ZodType[]; in?: z.ZodType };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The keys the object at `path` allows, or undefined when there is no object there. */
export function knownKeys(root: z.ZodType, path: KeyPath): string[] | undefined {
  const at = schemaAt(root, path);
  return at ? Object.keys(defOf(at).shape ?? {}) : undefined;
}

/** The schema at `path`, whatever its kind. */
function schemaAtAny(s: z.ZodType | undefined, path: KeyPath): z.ZodType | undefined {
  if (!s || path.length === 0) return s;
  const d = defOf(s);
  if (d.innerType) return schemaAtAny(d.innerType, path);
  const [k, ...rest] = path;
  if (d.type === 'object' && typeof k === 'string') return schemaAtAny(d.shape?.[k], rest);
  if (d.type === 'array' && typeof k === 'number') return schemaAtAny(d.element, rest);
  if (d.type === 'tuple' && typeof k === 'number') return schemaAtAny(d.items?.[k], rest);
  if (d.type === 'union') for (const o of d.options ?? []) {
    const r = schemaAtAny(o, path);
    if (r) return r;
  }
  return undefined;
}

function schemaAt(s: z.ZodType | undefined, path: KeyPath): z.ZodType | undefined {
  if (!s) return undefined;
  const d = defOf(s);
  if (d.innerType) return schemaAt(d.innerType, path);
  if (d.type === 'pipe') return schemaAt(d.in, path);
  if (d.type === 'union') {
    for (const o of d.options ?? []) {
      const r = schemaAt(o, path);
      if (r && defOf(r).type === 'object') return r;
    }
    return undefined;
  }
  if (path.length === 0) return d.type === 'object' ? s : undefined;
  const [k, ...rest] = path;
  if (d.type === 'object' && typeof k === 'string') return schemaAt(d.shape?.[k], rest);
  if (d.type === 'array' && typeof k === 'number') return schemaAt(d.element, rest);
  if (d.type === 'tuple' && typeof k === 'number') return schemaAt(d.items?.[k], rest);
  return undefined;
}

/** Common words people reach for first. */
const SYNONYMS: Record<string, string> = {
  colors: 'palette',
  colours: 'palette',
  color: 'palette',
  colour: 'palette',
  font: 'fonts',
  size: 'sizes',
  fontSize: 'sizes',
  margins: 'spacing',
  margin: 'spacing',
  bullet: 'bullets',
  layout: 'layouts',
  parent: 'extends',
  inherit: 'extends',
  base: 'extends',
  ea: 'eastAsian',
  cjk: 'eastAsian',
  chinese: 'eastAsian',
  western: 'latin',
  bg: 'background',
  logos: 'logo',
  decoration: 'decorations',
};

export function didYouMean(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const syn = SYNONYMS[key] ?? SYNONYMS[lower];
  if (syn && known.includes(syn)) return syn;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  if (best && bestD <= limit) return best;
  const prefix = known.filter((k) => k.toLowerCase().startsWith(lower) || lower.startsWith(k.toLowerCase()));
  return prefix.length === 1 && lower.length >= 3 ? prefix[0] : undefined;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps ("titel"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
