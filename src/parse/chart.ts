// Chart blocks (issue 17): a table with a chart request (chart-request.ts) or a ```chart block of YAML becomes a
// `chart` block. Bad input — a cell that is not a number, a ragged table, a pie with negative values, more
// categories than a chart can show — gives one warning with its line, and the data stays a table.
import type { Token } from 'markdown-it';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Block, ChartSeries, ChartSpec, ChartType, Inline } from '../model.js';
import type { BlockContext } from './blocks.js';
import { toRuns } from './inline.js';
import { parseRequestText, TYPE_NAMES, typeNamed, type ChartRequest, type RequestOptions } from './chart-request.js';
import { seriesNumbers } from './chart-number.js';

export { chartRequests } from './chart-request.js';

/** More than this and a chart stops being readable on a slide: the data stays a table. */
export const MAX_CATEGORIES: Record<ChartType, number> = { column: 40, bar: 30, combo: 40, line: 120, area: 120, pie: 12, doughnut: 12 };
export const MAX_SERIES = 12;

type Read = { blocks: Block[]; next: number };

/** The block reader's hook: a chart (or its fallback) at token i, or undefined when the token is not chart input. */
export function readChart(tokens: readonly Token[], i: number, ctx: BlockContext): Read | undefined {
  const t = tokens[i];
  if (t.type === 'chart_orphan') {
    const req = (t.meta as { chart: ChartRequest }).chart;
    ctx.diag.warn(`chart request "${req.text}" is not next to a table, so there is nothing to draw (put it on the line before the table, or right after it)`, req.line);
    return { blocks: [], next: i + 1 };
  }
  if (t.type === 'table_open' && (t.meta as { chart?: ChartRequest } | null)?.chart) return chartFromTable(tokens, i, ctx);
  if (t.type === 'fence' && /^chart\b/i.test(t.info.trim())) return chartFromFence(t, i, ctx);
  return undefined;
}

interface Row {
  cells: Inline[][];
  line: number;
}

function chartFromTable(tokens: readonly Token[], i: number, ctx: BlockContext): Read | undefined {
  const meta = tokens[i].meta as { chart: ChartRequest; cells: number[] };
  const req = meta.chart;
  const rows: Row[] = [];
  let end = i;
  for (let j = i + 1, depth = 1; depth > 0; j++) {
    depth += tokens[j].nesting;
    end = j;
    const t = tokens[j];
    if (t.type === 'tr_open') rows.push({ cells: [], line: (t.map?.[0] ?? 0) + 1 });
    else if ((t.type === 'th_open' || t.type === 'td_open') && rows.length) rows[rows.length - 1].cells.push(toRuns(tokens[j + 1].children).runs);
  }
  const opts = parseRequestText(req.text);
  const fail = (msg: string, line: number): undefined => {
    ctx.diag.warn(`chart: ${msg}; the table is shown as a table`, line);
    return undefined;
  };
  const [head, ...body] = rows;
  const text = (runs: Inline[]) => runs.map((r) => r.text).join('').trim();
  if (!head || body.length === 0 || head.cells.length < 2) return fail('a chart needs a header row, at least one data row and two columns (categories, then numbers)', req.line);
  const ragged = meta.cells.findIndex((n, k) => k > 0 && n !== head.cells.length);
  if (ragged > 0) return fail(`this row has ${meta.cells[ragged]} cells but the header has ${head.cells.length}`, rows[ragged].line);
  const type = opts.type ?? 'column';
  const series: ChartSeries[] = [];
  const units: string[] = [];
  for (let c = 1; c < head.cells.length; c++) {
    const name = text(head.cells[c]) || `${c}`;
    const nums = seriesNumbers(body.map((r) => text(r.cells[c])));
    if ('bad' in nums) {
      const r = body[nums.bad];
      return fail(`the cell "${text(r.cells[c])}" (row "${text(r.cells[0])}", column "${name}") ${nums.why}`, r.line);
    }
    series.push({ name, values: nums.values, format: nums.format });
    units.push(nums.unit);
  }
  const spec: ChartSpec = { type, categories: body.map((r) => text(r.cells[0])), series };
  if (text(head.cells[0])) spec.categoryName = text(head.cells[0]);
  const title = opts.title ?? req.caption;
  if (title) spec.title = title;
  applyOptions(spec, opts, units);
  const problem = checkSpec(spec, opts.secondary);
  if (problem) return fail(problem, req.line);
  warnUnknown(opts, req.line, ctx);
  return { blocks: [{ kind: 'chart', chart: spec, src: { line: ctx.lineOf(tokens[i]) } }], next: end + 1 };
}

function applyOptions(spec: ChartSpec, opts: RequestOptions, units: string[]): void {
  if (opts.stacked !== undefined) spec.stacked = opts.stacked;
  if (opts.labels !== undefined) spec.labels = opts.labels;
  if (spec.type === 'combo') {
    // The classic 汇报 combo: amounts as columns, the rate (last column, or the one named) as a line on the right.
    const k = opts.secondary !== undefined ? spec.series.findIndex((s) => s.name === opts.secondary) : spec.series.length - 1;
    if (k >= 0 && !spec.series.some((s) => s.secondary)) spec.series[k].secondary = true;
  }
  const primary = spec.series.map((s, k) => (s.secondary ? undefined : units[k])).filter((u): u is string => u !== undefined);
  const unit = opts.unit ?? (primary.length && primary.every((u) => u === primary[0]) ? primary[0] : '');
  if (unit) spec.unit = unit;
}

/** What makes a spec impossible to draw as asked, or undefined. */
export function checkSpec(spec: ChartSpec, secondaryName?: string): string | undefined {
  const n = spec.categories.length;
  if (spec.series.length === 0) return 'there are no series (no columns of numbers)';
  if (n === 0) return 'there are no categories';
  if (spec.series.length > MAX_SERIES) return `${spec.series.length} series are more than a chart can tell apart (at most ${MAX_SERIES})`;
  if (n > MAX_CATEGORIES[spec.type]) return `${n} categories are too many for a ${spec.type} chart on a slide (at most ${MAX_CATEGORIES[spec.type]})`;
  const short = spec.series.find((s) => s.values.length !== n);
  if (short) return `series "${short.name}" has ${short.values.length} values for ${n} categories`;
  if (spec.type === 'pie' && spec.series.length > 1) return `a pie chart shows one series, this has ${spec.series.length} (use doughnut for rings, or column)`;
  if (spec.type === 'pie' || spec.type === 'doughnut') {
    for (const s of spec.series) {
      const k = s.values.findIndex((v) => v !== null && v < 0);
      if (k >= 0) return `a ${spec.type} chart cannot show the negative value ${s.values[k]} ("${spec.categories[k]}", "${s.name}")`;
    }
  }
  if (spec.type === 'combo') {
    if (secondaryName !== undefined && !spec.series.some((s) => s.name === secondaryName)) return `there is no series "${secondaryName}" to put on the secondary axis`;
    if (spec.series.length < 2) return 'a combo chart needs two series (columns, and a line on the secondary axis)';
    if (spec.series.every((s) => s.secondary)) return 'a combo chart needs at least one series on the primary axis';
  }
  if (spec.series.every((s) => s.values.every((v) => v === null))) return 'every value is empty';
  return undefined;
}

function warnUnknown(opts: RequestOptions, line: number, ctx: BlockContext): void {
  if (opts.unknown.length) ctx.diag.warn(`chart: ignored ${opts.unknown.map((u) => `"${u}"`).join(', ')} (known: a type such as ${Object.keys(TYPE_NAMES).slice(0, 12).join(', ')}; title=, unit=, stacked, labels, secondary=)`, line);
}

// ---- ```chart blocks ----------------------------------------------------------------------------------------

const YAML_KEYS = new Set(['type', 'title', 'categories', 'series', 'unit', 'labels', 'stacked']);

function chartFromFence(t: Token, i: number, ctx: BlockContext): Read {
  const fenceLine = ctx.lineOf(t);
  const yaml = t.content;
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const lineAt = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const off = node?.range?.[0];
    return off === undefined ? fenceLine : fenceLine + 1 + (yaml.slice(0, off).match(/\n/g)?.length ?? 0);
  };
  const asCode = (msg: string, line: number): Read => {
    ctx.diag.warn(`chart: ${msg}; the block is shown as code`, line);
    return { blocks: [{ kind: 'code', lang: 'yaml', text: yaml.replace(/\n$/, ''), src: { line: fenceLine } }], next: i + 1 };
  };
  if (doc.errors.length) {
    // (with prettyErrors off, yaml's message carries no ` at line …, column …` suffix)
    const off = Math.min(doc.errors[0].pos[0], yaml.trimEnd().length);
    return asCode(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, fenceLine + 1 + (yaml.slice(0, off).match(/\n/g)?.length ?? 0));
  }
  if (!isMap(doc.contents)) return asCode('expected keys such as type, categories and series', fenceLine);
  const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  const info = parseRequestText(t.info.trim().replace(/^chart\b/i, ''));
  for (const key of Object.keys(data)) if (!YAML_KEYS.has(key)) ctx.diag.warn(`chart: unknown key "${key}" ignored (known: ${[...YAML_KEYS].join(', ')})`, lineAt([key]));
  const typeName = data.type === undefined ? undefined : String(data.type);
  if (typeName !== undefined && !typeNamed(typeName)) return asCode(`unknown chart type "${data.type}" (known: ${Object.keys(TYPE_NAMES).filter((k) => /^[a-z]/.test(k)).join(', ')})`, lineAt(['type']));
  const named = typeName ? typeNamed(typeName)! : { type: info.type ?? 'column', stacked: info.stacked };
  if (!Array.isArray(data.categories) || data.categories.length === 0) return asCode('"categories" must be a list of labels', lineAt(['categories']));
  if (!isSeq(doc.get('series')) || !Array.isArray(data.series) || data.series.length === 0) return asCode('"series" must be a list of {name, values}', lineAt(['series']));
  const categories = data.categories.map((c) => String(c ?? ''));
  const series: ChartSeries[] = [];
  const units: string[] = [];
  const raw = data.series as unknown[];
  for (let k = 0; k < raw.length; k++) {
    const s = raw[k] as { name?: unknown; values?: unknown; axis?: unknown } | null;
    if (!s || !Array.isArray(s.values)) return asCode(`series ${k + 1} needs "values" (a list of numbers)`, lineAt(['series', k]));
    const name = s.name === undefined || s.name === null ? `${k + 1}` : String(s.name);
    const nums = seriesNumbers(s.values.map((v) => String(v ?? '')));
    if ('bad' in nums) return asTable(`the value "${String(s.values[nums.bad])}" of series "${name}" ${nums.why}`, lineAt(['series', k, 'values', nums.bad]));
    const entry: ChartSeries = { name, values: nums.values, format: nums.format };
    if (s.axis !== undefined && !/^(primary|secondary|left|right|主|次)/i.test(String(s.axis))) ctx.diag.warn(`chart: axis "${String(s.axis)}" is not primary or secondary; ignored`, lineAt(['series', k, 'axis']));
    if (/^(secondary|right|次)/i.test(String(s.axis))) entry.secondary = true;
    series.push(entry);
    units.push(nums.unit);
  }
  const spec: ChartSpec = { type: named.type, categories, series };
  if (data.title !== undefined && data.title !== null) spec.title = String(data.title);
  const opts: RequestOptions = { ...info, stacked: typeof data.stacked === 'boolean' ? data.stacked : (named.stacked ?? info.stacked), labels: typeof data.labels === 'boolean' ? data.labels : info.labels };
  if (data.unit !== undefined && data.unit !== null) opts.unit = String(data.unit);
  if (series.some((s) => s.secondary)) spec.type = 'combo';
  applyOptions(spec, opts, units);
  const problem = checkSpec(spec);
  if (problem) return asTable(problem, fenceLine);
  return { blocks: [{ kind: 'chart', chart: spec, src: { line: fenceLine } }], next: i + 1 };

  // Data that cannot be a chart but is tabular: shown as the table it describes (cells as written).
  function asTable(msg: string, line: number): Read {
    ctx.diag.warn(`chart: ${msg}; the data is shown as a table`, line);
    const cell = (v: unknown): Inline[] => [{ text: v === null || v === undefined ? '' : String(v) }];
    const cols = raw.map((s) => (s as { values?: unknown } | null)?.values); // not yet checked after the bad series
    const header = [cell(''), ...raw.map((s, k) => cell((s as { name?: unknown } | null)?.name ?? `${k + 1}`))];
    const rows = categories.map((c, r) => [cell(c), ...cols.map((v) => cell(Array.isArray(v) ? v[r] : ''))]);
    return { blocks: [{ kind: 'table', header, rows, align: header.map((_, k) => (k === 0 ? 'l' : 'r')), src: { line: fenceLine } }], next: i + 1 };
  }
}
