// `huibao check`: what a careful colleague would point out the night before the meeting — slides that had to be
// shrunk or split, placeholders still in the text, missing images, empty slides and headings with nothing under them.
import type { Block, Deck, ImageAsset, Inline, LaidOutDeck, Slide } from '../model.js';
import { eachRuns } from '../text/walk.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  line: number;
  message: string;
}

// XX / XXX / ×× / 〇〇 / ○○ / TODO / TBD / [ ]: the marks people leave for numbers still to be filled in.
const PLACEHOLDER = /(?<![A-Za-z])X{2,}(?![A-Za-z])|×{2,}|〇{2,}|○{2,}|\bTODO\b|\bTBD\b|\[ \]/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[0]);
}

const runsText = (runs: readonly Inline[] | undefined) => (runs ?? []).map((r) => r.text).join('');


export function lint(deck: Deck, laid: LaidOutDeck, images: ReadonlyMap<string, ImageAsset>): Finding[] {
  const out: Finding[] = [];
  const placeholders = (text: string, line: number, where: string) => {
    const found = placeholdersIn(text);
    if (found.length) out.push({ severity: 'warning', line, message: `placeholder ${[...new Set(found)].map((p) => `"${p}"`).join(', ')} still to fill in ${where}` });
  };
  placeholders(deck.meta.title + ' ' + (deck.meta.subtitle ?? '') + ' ' + (deck.meta.author ?? '') + ' ' + (deck.meta.date ?? ''), 1, 'on the title slide');

  deck.slides.forEach((s: Slide, i) => {
    const title = runsText(s.title);
    if (s.layout === 'content' || s.layout === 'quote') {
      if (title) placeholders(title, s.src.line, 'in a slide title');
      // Text by source line: a table's cells (one line) give one finding, as a table row gave before.
      const byLine = new Map<number, string[]>();
      eachRuns(s.blocks, (runs, line) => byLine.set(line, [...(byLine.get(line) ?? []), runsText(runs)]), { alt: true });
      for (const [line, texts] of byLine) placeholders(texts.join(' '), line, `on "${short(title)}"`);
      if (s.blocks.length === 0) {
        out.push({ severity: 'warning', line: s.src.line, message: title ? `the slide "${short(title)}" has a title but no content` : 'an empty slide' });
      }
    }
    if (s.layout === 'section') {
      const next = deck.slides[i + 1];
      if (!next || next.layout === 'section' || next.layout === 'closing') {
        out.push({ severity: 'warning', line: s.src.line, message: `the section "${short(title)}" has no slides under it` });
      }
    }
  });

  for (const [ref, a] of images) {
    if (!a.ok) {
      const line = findImageLine(deck, ref);
      out.push({ severity: 'error', line, message: `image "${ref}": ${a.reason}` });
    }
  }
  for (const f of laid.fit) out.push({ severity: 'info', line: f.line, message: `slide ${f.slide} "${short(f.title)}": ${f.message}` });
  return out.sort((a, b) => a.line - b.line);
}

function findImageLine(deck: Deck, ref: string): number {
  let line = 1;
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'image' && b.path === ref) line = b.src.line;
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'list') b.items.forEach((it) => walk(it.children));
    }
  };
  deck.slides.forEach((s) => walk(s.blocks));
  return line;
}

function short(s: string): string {
  return s.length > 24 ? s.slice(0, 23) + '…' : s;
}
