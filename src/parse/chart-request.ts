// Finding chart requests in the token stream: `<!-- chart: bar -->` just before a table, or a pandoc-style attribute
// line `{.chart type=line}` (alone, or on a `Table:` / `:` caption line) just before or after it — also when it
// sits on the line right under the table, where markdown-it reads it as one more row. A markdown-it core rule moves
// each request onto its table_open token (`meta.chart`) and takes the request's own tokens out; a request with no
// table beside it becomes a `chart_orphan` token so the block reader can say so with its line.
import type { MarkdownIt, Token } from 'markdown-it';
import type { ChartType } from '../model.js';

export interface ChartRequest {
  /** The request's text after `chart:` or inside the braces. */
  text: string;
  /** Caption text before the braces (`Table: 营业收入 {.chart}`), used as the title. */
  caption?: string;
  line: number;
}

export interface RequestOptions {
  type?: ChartType;
  title?: string;
  unit?: string;
  stacked?: boolean;
  labels?: boolean;
  /** combo: the series (by name) drawn as a line on the secondary axis. */
  secondary?: string;
  unknown: string[];
}

const COMMENT = /^\s*<!--\s*chart\b\s*[:：]?([\s\S]*?)-->\s*$/i;
const ATTR_LINE = /^(?:(?:Table|表)\s*[:：]\s*|:\s+)?(.*?)\s*\{\s*\.chart\b([^{}]*)\}\s*$/;

/** Chart type names, with the Chinese names of Office's chart gallery. */
export const TYPE_NAMES: Record<string, { type: ChartType; stacked?: boolean }> = {
  column: { type: 'column' }, col: { type: 'column' }, 柱状图: { type: 'column' }, 柱形图: { type: 'column' }, 柱图: { type: 'column' },
  'stacked-column': { type: 'column', stacked: true }, 堆积柱形图: { type: 'column', stacked: true },
  bar: { type: 'bar' }, 条形图: { type: 'bar' }, 'stacked-bar': { type: 'bar', stacked: true }, 堆积条形图: { type: 'bar', stacked: true },
  line: { type: 'line' }, 折线图: { type: 'line' },
  pie: { type: 'pie' }, 饼图: { type: 'pie' },
  doughnut: { type: 'doughnut' }, donut: { type: 'doughnut' }, ring: { type: 'doughnut' }, 环形图: { type: 'doughnut' }, 圆环图: { type: 'doughnut' },
  area: { type: 'area' }, 面积图: { type: 'area' }, 'stacked-area': { type: 'area', stacked: true }, 堆积面积图: { type: 'area', stacked: true },
  combo: { type: 'combo' }, 组合图: { type: 'combo' },
};

/** The chart type a name stands for (any case), or undefined: own names only, so `constructor` is not a type. */
export function typeNamed(name: string): { type: ChartType; stacked?: boolean } | undefined {
  const k = name.toLowerCase();
  return Object.hasOwn(TYPE_NAMES, k) ? TYPE_NAMES[k] : undefined;
}

/** `bar stacked title="营收" unit=万元` or `.chart type=line labels=false` → options. */
export function parseRequestText(text: string): RequestOptions {
  const out: RequestOptions = { unknown: [] };
  const re = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|“([^”]*)”|(\S+))|\.([\p{L}\w-]+)|#[\w-]+|(\S+)/gu;
  const flag = (v: string | undefined) => v === undefined || !/^(false|no|off|0|否)$/i.test(v);
  for (const m of text.matchAll(re)) {
    const key = m[1]?.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? m[5];
    const word = m[6] ?? m[7];
    if (key) {
      if (key === 'type' && typeNamed(value!)) Object.assign(out, typeNamed(value!));
      else if (key === 'title') out.title = value;
      else if (key === 'unit') out.unit = value;
      else if (key === 'stacked') out.stacked = flag(value);
      else if (key === 'labels') out.labels = flag(value);
      else if (key === 'secondary') out.secondary = value;
      else out.unknown.push(m[0]);
    } else if (word) {
      const w = word.toLowerCase();
      const named = typeNamed(w);
      if (named) Object.assign(out, { ...named, stacked: named.stacked ?? out.stacked });
      else if (w === 'stacked' || w === '堆积') out.stacked = true;
      else if (w === 'labels' || w === '数据标签') out.labels = true;
      else if (w !== 'chart') out.unknown.push(word);
    }
  }
  return out;
}

type Meta = { chart?: ChartRequest; cells?: number[] } & Record<string, unknown>;

/** The markdown-it plugin: one core rule, after inline parsing (it reads the inline children's text). */
export function chartRequests(md: MarkdownIt): void {
  md.core.ruler.push('hb_chart_requests', (state) => {
    const tokens = state.tokens;
    const lines = state.src.split('\n');
    const attach = (open: Token, req: ChartRequest) => {
      const meta = (open.meta ?? {}) as Meta;
      open.meta = { ...meta, chart: req, cells: rowCells(tokens, open, lines) };
    };
    const orphan = (t: Token, req: ChartRequest) => {
      t.type = 'chart_orphan';
      t.nesting = 0;
      t.meta = { chart: req };
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const line = (t.map?.[0] ?? 0) + 1;
      if (t.type === 'html_block') {
        const m = COMMENT.exec(t.content);
        if (!m) continue;
        const req = { text: m[1].trim(), line };
        if (tokens[i + 1]?.type === 'table_open') {
          attach(tokens[i + 1], req);
          tokens.splice(i, 1);
          i--;
        } else orphan(t, req);
      } else if (t.type === 'paragraph_open') {
        // (a paragraph_open is always followed by its inline token)
        const m = ATTR_LINE.exec(tokens[i + 1].content);
        if (!m) continue;
        const req = { text: m[2].trim(), caption: m[1] || undefined, line };
        // The table before it, else the one after it: the first of them that has no request yet (a request between
        // two tables, after the first one's own request, is the second one's).
        const before = tokens[i - 1]?.type === 'table_close' ? tokens[openOf(tokens, i - 1)] : undefined;
        const after = tokens[i + 3]?.type === 'table_open' ? tokens[i + 3] : undefined;
        const target = [before, after].find((x) => x && !(x.meta as Meta | null)?.chart);
        if (target) {
          attach(target, req);
          tokens.splice(i, 3);
          i--;
        } else {
          orphan(t, req);
          tokens.splice(i + 1, 2);
        }
      } else if (t.type === 'table_open') {
        // `{.chart}` on the line right under the table: markdown-it made it the last body row. (A table always ends
        // with its last row's tr_close, then tbody_close — or thead_close when it has no body — and table_close.)
        const close = closeOf(tokens, i);
        const trClose = close - 2;
        let trOpen = trClose;
        while (tokens[trOpen].type !== 'tr_open') trOpen--;
        const cells = tokens.slice(trOpen, trClose).filter((x) => x.type === 'inline');
        const m = cells.length ? ATTR_LINE.exec(cells[0].content) : null;
        if (!m || cells.slice(1).some((c) => c.content !== '') || (t.meta as Meta | null)?.chart) continue;
        const req = { text: m[2].trim(), caption: m[1] || undefined, line: (tokens[trOpen].map?.[0] ?? 0) + 1 };
        tokens.splice(trOpen, trClose - trOpen + 1);
        attach(t, req);
        // A table whose only body row was the request has an empty tbody left: harmless (no rows).
      }
    }
  });
}

/** Cells actually written on each body row's source line (markdown-it pads short rows, so raggedness is lost). */
function rowCells(tokens: readonly Token[], open: Token, lines: readonly string[]): number[] {
  const start = tokens.indexOf(open);
  const end = closeOf(tokens, start);
  const out: number[] = [];
  for (let j = start; j < end; j++) {
    const t = tokens[j];
    if (t.type !== 'tr_open' || !t.map) continue;
    // A table inside a blockquote: its lines start with the quote's `>` markers, which are not cell text. An escaped
    // pipe is cell text: kept as a character (not dropped, which could leave a real pipe at an end).
    let row = lines[t.map[0]].replace(/^(?:[ \t]*>)+/, '').trim().replace(/\\\|/g, '_');
    row = row.replace(/^\|/, '').replace(/\|$/, '');
    out.push(row.split('|').length);
  }
  return out;
}

/** The index of the token closing the one opened at i (markdown-it closes every token it opens). */
function closeOf(tokens: readonly Token[], i: number): number {
  let j = i;
  for (let depth = tokens[i].nesting; depth > 0; ) depth += tokens[++j].nesting;
  return j;
}

/** The index of the token opening the one closed at `close`. */
function openOf(tokens: readonly Token[], close: number): number {
  let j = close;
  for (let depth = tokens[close].nesting; depth < 0; ) depth += tokens[--j].nesting;
  return j;
}
