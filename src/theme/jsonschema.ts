// The JSON Schema for theme files, generated from the zod source; published at themes/theme.schema.json
// (regenerate with `huibao themes schema -o themes/theme.schema.json`; a test keeps it in step).
import { z } from 'zod';
import { ThemeFileSchema } from './schema.js';

export const themeJsonSchema: object = {
  ...(z.toJSONSchema(ThemeFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>),
  title: 'huibao theme',
};

/** The file's exact text: pretty JSON with a final newline. */
export function themeJsonSchemaText(): string {
  return JSON.stringify(themeJsonSchema, null, 2) + '\n';
}
