// A laid-out chart → the chart part (c:chartSpace), written here rather than by pptxgenjs: its chart XML fails the
// schema (c:axId after c:extLst), and its parts carry random colours and ids. Every value below comes from the
// ChartBox (colours, sizes, rotation, legend, labels were decided by layout); ids are fixed numbers, so the same
// box gives the same bytes. Element order follows dml-chart.xsd (CT_ChartSpace, CT_PlotArea, CT_BarSer, …).
import type { ChartBox, ChartSeries } from '../model.js';
import type { FontFaces } from '../layout/measure.js';
import { xmlEscape } from './txbody.js';
import { cellRef, column } from './chart-workbook.js';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** Axis ids: primary category/value, secondary category (hidden)/value. */
const AX = { cat: 1001, val: 1002, cat2: 1003, val2: 1004 } as const;

const fill = (hex: string, alpha?: number) => `<a:solidFill><a:srgbClr val="${hex}"${alpha === undefined ? '/>' : `><a:alpha val="${alpha}"/></a:srgbClr>`}</a:solidFill>`;
const noLine = '<a:ln><a:noFill/></a:ln>';
const line = (hex: string, w = 9525) => `<a:ln w="${w}">${fill(hex)}</a:ln>`;

export function chartXml(box: ChartBox, fonts: FontFaces): string {
  const t = new ChartText(box, fonts);
  const c = box.chart;
  const pie = c.type === 'pie' || c.type === 'doughnut';
  const title = c.title ? `<c:title>${t.rich(c.title, box.titleSizePt, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  const plot = pie ? pieXml(box, t) : groupsXml(box, t) + axesXml(box, t);
  const legend = box.legend ? `<c:legend><c:legendPos val="${c.type === 'doughnut' ? 'r' : 'b'}"/><c:overlay val="0"/>${t.props(box.sizePt)}</c:legend>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="${xmlEscape(box.lang)}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plot}<c:spPr><a:noFill/>${noLine}</c:spPr></c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:noFill/>${noLine}</c:spPr>${t.props(box.sizePt)}` +
    '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
  );
}

/** Text properties in the chart's font, size and colour; CJK in a:ea, the deck's language on the runs. */
class ChartText {
  constructor(
    private readonly box: ChartBox,
    private readonly fonts: FontFaces,
  ) {}

  private rPr(tag: 'a:defRPr' | 'a:rPr', sizePt: number, bold: boolean, color = this.box.textColor): string {
    const lang = tag === 'a:rPr' ? ` lang="${xmlEscape(this.box.lang)}"` : '';
    const f = `<a:latin typeface="${xmlEscape(this.fonts.latin)}"/><a:ea typeface="${xmlEscape(this.fonts.eastAsian)}"/><a:cs typeface="${xmlEscape(this.fonts.latin)}"/>`;
    return `<${tag}${lang} sz="${Math.round(sizePt * 100)}" b="${bold ? 1 : 0}">${fill(color)}${f}</${tag}>`;
  }

  /** c:txPr: the default run properties of an element (axis labels, legend, data labels). */
  props(sizePt: number, opts: { rot?: number; color?: string } = {}): string {
    const body = opts.rot !== undefined ? `<a:bodyPr rot="${Math.round(opts.rot * 60000)}" vert="horz"/>` : '<a:bodyPr/>';
    return `<c:txPr>${body}<a:lstStyle/><a:p><a:pPr>${this.rPr('a:defRPr', sizePt, false, opts.color)}</a:pPr><a:endParaRPr lang="${xmlEscape(this.box.lang)}"/></a:p></c:txPr>`;
  }

  /** c:tx with one run of text (titles); `upright` keeps it level where a viewer would turn it (a value axis' title). */
  rich(text: string, sizePt: number, bold: boolean, upright = false): string {
    const body = upright ? '<a:bodyPr rot="0" vert="horz"/>' : '<a:bodyPr/>';
    return `<c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr>${this.rPr('a:defRPr', sizePt, bold)}</a:pPr><a:r>${this.rPr('a:rPr', sizePt, bold)}<a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
  }

  /**
   * c:dLbls showing the values (or, for a pie, category and percentage) in number format `format` (the series' own,
   * or 0% for shares), in `color`; `perPoint` colours each point's label (labels drawn on differently coloured slices).
   */
  labels(format: string, pos: string | undefined, kind: 'value' | 'pie' | 'percent', color: string, perPoint?: string[], backdrop?: string): string {
    const show = (v: boolean) => (v ? '1' : '0');
    const fmt = `<c:numFmt formatCode="${xmlEscape(format)}" sourceLinked="0"/><c:spPr>${backdrop ? fill(backdrop) : '<a:noFill/>'}${noLine}</c:spPr>`;
    const flags =
      (pos ? `<c:dLblPos val="${pos}"/>` : '') +
      `<c:showLegendKey val="0"/><c:showVal val="${show(kind === 'value')}"/><c:showCatName val="${show(kind === 'pie')}"/><c:showSerName val="0"/>` +
      `<c:showPercent val="${show(kind !== 'value')}"/><c:showBubbleSize val="0"/>` +
      (kind === 'pie' ? '<c:separator>\n</c:separator>' : '');
    const points = (perPoint ?? []).map((c, i) => `<c:dLbl><c:idx val="${i}"/>${fmt}${this.props(this.box.sizePt, { color: c })}${flags}</c:dLbl>`).join('');
    return `<c:dLbls>${points}${fmt}${this.props(this.box.sizePt, { color })}${flags}${kind === 'pie' ? '<c:showLeaderLines val="1"/>' : ''}</c:dLbls>`;
  }
}

const NO_LABELS = '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';

/** tx, cat and val of series k (column k + 1 of the workbook), with the cached values viewers draw from. */
function refs(box: ChartBox, k: number): { tx: string; cat: string; val: string } {
  const c = box.chart;
  const s = c.series[k];
  const n = c.categories.length;
  const col = column(k + 1);
  const strPts = c.categories.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join('');
  const numPts = s.values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return {
    tx: `<c:tx><c:strRef><c:f>${cellRef(col, 1)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlEscape(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`,
    cat: `<c:cat><c:strRef><c:f>${cellRef('A', 2, n + 1)}</c:f><c:strCache><c:ptCount val="${n}"/>${strPts}</c:strCache></c:strRef></c:cat>`,
    val: `<c:val><c:numRef><c:f>${cellRef(col, 2, n + 1)}</c:f><c:numCache><c:formatCode>${xmlEscape(s.format ?? 'General')}</c:formatCode><c:ptCount val="${n}"/>${numPts}</c:numCache></c:numRef></c:val>`,
  };
}

/** Column/bar/line/area groups; a combo is columns on the primary axes and its line(s) on the secondary ones. */
function groupsXml(box: ChartBox, t: ChartText): string {
  const c = box.chart;
  const all = c.series.map((s, k) => ({ s, k }));
  const axes = (secondary: boolean) => (secondary ? `<c:axId val="${AX.cat2}"/><c:axId val="${AX.val2}"/>` : `<c:axId val="${AX.cat}"/><c:axId val="${AX.val}"/>`);
  const stacked = !!c.stacked;
  const bars = (list: { s: ChartSeries; k: number }[], dir: 'col' | 'bar') => {
    // Labels inside the bars when they are stacked, or at their foot in a combo (its line's labels sit higher up).
    const inside = stacked || c.type === 'combo';
    const pos = stacked ? 'ctr' : inside ? 'inBase' : 'outEnd';
    const ser = list.map(({ s, k }) => {
      const r = refs(box, k);
      const labels = box.labels ? t.labels(s.format ?? 'General', pos, 'value', inside ? box.onColors[k] : box.textColor) : '';
      return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>${r.tx}<c:spPr>${fill(box.colors[k])}${noLine}</c:spPr><c:invertIfNegative val="0"/>${labels}${r.cat}${r.val}</c:ser>`;
    });
    return (
      `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${ser.join('')}${NO_LABELS}` +
      `<c:gapWidth val="${list.length > 1 ? 60 : 80}"/><c:overlap val="${stacked ? 100 : -5}"/>${axes(false)}</c:barChart>`
    );
  };
  const lines = (list: { s: ChartSeries; k: number }[], secondary: boolean) => {
    const ser = list.map(({ s, k }) => {
      const r = refs(box, k);
      const color = box.colors[k];
      const marker = `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${fill(color)}${line(box.background, 9525)}</c:spPr></c:marker>`;
      return (
        `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>${r.tx}<c:spPr><a:ln w="28575" cap="rnd">${fill(color)}<a:round/></a:ln></c:spPr>${marker}` +
        `${box.labels ? t.labels(s.format ?? 'General', 't', 'value', box.textColor, undefined, secondary ? box.background : undefined) : ''}${r.cat}${r.val}<c:smooth val="0"/></c:ser>`
      );
    });
    return `<c:lineChart><c:grouping val="${stacked && !secondary ? 'stacked' : 'standard'}"/><c:varyColors val="0"/>${ser.join('')}${NO_LABELS}<c:marker val="1"/>${axes(secondary)}</c:lineChart>`;
  };
  const areas = (list: { s: ChartSeries; k: number }[]) => {
    const ser = list.map(({ s, k }) => {
      const r = refs(box, k);
      const labels = box.labels ? t.labels(s.format ?? 'General', undefined, 'value', box.onColors[k]) : '';
      // Overlapping areas are see-through, with a solid edge, so none hides another (viewers differ on which is in front).
      const look = stacked || list.length === 1 ? `${fill(box.colors[k])}${noLine}` : `${fill(box.colors[k], 40000)}${line(box.colors[k], 22225)}`;
      return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>${r.tx}<c:spPr>${look}</c:spPr>${labels}${r.cat}${r.val}</c:ser>`;
    });
    return `<c:areaChart><c:grouping val="${stacked ? 'stacked' : 'standard'}"/><c:varyColors val="0"/>${ser.join('')}${NO_LABELS}${axes(false)}</c:areaChart>`;
  };
  switch (c.type) {
    case 'bar':
      return bars(all, 'bar');
    case 'line':
      return lines(all, false);
    case 'area':
      return areas(all);
    case 'combo':
      return bars(all.filter((x) => !x.s.secondary), 'col') + lines(all.filter((x) => x.s.secondary), true);
    default:
      return bars(all, 'col');
  }
}

function axesXml(box: ChartBox, t: ChartText): string {
  const c = box.chart;
  const horizontal = c.type === 'bar';
  const axisLine = line(box.axisColor);
  // Horizontal bars list the categories top-down in the table's order: reversed axis, values crossing at the end.
  const catAx = (id: number, cross: number, hidden: boolean) =>
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:spPr><a:noFill/>${axisLine}</c:spPr>${t.props(box.sizePt, { rot: box.labelRotation })}` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = (id: number, cross: number, secondary: boolean, axis: ChartBox['axes'][number]) => {
    const grid = secondary ? '' : `<c:majorGridlines><c:spPr>${line(box.gridColor)}</c:spPr></c:majorGridlines>`;
    // The unit as Chinese reports print it: "单位：万元" over the value axis, top left, not turned.
    const corner = horizontal ? '' : '<c:layout><c:manualLayout><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="0"/><c:y val="0"/></c:manualLayout></c:layout>';
    const unit = !secondary && box.unitLabel ? `<c:title>${t.rich(box.unitLabel, box.sizePt, false, true)}${corner}<c:overlay val="0"/></c:title>` : '';
    const pos = secondary ? 'r' : horizontal ? 'b' : 'l';
    return (
      `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${axis.max !== undefined ? `<c:max val="${axis.max}"/>` : ''}${axis.fromZero ? '<c:min val="0"/>' : ''}</c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>${grid}${unit}` +
      `<c:numFmt formatCode="${xmlEscape(axis.format)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
      `<c:spPr><a:noFill/>${noLine}</c:spPr>${t.props(box.sizePt, { color: box.axisColor })}<c:crossAx val="${cross}"/>` +
      `<c:crosses val="${secondary || horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
    );
  };
  let xml = catAx(AX.cat, AX.val, false) + valAx(AX.val, AX.cat, false, box.axes[0]);
  if (c.type === 'combo') xml += catAx(AX.cat2, AX.val2, true) + valAx(AX.val2, AX.cat2, true, box.axes[1] ?? box.axes[0]);
  return xml;
}

/** Pie: one series, a colour per slice, labels with the category and its share. Doughnut: rings, a legend. */
function pieXml(box: ChartBox, t: ChartText): string {
  const c = box.chart;
  const ser = c.series.map((s, k) => {
    const r = refs(box, k);
    const pts = c.categories
      .map((_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${fill(box.colors[i % box.colors.length])}${line(box.background, 19050)}</c:spPr></c:dPt>`)
      .join('');
    // Pie labels sit outside, by their slice; a doughnut's on the ring, each in the colour that reads on its slice.
    const onRing = c.categories.map((_, i) => box.onColors[i % box.onColors.length]);
    const labels = !box.labels ? '' : c.type === 'pie' ? t.labels('0%', 'outEnd', 'pie', box.textColor) : t.labels('0%', undefined, 'percent', box.textColor, onRing);
    return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>${r.tx}${pts}${labels}${r.cat}${r.val}</c:ser>`;
  }).join('');
  if (c.type === 'pie') return `<c:pieChart><c:varyColors val="1"/>${ser}${NO_LABELS}<c:firstSliceAng val="0"/></c:pieChart>`;
  return `<c:doughnutChart><c:varyColors val="1"/>${ser}${NO_LABELS}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
}
