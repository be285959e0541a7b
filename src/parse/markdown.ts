// The one markdown-it configuration huibao parses with.
import MarkdownIt, { type MarkdownIt as Md, type Token } from 'markdown-it';
import { fencedDivPlugin } from './divs.js';
import { pandocTablesPlugin } from './tables.js';
import cjkBreaks from 'markdown-it-cjk-breaks';
import frontMatter from 'markdown-it-front-matter';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { chartRequests } from './chart.js';
import { mathPlugin } from './math.js';
import { footnotesPlugin } from './footnotes.js';
import { MAX_NESTING } from '../limits.js';

const instances = new Map<boolean, Md>();

/**
 * html: true so that `<!-- notes -->` comments arrive as html tokens (Marp notes) instead of literal text;
 * other raw HTML is dropped by the block walker with a warning. typographer stays off: it would rewrite quotes.
 * Front matter is read from the token's `meta` (re-entrant) — the callback is a no-op.
 */
export function markdown(withFrontMatter = true): Md {
  const cached = instances.get(withFrontMatter);
  if (cached) return cached;
  // maxNesting: markdown-it's default (100) silently dropped the text of lists nested past 50 levels (issue 16).
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false, maxNesting: MAX_NESTING });
  if (withFrontMatter) md.use(frontMatter, () => {});
  // pandoc fenced divs: `::: notes`, and the others (columns, incremental, {style=…}) read or unwrapped in blocks.ts.
  md.use(fencedDivPlugin);
  md.use(pandocTablesPlugin);
  md.use(cjkFriendly);
  md.use(mathPlugin);
  md.use(footnotesPlugin);
  md.core.ruler.push('cjk_breaks', safeCjkBreaks());
  md.use(chartRequests);
  instances.set(withFrontMatter, md);
  return md;
}

type CoreRule = (state: { tokens: Token[] }) => void;

/**
 * markdown-it-cjk-breaks 2.0.0 takes the character beside a soft break from the nearest text token and throws a
 * TypeError (from get-east-asian-width) when that token is empty — one markdown-it left (CommonMark example 432,
 * `**foo *bar **baz**\nbim* bop**`) or a soft break the plugin itself turned into '' a moment before (`〇\n[]()\n　`,
 * found by test/reliability/fuzz.test.ts). Run its rule one inline at a time; when it throws, hide the empty text
 * tokens from it and run it again (each round removes at least one more break), then put them back.
 */
function safeCjkBreaks(): CoreRule {
  let rule: CoreRule | undefined;
  (cjkBreaks as unknown as (md: unknown) => void)({ core: { ruler: { push: (_name: string, fn: CoreRule) => (rule = fn) } } });
  if (!rule) throw new Error('internal: markdown-it-cjk-breaks registered no rule');
  const inner = rule;
  return (state) => {
    for (const t of state.tokens) {
      if (!t.children) continue; // only inline tokens have children
      for (let round = 0; ; round++) {
        try {
          inner({ tokens: [t] });
          break;
        } catch (e) {
          if (!(e instanceof TypeError) || round > t.children.length) throw e;
          for (const c of t.children) if (c.type === 'text' && c.content === '') c.type = 'hb_empty_text';
        }
      }
      for (const c of t.children) if (c.type === 'hb_empty_text') c.type = 'text';
    }
  };
}
