// The plain data that flows between the stages: parse → Deck → layout → LaidOutDeck → render.
// Nothing here knows about markdown-it, pptxgenjs or files.

/** 1-based line in the input file; every node carries one so warnings can point at the source. */
export interface Source {
  line: number;
}

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
  /** A hard line break (Markdown trailing two spaces / backslash, or \v) before this run's text. */
  breakBefore?: boolean;
  /** Inline math: `text` is the LaTeX source (shown in the code face when it cannot be converted). */
  math?: 'inline' | 'display';
}

export interface ListItem {
  runs: Inline[];
  children: Block[];
  src: Source;
}

export type Align = 'l' | 'c' | 'r';

export type Block =
  | { kind: 'paragraph'; runs: Inline[]; src: Source }
  | { kind: 'list'; ordered: boolean; start?: number; items: ListItem[]; src: Source }
  /** header: a cell per column, every one empty for a table without a header (pandoc's headerless and grid tables). */
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][]; align: Align[]; src: Source }
  | { kind: 'image'; path: string; alt: string; src: Source }
  | { kind: 'quote'; blocks: Block[]; src: Source }
  | { kind: 'code'; lang: string; text: string; src: Source }
  /** Explicit columns (pandoc `:::: columns`, Slidev `::right::`, two sub-headings): each column its own blocks. */
  | { kind: 'columns'; columns: Column[]; src: Source }
  /** A native chart (issue 17): from a table with a chart request or a ```chart block. */
  | { kind: 'chart'; chart: ChartSpec; src: Source };

export interface Column {
  heading?: Inline[];
  blocks: Block[];
  /** Relative width (pandoc `width=40%` → 40); equal when absent. */
  width?: number;
}

export type ChartType = 'column' | 'bar' | 'line' | 'pie' | 'doughnut' | 'area' | 'combo';

export interface ChartSeries {
  name: string;
  /** null = no value (an empty cell): a gap in the chart, an empty cell in the workbook. */
  values: (number | null)[];
  /** combo: this series on the secondary axis as a line */
  secondary?: boolean;
  /** Excel number format for the values (`#,##0.0`, `0.0%`); percentages are stored as fractions (12.5% → 0.125). */
  format?: string;
}

export interface ChartSpec {
  type: ChartType;
  title?: string;
  categories: string[];
  /** What the categories are (the table's first header cell): the workbook's A1. */
  categoryName?: string;
  series: ChartSeries[];
  stacked?: boolean;
  /** Unit of the (primary) value axis, e.g. 万元, shown as its title. */
  unit?: string;
  /** Data labels on every point. */
  labels?: boolean;
}

export type LayoutName = 'title' | 'agenda' | 'section' | 'content' | 'quote' | 'closing';

/**
 * The designed layout a slide was laid out with (src/layout/layouts/, chosen by src/layout/choose.ts). The theme
 * style (background, decorations) still comes from the slide's LayoutName; `bullets` is today's title + list.
 */
export type DesignName =
  | 'title' | 'agenda' | 'section' | 'closing' | 'quote'
  | 'bullets' | 'table' | 'code' | 'chart' | 'cards' | 'big-number' | 'columns' | 'timeline' | 'image-text' | 'statement';

/** Every layout name an author may request (`<!-- layout: cards -->`, `{.cards}`, Slidev `layout:`, Marp `class:`). */
export type RequestedLayout = LayoutName | 'cards' | 'big-number' | 'columns' | 'timeline' | 'image-text' | 'statement' | 'table' | 'code' | 'plain';

export interface Slide {
  layout: LayoutName;
  title?: Inline[];
  /** Subtitle line for title / section / closing slides. */
  subtitle?: Inline[];
  blocks: Block[];
  /** Speaker notes, one string per paragraph. */
  notes: string[];
  /** 1-based section number this slide belongs to (content slides after a `#` heading). */
  section?: number;
  /**
   * A layout the author asked for (`<!-- layout: cards -->`, `## Title {.cards}`, a dialect's directive); the
   * layout stage honours it when the content fits that layout, else warns and falls back. `line` points at the request.
   */
  layoutRequest?: { name: string; line: number; origin: string };
  /**
   * This slide's own footer text (Marp `_footer`, a later `footer:` directive): a string replaces the deck's
   * `meta.footer` on this slide, `null` shows none here. Absent = the deck's footer.
   */
  footer?: string | null;
  /** This slide's own page-number switch (Marp `paginate`/`_paginate`); absent = the deck's `meta.slideNumbers`. */
  slideNumber?: boolean;
  /**
   * A full-slide background picture (pandoc `data-background-image`, Marp `![bg](…)` without left/right), resolved
   * like any image path; `fit` as the author's tool means it (cover = fill and crop, contain = whole picture).
   */
  background?: { src: string; fit: 'cover' | 'contain' | 'fill'; line: number };
  src: Source;
}

export type Aspect = '16:9' | '4:3';

export interface DeckMeta {
  title: string;
  subtitle?: string;
  author?: string;
  date?: string;
  lang: string;
  theme?: string;
  /** Front matter `template:` — a .pptx/.potx the deck is built on. */
  template?: string;
  /** Front matter `layouts:` map: slide kind → the template layout to use. */
  templateLayouts?: Record<string, string>;
  aspect: Aspect;
  footer?: string;
  slideNumbers: boolean;
  agenda: boolean;
  closing?: string;
  /** Front matter `pace:` and `duration:` as written; src/lint/timing.ts reads them. */
  pace?: string;
  duration?: string;
  /** `auto` (default): designed layouts chosen from the content's shape; `plain`: title and bullets everywhere. */
  layouts?: 'auto' | 'plain';
}

export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  /** The file the deck came from (for messages and for resolving image paths). */
  file?: string;
}

// ---------------------------------------------------------------------------------------------
// Laid-out deck: every box placed, every font size final. The renderer makes no decisions.

/** A paragraph ready to render: runs, list level, bullet, final size. */
export interface LaidParagraph {
  runs: Inline[];
  /** 0 = plain paragraph; 1..3 = list level. */
  level: number;
  /** Literal bullet text (e.g. "■", "1.", "（一）"); undefined for none. */
  bullet?: string;
  bulletColor?: string;
  /** Ordered-list number: rendered as PowerPoint auto-numbering starting here. */
  number?: number;
  sizePt: number;
  align?: Align;
  /** Paragraph spacing before, points. */
  spaceBeforePt: number;
  /** Exact line pitch, points (a:lnSpc/a:spcPts) — fixed pitch makes the fit maths exact. */
  lineSpacingPt: number;
  /** Left margin (indent of wrapped lines) and hanging indent of the bullet, points. */
  marginLeftPt: number;
  indentPt: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  font?: 'title' | 'body' | 'mono';
  /** Lines the layout stage predicts; kept for reports and tests. */
  lines: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextBox extends Box {
  kind: 'text';
  /** Role, used for naming the shape and for reports. */
  role:
    | 'title' | 'subtitle' | 'body' | 'quote' | 'code' | 'caption' | 'agenda' | 'section-number' | 'placeholder'
    // Designed layouts: card faces and their parts, numerals, big figures, bands and statements.
    | 'card' | 'card-heading' | 'numeral' | 'figure' | 'band' | 'statement' | 'column-heading' | 'step';
  paragraphs: LaidParagraph[];
  valign: 'top' | 'middle' | 'bottom';
  /** Text insets in points [left, top, right, bottom]. */
  insetPt: [number, number, number, number];
  fill?: string;
  /** Left accent bar colour (quotes). */
  barColor?: string;
  lineColor?: string;
  /** Outline width in points (with lineColor). */
  lineWidthPt?: number;
  /** Shape geometry behind the text (default: a plain rectangle). */
  shape?: 'rect' | 'roundRect' | 'ellipse';
  /** Corner radius of a roundRect, inches. */
  radiusIn?: number;
}

/** Shapes that move as one (a card: its face, number badge, heading and text), written as one p:grpSp. */
export interface GroupBox extends Box {
  kind: 'group';
  name: string;
  items: TextBox[];
}

export interface TableCellOut {
  runs: Inline[];
  align: Align;
}

export interface TableBox extends Box {
  kind: 'table';
  /** Empty when the table has no header row; rowH[0] (the header's height) is then 0. */
  header: TableCellOut[];
  rows: TableCellOut[][];
  colW: number[];
  rowH: number[];
  sizePt: number;
  lineSpacingPt: number;
  headerFill: string;
  headerColor: string;
  zebraFill?: string;
  borderColor: string;
  textColor: string;
}

export interface ImageBox extends Box {
  kind: 'image';
  /** Absolute path of an image that was read and checked; undefined → render a placeholder. */
  path?: string;
  data?: Uint8Array;
  mime?: string;
  alt: string;
}

/** A native chart (issue 17): its data, and every style decision already made (colours hex, sizes in points). */
export interface ChartBox extends Box {
  kind: 'chart';
  chart: ChartSpec;
  /** One colour per series (per category for pie and doughnut), from the palette roles, accent first. */
  colors: string[];
  /** Text colour for a data label drawn on each of those colours (inside a bar, on a ring): white or the text colour. */
  onColors: string[];
  /** Axis labels, legend and data labels; the title is a little larger. */
  sizePt: number;
  titleSizePt: number;
  textColor: string;
  /** The slide's background: slice borders, and behind a combo line's labels where they cross the columns. */
  background: string;
  /** Axis lines and tick labels. */
  axisColor: string;
  gridColor: string;
  /** Category axis labels turned by this many degrees (0 = horizontal, wrapped; −45 when they cannot fit). */
  labelRotation: number;
  legend: boolean;
  /** Value axes: number format (decimals only where the range needs them) and 0 as the lowest value for bars and areas. */
  axes: { format: string; fromZero: boolean; max?: number }[];
  /** Data labels on the points (the spec's choice, else on when there are few points). */
  labels: boolean;
  /** The value axis' unit in the deck's language (单位：万元), or undefined. */
  unitLabel?: string;
  /** The deck's language (zh-CN, en-US), for lang on text. */
  lang: string;
  alt: string;
}

export type PlacedItem = TextBox | TableBox | ImageBox | ChartBox | GroupBox;

export interface LaidSlide {
  layout: LayoutName;
  /** The designed layout used (absent = the theme layout's plain form). */
  design?: DesignName;
  items: PlacedItem[];
  notes: string[];
  /** Title text (plain) for reports, section names and the agenda. */
  titleText: string;
  section?: number;
  sectionTitle?: string;
  /** The source slide's background picture, read and checked (src/render/background.ts draws it). */
  background?: LaidBackground;
  /** 1-based continuation index when a source slide was split (1 = first part). */
  part?: number;
  parts?: number;
  /** The source slide's own footer / page-number switch (Slide.footer, Slide.slideNumber), for render's chrome. */
  footer?: string | null;
  slideNumber?: boolean;
  src: Source;
}

export interface LaidBackground {
  data: Uint8Array;
  mime: string;
  /** Pixel size, for cropping (cover) and letterboxing (contain). */
  width: number;
  height: number;
  fit: 'cover' | 'contain' | 'fill';
  /** The slide's own background colour: what shows around a contained picture and under the text scrim. */
  color: string;
}

export interface FitReport {
  line: number;
  slide: number;
  title: string;
  message: string;
}

export interface LaidOutDeck {
  meta: DeckMeta;
  widthIn: number;
  heightIn: number;
  slides: LaidSlide[];
  /** What the fitter did: shrinks and splits, for --verbose and `huibao check`. */
  fit: FitReport[];
  /** The layout chosen for each source slide and why (`--verbose`). */
  choices?: LayoutChoice[];
  /** Layout requests that could not be honoured (the CLI prints them as warnings with their line). */
  warnings?: { line: number; message: string }[];
}

export interface LayoutChoice {
  line: number;
  /** 1-based index of the first output slide. */
  slide: number;
  title: string;
  design: DesignName;
  why: string;
}

/** An image the asset loader read and checked (or could not), keyed by the path written in the Markdown. */
export type ImageAsset =
  | { ok: true; path: string; data: Uint8Array; mime: string; width: number; height: number }
  | { ok: false; reason: string };
