// A chart box drawn as SVG for the preview: the same data, colours, sizes and axis settings the layout decided,
// drawn plainly (PowerPoint draws the real, editable chart from the .pptx). Bars, columns, lines, areas, combos
// (secondary series as a line), pies and doughnuts.
import type { ChartBox } from '../model.js';

const e = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const n = (v: number) => +v.toFixed(1);

export function chartSvg(c: ChartBox, fontFamily: string): string {
  const W = c.w * 96;
  const H = c.h * 96;
  const px = (pt: number) => (pt * 96) / 72;
  const fs = px(c.sizePt);
  const out: string[] = [];
  const text = (x: number, y: number, s: string, anchor = 'middle', size = fs, color = c.textColor) =>
    out.push(`<text x="${n(x)}" y="${n(y)}" text-anchor="${anchor}" font-size="${n(size)}" fill="#${color}">${e(s)}</text>`);
  let top = 4;
  if (c.chart.title) {
    text(W / 2, top + px(c.titleSizePt), c.chart.title, 'middle', px(c.titleSizePt));
    top += px(c.titleSizePt) * 1.6;
  }
  const series = c.chart.series;
  const cats = c.chart.categories;
  let bottom = H - 4;
  if (c.legend) {
    const items = c.chart.type === 'pie' || c.chart.type === 'doughnut' ? cats : series.map((s) => s.name);
    // Centred, each entry a swatch and its name (widths estimated: CJK 1 em, else 0.55 em a character).
    const widths = items.map((s) => fs * 1.4 + [...s].reduce((a, ch) => a + (ch.codePointAt(0)! > 0x2e80 ? fs : fs * 0.55), 0) + fs);
    let x = (W - widths.reduce((a, b) => a + b, 0)) / 2;
    items.forEach((name, i) => {
      out.push(`<rect x="${n(x)}" y="${n(bottom - fs * 0.85)}" width="${n(fs * 0.8)}" height="${n(fs * 0.8)}" fill="#${c.colors[i % c.colors.length]}"/>`);
      text(x + fs * 1.2, bottom - fs * 0.1, name, 'start');
      x += widths[i];
    });
    bottom -= fs * 1.8;
  }
  if (c.chart.type === 'pie' || c.chart.type === 'doughnut') {
    const vals = (series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
    const sum = vals.reduce((a, b) => a + b, 0) || 1;
    const r = Math.max(4, Math.min(W, bottom - top) / 2 - 4);
    const cx = W / 2;
    const cy = (top + bottom) / 2;
    let a = -Math.PI / 2;
    vals.forEach((v, i) => {
      const b = a + (v / sum) * Math.PI * 2;
      const large = b - a > Math.PI ? 1 : 0;
      const p = (t: number, rr = r) => `${n(cx + rr * Math.cos(t))} ${n(cy + rr * Math.sin(t))}`;
      out.push(`<path d="M ${cx} ${cy} L ${p(a)} A ${n(r)} ${n(r)} 0 ${large} 1 ${p(b)} Z" fill="#${c.colors[i % c.colors.length]}" stroke="#${c.background}" stroke-width="1.5"/>`);
      a = b;
    });
    if (c.chart.type === 'doughnut') out.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.55)}" fill="#${c.background}"/>`);
    return wrap(out, W, H, fontFamily);
  }
  const horizontal = c.chart.type === 'bar';
  const primary = series.filter((s) => !(c.chart.type === 'combo' && s.secondary));
  const all = primary.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const stacked = !!c.chart.stacked;
  const sums = cats.map((_, k) => primary.reduce((a, s) => a + Math.max(0, s.values[k] ?? 0), 0));
  let max = Math.max(0, ...(stacked ? sums : all));
  let min = Math.min(c.axes[0]?.fromZero === false && all.length ? Math.min(...all) : 0, ...all, 0);
  if (max === min) max = min + 1;
  // Round tick values, as a chart application picks them: a step of 1, 2 or 5 × 10^k, about five of them.
  const raw = (max - min) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  max = Math.ceil(max / step) * step;
  min = Math.floor(min / step) * step;
  const ticks = Math.round((max - min) / step);
  const left = fs * 3.2;
  const labelH = fs * 1.6;
  const plot = { x: left, y: top + fs * 0.5, w: W - left - 8, h: bottom - top - fs * 0.5 - labelH };
  const val = (v: number) => (horizontal ? plot.x + ((v - min) / (max - min)) * plot.w : plot.y + plot.h - ((v - min) / (max - min)) * plot.h);
  for (let g = 0; g <= ticks; g++) {
    const v = min + step * g;
    if (horizontal) out.push(`<line x1="${n(val(v))}" y1="${n(plot.y)}" x2="${n(val(v))}" y2="${n(plot.y + plot.h)}" stroke="#${c.gridColor}"/>`);
    else {
      out.push(`<line x1="${n(plot.x)}" y1="${n(val(v))}" x2="${n(plot.x + plot.w)}" y2="${n(val(v))}" stroke="#${c.gridColor}"/>`);
      text(plot.x - 4, val(v) + fs * 0.35, String(+v.toPrecision(6)), 'end', fs, c.axisColor);
    }
  }
  const band = (horizontal ? plot.h : plot.w) / Math.max(1, cats.length);
  cats.forEach((cat, k) => {
    if (horizontal) text(plot.x - 4, plot.y + band * (k + 0.5) + fs * 0.35, cat, 'end', fs, c.axisColor);
    else text(plot.x + band * (k + 0.5), plot.y + plot.h + fs * 1.2, cat, 'middle', fs, c.axisColor);
  });
  const bars = c.chart.type === 'column' || c.chart.type === 'bar' || c.chart.type === 'combo';
  const barSeries = bars ? primary : [];
  const lineSeries = bars ? series.filter((s) => c.chart.type === 'combo' && s.secondary) : series;
  const zero = val(Math.max(min, 0));
  barSeries.forEach((s, i) => {
    const w = stacked ? band * 0.6 : (band * 0.7) / barSeries.length;
    s.values.forEach((v, k) => {
      if (v === null) return;
      const below = stacked ? barSeries.slice(0, i).reduce((a, t) => a + Math.max(0, t.values[k] ?? 0), 0) : 0;
      const a = val(below);
      const b = val(below + v);
      const off = band * k + (stacked ? band * 0.2 : band * 0.15 + w * i);
      const color = c.colors[series.indexOf(s) % c.colors.length];
      if (c.labels) {
        if (horizontal) text(Math.max(a, b) + 3, plot.y + off + w / 2 + fs * 0.35, String(v), 'start');
        else text(plot.x + off + w / 2, Math.min(a, b) - 3, String(v));
      }
      out.push(
        horizontal
          ? `<rect x="${n(Math.min(a, b))}" y="${n(plot.y + off)}" width="${n(Math.abs(b - a))}" height="${n(w)}" fill="#${color}"/>`
          : `<rect x="${n(plot.x + off)}" y="${n(Math.min(a, b))}" width="${n(w)}" height="${n(Math.abs(b - a))}" fill="#${color}"/>`,
      );
    });
  });
  // Lines (and areas; a combo's secondary series on the same scale here: the preview shows its shape).
  const sMax = Math.max(...lineSeries.flatMap((s) => s.values.filter((v): v is number => v !== null)), 0);
  lineSeries.forEach((s) => {
    const color = c.colors[series.indexOf(s) % c.colors.length];
    const scale = c.chart.type === 'combo' && sMax > 0 ? (v: number) => plot.y + plot.h - (v / (sMax * 1.08)) * plot.h : val;
    const pts = s.values.map((v, k) => (v === null ? undefined : `${n(plot.x + band * (k + 0.5))},${n(scale(v))}`)).filter(Boolean) as string[];
    if (c.chart.type === 'area' && pts.length) out.push(`<polygon points="${n(plot.x + band * 0.5)},${n(zero)} ${pts.join(' ')} ${n(plot.x + band * (s.values.length - 0.5))},${n(zero)}" fill="#${color}" fill-opacity="0.7"/>`);
    else out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="#${color}" stroke-width="2.5"/>`);
    if (c.labels) s.values.forEach((v, k) => v !== null && text(plot.x + band * (k + 0.5), scale(v) - 6, String(v)));
  });
  out.push(horizontal ? `<line x1="${n(zero)}" y1="${n(plot.y)}" x2="${n(zero)}" y2="${n(plot.y + plot.h)}" stroke="#${c.axisColor}"/>` : `<line x1="${n(plot.x)}" y1="${n(zero)}" x2="${n(plot.x + plot.w)}" y2="${n(zero)}" stroke="#${c.axisColor}"/>`);
  return wrap(out, W, H, fontFamily);
}

function wrap(parts: string[], W: number, H: number, fontFamily: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 ${n(W)} ${n(H)}" style="font-family:${e(fontFamily)}">${parts.join('')}</svg>`;
}
