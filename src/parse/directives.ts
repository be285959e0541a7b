// Marp directives and Slidev front matter, read into what huibao has: layout requests, a slide title from Marp's
// header, the deck's footer, page numbers, aspect and theme. The tables say how each tool's names map to ours.
import type { RequestedLayout } from '../model.js';

/** `key: value` lines of a Marp directive comment or a Slidev slide's front matter (values unquoted). */
export function readDirectives(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of body.split('\n')) {
    const m = /^\s*([_$]?[\w-]+)\s*:\s?(.*)$/.exec(raw);
    if (!m) continue;
    let v = m[2].trim();
    if (/^(["']).*\1$/.test(v)) v = v.slice(1, -1);
    out.set(m[1], v);
  }
  return out;
}

/**
 * Marp classes → our layouts: the built-in themes' `lead` and `invert`, and the classes of the widely copied
 * Awesome-Marp template (cover_a…, trans, toc_a…, cols-2…, lastpage). Other classes are styling: ignored.
 */
export function marpClassLayout(classes: string): RequestedLayout | undefined {
  for (const c of classes.split(/\s+/).filter(Boolean)) {
    if (c === 'lead') return 'statement';
    if (c === 'invert' || c === 'trans') return 'section';
    if (/^cover(_|-|$)/.test(c)) return 'title';
    if (/^toc(_|-|$)/.test(c)) return 'agenda';
    if (c === 'lastpage' || c === 'end') return 'closing';
    if (/^cols-\d/.test(c)) return 'columns';
  }
  return undefined;
}

/** Slidev `layout:` names → ours; null = the tool's default (nothing to request). */
export const SLIDEV_LAYOUTS: Record<string, RequestedLayout | null> = {
  default: null,
  cover: 'title',
  intro: 'title',
  section: 'section',
  center: 'statement',
  statement: 'statement',
  'two-cols': 'columns',
  'two-cols-header': 'columns',
  'image-left': 'image-text',
  'image-right': 'image-text',
  image: 'image-text',
  quote: 'quote',
  fact: 'big-number',
  end: 'closing',
  full: null,
  none: null,
};

/** Marp's built-in themes → the nearest of ours (a theme huibao knows by that name is used as it is). */
export const MARP_THEMES: Record<string, string | null> = {
  default: null, // the language's default theme
  gaia: 'academic', // warm paper, dark ink
  uncover: 'minimal', // white, quiet, centred
};

/** Front-matter keys of Marp, Slidev and pandoc (reveal.js) that style or drive the tool itself: ignored quietly. */
export const TOOL_KEYS = new Set([
  // Marp
  'marp', 'style', 'headingDivider', 'header', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition',
  'backgroundRepeat', 'backgroundSize', 'color', 'math', 'transition',
  // Slidev
  'layout', 'info', 'highlighter', 'fonts', 'download', 'drawings', 'lineNumbers', 'colorSchema', 'routerMode',
  'aspectRatio', 'canvasWidth', 'selectable', 'record', 'exportFilename', 'monaco', 'background', 'themeConfig',
  'favicon', 'plantUmlServer', 'remoteAssets', 'titleTemplate', 'presenter', 'css', 'mdc', 'addons', 'defaults',
  'clicks', 'name', 'hideInToc', 'level', 'preload', 'routeAlias', 'src', 'zoom', 'dragPos', 'image', 'class',
  // pandoc / reveal.js
  'pagetitle', 'title-slide-attributes', 'backgroundTransition', 'progress', 'controls', 'center', 'revealjs-url',
  'slideNumber', 'hash', 'history', 'navigationMode', 'width', 'height', 'margin', 'abstract', 'keywords',
  'description', 'subject', 'category', 'lof', 'lot', 'toc', 'toc-title', 'header-includes', 'include-before',
  'include-after', 'css', 'bibliography', 'csl', 'link-citations', 'nocite', 'documentclass', 'classoption',
  'aspectratio', 'fontsize', 'mainfont', 'sansfont', 'monofont', 'colortheme', 'fonttheme', 'innertheme',
  'outertheme',
]);
