// Speech or report (plain text) → huibao Markdown outline, deterministically: no AI, no network.
// prepare (paragraphs, junk) → frame (title, greeting, closing) → markers → point tree → plan → Markdown.
import { HuibaoError, type Warning } from '../errors.js';
import { cjkShare } from '../text/script.js';
import { emit } from './emit.js';
import { findAnnouncements, findMarkers } from './markers.js';
import { frame, meetingTitle, topicTitle } from './meta.js';
import { prepare } from './paragraphs.js';
import { findAppendix } from './parts.js';
import { plan } from './plan.js';
import { segments } from './sentences.js';
import { buildTree, depth, type Doc, type Node } from './structure.js';
import type { Dropped } from './junk.js';

export interface OutlineOptions {
  /** The input's file name: for warnings and the fallback title. */
  file?: string;
  /** Overrides detection from the text. */
  lang?: 'zh-CN' | 'en';
}

export interface OutlineResult {
  markdown: string;
  warnings: Warning[];
  /** What was removed as page chrome, captions, datelines, footnotes (for --verbose). */
  dropped: Dropped[];
  structure: { levels: number; sections: number; slides: number; announced?: number; style: string };
  /** For each line of `markdown` (index 0 = line 1), the input line it came from: to point check/build
   * messages about the outline back at the speech. */
  sourceLines: number[];
}

export function outline(text: string, opts: OutlineOptions = {}): OutlineResult {
  const warnings: Warning[] = [];
  const warn = (message: string, line?: number) => warnings.push({ file: opts.file, line, message });
  if (looksLikeMarkdown(text, opts.file)) {
    throw new HuibaoError('this is already a Markdown outline, not a speech: build it with `huibao build`', { file: opts.file, line: 1 });
  }
  const prep = prepare(text);
  if (prep.paras.length === 0) throw new HuibaoError('the text is empty: no speech to outline', { file: opts.file, line: 1 });

  const bodyText = prep.paras.map((p) => p.text).join('\n');
  const frontLang = prep.front.lang?.toLowerCase().startsWith('zh') ? 'zh-CN' : prep.front.lang?.toLowerCase().startsWith('en') ? 'en' : undefined;
  const lang = opts.lang ?? frontLang ?? (cjkShare(bodyText) >= 0.3 ? 'zh-CN' : 'en');
  const short = lang === 'en' ? 'en' : 'zh';

  const framed = frame(prep.paras, prep.front, short);
  const dropped = [...prep.dropped, ...framed.labels.map((l) => ({ line: l.line, text: l.text + ':', reason: 'speaker label' }))];
  dropped.sort((a, b) => a.line - b.line);

  const doc = makeDoc(framed.body, short);
  // An appendix (附件：名词解释 1.…10.) is one list after the speech, never points of it.
  const appendix = findAppendix(doc);
  const root = buildTree(doc, appendix?.start);

  const meta = { ...framed.meta };
  if (!meta.title) {
    const meeting = meetingTitle(doc.text);
    const topic = meeting ? { title: meeting } : topicTitle(doc.text);
    const fallback = topic?.title ?? (opts.file ? opts.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : lang === 'en' ? 'Remarks' : '讲话');
    meta.title = fallback;
    if (topic?.subtitle && !meta.subtitle) meta.subtitle = topic.subtitle;
    if (!topic) warn(`no title found in the text; the outline uses the file name "${fallback}" — edit the title in the front matter`, 1);
  }

  const leading = [...framed.headerNotes.map((p) => p.text), ...framed.greeting.map((p) => p.text)];
  const p = plan(doc, root, leading, appendix ?? undefined);

  if (root.children.length === 0) {
    warn('no numbered points found (一、 （一） 一要 一是 第一， 首先， 1. First, …): one slide per paragraph group');
  }
  for (const n of walk(root)) {
    const a = n.announced;
    if (a?.count !== undefined && a.count !== n.children.length) {
      const line = doc.paras[paraOf(doc, a.pos)]?.line;
      warn(`the speech announces ${a.count} points ("${a.text.trim()}") but ${n.children.length} were found (${n.childStyle})`, line);
    }
  }
  if (root.children.length === 0) {
    const a = doc.announcements.find((x) => x.count !== undefined);
    if (a) warn(`the speech announces ${a.count} points ("${a.text.trim()}") but none were found`, doc.paras[paraOf(doc, a.pos)]?.line);
  }

  // Confidence: one warning when the structure found is weak, with what to do about it.
  const weak: string[] = [];
  if (root.children.length === 0) weak.push('no numbered points');
  else if (root.children.length === 1) weak.push('only one top-level point');
  if (warnings.some((w) => /announces \d+ points/.test(w.message))) weak.push('the announced count does not match');
  const sizes = root.children.map((c) => c.end - c.start);
  if (sizes.length >= 2 && Math.max(...sizes) > 0.75 * doc.text.length) weak.push('one section holds most of the speech');
  if (weak.length) {
    warn(`the structure found is weak (${weak.join('; ')}): run \`huibao outline ${opts.file ?? 'speech.txt'} -o outline.md\`, edit the outline, then build the .md`);
  }

  const { markdown, lines: sourceLines } = emit({ ...meta, title: meta.title, lang }, p);
  const slides = p.intro.length + p.sections.reduce((n, s) => n + s.slides.length, 0);
  return {
    markdown,
    warnings,
    dropped,
    structure: {
      levels: depth(root),
      sections: p.sections.length,
      slides,
      announced: root.announced?.count ?? undefined,
      style: styleOf(root),
    },
    sourceLines,
  };
}

function makeDoc(body: { text: string; line: number }[], lang: string): Doc {
  const paras: Doc['paras'] = [];
  let pos = 0;
  for (const p of body) {
    paras.push({ start: pos, end: pos + p.text.length, line: p.line });
    pos += p.text.length + 1;
  }
  const text = body.map((p) => p.text).join('\n');
  const segs = segments(text);
  if (paras.length === 0) paras.push({ start: 0, end: 0, line: 1 });
  return { text, paras, segs, occs: findMarkers(text, segs), announcements: findAnnouncements(text, segs), lang };
}

function paraOf(doc: Doc, pos: number): number {
  let j = 0;
  while (j + 1 < doc.paras.length && doc.paras[j + 1].start <= pos) j++;
  return j;
}

function* walk(n: Node): Generator<Node> {
  yield n;
  if (!n.items) for (const c of n.children) yield* walk(c);
}

/** "一、 > 一是/（一） > paragraph titles": the marker styles found at each level. */
function styleOf(root: Node): string {
  const levels: string[][] = [];
  const visit = (n: Node, d: number) => {
    if (!n.childStyle) return;
    (levels[d] ??= []).includes(n.childStyle) || levels[d].push(n.childStyle);
    if (!n.items) for (const c of n.children) visit(c, d + 1);
  };
  visit(root, 0);
  return levels.length ? levels.map((l) => l.join('/')).join(' > ') : 'none';
}

/** A Markdown outline (a .md file, or ## slides with bullets or ::: notes) is not a speech to outline. */
export function looksLikeMarkdown(text: string, file?: string): boolean {
  if (file && /\.(?:md|markdown|mdown|mkd)$/i.test(file)) return true;
  const headings = (text.match(/^#{1,3} \S/gm) ?? []).length;
  const lists = (text.match(/^(?:[-*+] \S|::: ?notes\b)/gm) ?? []).length;
  return headings >= 2 && lists >= 2;
}
