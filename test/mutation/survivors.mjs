// node test/mutation/survivors.mjs REPORT [file-substring] — a run's score per module and its surviving mutants, one
// a line: S (survived) or NC (no coverage), line:column, mutator, the original code → the replacement. REPORT is
// Stryker's JSON report (reports/mutation/NAME.json, written at the end of a run) or the partial one written as the
// run goes (NAME.partial.jsonl: test/mutation/partial-reporter.mjs), whose source lines are read from the working tree.
import fs from 'node:fs';

/** Per file: its source text and its mutants, from either report. */
export function readReport(file, readSource = (f) => fs.readFileSync(f, 'utf8')) {
  const text = fs.readFileSync(file, 'utf8');
  if (!file.endsWith('.jsonl')) return Object.entries(JSON.parse(text).files).map(([name, f]) => ({ name, source: f.source, mutants: f.mutants }));
  const byFile = new Map();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let m;
    try {
      m = JSON.parse(line);
    } catch {
      continue; // a line cut short by a stopped run
    }
    if (!byFile.has(m.fileName)) byFile.set(m.fileName, []);
    byFile.get(m.fileName).push(m);
  }
  return [...byFile].map(([name, mutants]) => ({ name, source: readSource(name), mutants }));
}

/** The summary and survivor lines of one file's mutants. */
export function describeFile({ name, source, mutants }) {
  const lines = source.split('\n');
  const counts = {};
  for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const k = (counts.Killed ?? 0) + (counts.Timeout ?? 0), s = counts.Survived ?? 0, n = counts.NoCoverage ?? 0;
  const out = [`## ${name}  killed+timeout ${k} survived ${s} nocov ${n} errors ${counts.CompileError ?? 0}  score ${(100 * k / (k + s + n || 1)).toFixed(1)}%`];
  const left = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  left.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  for (const m of left) {
    const { start, end } = m.location;
    const orig = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)}…`;
    out.push(`${m.status === 'NoCoverage' ? 'NC' : 'S '} ${start.line}:${start.column} ${m.mutatorName}  ${orig.slice(0, 90).replace(/\n/g, ' ')}  →  ${(m.replacement ?? '').slice(0, 60).replace(/\n/g, ' ')}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , report, only] = process.argv;
  if (!report) {
    console.error('usage: node test/mutation/survivors.mjs REPORT.json|REPORT.partial.jsonl [file-substring]');
    process.exit(2);
  }
  for (const f of readReport(report)) if (!only || f.name.includes(only)) console.log(describeFile(f).join('\n'));
}
