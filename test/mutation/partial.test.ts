// A stopped Stryker run keeps what it measured: the partial reporter writes each mutant's result as it comes, and
// survivors.mjs reads that file (or Stryker's final report) into a score and a survivor list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PartialReporter } from './partial-reporter.mjs';
import { describeFile, readReport } from './survivors.mjs';

const SOURCE = 'export function f(a: number) {\n  return a > 1 ? 2 : 3;\n}\n';
const mutant = (id: string, status: string, col: number, replacement: string, mutatorName = 'EqualityOperator') => ({
  id, fileName: 'src/f.ts', mutatorName, replacement, status, statusReason: '', killedBy: [], coveredBy: ['t1'],
  location: { start: { line: 2, column: col }, end: { line: 2, column: col + 5 } },
});

describe('the partial mutation report', () => {
  it('has a line per mutant as soon as it is tested, and survivors.mjs scores and lists them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibao-partial-'));
    const file = path.join(dir, 'reports', 'x.partial.jsonl');
    const r = new PartialReporter(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('');
    r.onMutantTested(mutant('1', 'Killed', 10, 'a >= 1'));
    expect(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    r.onMutantTested(mutant('2', 'Survived', 10, 'a < 1'));
    r.onMutantTested(mutant('3', 'NoCoverage', 10, 'true', 'ConditionalExpression'));
    r.onMutantTested(mutant('4', 'CompileError', 10, '"x"'));
    fs.appendFileSync(file, '{"fileName":"src/f.ts","sta'); // cut short by a stopped run
    const files = readReport(file, () => SOURCE);
    expect(files.map((f) => [f.name, f.mutants.map((m: { id: string }) => m.id)])).toEqual([['src/f.ts', ['1', '2', '3', '4']]]);
    expect(describeFile(files[0])).toEqual([
      '## src/f.ts  killed+timeout 1 survived 1 nocov 1 errors 1  score 33.3%',
      'S  2:10 EqualityOperator  a > 1  →  a < 1',
      'NC 2:10 ConditionalExpression  a > 1  →  true',
    ]);
    fs.rmSync(dir, { recursive: true });
  });

  it("a new run starts its file afresh, and Stryker's final JSON report reads the same way", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibao-partial-'));
    const file = path.join(dir, 'y.partial.jsonl');
    fs.writeFileSync(file, 'old\n');
    new PartialReporter(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('');
    const json = path.join(dir, 'y.json');
    fs.writeFileSync(json, JSON.stringify({ files: { 'src/f.ts': { source: SOURCE, mutants: [mutant('1', 'Timeout', 10, 'a >= 1'), mutant('2', 'Survived', 10, 'a < 1')] } } }));
    expect(describeFile(readReport(json)[0])).toEqual(['## src/f.ts  killed+timeout 1 survived 1 nocov 0 errors 0  score 50.0%', 'S  2:10 EqualityOperator  a > 1  →  a < 1']);
    fs.rmSync(dir, { recursive: true });
  });
});
