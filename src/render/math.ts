// A formula run → native Office Math (OMML) inside a DrawingML paragraph, written as PowerPoint and pandoc write it:
// mc:AlternateContent whose a14 choice holds <a14:m><m:oMath…>, and whose fallback (for readers without Office
// Math, and what schema validation sees) is the formula's linear text (a/b = √c, src/render/math-text.ts). LaTeX → MathML is temml's
// (src/text/mathml.ts), MathML → OMML is mathml2omml's; here we only dress the result: every math run gets the
// paragraph's size, colour and language as an a:rPr, display formulas become a centred m:oMathPara.
import { mml2omml } from 'mathml2omml';
import type { Inline } from '../model.js';
import { toMathML } from '../text/mathml.js';
import { mathLines } from './math-text.js';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const A14 = 'http://schemas.microsoft.com/office/drawing/2010/main';
const M = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
const P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main';

/**
 * The choice requires a14 *and* p14. PowerPoint 2010 and later know both (it writes p14 itself, for transitions and
 * sections), so it takes the equation. LibreOffice (7.4, and its MCE reader still says "TODO Handle multiple
 * namespaces") knows a14 alone, took the choice and drew nothing where a14:m sits in a paragraph; with two
 * prefixes it cannot match the choice and shows the fallback: the formula's linear text instead of a blank.
 */
const REQUIRES = 'a14 p14';

const ommlCache = new Map<string, string | null>();

/** Forget every converted formula (a memo cache; the mutation tests empty it before each test: test/mutation/setup.ts). */
export function clearFormulaOmml(): void {
  ommlCache.clear();
}

/** The <m:oMath> of a formula (namespace declared on it), or null when it cannot be converted. */
export function formulaOmml(latex: string, display: boolean): string | null {
  const key = (display ? 'D' : 'I') + latex;
  let out = ommlCache.get(key);
  if (out !== undefined) return out;
  out = null;
  const mathml = toMathML(latex, display);
  // mathml2omml decodes the MathML's entities and writes text back raw ("a<b" gave <m:t>5<b>3.14</m:t>, malformed
  // slide XML, found by npm run fuzz): the three markup characters travel through it as private-use stand-ins.
  if (typeof mathml === 'string' && !/[\uE000-\uE002]/.test(mathml)) {
    // mathml2omml reports MathML it passes over (temml's <span> inside \tag) on the console: not the user's concern.
    const warn = console.warn;
    console.warn = () => {};
    try {
      out = tidyOmml(mml2omml(mathml.replace(/&(lt|gt|amp);/g, (_m, e: string) => STAND_IN[e])));
    } catch {
      // mathml2omml could not convert it: out stays null.
    } finally {
      console.warn = warn;
    }
  }
  if (ommlCache.size > 2000) ommlCache.clear();
  ommlCache.set(key, out);
  return out;
}

const STAND_IN: Record<string, string> = { lt: '\uE000', gt: '\uE001', amp: '\uE002' };
const ESCAPED: Record<string, string> = { '\uE000': '&lt;', '\uE001': '&gt;', '\uE002': '&amp;' };

/**
 * Drop the WordprocessingML mathml2omml writes (its namespace, and the <w:rPr> it puts before m:rPr for a
 * mathvariant, undeclared in a slide; it writes no w: attributes), write its m:sty "undefined" as plain, put the
 * escaped markup characters back; null unless the result is a well-formed m:oMath (the caller then shows the LaTeX source).
 */
export function tidyOmml(omml: string): string | null {
  if (!omml.startsWith('<m:oMath')) return null;
  const out = omml
    .replace(/ xmlns:w="[^"]*"/, '')
    .replace(/<w:rPr\/>|<w:rPr>[\s\S]*?<\/w:rPr>/g, '')
    .replace(/<m:sty m:val="undefined"\/>/g, '<m:sty m:val="p"/>')
    .replace(/<m:oMath xmlns:m="[^"]*">/, '<m:oMath>')
    .replace(/[\uE000-\uE002]/g, (c) => ESCAPED[c]);
  return wellFormed(out) ? out : null;
}

const ENTITY = /^&(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);/;

/** Tags balanced, only m: elements, attribute values and text free of raw markup characters. */
export function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)(m:[\w]+)((?:\s+[\w:]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const c = xml[i];
    if (c === '<') {
      tag.lastIndex = i;
      const m = tag.exec(xml);
      if (!m) return false;
      if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(m[3])) return false;
      if (m[1]) {
        if (stack.pop() !== m[2]) return false;
      } else if (!m[4]) stack.push(m[2]);
      i = tag.lastIndex;
    } else if (c === '&') {
      if (!ENTITY.test(xml.slice(i, i + 12))) return false;
      i++;
    } else if (c === '>') return false;
    else i++;
  }
  return stack.length === 0;
}

export interface MathRunStyle {
  sizePt: number;
  color?: string;
  /** The run language attributes as txbody writes them (lang="…" altLang="…"). */
  langAttrs: string;
}

/**
 * The XML for one formula run inside <a:p>, or undefined when the formula cannot be converted (the caller then
 * writes the LaTeX source as a code run; parse already warned with its line).
 * @param fallbackRun the caller's <a:r> for a text, used as the mc:Fallback
 */
export function mathRunXml(run: Inline, style: MathRunStyle, fallbackRun: (text: string, code: boolean) => string): string | undefined {
  const display = run.math === 'display';
  const omml = formulaOmml(run.text, display);
  if (omml === null) return undefined;
  const fill = style.color ? `<a:solidFill><a:srgbClr val="${style.color}"/></a:solidFill>` : '';
  const rPr = `<a:rPr ${style.langAttrs} sz="${Math.round(style.sizePt * 100)}" dirty="0">${fill}<a:latin typeface="Cambria Math"/><a:ea typeface="Cambria Math"/><a:cs typeface="Cambria Math"/></a:rPr>`;
  // Each m:r carries the DrawingML run properties after its own m:rPr (CT_R: m:rPr?, then the host's rPr, then m:t).
  const body = omml.replace(/<m:r>(<m:rPr>[\s\S]*?<\/m:rPr>)?/g, (_all, mrpr: string | undefined) => `<m:r>${mrpr ?? ''}${rPr}`);
  const math = display
    ? `<m:oMathPara xmlns:m="${M}"><m:oMathParaPr><m:jc m:val="centerGroup"/></m:oMathParaPr>${body}</m:oMathPara>`
    : body.replace('<m:oMath>', `<m:oMath xmlns:m="${M}">`);
  const mathml = toMathML(run.text, display);
  const lines = typeof mathml === 'string' ? mathLines(mathml) : undefined;
  const fallback = lines ? lines.map((l) => fallbackRun(l, false)).join('<a:br/>') : fallbackRun(run.text, true);
  return `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice xmlns:a14="${A14}" xmlns:p14="${P14}" Requires="${REQUIRES}"><a14:m>${math}</a14:m></mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
}
