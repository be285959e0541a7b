// The part of markdown-it's block-rule state our own block rules use (pandoc divs, display math, pandoc tables).
// markdown-it 15 ships no types; this is the one description of it instead of one per rule file.

/** A token as our block rules fill it in. */
export interface BlockToken {
  content: string;
  markup: string;
  info: string;
  meta: unknown;
  block: boolean;
  map: [number, number] | null;
}

/** A block rule: markdown-it calls it at a line; silent, it only says whether it would take the line. */
export type BlockRule = (state: BlockState, line: number, endLine: number, silent: boolean) => boolean;

export interface BlockState {
  src: string;
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  sCount: number[];
  blkIndent: number;
  lineMax: number;
  line: number;
  parentType: string;
  md: { block: { tokenize: (state: BlockState, from: number, to: number) => void; ruler: { getRules: (chain: string) => BlockRule[] } } };
  push: (type: string, tag: string, nesting: number) => BlockToken;
}

/** A line's text after its indentation. */
export function lineText(state: BlockState, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}
