// The top-level walk: headings, `---` and notes decide where slides begin; everything else is read by blocks.ts.
import type { Token } from 'markdown-it';
import type { Block, Column, Inline, Slide } from '../model.js';
import { closeIndex, notesFrom, readBlock, type BlockContext } from './blocks.js';
import { plainText, toRuns } from './inline.js';
import { markdown } from './markdown.js';
import { marpClassLayout, readDirectives, SLIDEV_LAYOUTS } from './directives.js';
import { headingAttributes, trimEnd } from './attributes.js';

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

const MARP_KEYS = new Set([
  'class', 'header', 'footer', 'paginate', 'theme', 'size', 'headingDivider', 'backgroundColor', 'backgroundImage',
  'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color', 'style', 'transition', 'marp', 'math', 'lang',
  'title', 'description', 'author', 'image', 'keywords', 'url', 'layout', 'fit',
]);

/** A comment of Marp directives (every `key:` one Marp knows, `_` spot forms too); any other comment is a note. */
export function isMarpDirective(body: string): boolean {
  if (!isDirectiveComment(body)) return false;
  return [...readDirectives(body).keys()].every((k) => MARP_KEYS.has(k.replace(/^[_$]/, '')));
}

/**
 * Pandoc's rule: the slide level is the highest heading level that is followed directly by content.
 * Decks without such a heading use 2 (our dialect: `#` sections, `##` slides).
 */
export function detectSlideLevel(tokens: readonly Token[]): number {
  let best = 7;
  const withContent = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'heading_open' || t.level !== 0) continue;
    const after = tokens[closeIndex(tokens, i) + 1];
    const h = Number(t.tag.slice(1));
    if (after && after.type !== 'heading_open' && after.type !== 'hr' && !isNotesOrComment(after)) {
      withContent[h]++;
      if (h < best) best = h;
    }
  }
  // A reveal.js deck puts content under its `#` headings and more under many `##` (vertical) slides: when `##`
  // slides with content outnumber `#` ones, `##` is the slide level and each `#` opens a section.
  if (best === 1 && withContent[2] > withContent[1]) return 2;
  return best === 7 ? 2 : best;
}

function isNotesOrComment(t: Token): boolean {
  return t.type === 'container_notes_open' || (t.type === 'html_block' && /^\s*<!--/.test(t.content));
}

/** What the dialects add to the walk: Marp's headingDivider and global directives from the front matter. */
export interface WalkDialect {
  /** Marp: headings of these levels start a slide (and no heading level makes section slides). */
  dividers?: ReadonlySet<number>;
  marp?: boolean;
  /** Front-matter `header:` / `class:` (Marp globals) and Slidev's headmatter `layout:` for the first slide. */
  header?: { value: string; line: number };
  cls?: { value: string; line: number };
  firstLayout?: { value: string; line: number };
  /** Marp's front-matter `backgroundImage: url(…)`: every slide's background picture. */
  background?: NonNullable<Slide['background']>;
}

/** Per-slide settings from directives, applied when the walk is done. */
interface SlideSettings {
  header?: { value: string; line: number };
  cls?: { value: string; line: number };
  layout?: { name: string; line: number; origin: string };
  /** Slidev slot markers (`::left::`, `::right::`): index into blocks where each column starts. */
  slots?: { name: string; at: number; line: number }[];
  image?: { path: string; line: number };
  background?: NonNullable<Slide['background']>;
  /** Marp footer / paginate: the text ('' = none) and the page-number switch, as directives set them. */
  footer?: string;
  paginate?: boolean;
}

export function walkSlides(tokens: readonly Token[], slideLevel: number, ctx: BlockContext, dialect: WalkDialect = {}): SlideWalk {
  const slides: Slide[] = [];
  const leadingNotes: string[] = [];
  let current: Slide | null = null;
  let section: number | undefined;
  let sectionTitle: { runs: Inline[]; line: number } | null = null;
  let sections = 0;
  const settings = new Map<Slide, SlideSettings>();
  // Directives met before their slide's first heading or text (after a `---`): they belong to the next slide.
  let pending: SlideSettings = {};
  const globals: SlideSettings = { header: dialect.header, cls: dialect.cls, background: dialect.background };
  if (dialect.firstLayout) pending.layout = slidevLayout(dialect.firstLayout.value, dialect.firstLayout.line, ctx);

  // Notes met after a slide break (`---`) but before the next slide's heading or text: that slide's, as in Marp.
  let pendingNotes = null as string[] | null; // (`as`: set inside closures, which narrowing does not see)
  const open = (title: Inline[] | undefined, line: number): Slide => {
    current = { layout: 'content', title, blocks: [], notes: pendingNotes ?? [], section, src: { line } };
    pendingNotes = null;
    slides.push(current);
    settings.set(current, { ...globals, ...pending });
    pending = {};
    return current;
  };
  const settingsFor = (): SlideSettings => (current ? settings.get(current)! : pending);
  const target = (line: number): Slide => {
    if (current) return current;
    // Content straight after a section heading: a slide with the section's title (pandoc does the same).
    if (sectionTitle) return open(sectionTitle.runs, line);
    return open(undefined, line);
  };
  const addNotes = (paras: string[]) => {
    const dest = current ?? (pendingNotes ? undefined : slides[slides.length - 1]);
    if (dest) dest.notes.push(...paras);
    else if (pendingNotes) pendingNotes.push(...paras);
    else leadingNotes.push(...paras);
  };
  /** A slide break: what comes next (notes included) belongs to the next slide. */
  const slideBreak = () => {
    current = null;
    if (slides.length) pendingNotes ??= [];
  };

  const cited = new Map<Slide, number[]>();
  ctx.notes = [];
  let i = 0;
  while (i < tokens.length) {
    // Footnotes cited by what the last step read belong to the slide it went to.
    ctx.footnotes?.take(current ?? slides[slides.length - 1], cited);
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
      if (t.markup === '-' && tokens[i - 1]?.type === 'hr' && isDirectiveComment(inline.content)) {
        // Slidev per-slide front matter (`---` / `layout: center` / `---`), which markdown-it reads as a setext heading
        // right after the slide's `---`. Elsewhere a "Note: this" underlined with dashes is a heading like any other.
        slideBreak();
        pending = {};
        slidevFrontMatter(readDirectives(inline.content), line, pending, ctx);
        i = next;
        continue;
      }
      const divides = (dialect.dividers?.has(h) ?? false) || (!!dialect.marp && current === null);
      if (divides) {
        open(titleRuns(inline, line, ctx, () => settingsFor()), line);
        i = next;
        continue;
      }
      if (h < slideLevel && !dialect.marp) {
        sections++;
        section = sections;
        const sec: Slide = { layout: 'section', title: [], blocks: [], notes: pendingNotes ?? [], section, src: { line } };
        pendingNotes = null;
        settings.set(sec, { ...globals, ...pending });
        pending = {};
        sec.title = titleRuns(inline, line, ctx, () => settings.get(sec)!);
        sectionTitle = { runs: sec.title, line };
        slides.push(sec);
        current = null;
        i = next;
        continue;
      }
      if (h === slideLevel && !dialect.marp) {
        open(undefined, line);
        current!.title = titleRuns(inline, line, ctx, () => settingsFor());
        i = next;
        continue;
      }
    }
    if (t.type === 'hr') {
      slideBreak();
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
        const clean = body.replace(/<!--/g, '');
        if (isMarpDirective(clean)) marpDirectives(readDirectives(clean), line, settingsFor(), globals, ctx);
        else if (body.trim()) addNotes(splitParagraphs(body));
      }
      i++;
      continue;
    }
    // Slidev slots: `::right::` starts the right column of a two-cols slide.
    const slot = t.type === 'paragraph_open' ? /^::(\w+)::$/.exec(tokens[i + 1]?.content.trim() ?? '') : null;
    if (slot) {
      const slide = target(line);
      (settings.get(slide)!.slots ??= []).push({ name: slot[1], at: slide.blocks.length, line });
      i = closeIndex(tokens, i) + 1;
      continue;
    }
    // Awesome-Marp columns: `<div class=ldiv>` … `<div class=rdiv>` (limg/rimg for pictures, mdiv for a middle one).
    const div = t.type === 'html_block' ? /^\s*<div\s+class\s*=\s*["']?([lmr])(?:div|img)\b/i.exec(t.content) : null;
    if (div) {
      const slide = target(line);
      const name = { l: 'left', m: 'middle', r: 'right' }[div[1].toLowerCase() as 'l' | 'm' | 'r'];
      (settings.get(slide)!.slots ??= []).push({ name, at: slide.blocks.length, line });
    }
    const { blocks, next } = readBlock(tokens, i, ctx);
    if (blocks.length) target(line).blocks.push(...blocks);
    if (ctx.notes?.length) addNotes(ctx.notes.splice(0)); // `::: notes` inside a list item or a quote
    for (const bg of ctx.backgrounds?.splice(0) ?? []) {
      // Marp `![bg left](…)`: the picture beside the text (image-text); `![bg]` the slide's background picture.
      if (bg.side === 'full') {
        // Before the slide's heading (Marp writes `![bg](…)` first): it waits for the slide, like a directive.
        const st = settingsFor();
        if (st.background) ctx.ignored?.note('second Marp ![bg] on a slide', bg.line, 'left out: Marp lays several side by side; huibao uses the first as the background');
        else st.background = { src: bg.path, fit: bg.fit, line: bg.line };
        continue;
      }
      const slide = target(bg.line);
      slide.blocks.push({ kind: 'image', path: bg.path, alt: '', src: { line: bg.line } });
      settings.get(slide)!.layout ??= { name: 'image-text', line: bg.line, origin: `Marp ![bg ${bg.side}]` };
    }
    i = Math.max(next, i + 1);
  }

  // Notes after a last `---` with no slide after it: the last slide's.
  if (pendingNotes?.length) slides[slides.length - 1].notes.push(...pendingNotes);
  ctx.footnotes?.take(current ?? slides[slides.length - 1], cited);
  ctx.footnotes?.place(cited, (text) => inlineMarkdown(text, ctx.env)); // `[x][ref]` in a note: the deck's references
  for (const s of slides) {
    applySettings(s, settings.get(s) ?? {}, ctx);
    if (s.layout === 'content' && s.blocks.length === 1 && s.blocks[0].kind === 'quote') s.layout = 'quote';
  }
  return { slides, leadingNotes, sections };
}

/** A heading's runs without its pandoc attributes (`{#id .class data-background-image=…}`), which are read instead. */
function titleRuns(inline: Token, line: number, ctx: BlockContext, settings: () => SlideSettings): Inline[] {
  const { runs, images, attributes } = toRuns(inline.children);
  const attrs = headingAttributes(attributes, line);
  if (attrs.layout) settings().layout ??= { name: attrs.layout, line, origin: 'heading class' };
  if (attrs.background) settings().background ??= attrs.background;
  if (images.length) ctx.ignored?.note('image in a heading', line, 'left out (a title holds text only)');
  return trimEnd(runs);
}

function slidevLayout(name: string, line: number, ctx: BlockContext): SlideSettings['layout'] {
  // Own names only: `layout: constructor` is an unknown layout, not Object's constructor.
  const mapped = Object.hasOwn(SLIDEV_LAYOUTS, name) ? SLIDEV_LAYOUTS[name] : undefined;
  if (mapped === undefined) {
    ctx.ignored?.note(`Slidev layout "${name}"`, line, 'has no huibao counterpart; the slide is laid out from its content');
    return undefined;
  }
  return mapped ? { name: mapped, line, origin: `Slidev layout: ${name}` } : undefined;
}

function slidevFrontMatter(d: Map<string, string>, line: number, into: SlideSettings, ctx: BlockContext): void {
  for (const [key, value] of d) {
    if (key === 'layout') into.layout = slidevLayout(value, line, ctx);
    else if (key === 'image' && value) into.image = { path: value, line };
    else if (key === 'title' || key === 'level' || key === 'hideInToc' || key === 'name') continue;
    else ctx.ignored?.note('Slidev slide settings', line, 'ignored: huibao styles come from the theme', key);
  }
}

/** Marp directives: `_x` (spot) for this slide only; `x` for this slide and the ones after it. */
function marpDirectives(d: Map<string, string>, line: number, slide: SlideSettings, globals: SlideSettings, ctx: BlockContext): void {
  for (const [raw, value] of d) {
    const spot = raw.startsWith('_');
    const key = raw.replace(/^[_$]/, '');
    switch (key) {
      case 'class':
      case 'header': {
        const v = { value, line };
        if (key === 'class') slide.cls = v;
        else slide.header = v;
        if (!spot) globals[key === 'class' ? 'cls' : 'header'] = v;
        break;
      }
      case 'layout':
        // huibao's own `<!-- layout: cards -->` (src/parse/layout-overrides.ts reads it).
        break;
      case 'footer':
      case 'paginate': {
        // Marp's values: footer is Markdown ('' = none); paginate true/false, and v3's skip (hidden) / hold (shown).
        const v = key === 'footer' ? { footer: footerText(value) } : { paginate: /^(true|hold)$/i.test(value.trim()) };
        Object.assign(slide, v);
        if (!spot) Object.assign(globals, v);
        break;
      }
      case 'backgroundImage': {
        // `backgroundImage: url('x.png')` — Marp's CSS form of a background picture; gradients are styling.
        const url = /^url\(\s*(['"]?)([^'")]+?)\1\s*\)$/.exec(value.trim());
        if (url) {
          const bg = { src: url[2], fit: 'cover' as const, line };
          slide.background = bg;
          if (!spot) globals.background = bg;
        } else ctx.ignored?.note('Marp styling directives', line, 'ignored: huibao styles come from the theme', key);
        break;
      }
      case 'fit':
        break;
      default:
        ctx.ignored?.note('Marp styling directives', line, 'ignored: huibao styles come from the theme', key);
    }
  }
}

/** Header as title, class as layout, slots as columns, a Slidev image as an image block. */
function applySettings(s: Slide, st: SlideSettings, ctx: BlockContext): void {
  if ((!s.title || s.title.length === 0) && st.header?.value.trim()) {
    const runs = inlineMarkdown(st.header.value);
    if (runs.length) s.title = runs;
  }
  const clsLayout = st.cls ? marpClassLayout(st.cls.value) : undefined;
  if (st.cls && !clsLayout) for (const c of st.cls.value.split(/\s+/).filter(Boolean)) ctx.ignored?.note('Marp classes', st.cls.line, 'with no huibao counterpart ignored (they style the Marp theme)', c);
  const layout = st.layout ?? (clsLayout ? { name: clsLayout, line: st.cls!.line, origin: `Marp class: ${st.cls!.value.trim()}` } : undefined);
  if (layout) s.layoutRequest = layout;
  if (st.background) s.background = st.background;
  if (st.footer !== undefined) s.footer = st.footer || null;
  if (st.paginate !== undefined) s.slideNumber = st.paginate;
  if (st.image) s.blocks.push({ kind: 'image', path: st.image.path, alt: '', src: { line: st.image.line } });
  const slots = (st.slots ?? []).filter((x) => x.name !== 'default');
  const first = slots.findIndex((x) => COLUMN_SLOTS.has(x.name));
  if (first >= 0) {
    // Slidev two-cols: [left, the default slot] ::right:: [right]; two-cols-header: [header] ::left:: … ::right:: …;
    // Awesome-Marp: <div class=ldiv> … <div class=rdiv> ….
    const bounds = slots[first].name === 'right' ? [{ name: 'left', at: 0, line: s.src.line }, ...slots] : slots.slice(first);
    const head = s.blocks.slice(0, bounds[0].at);
    const columns: Column[] = [];
    let tail: Block[] = [];
    bounds.forEach((b, k) => {
      const part = s.blocks.slice(b.at, bounds[k + 1]?.at ?? s.blocks.length);
      if (COLUMN_SLOTS.has(b.name)) columns.push({ blocks: part });
      else tail = tail.concat(part); // ::bottom:: and other slots: below the columns
    });
    const widths = st.cls ? columnWidths(st.cls.value, columns.length) : undefined;
    if (widths) columns.forEach((c, k) => (c.width = widths[k]));
    s.blocks = [...head, { kind: 'columns', columns, src: { line: bounds[0].line } }, ...tail];
  }
}

const COLUMN_SLOTS = new Set(['left', 'middle', 'right']);

/** Awesome-Marp `cols-2-64` → widths 6 and 4 (as relative widths). */
function columnWidths(classes: string, n: number): number[] | undefined {
  const m = /\bcols-(\d)-(\d)(\d)\b/.exec(classes);
  if (!m || Number(m[1]) !== n || n !== 2) return undefined;
  return [Number(m[2]) * 10, Number(m[3]) * 10];
}

/** A Marp footer's text: its Markdown as plain text ('' when it holds only a picture, which huibao cannot put there). */
function footerText(value: string): string {
  return inlineMarkdown(value).map((r) => (r.breakBefore ? ' ' : '') + r.text).join('').replace(/\s+/g, ' ').trim();
}

/**
 * Marp header text (and front-matter metadata) is Markdown: its runs (images and HTML left out; `<br>` is a break); a
 * leading `\ ` is Marp's kept space, not text. `env`: the deck's link references.
 */
export function inlineMarkdown(src: string, env: Record<string, unknown> = {}): Inline[] {
  // parseInline runs no block rule (front matter is one): any instance will do; it always gives one inline token.
  return toRuns(markdown().parseInline(src.replace(/^\\\s+/, ''), env)[0].children).runs;
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

export type { Block };
