// Benchmark decks made from slides/three-points.md: the same front matter, the same three sections (so the agenda
// stays one slide), and the nine content slides repeated round-robin until the deck has the slide count asked for.
// Every repetition gets its own suffix on headings, bullets and quotes, so no two slides share their text (a cache
// that only helps identical strings does not flatter the numbers). The result is plain, valid Markdown that pandoc
// reads too (`::: notes` is its own syntax).
//
//   plain:      the outline as written (fits without shrinking, like a real deck)
//   text-heavy: each content slide also carries its speaker notes as long bullets, so slides shrink and split
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEED = path.join(here, '..', 'slides', 'three-points.md');

/** Slides huibao adds around the sections: title, agenda, closing. */
const FIXED = 3;

function readSeed(file = SEED) {
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  const head = lines.slice(0, end + 1).join('\n');
  const rest = lines.slice(end + 1);
  const first = rest.findIndex((l) => /^# /.test(l));
  const preamble = rest.slice(0, first).join('\n').trim();
  // Chunks: a heading line and everything up to the next heading (# or ##).
  const chunks = [];
  for (const line of rest.slice(first)) {
    if (/^##? /.test(line)) chunks.push({ level: line.startsWith('## ') ? 2 : 1, lines: [line] });
    else chunks[chunks.length - 1].lines.push(line);
  }
  const sections = [];
  for (const c of chunks) {
    if (c.level === 1) sections.push({ head: c.lines, slides: [] });
    else sections[sections.length - 1].slides.push(c.lines);
  }
  return { head, preamble, sections };
}

/** Notes paragraphs of a slide chunk (the lines between `::: notes` and `:::`). */
function notesOf(lines) {
  const out = [];
  let inside = false;
  for (const l of lines) {
    if (l.trim() === '::: notes') inside = true;
    else if (l.trim() === ':::') inside = false;
    else if (inside && l.trim()) out.push(l.trim());
  }
  return out;
}

function tag(line, k) {
  if (k === 0) return line;
  const s = `（${k + 1}）`;
  if (/^##? /.test(line) || /^\s*- /.test(line) || /^> /.test(line)) return line + s;
  return line;
}

/**
 * The Markdown of an n-slide deck (n ≥ 7: title, agenda, three section slides, closing and at least one content
 * slide). Exactly n slides for `plain`; `text-heavy` has n slides in the source and more after splitting.
 */
export function makeDeck(n, kind = 'plain', seedFile = SEED) {
  const { head, preamble, sections } = readSeed(seedFile);
  const content = Math.max(1, n - FIXED - sections.length);
  // Round-robin over the sections, so each keeps its share; within a section, cycle its slides.
  const per = sections.map(() => 0);
  for (let i = 0; i < content; i++) per[i % sections.length]++;
  const out = [head, '', preamble, ''];
  sections.forEach((sec, si) => {
    out.push(...sec.head);
    for (let j = 0; j < per[si]; j++) {
      const src = sec.slides[j % sec.slides.length];
      const k = Math.floor(j / sec.slides.length);
      const lines = src.map((l) => tag(l, k));
      if (kind === 'text-heavy') {
        // The notes as bullets after the slide's own, before its notes block: long text that must shrink and split.
        let at = lines.findIndex((l) => l.trim() === '::: notes');
        if (at < 0) at = lines.length;
        while (at > 0 && lines[at - 1].trim() === '') at--;
        const extra = notesOf(src).map((p) => `- ${p}${k ? `（${k + 1}）` : ''}`);
        lines.splice(at, 0, ...extra);
      }
      out.push(...lines);
    }
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// `node bench/generate.mjs 1000 text-heavy > deck.md`
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.stdout.write(makeDeck(Number(process.argv[2] ?? 10), process.argv[3] ?? 'plain'));
}
