// A formula's linear Unicode text (a/b = √c, x²), read from temml's MathML: what readers without Office Math
// (LibreOffice, WPS, previews) show in mc:Fallback instead of nothing or LaTeX. Rows of an aligned or gathered
// formula come back as separate lines. Only the layout elements temml writes are known; anything else shows its text.

interface Node {
  tag: string;
  kids: Node[];
  text: string;
}

/** The formula as lines of linear text, or undefined when the MathML cannot be read. */
export function mathLines(mathml: string): string[] | undefined {
  const root = parseXml(mathml);
  if (!root) return undefined;
  const rows = tableRows(root);
  const lines = (rows ?? [root]).map((n) => tidy(linear(n))).filter(Boolean);
  return lines.length ? lines : undefined;
}

/** The rows of a formula that is one table (align, gathered): each row one line, its cells side by side. */
function tableRows(root: Node): Node[] | undefined {
  let n = root;
  while (n.kids.length === 1 && ['math', 'mrow', 'mstyle', 'semantics', 'mpadded'].includes(n.tag)) n = n.kids[0];
  return n.tag === 'mtable' ? n.kids.filter((k) => k.tag === 'mtr') : undefined;
}

const SUP: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', '′': '′', '*': '*', T: 'ᵀ' };
const SUB: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', o: 'ₒ', x: 'ₓ', h: 'ₕ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', p: 'ₚ', s: 'ₛ', t: 'ₜ', i: 'ᵢ', j: 'ⱼ', r: 'ᵣ', u: 'ᵤ', v: 'ᵥ' };
/** Accents over a letter (\vec, \hat, \bar, \tilde, \dot) as combining marks. */
const ACCENT: Record<string, string> = { '→': '\u20D7', '^': '\u0302', 'ˆ': '\u0302', '¯': '\u0305', '‾': '\u0305', '~': '\u0303', '˜': '\u0303', '˙': '\u0307', '¨': '\u0308' };

const script = (raw: string, map: Record<string, string>, mark: string): string => {
  const text = raw.replace(/\s+/g, '');
  const chars = [...text];
  if (chars.length && chars.every((c) => map[c])) return chars.map((c) => map[c]).join('');
  return mark + (chars.length > 1 && !/^\(.*\)$/.test(text) ? `(${text})` : text);
};
/** A part that is more than one symbol, in parentheses (so a+b over c reads (a+b)/c). */
const group = (text: string): string => ([...text].length <= 1 || /^[\p{L}\p{N}.]+$/u.test(text) || /^\(.*\)$/.test(text) ? text : `(${text})`);

function linear(n: Node): string {
  const k = n.kids;
  const kid = (i: number) => (k[i] ? linear(k[i]) : '');
  switch (n.tag) {
    case '#text':
      return n.text;
    case 'mo': {
      const op = k.map(linear).join('');
      return /^[=<>≤≥≠≈→←⇒⇔∈∉⊂⊆+−±×·⋅÷]$/.test(op) ? ` ${op} ` : op === ',' ? ', ' : op;
    }
    case 'mspace':
      return ' ';
    case 'mphantom':
    case 'annotation':
    case 'annotation-xml':
      return '';
    case 'msup':
      return kid(0) + script(tidy(kid(1)), SUP, '^');
    case 'msub':
      return kid(0) + script(tidy(kid(1)), SUB, '_');
    case 'msubsup':
      return kid(0) + script(tidy(kid(1)), SUB, '_') + script(tidy(kid(2)), SUP, '^');
    case 'munder':
      return kid(0) + script(tidy(kid(1)), SUB, '_');
    case 'mover': {
      const over = tidy(kid(1));
      return ACCENT[over] && [...tidy(kid(0))].length === 1 ? tidy(kid(0)) + ACCENT[over] : kid(0) + script(over, SUP, '^');
    }
    case 'munderover':
      return kid(0) + script(tidy(kid(1)), SUB, '_') + script(tidy(kid(2)), SUP, '^');
    case 'mfrac':
      return `${group(tidy(kid(0)))}/${group(tidy(kid(1)))}`;
    case 'msqrt':
      return `√${group(tidy(k.map(linear).join('')))}`;
    case 'mroot':
      return `${script(tidy(kid(1)), SUP, '')}√${group(tidy(kid(0)))}`;
    case 'mtable':
      return k.map(linear).join('; ');
    case 'mtr':
      return k.map(linear).join(' ');
    case 'semantics':
      return kid(0);
    default: // tokens (mi, mn, mtext, ms), rows, and what temml rarely writes: their children's text
      return k.map(linear).join('');
  }
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITY[e] ?? all),
  );

/** temml's MathML (well-formed, no CDATA or comments) as a tree; undefined when it is not. */
function parseXml(xml: string): Node | undefined {
  const root: Node = { tag: '#root', kids: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([\w:-]+)([^>]*?)(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.kids.push({ tag: '#text', kids: [], text: decode(m[5]) });
    } else if (m[1]) {
      if (stack.length < 2 || top.tag !== m[2]) return undefined;
      stack.pop();
    } else {
      const node: Node = { tag: m[2], kids: [], text: '' };
      top.kids.push(node);
      if (!m[4]) stack.push(node);
    }
  }
  return stack.length === 1 && root.kids.length === 1 ? root.kids[0] : undefined;
}
