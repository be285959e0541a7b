// Designed layouts for one source slide: the agenda as numbered blocks, section pages with a numeral, and
// content slides in the first layout their shape allows that fits (choose.ts), falling back — and saying so —
// to simpler ones, ending with bullets, which shrink and split and so always fit.
import type { DesignName, FitReport, Inline, LaidSlide } from '../model.js';
import { candidates, requested, type Candidate } from './choose.js';
import { layoutContent } from './content.js';
import { checkRoom, checkSplit } from './limits.js';
import { runsText } from './units.js';
import type { LayoutContext } from './layouts/context.js';
import { agendaBlocks } from './layouts/agenda.js';
import { sectionNumeral } from './layouts/section.js';
import { cards } from './layouts/cards.js';
import { bigNumber } from './layouts/big-number.js';
import { timeline } from './layouts/timeline.js';
import { columns } from './layouts/columns.js';
import { imageText } from './layouts/image-text.js';
import { chartText } from './layouts/chart-text.js';
import { statement } from './layouts/statement.js';

export interface Designed {
  /** A layout request that could not be honoured. */
  warning?: { line: number; message: string };
  /** Empty: not handled here after all (the plain path lays the slide out; `reports` says why). */
  slides: LaidSlide[];
  reports: FitReport[];
  design: DesignName;
  why: string;
}

/**
 * undefined: a slide the plain path lays out as before (title, closing).
 * @param titles section titles as written: as the section page shows them, and as the agenda lists them (without note marks)
 */
export function designed(ctx: LayoutContext, titles: { section: ReadonlyMap<number, Inline[]>; agenda: ReadonlyMap<number, Inline[]> }, file?: string): Designed | undefined {
  const { slide } = ctx;
  const report = (message: string): FitReport => ({ line: slide.src.line, slide: ctx.index, title: runsText(slide.title), message });
  switch (slide.layout) {
    case 'title':
    case 'closing':
      return undefined;
    case 'section': {
      if (slide.section === undefined || !slide.title) return undefined;
      const s = sectionNumeral({ number: slide.section, title: titles.section.get(slide.section) ?? slide.title }, ctx);
      return s ? { slides: [s], reports: [], design: 'section', why: `section ${slide.section}, numeral and title` } : undefined;
    }
    case 'agenda': {
      const entries = [...titles.agenda.entries()].sort((a, b) => a[0] - b[0]);
      const title = slide.title ?? [{ text: ctx.lang.startsWith('zh') ? '目录' : 'Agenda' }];
      const s = agendaBlocks({ title, entries }, ctx);
      if (s) return { slides: [s], reports: [], design: 'agenda', why: `${entries.length} sections as numbered blocks${entries.length >= 5 ? ' in two columns' : ''}` };
      // Reported under the title the agenda shows (目录 when the author gave none), like its list's own reports.
      if (entries.length >= 2 && entries.length <= 8) return { slides: [], reports: [{ ...report('agenda blocks did not fit; a numbered list instead'), title: runsText(title) }], design: 'agenda', why: '' };
      return undefined;
    }
  }

  const reports: FitReport[] = [];
  const list: Candidate[] = [];
  const ask = slide.layoutRequest;
  let warning: Designed['warning'];
  const auto = candidates(slide);
  if (ask) {
    const hit = ask.name === 'bullets' ? undefined : requested(slide, ask.name as DesignName);
    if (hit) list.push(hit);
    else if (ask.name === 'bullets') list.push({ design: 'bullets', why: 'asked for' });
    // requested() looks among the automatic candidates first: a miss means none of them is the asked-for design.
    else warning = { line: ask.line, message: `layout "${ask.name}" (${ask.origin}) cannot take this slide's content; ${auto[0].design} instead` };
  }
  list.push(...auto.filter((c) => !list.some((l) => l.design === c.design)));
  for (const c of list) {
    const s = run(c, ctx);
    if (s) return { slides: [s], reports, design: c.design, why: c.why, warning };
    if (isPlain(c)) {
      list.splice(list.indexOf(c) + 1);
      break;
    }
    reports.push(report(`${c.design} did not fit at ${ctx.theme.sizes.minBody} pt (${c.why}); ${nextName(list, c)} instead`));
  }
  // The plain form: title and blocks, shrunk and split by the fit engine. Every list ends in a plain candidate
  // (candidates() always adds one) and the loop cuts the list there: `last` is it.
  const last = list[list.length - 1];
  checkRoom(slide, ctx.bodyRegion, ctx.theme, file);
  const r = layoutContent({
    slide, title: slide.title, theme: ctx.theme, titleRegion: ctx.titleRegion, bodyRegion: ctx.bodyRegion, lang: ctx.lang, index: ctx.index,
    titleColor: ctx.titleColor, textColor: ctx.textColor, titleAlign: ctx.titleAlign, titleBold: ctx.titleBold, images: ctx.images,
    boost: slide.layout === 'quote' ? 4 : 0,
  });
  checkSplit(slide, r.slides.length, ctx.theme, file);
  const design = last.design;
  for (const s of r.slides) s.design = design;
  const first = list[0];
  return { slides: r.slides, reports: [...reports, ...r.reports], design, why: isPlain(first) ? first.why : last.why, warning };
}

const isPlain = (c: Candidate) => c.design === 'bullets' || c.design === 'table' || c.design === 'code' || c.design === 'quote' || c.design === 'chart';

/** The candidate tried after c, which is not plain: a plain one always comes after it. */
function nextName(list: Candidate[], c: Candidate): string {
  return list[list.indexOf(c) + 1].design;
}

function run(c: Candidate, ctx: LayoutContext): LaidSlide | undefined {
  switch (c.design) {
    case 'cards':
      return cards(c.content, ctx);
    case 'big-number':
      return bigNumber(c.content, ctx);
    case 'timeline':
      return timeline(c.content, ctx);
    case 'columns':
      return columns(c.content, ctx);
    case 'image-text':
      return 'chart' in c.content ? chartText(c.content, ctx) : imageText(c.content, ctx);
    case 'statement':
      return statement(c.content, ctx);
    default:
      return undefined;
  }
}
