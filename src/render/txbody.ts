// DrawingML text bodies written by us, not pptxgenjs: exactly one <a:pPr> per paragraph (pitfalls A4), the
// Latin face in a:latin and the East-Asian face in a:ea on every run (A2), lang on every run, explicit sizes and
// exact line pitch so what the layout stage measured is what every viewer draws.
import type { Inline, LaidParagraph, TextBox, TableCellOut } from '../model.js';
import type { FontFaces } from '../layout/measure.js';
import { stripIllegal } from '../text/sanitize.js';
import { mathRunXml } from './math.js';
import { onlyDisplayFormulas } from '../text/mathml.js';
import { linkPieces } from '../layout/wrap.js';

export interface RunFonts {
  title: FontFaces;
  body: FontFaces;
  mono: FontFaces;
}

export interface TextEnv {
  fonts: RunFonts;
  /** The run language: zh-CN turns on East-Asian line breaking (kinsoku) in PowerPoint. */
  lang: string;
  linkColor: string;
  /** Registers a hyperlink on the current part and returns its relationship id. */
  link: (url: string) => string;
}

/** Anything xmlEscape changes: & < > " and what stripIllegal removes (controls, U+FFFE/U+FFFF, surrogates). */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlEscape(s: string): string {
  // Most run text needs nothing: one scan instead of five replace passes (a deck writes hundreds of thousands).
  if (!NEEDS_ESCAPE.test(s)) return s;
  return stripIllegal(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const emu = (pt: number) => Math.round(pt * 12700);
const hund = (pt: number) => Math.round(pt * 100);
const ALIGN = { l: 'l', c: 'ctr', r: 'r' } as const;

function langAttrs(lang: string): string {
  return lang === 'en-US' ? 'lang="en-US"' : `lang="${xmlEscape(lang)}" altLang="en-US"`;
}

// Written on every run: made once per face pair (the theme's FontFaces objects, and the East-Asian-quote pairs by name).
const fontXmlCache = new Map<string, string>();

function fontXml(f: FontFaces): string {
  const key = `${f.latin}\u0000${f.eastAsian}`;
  let xml = fontXmlCache.get(key);
  if (xml === undefined) {
    xml = `<a:latin typeface="${xmlEscape(f.latin)}"/><a:ea typeface="${xmlEscape(f.eastAsian)}"/><a:cs typeface="${xmlEscape(f.latin)}"/>`;
    if (fontXmlCache.size > 1000) fontXmlCache.clear();
    fontXmlCache.set(key, xml);
  }
  return xml;
}

// Curly quotes are "ambiguous width": viewers draw them with the Latin face (narrow, and spaced like Latin) unless
// told otherwise. In Chinese text they belong to the East-Asian face, full width, as in any Chinese document.
// The same holds for the ellipsis, the dash and the middle dot (…… —— ·), all measured at 1 em by the layout.
const CJK_QUOTES = /([\uFEFF“”‘’…—·]+)/;
// Chinese ellipsis and dash are two characters that must stay together and never start a line; LibreOffice's
// breaker splits "……" and breaks before it, and ignores WORD JOINER (U+2060); it honours U+FEFF (zero-width
// no-break space), which PowerPoint and WPS also draw as nothing. Measured: "【附件】……" at a line end, LibreOffice
// 7.4 — plain: a line starts with "…"; U+2060: the same; U+FEFF: held together.
// The layout measures this glue as LibreOffice draws it (src/layout/measure.ts joinedToPrevious: U+FEFF is complex
// script there, so the pair gets the Asian/Western gap) — change the two together.
const JOIN_BEFORE = /(?<=.)(?=[…—])/gsu;

function rPr(run: Inline | undefined, sizePt: number, color: string | undefined, faces: FontFaces, env: TextEnv, extra: { bold?: boolean; italic?: boolean; eaQuote?: boolean } = {}, tag = 'a:rPr'): string {
  const bold = run?.bold || extra.bold;
  const italic = run?.italic || extra.italic;
  let attrs = `${langAttrs(env.lang)} sz="${hund(sizePt)}"`;
  if (bold) attrs += ' b="1"';
  if (italic) attrs += ' i="1"';
  if (run?.strike) attrs += ' strike="sngStrike"';
  if (run?.href) attrs += ' u="sng"';
  attrs += ' dirty="0"';
  const fill = run?.href ? env.linkColor : color;
  let inner = fill ? `<a:solidFill><a:srgbClr val="${fill}"/></a:solidFill>` : '';
  const f = run?.code ? env.fonts.mono : faces;
  inner += fontXml(extra.eaQuote ? { latin: f.eastAsian, eastAsian: f.eastAsian } : f);
  if (run?.href) inner += `<a:hlinkClick r:id="${env.link(run.href)}"/>`;
  return `<${tag} ${attrs}>${inner}</${tag}>`;
}

function pPr(p: LaidParagraph, faces: FontFaces): string {
  let attrs = `marL="${emu(p.marginLeftPt)}" indent="${emu(p.indentPt)}"`;
  if (p.align) attrs += ` algn="${ALIGN[p.align]}"`;
  attrs += ' eaLnBrk="1" latinLnBrk="0" hangingPunct="1"';
  let inner = `<a:lnSpc><a:spcPts val="${hund(p.lineSpacingPt)}"/></a:lnSpc>`;
  inner += `<a:spcBef><a:spcPts val="${hund(p.spaceBeforePt)}"/></a:spcBef>`;
  if (p.number !== undefined) {
    if (p.bulletColor) inner += `<a:buClr><a:srgbClr val="${p.bulletColor}"/></a:buClr>`;
    inner += `<a:buSzPct val="100000"/><a:buFont typeface="${xmlEscape(faces.latin)}"/><a:buAutoNum type="arabicPeriod" startAt="${p.number}"/>`;
  } else if (p.bullet) {
    if (p.bulletColor) inner += `<a:buClr><a:srgbClr val="${p.bulletColor}"/></a:buClr>`;
    // Geometric bullets look right in an East-Asian face on every platform; size them a little under the text.
    inner += `<a:buSzPct val="80000"/><a:buFont typeface="${xmlEscape(faces.eastAsian)}"/><a:buChar char="${xmlEscape(p.bullet)}"/>`;
  } else inner += '<a:buNone/>';
  return `<a:pPr ${attrs}>${inner}</a:pPr>`;
}

export function paragraphXml(p: LaidParagraph, env: TextEnv, fallbackFont: 'title' | 'body' | 'mono' = 'body'): string {
  // A display formula's paragraph is one line as tall as the lines the layout gave it (src/layout/math.ts).
  if (p.lines > 1 && onlyDisplayFormulas(p.runs)) p = { ...p, lineSpacingPt: p.lineSpacingPt * p.lines };
  const faces = env.fonts[p.font ?? fallbackFont];
  let xml = '<a:p>' + pPr(p, faces);
  let lastText = -1;
  p.runs.forEach((r, k) => { if (r.text !== '') lastText = k; });
  for (const [k, run] of p.runs.entries()) {
    // A line break carries no link: LibreOffice drops an a:br whose rPr has one.
    if (run.breakBefore) xml += `<a:br>${rPr({ ...run, href: undefined }, p.sizePt, p.color, faces, env, p)}</a:br>`;
    if (run.text === '') continue;
    // A formula: Office Math (src/render/math.ts), or its LaTeX source as code when it cannot be converted.
    const math = run.math && mathRunXml(run, { sizePt: p.sizePt, color: p.color, langAttrs: langAttrs(env.lang) }, (t, code) => `<a:r>${rPr({ text: t, code }, p.sizePt, p.color, faces, env)}<a:t>${xmlEscape(t)}</a:t></a:r>`);
    if (math || run.math) { xml += math || `<a:r>${rPr({ ...run, code: true }, p.sizePt, p.color, faces, env)}<a:t>${xmlEscape(run.text)}</a:t></a:r>`; continue; }
    const zh = env.lang.startsWith('zh') && !run.code;
    const props = rPr(run, p.sizePt, p.color, faces, env, { bold: p.bold, italic: p.italic });
    // LibreOffice draws each linked run as a field it never breaks inside (a long one wraps with its lines squeezed
    // together): one run per piece lets it break where the layout measured (src/layout/wrap.ts linkPieces).
    for (const part of run.href ? linkPieces(run.text) : [run.text]) {
      const joined = zh ? (part.replace(JOIN_BEFORE, '\uFEFF').replace(/^(?=[…—])/, xml.includes('<a:r>') ? '\uFEFF' : '')) : part;
      const pieces = zh ? joined.split(CJK_QUOTES) : [joined];
      for (const piece of pieces) {
        if (piece === '') continue;
        const eaQuote = pieces.length > 1 && CJK_QUOTES.test(piece);
        xml += `<a:r>${eaQuote ? rPr(run, p.sizePt, p.color, faces, env, { bold: p.bold, italic: p.italic, eaQuote }) : props}<a:t>${xmlEscape(piece)}</a:t></a:r>`;
      }
    }
    // LibreOffice 7.4 draws a link that opens the paragraph or follows another in the text colour when text comes
    // after it (rendered); a zero-width no-break U+FEFF closing the link keeps its colour and breaks nothing.
    if (run.href && k < lastText) xml += `<a:r>${props}<a:t>\uFEFF</a:t></a:r>`;
  }
  xml += rPr(undefined, p.sizePt, p.color, faces, env, p, 'a:endParaRPr');
  return xml + '</a:p>';
}

const ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' } as const;

/** A shape's whole <p:txBody>: insets and anchor written out, no autofit (sizes are already final). */
export function textBodyXml(box: TextBox, env: TextEnv): string {
  const [l, t, r, b] = box.insetPt;
  const body = `<a:bodyPr wrap="square" lIns="${emu(l)}" tIns="${emu(t)}" rIns="${emu(r)}" bIns="${emu(b)}" anchor="${ANCHOR[box.valign]}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>`;
  const fallback = box.role === 'title' ? 'title' : 'body';
  const paras = box.paragraphs.length ? box.paragraphs.map((p) => paragraphXml(p, env, fallback)).join('') : '<a:p/>';
  return `<p:txBody>${body}${paras}</p:txBody>`;
}

/** A table cell's <a:txBody> (cell margins and borders come from pptxgenjs' tcPr). */
export function cellBodyXml(cell: TableCellOut, sizePt: number, lineSpacingPt: number, color: string, bold: boolean, env: TextEnv): string {
  const p: LaidParagraph = {
    runs: cell.runs, level: 0, sizePt, align: cell.align, spaceBeforePt: 0, lineSpacingPt, marginLeftPt: 0, indentPt: 0, color, bold, font: 'body', lines: 1,
  };
  return `<a:txBody><a:bodyPr/><a:lstStyle/>${paragraphXml(p, env)}</a:txBody>`;
}

/** Speaker notes: one paragraph per note paragraph (pptxgenjs writes a single en-US run with CRLFs inside). */
export function notesBodyXml(notes: readonly string[], sizePt: number, env: TextEnv): string {
  const paras = notes.length
    ? notes
        .map((n) => {
          const lines = n.split('\n');
          const runs = lines.map((l, i) => (i ? `<a:br><a:rPr ${langAttrs(env.lang)} sz="${hund(sizePt)}" dirty="0"/></a:br>` : '') + (l ? `<a:r><a:rPr ${langAttrs(env.lang)} sz="${hund(sizePt)}" dirty="0"/><a:t>${xmlEscape(l)}</a:t></a:r>` : '')).join('');
          return `<a:p>${runs}<a:endParaRPr ${langAttrs(env.lang)} sz="${hund(sizePt)}" dirty="0"/></a:p>`;
        })
        .join('')
    : `<a:p><a:endParaRPr ${langAttrs(env.lang)} dirty="0"/></a:p>`;
  return `<p:txBody><a:bodyPr/><a:lstStyle/>${paras}</p:txBody>`;
}
