// `huibao check`'s placeholder findings reach every block that shows text: list items at any depth, table cells
// (one finding per table line), column headings and the columns' own blocks, image alt text.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import { lint } from '../../src/lint/index.js';

const findings = (md: string) => {
  const { deck } = parse(md, { file: 'p.md', slideLevel: 2 });
  return lint(deck, layout(deck, resolveTheme('gov-blue')), new Map()).filter((f) => /placeholder/.test(f.message)).map((f) => `${f.line}: ${f.message}`);
};

describe('placeholders in every kind of block', () => {
  it('inside explicit columns (were not looked at), with the line of the columns block', () => {
    const md = '## 对比\n\n:::: columns\n::: column\n### 计划 XX\n\n- 完成 TBD 项\n:::\n::: column\n- 实际 ○○ 项\n:::\n::::\n';
    const f = findings(md);
    expect(f.join('\n')).toMatch(/"XX"/);
    expect(f.join('\n')).toMatch(/"TBD"/);
    expect(f.join('\n')).toMatch(/"○○"/);
  });
  it('a table with XX in two cells of one row is one finding for its line; nested list items keep their own lines', () => {
    const md = '## 表\n\n| 项目 | 数量 |\n|---|---|\n| 笔记 XX | XX 篇 |\n\n- 一级\n  - 二级 TODO\n';
    const f = findings(md);
    expect(f.filter((x) => x.startsWith('3: '))).toHaveLength(1);
    expect(f.some((x) => x.startsWith('8: ') && x.includes('"TODO"'))).toBe(true);
  });
});
