// Real templates from ../shared/corpus/templates (never copied into the repository) and edited copies of them made
// in memory, for the traits the corpus lacks (artwork only, swapped slots, 10-inch 16:9, several masters).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sharedDir } from '../reliability/pptx-check.js';

export const templatesDir = path.join(sharedDir, 'corpus', 'templates');
export const hasTemplates = existsSync(templatesDir);
if (!hasTemplates) console.warn(`${templatesDir} is absent: skipping the tests on real templates`);

export const tpl = (name: string) => path.join(templatesDir, name);

/** A copy of a template with some parts rewritten, written to a temporary folder; returns its path. */
export function editedTemplate(name: string, edit: (parts: Map<string, string>) => void, out = 'edited.pptx'): string {
  const raw = unzipSync(new Uint8Array(readFileSync(tpl(name))));
  const parts = new Map<string, string>();
  for (const [k, v] of Object.entries(raw)) if (/\.(xml|rels)$/.test(k)) parts.set(k, strFromU8(v));
  edit(parts);
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(raw)) files[k] = parts.has(k) ? strToU8(parts.get(k)!) : v;
  for (const [k, v] of parts) if (!files[k]) files[k] = strToU8(v);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-tpl-'));
  const file = path.join(dir, out);
  writeFileSync(file, zipSync(files));
  return file;
}

/** Every part of a built deck as text (XML/rels) by zip path. */
export function deckParts(bytes: Uint8Array): Map<string, string> {
  const raw = unzipSync(bytes);
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(raw)) if (/\.(xml|rels)$/.test(k)) m.set(k, strFromU8(v));
  return m;
}

export function deckNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes)).sort();
}
