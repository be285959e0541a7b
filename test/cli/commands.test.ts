// The CLI as a user meets it: the real binary, its exit codes and its one-line messages.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDir, runCli, tempDir } from '../reliability/cli-helpers.js';
import { repoRoot } from '../reliability/pptx-check.js';

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('huibao build', () => {
  it('builds a deck beside the input and says what it wrote', () => {
    const dir = tempDir();
    const md = path.join(dir, 'talk.md');
    writeFileSync(md, '# 一、总体情况\n\n## 主要成效\n\n- 第一条\n- 第二条\n\n# 二、下一步安排\n\n## 重点任务\n\n- 任务\n');
    const r = runCli(['build', md]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`huibao: wrote ${path.join(dir, 'talk.pptx')} (5 slides, theme gov-blue)`);
    expect(r.stderr).toBe('');
    expect(listDir(dir)).toEqual(['talk.md', 'talk.pptx']);
  });

  it('reports invalid YAML front matter with file and line, exit 1, nothing written', () => {
    const dir = tempDir();
    const md = path.join(dir, 'bad.md');
    writeFileSync(md, '---\ntitle: x\nagenda: [yes\n---\n\n## A\n');
    const r = runCli(['build', md]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^huibao: ${md.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid YAML front matter`));
    noStack(r.stderr);
    expect(listDir(dir)).toEqual(['bad.md']);
  });

  it('names the available themes when the theme is unknown', () => {
    const dir = tempDir();
    const md = path.join(dir, 'a.md');
    writeFileSync(md, '## A\n\ntext\n');
    const r = runCli(['build', md, '--theme', 'no-such-theme']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown theme "no-such-theme"; available: .*gov-blue.*party-red/);
    noStack(r.stderr);
    expect(existsSync(path.join(dir, 'a.pptx'))).toBe(false);
  });

  it('warns about a missing image with its line and still builds the slide', () => {
    const dir = tempDir();
    const md = path.join(dir, 'pic.md');
    writeFileSync(md, '## Chart\n\n![The chart](missing.png)\n');
    const r = runCli(['build', md]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${md}:3: warning: image "missing.png": file not found`);
    expect(existsSync(path.join(dir, 'pic.pptx'))).toBe(true);
  });

  it('rejects a folder and a missing file with one line each', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    const a = runCli(['build', path.join(dir, 'sub')]);
    expect(a.status).toBe(1);
    expect(a.stderr.trim()).toBe(`huibao: ${path.join(dir, 'sub')}: is a folder, not a Markdown or text file`);
    const b = runCli(['build', path.join(dir, 'nope.md')]);
    expect(b.status).toBe(1);
    expect(b.stderr.trim()).toBe(`huibao: ${path.join(dir, 'nope.md')}: no such file`);
  });

  it('rejects bad option values', () => {
    const dir = tempDir();
    const md = path.join(dir, 'a.md');
    writeFileSync(md, '## A\n');
    expect(runCli(['build', md, '--aspect', '3:2']).stderr).toContain('--aspect must be 16:9 or 4:3');
    expect(runCli(['build', md, '--slide-level', '9']).status).toBe(1);
  });

  it('builds a speech (.txt) straight to a deck', () => {
    const dir = tempDir();
    const txt = path.join(dir, 'speech.txt');
    writeFileSync(txt, '同志们：\n下面，我讲两点意见。\n一要提高认识。认识是前提。要深刻理解重要意义。\n二要狠抓落实。落实是关键。要压实工作责任。\n谢谢大家。\n');
    const r = runCli(['build', txt]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wrote .*speech\.pptx/);
  });

  it('--verbose reports each shrunk or split slide with its source line', () => {
    const r = runCli(['build', path.join(repoRoot, 'test', 'fixtures', 'hard-cases.md'), '-o', path.join(tempDir(), 'h.pptx'), '--verbose']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/hard-cases\.md:10: slide 4 "二十条很长的中文要点，每一条都超过一行": split into \d slides/);
    expect(r.stdout).toMatch(/hard-cases\.md:\d+: slide \d+ "四十行的中文表格": split into \d slides/);
  });
});

describe('huibao check', () => {
  it('lists placeholders with their lines and exits 0 on warnings, 1 with --strict', () => {
    const dir = tempDir();
    const md = path.join(dir, 'c.md');
    writeFileSync(md, '## 成效\n\n- 撰写笔记XX篇\n- TODO 补充数据\n\n## 空白页\n');
    const r = runCli(['check', md]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${md}:3: warning: placeholder "XX" still to fill in on "成效"`);
    expect(r.stdout).toContain(`${md}:4: warning: placeholder "TODO"`);
    expect(r.stdout).toContain(`${md}:6: warning: the slide "空白页" has a title but no content`);
    expect(runCli(['check', md, '--strict']).status).toBe(1);
  });

  it('fails on a missing image', () => {
    const dir = tempDir();
    const md = path.join(dir, 'c.md');
    writeFileSync(md, '## Pic\n\n![x](gone.png)\n');
    const r = runCli(['check', md]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${md}:3: error: image "gone.png": file not found`);
  });
});

describe('huibao outline, --help, --version', () => {
  it('writes the outline of a speech to stdout', () => {
    const dir = tempDir();
    const txt = path.join(dir, 's.txt');
    writeFileSync(txt, '一要提高认识。认识是前提。\n二要狠抓落实。落实是关键。\n');
    const r = runCli(['outline', txt]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# 一要提高认识/m);
    expect(r.stdout).toMatch(/^# 二要狠抓落实/m);
  });

  it('--help shows examples; --version the package version', () => {
    const h = runCli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('huibao build slides/three-points.md');
    const v = runCli(['--version']);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
