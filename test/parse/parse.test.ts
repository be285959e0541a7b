import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { HuibaoError } from '../../src/errors.js';
import type { Block, Slide } from '../../src/model.js';

const text = (s: Slide | undefined) => (s?.title ?? []).map((r) => r.text).join('');

describe('parse: slides and sections', () => {
  const md = `---
title: 测试讲话
author: 市政府
---

# 一要充分肯定学习成效

## 进一步强化了理论武装

- 坚持**“两个确立”**的决定性意义
- 第二条

# 二要着力抓好建章立制

## 要持之以恒加强政治建设

正文。
`;
  const { deck, warnings } = parse(md, { file: 'a.md' });

  it('makes title, agenda, section and content slides in order, with source lines', () => {
    expect(deck.slides.map((s) => s.layout)).toEqual(['title', 'agenda', 'section', 'content', 'section', 'content']);
    expect(deck.slides.map((s) => s.src.line)).toEqual([1, 1, 6, 8, 13, 15]);
    expect(text(deck.slides[2])).toBe('一要充分肯定学习成效');
    expect(deck.slides[3].section).toBe(1);
    expect(deck.slides[5].section).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('detects a Chinese deck and reads front matter', () => {
    expect(deck.meta).toMatchObject({ title: '测试讲话', author: '市政府', lang: 'zh-CN', aspect: '16:9', agenda: true, slideNumbers: true });
  });

  it('bolds “quoted” text next to CJK (markdown-it-cjk-friendly)', () => {
    const list = deck.slides[3].blocks[0] as Extract<Block, { kind: 'list' }>;
    expect(list.items[0].runs).toEqual([{ text: '坚持' }, { text: '“两个确立”', bold: true }, { text: '的决定性意义' }]);
    expect(list.items[1].src.line).toBe(11);
  });
});

describe('parse: inline and block content', () => {
  it('joins a soft break between CJK characters without a space, and keeps a space between Latin words', () => {
    const { deck } = parse('## T\n\n中文换行\n连接 and\nEnglish words\n');
    const p = deck.slides[0].blocks[0] as Extract<Block, { kind: 'paragraph' }>;
    expect(p.runs.map((r) => r.text).join('')).toBe('中文换行连接 and English words');
  });

  it('reads emphasis, strike, code, links and hard breaks into runs', () => {
    const { deck } = parse('## T\n\n*it* ~~no~~ `x()` [site](https://example.com) a\\\nb\n');
    const p = deck.slides[0].blocks[0] as Extract<Block, { kind: 'paragraph' }>;
    expect(p.runs).toEqual([
      { text: 'it', italic: true },
      { text: ' ' },
      { text: 'no', strike: true },
      { text: ' ' },
      { text: 'x()', code: true },
      { text: ' ' },
      { text: 'site', href: 'https://example.com' },
      { text: ' a' },
      { text: 'b', breakBefore: true },
    ]);
  });

  it('keeps javascript: links as plain text', () => {
    const { deck } = parse('## T\n\n[x](javascript:alert(1))\n');
    const p = deck.slides[0].blocks[0] as Extract<Block, { kind: 'paragraph' }>;
    expect(p.runs[0].href).toBeUndefined();
  });

  it('reads nested and ordered lists with their start numbers', () => {
    const { deck } = parse('## T\n\n3. a\n4. b\n   - c\n     - d\n');
    const list = deck.slides[0].blocks[0] as Extract<Block, { kind: 'list' }>;
    expect(list.ordered).toBe(true);
    expect(list.start).toBe(3);
    const inner = list.items[1].children[0] as Extract<Block, { kind: 'list' }>;
    expect(inner.items[0].runs[0].text).toBe('c');
    expect((inner.items[0].children[0] as Extract<Block, { kind: 'list' }>).items[0].runs[0].text).toBe('d');
  });

  it('reads tables with alignment and pads ragged rows', () => {
    const { deck } = parse('## T\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 |\n');
    const t = deck.slides[0].blocks[0] as Extract<Block, { kind: 'table' }>;
    expect(t.align).toEqual(['l', 'c', 'r']);
    expect(t.rows[0].length).toBe(3);
    expect(t.rows[0][2]).toEqual([]);
  });

  it('makes an image paragraph an image block, and a lone quote a quote slide', () => {
    const { deck } = parse('## A\n\n![alt text](pic.png)\n\n## B\n\n> 引用\n');
    expect(deck.slides[0].blocks[0]).toMatchObject({ kind: 'image', path: 'pic.png', alt: 'alt text' });
    expect(deck.slides[1].layout).toBe('quote');
  });

  it('reads code blocks with their language', () => {
    const { deck } = parse('## T\n\n```python\nprint(1)\n```\n');
    expect(deck.slides[0].blocks[0]).toMatchObject({ kind: 'code', lang: 'python', text: 'print(1)' });
  });
});

describe('parse: notes', () => {
  it('keeps ::: notes paragraphs and HTML comments as separate notes paragraphs', () => {
    const { deck } = parse('## T\n\n正文\n\n::: notes\n第一段。\n\n第二段。\n:::\n\n<!-- 第三段 -->\n');
    expect(deck.slides[0].notes).toEqual(['第一段。', '第二段。', '第三段']);
    expect(deck.slides[0].blocks.length).toBe(1);
  });

  it('treats Marp directive comments as settings, not notes', () => {
    const { deck, warnings } = parse('## T\n\n<!-- _class: lead -->\n\ntext\n');
    expect(deck.slides[0].notes).toEqual([]);
    // lead on a Marp deck's first slide: its title slide, the line under the heading its subtitle (test/dialects).
    expect(deck.slides[0]).toMatchObject({ layout: 'title', subtitle: [{ text: 'text' }], blocks: [] });
    expect(warnings).toEqual([]);
  });
});

describe('parse: slide levels and breaks', () => {
  it('detects slide level 1 when # headings carry content (Marp style)', () => {
    const { deck } = parse('# One\n\ntext\n\n---\n\n# Two\n\nmore\n');
    expect(deck.slides.map((s) => s.layout)).toEqual(['content', 'content']);
    expect(text(deck.slides[1])).toBe('Two');
  });

  it('--slide-level overrides detection', () => {
    const { deck } = parse('# A\n\n## B\n\ntext\n', { slideLevel: 1 });
    expect(deck.slides.map((s) => s.layout)).toEqual(['content']);
    expect(deck.slides[0].blocks[0]).toMatchObject({ kind: 'paragraph', runs: [{ text: 'B', bold: true }] });
  });

  it('--- starts a new untitled slide', () => {
    const { deck } = parse('## A\n\none\n\n---\n\ntwo\n');
    expect(deck.slides.length).toBe(2);
    expect(deck.slides[1].title).toBeUndefined();
  });

  it('adds a closing slide from front matter', () => {
    const { deck } = parse('---\nclosing: 谢谢！\n---\n\n## A\n\nx\n');
    expect(deck.slides.at(-1)).toMatchObject({ layout: 'closing', title: [{ text: '谢谢！' }] });
  });
});

describe('parse: bad input', () => {
  it('warns about unknown front-matter keys with their line', () => {
    const { warnings } = parse('---\ntitle: x\nfoo: 1\n---\n\n## A\n', { file: 'a.md' });
    expect(warnings).toEqual([expect.objectContaining({ file: 'a.md', line: 3, message: expect.stringContaining('front-matter key "foo" unknown to huibao') })]);
  });

  it('reports invalid YAML with the file line', () => {
    try {
      parse('---\ntitle: x\nbad: [1, 2\n---\n\n## A\n', { file: 'a.md' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HuibaoError);
      expect((e as HuibaoError).format()).toMatch(/^a\.md:[34]: invalid YAML front matter/);
    }
  });

  it('rejects wrong front-matter types', () => {
    expect(() => parse('---\naspect: 3:2\n---\n\n## A\n', { file: 'a.md' })).toThrow(/aspect.*"16:9" or "4:3"/);
  });

  it('rejects an empty file', () => {
    expect(() => parse('  \n\n', { file: 'e.md' })).toThrow(/empty/);
  });

  it('removes control characters XML cannot carry and turns \\v into a line break', () => {
    const { deck, warnings } = parse('## T\n\nctl\u0000x\u000By\n');
    const p = deck.slides[0].blocks[0] as Extract<Block, { kind: 'paragraph' }>;
    expect(p.runs).toEqual([{ text: 'ctlx' }, { text: 'y', breakBefore: true }]);
    expect(warnings[0]).toMatchObject({ line: 3 });
  });
});
