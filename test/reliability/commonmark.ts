// The CommonMark spec's examples (../shared/corpus/commonmark/spec.txt, 0.31.2): each one opens with a line of 32
// backticks + " example", then the Markdown, a line holding only ".", the expected HTML, and 32 backticks.
// In the examples "→" stands for a tab.
import { readFileSync } from 'node:fs';

export interface SpecExample {
  /** 1-based, as the spec numbers them. */
  number: number;
  /** Line of the opening fence in spec.txt. */
  line: number;
  section: string;
  markdown: string;
}

const FENCE = '`'.repeat(32);

export function readSpecExamples(file: string): SpecExample[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: SpecExample[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^#{1,6} /.test(l)) section = l.replace(/^#+ /, '');
    if (l !== FENCE + ' example') continue;
    const start = i;
    const md: string[] = [];
    for (i++; i < lines.length && lines[i] !== '.'; i++) md.push(lines[i]);
    for (i++; i < lines.length && lines[i] !== FENCE; i++);
    const markdown = md.map((x) => x.replace(/→/g, '\t')).join('\n') + (md.length ? '\n' : '');
    out.push({ number: out.length + 1, line: start + 1, section, markdown });
  }
  return out;
}
