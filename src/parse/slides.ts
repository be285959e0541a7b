// The top-level walk: headings, `---` and notes decide where slides begin; everything else is read by blocks.ts.
import type { Token } from 'markdown-it';
import type { Block, Inline, Slide } from '../model.js';
import { closeIndex, readBlock, type BlockContext } from './blocks.js';
import { plainText, toRuns } from './inline.js';

export interface SlideWalk {
  slides: Slide[];
  /** Notes that came before any slide: the caller puts them on the title slide. */
  leadingNotes: string[];
  sections: number;
}

const DIRECTIVE = /^\s*(?:[_$]?[\w-]+\s*:.*\n?\s*)+$/;

/** Marp directives (`<!-- _class: lead -->`) and Slidev per-slide front matter are settings, not text. */
export function isDirectiveComment(body: string): boolean {
  return DIRECTIVE.test(body.trim() + '\n');
}

/**
 * Pandoc's rule: the slide level is the highest heading level that is followed directly by content.
 * Decks without such a heading use 2 (our dialect: `#` sections, `##` slides).
 */
export function detectSlideLevel(tokens: readonly Token[]): number {
  let best = 7;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'heading_open' || t.level !== 0) continue;
    const after = tokens[closeIndex(tokens, i) + 1];
    const h = Number(t.tag.slice(1));
    if (after && after.type !== 'heading_open' && after.type !== 'hr' && !isNotesOrComment(after) && h < best) best = h;
  }
  return best === 7 ? 2 : best;
}

function isNotesOrComment(t: Token): boolean {
  return t.type === 'container_notes_open' || (t.type === 'html_block' && /^\s*<!--/.test(t.content));
}

export function walkSlides(tokens: readonly Token[], slideLevel: number, ctx: BlockContext): SlideWalk {
  const slides: Slide[] = [];
  const leadingNotes: string[] = [];
  let current: Slide | null = null;
  let section: number | undefined;
  let sectionTitle: { runs: Inline[]; line: number } | null = null;
  let sections = 0;
  let directives = 0;

  const open = (title: Inline[] | undefined, line: number): Slide => {
    current = { layout: 'content', title, blocks: [], notes: [], section, src: { line } };
    slides.push(current);
    return current;
  };
  const target = (line: number): Slide => {
    if (current) return current;
    // Content straight after a section heading: a slide with the section's title (pandoc does the same).
    if (sectionTitle) return open(sectionTitle.runs, line);
    return open(undefined, line);
  };
  const addNotes = (paras: string[]) => {
    const dest = current ?? slides[slides.length - 1];
    if (dest) dest.notes.push(...paras);
    else leadingNotes.push(...paras);
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const line = ctx.lineOf(t);
    if (t.type === 'front_matter') {
      i++;
      continue;
    }
    if (t.type === 'heading_open') {
      const h = Number(t.tag.slice(1));
      const inline = tokens[i + 1];
      const next = closeIndex(tokens, i) + 1;
      if (t.markup === '-' && isDirectiveComment(inline.content)) {
        directives++; // Slidev per-slide front matter parsed as a setext heading
        current = null;
        i = next;
        continue;
      }
      if (h < slideLevel) {
        sections++;
        section = sections;
        const runs = toRuns(inline.children).runs;
        sectionTitle = { runs, line };
        slides.push({ layout: 'section', title: runs, blocks: [], notes: [], section, src: { line } });
        current = null;
        i = next;
        continue;
      }
      if (h === slideLevel) {
        open(toRuns(inline.children).runs, line);
        i = next;
        continue;
      }
    }
    if (t.type === 'hr') {
      current = null;
      sectionTitle = null;
      i++;
      continue;
    }
    if (t.type === 'container_notes_open') {
      const end = closeIndex(tokens, i);
      addNotes(notesFrom(tokens, i + 1, end));
      i = end + 1;
      continue;
    }
    if (t.type === 'html_block' && /^\s*<!--/.test(t.content)) {
      for (const body of comments(t.content)) {
        if (isDirectiveComment(body)) directives++;
        else if (body.trim()) addNotes(splitParagraphs(body));
      }
      i++;
      continue;
    }
    const { blocks, next } = readBlock(tokens, i, ctx);
    if (blocks.length) target(line).blocks.push(...blocks);
    i = Math.max(next, i + 1);
  }
  if (directives > 0) ctx.diag.warn(`${directives} Marp/Slidev directive(s) ignored (huibao styles come from the theme)`);

  for (const s of slides) {
    if (s.layout === 'content' && s.blocks.length === 1 && s.blocks[0].kind === 'quote') s.layout = 'quote';
  }
  return { slides, leadingNotes, sections };
}

function comments(html: string): string[] {
  const out: string[] = [];
  const re = /<!--([\s\S]*?)(?:-->|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    out.push(m[1]);
    if (m[0].length === 0) break;
  }
  return out;
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** Notes keep one string per paragraph / list item / code block, as plain text. */
function notesFrom(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') depth++;
    if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') depth--;
    if (t.type === 'inline') {
      const text = plainText(t.children).trim();
      if (text) out.push(depth > 0 ? '• ' + text : text);
    } else if (t.type === 'fence' || t.type === 'code_block') out.push(t.content.replace(/\n$/, ''));
  }
  return out;
}

export type { Block };
