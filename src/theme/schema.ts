// The theme schema, written once in zod: it validates theme files, gives the TypeScript types (types.ts) and
// generates the JSON Schema editors use (themes/theme.schema.json). Two variants from one factory:
//   - ThemeSchema: a complete theme, after `extends` is merged;
//   - ThemeFileSchema: what one file may hold — every object key optional (a child theme names only what it
//     changes), `null` on a layout key removes what the parent set. Arrays and tuples are always complete
//     because merging replaces them whole.
import { z } from 'zod';
import { makeDesignsSchema } from './layout-styles.js';

/** `#RRGGBB`, `RRGGBB`, `#RGB` or `RGB` in files; upper-case `RRGGBB` without `#` once parsed. */
export const COLOR_RE = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;
export const COLOR_EXPECTED = 'expected a colour like "C00000" or "#C00000"';
export const PERCENT_RE = /^\d+(\.\d+)?%$/;
const POS_EXPECTED = 'expected inches (a number; negative counts from the right/bottom edge) or a percentage like "50%"';
const EXTENT_EXPECTED = 'expected inches (a number ≥ 0) or a percentage like "50%"';

export function normalizeColor(s: string): string {
  let hex = s.replace(/^#/, '').toUpperCase();
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  return hex;
}

const color = (expected = COLOR_EXPECTED) =>
  z
    .string()
    .regex(COLOR_RE, { error: expected })
    .overwrite((s) => (COLOR_RE.test(s) ? normalizeColor(s) : s));

/**
 * The palette's keys: each is a role a colour elsewhere in the theme may name instead of a hex value
 * (`"fill": "accent"`), resolved once `extends` is merged (roles.ts), so a child theme that changes one palette
 * colour recolours everything that named it.
 */
export const PALETTE_ROLES = [
  'background', 'text', 'title', 'accent', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'muted',
  'tableHeader', 'tableHeaderText', 'tableZebra', 'tableBorder', 'codeBackground', 'codeText', 'quoteBackground', 'quoteBar', 'link',
] as const;
export type PaletteRole = (typeof PALETTE_ROLES)[number];
/** Optional palette roles (the theme part's accent3–accent6); roles.ts gives them defaults when a theme has none. */
export const OPTIONAL_ROLES: readonly PaletteRole[] = ['accent3', 'accent4', 'accent5', 'accent6'];
export const ROLE_EXPECTED = 'expected a colour like "C00000" or a palette role like "accent"';

/**
 * A colour or a palette role name. Every theme colour is one (layout-style modules too: use this, and roles are
 * resolved in your keys as well). `id`s name the JSON Schema definitions when the file schema is generated.
 */
export function colorOrRole(named: <T extends z.ZodType>(t: T, id: string) => T = (t) => t): z.ZodType<string> {
  return z.union([named(color(ROLE_EXPECTED), 'Color'), named(z.enum(PALETTE_ROLES), 'PaletteRole')], { error: ROLE_EXPECTED }) as unknown as z.ZodType<string>;
}


/** x, y: inches from the left/top; negative inches count from the right/bottom edge; or "N%" of the slide. */
const pos = () =>
  z
    .union([z.number(), z.string().regex(PERCENT_RE, { error: POS_EXPECTED })], { error: POS_EXPECTED })
    .describe('Inches from the left/top edge; a negative number counts from the right/bottom edge; "N%" is a share of the slide width (x) or height (y).');

/** w, h: inches (≥ 0) or "N%" of the slide. */
const extent = () =>
  z
    .union([z.number().min(0, { error: EXTENT_EXPECTED }), z.string().regex(PERCENT_RE, { error: EXTENT_EXPECTED })], { error: EXTENT_EXPECTED })
    .describe('Inches, or "N%" of the slide width (w) or height (h).');

const pt = (description: string, min = 1, max = 200) => z.number().min(min).max(max).describe(description);
const inches = (description: string, max = 5) => z.number().min(0).max(max).describe(description);

// Control characters cannot be written in XML (the deck would not open); found by test/reliability/fuzz.test.ts.
const fontName = () =>
  z
    .string()
    .min(1, { error: 'expected a font name' })
    .regex(/^[^\u0000-\u001F\u007F\uFFFE\uFFFF]*$/, { error: 'a font name cannot contain control characters' });

function makeSchema(partial: boolean) {
  /** Named once in the JSON Schema ($defs), so editors show "Color" and the file stays small. */
  const named = <T extends z.ZodType>(t: T, id: string): T => (partial ? (t.meta({ id }) as T) : t);
  const colorT = named(colorOrRole(named), 'ColorOrRole');
  const posT = named(pos(), 'Position');
  const extentT = named(extent(), 'Extent');
  /** A strict object (unknown keys are errors); in a theme file every key is optional. */
  const o = <S extends z.ZodRawShape>(shape: S) =>
    (partial ? z.strictObject(shape).partial() : z.strictObject(shape)) as unknown as z.ZodObject<S, z.core.$strict>;
  /** An optional layout key; in a file `null` removes the inherited value. */
  const opt = <T extends z.ZodType>(t: T) => (partial ? t.nullable().optional() : t.optional()) as unknown as z.ZodOptional<T>;

  const regionShape = { x: posT, y: posT, w: extentT, h: extentT };
  const region = named(o(regionShape), 'Region');
  const align = () => z.enum(['left', 'center', 'right']);

  const fontPair = named(
    o({
      latin: fontName().describe('Face for Latin letters and digits, e.g. "Arial", "Calibri", "Times New Roman".'),
      eastAsian: fontName().describe('Face for Chinese/Japanese/Korean text, e.g. "Microsoft YaHei", "SimHei", "SimSun".'),
    }).describe('A Latin face and an East-Asian face'),
    'FontPair',
  );

  // Decorations are array items: merging replaces the array, so an item is always complete.
  const decoration = named(
    z.strictObject({
      shape: z.enum(['rect', 'line', 'ellipse']).describe('rect, line (from (x, y) to (x + w, y + h)) or ellipse'),
      ...regionShape,
      fill: colorT.optional().describe('Fill colour (rect, ellipse)'),
      line: colorT.optional().describe('Outline colour; for a line, its colour'),
      lineWidthPt: z.number().min(0).max(20).optional().describe('Outline/line width in points'),
      transparency: z.number().min(0).max(100).optional().describe('Fill transparency, 0 (opaque) to 100 (invisible)'),
    }).describe('A shape drawn on the slide layout, behind the text'),
    'Decoration',
  );

  const chromeBox = named(
    o({ ...regionShape, align: align().optional(), color: colorT.optional() }).describe('A text box in the slide margin: region, alignment, colour (default palette.muted)'),
    'MarginBox',
  );
  const chrome = (what: string) =>
    z.union([z.literal(false), chromeBox], { error: `expected false (no ${what}) or a region {x, y, w, h, align?, color?}` }).describe(`Where the ${what} goes on this layout, or false for none`);

  const layoutStyle = named(
    o({
      background: opt(
        o({
          color: colorT.optional().describe('Solid background colour'),
          gradient: o({ from: colorT, to: colorT, angle: z.number().min(0).max(360).describe('Degrees; 90 = top to bottom') })
            .optional()
            .describe('Linear gradient background'),
          image: z.string().min(1).optional().describe('Background picture, relative to the theme file'),
        }).describe('Slide background; defaults to palette.background'),
      ),
      decorations: opt(z.array(decoration).describe('Bars, lines and shapes drawn behind the text, in order')),
      logo: opt(o({ ...regionShape, image: z.string().min(1).describe('Logo picture, relative to the theme file') }).describe('A logo placed on every slide of this layout')),
      titleColor: opt(colorT.describe('Title text colour; defaults to palette.title')),
      textColor: opt(colorT.describe('Body text colour; defaults to palette.text')),
      accentColor: opt(colorT.describe('Accent colour for this layout; defaults to palette.accent')),
      titleAlign: opt(z.enum(['left', 'center'])),
      titleBold: opt(z.boolean()),
      title: opt(region),
      body: opt(region),
      slideNumber: opt(chrome('slide number')),
      footer: opt(chrome('footer')),
    }).describe('How one slide layout looks: background, decorations, logo, colours, boxes'),
    'LayoutStyle',
  );

  const bullet = named(
    z.strictObject({
    char: z.string().min(1).max(2).describe('The bullet character, e.g. "■", "●", "–"'),
      color: colorT.optional().describe('Bullet colour; defaults to palette.accent'),
    }),
    'Bullet',
  );

  return o({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editor completion'),
    name: z.string().min(1).describe('Theme name, as used with --theme and `theme:`'),
    description: z.string().describe('One line shown by `huibao themes list`'),
    extends: z.string().min(1).optional().describe('A theme to start from: a built-in name or a path relative to this file'),
    palette: o({
      background: colorT.describe('Slide background'),
      text: colorT.describe('Body text'),
      title: colorT.describe('Slide titles'),
      accent: colorT.describe('Main accent: bars, bullets, highlights'),
      accent2: colorT.describe('Second accent'),
      accent3: colorT.optional().describe('Third accent (the theme part\'s accent3; default: tableHeader)'),
      accent4: colorT.optional().describe('Fourth accent (accent4; default: quoteBar)'),
      accent5: colorT.optional().describe('Fifth accent (accent5; default: muted)'),
      accent6: colorT.optional().describe('Sixth accent (accent6; default: tableBorder)'),
      muted: colorT.describe('Footers, slide numbers, captions'),
      tableHeader: colorT.describe('Table header row fill'),
      tableHeaderText: colorT.describe('Table header row text'),
      tableZebra: colorT.describe('Fill of every other table row'),
      tableBorder: colorT.describe('Table borders'),
      codeBackground: colorT.describe('Code block fill'),
      codeText: colorT.describe('Code block text'),
      quoteBackground: colorT.describe('Block quote fill'),
      quoteBar: colorT.describe('Block quote bar'),
      link: colorT.describe('Hyperlinks'),
    }).describe('Colours: hex, or the name of another palette role (e.g. "title": "accent")'),
    fonts: o({
      title: fontPair,
      body: fontPair,
      mono: fontPair,
    }).describe('Fonts: each a Latin face and an East-Asian face'),
    sizes: o({
      title: pt('Slide title size (pt)'),
      subtitle: pt('Title-slide subtitle size (pt)'),
      section: pt('Section divider title size (pt)'),
      body: z
        .tuple([pt('Level 1'), pt('Level 2'), pt('Level 3')], { error: 'expected a list of 3 sizes in points, like [24, 22, 20]' })
        .describe('Body text sizes for list levels 1, 2 and 3 (pt)'),
      table: pt('Table text size (pt)'),
      code: pt('Code size (pt)'),
      notes: pt('Speaker notes size (pt)'),
      footer: pt('Footer and slide number size (pt)'),
      minTitle: pt('Smallest size a long title may shrink to (pt)'),
      minBody: pt('Smallest size body text may shrink to before the slide is split (pt)'),
      minTable: pt('Smallest table text size (pt)'),
      minCode: pt('Smallest code size (pt)'),
    }).describe('Font sizes in points'),
    spacing: o({
      marginX: inches('Left and right margin (in)'),
      marginTop: inches('Space above the title (in)'),
      marginBottom: inches('Space below the body (in); footers and slide numbers live here'),
      titleHeight: inches('Height of the title box (in)'),
      gap: inches('Gap between the title and the body, and between body blocks (in)', 2),
      lineSpacing: z.number().min(0.8).max(3).describe('Line pitch as a multiple of the font size, e.g. 1.2'),
      paragraphSpacing: z.number().min(0).max(3).describe('Space before each paragraph, as a multiple of the font size, e.g. 0.4'),
    }).describe('Margins and spacing'),
    bullets: z
      .tuple([bullet, bullet, bullet], { error: 'expected a list of 3 bullets, one per list level, like [{"char": "■"}, {"char": "●"}, {"char": "–"}]' })
      .describe('Bullets for list levels 1, 2 and 3'),
    numbering: o({
      sections: z.enum(['zh', 'arabic', 'part', 'none']).describe('How sections without their own number are numbered: 一、 / 1. / Part 1 / none'),
    }),
    layouts: o({
      title: layoutStyle,
      agenda: layoutStyle,
      section: layoutStyle,
      content: layoutStyle,
      quote: layoutStyle,
      closing: layoutStyle,
    }).describe('Per-layout styling: title slide, agenda (目录), section dividers, content slides, quote-only slides, closing slide (谢谢！)'),
    designs: makeDesignsSchema(() => colorT).optional(),
  });
}

/** A complete theme (after `extends` is merged). */
export const ThemeSchema = makeSchema(false).describe('A huibao theme');
/** What one theme file may contain (everything optional, `null` removes an inherited layout key). */
export const ThemeFileSchema: z.ZodType = makeSchema(true).describe(
  'A huibao theme file (JSON or YAML). With `extends`, give only what changes; without it, every section is needed.',
);
