// The slide layouts every deck carries, as data: one entry per huibao layout name, with the name PowerPoint shows
// in its Layout menu, the theme layout style that draws its background and decorations, and its placeholders.
//
// To add a layout (e.g. `cards`): add one entry below — `{ name: 'cards', label: 'huibao Cards', style: 'content',
// placeholders: 'title-body' }`. Slides whose LaidSlide.layout is that name then use it; their title TextBox (role
// 'title') becomes its title placeholder and a single body box its body placeholder, with no other change. A slide
// whose layout name is not listed here uses the `content` layout.
import type { LayoutKey, Theme } from '../theme/types.js';

/**
 * Which placeholders a layout has: `cover` a centred title (ctrTitle) and a subtitle (subTitle, idx 1), as
 * PowerPoint's Title Slide; `title-body` a title and a body (idx 1), as Title and Content; `title-only` a title.
 */
export type PlaceholderSet = 'cover' | 'title-body' | 'title-only';

export interface LayoutSpec {
  /** huibao's layout name (LaidSlide.layout). */
  name: string;
  /** The slide layout's name in the file (p:cSld/@name), shown in PowerPoint's and WPS's Layout menu. */
  label: string;
  /** The theme layout style (theme.layouts[…]) for background, decorations, colours, boxes; default: `name`. */
  style?: LayoutKey;
  placeholders: PlaceholderSet;
}

export const LAYOUT_SPECS: readonly LayoutSpec[] = [
  { name: 'title', label: 'huibao Title Slide', placeholders: 'cover' },
  { name: 'agenda', label: 'huibao Agenda', placeholders: 'title-body' },
  { name: 'section', label: 'huibao Section Header', placeholders: 'title-only' },
  { name: 'content', label: 'huibao Title and Content', placeholders: 'title-body' },
  { name: 'quote', label: 'huibao Quote', placeholders: 'title-body' },
  { name: 'closing', label: 'huibao Closing', placeholders: 'title-only' },
  // The designed layouts (src/layout/layouts/): drawn on the content style; their bodies are shapes and groups.
  { name: 'cards', label: 'huibao Cards', style: 'content', placeholders: 'title-only' },
  { name: 'big-number', label: 'huibao Big Numbers', style: 'content', placeholders: 'title-only' },
  { name: 'columns', label: 'huibao Columns', style: 'content', placeholders: 'title-only' },
  { name: 'timeline', label: 'huibao Timeline', style: 'content', placeholders: 'title-only' },
  { name: 'image-text', label: 'huibao Image and Text', style: 'content', placeholders: 'title-body' },
  { name: 'statement', label: 'huibao Statement', style: 'content', placeholders: 'title-only' },
  { name: 'table', label: 'huibao Table', style: 'content', placeholders: 'title-only' },
  { name: 'code', label: 'huibao Code', style: 'content', placeholders: 'title-only' },
  { name: 'chart', label: 'huibao Chart', style: 'content', placeholders: 'title-only' },
];

/** The slide layout a laid-out slide uses: its designed layout on content slides, else its theme layout. */
export function layoutOf(slide: { layout: string; design?: string }): string {
  return slide.design && slide.design !== 'bullets' && slide.layout === 'content' ? slide.design : slide.layout;
}

const FALLBACK = 'content';

/** The spec for a slide's layout name (unknown names use the content layout). */
export function layoutSpec(name: string): LayoutSpec {
  return LAYOUT_SPECS.find((l) => l.name === name) ?? LAYOUT_SPECS.find((l) => l.name === FALLBACK)!;
}

/** The theme layout style a spec draws from (its own, else the content style when the theme has none by that name). */
export function styleKey(spec: LayoutSpec, theme: Theme): LayoutKey {
  const key = (spec.style ?? spec.name) as LayoutKey;
  return key in theme.layouts ? key : FALLBACK;
}
