// Stage 1: Markdown text → Deck. Pure: no files, no themes, no inches.
import type { Token } from 'markdown-it';
import type { Deck, DeckMeta, Slide } from '../model.js';
import { Diagnostics, HuibaoError, type Warning } from '../errors.js';
import { normalizeNewlines, stripIllegal } from '../text/sanitize.js';
import { cjkShare } from '../text/script.js';
import { markdown } from './markdown.js';
import { readFrontMatter } from './frontmatter.js';
import { detectSlideLevel, walkSlides } from './slides.js';
import { plainText } from './inline.js';
import { settleFormulas } from './math.js';

export interface ParseOptions {
  /** The file name, for messages and the fallback title. */
  file?: string;
  /** Overrides front matter `slideLevel` and auto-detection. */
  slideLevel?: number;
}

export interface ParseResult {
  deck: Deck;
  warnings: Warning[];
}

export function parse(source: string, opts: ParseOptions = {}): ParseResult {
  const diag = new Diagnostics(opts.file);
  const text = cleanInput(source, diag);
  if (text.trim() === '') throw new HuibaoError('the file is empty: nothing to build', { file: opts.file, line: 1 });

  let tokens = markdown().parse(text, {});
  const lineOf = (t: Token) => (t.map ? t.map[0] + 1 : 1);

  let fmToken = tokens.find((t: Token) => t.type === 'front_matter');
  let fm = fmToken ? readFrontMatter((fmToken as unknown as { meta: string }).meta ?? '', lineOf(fmToken) + 1, diag) : {};
  if (fm === null) {
    diag.warn('the block between the --- lines at the top is not front matter (key: value lines); read as Markdown', 1);
    tokens = markdown(false).parse(text, {});
    fmToken = undefined;
    fm = {};
  }

  const slideLevel = opts.slideLevel ?? fm.slideLevel ?? detectSlideLevel(tokens);
  const ctx = { diag, lineOf, htmlLines: [] as number[] };
  const walk = walkSlides(tokens, slideLevel, ctx);
  if (ctx.htmlLines.length) {
    const n = ctx.htmlLines.length;
    const more = n > 3 ? ` (and ${n - 3} more place${n - 3 === 1 ? '' : 's'}, lines ${ctx.htmlLines.slice(3, 8).join(', ')}${n > 8 ? ', …' : ''})` : '';
    for (const line of ctx.htmlLines.slice(0, 3)) diag.warn('raw HTML is not supported and was left out' + (line === ctx.htmlLines[2] ? more : ''), line);
  }

  const body = fmToken ? text.split('\n').slice(fmToken.map?.[1] ?? 0).join('\n') : text;
  const lang = fm.lang ?? (cjkShare(body) >= 0.3 ? 'zh-CN' : 'en');
  const firstHeading = tokens.find((t: Token) => t.type === 'inline' && tokens[tokens.indexOf(t) - 1]?.type === 'heading_open');
  const fallbackTitle = firstHeading ? plainText(firstHeading.children) : opts.file ? baseName(opts.file) : 'Untitled';

  const meta: DeckMeta = {
    title: fm.title ?? fallbackTitle,
    lang,
    aspect: fm.aspect ?? '16:9',
    slideNumbers: fm.slideNumbers ?? true,
    agenda: fm.agenda ?? walk.sections >= 2,
  };
  for (const k of ['subtitle', 'author', 'date', 'theme', 'template', 'footer', 'closing', 'pace', 'duration'] as const) if (fm[k] !== undefined) meta[k] = fm[k];
  if (fm.templateLayouts) meta.templateLayouts = fm.templateLayouts;

  const slides: Slide[] = [];
  const fmLine = fmToken ? lineOf(fmToken) : 1;
  if (fm.title !== undefined) {
    slides.push({
      layout: 'title',
      title: [{ text: fm.title }],
      subtitle: fm.subtitle ? [{ text: fm.subtitle }] : undefined,
      blocks: [],
      notes: walk.leadingNotes,
      src: { line: fmLine },
    });
  } else if (walk.leadingNotes.length && walk.slides[0]) {
    walk.slides[0].notes.unshift(...walk.leadingNotes);
  }
  if (meta.agenda) slides.push({ layout: 'agenda', blocks: [], notes: [], src: { line: fmLine } });
  for (const s of walk.slides) slides.push(s); // not push(...): 200 000 headings overflowed the stack
  if (fm.closing) slides.push({ layout: 'closing', title: [{ text: fm.closing }], blocks: [], notes: [], src: { line: fmLine } });

  settleFormulas(slides, diag);
  if (slides.length === 0) {
    // Only rules, link definitions or raw HTML: still a valid deck (a title slide), and the user is told.
    diag.warn('nothing to put on slides (no headings or text): the deck has only a title slide', 1);
    slides.push({ layout: 'title', title: [{ text: meta.title }], blocks: [], notes: walk.leadingNotes, src: { line: 1 } });
  }
  return { deck: { meta, slides, file: opts.file }, warnings: diag.warnings };
}

/** BOM, line endings, and characters XML cannot carry (reported with their line). \v is kept: it is a line break. */
function cleanInput(source: string, diag: Diagnostics): string {
  let text = normalizeNewlines(source.replace(/^\uFEFF/, ''));
  const lines = text.split('\n');
  let changed = false;
  lines.forEach((l, i) => {
    const keepV = l.split('\v').map(stripIllegal).join('\v');
    if (keepV !== l) {
      diag.warn('removed control characters that PowerPoint cannot read', i + 1);
      lines[i] = keepV;
      changed = true;
    }
  });
  if (changed) text = lines.join('\n');
  return text;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
