// Running ../shared/tools/check-deck (LibreOffice, as PowerPoint shows a deck on open) from tests.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      // The JSON report goes to a file, not a pipe: check-deck writes it with process.stdout.write and then calls
      // process.exit(), which cuts a pipe's pending output short — a 144-slide report lost its end (no "summary")
      // whenever the reader was slow, i.e. on a loaded machine. Writes to a file are synchronous and never cut.
      // LibreOffice's own messages go to stderr, kept apart; the report is read from its first '{' to its last '}';
      // one that still does not parse is retried once. LibreOffice gets 10 min (check-deck's default, 2 min, is
      // too short for 144 slides at load 20).
      const run = () => new Promise<{ code: number | null; text: string; err: string }>((resolve) => {
        const json = `${file}.json`;
        const fd = openSync(json, 'w');
        const child = spawn(process.execPath, [checkDeckPath, '--json', '--timeout', '600', file], { stdio: ['ignore', fd, 'pipe'] });
        let e = '';
        child.stderr.on('data', (d: Buffer) => (e += d.toString()));
        let closed = false;
        const done = (c: number | null) => {
          if (closed) return;
          closed = true;
          closeSync(fd);
          resolve({ code: c, text: readFileSync(json, 'utf8'), err: e });
        };
        child.on('close', done);
        child.on('error', (err) => ((e += String(err)), done(null)));
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
