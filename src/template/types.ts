// A PowerPoint template (.pptx / .potx) as plain data: what the layout stage needs to measure against the
// template's own boxes, and what render needs to merge the template's package into the deck. No zip, no XML here.

export interface TemplateBox {
  /** Inches from the slide's top-left corner. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One level of a text style (lvl1pPr…): what a placeholder shows when the slide says nothing. */
export interface LevelStyle {
  sizePt?: number;
  /** Resolved to hex through the master's colour map and the theme. */
  color?: string;
  bold?: boolean;
  /** The bullet character as it should look (symbol-font characters translated), '' for buNone. */
  bullet?: string;
  bulletColor?: string;
  align?: 'l' | 'c' | 'r';
}

export interface Placeholder {
  /** ph type, "obj" when the file gives none (the spec's default). */
  type: string;
  /** ph idx, 0 when the file gives none. */
  idx: number;
  name: string;
  orient?: 'vert';
  /** Its box, or the box it inherits from the master; undefined when neither gives one. */
  box?: TemplateBox;
  /** Text insets in points [left, top, right, bottom] (bodyPr, inherited, else PowerPoint's defaults). */
  insetPt: [number, number, number, number];
  anchor?: 't' | 'ctr' | 'b';
  /** Effective text style for levels 1–3 (layout → master placeholder → master text styles). */
  levels: LevelStyle[];
}

/**
 * Artwork a template keeps on its example slides rather than in its master (a real pattern: an official template
 * whose cover and inner-page banners are full-slide pictures pasted on sample slides).
 */
export interface Artwork {
  /** Zip path of the picture that covers the whole of an example slide using this layout. */
  image: string;
  /** Where that example slide moves its title / main text placeholder to (over the picture), when it does. */
  title?: TemplateBox;
  body?: TemplateBox;
}

export interface TemplateLayout {
  /** Zip path, e.g. ppt/slideLayouts/slideLayout5.xml. */
  part: string;
  name: string;
  /** sldLayout/@type (title, obj, secHead, twoObj, titleOnly, blank…), undefined when absent. */
  type?: string;
  master: string;
  placeholders: Placeholder[];
  /** A full-slide picture from the first example slide on this layout that has one. */
  artwork?: Artwork;
}

export interface ThemeFonts {
  latin: string;
  /** The ea face, else the Hans script face, else ''. */
  eastAsian: string;
  /** The Hans (Simplified Chinese) script face, '' when none. */
  hans: string;
}

export interface TemplateTheme {
  part: string;
  name: string;
  /** dk1, lt1, dk2, lt2, accent1…6, hlink, folHlink → hex. */
  colors: Record<string, string>;
  major: ThemeFonts;
  minor: ThemeFonts;
}

export interface TemplateMaster {
  part: string;
  name: string;
  theme: TemplateTheme;
  /** bg1, tx1, bg2, tx2, accent1… → the scheme slot it shows (lt1, dk1…). */
  clrMap: Record<string, string>;
  /** Layout parts in the master's order. */
  layouts: string[];
  placeholders: Placeholder[];
  /** How many of the template's own slides use this master (the one in use wins). */
  slidesUsing: number;
}

export interface Template {
  /** The file it was read from (messages). */
  file: string;
  /** Slide size in EMU, exactly as the template writes it, and in inches. */
  sizeEmu: { cx: number; cy: number; type?: string };
  size: { w: number; h: number };
  masters: TemplateMaster[];
  layouts: TemplateLayout[];
  /** The template's own example slides (dropped from the output). */
  slideCount: number;
  /** Every part of the package, for the merge: zip path → bytes. */
  files: ReadonlyMap<string, Uint8Array>;
}
