// Any table with a chart request, any chart block: a deck (never a crash), every XML part well-formed, each
// request either a chart or its table with one warning — and the same bytes on a second build.
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { build } from '../../src/build.js';
import { xmlProblems } from '../reliability/pptx-check.js';

const cell = fc.oneof(
  fc.constantFrom('1,234', '12.5%', '-3', '−7', '１２', '1.2亿', '8500万', '', '—', 'N/A', '(5)', '0', '3e5', 'abc', '1,2', 'A&B', '<x>', '"q"', '中文标签', '\u0007'),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => String(v)),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[|\n\r`]/g, '')),
);
const type = fc.constantFrom('column', 'bar', 'line', 'pie', 'doughnut', 'area', 'combo', 'stacked-column', 'bar stacked', '饼图', 'radar');

const table = fc.record({
  type,
  cols: fc.integer({ min: 1, max: 4 }),
  rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 8 }),
  form: fc.constantFrom('comment', 'after', 'under'),
});

function tableMd(t: { type: string; cols: number; rows: string[][]; form: string }): string {
  const head = ['类别', ...Array.from({ length: t.cols }, (_, k) => `S${k}`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...t.rows.map((r) => `| ${r.join(' | ')} |`)];
  if (t.form === 'comment') return `<!-- chart: ${t.type} -->\n${lines.join('\n')}\n`;
  if (t.form === 'under') return `${lines.join('\n')}\n{.chart type=${t.type.split(' ')[0]}}\n`;
  return `${lines.join('\n')}\n\n{.chart ${t.type}}\n`;
}

describe('chart input fuzz', () => {
  test.prop([fc.array(table, { minLength: 1, maxLength: 3 })], { numRuns: Number(process.env.HUIBAO_FUZZ_RUNS ?? 25) / (process.env.HUIBAO_FUZZ_RUNS ? 20 : 1) })(
    'tables with chart requests build a valid, reproducible deck',
    async (tables) => {
      const md = tables.map((t, k) => `## 图 ${k + 1}\n\n${tableMd(t)}`).join('\n');
      const r = await build(md, { file: 'fuzz.md' });
      expect(await xmlProblems(r.bytes)).toEqual([]);
      const charts = r.deck.slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart').length;
      const chartWarnings = r.warnings.filter((w) => /^chart/.test(w.message)).length;
      // Each request became a chart, or gave one warning (two when its options were also unknown).
      expect(charts + chartWarnings).toBeGreaterThanOrEqual(tables.length);
      const again = await build(md, { file: 'fuzz.md' });
      expect(Buffer.from(again.bytes).equals(Buffer.from(r.bytes))).toBe(true);
    },
  );

  test.prop([fc.array(fc.oneof(cell, fc.constant(null)), { maxLength: 6 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 6 }), type], { numRuns: 25 })(
    'chart blocks with any values build a valid deck',
    async (values, categories, t) => {
      const yaml = `type: ${t.split(' ')[0]}\ncategories: ${JSON.stringify(categories)}\nseries:\n  - name: a\n    values: ${JSON.stringify(values)}\n  - name: b\n    values: ${JSON.stringify(values.slice().reverse())}\n    axis: secondary\n`;
      const r = await build(`## 图\n\n\`\`\`chart\n${yaml}\`\`\`\n`, { file: 'fuzz.md' });
      expect(await xmlProblems(r.bytes)).toEqual([]);
    },
  );
});
