// Numbers as people write them in a 汇报's tables: 1,234.5 · -3.2% · 1.2亿 · 8500万元 · －１２ · （5.6） · —.
// A series' cells become plain numbers in one scale (万 or 亿 when the cells use them) with one Excel format.

export type Scale = '' | '千' | '万' | '亿' | '万亿';
const MULT: Record<Scale, number> = { '': 1, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

export interface CellNumber {
  /** The number as written, before its scale and percent sign are applied. */
  value: number;
  percent: boolean;
  scale: Scale;
  /** Digits after the decimal point, as written. */
  decimals: number;
  /** A unit written after the number (元, 人, 个百分点). */
  unit: string;
}

/** Cells that mean "no value here" (a gap, not zero). */
const EMPTY = /^(?:|[-–—−－/／]|n\/?a|null|无|暂无)$/i;
const MINUS = /^[-−–－]/;
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
const SUFFIX = /(%|‰|万亿|亿|万|千)?([\p{Script=Han}]{0,4})$/u;

/**
 * One cell: a number, `null` for an empty cell, or `undefined` when it is not a number. Full-width forms are read
 * as their ASCII twins (NFKC), thousands separators must group by three (so "1,2" is refused, not read as 12), and
 * an accounting minus in parentheses is a minus.
 */
export function parseCell(raw: string): CellNumber | null | undefined {
  let s = raw.normalize('NFKC').replace(/[\s\u00A0\u2009\u202F]+/g, '');
  if (EMPTY.test(s)) return null;
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  } else if (MINUS.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  const suffix = SUFFIX.exec(s)!; // every part of SUFFIX may be empty: it always matches, its unit group too
  const mark = suffix[1] ?? '';
  const unit = suffix[2];
  const digits = s.slice(0, s.length - mark.length - unit.length);
  const m = NUMBER.exec(digits);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const value = Number((m[1] ?? '0').replace(/,/g, '') + (m[2] !== undefined ? '.' + m[2] : ''));
  if (!Number.isFinite(value)) return undefined;
  const percent = mark === '%' || mark === '‰';
  const scale = (percent ? '' : mark) as Scale;
  return { value: negative ? -value : value, percent: mark === '‰' ? false : percent, scale, decimals: m[2]?.length ?? 0, unit: mark === '‰' ? '‰' + unit : unit };
}

export interface SeriesNumbers {
  values: (number | null)[];
  format: string;
  /** 万, 亿 or '' — the scale the values are expressed in — followed by a written unit (万元). */
  unit: string;
}

/**
 * A series from its cells. Returns the index of the first cell that is not a number instead, or a message when the
 * cells mix percentages with plain numbers (which axis would they share?).
 */
export function seriesNumbers(cells: readonly string[]): SeriesNumbers | { bad: number; why: string } {
  const parsed: (CellNumber | null)[] = [];
  for (let i = 0; i < cells.length; i++) {
    const p = parseCell(cells[i]);
    if (p === undefined) return { bad: i, why: 'is not a number' };
    parsed.push(p);
  }
  const present = parsed.filter((p): p is CellNumber => p !== null);
  const percent = present.some((p) => p.percent);
  const mixed = present.findIndex((p) => p.percent !== percent);
  if (percent && mixed >= 0) return { bad: parsed.indexOf(present[mixed]), why: 'is a plain number among percentages' };
  // One scale for the series: the largest the cells use (1.2亿 and 8500万 → 1.2 and 0.85 亿).
  const scale = present.reduce<Scale>((a, p) => (MULT[p.scale] > MULT[a] ? p.scale : a), '');
  const units = [...new Set(present.map((p) => p.unit).filter(Boolean))];
  let decimals = present.reduce((a, p) => Math.max(a, p.decimals), 0);
  const values = parsed.map((p) => {
    if (p === null) return null;
    const v = (p.value * MULT[p.scale]) / MULT[scale];
    if (percent) return tidy(v / 100);
    decimals = Math.max(decimals, Math.min(3, decimalsOf(tidy(v))));
    return tidy(v);
  });
  const frac = decimals > 0 ? '.' + '0'.repeat(Math.min(decimals, 3)) : '';
  return { values, format: percent ? `0${frac}%` : `#,##0${frac}`, unit: percent ? '' : scale + (units.length === 1 ? units[0] : '') };
}

/** Drops binary noise: 14.7 / 100 is 0.147, not 0.14699999999999999. */
export function tidy(v: number): number {
  return Number(v.toPrecision(12));
}

function decimalsOf(v: number): number {
  const s = String(v);
  if (s.includes('e')) return 3;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}
