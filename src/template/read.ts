// Stage: a .pptx/.potx template → Template (plain data). Reads the package once: slide size, masters with their
// colour maps and text styles, layouts with their placeholders (boxes, insets, effective text styles per level),
// the theme's colours and fonts, and which master the template's own slides use.
import { unzipSync } from 'fflate';
import { HuibaoError } from '../errors.js';
import { attr, element, elements, numAttr, relationships, relsPath, resolveTarget, unescapeXml } from './xml.js';
import type { Artwork, LevelStyle, Placeholder, Template, TemplateBox, TemplateLayout, TemplateMaster, TemplateTheme, ThemeFonts } from './types.js';

const EMU_PER_IN = 914400;
const EMU_PER_PT = 12700;
/** PowerPoint's insets when bodyPr gives none: 0.1" left/right, 0.05" top/bottom. */
const DEFAULT_INSET: [number, number, number, number] = [7.2, 3.6, 7.2, 3.6];
/** Bigger than any real template (the largest here is 1.5 MB); a zip bomb is refused before it is inflated. */
const MAX_UNPACKED = 200 * 1024 * 1024;

export function readTemplate(bytes: Uint8Array, file: string): Template {
  const files = unpack(bytes, file);
  const text = (p: string) => {
    const b = files.get(p);
    return b ? new TextDecoder('utf-8').decode(b) : undefined;
  };
  const pres = text('ppt/presentation.xml');
  if (!pres) throw new HuibaoError('not a PowerPoint file or template (no ppt/presentation.xml inside)', { file });
  const presRels = relationships(text(relsPath('ppt/presentation.xml')));
  const sz = element(pres, 'p:sldSz');
  const cx = numAttr(sz, 'cx') ?? 12192000;
  const cy = numAttr(sz, 'cy') ?? 6858000;
  const sizeEmu = { cx, cy, type: attr(sz, 'type') };

  // Which master each example slide uses (slide → layout → master).
  const slideParts = presRels.filter((r) => r.type === 'slide').map((r) => resolveTarget('ppt/presentation.xml', r.target));
  const layoutMaster = new Map<string, string>();
  const usage = new Map<string, number>();
  const themes = new Map<string, TemplateTheme>();
  const masters: TemplateMaster[] = [];
  const layouts: TemplateLayout[] = [];

  const masterIds = elements(element(pres, 'p:sldMasterIdLst') ?? '', 'p:sldMasterId').map((e) => attr(e, 'r:id'));
  const masterParts = masterIds
    .map((id) => presRels.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .map((r) => resolveTarget('ppt/presentation.xml', r.target));
  if (masterParts.length === 0) throw new HuibaoError('the template has no slide master', { file });

  for (const mPart of masterParts) {
    const mXml = text(mPart);
    if (!mXml) throw new HuibaoError(`the template names a slide master it does not contain (${mPart})`, { file });
    const mRels = relationships(text(relsPath(mPart)));
    const themeRel = mRels.find((r) => r.type === 'theme');
    const themePart = themeRel ? resolveTarget(mPart, themeRel.target) : undefined;
    let theme = themePart ? themes.get(themePart) : undefined;
    if (!theme) {
      theme = readTheme(themePart, text(themePart ?? ''));
      if (themePart) themes.set(themePart, theme);
    }
    const clrMap = readClrMap(element(mXml, 'p:clrMap'));
    const color = colorResolver(theme, clrMap);
    const txStyles = element(mXml, 'p:txStyles');
    const styles = {
      title: levels(element(txStyles, 'p:titleStyle'), color),
      body: levels(element(txStyles, 'p:bodyStyle'), color),
      other: levels(element(txStyles, 'p:otherStyle'), color),
    };
    const masterPh = placeholders(mXml, color, undefined, styles);
    const layoutParts = elements(element(mXml, 'p:sldLayoutIdLst') ?? '', 'p:sldLayoutId')
      .map((e) => mRels.find((r) => r.id === attr(e, 'r:id')))
      .filter((r) => r !== undefined)
      .map((r) => resolveTarget(mPart, r.target));
    const master: TemplateMaster = {
      part: mPart,
      name: unescapeXml(attr(element(mXml, 'p:cSld'), 'name') ?? '') || theme.name,
      theme,
      clrMap,
      layouts: [],
      placeholders: masterPh,
      slidesUsing: 0,
    };
    for (const lPart of layoutParts) {
      const lXml = text(lPart);
      if (!lXml) continue;
      layoutMaster.set(lPart, mPart);
      master.layouts.push(lPart);
      const head = element(lXml, 'p:sldLayout');
      layouts.push({
        part: lPart,
        name: attr(element(lXml, 'p:cSld'), 'name') ?? '',
        type: attr(head, 'type'),
        master: mPart,
        placeholders: placeholders(lXml, color, masterPh, styles),
      });
    }
    masters.push(master);
  }
  for (const s of slideParts) {
    const rels = relationships(text(relsPath(s)));
    const rel = rels.find((r) => r.type === 'slideLayout');
    const lPart = rel ? resolveTarget(s, rel.target) : undefined;
    const m = lPart ? layoutMaster.get(lPart) : undefined;
    if (m) usage.set(m, (usage.get(m) ?? 0) + 1);
    const layout = layouts.find((l) => l.part === lPart);
    if (layout && !layout.artwork) layout.artwork = slideArtwork(s, text(s) ?? '', rels, sizeEmu, files);
  }
  for (const m of masters) m.slidesUsing = usage.get(m.part) ?? 0;

  return { file, sizeEmu, size: { w: cx / EMU_PER_IN, h: cy / EMU_PER_IN }, masters, layouts, slideCount: slideParts.length, files };
}

/** A picture covering the whole example slide, and where the slide puts its title and text over it. */
function slideArtwork(part: string, xml: string, rels: ReturnType<typeof relationships>, size: { cx: number; cy: number }, files: Map<string, Uint8Array>): Artwork | undefined {
  const tree = element(xml, 'p:spTree') ?? '';
  let image: string | undefined;
  for (const pic of elements(tree, 'p:pic')) {
    const xfrm = element(element(pic, 'p:spPr'), 'a:xfrm');
    const off = element(xfrm, 'a:off');
    const ext = element(xfrm, 'a:ext');
    const [x, y, cx, cy] = [numAttr(off, 'x') ?? 0, numAttr(off, 'y') ?? 0, numAttr(ext, 'cx') ?? 0, numAttr(ext, 'cy') ?? 0];
    const covers = cx >= size.cx * 0.95 && cy >= size.cy * 0.95 && Math.abs(x) <= size.cx * 0.05 && Math.abs(y) <= size.cy * 0.05;
    const embed = attr(element(pic, 'a:blip'), 'r:embed');
    const rel = rels.find((r) => r.id === embed && r.type === 'image' && !r.external);
    const target = rel ? resolveTarget(part, rel.target) : undefined;
    if (covers && target && files.has(target) && /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf)$/i.test(target)) {
      image = target;
      break;
    }
  }
  if (!image) return undefined;
  const art: Artwork = { image };
  for (const sp of elements(tree, 'p:sp')) {
    const ph = element(element(sp, 'p:nvPr'), 'p:ph');
    const xfrm = element(element(sp, 'p:spPr'), 'a:xfrm');
    if (!ph || !xfrm) continue;
    const off = element(xfrm, 'a:off');
    const ext = element(xfrm, 'a:ext');
    const box = { x: (numAttr(off, 'x') ?? 0) / EMU_PER_IN, y: (numAttr(off, 'y') ?? 0) / EMU_PER_IN, w: (numAttr(ext, 'cx') ?? 0) / EMU_PER_IN, h: (numAttr(ext, 'cy') ?? 0) / EMU_PER_IN };
    const type = attr(ph, 'type') ?? 'obj';
    if (TITLE_TYPES.has(type)) art.title ??= box;
    else if (BODY_TYPES.has(type)) art.body ??= box;
  }
  return art;
}

function unpack(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNPACKED) throw new HuibaoError('the template unpacks to more than 200 MB; refusing to read it', { file });
        return !f.name.endsWith('/');
      },
    });
  } catch (e) {
    if (e instanceof HuibaoError) throw e;
    throw new HuibaoError(`not a PowerPoint file or template (cannot read it as a zip: ${(e as Error).message})`, { file });
  }
  // Sorted by name: the merge walks them in a fixed order whatever order the zip had (byte-identical output).
  return new Map(Object.keys(entries).sort().map((k) => [k, entries[k]]));
}

function readTheme(part: string | undefined, xml: string | undefined): TemplateTheme {
  const colors: Record<string, string> = { dk1: '000000', lt1: 'FFFFFF', dk2: '44546A', lt2: 'E7E6E6', accent1: '4472C4', accent2: 'ED7D31', accent3: 'A5A5A5', accent4: 'FFC000', accent5: '5B9BD5', accent6: '70AD47', hlink: '0563C1', folHlink: '954F72' };
  const scheme = element(xml, 'a:clrScheme');
  for (const slot of Object.keys(colors)) {
    const el = element(scheme, `a:${slot}`);
    const hex = attr(element(el, 'a:srgbClr'), 'val') ?? attr(element(el, 'a:sysClr'), 'lastClr');
    if (hex && /^[0-9a-fA-F]{6}$/.test(hex)) colors[slot] = hex.toUpperCase();
  }
  const fonts = (tag: string): ThemeFonts => {
    const f = element(xml, tag);
    const latin = attr(element(f, 'a:latin'), 'typeface') ?? '';
    const ea = attr(element(f, 'a:ea'), 'typeface') ?? '';
    const hans = elements(f ?? '', 'a:font').find((e) => attr(e, 'script') === 'Hans');
    const hansFace = attr(hans, 'typeface') ?? '';
    return { latin, eastAsian: ea || hansFace, hans: hansFace };
  };
  return {
    part: part ?? '',
    name: attr(element(xml, 'a:theme'), 'name') ?? '',
    colors,
    major: fonts('a:majorFont'),
    minor: fonts('a:minorFont'),
  };
}

const DEFAULT_MAP: Record<string, string> = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };

function readClrMap(el: string | undefined): Record<string, string> {
  const map: Record<string, string> = { ...DEFAULT_MAP };
  for (const k of ['bg1', 'tx1', 'bg2', 'tx2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']) {
    const v = attr(el, k);
    if (v) map[k] = v;
  }
  return map;
}

export type ColorResolver = (fill: string | undefined) => string | undefined;

/** The hex colour of the first colour element in `fill` (srgbClr, schemeClr through the map, sysClr), with lumMod/lumOff. */
export function colorResolver(theme: TemplateTheme, clrMap: Record<string, string>): ColorResolver {
  return (fill) => {
    if (!fill) return undefined;
    const m = /<a:(srgbClr|schemeClr|sysClr|prstClr)\b[^>]*?(?:\/>|>([\s\S]*?)<\/a:\1>)/.exec(fill);
    if (!m) return undefined;
    const el = m[0];
    let hex: string | undefined;
    if (m[1] === 'srgbClr') hex = attr(el, 'val');
    else if (m[1] === 'sysClr') hex = attr(el, 'lastClr');
    else if (m[1] === 'prstClr') hex = attr(el, 'val') === 'white' ? 'FFFFFF' : '000000';
    else {
      const v = attr(el, 'val') ?? '';
      hex = theme.colors[clrMap[v] ?? v];
    }
    if (!hex || !/^[0-9a-fA-F]{6}$/.test(hex)) return undefined;
    const lumMod = numAttr(element(m[2], 'a:lumMod'), 'val');
    const lumOff = numAttr(element(m[2], 'a:lumOff'), 'val');
    return lumMod !== undefined || lumOff !== undefined ? luminance(hex, (lumMod ?? 100000) / 100000, (lumOff ?? 0) / 100000) : hex.toUpperCase();
  };
}

/** DrawingML lumMod/lumOff: scale and shift the HSL lightness. */
function luminance(hex: string, mod: number, off: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  l = Math.min(1, Math.max(0, l * mod + off));
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

// Symbol-font bullets (Wingdings, Symbol) are codes in the font's own table, often written as private-use U+F0xx:
// the character they draw, as far as known; anything else in a symbol font is drawn as a round bullet.
const SYMBOL_BULLETS: Record<string, Record<number, string>> = {
  wingdings: { 0x6c: '●', 0x6e: '■', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0xa7: '▪', 0xd8: '➢', 0xfc: '✔', 0x9f: '•' },
  'wingdings 2': { 0x97: '●', 0x98: '●', 0xa1: '●', 0xa2: '●', 0xa3: '■', 0xa4: '■' },
  'wingdings 3': { 0x7d: '▶', 0x75: '▶', 0x84: '▶' },
  symbol: { 0xb7: '•' },
};

function symbolBullet(font: string, ch: string): string | undefined {
  const table = SYMBOL_BULLETS[font];
  if (!table) return undefined;
  let cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0xf000 && cp <= 0xf0ff) cp -= 0xf000;
  return table[cp] ?? '●';
}

function levels(style: string | undefined, color: ColorResolver): LevelStyle[] {
  return [1, 2, 3].map((n) => levelStyle(element(style, `a:lvl${n}pPr`), color));
}

function levelStyle(p: string | undefined, color: ColorResolver): LevelStyle {
  if (!p) return {};
  const out: LevelStyle = {};
  const rpr = element(p, 'a:defRPr');
  const sz = numAttr(rpr, 'sz');
  if (sz) out.sizePt = sz / 100;
  const b = attr(rpr, 'b');
  if (b !== undefined) out.bold = b === '1' || b === 'true';
  const fill = element(rpr, 'a:solidFill') ?? element(rpr, 'a:gradFill');
  const c = color(fill);
  if (c) out.color = c;
  const algn = attr(p, 'algn');
  if (algn === 'ctr') out.align = 'c';
  else if (algn === 'r') out.align = 'r';
  else if (algn === 'l' || algn === 'just') out.align = 'l';
  if (element(p, 'a:buNone')) out.bullet = '';
  const ch = attr(element(p, 'a:buChar'), 'char');
  if (ch !== undefined) {
    const font = (attr(element(p, 'a:buFont'), 'typeface') ?? '').toLowerCase();
    out.bullet = symbolBullet(font, ch) ?? ch;
  }
  const bc = color(element(p, 'a:buClr'));
  if (bc) out.bulletColor = bc;
  return out;
}

const TITLE_TYPES = new Set(['title', 'ctrTitle']);
const BODY_TYPES = new Set(['body', 'obj', 'subTitle']);

/** The placeholders of a master or layout; a layout's inherit box, insets and styles from the master's. */
function placeholders(xml: string, color: ColorResolver, master: Placeholder[] | undefined, styles: { title: LevelStyle[]; body: LevelStyle[]; other: LevelStyle[] }): Placeholder[] {
  const out: Placeholder[] = [];
  const tree = element(xml, 'p:spTree') ?? '';
  for (const sp of elements(tree, 'p:sp')) {
    const ph = element(element(sp, 'p:nvPr'), 'p:ph');
    if (!ph) continue;
    const type = attr(ph, 'type') ?? 'obj';
    const idx = numAttr(ph, 'idx') ?? 0;
    const parent = master ? inheritFrom(master, type, idx) : undefined;
    const spPr = element(sp, 'p:spPr');
    const xfrm = element(spPr, 'a:xfrm');
    const off = element(xfrm, 'a:off');
    const ext = element(xfrm, 'a:ext');
    const box: TemplateBox | undefined =
      off && ext
        ? { x: (numAttr(off, 'x') ?? 0) / EMU_PER_IN, y: (numAttr(off, 'y') ?? 0) / EMU_PER_IN, w: (numAttr(ext, 'cx') ?? 0) / EMU_PER_IN, h: (numAttr(ext, 'cy') ?? 0) / EMU_PER_IN }
        : parent?.box;
    const bodyPr = element(element(sp, 'p:txBody'), 'a:bodyPr');
    const inherited = parent?.insetPt ?? DEFAULT_INSET;
    const ins = (name: string, i: number) => {
      const v = numAttr(bodyPr, name);
      return v === undefined ? inherited[i] : v / EMU_PER_PT;
    };
    const anchor = attr(bodyPr, 'anchor') ?? parent?.anchor;
    const base = parent?.levels ?? (TITLE_TYPES.has(type) ? styles.title : BODY_TYPES.has(type) ? styles.body : styles.other);
    const own = levels(element(element(sp, 'p:txBody'), 'a:lstStyle'), color);
    out.push({
      type,
      idx,
      name: attr(element(sp, 'p:cNvPr'), 'name') ?? '',
      orient: attr(ph, 'orient') === 'vert' ? 'vert' : undefined,
      box,
      insetPt: [ins('lIns', 0), ins('tIns', 1), ins('rIns', 2), ins('bIns', 3)],
      anchor: anchor === 'ctr' || anchor === 't' || anchor === 'b' ? anchor : undefined,
      levels: base.map((l, i) => ({ ...l, ...own[i] })),
    });
  }
  return out;
}

/** The master placeholder a layout placeholder inherits from: same type (title ← ctrTitle, body ← subTitle/obj). */
function inheritFrom(master: Placeholder[], type: string, idx: number): Placeholder | undefined {
  const kind = TITLE_TYPES.has(type) ? 'title' : BODY_TYPES.has(type) ? 'body' : type;
  return master.find((p) => p.type === kind) ?? (kind === 'body' ? master.find((p) => p.idx === idx && BODY_TYPES.has(p.type)) : undefined);
}
