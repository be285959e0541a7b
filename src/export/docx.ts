// The speaker script as a Word document, written directly (a handful of XML parts): LibreOffice's Writer, which
// could convert it, is not part of the libreoffice-impress install, and Word/WPS users want to edit the script.
import { strToU8, zipSync } from 'fflate';
import { xml } from './fodg.js';
import type { ScriptInput } from './script.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function run(text: string, props = ''): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
}

function para(style: string, runs: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs}</w:p>`;
}

export function scriptDocx(s: ScriptInput): Uint8Array {
  const zh = /^zh/.test(s.lang);
  const body: string[] = [para('Title', run(s.title))];
  if (s.summary) body.push(para('Muted', run(s.summary)));
  s.slides.forEach((sl, i) => {
    const head = `${i + 1}　${sl.title || (zh ? '（无标题）' : '(untitled)')}`;
    body.push(para('Heading1', run(head) + (sl.time ? `<w:r><w:tab/></w:r>${run(sl.time, '<w:b w:val="0"/><w:color w:val="777777"/><w:sz w:val="20"/>')}` : '')));
    if (sl.notes.length) for (const n of sl.notes) body.push(para('Note', n.split('\n').map((l, k) => (k ? '<w:r><w:br/></w:r>' : '') + run(l)).join('')));
    else for (const t of sl.text.length ? sl.text : [zh ? '（无备注）' : '(no notes)']) body.push(para('Muted', run(t)));
  });
  const fonts = `<w:rFonts w:ascii="${xml(s.fonts.latin)}" w:hAnsi="${xml(s.fonts.latin)}" w:eastAsia="${xml(s.fonts.ea)}"/>`;
  const lang = `<w:lang w:val="${zh ? 'en-US' : xml(s.lang)}" w:eastAsia="${zh ? xml(s.lang) : 'zh-CN'}"/>`;
  const style = (id: string, name: string, rpr: string, ppr = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="24"/>${lang}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${style('Title', 'Title', '<w:b/><w:sz w:val="36"/>', '<w:spacing w:after="200"/>')}
${style('Heading1', 'heading 1', '<w:b/><w:sz w:val="26"/>', '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="888888"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:outlineLvl w:val="0"/>')}
${style('Note', 'Speaker note', '')}
${style('Muted', 'Slide text', '<w:color w:val="777777"/><w:sz w:val="21"/>')}
</w:styles>`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'word/document.xml': doc,
    'word/styles.xml': styles,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xml(s.title)}</dc:title></cp:coreProperties>`,
  };
  // A fixed timestamp: the same script gives the same bytes.
  const mtime = new Date('1980-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [strToU8(v), { mtime }]])), { level: 6 });
}
