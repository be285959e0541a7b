// The one markdown-it configuration huibao parses with.
import MarkdownIt, { type MarkdownIt as Md } from 'markdown-it';
import container from 'markdown-it-container';
import cjkBreaks from 'markdown-it-cjk-breaks';
import frontMatter from 'markdown-it-front-matter';
import cjkFriendly from 'markdown-it-cjk-friendly';

let instance: Md | undefined;

/**
 * html: true so that `<!-- notes -->` comments arrive as html tokens (Marp notes) instead of literal text;
 * other raw HTML is dropped by the block walker with a warning. typographer stays off: it would rewrite quotes.
 * Front matter is read from the token's `meta` (re-entrant) — the callback is a no-op.
 */
export function markdown(): Md {
  if (instance) return instance;
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.use(frontMatter, () => {});
  md.use(container, 'notes');
  // Pandoc fenced divs we understand only as containers to unwrap (columns, incremental, …); see blocks.ts.
  md.use(container, 'div', { validate: () => true });
  md.use(cjkFriendly);
  md.use(cjkBreaks);
  // markdown-it-cjk-breaks 2.0.0 reads the character beside a soft break from the nearest text token and throws
  // a TypeError when that token is empty (CommonMark example 432, `**foo *bar **baz**\nbim* bop**`): drop
  // empty text tokens first. They render nothing.
  md.core.ruler.before('cjk_breaks', 'drop_empty_text', (state) => {
    for (const t of state.tokens) if (t.type === 'inline' && t.children) t.children = t.children.filter((c) => c.type !== 'text' || c.content !== '');
  });
  instance = md;
  return md;
}
