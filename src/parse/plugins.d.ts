// markdown-it plugins that ship no types of their own (or types that target markdown-it 14's lib/ paths).
declare module 'markdown-it-container' {
  import type MarkdownIt from 'markdown-it';
  const container: (md: MarkdownIt, name: string, options?: Record<string, unknown>) => void;
  export default container;
}
declare module 'markdown-it-cjk-breaks' {
  import type MarkdownIt from 'markdown-it';
  const cjkBreaks: (md: MarkdownIt) => void;
  export default cjkBreaks;
}
declare module 'markdown-it-front-matter' {
  import type MarkdownIt from 'markdown-it';
  const frontMatter: (md: MarkdownIt, cb: (fm: string) => void) => void;
  export default frontMatter;
}
