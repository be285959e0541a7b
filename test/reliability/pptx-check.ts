// Helpers for the reliability tests: open a built deck, check every XML part in-process, and run the shared
// validator (../shared/tools/validate-pptx) on the decks worth the time it takes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { checkXml } from './xml-check.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// HUIBAO_SHARED: where ../shared is when the tests run from elsewhere (StrykerJS runs them in a sandbox copy).
export const sharedDir = process.env.HUIBAO_SHARED ? path.resolve(process.env.HUIBAO_SHARED) : path.resolve(repoRoot, '..', 'shared');
export const validatorPath = path.join(sharedDir, 'tools', 'validate-pptx');
export const hasValidator = existsSync(validatorPath);

/** Every problem in the package's XML parts (empty = every part is well-formed UTF-8 XML). */
export async function xmlProblems(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return [`not a zip: ${(e as Error).message}`];
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  if (!names.includes('[Content_Types].xml')) problems.push('[Content_Types].xml is missing');
  // Structure the validator would reject, cheap enough to check on every deck: at least one slide, and every
  // XML part with its own content type (a part left to the 'xml' Default is 'application/xml', wrong for OOXML).
  if (!names.some((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) problems.push('the deck has no slides');
  const ct = zip.files['[Content_Types].xml'] ? await zip.file('[Content_Types].xml')!.async('string') : '';
  const overrides = new Set([...ct.matchAll(/<Override [^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]));
  for (const n of names) if (n.endsWith('.xml') && n !== '[Content_Types].xml' && !overrides.has(n)) problems.push(`${n}: no content type Override`);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const name of names) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const raw = await zip.file(name)!.async('uint8array');
    let text: string;
    try {
      text = utf8.decode(raw);
    } catch {
      problems.push(`${name}: not valid UTF-8`);
      continue;
    }
    const p = checkXml(text);
    if (p) problems.push(`${name}@${p.offset}: ${p.message} …${text.slice(Math.max(0, p.offset - 40), p.offset + 40)}…`);
    // DrawingML allows one <a:pPr>, first in <a:p> (pitfalls A4).
    if (/^ppt\/(slides|notesSlides|slideLayouts|slideMasters)\//.test(name)) {
      for (const m of text.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const count = (m[1].match(/<a:pPr\b/g) ?? []).length;
        if (count > 1 || (count === 1 && !m[1].startsWith('<a:pPr'))) {
          problems.push(`${name}: a paragraph with ${count} <a:pPr> (or not first)`);
          break;
        }
      }
    }
  }
  return problems;
}

export interface ValidatorResult {
  ok: boolean;
  output: string;
  ms: number;
}

/** Run validate-pptx on bytes (written to a temp file). */
export function validate(bytes: Uint8Array, label = 'deck'): ValidatorResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-validate-'));
  const file = path.join(dir, label.replace(/[^A-Za-z0-9_.-]/g, '_') + '.pptx');
  try {
    writeFileSync(file, bytes);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [validatorPath, file], { encoding: 'utf8', timeout: 120_000 });
    const output = (r.stdout ?? '') + (r.stderr ?? '');
    return { ok: r.status === 0 && /validate-pptx: OK/.test(output), output: output.trim(), ms: Date.now() - t0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run validate-pptx on many decks, `jobs` at a time (the machine has 2 cores shared with others). */
export async function validateMany(decks: { label: string; bytes: Uint8Array }[], jobs = 2): Promise<(ValidatorResult & { label: string })[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-validate-'));
  const results: (ValidatorResult & { label: string })[] = new Array(decks.length);
  let next = 0;
  const worker = async () => {
    while (next < decks.length) {
      const k = next++;
      const { label, bytes } = decks[k];
      const file = path.join(dir, `${k}-${label.replace(/[^A-Za-z0-9_.-]/g, '_')}.pptx`);
      writeFileSync(file, bytes);
      const t0 = Date.now();
      const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
        const child = spawn(process.execPath, [validatorPath, file], { stdio: ['ignore', 'pipe', 'pipe'] });
        let text = '';
        child.stdout.on('data', (d: Buffer) => (text += d.toString()));
        child.stderr.on('data', (d: Buffer) => (text += d.toString()));
        child.on('close', (code) => resolve({ code, text }));
      });
      rmSync(file, { force: true });
      results[k] = { label, ok: output.code === 0 && /validate-pptx: OK/.test(output.text), output: output.text.trim(), ms: Date.now() - t0 };
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** A deterministic sample of `k` indices out of `n` (evenly spread, always including the first and last). */
export function sampleIndices(n: number, k: number): number[] {
  if (k >= n) return [...Array(n).keys()];
  const out = new Set<number>();
  for (let i = 0; i < k; i++) out.add(Math.round((i * (n - 1)) / (k - 1)));
  return [...out];
}
