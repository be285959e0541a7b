// The speaker script (讲稿): every slide's title and its notes in reading order, on A4 pages to print and speak
// from. Slides without notes show their own text, greyed, so the speaker still sees what is on screen. Lines are
// broken by the layout stage's wrapper (the same one the slides use) and paginated here; Draw only draws them.
import { wrapRuns } from '../layout/wrap.js';
import { fodg, PAGE_H_CM, PAGE_W_CM, type PageItem, type TextStyleSpec } from './fodg.js';

export interface ScriptSlide {
  title: string;
  notes: string[];
  /** The slide's own text, shown when there are no notes. */
  text: string[];
  /** "≈ 1 min 20 s" and the like; optional. */
  time?: string;
}

export interface ScriptInput {
  title: string;
  lang: string;
  fonts: { latin: string; ea: string };
  slides: ScriptSlide[];
  /** A line under the title: total speaking time, date… */
  summary?: string;
}

const X = 2.0;
const W = PAGE_W_CM - 2 * X;
const TOP = 2.0;
const BOTTOM = PAGE_H_CM - 2.0;
const CM_PER_PT = 2.54 / 72;

const STYLES = {
  title: { style: { sizePt: 18, bold: true }, pitch: 26, after: 6 },
  summary: { style: { sizePt: 10, color: '777777' }, pitch: 15, after: 10 },
  head: { style: { sizePt: 13, bold: true }, pitch: 19, after: 6 },
  note: { style: { sizePt: 12 }, pitch: 20, after: 6 },
  muted: { style: { sizePt: 10.5, color: '777777' }, pitch: 16, after: 4 },
} satisfies Record<string, { style: TextStyleSpec; pitch: number; after: number }>;

export function scriptPages(s: ScriptInput): PageItem[][] {
  const zh = /^zh/.test(s.lang);
  const faces = { latin: s.fonts.latin, eastAsian: s.fonts.ea };
  const pages: PageItem[][] = [[]];
  let y = TOP;
  const page = () => pages[pages.length - 1];
  const newPage = () => {
    pages.push([]);
    y = TOP;
  };
  const wrap = (text: string, st: TextStyleSpec, widthCm: number) =>
    wrapRuns([{ text, bold: st.bold }], { style: { faces, sizePt: st.sizePt, bold: st.bold }, maxWidthPt: widthCm / CM_PER_PT }).lines;
  /** A paragraph, split across pages by lines; `keep` more lines must follow on the same page (headings). */
  const para = (text: string, kind: keyof typeof STYLES, keep = 0, widthCm = W) => {
    const k = STYLES[kind];
    let lines = wrap(text, k.style, widthCm);
    const pitchCm = k.pitch * CM_PER_PT;
    if (y + (lines.length + keep) * pitchCm > BOTTOM && y > TOP && (keep > 0 || lines.length <= 2)) newPage();
    while (lines.length) {
      const room = Math.max(1, Math.floor((BOTTOM - y) / pitchCm));
      const here = lines.slice(0, room);
      page().push({ kind: 'text', lines: here, x: X, y, w: widthCm, style: k.style, pitchPt: k.pitch });
      y += here.length * pitchCm;
      lines = lines.slice(room);
      if (lines.length) newPage();
    }
    y += k.after * CM_PER_PT;
  };
  para(s.title, 'title');
  if (s.summary) para(s.summary, 'summary');
  s.slides.forEach((sl, i) => {
    y += 8 * CM_PER_PT;
    const head = `${i + 1}　${sl.title || (zh ? '（无标题）' : '(untitled)')}`;
    const timeW = sl.time ? 4 : 0;
    const yHead = (() => {
      para(head, 'head', 2, W - timeW);
      return y - STYLES.head.after * CM_PER_PT;
    })();
    if (sl.time) page().push({ kind: 'text', lines: [sl.time], x: X + W - timeW, y: yHead - STYLES.head.pitch * CM_PER_PT, w: timeW, style: { sizePt: 10, color: '777777' }, pitchPt: STYLES.head.pitch, align: 'right' });
    page().push({ kind: 'line', x1: X, y1: yHead + 0.05, x2: X + W, y2: yHead + 0.05, color: '888888' });
    y += 0.1;
    if (sl.notes.length) for (const n of sl.notes) for (const line of n.split('\n')) para(line, 'note');
    else if (sl.text.length) for (const t of sl.text) para(t, 'muted');
    else para(zh ? '（无备注）' : '(no notes)', 'muted');
  });
  return pages;
}

export function scriptDocument(s: ScriptInput): string {
  return fodg({ title: s.title, lang: s.lang, fonts: s.fonts, pages: scriptPages(s) });
}
