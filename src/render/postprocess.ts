// The one pass over pptxgenjs' zip that makes its output valid, CJK-correct and byte-reproducible
// (pitfalls A2, A4, A5, A9, A11): our text bodies in place of tokens, hyperlink relationships, East-Asian theme
// fonts, schema order in presentation.xml, no dangling content types, fixed dates and ids, DEFLATE.
import type { Theme } from '../theme/types.js';
import { TOKEN_RE, type TokenTable } from './tokens.js';
import type { Gradient } from './masters.js';
import { xmlEscape } from './txbody.js';
import { expandShapes } from './shapes.js';
import { readZip, writeZip, writeZipParallel, ZIP_LEVEL, type DeflatePool } from './zip.js';
import type { PackagePart } from './pptxgen.js';
import { addLayoutPlaceholders, markPlaceholders } from './placeholders.js';
import { insertCharts, type PendingChart } from './chart-parts.js';
import { schemeMap, themeColorsXml, toSchemeColors } from './scheme.js';
import type { LayoutName } from '../model.js';
import { mergeTemplate, templateSchemeMap, type TemplateMerge } from '../template/merge.js';

export interface Hyperlink {
  slide: number;
  id: string;
  url: string;
}

export interface PostprocessInput {
  tokens: TokenTable;
  links: Hyperlink[];
  gradients: Gradient[];
  theme: Theme;
  lang: string;
  /** Slide size in inches (as written to presentation.xml): places the layouts' placeholders. */
  size: { w: number; h: number };
  date?: string;
  /** Worker threads for the compression (a large deck); without, this thread compresses alone. Same bytes. */
  pool?: DeflatePool;
  /** Native charts to add (render's stand-in shapes mark their places). */
  charts?: readonly PendingChart[];
  /** A template to merge in, and each slide's kind (slide i+1 → kinds[i]). */
  template?: TemplateMerge & { kinds: readonly LayoutName[] };
}

/** Zip entry times: a fixed instant (DOS dates cannot precede 1980; JSZip writes them in UTC). */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** The package's files, as pptxgenjs made them (render) or as a zip of them (pptxgenjs' own write). */
export async function postprocess(pkg: Uint8Array | readonly PackagePart[], input: PostprocessInput): Promise<Uint8Array> {
  const entries: readonly PackagePart[] = pkg instanceof Uint8Array ? await readZip(pkg) : pkg;
  const names = entries.map((e) => e.name);
  const parts = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const e of entries) {
    if (/\.(xml|rels)$/.test(e.name)) parts.set(e.name, typeof e.data === 'string' ? e.data : utf8.decode(e.data));
    else binary.set(e.name, typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data);
  }

  let marked = 0;
  for (const [name, xml] of parts) {
    let out = xml;
    // One pPr per paragraph first, on pptxgenjs' XML only: our text bodies (swapped in next) already have one.
    if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\//.test(name) && name.endsWith('.xml')) out = onePPr(out);
    // Title and body shapes become placeholders while their tokens still say which is which.
    if (input.tokens.placeholderCount && /^ppt\/slides\/slide\d+\.xml$/.test(name)) {
      out = markPlaceholders(out, (t) => {
        const ph = input.tokens.placeholder(t);
        if (ph) marked++;
        return ph;
      });
    }
    if (out.includes('HBTOKEN')) out = replaceTokens(expandShapes(out, input.tokens), input.tokens, name);
    parts.set(name, out);
  }
  // A shape pptxgenjs wrote in a form markPlaceholders does not know would silently lose its placeholder: say so.
  if (marked !== input.tokens.placeholderCount) throw new Error(`internal: ${input.tokens.placeholderCount - marked} title/body placeholder shapes were not found in the slide XML`);
  // Hyperlink relationships for the runs that carry r:id="rIdHbN".
  const bySlide = new Map<number, Hyperlink[]>();
  for (const l of input.links) bySlide.set(l.slide, [...(bySlide.get(l.slide) ?? []), l]);
  for (const [slide, links] of bySlide) {
    const relName = `ppt/slides/_rels/slide${slide}.xml.rels`;
    const rels = parts.get(relName);
    if (!rels) continue;
    const add = links
      .map((l) => `<Relationship Id="${l.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlEscape(l.url)}" TargetMode="External"/>`)
      .join('');
    parts.set(relName, rels.replace('</Relationships>', add + '</Relationships>'));
  }

  for (const g of input.gradients) {
    for (const [name, xml] of parts) {
      if (!name.startsWith('ppt/slideLayouts/') || !xml.includes(`<p:cSld name="${g.master}"`)) continue;
      const fill = `<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:srgbClr val="${g.from}"/></a:gs><a:gs pos="100000"><a:srgbClr val="${g.to}"/></a:gs></a:gsLst><a:lin ang="${Math.round(((g.angle % 360) + 360) % 360) * 60000}" scaled="0"/></a:gradFill>`;
      parts.set(name, xml.replace(/<p:bg>[\s\S]*?<\/p:bg>/, `<p:bg><p:bgPr>${fill}<a:effectLst/></p:bgPr></p:bg>`));
    }
  }

  addLayoutPlaceholders(parts, input.theme, input.size, input.lang);
  // Colours equal to a theme slot are written as that scheme colour (after every srgbClr above is in place).
  const scheme = input.template ? templateSchemeMap(input.template) : schemeMap(input.theme);
  for (const [name, xml] of parts) if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) parts.set(name, toSchemeColors(xml, scheme));

  insertCharts(parts, binary, names, input.charts ?? [], ZIP_DATE, (xml) => toSchemeColors(xml, scheme));
  // Parts pptxgenjs always writes: one missing is our bug, said as such (not an empty part in the deck).
  const required = (name: string): string => {
    const xml = parts.get(name);
    if (xml === undefined) throw new Error(`internal: the package has no ${name}`);
    return xml;
  };
  parts.set('[Content_Types].xml', pruneOverrides(required('[Content_Types].xml'), new Set(names)));
  parts.set('ppt/presentation.xml', fixPresentation(required('ppt/presentation.xml')));
  parts.set('ppt/theme/theme1.xml', themeColorsXml(themeFonts(required('ppt/theme/theme1.xml'), input.theme, input.lang), input.theme));
  parts.set('docProps/core.xml', coreDates(required('docProps/core.xml'), docDate(input.date)));

  for (const [name, xml] of parts) {
    if (TOKEN_RE.test(xml)) throw new Error(`internal: an unreplaced text token is left in ${name}`);
  }

  // Rebuild the zip: [Content_Types].xml first, then the rest in pptxgenjs' order, every entry with a fixed date.
  const kept = input.template ? mergeTemplate({ parts, binary, names }, input.template, input.template.kinds) : names;
  for (const [name, xml] of parts) if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) parts.set(name, uniqueShapeIds(xml));
  const ordered = ['[Content_Types].xml', ...kept.filter((n) => n !== '[Content_Types].xml')];
  // Every name is one of pptxgenjs' parts or one mergeTemplate added, so it is in one of the two maps.
  const files = ordered.map((name) => ({ name, data: parts.get(name) ?? binary.get(name)! }));
  const zipOptions = { date: ZIP_DATE, level: ZIP_LEVEL };
  return input.pool ? writeZipParallel(files, zipOptions, input.pool) : writeZip(files, zipOptions);
}

/**
 * Shape ids unique within a slide (ECMA-376 Part 1, p:cNvPr/@id): pptxgenjs 4.0.1 numbers a table's
 * graphicFrame `intTableNum × slideNum + 1`, which can be the id of another shape on the slide (the slide-number
 * placeholder, say). The first shape with an id keeps it; a later duplicate gets a fresh id above the slide's
 * largest. Nothing in our slides refers to a shape id, so no reference needs following: no connectors
 * (a:stCxn/a:endCxn), no animations (p:timing, p:bldP/@spid), no OLE/ink spid; hyperlinks and pictures refer to
 * relationship ids (r:id/r:embed), not to shapes.
 */
export function uniqueShapeIds(xml: string): string {
  let max = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].reduce((m, x) => Math.max(m, Number(x[1])), 0);
  const seen = new Set<string>();
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (m, id: string) => (seen.has(id) ? `<p:cNvPr id="${++max}"` : (seen.add(id), m)));
}

function replaceTokens(xml: string, tokens: TokenTable, part: string): string {
  // Table cells take <a:txBody>: our cell bodies are written with that tag already, so either body is swapped whole.
  const swap = (body: string) => {
    const m = /HBTOKEN\d+X/.exec(body);
    if (!m) return body;
    const mine = tokens.get(m[0]);
    if (!mine) throw new Error(`internal: unknown text token ${m[0]} in ${part}`);
    return mine;
  };
  return xml.replace(/<p:txBody>[\s\S]*?<\/p:txBody>/g, swap).replace(/<a:txBody>[\s\S]*?<\/a:txBody>/g, swap);
}

const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** DrawingML allows one <a:pPr>, first in <a:p>; pptxgenjs writes one per run (A4). Keep the leading one. */
export function onePPr(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, body: string) => {
    // Matches do not overlap, so only the leading one can sit at offset 0.
    const fixed = body.replace(PPR, (t: string, offset: number) => (offset === 0 ? t : ''));
    return '<a:p>' + fixed + '</a:p>';
  });
}

function pruneOverrides(ct: string, present: Set<string>): string {
  // pptxgenjs registers JPEG as image/jpg, which is not an IANA type.
  ct = ct.replace(/ContentType="image\/jpg"/g, 'ContentType="image/jpeg"');
  return ct.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (m, part: string) => (present.has(part) ? m : ''));
}

/** Schema order: sldMasterIdLst, notesMasterIdLst, …, sldIdLst. */
function fixPresentation(xml: string): string {
  const notes = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(xml);
  if (notes) {
    xml = xml.replace(notes[0], '');
    xml = xml.replace(/(<\/p:sldMasterIdLst>)/, `$1${notes[0]}`);
  }
  return xml;
}

/** Theme fonts: Latin and East-Asian faces for headings (major) and body (minor), so PowerPoint's Design › Fonts shows ours. */
function themeFonts(xml: string, theme: Theme, lang: string): string {
  const set = (tag: 'majorFont' | 'minorFont', latin: string, ea: string) =>
    xml.replace(new RegExp(`<a:${tag}>([\\s\\S]*?)</a:${tag}>`), (_m, inner: string) => {
      let body = inner.replace(/<a:latin typeface="[^"]*"/, `<a:latin typeface="${xmlEscape(latin)}"`);
      body = body.replace(/<a:ea typeface="[^"]*"/, `<a:ea typeface="${xmlEscape(ea)}"`);
      if (lang.startsWith('zh')) body = body.replace(/<a:font script="Hans" typeface="[^"]*"\/>/, `<a:font script="Hans" typeface="${xmlEscape(ea)}"/>`);
      return `<a:${tag}>${body}</a:${tag}>`;
    });
  xml = set('majorFont', theme.fonts.title.latin, theme.fonts.title.eastAsian);
  xml = set('minorFont', theme.fonts.body.latin, theme.fonts.body.eastAsian);
  return xml;
}

/** The document date: explicit option, else SOURCE_DATE_EPOCH (reproducible builds), else a fixed 2000-01-01. */
export function docDate(date?: string): string {
  let d = date ? parseDocDate(date) : undefined;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  // Out-of-range epochs would make toISOString() throw (RangeError): ignore them like any other unusable value.
  if (!d && epoch && /^\d{1,15}$/.test(epoch) && Number(epoch) * 1000 <= 8.64e15) d = new Date(Number(epoch) * 1000);
  d ??= ZIP_DATE;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A front-matter/option date with one meaning everywhere: `2024-05-01`, `2024/5/1`, `2024年5月1日`, optionally
 * with a time and a `Z`/`±hh:mm` offset; no offset means UTC. Anything else is not used (undefined). Not
 * `new Date(s)`: it reads `May 1, 2024` or `2024-05-01T09:30` in the machine's time zone, so the same deck got
 * different bytes in Beijing and in London (found by test/reliability/reproducible.test.ts).
 */
export function parseDocDate(s: string): Date | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|([+-])(\d{2}):?(\d{2}))?$/i.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, da, h, mi, se] = m.slice(1, 7).map((x) => Number(x ?? 0));
  // A month out of range can land on the same day number (13 → next January): refuse it here, and minutes and
  // seconds too (09:60 is 10:00 the same day). A day or an hour out of range always changes the day: checked below.
  if (mo < 1 || mo > 12 || mi > 59 || se > 59) return undefined;
  const d = new Date(Date.UTC(2000, mo - 1, da, h, mi, se));
  d.setUTCFullYear(y);
  if (d.getUTCDate() !== da) return undefined; // 2024-02-30, 2024-05-00, 2024-05-01T24:00
  const [sign, oh, om] = m.slice(7, 10);
  if (sign) d.setTime(d.getTime() - (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000);
  return d;
}

function coreDates(xml: string, iso: string): string {
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
}
