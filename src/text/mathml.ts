// LaTeX → MathML (temml), shared by the stages that need a formula's structure: parse checks that it can be read,
// layout measures its box, render converts it to Office Math. One cache, keyed by the source.
import temml from 'temml';
import type { Inline } from '../model.js';

/**
 * The LaTeX temml reads for a formula: a bare `\begin{align}` becomes `aligned` (the numbered environment pads its
 * table with empty columns for equation numbers), and a display formula with top-level `\\` is `gathered`.
 */
export function texForTemml(latex: string, display: boolean): string {
  let tex = latex.trim().replace(/\\(begin|end)\{(align|equation|gather|multline|eqnarray)\*?\}/g, (_m, be: string, env: string) => {
    const to = env === 'align' || env === 'eqnarray' ? 'aligned' : env === 'equation' ? '' : 'gathered';
    return to ? `\\${be}{${to}}` : '';
  });
  if (display && /\\\\/.test(tex) && !/\\begin\{/.test(tex)) tex = `\\begin{gathered}${tex}\\end{gathered}`;
  return tex;
}

const mathmlCache = new Map<string, string | Error>();

/** LaTeX → MathML through temml, cached; an Error when temml cannot read it. */
export function toMathML(latex: string, display: boolean): string | Error {
  const key = (display ? 'D' : 'I') + latex;
  let out = mathmlCache.get(key);
  if (out === undefined) {
    try {
      out = temml.renderToString(texForTemml(latex, display), { displayMode: display, xml: true, throwOnError: true, annotate: false });
    } catch (e) {
      out = e instanceof Error ? e : new Error(String(e));
    }
    if (mathmlCache.size > 2000) mathmlCache.clear();
    mathmlCache.set(key, out);
  }
  return out;
}


/** A paragraph that is display formulas only (a `$$…$$` block): laid out and drawn at a taller line pitch. */
export function onlyDisplayFormulas(runs: readonly Inline[]): boolean {
  return runs.some((r) => r.math === 'display') && runs.every((r) => r.math === 'display' || r.text.trim() === '');
}
