// The laid-out deck drawn as HTML: every box where the .pptx puts it (inches → CSS inches, 96 px each), every
// paragraph at its final size and exact line pitch, and the lines broken where the fit engine broke them (the
// layout's own wrapper, so the author sees what the fitter decided). Theme backgrounds, decorations, logo, footer
// and slide number as the slide layouts draw them. Item kinds this file does not know are drawn as a labelled
// frame, so a newer layout never breaks the preview.
import type { ChartBox, ImageBox, Inline, LaidOutDeck, LaidParagraph, LaidSlide, TableBox, TextBox } from '../model.js';
import type { Theme, LayoutStyle } from '../theme/types.js';
import { wrapRuns } from '../layout/wrap.js';
import { CELL_MARGIN_X, CELL_MARGIN_Y } from '../layout/style.js';
import { resolveRegion, DEFAULT_FOOTER, DEFAULT_SLIDE_NUMBER, SHOWS_CHROME } from '../theme/regions.js';
import { layoutSpec, styleKey } from '../render/layouts.js';
import type { FontFaces } from '../layout/measure.js';
import { chartSvg } from './chart-svg.js';

/** Pictures the page fetches by id (/img/<id>), so none is read from disk on request. */
export interface PictureStore {
  add(key: string, load: () => { data: Uint8Array; mime: string } | undefined): string | undefined;
}

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const FALLBACK_FACES = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", sans-serif`;
export const cssFaces = (f: FontFaces): string => `"${f.latin.replace(/"/g, '')}", "${f.eastAsian.replace(/"/g, '')}", ${FALLBACK_FACES}`;

const inch = (v: number) => `${+v.toFixed(4)}in`;
const pt = (v: number) => `${+v.toFixed(2)}pt`;
const boxStyle = (b: { x: number; y: number; w: number; h: number }) => `left:${inch(b.x)};top:${inch(b.y)};width:${inch(b.w)};height:${inch(b.h)}`;

// In Chinese text curly quotes, the ellipsis, the dash and the middle dot belong to the East-Asian face (full
// width), as the renderer writes them (render/txbody.ts); a browser would take them from the Latin face.
const CJK_PUNCT = /([“”‘’…—·]+)/;
let eaPunct: string | undefined;

/** The body's East-Asian face with installed CJK faces behind it: what a character bullet is drawn in (its buFont). */
const eaFaces = (theme: Theme) => `"${theme.fonts.body.eastAsian.replace(/"/g, '')}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

// LibreOffice (the render the preview is compared with) widens the gap between an ideograph and a Latin letter or
// digit (its "Asian/non-Asian autospace", on by default): measured 0.232 em at 24 pt on the gov-blue body text
// (7.4 px at 96 dpi, "汉字ABCD汉字" in test/preview). Chromium's text-autospace does not apply inside white-space:pre.
const IDEO = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const ALNUM = /[A-Za-z0-9]/;
const AUTOSPACE = '<span class="as"></span>';

/** True when LibreOffice puts its autospace between the characters `a` and `b`. */
export function autospaced(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return (IDEO.test(a) && ALNUM.test(b)) || (ALNUM.test(a) && IDEO.test(b));
}

/** A line's runs as HTML, with the autospace inside runs and where one run ends and the next begins. */
function lineHtml(runs: readonly Inline[], theme: Theme): string {
  let prev: string | undefined;
  return runs
    .map((r) => {
      if (r.text === '') return '';
      const gap = !r.code && autospaced(prev, r.text[0]) ? AUTOSPACE : '';
      prev = r.code ? undefined : r.text[r.text.length - 1];
      return gap + runHtml(r, theme);
    })
    .join('');
}

/** Text as HTML with the autospace between ideographs and Latin letters or digits. */
function spaced(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (autospaced(text[i - 1], text[i])) {
      out += esc(text.slice(from, i)) + AUTOSPACE;
      from = i;
    }
  }
  return out + esc(text.slice(from));
}

function runHtml(r: Inline, theme: Theme, text = r.text): string {
  if (text === '') return '';
  if (eaPunct && !r.code && CJK_PUNCT.test(text)) {
    return text
      .split(CJK_PUNCT)
      .map((piece, i) => (i % 2 ? `<span style="font-family:${esc(eaPunct!)}">${withoutPunct(r, theme, piece)}</span>` : withoutPunct(r, theme, piece)))
      .join('');
  }
  return withoutPunct(r, theme, text);
}

function withoutPunct(r: Inline, theme: Theme, text: string): string {
  if (text === '') return '';
  const st: string[] = [];
  if (r.bold) st.push('font-weight:700');
  if (r.italic) st.push('font-style:italic');
  if (r.strike) st.push('text-decoration:line-through');
  if (r.code || r.math) st.push(`font-family:${cssFaces(theme.fonts.mono)}`);
  if (r.href) st.push(`color:#${theme.palette.link};text-decoration:underline`);
  const html = r.code ? esc(text) : spaced(text);
  return st.length ? `<span style="${esc(st.join(';'))}">${html}</span>` : html;
}

/**
 * The paragraph's runs cut at the wrapper's line ends. The wrapper returns each line's text; we walk the runs
 * alongside (spaces the wrapper dropped at a break are skipped). Undefined when they cannot be matched.
 */
export function cutLines(runs: readonly Inline[], lines: readonly string[]): Inline[][] | undefined {
  const out: Inline[][] = [];
  let ri = 0;
  let off = 0;
  for (const line of lines) {
    const cur: Inline[] = [];
    let need = line;
    while (need.length > 0) {
      const r = runs[ri];
      if (!r) return undefined;
      const rest = r.text.slice(off);
      if (rest === '') {
        ri++;
        off = 0;
        continue;
      }
      if (need.startsWith(rest.slice(0, Math.min(rest.length, need.length)))) {
        const take = Math.min(rest.length, need.length);
        cur.push({ ...r, text: rest.slice(0, take), breakBefore: undefined });
        need = need.slice(take);
        off += take;
      } else if (/^[\s\u00ad\ufeff]/.test(rest)) off++;
      else return undefined;
    }
    out.push(cur);
  }
  return out;
}

function paragraphHtml(p: LaidParagraph, box: TextBox, theme: Theme, first: boolean): string {
  const faces = theme.fonts[p.font ?? (box.role === 'title' ? 'title' : 'body')];
  const [l, , r] = box.insetPt;
  const style = [
    `font-size:${pt(p.sizePt)}`,
    `line-height:${pt(p.lineSpacingPt)}`,
    `padding-left:${pt(p.marginLeftPt)}`,
    `margin-top:${pt(first ? 0 : p.spaceBeforePt)}`,
    `font-family:${cssFaces(faces)}`,
    p.color ? `color:#${p.color}` : '',
    p.bold ? 'font-weight:700' : '',
    p.italic ? 'font-style:italic' : '',
    `text-align:${p.align === 'c' ? 'center' : p.align === 'r' ? 'right' : 'left'}`,
  ].filter(Boolean);
  // Hard breaks inside the paragraph: the wrapper treats them as line ends too.
  const width = box.w * 72 - l - r - p.marginLeftPt;
  const wrapped = wrapRuns(p.runs, { style: { faces, sizePt: p.sizePt, bold: p.bold }, mono: theme.fonts.mono, maxWidthPt: Math.max(p.sizePt * 2, width) }).lines;
  const cut = cutLines(p.runs, wrapped);
  const bullet = p.number !== undefined ? `${p.number}.` : p.bullet;
  const bu = bullet
    ? `<span class="bu" style="width:${pt(-p.indentPt)};${p.bulletColor ? `color:#${p.bulletColor};` : ''}${p.number === undefined ? `font-size:80%;font-family:${esc(eaFaces(theme))};` : ''}">${esc(bullet)}</span>`
    : '';
  const lines = cut
    ? cut.map((runs, i) => `<div class="ln"${i === 0 && p.indentPt ? ` style="margin-left:${pt(p.indentPt)}"` : ''}>${i === 0 ? bu : ''}${lineHtml(runs, theme) || '&#8203;'}</div>`).join('')
    : `<div class="ln wrap"${p.indentPt ? ` style="text-indent:${pt(p.indentPt)}"` : ''}>${bu}${lineHtml(p.runs, theme)}</div>`;
  return `<div class="p" style="${esc(style.join(';'))}">${lines}</div>`;
}

function textHtml(box: TextBox, theme: Theme, line: number): string {
  const [l, t, r, b] = box.insetPt;
  const style = [
    boxStyle(box),
    `padding:${pt(t)} ${pt(r)} ${pt(b)} ${pt(l)}`,
    `justify-content:${box.valign === 'middle' ? 'center' : box.valign === 'bottom' ? 'flex-end' : 'flex-start'}`,
    box.fill ? `background:#${box.fill}` : '',
    box.lineColor ? `outline:1px solid #${box.lineColor}` : '',
    box.shape === 'ellipse' ? 'border-radius:50%' : box.shape === 'roundRect' ? `border-radius:${inch(box.radiusIn ?? 0.08)}` : '',
    box.role === 'placeholder' ? `border:1.33px dashed #${theme.palette.muted}` : '',
  ].filter(Boolean);
  const bar = box.barColor ? `<div class="bar" style="${boxStyle({ x: box.x, y: box.y, w: 0.08, h: box.h })};background:#${box.barColor}"></div>` : '';
  const paras = box.paragraphs.map((p, i) => paragraphHtml(p, box, theme, i === 0)).join('');
  return `<div class="box text ${esc(box.role)}" data-line="${line}" style="${esc(style.join(';'))}">${paras}</div>${bar}`;
}

function tableHtml(t: TableBox, theme: Theme, line: number): string {
  const cols = t.colW.map((w) => `<col style="width:${inch(w)}">`).join('');
  const cell = (c: { runs: Inline[]; align: string }, tag: string, style: string) =>
    `<${tag} style="${style};text-align:${c.align === 'c' ? 'center' : c.align === 'r' ? 'right' : 'left'}">${c.runs.map((r) => runHtml(r, theme)).join('')}</${tag}>`;
  const pad = `padding:${pt(CELL_MARGIN_Y)} ${pt(CELL_MARGIN_X)};border:0.75pt solid #${t.borderColor}`;
  const head = t.header.length === 0 ? '' : `<tr style="height:${inch(t.rowH[0] ?? 0)}">${t.header.map((c) => cell(c, 'th', `${pad};background:#${t.headerFill};color:#${t.headerColor}`)).join('')}</tr>`;
  const rows = t.rows
    .map((row, i) => `<tr style="height:${inch(t.rowH[i + 1] ?? 0)}">${row.map((c) => cell(c, 'td', `${pad};color:#${t.textColor}${i % 2 === 1 && t.zebraFill ? `;background:#${t.zebraFill}` : ''}`)).join('')}</tr>`)
    .join('');
  const style = `${boxStyle(t)};height:auto;font-size:${pt(t.sizePt)};line-height:${pt(t.lineSpacingPt)};font-family:${cssFaces(theme.fonts.body)}`;
  return `<table class="box table" data-line="${line}" style="${esc(style)}"><colgroup>${cols}</colgroup>${head}${rows}</table>`;
}

function imageHtml(im: ImageBox, theme: Theme, pictures: PictureStore, line: number): string {
  const id = im.data && im.mime ? pictures.add(`slide:${im.path ?? im.alt}:${im.data.length}`, () => ({ data: im.data!, mime: im.mime! })) : undefined;
  if (id) return `<img class="box image" data-line="${line}" alt="${esc(im.alt)}" src="img/${id}" style="${boxStyle(im)}">`;
  return `<div class="box missing" data-line="${line}" style="${boxStyle(im)};border:1.33px dashed #${theme.palette.muted};color:#${theme.palette.muted};font-size:${pt(theme.sizes.minBody)}">[${esc(im.alt)}]</div>`;
}

/** Anything a newer layout places that this file does not draw yet: its frame and its kind. */
function unknownHtml(item: { kind?: unknown; x?: unknown; y?: unknown; w?: unknown; h?: unknown }, line: number): string {
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return `<div class="box unknown" data-line="${line}" style="${boxStyle({ x: n(item.x), y: n(item.y), w: n(item.w), h: n(item.h) })}"><span>${esc(String(item.kind ?? '?'))}</span></div>`;
}

/** Background, decorations, logo, footer and slide number of the slide's layout (as render/masters.ts draws them). */
function chromeHtml(s: LaidSlide, index: number, deck: LaidOutDeck, theme: Theme, pictures: PictureStore, loadFile: (p: string) => { data: Uint8Array; mime: string } | undefined): { background: string; under: string; over: string } {
  const key = styleKey(layoutSpec(s.layout), theme);
  const style: LayoutStyle = theme.layouts[key] ?? {};
  const size = { w: deck.widthIn, h: deck.heightIn };
  const bg = style.background ?? {};
  let background = `background:#${bg.color ?? theme.palette.background}`;
  if (bg.gradient) background = `background:linear-gradient(${bg.gradient.angle + 90}deg, #${bg.gradient.from}, #${bg.gradient.to})`;
  if (bg.image) {
    const id = pictures.add(`file:${bg.image}`, () => loadFile(bg.image!));
    if (id) background = `background:url(img/${id}) center/100% 100% no-repeat`;
  }
  const under: string[] = [];
  for (const d of style.decorations ?? []) {
    const r = resolveRegion(d, size);
    if (d.shape === 'line') {
      const c = d.line ?? d.fill ?? theme.palette.accent;
      under.push(`<svg class="deco" style="left:0;top:0;width:${inch(size.w)};height:${inch(size.h)}" viewBox="0 0 ${size.w * 96} ${size.h * 96}"><line x1="${r.x * 96}" y1="${r.y * 96}" x2="${(r.x + r.w) * 96}" y2="${(r.y + r.h) * 96}" stroke="#${c}" stroke-width="${((d.lineWidthPt ?? 1) * 96) / 72}"/></svg>`);
    } else {
      const fill = d.fill ? `background:#${d.fill};opacity:${1 - (d.transparency ?? 0) / 100}` : '';
      const line = d.line ? `;border:${pt(d.lineWidthPt ?? 1)} solid #${d.line}` : '';
      under.push(`<div class="deco" style="${boxStyle(r)};${fill}${line}${d.shape === 'ellipse' ? ';border-radius:50%' : ''}"></div>`);
    }
  }
  if (style.logo) {
    const id = pictures.add(`file:${style.logo.image}`, () => loadFile(style.logo!.image));
    if (id) under.push(`<img class="deco" alt="" src="img/${id}" style="${boxStyle(resolveRegion(style.logo, size))}">`);
  }
  const over: string[] = [];
  const chrome = SHOWS_CHROME[key];
  const small = (r: { x: number; y: number; w: number; h: number }, text: string, align: string, color: string) =>
    `<div class="chrome" style="${boxStyle(r)};padding:0 3.6pt;font-size:${pt(theme.sizes.footer)};line-height:${inch(r.h)};text-align:${align};color:#${color};font-family:${cssFaces(theme.fonts.body)}">${esc(text)}</div>`;
  const footer = style.footer === false ? undefined : (style.footer ?? (chrome ? { ...DEFAULT_FOOTER(theme), align: 'left' as const, color: undefined } : undefined));
  if (deck.meta.footer && footer) over.push(small(resolveRegion(footer, size), deck.meta.footer, footer.align ?? 'left', footer.color ?? theme.palette.muted));
  const num = style.slideNumber === false ? undefined : (style.slideNumber ?? (chrome ? { ...DEFAULT_SLIDE_NUMBER, align: 'right' as const, color: undefined } : undefined));
  if (deck.meta.slideNumbers && num) over.push(small(resolveRegion(num, size), String(index + 1), num.align ?? 'right', num.color ?? theme.palette.muted));
  return { background, under: under.join(''), over: over.join('') };
}

export interface SlideHtmlOptions {
  pictures: PictureStore;
  /** Reads a theme picture (logo, background) the build already allowed. */
  loadFile: (absPath: string) => { data: Uint8Array; mime: string } | undefined;
  /** Maps a line of the built Markdown to the input file's line (speech input). */
  lineOf?: (line: number) => number;
}

export function slideHtml(deck: LaidOutDeck, theme: Theme, index: number, opts: SlideHtmlOptions): string {
  const s = deck.slides[index];
  const line = opts.lineOf?.(s.src.line) ?? s.src.line;
  eaPunct = deck.meta.lang.startsWith('zh') ? `"${theme.fonts.body.eastAsian.replace(/"/g, '')}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif` : undefined;
  const c = chromeHtml(s, index, deck, theme, opts.pictures, opts.loadFile);
  const items = s.items
    .map((item) => {
      const kind = (item as { kind?: string }).kind;
      if (kind === 'text') return textHtml(item as TextBox, theme, line);
      // A designed layout's group (a card, an agenda block): its shapes, in order.
      if (kind === 'group') return (item as { items: TextBox[] }).items.map((t) => textHtml(t, theme, line)).join('');
      if (kind === 'table') return tableHtml(item as TableBox, theme, line);
      if (kind === 'image') return imageHtml(item as ImageBox, theme, opts.pictures, line);
      if (kind === 'chart') return `<div class="box chart" data-line="${line}" title="${esc((item as ChartBox).alt)}" style="${boxStyle(item)}">${chartSvg(item as ChartBox, cssFaces(theme.fonts.body))}</div>`;
      return unknownHtml(item as never, line);
    })
    .join('');
  return `<section class="slide" id="s${index + 1}" data-index="${index}" data-line="${line}" data-layout="${esc(s.layout)}" style="width:${inch(deck.widthIn)};height:${inch(deck.heightIn)};${esc(c.background)};color:#${theme.palette.text}">${c.under}${items}${c.over}</section>`;
}
