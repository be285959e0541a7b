// A chart is placed like an image: the body region (or its column) gives it the height the text leaves, never less
// than CHART_MIN_IN. Here every style decision is made for the renderer: series colours from the palette roles
// (accent first), text sizes, light gridlines, the legend, data labels, and whether the category labels fit
// horizontally (wrapped) or must turn — measured with the same metrics as all other text.
import type { ChartBox, ChartSpec } from '../model.js';
import type { Theme } from '../theme/types.js';
import { measureWidthPt } from './measure.js';
import { round } from './geometry.js';

/** A chart never gets less height than this (inches): below it the axis labels crowd the plot away. */
export const CHART_MIN_IN = 2.4;

export interface ChartPlace {
  theme: Theme;
  lang: string;
  textColor: string;
  background?: string;
}

/** The chart box in a space of w × h points at (x, y), all decisions made. */
export function placeChart(spec: ChartSpec, xPt: number, yPt: number, wPt: number, hPt: number, p: ChartPlace): ChartBox {
  const { theme } = p;
  const zh = p.lang.startsWith('zh');
  const background = p.background ?? theme.palette.background;
  const pie = spec.type === 'pie' || spec.type === 'doughnut';
  const sizePt = Math.max(12, Math.min(16, theme.sizes.minTable - 2));
  const colors = chartColors(theme, pie ? spec.categories.length : spec.series.length, background);
  const points = spec.categories.length * spec.series.length;
  // Few points: values on them. Overlapping areas would hide their labels, so areas only when asked.
  const labels = spec.labels ?? (pie || (spec.type !== 'area' && points <= 12));
  const legend = pie ? spec.type === 'doughnut' : spec.series.length > 1;
  const unit = spec.unit?.trim();
  return {
    kind: 'chart',
    x: round(xPt / 72),
    y: round(yPt / 72),
    w: round(wPt / 72),
    h: round(hPt / 72),
    chart: spec,
    colors,
    onColors: colors.map((c) => readableOn(c, p.textColor, background)),
    sizePt,
    titleSizePt: sizePt + 2,
    textColor: p.textColor,
    background,
    axisColor: mix(p.textColor, background, 0.55),
    gridColor: mix(p.textColor, background, 0.86),
    labelRotation: pie || spec.type === 'bar' ? 0 : categoryRotation(spec, wPt, sizePt, theme),
    legend,
    axes: pie ? [] : [valueAxis(spec, false), ...(spec.type === 'combo' ? [valueAxis(spec, true)] : [])],
    labels,
    unitLabel: unit ? (zh ? `单位：${unit}` : `Unit: ${unit}`) : undefined,
    lang: zh ? 'zh-CN' : p.lang === 'en' ? 'en-US' : p.lang,
    alt: spec.title ?? (zh ? `${spec.series.map((s) => s.name).join('、')}图表` : `Chart of ${spec.series.map((s) => s.name).join(', ')}`),
  };
}

/**
 * Category labels under a column, line or area chart: horizontal when each fits its slot on one line, or on two
 * (PowerPoint and LibreOffice wrap them); else turned −45°. The slot is the plot width (the box less the value
 * axis labels, and the secondary axis' for a combo) over the number of categories.
 */
export function categoryRotation(spec: ChartSpec, wPt: number, sizePt: number, theme: Theme): number {
  const style = { faces: theme.fonts.body, sizePt };
  const axisW = (secondary: boolean) => {
    const widest = spec.series.filter((s) => !!s.secondary === secondary).flatMap((s) => s.values.filter((v): v is number => v !== null).map((v) => formatted(v, s.format)));
    return widest.length ? Math.max(...widest.map((t) => measureWidthPt(t, style))) + sizePt : 0;
  };
  const plotW = wPt - 2 * sizePt - axisW(false) - (spec.type === 'combo' ? axisW(true) : 0);
  const slot = (plotW / Math.max(1, spec.categories.length)) * 0.9;
  const fits = spec.categories.every((c) => {
    const w = measureWidthPt(c, style);
    if (w <= slot) return true;
    // Two lines: CJK breaks anywhere, Latin at spaces (the longest word must fit alone).
    const longestWord = Math.max(...c.split(/\s+/).map((word) => (/[\u3400-\u9fff]/.test(word) ? 0 : measureWidthPt(word, style))));
    return w / 2 <= slot && longestWord <= slot;
  });
  return fits ? 0 : -45;
}

/**
 * A value axis: its series' format, without decimals when the values span enough for whole ticks (0–20, not
 * 0.0–20.0); bars and areas start at zero when no value is negative (a bar's length is its value).
 */
export function valueAxis(spec: ChartSpec, secondary: boolean): { format: string; fromZero: boolean; max?: number } {
  const list = spec.series.filter((s) => !!s.secondary === secondary);
  const values = list.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const format = list[0]?.format ?? 'General';
  const span = values.length ? Math.max(...values) - Math.min(0, ...values) : 0;
  const pct = format.endsWith('%');
  const whole = pct ? span >= 0.05 : span >= 5;
  const bars = spec.type !== 'line' && !(spec.type === 'combo' && secondary);
  const axis: { format: string; fromZero: boolean; max?: number } = { format: whole ? format.replace(/\.0+/, '') : format, fromZero: bars && values.every((v) => v >= 0) };
  // Shares of a whole (completion rates, 96 %) end at 100 %, not at the viewer's rounded-up 120 %.
  if (pct && !(spec.stacked && list.length > 1) && values.length && values.every((v) => v >= 0 && v <= 1) && Math.max(...values) > 0.8) axis.max = 1;
  return axis;
}

/** A number as the format shows it (for measuring axis labels): thousands separators, decimals, percent. */
export function formatted(v: number, format = '#,##0'): string {
  const pct = format.endsWith('%');
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  const x = pct ? v * 100 : v;
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.');
  return (x < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? '.' + frac : '') + (pct ? '%' : '');
}

/**
 * Series (or slice) colours from the palette roles, accent first: the roles that stand apart from each other and
 * from the background, then tints and shades of the accents, so a 12-slice pie still tells its slices apart.
 */
export function chartColors(theme: Theme, n: number, background = theme.palette.background): string[] {
  const p = theme.palette;
  const roles = [p.accent, p.accent2, p.muted, p.title, p.link];
  const derived = [mix(p.accent, background, 0.5), mix(p.accent2, background, 0.5), mix(p.accent, '000000', 0.4), mix(p.accent2, '000000', 0.4), mix(p.muted, background, 0.5), mix(p.accent, background, 0.75), mix(p.accent2, background, 0.75)];
  const out: string[] = [];
  for (const c of [...roles, ...derived]) {
    if (out.length >= n) break;
    if (distance(c, background) < 60 || out.some((o) => distance(o, c) < 80)) continue;
    out.push(c);
  }
  // Very uniform palettes (a one-colour theme): fall back on evenly spaced tints of the accent.
  for (let k = 1; out.length < n; k++) out.push(mix(p.accent, k % 2 ? background : '000000', Math.min(0.85, 0.15 * k)));
  return out;
}

/** The text colour (body text or the background's) that reads better on a fill: the one with more contrast. */
export function readableOn(fill: string, text: string, background: string): string {
  const [light, dark] = luminance(text) > luminance(background) ? [text, background] : [background, text];
  const l = luminance(fill);
  return (luminance(light) + 0.05) / (l + 0.05) >= (l + 0.05) / (luminance(dark) + 0.05) ? light : dark;
}

/** WCAG relative luminance of a hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** a mixed toward b by t (0 = a, 1 = b), hex without '#'. */
export function mix(a: string, b: string, t: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  return ca.map((v, i) => Math.round(v + (cb[i] - v) * t).toString(16).padStart(2, '0')).join('').toUpperCase();
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function distance(a: string, b: string): number {
  const ca = rgb(a);
  const cb = rgb(b);
  return Math.hypot(ca[0] - cb[0], ca[1] - cb[1], ca[2] - cb[2]);
}
