// pandoc fenced divs (`::: notes`, `:::: columns`, `::: {.column width="40%"}`) as a markdown-it block rule.
// markdown-it-container closes every open container at the first bare `:::`, so pandoc's nesting with fences of
// one length (`::: columns` / `::: column` / `:::` / `:::`) came out wrong; pandoc's own rule is used instead:
// a fence with words after it opens a div, a bare fence closes the innermost one. Fenced code inside is skipped.
import type { MarkdownIt as Md } from 'markdown-it';
import { lineText, type BlockState } from './block-state.js';


const OPEN = /^(:{3,})\s*([^:\s][^]*?)\s*:*\s*$/;
const CLOSE = /^:{3,}\s*$/;


function fencedDiv(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const m = OPEN.exec(lineText(state, startLine));
  if (!m) return false;
  if (silent) return true;
  let depth = 1;
  let fence: string | null = null;
  let next = startLine + 1;
  for (; next < endLine; next++) {
    const l = lineText(state, next);
    if (l !== '' && state.sCount[next] < state.blkIndent) break; // the list item or quote holding the div ends
    const f = /^(`{3,}|~{3,})/.exec(l);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && /^[`~]+\s*$/.test(l)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    if (CLOSE.test(l)) {
      if (--depth === 0) break;
    } else if (OPEN.test(l)) depth++;
  }
  const info = m[2];
  const name = /^(notes|\{\s*\.notes\s*\})$/.test(info) ? 'notes' : 'div';
  const oldParent = state.parentType;
  const oldMax = state.lineMax;
  state.parentType = 'container';
  state.lineMax = next;
  const open = state.push(`container_${name}_open`, 'div', 1);
  open.markup = m[1];
  open.block = true;
  open.info = info;
  open.map = [startLine, next];
  state.md.block.tokenize(state, startLine + 1, next);
  const close = state.push(`container_${name}_close`, 'div', -1);
  close.markup = m[1];
  close.block = true;
  state.parentType = oldParent;
  state.lineMax = oldMax;
  state.line = next + (depth === 0 ? 1 : 0);
  return true;
}

export function fencedDivPlugin(md: Md): void {
  md.block.ruler.before('fence', 'pandoc_div', fencedDiv as never, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
