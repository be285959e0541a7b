// Shared by the outline tests: where ../shared is, and what an outline keeps of its speech.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutlineResult } from '../../src/outline/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// HUIBAO_SHARED: where ../shared is when the tests run from elsewhere (StrykerJS runs them in a sandbox copy).
export const sharedDir = process.env.HUIBAO_SHARED ? path.resolve(process.env.HUIBAO_SHARED) : path.resolve(repoRoot, '..', 'shared');
export const seedFile = path.join(sharedDir, 'seed', 'speech-zh.txt');
export const speechDir = path.join(sharedDir, 'corpus', 'speeches');
export const hasShared = existsSync(seedFile) && existsSync(speechDir);
if (!hasShared) console.warn(`outline tests: ${sharedDir} (seed and corpus speeches) is missing; skipping the seed and corpus tests`);

export const readShared = (file: string) => readFileSync(file, 'utf8');

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** `#` section titles, in order. */
export function sections(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('# ')).map((l) => unescape(l.slice(2)));
}

/** `##` slide titles, in order. */
export function slideTitles(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('## ')).map((l) => unescape(l.slice(3)));
}

/** Each `::: notes` block's text. */
export function notesBlocks(md: string): string[] {
  return [...md.matchAll(/^::: notes\n([\s\S]*?)\n:::$/gm)].map((m) => unescape(m[1]));
}

/** What shows on slides: titles and bullets (not notes, not front matter). */
export function onSlides(md: string): string {
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^::: notes\n[\s\S]*?\n:::$/gm, '');
  return unescape(body.split('\n').filter((l) => /^(#{1,2} |- )/.test(l)).join('\n'));
}

/** Everything but the bullets: front matter, headings, notes — where the speech must survive whole. */
function kept(md: string): string {
  return unescape(md.split('\n').filter((l) => !l.startsWith('- ')).join('\n'));
}

// Header punctuation (——subtitle, （date）) is reshaped into front matter; the words must survive.
const squash = (s: string) => s.replace(/[\s\u3000—（）()"]+/g, '');

/**
 * Sentences of the input (without what the outline reports as dropped, and without a YAML header) that are
 * missing from the outline's front matter, headings and notes.
 */
export function missingSentences(input: string, r: OutlineResult): string[] {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  let from = 0;
  if (lines[0] === '---') from = lines.indexOf('---', 1) + 1;
  for (const d of r.dropped) {
    const i = d.line - 1;
    if (i >= 0 && i < lines.length) lines[i] = unescape(lines[i]).replace(d.text, '');
  }
  const text = squash(unescape(kept(r.markdown)));
  const missing: string[] = [];
  let body = lines.slice(from).map(unescape).join('\n').replace(/^#+\s|^>\s?/gm, '');
  // A header run into the first sentence (在…的讲话（2018年2月12日）习近平党的十八大以后…) is in the front matter.
  const fm = (k: string) => new RegExp(`^${k}: "?(.*?)"?$`, 'm').exec(r.markdown)?.[1];
  const [title, date, author] = [fm('title'), fm('date'), fm('author')];
  if (title && date && body.trimStart().startsWith(title + '（' + date + '）')) {
    body = body.trimStart().slice((title + '（' + date + '）').length).trimStart();
    if (author && body.startsWith(author)) body = body.slice(author.length);
  }
  // Paragraphs: lines, and U+3000 pairs (the outline reads those as paragraph breaks too).
  for (const s of body.split(/(?<=[。！？!?])|\n|\u3000{2,}/)) {
    const t = squash(s).replace(/[。！？!?.]$/, '');
    if (t && !text.includes(t)) missing.push(s.trim());
  }
  return missing;
}
