// src/layout/metrics/fonts.ts: which measured widths stand for a theme face, per renderer. A face read as the wrong
// kind, or a table for the wrong renderer, is text measured narrower than it is drawn — text outside its box.
import { describe, expect, it, vi } from 'vitest';
import { kernTable, latinKind, latinTable, maxOf, type LatinKind } from '../../src/layout/metrics/fonts.js';
import { KERNING } from '../../src/layout/metrics/tables.js';

describe('latinKind: a face name, however it is spelled, to the table that stands for it', () => {
  it.each([
    ['Arial', 'sans'], ['Helvetica', 'sans'], ['Liberation Sans', 'sans'], ['arimo', 'sans'], ['Arial MT', 'sans'],
    ['Times New Roman', 'serif'], ['Tinos', 'serif'], ['Courier New', 'mono'], ['Cousine', 'mono'],
    ['Calibri', 'calibri'], ['Carlito', 'calibri'], ['Cambria', 'cambria'], ['Georgia', 'cambria'],
    ['Consolas', 'monoOther'], ['Source Code Pro', 'monoOther'], ['JetBrains_Mono', 'monoOther'], ['Fira-Code', 'monoOther'], ['NSimSun', 'monoOther'],
    ['Microsoft YaHei', 'cjkProportional'], ['微软雅黑', 'cjkProportional'], ['PingFang SC', 'cjkProportional'], ['Noto Sans CJK SC', 'cjkProportional'], ['Meiryo', 'cjkProportional'],
    ['SimSun', 'cjkFixed'], ['SimHei', 'cjkFixed'], ['KaiTi', 'cjkFixed'], ['FangSong', 'cjkFixed'], ['STSong', 'cjkFixed'], ['FZXiaoBiaoSong-B05S', 'cjkFixed'],
    ['方正小标宋简体', 'cjkFixed'], ['仿宋_GB2312', 'cjkFixed'], ['MS Gothic', 'cjkFixed'], ['Hiragino Sans GB', 'cjkFixed'], ['맑은고딕', 'cjkFixed'],
    ['Comic Sans MS', 'unknown'], ['', 'unknown'], ['constructor', 'unknown'], ['Verdana', 'unknown'],
  ] as const)('%j → %s', (face, kind) => expect(latinKind(face)).toBe(kind));
});

describe('latinTable: the widths for a kind, bold or not, as LibreOffice or PowerPoint draws it', () => {
  const same = (kind: LatinKind, face: string, bold: boolean, renderer: 'lo' | 'ppt', names: string[]) =>
    expect(latinTable(kind, face, bold, renderer)).toEqual(maxOf(names));

  it('metric clones: the same table for both renderers', () => {
    for (const r of ['lo', 'ppt'] as const) {
      same('sans', 'Arial', false, r, ['liberation-sans']);
      same('sans', 'Arial', true, r, ['liberation-sans-bold']);
      same('serif', 'Times', false, r, ['liberation-serif']);
      same('serif', 'Times', true, r, ['liberation-serif-bold']);
      same('mono', 'Courier', false, r, ['liberation-mono']);
      same('mono', 'Courier', true, r, ['liberation-mono-bold']);
      same('calibri', 'Calibri', false, r, ['carlito']);
      same('calibri', 'Calibri', true, r, ['carlito-bold']);
    }
  });

  it('faces without a clone: LibreOffice\'s substitute, or for PowerPoint the widest of the candidates', () => {
    same('cambria', 'Cambria', false, 'lo', ['dejavu-serif']);
    same('cambria', 'Cambria', true, 'ppt', ['liberation-serif-bold', 'dejavu-serif-bold']);
    same('monoOther', 'Consolas', false, 'lo', ['dejavu-sans-mono']);
    same('monoOther', 'Consolas', true, 'ppt', ['liberation-mono-bold', 'dejavu-sans-mono-bold']);
    same('cjkProportional', 'Microsoft YaHei', false, 'lo', ['dejavu-sans']);
    same('cjkProportional', 'Microsoft YaHei', true, 'ppt', ['dejavu-sans-bold', 'liberation-sans-bold', 'noto-sans-cjk-bold']);
    same('cjkFixed', 'SimHei', false, 'lo', ['dejavu-sans']);
    same('cjkFixed', 'SimSun', true, 'lo', ['dejavu-serif-bold']);
    same('unknown', 'Verdana', false, 'ppt', ['liberation-sans', 'liberation-serif', 'liberation-mono', 'carlito', 'dejavu-sans', 'dejavu-serif', 'dejavu-sans-mono', 'noto-sans-cjk', 'noto-serif-cjk']);
    same('unknown', 'Verdana', true, 'lo', ['liberation-sans-bold', 'liberation-serif-bold', 'liberation-mono-bold', 'carlito-bold', 'dejavu-sans-bold', 'dejavu-serif-bold', 'dejavu-sans-mono-bold', 'noto-sans-cjk-bold', 'noto-serif-cjk-bold']);
  });

  it('a GB2312 face in PowerPoint: ASCII at half an em, nothing narrower than that, Greek and Cyrillic full width', () => {
    for (const bold of [false, true]) {
      const t = latinTable('cjkFixed', 'SimHei', bold, 'ppt');
      const base = maxOf([bold ? 'liberation-sans-bold' : 'liberation-sans']);
      expect(t.get('i'.codePointAt(0)!)).toBe(0.5);
      expect(t.get('W'.codePointAt(0)!)).toBe(0.5);
      expect(t.get(0x7e)).toBe(0.5);
      expect(t.get(0x3b1)).toBe(1); // α
      expect(t.get(0x436)).toBe(1); // ж
      // Past ASCII the wider of the two; below 0x370 and from 0x460 on, Greek/Cyrillic handling does not apply.
      for (const cp of [0x7f, 0xe9, 0x2014, 0x36f, 0x460]) if (base.has(cp)) expect(t.get(cp)).toBe(Math.max(0.5, base.get(cp)!));
      // Past Cyrillic (from U+2010 on) too: ‹ stays at half an em, € at its own width, not full width.
      expect(t.get(0x2039)).toBe(0.5);
      expect(t.get(0x20ac)).toBe(bold ? Math.max(0.5, base.get(0x20ac)!) : 0.557);
      expect([...t.keys()].sort((a, b) => a - b)).toEqual([...base.keys()].sort((a, b) => a - b));
    }
  });

  it('maxOf takes the widest per character and refuses a table that does not exist', () => {
    const a = maxOf(['liberation-sans']);
    const b = maxOf(['liberation-mono']);
    const both = maxOf(['liberation-sans', 'liberation-mono']);
    for (const cp of ['i', 'W', 'm', '.'].map((c) => c.codePointAt(0)!)) expect(both.get(cp)).toBe(Math.max(a.get(cp) ?? 0, b.get(cp) ?? 0));
    expect(b.get('i'.codePointAt(0)!)).toBeCloseTo(0.6, 2);
    expect(a.get('i'.codePointAt(0)!)).toBeLessThan(0.3);
    expect(() => maxOf(['no-such-face'])).toThrow('no width table no-such-face');
    expect(maxOf([]).size).toBe(0);
  });
});

describe('kernTable: LibreOffice kerns pairs with the face it draws; PowerPoint is measured without', () => {
  it('the pairs of the substitute face, as em at [first × 128 + second]', () => {
    const t = kernTable('sans', 'Arial', false, 'lo')!;
    expect(t).toBeInstanceOf(Float32Array);
    expect(t.length).toBe(128 * 128);
    const pairs = Object.entries(KERNING['liberation-sans']);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [pair, v] of pairs.slice(0, 20)) expect(t[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)]).toBeCloseTo(v / 1000, 6);
    expect([...t].filter((x) => x !== 0).length).toBe(pairs.filter(([, v]) => v !== 0).length);
  });

  it.each([
    ['sans', 'Arial', false, 'liberation-sans'], ['serif', 'Times', true, 'liberation-serif-bold'], ['calibri', 'Calibri', false, 'carlito'],
    ['cambria', 'Cambria', false, 'dejavu-serif'], ['cjkProportional', 'Microsoft YaHei', true, 'dejavu-sans-bold'],
    ['cjkFixed', 'SimSun', false, 'dejavu-serif'], ['cjkFixed', 'SimHei', false, 'dejavu-sans'],
  ] as const)('%s (%s, bold %s) kerns as %s', (kind, face, bold, name) => {
    const t = kernTable(kind, face, bold, 'lo');
    const pairs = KERNING[name];
    if (!pairs) return expect(t).toBeNull();
    const [pair, v] = Object.entries(pairs)[0];
    expect(t![pair.charCodeAt(0) * 128 + pair.charCodeAt(1)]).toBeCloseTo(v / 1000, 6);
  });

  it('no kerning for PowerPoint, for monospaced faces, or for faces with no pair table', () => {
    expect(kernTable('sans', 'Arial', false, 'ppt')).toBeNull();
    expect(kernTable('mono', 'Courier New', false, 'lo')).toBeNull();
    expect(kernTable('monoOther', 'Consolas', false, 'lo')).toBeNull();
    expect(kernTable('unknown', 'Verdana', false, 'lo')).toBeNull();
  });
});

describe('the generated tables, decoded (a fresh copy of the module: it decodes them once per process)', () => {
  it('widths in em from 1/1000 em, each range to its last code point, no entry where the face has no glyph', async () => {
    vi.resetModules();
    const fonts = await import('../../src/layout/metrics/fonts.js');
    const sans = fonts.maxOf(['liberation-sans']);
    expect(sans.get(0x20)).toBe(0.278); // space, the first code point
    expect(sans.get(0x41)).toBe(0.667); // A
    expect(sans.get(0x7e)).toBe(0.584); // ~, the last of the first range (U+0020–U+007E)
    expect(sans.get(0x203a)).toBe(0.334); // ›, the last of U+2030–U+203A
    expect(sans.has(0x180)).toBe(false); // ƀ: Liberation Sans has no glyph
    expect(sans.size).toBe(534);
    const dejavu = fonts.maxOf(['dejavu-sans']);
    expect([dejavu.get(0x41), dejavu.get(0x2027), dejavu.get(0x45f), dejavu.size]).toEqual([0.685, 0.318, 0.654, 745]);
    // Decoded once: the same table object for every later call.
    expect(fonts.latinTable('sans', 'Arial', false, 'lo')).toBe(fonts.latinTable('sans', 'Arial', false, 'ppt'));
  });
});
