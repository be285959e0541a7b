// The Marp, pandoc and Slidev decks of ../shared/corpus/markdown (and pandoc's 45 pptx writer tests): every one
// parses and builds, and no slide shows another tool's syntax as text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { build } from '../../src/build.js';
import { sharedDir } from '../reliability/pptx-check.js';
import { shownText, slideXml } from './helpers.js';

const dir = path.join(sharedDir, 'corpus', 'markdown');
const has = existsSync(dir);
if (!has) console.warn('../shared/corpus/markdown absent: skipping the dialect corpus test');
const decks = has
  ? [
      ...readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f)),
      ...readdirSync(path.join(dir, 'pandoc-pptx-tests')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => path.join(dir, 'pandoc-pptx-tests', f)),
    ]
  : [];
const RAW = ['$$', '\\begin', '{data-', '{.', '{height', '. . .', '<div', '</', '::right::', '<v-', '[^', '^['];

describe.skipIf(!has)('dialect corpus: no raw syntax on a slide', () => {
  it('finds the 4 real decks and the 45 pandoc tests', () => {
    expect(decks.length).toBe(49);
  });

  it('no slide text holds $$, \\begin, {data-, {., {height, . . ., <div, </, ::right::, <v-, [^ or ^[', () => {
    const found: string[] = [];
    for (const f of decks) {
      const { deck } = parse(readFileSync(f, 'utf8'), { file: f });
      deck.slides.forEach((s, i) => {
        const text = shownText(s);
        for (const raw of RAW) if (text.includes(raw)) found.push(`${path.basename(f)} slide ${i + 1} (line ${s.src.line}): ${raw}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('warnings are one line per kind: no deck gets more than 12, none repeats a message', () => {
    for (const f of decks) {
      const { warnings } = parse(readFileSync(f, 'utf8'), { file: f });
      expect(warnings.length, path.basename(f)).toBeLessThanOrEqual(12);
      const kinds = warnings.map((w) => w.message.replace(/\(.*$/, ''));
      expect(new Set(kinds).size, path.basename(f)).toBe(kinds.length);
    }
  });

  it('Marp: the slide titled only by _header has that title; the slides with a heading keep theirs', () => {
    const f = path.join(dir, 'zh-marp-awesome-marp-template-deck.md');
    const { deck } = parse(readFileSync(f, 'utf8'), { file: f });
    const titled = (line: number) => deck.slides.find((s) => s.src.line === line)?.title?.map((r) => r.text).join('');
    expect(titled(229)).toBe('CONTENTS'); // `<!-- _header: "CONTENTS" -->`, no heading
    expect(titled(246)).toBe('目录CONTENTS'); // `_header: 目录<br>CONTENTS<br>![](…)`: the image left out
    const untitled = deck.slides.filter((s) => !s.title?.length);
    expect(untitled).toEqual([]);
  });

  it('the pandoc and Slidev decks build, formulas as Office Math', async () => {
    const f = path.join(dir, 'en-pandoc-revealjs-just-enough-cs-jfall2021.md');
    const r = await build(readFileSync(f, 'utf8'), { file: f });
    const xml = (await slideXml(r.bytes)).join('');
    expect((xml.match(/<m:oMath[ >]/g) ?? []).length).toBeGreaterThan(40);
    expect(xml).not.toContain('$N$');
  }, 60_000);
});
