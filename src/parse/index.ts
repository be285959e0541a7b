// Stage 1: Markdown text → Deck. Pure: no files, no themes, no inches.
import { checkNesting } from '../limits.js';
import type { Token } from 'markdown-it';
import type { Deck, DeckMeta, Slide } from '../model.js';
import { Diagnostics, HuibaoError, type Warning } from '../errors.js';
import { normalizeNewlines, stripIllegal } from '../text/sanitize.js';
import { cjkShare } from '../text/script.js';
import { markdown } from './markdown.js';
import { readFrontMatter, type FrontMatter } from './frontmatter.js';
import { Ignored } from './ignored.js';
import { inlineHtml, toRuns } from './inline.js';
import type { BlockContext } from './blocks.js';
import type { Inline } from '../model.js';
import type { SlideWalk, WalkDialect } from './slides.js';
import { detectSlideLevel, inlineMarkdown, walkSlides } from './slides.js';
import { settleFormulas } from './math.js';
import { applyLayoutOverrides } from './layout-overrides.js';
import { backgroundOf } from './attributes.js';
import { coverSlides, writtenParagraphs } from './cover.js';
import { Footnotes, footnoteDefs, footnoteMarks } from './footnotes.js';

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

  const env: Record<string, unknown> = {}; // link reference definitions, for Markdown read again later (cover lines); a second parse of the same text finds the same
  let tokens = markdown().parse(text, env);
  const lineOf = (t: Token) => (t.map ? t.map[0] + 1 : 1);

  let fmToken = tokens.find((t: Token) => t.type === 'front_matter');
  let fm: FrontMatter | null = fmToken ? readFrontMatter((fmToken as unknown as { meta: string }).meta, lineOf(fmToken) + 1, diag) : { tool: new Map() };
  if (fm === null) {
    diag.warn('the block between the --- lines at the top is not front matter (key: value lines); read as Markdown', 1);
    tokens = markdown(false).parse(text, env);
    fmToken = undefined;
    fm = { tool: new Map() };
  }

  checkNesting(tokens, opts.file);
  const ignored = new Ignored();
  const dialect = dialectOf(fm, text);
  // (Marp decks, headingDivider ones too, make no sections: the slide level is not read for them.)
  const slideLevel = opts.slideLevel ?? fm.slideLevel ?? detectSlideLevel(tokens);
  const ctx: BlockContext = { diag, lineOf, ignored, env };
  ctx.footnotes = new Footnotes(footnoteDefs(tokens, lineOf), ignored, () => ctx.currentLine ?? 1);
  footnoteMarks.mark = (ref) => ctx.footnotes!.mark(ref);
  inlineHtml.dropped = (tag) => ignored.note(`HTML <${tag}>`, ctx.currentLine ?? 1, 'left out (its text is kept)');
  inlineHtml.raw = (format) => ignored.note(`raw {=${format}} inline content`, ctx.currentLine ?? 1, 'left out (content for another output format)');
  let walk: SlideWalk;
  try {
    walk = walkSlides(tokens, slideLevel, ctx, dialect);
  } finally {
    inlineHtml.dropped = undefined;
    inlineHtml.raw = undefined;
    footnoteMarks.mark = undefined;
  }
  // Marp decks open (and often close) with a lead/invert slide: that is their title (closing) slide.
  if (dialect.marp) {
    const first = walk.slides[0];
    const last = walk.slides[walk.slides.length - 1];
    if (first?.layoutRequest && ['statement', 'section'].includes(first.layoutRequest.name)) first.layoutRequest = { ...first.layoutRequest, name: 'title' };
    // (a one-slide deck: its lead slide is the title already, so it is not also the closing one)
    if (last?.layoutRequest && ['statement', 'section'].includes(last.layoutRequest.name)) last.layoutRequest = { ...last.layoutRequest, name: 'closing' };
  }
  // A title with no text (`title: ""`, only tags) is no title: no blank title slide, no untitled file.
  if (fm.title !== undefined && !plainOf(metaRuns(fm.title))) {
    diag.warn("the front matter's title has no text: left out (the deck is titled from its first heading, or the file name)", fm.lines?.get('title') ?? 1);
    fm.title = undefined;
  }
  // A front-matter title makes its own title slide; otherwise a cover written as content becomes it.
  if (fm.title === undefined || dialect.marp) {
    // A cover's lines are read again from their Markdown: a footnote reference there gets the mark it was given.
    footnoteMarks.mark = (ref) => ctx.footnotes!.markOf(ref);
    try {
      coverSlides(walk.slides, { marp: !!dialect.marp, ignored, written: writtenParagraphs(tokens, lineOf, env), isNote: (b) => ctx.footnotes!.isNote(b) });
    } finally {
      footnoteMarks.mark = undefined;
    }
  }

  const body = fmToken ? text.split('\n').slice(fmToken.map?.[1] ?? 0).join('\n') : text;
  const lang = fm.lang ?? (cjkShare(body) >= 0.3 ? 'zh-CN' : 'en');
  const headingAt = tokens.findIndex((t: Token) => t.type === 'heading_open');
  const firstHeading = headingAt >= 0 ? tokens[headingAt + 1] : undefined; // a heading's inline token follows its open token
  // Its text as the slide shows it: pandoc attributes (`{.wide}`) are read, not shown.
  const fallbackTitle = firstHeading ? toRuns(firstHeading.children).runs.map((r) => (r.breakBefore ? ' ' : '') + r.text).join('').trim() : opts.file ? baseName(opts.file) : 'Untitled';

  // Metadata may hold Markdown (Slidev's `title: \`code\``) or HTML (an author with an image): runs, tags left out.
  const fmRuns = (key: 'title' | 'subtitle' | 'author' | 'date' | 'footer' | 'closing'): Inline[] | undefined => {
    const v = fm[key];
    if (v === undefined) return undefined;
    const line = fm.lines?.get(key) ?? 1;
    if (/<\/?[a-z][^>]*>/i.test(v)) ignored.note('HTML in the front matter', line, 'left out (its text is kept)');
    return metaRuns(v);
  };
  const titleRuns = fmRuns('title');
  if (titleRuns) fm.title = plainOf(titleRuns);
  for (const k of ['subtitle', 'author', 'date', 'footer', 'closing'] as const) {
    const runs = fmRuns(k);
    if (runs) fm[k] = plainOf(runs);
  }

  const meta: DeckMeta = {
    title: fm.title ?? fallbackTitle,
    lang,
    aspect: fm.aspect ?? '16:9',
    // Marp shows no page numbers unless `paginate: true`; other decks number their slides.
    slideNumbers: fm.slideNumbers ?? !dialect.marp,
    agenda: fm.agenda ?? walk.sections >= 2,
  };
  for (const k of ['subtitle', 'author', 'date', 'theme', 'template', 'footer', 'closing', 'pace', 'duration'] as const) if (fm[k] !== undefined) meta[k] = fm[k];
  if (fm.templateLayouts) meta.templateLayouts = fm.templateLayouts;

  const slides: Slide[] = [];
  const fmLine = fmToken ? lineOf(fmToken) : 1;
  if (fm.title !== undefined) {
    slides.push({
      layout: 'title',
      title: titleRuns!, // (fm.title is set, so are its runs, with text: an empty title was left out above)
      subtitle: fm.subtitle ? [{ text: fm.subtitle }] : undefined,
      blocks: [],
      notes: walk.leadingNotes,
      src: { line: fmLine },
      ...titleBackground(fm),
    });
  } else if (walk.leadingNotes.length && walk.slides[0]) {
    walk.slides[0].notes.unshift(...walk.leadingNotes);
  }
  if (meta.agenda) slides.push({ layout: 'agenda', blocks: [], notes: [], src: { line: fmLine } });
  for (const s of walk.slides) slides.push(s); // not push(...): 200 000 headings overflowed the stack
  if (fm.closing) slides.push({ layout: 'closing', title: [{ text: fm.closing }], blocks: [], notes: [], src: { line: fmLine } });

  // Slidev's headmatter `info:` describes the talk: the first slide's notes.
  const info = fm.tool.get('info');
  if (typeof info?.value === 'string' && info.value.trim() && slides[0]) slides[0].notes.push(...info.value.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean));
  settleFormulas(slides, diag);
  ignored.flush(diag);
  if (slides.length === 0) {
    // Only rules, link definitions or raw HTML: still a valid deck (a title slide), and the user is told.
    diag.warn('nothing to put on slides (no headings or text): the deck has only a title slide', 1);
    slides.push({ layout: 'title', title: [{ text: meta.title }], blocks: [], notes: walk.leadingNotes, src: { line: 1 } });
  }
  const deck: Deck = { meta, slides, file: opts.file };
  applyLayoutOverrides(deck, text, fm.layouts, diag, fm.lines?.get('layouts'));
  return { deck, warnings: diag.warnings };
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

const SLIDEV_HEADMATTER = ['layout', 'info', 'highlighter', 'fonts', 'drawings', 'download', 'colorSchema', 'routerMode', 'canvasWidth', 'aspectRatio', 'mdc', 'themeConfig'];

/** Marp (front matter `marp: true`, `headingDivider`) and Slidev (`layout:` in the headmatter) settings for the walk. */
function dialectOf(fm: FrontMatter, text: string): WalkDialect {
  const d: WalkDialect = {};
  const tool = fm.tool;
  d.marp = tool.get('marp')?.value === true || tool.has('headingDivider') || (/^<!--\s*_?(class|paginate|header|footer)\s*:/m.test(text) && !tool.has('layout'));
  const hd = tool.get('headingDivider')?.value;
  const levels = typeof hd === 'number' ? Array.from({ length: Math.min(Math.max(Math.floor(hd), 0), 6) || 0 }, (_, i) => i + 1) : Array.isArray(hd) ? hd.filter((n): n is number => typeof n === 'number') : [];
  const ok = levels.filter((n) => Number.isInteger(n) && n >= 1 && n <= 6);
  if (ok.length) d.dividers = new Set(ok);
  const str = (k: string) => {
    const e = tool.get(k);
    return e && typeof e.value === 'string' ? { value: e.value, line: e.line } : undefined;
  };
  d.header = str('header');
  d.cls = str('class');
  const bgImage = str('backgroundImage');
  const url = bgImage && /^url\(\s*(['"]?)([^'")]+?)\1\s*\)$/.exec(bgImage.value.trim());
  if (url) d.background = { src: url[2], fit: 'cover', line: bgImage.line };
  if (!d.marp) d.firstLayout = str('layout');
  // Slidev's first slide is a cover unless the headmatter says otherwise.
  const slidev = !d.marp && (SLIDEV_HEADMATTER.some((k) => tool.has(k)) || /^---\nlayout:\s/m.test(text));
  if (slidev && !d.firstLayout) d.firstLayout = { value: 'cover', line: 1 };
  return d;
}

/** pandoc's `title-slide-attributes: {data-background-image: …}`: the title slide's background picture. */
function titleBackground(fm: FrontMatter): Pick<Slide, 'background'> {
  const attrs = fm.tool.get('title-slide-attributes');
  if (!attrs || typeof attrs.value !== 'object' || attrs.value === null) return {};
  const background = backgroundOf(new Map(Object.entries(attrs.value)), attrs.line);
  return background ? { background } : {};
}

function metaRuns(v: string): Inline[] {
  const html = v.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/[ \t]+/g, ' ').trim();
  // As a Marp header is read (inlineMarkdown drops a leading `\ `, Marp's kept space).
  return inlineMarkdown(html.replace(/\n+/g, ' '));
}

/** Runs as one line of text: Markdown's own whitespace collapses; a no-break (U+00A0) or ideographic space is kept as written. */
function plainOf(runs: readonly Inline[]): string {
  return runs.map((r) => r.text).join('').replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}
