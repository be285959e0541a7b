// Palette roles: a colour anywhere in a theme may name a palette key ("accent", "muted", …) instead of a hex
// value. Roles are resolved here, once, on the complete theme (after `extends` is merged), so a child theme that
// changes `palette.accent` recolours every decoration, bullet and band that said "accent". After this the Theme
// holds hex colours only, as every later stage expects.
import type { z } from 'zod';
import { PALETTE_ROLES, type PaletteRole } from './schema.js';
import type { KeyPath, Problem } from './issues.js';

type Obj = Record<string, unknown>;
type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; items?: z.ZodType[]; options?: z.ZodType[]; in?: z.ZodType; entries?: Record<string, string> };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const ROLE_SET: ReadonlySet<string> = new Set(PALETTE_ROLES);

/** Where the optional accents come from when a theme does not set them (the same slots render's scheme uses). */
export const ROLE_DEFAULTS: Record<string, PaletteRole> = { accent3: 'tableHeader', accent4: 'quoteBar', accent5: 'muted', accent6: 'tableBorder' };

/** Is this schema a colour-or-role (a union with the palette-role enum)? */
function isRoleColor(s: z.ZodType): boolean {
  const d = defOf(s);
  return d.type === 'union' && (d.options ?? []).some((o) => defOf(o).type === 'enum' && 'tableZebra' in (defOf(o).entries ?? {}));
}

/**
 * Resolve every role name in `theme` (a complete, validated theme object) in place: the palette first (a palette
 * entry may name another; cycles are problems), then every value the schema types as a colour-or-role.
 */
export function resolveRoles(theme: Obj, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  const palette = theme.palette as Obj | undefined;
  if (!palette) return problems;
  const resolved = new Map<string, string>();
  const resolve = (role: string, chain: string[]): string | undefined => {
    const done = resolved.get(role);
    if (done) return done;
    if (chain.includes(role)) {
      const circle = [...chain.slice(chain.indexOf(role)), role];
      problems.push({ path: ['palette', role], message: `palette roles that name each other in a circle: ${circle.join(' → ')}; give one of them a colour like "C00000"` });
      return undefined;
    }
    let v = palette[role] as string | undefined;
    if (v === undefined && role in ROLE_DEFAULTS) v = ROLE_DEFAULTS[role];
    if (v === undefined) return undefined;
    const hex = ROLE_SET.has(v) ? resolve(v, [...chain, role]) : v;
    if (hex !== undefined) resolved.set(role, hex);
    return hex;
  };
  for (const role of PALETTE_ROLES) {
    const hex = resolve(role, []);
    if (problems.length) return problems.slice(0, 1); // one circle, reported once
    if (hex !== undefined) palette[role] = hex;
  }
  if (problems.length) return problems;

  const walk = (s: z.ZodType | undefined, v: unknown, set: (x: string) => void, path: KeyPath): void => {
    if (!s || v === undefined || v === null) return;
    const d = defOf(s);
    if (isRoleColor(s)) {
      if (typeof v === 'string' && ROLE_SET.has(v)) set(resolved.get(v) ?? v);
      return;
    }
    if (d.innerType) return walk(d.innerType, v, set, path);
    if (d.type === 'pipe') return walk(d.in, v, set, path);
    if (d.type === 'union') {
      for (const o of d.options ?? []) walk(o, v, set, path);
      return;
    }
    if (d.type === 'object' && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Obj;
      for (const [k, sub] of Object.entries(d.shape ?? {})) if (k !== 'palette' || path.length) walk(sub, o[k], (x) => (o[k] = x), [...path, k]);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(d.type === 'tuple' ? d.items?.[i] : d.element, item, (x) => (v[i] = x), [...path, i]));
    }
  };
  walk(schema, theme, () => undefined, []);
  return problems;
}
