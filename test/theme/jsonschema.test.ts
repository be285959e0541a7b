// The published JSON Schema is generated from the zod source and must not drift from it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeJsonSchema, themeJsonSchemaText } from '../../src/theme/jsonschema.js';
import { THEMES_DIR } from '../../src/theme/builtin.js';

describe('themes/theme.schema.json', () => {
  it('is up to date with src/theme/schema.ts (regenerate: huibao themes schema -o themes/theme.schema.json)', () => {
    expect(readFileSync(path.join(THEMES_DIR, 'theme.schema.json'), 'utf8')).toBe(themeJsonSchemaText());
  });

  it('describes the theme file: strict objects, colours, lengths, layouts', () => {
    const s = themeJsonSchema as { properties: Record<string, unknown>; additionalProperties: boolean; $defs: Record<string, { pattern?: string; properties?: Record<string, unknown> }> };
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toEqual(['$schema', 'name', 'description', 'extends', 'palette', 'fonts', 'sizes', 'spacing', 'bullets', 'numbering', 'layouts', 'designs']);
    expect(s.$defs.Color.pattern).toBe('^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$');
    expect(Object.keys(s.$defs.LayoutStyle.properties ?? {})).toEqual(
      expect.arrayContaining(['background', 'decorations', 'logo', 'titleColor', 'textColor', 'title', 'body', 'slideNumber', 'footer']),
    );
  });

  it('every built-in JSON theme points editors at it on its first key', () => {
    const files = readdirSync(THEMES_DIR).filter((f) => f.endsWith('.json') && f !== 'theme.schema.json');
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(readFileSync(path.join(THEMES_DIR, f), 'utf8').split('\n')[1]).toBe('  "$schema": "./theme.schema.json",');
  });
});
