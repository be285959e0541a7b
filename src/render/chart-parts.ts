// Charts in the package: render marks each chart's place on its slide with a stand-in shape named HBCHART<n>;
// the post-processing pass swaps that shape for a graphicFrame pointing at ppt/charts/chart<n>.xml and adds the
// chart part, its embedded workbook and their relationships and content types. Charts are numbered in slide order,
// so the part names, like the bytes in them, depend only on the deck.
import type { ChartBox } from '../model.js';
import type { FontFaces } from '../layout/measure.js';
import type { PptxSlide } from './pptxgen.js';
import { chartXml } from './chart.js';
import { workbookXlsx } from './chart-workbook.js';
import { xmlEscape } from './txbody.js';

export interface PendingChart {
  /** 1-based slide number. */
  slide: number;
  /** 1-based chart number in the deck. */
  n: number;
  box: ChartBox;
  fonts: FontFaces;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const marker = (n: number) => `HBCHART${n}`;
const emu = (inches: number) => Math.round(Math.min(56, Math.max(0, Number.isFinite(inches) ? inches : 0)) * 914400);

/** Collects the deck's charts while render draws the slides. */
export class ChartCollector {
  readonly list: PendingChart[] = [];

  add(slide: PptxSlide, box: ChartBox, slideNo: number, fonts: FontFaces): void {
    const n = this.list.length + 1;
    slide.addShape('rect', { x: 0, y: 0, w: 1, h: 1, objectName: marker(n) } as never);
    this.list.push({ slide: slideNo, n, box, fonts });
  }
}

/** Adds every chart to the package's parts (XML as strings, the workbooks as bytes); `names` gets the new parts. */
export function insertCharts(
  parts: Map<string, string>,
  binary: Map<string, Uint8Array>,
  names: string[],
  charts: readonly PendingChart[],
  date: Date,
  /** Colours equal to a theme slot → scheme colours, as on the slides (so Design › Variants › Colors recolours charts too). */
  recolor: (xml: string) => string = (x) => x,
): void {
  if (charts.length === 0) return;
  let types = parts.get('[Content_Types].xml');
  if (types === undefined) throw new Error('internal: the package has no [Content_Types].xml');
  for (const c of charts) {
    const slideName = `ppt/slides/slide${c.slide}.xml`;
    const relsName = `ppt/slides/_rels/slide${c.slide}.xml.rels`;
    const slide = parts.get(slideName);
    const rels = parts.get(relsName);
    if (slide === undefined || rels === undefined) throw new Error(`internal: chart ${c.n} has no slide ${c.slide}`);
    const rId = `rIdHbChart${c.n}`;
    let found = false;
    const sp = new RegExp(`<p:sp>(?:(?!</p:sp>)[\\s\\S])*?<p:cNvPr id="(\\d+)" name="${marker(c.n)}"[\\s\\S]*?</p:sp>`);
    parts.set(
      slideName,
      slide.replace(sp, (_m, id: string) => {
        found = true;
        return frameXml(c.box, Number(id), c.n, rId);
      }),
    );
    if (!found) throw new Error(`internal: the place of chart ${c.n} is missing on slide ${c.slide}`);
    parts.set(relsName, rels.replace('</Relationships>', `<Relationship Id="${rId}" Type="${REL}/chart" Target="../charts/chart${c.n}.xml"/></Relationships>`));
    const chartName = `ppt/charts/chart${c.n}.xml`;
    const chartRels = `ppt/charts/_rels/chart${c.n}.xml.rels`;
    const book = `ppt/embeddings/Microsoft_Excel_Worksheet${c.n}.xlsx`;
    parts.set(chartName, recolor(chartXml(c.box, c.fonts)));
    parts.set(
      chartRels,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/package" Target="../embeddings/Microsoft_Excel_Worksheet${c.n}.xlsx"/></Relationships>`,
    );
    binary.set(book, workbookXlsx(c.box.chart, date));
    names.push(chartName, chartRels, book);
    types = types.replace('</Types>', `<Override PartName="/${chartName}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
  }
  if (!/<Default Extension="xlsx"/.test(types)) {
    types = types.replace('</Types>', '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>');
  }
  parts.set('[Content_Types].xml', types);
}

/** The slide's graphicFrame for chart n: where it sits, its alt text, the relationship to its part. */
function frameXml(box: ChartBox, id: number, n: number, rId: string): string {
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Chart ${n}" descr="${xmlEscape(box.alt.replace(/[\v\n\r]+/g, ' '))}"/>` +
    '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>' +
    `<p:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></p:xfrm>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="${rId}"/></a:graphicData></a:graphic></p:graphicFrame>`
  );
}
