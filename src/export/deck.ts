// A deck (its .pptx bytes, and what its speaker script holds) → the exported bytes: the PDF, slide pictures,
// handout or script. Nothing is written here: `huibao export` writes files atomically, the library hands bytes back.
import type { LaidOutDeck } from '../model.js';
import type { Theme } from '../theme/types.js';
import type { ScriptInput, ScriptSlide } from './script.js';
import { handoutPdf, pdfPageCount, pdfToPngs, pptxToPdf, scriptFile } from './index.js';
import { pptxScript } from './pptx-text.js';

export type ExportKind = 'pdf' | 'png' | 'handout' | 'script';
export const EXPORT_KINDS: readonly ExportKind[] = ['pdf', 'png', 'handout', 'script'];

/** What an export starts from: the deck's .pptx, and its script when asked for (built, or read back from the .pptx). */
export interface ExportSource {
  pptx: Uint8Array;
  script: () => Promise<ScriptInput>;
}

export interface ExportParams {
  kind: ExportKind;
  /** png: resolution of the pictures. */
  dpi: number;
  /** handout: slides on each A4 page. */
  perPage: 2 | 3 | 6;
  /** script: PDF (drawn by LibreOffice) or Word .docx (written directly). */
  format: 'pdf' | 'docx';
  /** Seconds allowed for each LibreOffice or pdftoppm run. */
  timeoutS: number;
}

export interface Exported {
  /** The PDF (pdf, handout, script) or the .docx (script as docx); empty for png. */
  bytes: Uint8Array;
  /** png: one picture a slide, in order; empty otherwise. */
  pictures: Uint8Array[];
  /** PDF pages, or pictures; 0 for a .docx. */
  pages: number;
  /** Slides the script covers (script only). */
  slides?: number;
}

/** Run one export. Throws HuibaoError (exit 3) when LibreOffice or pdftoppm is missing, fails or times out. */
export async function exportSource(src: ExportSource, p: ExportParams): Promise<Exported> {
  const run = { timeoutS: p.timeoutS };
  if (p.kind === 'script') {
    const s = await src.script();
    const bytes = await scriptFile(s, p.format, run);
    return { bytes, pictures: [], pages: p.format === 'pdf' ? pdfPageCount(bytes) : 0, slides: s.slides.length };
  }
  const pdf = await pptxToPdf(src.pptx, run);
  if (p.kind === 'pdf') return { bytes: pdf, pictures: [], pages: pdfPageCount(pdf) };
  if (p.kind === 'png') {
    const pictures = await pdfToPngs(pdf, p.dpi, run);
    return { bytes: new Uint8Array(), pictures, pages: pictures.length };
  }
  const pngs = await pdfToPngs(pdf, p.perPage === 2 ? 150 : 110, run);
  const { w, h } = pngSize(pngs[0]);
  const s = await src.script();
  const bytes = await handoutPdf({ title: s.title, lang: s.lang, fonts: s.fonts, slides: pngs, ratio: h / w }, p.perPage, run);
  return { bytes, pictures: [], pages: pdfPageCount(bytes) };
}

/** PNG width and height from its IHDR chunk. */
export function pngSize(png: Uint8Array): { w: number; h: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { w: v.getUint32(16), h: v.getUint32(20) };
}

/** Script content from a laid-out deck: titles and notes in slide order (continuation slides too). */
export function scriptFromLaid(laid: LaidOutDeck, theme: Theme, times?: (string | undefined)[], summary?: string): ScriptInput {
  const slides = laid.slides.map((s, i): ScriptSlide => {
    const text = s.items.flatMap((it) => (it.kind === 'text' && it.role !== 'title' ? it.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : [])).filter((t) => t.trim());
    const title = s.titleText + (s.parts && s.parts > 1 && s.part ? ` (${s.part}/${s.parts})` : '');
    return { title, notes: s.notes.filter((n) => n.trim()), text, time: times?.[i] };
  });
  const f = theme.fonts.body;
  return { title: laid.meta.title, lang: laid.meta.lang, fonts: { latin: f.latin, ea: f.eastAsian }, slides, summary };
}

/** The script of a built deck, with each slide's speaking time and the whole talk's (from the notes, at the deck's pace). */
export async function scriptOfBuild(laid: LaidOutDeck, theme: Theme, markdown: string): Promise<ScriptInput> {
  const { speakingReport, formatRange } = await import('../lint/timing.js');
  const s = speakingReport(laid, markdown);
  return scriptFromLaid(laid, theme, s.time.slides.map((x) => formatRange(x.seconds).replace(/^about /, '≈ ')), s.summary.replace(/^speaking time/, 'Speaking time'));
}

/** The script read back from a .pptx someone else built (titles and notes; no speaking times). */
export function scriptOfPptx(bytes: Uint8Array, file: string): ScriptInput {
  const s = pptxScript(bytes, file);
  return { ...s, lang: /[\u3400-\u9fff]/.test(JSON.stringify(s.slides.slice(0, 5))) ? 'zh-CN' : 'en', fonts: { latin: 'Arial', ea: 'Microsoft YaHei' } };
}
