// Running ../shared/tools/check-deck (LibreOffice, as PowerPoint shows a deck on open) from tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedDir } from '../reliability/pptx-check.js';

export const checkDeckPath = path.join(sharedDir, 'tools', 'check-deck');
// Off under `npm run mutate` (HUIBAO_MUTATING): one LibreOffice start per mutant would double a run's time; those
// tests skip there, so a score can only come out lower, never higher.
export const hasCheckDeck = !process.env.HUIBAO_MUTATING && existsSync(checkDeckPath) && existsSync('/usr/bin/soffice');

export interface DeckReport {
  label: string;
  ok: boolean;
  overflow: number;
  kinsoku: number;
  problems: string[];
  raw: string;
}

/** check-deck --json on each deck, `jobs` at a time (LibreOffice is heavy; the machine has 2 cores). */
export async function checkDecks(decks: { label: string; bytes: Uint8Array }[], jobs = 2): Promise<DeckReport[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-check-'));
  const out: DeckReport[] = new Array(decks.length);
  let next = 0;
  const worker = async () => {
    while (next < decks.length) {
      const k = next++;
      const file = path.join(dir, `${k}.pptx`);
      writeFileSync(file, decks[k].bytes);
      // The JSON report is on stdout. LibreOffice's own messages (more of them on a loaded machine) can land beside
      // it: stderr is kept apart, and the report is read from its first '{' to its last '}'. A 144-slide report once
      // failed to parse under load ("problems": [] yet overflow -1); a report that still does not parse is retried once.
      const run = () => new Promise<{ code: number | null; text: string; err: string }>((resolve) => {
        const child = spawn(process.execPath, [checkDeckPath, '--json', file], { stdio: ['ignore', 'pipe', 'pipe'] });
        let t = '';
        let e = '';
        child.stdout.on('data', (d: Buffer) => (t += d.toString()));
        child.stderr.on('data', (d: Buffer) => (e += d.toString()));
        child.on('close', (c) => resolve({ code: c, text: t, err: e }));
      });
      type Report = { problems?: { type: string; msg: string; slide: number }[]; summary?: { overflow: number; kinsoku: number } };
      const parse = (text: string): Report => {
        try {
          return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as Report;
        } catch {
          return {};
        }
      };
      let result = await run();
      let report = parse(result.text);
      if (!report.summary) {
        result = await run();
        report = parse(result.text);
      }
      const { code, text, err } = result;
      out[k] = {
        label: decks[k].label,
        ok: code === 0,
        overflow: report.summary?.overflow ?? -1,
        kinsoku: report.summary?.kinsoku ?? -1,
        problems: (report.problems ?? []).map((p) => `slide ${p.slide}: ${p.type} ${p.msg}`),
        raw: (report.summary ? err : `${err}\n${text}`).slice(0, 2000),
      };
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
