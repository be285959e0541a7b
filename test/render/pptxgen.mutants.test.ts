// packageParts (src/render/pptxgen.ts): pptxgenjs' parts without its zip round trip, through one hook on JSZip's
// generateAsync. Each test imports a fresh copy of the module (vi.resetModules), so its own hook is the one
// installed: the mutation run keeps modules loaded from file to file (isolate: false), and a hook left by another
// test file would otherwise answer for it.
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';

type Generate = typeof JSZip.prototype.generateAsync;
const current = (): Generate => JSZip.prototype.generateAsync;

async function fresh() {
  vi.resetModules();
  return import('../../src/render/pptxgen.js');
}

async function oneSlide(m: Awaited<ReturnType<typeof fresh>>) {
  const pptx = new m.PptxGenJS();
  pptx.addSlide().addText('甲', { x: 1, y: 1, w: 2, h: 1 });
  return pptx;
}

describe('packageParts', () => {
  it("hands back pptxgenjs' parts, XML as strings, with no zip in between", async () => {
    const m = await fresh();
    const parts = await m.packageParts(await oneSlide(m));
    const names = parts.map((p) => p.name);
    expect(names).toContain('[Content_Types].xml');
    expect(names).toContain('ppt/slides/slide1.xml');
    const slide = parts.find((p) => p.name === 'ppt/slides/slide1.xml')!;
    expect(typeof slide.data).toBe('string');
    expect(slide.data).toContain('<a:t>甲</a:t>');
  });

  it('installs its hook on the first call, once: a second call leaves the same hook, and other output types reach JSZip', async () => {
    const m = await fresh();
    const before = current();
    await m.packageParts(await oneSlide(m));
    const hook = current();
    expect(hook).not.toBe(before);
    await m.packageParts(await oneSlide(m));
    expect(current()).toBe(hook);
    // Any other type still zips: pptxgenjs' own write works beside it.
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(Object.keys((await JSZip.loadAsync(bytes)).files)).toEqual(['a.txt']);
  });

  it('says so when pptxgenjs answers with something other than its JSZip object', async () => {
    const m = await fresh();
    const notThrough = { write: async () => new Uint8Array([80, 75]) };
    await expect(m.packageParts(notThrough as never)).rejects.toThrow('internal: pptxgenjs did not hand over its JSZip object');
  });
});
