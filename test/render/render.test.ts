// The XML inside the zip: what PowerPoint and WPS will read.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { build } from '../../src/build.js';
import { xmlProblems } from '../reliability/pptx-check.js';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const n of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(n)) out.set(n, await zip.file(n)!.async('string'));
  return out;
}

const zh = `---
title: 测试讲话
theme: gov-blue
---

# 一要充分肯定学习成效

## 进一步强化了理论武装

- 坚持**“两个确立”**的决定性意义
- 第二条 with [a link](https://example.com/a?b=1&c=2)

::: notes
第一段备注。

第二段备注。
:::
`;

describe('render: text XML', async () => {
  const r = await build(zh, { file: 'zh.md' });
  const p = await parts(r.bytes);
  const slides = [...p.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort();
  const content = p.get('ppt/slides/slide3.xml')!;

  it('writes every XML part well-formed with one a:pPr per paragraph', async () => {
    expect(await xmlProblems(r.bytes)).toEqual([]);
    expect(slides.length).toBe(3);
  });

  it('has the slides the deck has: title, section, content (no agenda with one section)', () => {
    expect(r.laid.slides.map((s) => s.layout)).toEqual(['title', 'section', 'content']);
  });

  it('puts the Latin face in a:latin and the East-Asian face in a:ea, with lang zh-CN, on every run', () => {
    const runs = [...content.matchAll(/<a:rPr [^>]*>[\s\S]*?<\/a:rPr>/g)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThan(4);
    for (const run of runs) {
      expect(run).toContain('lang="zh-CN"');
      expect(run).toMatch(/<a:ea typeface="(Microsoft YaHei|Consolas)"\/>/);
    }
    expect(content).toContain('<a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei"/>');
  });

  it('keeps bold on the quoted slogan and sets the curly quotes in the East-Asian face', () => {
    expect(content).toMatch(/<a:rPr [^>]*b="1"[^>]*>(?:(?!<\/a:rPr>).)*<a:latin typeface="Microsoft YaHei"\/>(?:(?!<\/a:rPr>).)*<\/a:rPr><a:t>“<\/a:t>/s);
    expect(content).toMatch(/b="1"[^>]*>(?:(?!<\/a:rPr>).)*<\/a:rPr><a:t>两个确立<\/a:t>/s);
  });

  it('writes explicit sizes, exact line pitch and no autofit', () => {
    expect(content).toMatch(/<a:lnSpc><a:spcPts val="\d+"\/><\/a:lnSpc>/);
    expect(content).toContain('<a:noAutofit/>');
    expect(content).not.toContain('normAutofit');
    // Body text, not the footer and slide number (placeholders of their own, at the footer size).
    const text = content.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(?:ftr|sldNum)"[\s\S]*?<\/p:sp>/g, '');
    const sizes = [...text.matchAll(/<a:rPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  });

  it('writes hyperlinks with an escaped external relationship', () => {
    const rels = p.get('ppt/slides/_rels/slide3.xml.rels')!;
    const id = /<a:hlinkClick r:id="(rIdHb\d+)"\/>/.exec(content)?.[1];
    expect(id).toBeDefined();
    expect(rels).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/a?b=1&amp;c=2" TargetMode="External"`);
  });

  it('keeps notes paragraphs as paragraphs, in zh-CN', () => {
    const notes = p.get('ppt/notesSlides/notesSlide3.xml')!;
    const paras = [...notes.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1]).filter((x) => x.includes('备注'));
    expect(paras.length).toBe(2);
    expect(paras[0]).toContain('lang="zh-CN"');
    expect(paras[0]).toContain('第一段备注。');
  });

  it('patches the theme fonts: East-Asian faces in theme1.xml', () => {
    const theme = p.get('ppt/theme/theme1.xml')!;
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Arial"\/><a:ea typeface="Microsoft YaHei"\/>/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Arial"\/><a:ea typeface="Microsoft YaHei"\/>/);
  });

  it('leaves no dangling content-type overrides and keeps notesMasterIdLst in schema order', async () => {
    const ct = p.get('[Content_Types].xml')!;
    // Every override names a part in the zip — images included (the part map above holds only XML, so look at the
    // zip's own list; an override for a missing image used to pass here).
    const names = new Set(Object.keys((await JSZip.loadAsync(r.bytes)).files));
    const overrides = [...ct.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(overrides.length).toBeGreaterThan(0);
    expect(overrides.filter((o) => !names.has(o))).toEqual([]);
    const pres = p.get('ppt/presentation.xml')!;
    expect(pres.indexOf('<p:notesMasterIdLst>')).toBeGreaterThan(pres.indexOf('</p:sldMasterIdLst>'));
    expect(pres.indexOf('<p:notesMasterIdLst>')).toBeLessThan(pres.indexOf('<p:sldIdLst>'));
  });
});

describe('render: English deck and sanitising', () => {
  it('writes lang en-US, numbered lists as auto-numbers from their start, and strips control characters', async () => {
    const r = await build('## Plan\n\n3. three\n4. four\n\nbad\u0001char\n', { file: 'en.md' });
    const p = await parts(r.bytes);
    const s = p.get('ppt/slides/slide1.xml')!;
    expect(s).toContain('lang="en-US"');
    expect(s).toContain('<a:buAutoNum type="arabicPeriod" startAt="3"/>');
    expect(s).toContain('<a:buAutoNum type="arabicPeriod" startAt="4"/>');
    expect(s).toContain('<a:t>badchar</a:t>');
    expect(s).not.toContain('\u0001');
  });

  it('draws a missing image as a placeholder with its alt text, and warns with the line', async () => {
    const r = await build('## Pic\n\n![The sales chart](nope.png)\n', { file: 'pic.md', baseDir: '/tmp' });
    const s = (await parts(r.bytes)).get('ppt/slides/slide1.xml')!;
    expect(s).toContain('<a:t>[The sales chart]</a:t>');
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringContaining('file not found') }));
  });
});

describe('render: geometry stays valid', () => {
  it('writes whole-number EMU coordinates even when one table row is taller than the slide', async () => {
    const huge = '决定性意义'.repeat(4000); // ~120 in of wrapped text: pptxgenjs reads ≥ 100 as EMU
    const r = await build(`## T\n\n| ${huge} | b |\n|---|---|\n| 1 | 2 |\n`, { file: 't.md' });
    const s = (await parts(r.bytes)).get('ppt/slides/slide1.xml')!;
    const values = [...s.matchAll(/<a:(?:off|ext) (?:x|cx)="([^"]+)" (?:y|cy)="([^"]+)"/g)].flatMap((m) => [m[1], m[2]]);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v).toMatch(/^\d+$/);
  });
});

describe('render: compression threads', () => {
  it('a large deck has the same bytes with worker threads as without, and by default', async () => {
    const md = ['---', 'title: 大型汇报', '---', ''];
    for (let i = 1; i <= 160; i++) md.push(`## 第${i}项工作`, '', `- 切实把第${i}项任务落到实处，确保取得实效`, `- 数据：${i * 37}万元`, '');
    const source = md.join('\n');
    const serial = await build(source, { threads: 0 });
    const threaded = await build(source, { threads: 2 });
    const auto = await build(source);
    expect(serial.laid.slides.length).toBeGreaterThan(150);
    expect(Buffer.from(threaded.bytes).equals(Buffer.from(serial.bytes))).toBe(true);
    expect(Buffer.from(auto.bytes).equals(Buffer.from(serial.bytes))).toBe(true);
    expect(await xmlProblems(serial.bytes)).toEqual([]);
  });
});
