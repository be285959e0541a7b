// A small flat-ODG (.fodg) writer: handouts and the speaker script are pages we compose ourselves (A4 portrait,
// every picture, line and text frame placed) and let LibreOffice Draw convert to PDF. Draw, not Writer: the
// libreoffice-impress package (what we ask users to install) brings Draw, not Writer.

export const xml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

export const PAGE_W_CM = 21;
export const PAGE_H_CM = 29.7;

export interface TextStyleSpec {
  sizePt: number;
  bold?: boolean;
  color?: string;
}

/** A page item, positions in centimetres from the page's top-left corner. */
export type PageItem =
  | { kind: 'picture'; png: Uint8Array; x: number; y: number; w: number; h: number; name: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color?: string }
  /** Lines already broken (by the layout's wrapper), drawn at a fixed pitch, never re-wrapped. */
  | { kind: 'text'; lines: string[]; x: number; y: number; w: number; style: TextStyleSpec; pitchPt: number; align?: 'left' | 'right' | 'center' };

export interface FodgOptions {
  title: string;
  lang: string;
  fonts: { latin: string; ea: string };
  pages: PageItem[][];
}

const NS = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xlink="http://www.w3.org/1999/xlink"',
  'dc="http://purl.org/dc/elements/1.1/"',
]
  .map((n) => 'xmlns:' + n)
  .join(' ');

const cm = (n: number) => `${n.toFixed(3)}cm`;

export function fodg(o: FodgOptions): string {
  const [language, country = ''] = o.lang.split('-');
  const cjk = /^(zh|ja|ko)/.test(o.lang);
  const langAttrs = cjk ? `style:language-asian="${xml(language)}" style:country-asian="${xml(country)}"` : `fo:language="${xml(language)}" fo:country="${xml(country || 'none')}"`;
  // One text style per (size, weight, colour, pitch, align) actually used.
  const textStyles = new Map<string, string>();
  const styleOf = (s: TextStyleSpec, pitchPt: number, align = 'left') => {
    const key = `${s.sizePt}|${s.bold ? 'b' : ''}|${s.color ?? '222222'}|${pitchPt}|${align}`;
    if (!textStyles.has(key)) textStyles.set(key, `s${textStyles.size + 1}`);
    return textStyles.get(key)!;
  };
  const pages = o.pages.map((items, pi) => {
    const body = items
      .map((it, i) => {
        if (it.kind === 'picture') {
          return `<draw:frame draw:style-name="pic" draw:name="${xml(it.name)}" svg:x="${cm(it.x)}" svg:y="${cm(it.y)}" svg:width="${cm(it.w)}" svg:height="${cm(it.h)}"><draw:image><office:binary-data>${Buffer.from(it.png).toString('base64')}</office:binary-data></draw:image></draw:frame>`;
        }
        if (it.kind === 'line') {
          return `<draw:line draw:style-name="${it.color ? 'rule-dark' : 'rule'}" svg:x1="${cm(it.x1)}" svg:y1="${cm(it.y1)}" svg:x2="${cm(it.x2)}" svg:y2="${cm(it.y2)}"><text:p/></draw:line>`;
        }
        const s = styleOf(it.style, it.pitchPt, it.align);
        const h = (it.lines.length * it.pitchPt) / 72 * 2.54 + 0.1;
        // A little wider than the wrap width: our line breaks are final, LibreOffice must not add its own.
        const lines = it.lines.map((l) => `<text:p text:style-name="p${s}"><text:span text:style-name="t${s}">${spaces(l)}</text:span></text:p>`).join('');
        return `<draw:frame draw:style-name="txt" draw:text-style-name="p${s}" draw:name="t${pi}-${i}" svg:x="${cm(it.x)}" svg:y="${cm(it.y)}" svg:width="${cm(it.w + 0.4)}" svg:height="${cm(h)}"><draw:text-box>${lines}</draw:text-box></draw:frame>`;
      })
      .join('\n');
    return `<draw:page draw:name="page${pi + 1}" draw:master-page-name="A4">\n${body}\n</draw:page>`;
  });
  const autoText = [...textStyles]
    .map(([key, name]) => {
      const [size, bold, color, pitch, align] = key.split('|');
      const w = bold ? 'bold' : 'normal';
      return (
        `<style:style style:name="p${name}" style:family="paragraph"><style:paragraph-properties fo:line-height="${pitch}pt" fo:text-align="${align === 'left' ? 'start' : align === 'right' ? 'end' : 'center'}" fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>` +
        `<style:style style:name="t${name}" style:family="text"><style:text-properties fo:font-size="${size}pt" style:font-size-asian="${size}pt" fo:font-weight="${w}" style:font-weight-asian="${w}" fo:color="#${color}"/></style:style>`
      );
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.graphics">
<office:meta><dc:title>${xml(o.title)}</dc:title><dc:language>${xml(o.lang)}</dc:language></office:meta>
<office:font-face-decls>
<style:font-face style:name="latin" svg:font-family="'${xml(o.fonts.latin)}'"/>
<style:font-face style:name="ea" svg:font-family="'${xml(o.fonts.ea)}'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="graphic"><style:graphic-properties draw:shadow="hidden"/><style:text-properties style:font-name="latin" style:font-name-asian="ea" fo:font-size="11pt" style:font-size-asian="11pt" ${langAttrs}/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PM"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="${PAGE_W_CM}cm" fo:page-height="${PAGE_H_CM}cm" style:print-orientation="portrait"/></style:page-layout>
<style:style style:name="dp" style:family="drawing-page"><style:drawing-page-properties draw:background-size="full" draw:fill="none"/></style:style>
<style:style style:name="pic" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#999999" svg:stroke-width="0.02cm" draw:fill="none"/></style:style>
<style:style style:name="rule" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#BBBBBB" svg:stroke-width="0.02cm"/></style:style>
<style:style style:name="rule-dark" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#888888" svg:stroke-width="0.02cm"/></style:style>
<style:style style:name="txt" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:auto-grow-width="false" draw:textarea-vertical-align="top" fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm" fo:wrap-option="no-wrap"/></style:style>
${autoText}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="A4" style:page-layout-name="PM" draw:style-name="dp"/></office:master-styles>
<office:body><office:drawing>
${pages.join('\n')}
</office:drawing></office:body>
</office:document>
`;
}

/** Runs of spaces kept (ODF collapses them otherwise). */
function spaces(s: string): string {
  return xml(s).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
}
