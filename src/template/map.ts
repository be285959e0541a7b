// Which template layout each huibao slide kind uses: by placeholder types first (a title slide has ctrTitle and
// subTitle; content has a title and one body), then by the layout's name in English, Chinese, Japanese, French…,
// never by position (pandoc's test reference has "Title Slide" fifth). A `layouts:` map in the front matter wins.
import { HuibaoError } from '../errors.js';
import type { Artwork, Placeholder, Template, TemplateLayout, TemplateMaster } from './types.js';

/** The slide kinds huibao maps; `columns` (two content) is listed for `template inspect`. */
export const KINDS = ['title', 'agenda', 'section', 'content', 'quote', 'closing', 'columns'] as const;
export type Kind = (typeof KINDS)[number];

export interface LayoutChoice {
  layout: TemplateLayout;
  /** The placeholder our title goes in (ctrTitle on title slides when the layout has one). */
  title?: Placeholder;
  /** The placeholder our main text goes in (subTitle on the title slide). */
  body?: Placeholder;
  /** The layout's footer and slide-number placeholders (filled as Insert › Header & Footer does), when it has them. */
  footer?: Placeholder;
  slideNumber?: Placeholder;
  /** Why: for `template inspect` and --verbose. */
  why: string;
  /** A full-slide picture put behind the slide (from an example slide; see Artwork). */
  artwork?: Artwork;
}

export interface TemplateMapping {
  master: TemplateMaster;
  /** Why this master (several masters). */
  masterWhy: string;
  kinds: Record<Kind, LayoutChoice>;
}

const NAMES: Record<string, RegExp> = {
  title: /title slide|标题幻灯片|標題投影片|封面|表紙|タイトル\s*スライド|diapositive de titre|titelfolie|diapositiva de t[ií]tulo|^cover|^title$/i,
  section: /section|节标题|節標題|章节|过渡|セクション|titre de section|abschnitt|chapter|^part\b/i,
  content: /title and content|标题和内容|標題及內容|タイトルとコンテンツ|titre et contenu|titel und inhalt|t[ií]tulo y contenido|^content|^内容|正文|汎用/i,
  agenda: /agenda|目录|目錄|目次|contents|outline|sommaire|table of contents|议程/i,
  closing: /致谢|谢谢|感谢|结束|結束|thank|closing|the end|^end$|merci|ありがとう|終わり|fin$|danke/i,
  columns: /two content|两栏内容|兩欄內容|2\s*つのコンテンツ|deux contenus|zwei inhalte|two column|双栏|两栏/i,
  titleOnly: /title only|仅标题|只有標題|タイトルのみ|titre seul|nur titel/i,
  quote: /quote|引用|citation|zitat/i,
};

const TEXT_BODY = new Set(['body', 'obj', 'subTitle']);

function titleOf(l: TemplateLayout): Placeholder | undefined {
  const usable = (p: Placeholder) => !p.orient && p.box;
  return l.placeholders.find((p) => p.type === 'ctrTitle' && usable(p)) ?? l.placeholders.find((p) => p.type === 'title' && usable(p));
}

/** Text placeholders other than the title (not date/footer/number/picture), largest first. */
function bodiesOf(l: TemplateLayout): Placeholder[] {
  return l.placeholders
    .filter((p) => TEXT_BODY.has(p.type) && !p.orient && p.box)
    .sort((a, b) => Math.round((b.box!.w * b.box!.h - a.box!.w * a.box!.h) * 10) || a.idx - b.idx);
}

const named = (l: TemplateLayout, key: string) => NAMES[key].test(l.name.trim());
const otherNames = (l: TemplateLayout, keys: string[]) => keys.filter((k) => named(l, k)).length;

type Scorer = (l: TemplateLayout) => number | undefined;

const SCORERS: Record<Exclude<Kind, 'quote'>, Scorer> = {
  title: (l) => {
    const t = titleOf(l);
    if (!t) return undefined;
    const bodies = bodiesOf(l);
    let s = 0;
    if (t.type === 'ctrTitle') s += 5;
    if (bodies.some((b) => b.type === 'subTitle')) s += 3;
    if (l.type === 'title') s += 5;
    if (named(l, 'title')) s += 6;
    s -= 8 * otherNames(l, ['closing', 'section', 'agenda']);
    s -= 2 * Math.max(0, bodies.length - 1);
    return s;
  },
  section: (l) => {
    const t = titleOf(l);
    if (!t) return undefined;
    let s = 0;
    if (l.type === 'secHead') s += 8;
    if (named(l, 'section')) s += 8;
    if (s === 0) return undefined;
    s -= 8 * otherNames(l, ['closing', 'agenda', 'title']);
    s -= 3 * Math.max(0, bodiesOf(l).length - 1);
    if (l.placeholders.some((p) => p.type === 'pic')) s -= 5;
    return s;
  },
  content: (l) => {
    const t = titleOf(l);
    const bodies = bodiesOf(l);
    if (!t || bodies.length === 0 || bodies[0].type === 'subTitle') return undefined;
    let s = 2;
    if (t.type === 'title') s += 2;
    if (l.type === 'obj' || l.type === 'tx') s += 8;
    if (named(l, 'content')) s += 8;
    s -= 8 * otherNames(l, ['agenda', 'closing', 'title', 'section', 'columns']);
    s -= 3 * (bodies.length - 1);
    if (l.placeholders.some((p) => p.type === 'pic')) s -= 6;
    return s;
  },
  agenda: (l) => {
    const t = titleOf(l);
    const bodies = bodiesOf(l);
    if (!t || bodies.length === 0 || !named(l, 'agenda')) return undefined;
    return 10 - 3 * (bodies.length - 1);
  },
  closing: (l) => {
    if (!titleOf(l) || !named(l, 'closing')) return undefined;
    return 10;
  },
  columns: (l) => {
    const t = titleOf(l);
    const bodies = bodiesOf(l).filter((b) => b.type !== 'subTitle');
    if (!t || bodies.length < 2) return undefined;
    let s = 0;
    if (l.type === 'twoObj' || l.type === 'twoTxTwoObj') s += l.type === 'twoObj' ? 8 : 2;
    if (named(l, 'columns')) s += 8;
    return s > 0 ? s - 2 * (bodies.length - 2) : undefined;
  },
};

function best(layouts: TemplateLayout[], score: Scorer): { layout: TemplateLayout; score: number } | undefined {
  let top: { layout: TemplateLayout; score: number } | undefined;
  // Equal scores keep the first in the master's list (deterministic; scores, not positions, decide otherwise).
  for (const l of layouts) {
    const s = score(l);
    if (s !== undefined && (!top || s > top.score)) top = { layout: l, score: s };
  }
  return top;
}

/** The master huibao fills: the one the template's own slides use most, else the most complete. */
export function chooseMaster(t: Template): { master: TemplateMaster; why: string } {
  if (t.masters.length === 1) return { master: t.masters[0], why: 'the only master' };
  const layoutsOf = (m: TemplateMaster) => t.layouts.filter((l) => l.master === m.part);
  const complete = (m: TemplateMaster) => Object.values(SCORERS).filter((s) => best(layoutsOf(m), s)).length * 100 + layoutsOf(m).length;
  const used = [...t.masters].sort((a, b) => b.slidesUsing - a.slidesUsing || complete(b) - complete(a));
  const m = used[0];
  return { master: m, why: m.slidesUsing > 0 ? `used by ${m.slidesUsing} of the template's slides` : 'the most complete of the masters' };
}

function choice(layout: TemplateLayout, kind: Kind, why: string): LayoutChoice {
  const title = titleOf(layout);
  const bodies = bodiesOf(layout);
  const body = kind === 'title' || kind === 'section' || kind === 'closing' ? (bodies.find((b) => b.type === 'subTitle') ?? bodies[0]) : (bodies.find((b) => b.type !== 'subTitle') ?? bodies[0]);
  const chrome = (type: string) => layout.placeholders.find((p) => p.type === type && p.box && p.box.w > 0 && p.box.h > 0);
  return { layout, title, body, footer: chrome('ftr'), slideNumber: chrome('sldNum'), why, artwork: layout.artwork };
}

/**
 * Map every kind to a layout of the chosen master. `overrides` (front matter `layouts:`) name a layout per kind,
 * by its name in the template (any master), and win.
 */
export function mapLayouts(t: Template, overrides: Partial<Record<string, string>> = {}, where: { file?: string; line?: number } = {}): TemplateMapping {
  const { master, why: masterWhy } = chooseMaster(t);
  const mine = t.layouts.filter((l) => l.master === master.part);
  const pick = (kind: Exclude<Kind, 'quote'>) => best(mine, SCORERS[kind]);
  const kinds = {} as Record<Kind, LayoutChoice>;

  // A layout with a title placeholder, else any: a template of artwork only still gets its master on every slide.
  const anyTitled = mine.find((l) => titleOf(l));
  const fallback = anyTitled ?? [...mine].sort((a, b) => a.placeholders.length - b.placeholders.length)[0];
  if (!fallback) throw new HuibaoError(`the template's master "${master.name}" has no slide layouts`, { file: t.file });

  const title = pick('title');
  kinds.title = title ? choice(title.layout, 'title', 'title placeholders' + (named(title.layout, 'title') ? ' and name' : '')) : choice(fallback, 'title', 'no title-slide layout: the first layout with a title');
  const content = pick('content');
  const titleOnly = mine.find((l) => named(l, 'titleOnly') || l.type === 'titleOnly');
  kinds.content = content
    ? choice(content.layout, 'content', 'a title and one body placeholder' + (named(content.layout, 'content') ? ' and name' : ''))
    : titleOnly
      ? choice(titleOnly, 'content', 'no title-and-content layout: title only, the body below it')
      : choice(fallback, 'content', 'no title-and-content layout');
  const section = pick('section');
  kinds.section = section ? choice(section.layout, 'section', section.layout.type === 'secHead' ? 'section header type' : 'section name') : { ...kinds.title, why: 'no section layout: as the title slide' };
  const agenda = pick('agenda');
  kinds.agenda = agenda ? choice(agenda.layout, 'agenda', 'agenda name') : { ...kinds.content, why: 'no agenda layout: as content' };
  kinds.quote = { ...kinds.content, why: 'as content' };
  const closing = pick('closing');
  kinds.closing = closing ? choice(closing.layout, 'closing', 'closing name') : { ...kinds.title, why: 'no closing layout: as the title slide' };
  const columns = pick('columns');
  kinds.columns = columns ? choice(columns.layout, 'columns', 'two body placeholders') : { ...kinds.content, why: 'no two-content layout: as content' };

  for (const [kind, name] of Object.entries(overrides)) {
    if (name === undefined) continue;
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new HuibaoError(`layouts: "${kind}" is not a slide kind huibao maps (${KINDS.join(', ')})`, where);
    }
    const wanted = name.trim().toLowerCase();
    const layout = t.layouts.find((l) => l.master === master.part && l.name.trim().toLowerCase() === wanted) ?? t.layouts.find((l) => l.name.trim().toLowerCase() === wanted);
    if (!layout) {
      throw new HuibaoError(`layouts: ${kind}: the template has no layout named "${name}" (it has: ${t.layouts.map((l) => `"${l.name}"`).join(', ')})`, where);
    }
    kinds[kind as Kind] = choice(layout, kind as Kind, 'front matter layouts:');
  }
  // Artwork that lives on example slides: kinds whose layout has none borrow the cover's (section, closing) or the
  // inner page's (agenda, quote, columns) picture, without its text positions.
  const borrow = (kind: Kind, from: Kind) => {
    const donor = kinds[from].artwork;
    if (!kinds[kind].artwork && donor) kinds[kind] = { ...kinds[kind], artwork: { image: donor.image } };
  };
  borrow('section', 'title');
  borrow('closing', 'title');
  for (const k of ['agenda', 'quote', 'columns'] as const) borrow(k, 'content');
  return { master, masterWhy, kinds };
}
