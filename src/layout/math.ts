// Formulas in the fit engine. A formula is drawn by the viewer's math engine (Cambria Math), not as its LaTeX
// source, so its size is estimated from temml's MathML: every token's characters at their usual Cambria Math
// advances, fractions stacked, scripts at 70 %, big operators and tables as boxes (TeX's rules, roughly).
// Wrapping sees a formula as one unbreakable word of that width; a display formula taller than a line adds lines.
import type { Inline } from '../model.js';
import { onlyDisplayFormulas, toMathML } from '../text/mathml.js';
import { measureWidthPt, type TextStyle } from './measure.js';

/** Width and height (ascent + descent) of a formula, in em of the surrounding text. */
export interface FormulaBox {
  widthEm: number;
  heightEm: number;
}

interface Node {
  name: string;
  attrs: string;
  kids: Node[];
  text: string;
}

/**
 * temml's MathML is well-formed, writes every element with an end tag (never `<x/>`) and attribute values never
 * contain '>': a tag scanner is enough.
 */
function parseXml(xml: string): Node {
  const root: Node = { name: '#root', attrs: '', kids: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([\w:.-]+)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const top = stack[stack.length - 1];
    if (m[4] !== undefined) top.text += decode(m[4]);
    else if (m[1]) stack.pop();
    else {
      const node: Node = { name: m[2], attrs: m[3], kids: [], text: '' };
      top.kids.push(node);
      stack.push(node);
    }
  }
  return root;
}

/** The five escapes temml writes (its escape(): & < > " '); no other entity reaches its MathML. */
function decode(s: string): string {
  const chars: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
  return s.replace(/&(?:amp|lt|gt|quot|#x27);/g, (e) => chars[e]);
}

const RELATIONS = new Set('=<>≤≥≠≈≡∼≃≅∝→←↔⇒⇐⇔↦∈∉⊂⊃⊆⊇∣∥:');
const BINARY = new Set('+−-×·÷±∓∗∘∩∪∧∨⊕⊗');
const BIG = new Set('∑∏∐⋃⋂⨁⨂∫∬∭∮');

function charEm(cp: number): number {
  if (cp >= 0x2061 && cp <= 0x2064) return 0; // invisible operators: temml writes U+2061 after \sin, \log, …
  if (cp >= 0x2e80) return 1; // CJK and full-width forms
  const c = String.fromCodePoint(cp);
  if (/[mwMW]/.test(c)) return 0.8;
  if (/[iljft.,;:!'|]/.test(c)) return 0.32;
  if (/[A-Z]/.test(c)) return 0.66;
  return 0.52;
}

function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch.codePointAt(0)!);
  return w;
}

/** An attribute given in em (temml writes spaces as `width="0.1667em"`), 0 when absent. */
function em(attrs: string, name: string): number {
  const m = new RegExp(`\\b${name}="(-?[\\d.]+)em"`).exec(attrs);
  return m ? Number(m[1]) : 0;
}

function box(n: Node, display: boolean, scale: number): FormulaBox {
  const k = n.kids;
  const row = (nodes: Node[], s: number): FormulaBox =>
    nodes.reduce((acc, c) => {
      const b = box(c, display, s);
      return { widthEm: acc.widthEm + b.widthEm, heightEm: Math.max(acc.heightEm, b.heightEm) };
    }, { widthEm: 0, heightEm: 0 });
  const script = Math.max(0.5, scale * 0.7);
  switch (n.name) {
    case 'mi':
    case 'mn':
    case 'mtext':
      return { widthEm: textEm(n.text) * scale, heightEm: n.text ? scale : 0 };
    case 'mo': {
      // \mathop{ab} is an operator made of tokens, with its spaces as attributes: <mo lspace=… rspace=…><mi>a</mi>…
      if (k.length) {
        const inner = row(k, scale);
        return { widthEm: inner.widthEm + (em(n.attrs, 'lspace') + em(n.attrs, 'rspace')) * scale, heightEm: inner.heightEm };
      }
      const t = n.text;
      if (BIG.has(t)) return { widthEm: (display ? 1.4 : 1) * scale, heightEm: (display ? 2 : 1.2) * scale };
      const space = RELATIONS.has(t) ? 0.56 : BINARY.has(t) ? 0.44 : t === ',' ? 0.17 : 0;
      return { widthEm: (textEm(t) + (scale < 1 ? 0 : space)) * scale, heightEm: t ? scale : 0 };
    }
    case 'mspace':
      return { widthEm: em(n.attrs, 'width') * scale, heightEm: 0 };
    case 'mfrac': {
      const s = display && scale >= 1 ? scale : script;
      const [num, den] = [box(k[0] ?? n, display, s), box(k[1] ?? n, display, s)];
      return { widthEm: Math.max(num.widthEm, den.widthEm) + 0.24 * scale, heightEm: num.heightEm + den.heightEm + 0.24 * scale };
    }
    case 'msup':
    case 'msub':
    case 'msubsup': {
      const base = box(k[0], display, scale);
      const scripts = k.slice(1).map((c) => box(c, display, script));
      const w = Math.max(0, ...scripts.map((b) => b.widthEm));
      const rise = scripts.reduce((h, b) => h + b.heightEm * 0.45, 0);
      return { widthEm: base.widthEm + w + 0.05 * scale, heightEm: base.heightEm + rise };
    }
    case 'munder':
    case 'mover':
    case 'munderover': {
      const base = box(k[0], display, scale);
      const parts = k.slice(1).map((c) => box(c, display, script));
      return {
        widthEm: Math.max(base.widthEm, ...parts.map((b) => b.widthEm)),
        heightEm: base.heightEm + parts.reduce((h, b) => h + b.heightEm + 0.1 * scale, 0),
      };
    }
    case 'msqrt': {
      const inner = row(k, scale);
      return { widthEm: inner.widthEm + 0.8 * scale, heightEm: inner.heightEm + 0.2 * scale };
    }
    case 'mroot': {
      const inner = box(k[0], display, scale);
      const index = box(k[1] ?? n, display, script * 0.8);
      return { widthEm: inner.widthEm + 0.8 * scale + Math.max(0, index.widthEm - 0.4), heightEm: inner.heightEm + 0.2 * scale };
    }
    case 'mtable': {
      const colW: number[] = [];
      let h = 0;
      for (const r of k) {
        let rowH = 0;
        r.kids.forEach((cell, i) => {
          const b = row(cell.kids, scale);
          colW[i] = Math.max(colW[i] ?? 0, b.widthEm);
          rowH = Math.max(rowH, b.heightEm, scale);
        });
        h += rowH + 0.3 * scale;
      }
      const used = colW.filter((w) => w > 0);
      return { widthEm: used.reduce((a, b) => a + b, 0) + 0.6 * scale * Math.max(0, used.length - 1), heightEm: Math.max(scale, h - 0.3 * scale) };
    }
    case 'menclose': {
      const inner = row(k, scale);
      return { widthEm: inner.widthEm + 0.3 * scale, heightEm: inner.heightEm + 0.3 * scale };
    }
    default:
      // math, mrow, mstyle, mpadded, mphantom, … : their children side by side (temml writes no annotation: annotate false).
      return row(k, scale);
  }
}

const boxCache = new Map<string, FormulaBox>();

/** Forget every estimated box (see caches.ts). */
export function clearFormulaBoxes(): void {
  boxCache.clear();
}

/** The estimated box of a formula (its LaTeX source length in em when temml cannot read it: it is then code). */
export function formulaBox(latex: string, display: boolean): FormulaBox {
  const key = (display ? 'D' : 'I') + latex;
  let b = boxCache.get(key);
  if (!b) {
    const mathml = toMathML(latex, display);
    b = typeof mathml === 'string' ? box(parseXml(mathml), display, 1) : { widthEm: latex.length * 0.55, heightEm: 1 };
    b = { widthEm: Math.max(b.widthEm, 0.3), heightEm: Math.max(b.heightEm, 1) };
    if (boxCache.size > 2000) boxCache.clear();
    boxCache.set(key, b);
  }
  return b;
}

/**
 * The runs as the line breaker should see them: each formula replaced by a word of Latin letters of the same
 * length (so line lengths still cut the real runs) whose width is the formula's estimated width.
 */
function proxied<R extends { text: string }>(runs: readonly (R & Inline)[], style: TextStyle): R[] {
  const narrow = measureWidthPt('i', style);
  const wide = measureWidthPt('W', style);
  return runs.map((r) => {
    if (!r.math) return r;
    const len = r.text.length;
    const target = formulaBox(r.text, r.math === 'display').widthEm * style.sizePt;
    const k = Math.max(0, Math.min(len, Math.round((target - len * narrow) / Math.max(0.01, wide - narrow))));
    return { ...r, code: false, text: 'W'.repeat(k) + 'i'.repeat(len - k) };
  });
}

/**
 * Wrap a paragraph that may hold formulas: `wrap` is the fit engine's own line breaker. Lines keep the real text
 * (same lengths); a paragraph that is only display formulas gets one empty line more for each extra line pitch its
 * tallest formula needs (render gives such a paragraph that taller pitch: mathLinePitch).
 */
export function wrapWithFormulas<R extends { text: string }, O extends { style: TextStyle }>(
  runs: readonly R[],
  opts: O,
  pitchPt: number,
  wrap: (runs: R[], opts: O) => { lines: string[] },
): string[] {
  const inl = runs as readonly (R & Inline)[];
  if (!inl.some((r) => r.math)) return wrap(runs as R[], opts).lines;
  const lines = wrap(proxied(inl, opts.style), opts).lines;
  const text = runs.map((r) => r.text).join('');
  let at = 0;
  const real = lines.map((l) => {
    const s = text.slice(at, at + l.length);
    at += l.length;
    return s;
  });
  if (onlyDisplayFormulas(inl)) {
    const tallest = Math.max(...inl.filter((r) => r.math).map((r) => formulaBox(r.text, true).heightEm));
    const need = Math.ceil((tallest * opts.style.sizePt * 1.15) / pitchPt) - 1;
    for (let i = 0; i < need; i++) real.push('');
  }
  return real;
}
