// The workbook embedded in each chart (what "Edit Data" opens): exactly the chart's data — categories in column A,
// one column per series, the series names in row 1 — with each series' number format, as a minimal SpreadsheetML
// package zipped with the deck's fixed date, so the same chart gives the same bytes.
import type { ChartSpec } from '../model.js';
import { xmlEscape } from './txbody.js';
import { writeZip, ZIP_LEVEL } from './zip.js';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** The sheet the chart's formulas point at. */
export const SHEET = 'Sheet1';

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `Sheet1!$B$1` or `Sheet1!$B$2:$B$6`. */
export function cellRef(col: string, row: number, toRow?: number): string {
  return `${SHEET}!$${col}$${row}` + (toRow !== undefined ? `:$${col}$${toRow}` : '');
}

/** The workbook's files (for tests) — strings shared, formats as custom number formats from id 164. */
export function workbookParts(chart: ChartSpec): { name: string; data: string }[] {
  const strings: string[] = [];
  const sst = (s: string) => {
    let k = strings.indexOf(s);
    if (k < 0) k = strings.push(s) - 1;
    return k;
  };
  const formats = [...new Set(chart.series.map((s) => s.format ?? 'General'))];
  const style = (f: string | undefined) => formats.indexOf(f ?? 'General') + 1;
  const n = chart.categories.length;
  const str = (ref: string, s: string) => `<c r="${ref}" t="s"><v>${sst(s)}</v></c>`;
  const rows: string[] = [];
  const head = [chart.categoryName ? str('A1', chart.categoryName) : '', ...chart.series.map((s, k) => str(`${column(k + 1)}1`, s.name))];
  rows.push(`<row r="1">${head.join('')}</row>`);
  for (let r = 0; r < n; r++) {
    const cells = [chart.categories[r] !== '' ? str(`A${r + 2}`, chart.categories[r]) : ''];
    chart.series.forEach((s, k) => {
      const v = s.values[r];
      if (v !== null) cells.push(`<c r="${column(k + 1)}${r + 2}" s="${style(s.format)}"><v>${v}</v></c>`);
    });
    rows.push(`<row r="${r + 2}">${cells.join('')}</row>`);
  }
  const last = `${column(chart.series.length)}${n + 1}`;
  const sheet =
    `${DECL}<worksheet xmlns="${SML}" xmlns:r="${REL}"><dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="${Math.min(40, 4 + Math.max(6, ...chart.categories.map((c) => c.length * 2)))}" customWidth="1"/></cols>` +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`;
  const numFmts = formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlEscape(f)}"/>`).join('');
  const xfs = formats.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('');
  const styles =
    `${DECL}<styleSheet xmlns="${SML}"><numFmts count="${formats.length}">${numFmts}</numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  const shared = `${DECL}<sst xmlns="${SML}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join('')}</sst>`;
  const OD = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
  return [
    {
      name: '[Content_Types].xml',
      data:
        `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${OD}sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${OD}worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${OD}styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${OD}sharedStrings+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `${DECL}<workbook xmlns="${SML}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    { name: 'xl/styles.xml', data: styles },
    { name: 'xl/sharedStrings.xml', data: shared },
  ];
}

/** The .xlsx bytes, every entry dated `date` (the deck's fixed zip date). */
export function workbookXlsx(chart: ChartSpec, date: Date): Uint8Array {
  return writeZip(workbookParts(chart), { date, level: ZIP_LEVEL });
}
