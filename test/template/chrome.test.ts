// Footer and slide number as PowerPoint's Insert › Header & Footer writes them (issue 12): `ftr` and `sldNum`
// placeholders on every layout that shows them and on the master; on each slide its own `ftr` placeholder with the
// footer text and a `sldNum` placeholder with a `slidenum` field, matched to its layout's placeholders by type and
// idx — for built-in decks and template decks, with the per-slide overrides (Slide.footer, Slide.slideNumber).
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { render } from '../../src/render/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import { mapLayouts, readTemplate, templateTheme } from '../../src/template/index.js';
import type { Deck } from '../../src/model.js';
import { runCheck } from '../../src/cli/check.js';
import { build } from '../../src/build.js';
import { measureWidthPt } from '../../src/layout/measure.js';
import { deckParts, hasTemplates, tpl } from './helpers.js';

const MD = `---
title: Footers
footer: Deck footer
---

# Part one

## Alpha

- one

## Beta

- two

## Gamma

- three
`;

async function deckWith(md: string, edit: (deck: Deck) => void, template?: string): Promise<Map<string, string>> {
  const { deck } = parse(md, {});
  edit(deck);
  let theme = resolveTheme(undefined, { lang: deck.meta.lang });
  let merge;
  if (template) {
    const t = readTemplate(new Uint8Array(readFileSync(template)), template);
    const m = mapLayouts(t);
    theme = templateTheme(t, m, theme, deck.meta.lang);
    merge = { template: t, mapping: m };
    deck.meta.layouts = 'plain';
  }
  const laid = layout(deck, theme, { size: merge?.template.size });
  return deckParts(await render(laid, theme, { template: merge }));
}

const slideByTitle = (deck: Deck, title: string) => deck.slides.find((s) => s.title?.map((r) => r.text).join('') === title)!;

interface Chrome {
  footer?: { idx: string; text: string; sz: number; xfrm: string };
  number?: { idx: string; text: string; field: boolean };
}

function chromeOf(xml: string): Chrome {
  const out: Chrome = {};
  for (const sp of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
    const ph = /<p:ph type="(ftr|sldNum)"[^>]*idx="(\d+)"/.exec(sp);
    if (!ph) continue;
    const text = [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
    if (ph[1] === 'ftr') {
      expect(out.footer, 'one footer per slide').toBeUndefined();
      out.footer = { idx: ph[2], text, sz: Number(/<a:rPr[^>]*sz="(\d+)"/.exec(sp)?.[1]), xfrm: /<a:xfrm>[\s\S]*?<\/a:xfrm>/.exec(sp)?.[0] ?? '' };
    } else {
      expect(out.number, 'one slide number per slide').toBeUndefined();
      out.number = { idx: ph[2], text, field: /<a:fld id="\{[0-9A-F-]{36}\}" type="slidenum">/.test(sp) };
    }
  }
  return out;
}

/** Slide n's XML, its layout's XML (through its relationships). */
function slideAndLayout(parts: Map<string, string>, n: number): { slide: string; layout: string } {
  const rels = parts.get(`ppt/slides/_rels/slide${n}.xml.rels`)!;
  const target = /Type="[^"]*\/slideLayout"\s+Target="\.\.\/slideLayouts\/([^"]+)"/.exec(rels)![1];
  return { slide: parts.get(`ppt/slides/slide${n}.xml`)!, layout: parts.get(`ppt/slideLayouts/${target}`)! };
}

const slideCount = (parts: Map<string, string>) => [...parts.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k)).length;

/** The slide titled `title` (its title placeholder's text). */
function slideNo(parts: Map<string, string>, title: string): number {
  for (let n = 1; n <= slideCount(parts); n++) {
    const xml = parts.get(`ppt/slides/slide${n}.xml`)!;
    const sp = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
    if ([...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('') === title) return n;
  }
  throw new Error(`no slide titled ${title}`);
}

describe('built-in decks: footer and slide number placeholders', () => {
  it('every content slide has an ftr placeholder with the footer and a sldNum field with its number; the cover none', async () => {
    const parts = await deckWith(MD, () => {});
    const n = slideCount(parts);
    expect(n).toBeGreaterThanOrEqual(4);
    const alpha = slideNo(parts, 'Alpha');
    for (let i = 1; i <= n; i++) {
      const { slide, layout } = slideAndLayout(parts, i);
      const c = chromeOf(slide);
      const name = /<p:cSld name="([^"]*)"/.exec(layout)![1];
      if (name === 'huibao Title Slide' || name === 'huibao Section Header') {
        expect(c, `slide ${i} (${name})`).toEqual({});
        continue;
      }
      expect(c.footer?.text, `slide ${i}`).toBe('Deck footer');
      expect(c.number).toEqual({ idx: '12', text: String(i), field: true });
      // The slide's placeholders are the layout's (same type and idx), and the layout's sit where the slide's do.
      expect(layout).toContain('<p:ph type="ftr" sz="quarter" idx="11"/>');
      expect(layout).toContain('<p:ph type="sldNum" sz="quarter" idx="12"/>');
      expect(c.footer?.idx).toBe('11');
      const off = /<a:off [^>]*\/>/.exec(c.footer!.xfrm)![0];
      expect(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="ftr"[\s\S]*?<\/p:sp>/.exec(layout)![0]).toContain(off);
    }
    expect(alpha).toBeGreaterThan(1);
    // The master carries them too (PowerPoint's Header & Footer dialog works from the master).
    const master = parts.get('ppt/slideMasters/slideMaster1.xml')!;
    expect(master).toContain('<p:ph type="ftr" sz="quarter" idx="3"/>');
    expect(master).toContain('<p:ph type="sldNum" sz="quarter" idx="4"/>');
    // No text box copy of the footer on a layout any more (it would show on every slide, overrides or not).
    for (const [k, v] of parts) if (k.startsWith('ppt/slideLayouts/')) expect(v).not.toContain('Deck footer');
  });

  it('a slide`s own footer replaces the deck`s, null hides it, and slideNumber switches its number', async () => {
    const parts = await deckWith(MD, (deck) => {
      slideByTitle(deck, 'Alpha').footer = 'Own footer';
      slideByTitle(deck, 'Beta').footer = null;
      slideByTitle(deck, 'Beta').slideNumber = false;
    });
    const alpha = chromeOf(parts.get(`ppt/slides/slide${slideNo(parts, 'Alpha')}.xml`)!);
    const beta = chromeOf(parts.get(`ppt/slides/slide${slideNo(parts, 'Beta')}.xml`)!);
    const gamma = chromeOf(parts.get(`ppt/slides/slide${slideNo(parts, 'Gamma')}.xml`)!);
    expect(alpha.footer?.text).toBe('Own footer');
    expect(alpha.number?.field).toBe(true);
    expect(beta).toEqual({});
    expect(gamma.footer?.text).toBe('Deck footer');
    expect(gamma.number?.text).toBe(String(slideNo(parts, 'Gamma')));
  });

  it('page numbers off for the deck, on for one slide; no footer text means no ftr placeholder', async () => {
    const md = MD.replace('footer: Deck footer', 'slideNumbers: false');
    const parts = await deckWith(md, (deck) => {
      slideByTitle(deck, 'Gamma').slideNumber = true;
    });
    for (let i = 1; i <= slideCount(parts); i++) {
      const c = chromeOf(parts.get(`ppt/slides/slide${i}.xml`)!);
      expect(c.footer).toBeUndefined();
      if (i === slideNo(parts, 'Gamma')) expect(c.number).toEqual({ idx: '12', text: String(i), field: true });
      else expect(c.number).toBeUndefined();
    }
  });

  it('a footer too long for its box is set smaller, then cut with "…", never wrapped out of it', async () => {
    const long = 'A very long footer that says who made the deck, for which meeting, on which day, under which rules, and why it matters so much';
    const parts = await deckWith(MD.replace('footer: Deck footer', `footer: ${long}`), () => {});
    const c = chromeOf(parts.get(`ppt/slides/slide${slideNo(parts, 'Alpha')}.xml`)!).footer!;
    expect(c.text.endsWith('…')).toBe(true);
    expect(long.startsWith(c.text.slice(0, -1))).toBe(true);
    expect(c.sz).toBe(900);
    const cx = Number(/<a:ext cx="(\d+)"/.exec(c.xfrm)![1]) / 12700;
    const theme = resolveTheme(undefined, { lang: 'en' });
    expect(measureWidthPt(c.text, { faces: theme.fonts.body, sizePt: 9 })).toBeLessThanOrEqual(cx - 7.2);
  });
});

describe.skipIf(!hasTemplates)('template decks: the template`s footer and slide-number placeholders filled', () => {
  it('THU (every layout has ftr/sldNum): each slide fills its layout`s own placeholders (type and idx), at ≥ 9 pt', async () => {
    const parts = await deckWith(MD, (deck) => {
      slideByTitle(deck, 'Beta').footer = null;
    }, tpl('zh-thu-purple-4x3.pptx'));
    let numbered = 0;
    for (let i = 1; i <= slideCount(parts); i++) {
      const { slide, layout } = slideAndLayout(parts, i);
      const c = chromeOf(slide);
      // As on huibao's own layouts: none on the title and section slides ("Don't show on title slide").
      if (/<p:cSld name="(?:标题幻灯片|节标题)"/.test(layout)) {
        expect(c, `slide ${i}`).toEqual({});
        continue;
      }
      expect(c.number?.field, `slide ${i}`).toBe(true);
      expect(c.number?.text).toBe(String(i));
      expect(layout).toMatch(new RegExp(`<p:ph type="sldNum"[^>]*idx="${c.number!.idx}"`));
      numbered++;
      if (i === slideNo(parts, 'Beta')) expect(c.footer).toBeUndefined();
      else {
        expect(c.footer?.text).toBe('Deck footer');
        expect(layout).toMatch(new RegExp(`<p:ph type="ftr"[^>]*idx="${c.footer!.idx}"`));
        expect(c.footer!.sz).toBeGreaterThanOrEqual(900);
      }
    }
    expect(numbered).toBe(slideCount(parts) - 2);
  });

  it('red banner: slides carry exactly the chrome placeholders their layout has', async () => {
    const t = readTemplate(new Uint8Array(readFileSync(tpl('zh-ustc-red-banner-4x3.pptx'))), 'x');
    const m = mapLayouts(t);
    const parts = await deckWith(MD, () => {}, tpl('zh-ustc-red-banner-4x3.pptx'));
    for (let i = 1; i <= slideCount(parts); i++) {
      const { slide, layout } = slideAndLayout(parts, i);
      const c = chromeOf(slide);
      const cover = /<p:cSld name="(?:标题幻灯片|节标题)"/.test(layout);
      expect(!!c.footer, `slide ${i}`).toBe(!cover && /<p:ph type="ftr"/.test(layout));
      expect(!!c.number, `slide ${i}`).toBe(!cover && /<p:ph type="sldNum"/.test(layout));
    }
    expect(Object.values(m.kinds).every((k) => k.footer && k.slideNumber)).toBe(true);
  });
});

describe.skipIf(!hasTemplates)('huibao check --template measures against the template`s boxes, as build does', () => {
  const longList = Array.from({ length: 7 }, (_, i) => `- Point ${i + 1}: a full sentence of body text that takes most of a line on a slide`).join('\n');
  const md = `---\ntitle: Check\n---\n\n## Many points\n\n${longList}\n`;

  async function check(file: string, opts: { template?: string }): Promise<string[]> {
    const lines: string[] = [];
    await runCheck(file, opts, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    return lines;
  }

  it('--template and front matter template: give build`s slides; without, the built-in theme`s', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-check-'));
    const file = path.join(dir, 'deck.md');
    writeFileSync(file, md);
    const template = tpl('zh-thu-purple-4x3.pptx');
    const built = await build(md, { file, template, skipRender: true });
    const plain = await build(md, { file, skipRender: true });
    expect(built.laid.slides.length).not.toBe(plain.laid.slides.length);
    const summary = (lines: string[]) => lines.find((l) => l.startsWith('huibao check:') && l.includes('slides'))!;
    expect(summary(await check(file, { template }))).toContain(`${built.laid.slides.length} slides`);
    expect(summary(await check(file, {}))).toContain(`${plain.laid.slides.length} slides`);
    // Front matter `template:` (inside the deck's folder) is honoured by check too.
    copyFileSync(template, path.join(dir, 'unit.pptx'));
    const fm = path.join(dir, 'fm.md');
    writeFileSync(fm, md.replace('title: Check', 'title: Check\ntemplate: ./unit.pptx'));
    expect(summary(await check(fm, {}))).toContain(`${built.laid.slides.length} slides`);
  });
});
