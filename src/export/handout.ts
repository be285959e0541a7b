// Handouts: 2, 3 or 6 slides to an A4 portrait page, composed from the slide pictures and converted by
// LibreOffice Draw (Impress's own handout pages cannot be exported from the command line).
// 2: two large slides. 3: slides left, ruled lines for notes right. 6: two columns of three.
import { fodg, PAGE_H_CM, PAGE_W_CM, type PageItem } from './fodg.js';

export type PerPage = 2 | 3 | 6;

export interface HandoutInput {
  title: string;
  lang: string;
  fonts: { latin: string; ea: string };
  /** One PNG per slide, in order. */
  slides: Uint8Array[];
  /** Slide height / width (0.5625 for 16:9). */
  ratio: number;
}

const MARGIN_X = 1.8;
const TOP = 2.0;
const BOTTOM = PAGE_H_CM - 1.8;
const ROOM_W = PAGE_W_CM - 2 * MARGIN_X;
const ROOM_H = BOTTOM - TOP;
const CAPTION = 0.6;

export interface Grid {
  cols: number;
  rows: number;
  /** Picture width (cm); its height is width × ratio. */
  picW: number;
  /** Ruled lines beside each slide (the 3-up page). */
  lines: boolean;
}

export function grid(perPage: PerPage, ratio: number): Grid {
  const fit = (maxW: number, rows: number) => Math.min(maxW, (ROOM_H / rows - CAPTION - 0.5) / ratio);
  if (perPage === 2) return { cols: 1, rows: 2, picW: fit(15, 2), lines: false };
  if (perPage === 3) return { cols: 1, rows: 3, picW: fit(8.4, 3), lines: true };
  return { cols: 2, rows: 3, picW: fit(8.2, 3), lines: false };
}

export function handoutPages(h: HandoutInput, perPage: PerPage): PageItem[][] {
  const g = grid(perPage, h.ratio);
  const picH = g.picW * h.ratio;
  const cellH = ROOM_H / g.rows;
  const per = g.cols * g.rows;
  const count = Math.ceil(h.slides.length / per);
  const small = { sizePt: 8, color: '777777' };
  const pages: PageItem[][] = [];
  for (let p = 0; p < count; p++) {
    const items: PageItem[] = [
      { kind: 'text', lines: [h.title], x: MARGIN_X, y: 1.0, w: ROOM_W, style: small, pitchPt: 10 },
      { kind: 'line', x1: MARGIN_X, y1: 1.5, x2: PAGE_W_CM - MARGIN_X, y2: 1.5 },
      { kind: 'text', lines: [`${p + 1} / ${count}`], x: MARGIN_X, y: PAGE_H_CM - 1.2, w: ROOM_W, style: small, pitchPt: 10, align: 'center' },
    ];
    for (let k = 0; k < per; k++) {
      const i = p * per + k;
      const png = h.slides[i];
      if (!png) break;
      const r = Math.floor(k / g.cols);
      const c = k % g.cols;
      const colW = g.lines ? g.picW : ROOM_W / g.cols;
      const x = g.lines ? MARGIN_X : MARGIN_X + c * colW + (colW - g.picW) / 2;
      const y = TOP + r * cellH + (cellH - picH - CAPTION) / 2;
      items.push({ kind: 'picture', png, x, y, w: g.picW, h: picH, name: `slide ${i + 1}` });
      items.push({ kind: 'text', lines: [String(i + 1)], x, y: y + picH + 0.12, w: g.picW, style: small, pitchPt: 10 });
      if (g.lines) {
        const x1 = MARGIN_X + g.picW + 0.8;
        for (let ly = y + 0.8; ly <= y + picH + 0.01; ly += 0.8) items.push({ kind: 'line', x1, y1: ly, x2: PAGE_W_CM - MARGIN_X, y2: ly });
      }
    }
    pages.push(items);
  }
  return pages;
}

export function handoutDocument(h: HandoutInput, perPage: PerPage): string {
  return fodg({ title: h.title, lang: h.lang, fonts: h.fonts, pages: handoutPages(h, perPage) });
}
