// Marp's footer and paginate directives, end to end: the parser fills Slide.footer/slideNumber and the renderer
// writes them as PowerPoint's own footer and slide-number placeholders (a slidenum field), per slide.
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { slideXml } from './helpers.js';

const MD = '---\nmarp: true\npaginate: true\nfooter: Team meeting\n---\n\n# Deck\n\n---\n\n## One\n\n- a\n- b\n\n---\n\n<!-- _footer: Special -->\n<!-- _paginate: false -->\n\n## Two\n\n- c\n- d\n\n---\n\n## Three\n\n- e\n- f\n';

const chrome = (xml: string) => ({
  footer: /<p:ph type="ftr"[^>]*\/>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1],
  number: /<p:ph type="sldNum"[^>]*\/>[\s\S]*?<a:fld [^>]*type="slidenum"[^>]*>[\s\S]*?<a:t>(\d+)<\/a:t>/.exec(xml)?.[1],
});

describe('Marp footer and paginate reach the slides', () => {
  it('the deck footer and numbers on every content slide; _footer and _paginate change one slide only', async () => {
    const r = await build(MD, { file: 'm.md' });
    const xml = await slideXml(r.bytes);
    expect(xml.slice(1).map(chrome)).toEqual([
      { footer: 'Team meeting', number: '2' },
      { footer: 'Special', number: undefined },
      { footer: 'Team meeting', number: '4' },
    ]);
  });
  it('without paginate: true a Marp deck numbers no slide (as Marp), the footer still shows', async () => {
    const r = await build(MD.replace('paginate: true\n', ''), { file: 'm.md' });
    const xml = await slideXml(r.bytes);
    expect(xml.slice(1).map(chrome).map((c) => c.number)).toEqual([undefined, undefined, undefined]);
    expect(xml.slice(1).map(chrome).map((c) => c.footer)).toEqual(['Team meeting', 'Special', 'Team meeting']);
  });
});
