// Stage 3: Deck + Theme → LaidOutDeck. Every box placed, every font size chosen here; the renderer decides nothing.
import type { Box, Deck, FitReport, ImageAsset, Inline, LaidOutDeck, LaidSlide, LayoutChoice, Slide } from '../model.js';
import type { Theme } from '../theme/types.js';
import { resolveRegion, slideSize } from './geometry.js';
import { defaultRegions } from '../theme/regions.js';
import { hasOwnNumber, sectionLabel } from './numbering.js';
import { layoutContent } from './content.js';
import { fitTitle, titleBox } from './titles.js';
import { runsText, unlinked } from './units.js';
import { checkRoom, checkSplit } from './limits.js';
import { designStyles } from '../theme/layout-styles.js';
import { designed, type Designed } from './designed.js';
import { attachBackgrounds } from './background.js';
import { reshapeSlide } from './overlong.js';
import { citedMarks, placePageNotes, withoutMarks } from './page-notes.js';

export interface LayoutOptions {
  images?: ReadonlyMap<string, ImageAsset>;
  /** The slide size in inches when a template sets it (any size, e.g. 10 × 5.625); default: from the aspect. */
  size?: { w: number; h: number };
}

export function layout(deck: Deck, theme: Theme, opts: LayoutOptions = {}): LaidOutDeck {
  const size = opts.size ?? slideSize(deck.meta.aspect);
  const lang = deck.meta.lang;
  const zh = lang.startsWith('zh');
  const out: LaidSlide[] = [];
  const fit: FitReport[] = [];
  const choices: LayoutChoice[] = [];
  const warnings: { line: number; message: string }[] = [];
  const auto = deck.meta.layouts !== 'plain';
  const designs = designStyles(theme, lang);

  // Section titles as shown (numbered when the author did not number them), for section slides and the agenda.
  const sectionTitles = new Map<number, Inline[]>();
  // Designed agenda and section pages show the number as a numeral of its own: titles as written.
  const rawSectionTitles = new Map<number, Inline[]>();
  // The agenda (and the timing table's sectionTitle) repeat a section title without the note marks it cites: the
  // notes are shown on the section page only.
  const agendaTitles = new Map<number, Inline[]>();
  const rawAgendaTitles = new Map<number, Inline[]>();
  // A section title too long for its slide is cut the way its slide will be (src/layout/overlong.ts).
  const secStyle = theme.layouts.section;
  const secCtx = { theme, titleRegion: secStyle.title ? resolveRegion(secStyle.title, size) : defaultRegions('section', theme, size).title, bodyRegion: defaultRegions('section', theme, size).body, titleBold: secStyle.titleBold ?? true, lang };
  for (const written of deck.slides) {
    const s = written.layout === 'section' ? reshapeSlide(written, secCtx).slide : written;
    if (s.layout === 'section' && s.section !== undefined && s.title) {
      rawSectionTitles.set(s.section, s.title);
      const own = hasOwnNumber(runsText(s.title));
      const label = own ? '' : sectionLabel(s.section, theme.numbering.sections, lang);
      sectionTitles.set(s.section, label ? [{ text: label }, ...s.title] : s.title);
      const bare = withoutMarks(s.title, citedMarks(s));
      rawAgendaTitles.set(s.section, bare);
      agendaTitles.set(s.section, label ? [{ text: label }, ...bare] : bare);
    }
  }

  for (let slide of deck.slides) {
    const index = out.length + 1;
    // A closing page asked for (Marp's last `lead` slide, `{.closing}`): a title, with at most short lines under it.
    if (slide.layoutRequest?.name === 'closing' && slide.title && slide.blocks.every((b) => b.kind === 'paragraph')) slide = { ...slide, layout: 'closing' };
    const style = theme.layouts[slide.layout];
    const titleColor = style.titleColor ?? theme.palette.title;
    const textColor = style.textColor ?? theme.palette.text;
    const regions = defaultRegions(slide.layout, theme, size);
    const titleRegion = style.title ? resolveRegion(style.title, size) : regions.title;
    const bodyRegion = style.body ? resolveRegion(style.body, size) : regions.body;
    const titleAlign = style.titleAlign === 'center' ? 'c' : 'l';
    const titleBold = style.titleBold ?? true;
    // Footnotes cited in a section or closing title: under it (src/layout/page-notes.ts).
    const pageNotes = (page: LaidSlide) => {
      const w = placePageNotes(slide, page, { theme, bodyRegion, color: textColor, align: titleAlign });
      if (w) warnings.push(w);
    };
    // Too-wide tables, too-deep nesting, too-long titles: reshaped first, with a warning each (src/layout/overlong.ts).
    const titled = slide.layout === 'title' && !slide.title ? { ...slide, title: [{ text: deck.meta.title }] } : slide;
    const reshaped = reshapeSlide(titled, { theme, titleRegion, bodyRegion, titleBold, lang, file: deck.file });
    slide = reshaped.slide;
    warnings.push(...reshaped.warnings);
    const base = { layout: slide.layout, notes: slide.notes, section: slide.section, src: slide.src };
    if (auto) {
      const sec = theme.layouts.section;
      const sectionRegion = sec.title ? resolveRegion(sec.title, size) : defaultRegions('section', theme, size).title;
      const sectionTitleColor = sec.titleColor ?? theme.palette.title;
      const ctx = { slide, theme, designs, lang, size, titleRegion, bodyRegion, index, titleColor, textColor, titleAlign, titleBold, images: opts.images, sectionRegion, sectionTitleColor } as const;
      const d: Designed | undefined = designed(ctx, { section: rawSectionTitles, agenda: rawAgendaTitles }, deck.file);
      if (d) {
        if (d.warning) warnings.push(d.warning);
        if (d.slides.length) {
          out.push(...d.slides);
          // designed() draws section pages (never closing ones: those take the plain path below).
          if (slide.layout === 'section') pageNotes(d.slides[0]);
          fit.push(...d.reports);
          choices.push({ line: slide.src.line, slide: index, title: d.slides[0].titleText, design: d.design, why: d.why });
          continue;
        }
        fit.push(...d.reports);
      }
    }

    switch (slide.layout) {
      case 'title': {
        const items = [];
        const t = slide.title!; // every title slide has one by now (`titled` above)
        const tf = fitTitle({ runs: t, faces: theme.fonts.title, mono: theme.fonts.mono, maxPt: Math.round(theme.sizes.title * 1.25), minPt: theme.sizes.minTitle, maxLines: 3, box: titleRegion, lineSpacing: 1.15, bold: titleBold });
        items.push(titleBox('title', tf, titleRegion, { color: titleColor, align: titleAlign, bold: titleBold, valign: 'bottom' }));
        const lines: Inline[][] = [];
        if (slide.subtitle) lines.push(slide.subtitle);
        const byline = [deck.meta.author, deck.meta.date].filter(Boolean).join(zh ? '　' : ' · ');
        if (byline) lines.push([{ text: byline }]);
        // Footnotes cited on a cover (src/parse/cover.ts): under its lines, as under any slide's content.
        for (const b of slide.blocks) if (b.kind === 'paragraph') lines.push(unlinked(b.runs)); // no link blue on a title page (cover.ts)
        let y = bodyRegion.y;
        lines.forEach((runs, i) => {
          const box: Box = { ...bodyRegion, y, h: i === 0 && slide.subtitle ? bodyRegion.h * 0.55 : bodyRegion.h * 0.4 };
          const sizeMax = i === 0 && slide.subtitle ? theme.sizes.subtitle : Math.max(theme.sizes.minBody, theme.sizes.subtitle - 4);
          const f = fitTitle({ runs, faces: theme.fonts.body, mono: theme.fonts.mono, maxPt: sizeMax, minPt: Math.min(sizeMax, theme.sizes.minBody), maxLines: 2, box, lineSpacing: 1.2 });
          const tb = titleBox('subtitle', f, box, { color: textColor, align: titleAlign, valign: 'top', font: 'body' });
          items.push(tb);
          y += tb.h;
        });
        out.push({ ...base, items, titleText: runsText(t) });
        break;
      }
      case 'section':
      case 'closing': {
        const t = slide.layout === 'section' ? (sectionTitles.get(slide.section ?? 0) ?? slide.title ?? []) : (slide.title ?? []);
        const maxPt = slide.layout === 'section' ? theme.sizes.section : Math.round(theme.sizes.section * 1.2);
        const tf = fitTitle({ runs: t, faces: theme.fonts.title, mono: theme.fonts.mono, maxPt, minPt: theme.sizes.minTitle, maxLines: 3, box: titleRegion, lineSpacing: 1.15, bold: titleBold });
        const items = [titleBox('title', tf, titleRegion, { color: titleColor, align: titleAlign, bold: titleBold, valign: 'middle' })];
        const text = runsText(t);
        const page: LaidSlide = { ...base, items, titleText: text }; // sectionTitle: below, for every slide of a section
        out.push(page);
        pageNotes(page);
        break;
      }
      case 'agenda': {
        const entries = [...agendaTitles.entries()].sort((a, b) => a[0] - b[0]);
        const agendaSlide: Slide = {
          ...slide,
          blocks: entries.length
            ? [{ kind: 'list', ordered: false, items: entries.map(([, runs]) => ({ runs, children: [], src: slide.src })), src: slide.src }]
            : [],
        };
        checkRoom(slide, bodyRegion, theme, deck.file);
        const title = slide.title ?? [{ text: zh ? '目录' : 'Agenda' }];
        const r = layoutContent({ slide: agendaSlide, title, theme, titleRegion, bodyRegion, lang, index, titleColor, textColor, titleAlign, titleBold, images: opts.images, boost: 4 });
        // Agenda entries carry their own numbers: no bullets.
        for (const s of r.slides) for (const item of s.items) if (item.kind === 'text' && item.role === 'body') {
          item.role = 'agenda';
          for (const p of item.paragraphs) Object.assign(p, { bullet: undefined, marginLeftPt: 0, indentPt: 0 });
        }
        checkSplit(slide, r.slides.length, theme, deck.file);
        out.push(...r.slides);
        fit.push(...r.reports);
        break;
      }
      default: {
        checkRoom(slide, bodyRegion, theme, deck.file);
        const r = layoutContent({
          slide, title: slide.title, theme, titleRegion, bodyRegion, lang, index, titleColor, textColor, titleAlign, titleBold,
          images: opts.images, boost: slide.layout === 'quote' ? 4 : 0,
        });
        checkSplit(slide, r.slides.length, theme, deck.file);
        out.push(...r.slides);
        fit.push(...r.reports);
      }
    }
  }
  // Section names for every slide (PowerPoint sections, reports).
  for (const s of out) if (s.section !== undefined) s.sectionTitle = runsText(agendaTitles.get(s.section));
  for (const s of out) s.design ??= s.layout === 'content' ? 'bullets' : s.layout;
  attachBackgrounds(deck, out, theme, opts.images);
  // Per-slide footer and page-number switches travel with every slide made from that source slide (render draws them).
  const bySrc = new Map(deck.slides.map((s) => [s.src, s]));
  for (const s of out) {
    const from = bySrc.get(s.src);
    if (from?.footer !== undefined) s.footer = from.footer;
    if (from?.slideNumber !== undefined) s.slideNumber = from.slideNumber;
  }
  return { meta: deck.meta, widthIn: size.w, heightIn: size.h, slides: out, fit, choices, warnings };
}
export { MAX_PARTS } from './limits.js';
