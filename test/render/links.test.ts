// Hyperlinks as LibreOffice draws them: it imports each linked run as a URL field it never breaks inside, so a link
// is written as one run per piece (src/layout/wrap.ts linkPieces), and a zero-width U+FEFF run closes a link that
// more text follows (LibreOffice 7.4 drew such a link in the text colour). Rendered and looked at: the Awesome Marp
// corpus deck's cards and columns, and our own link fixtures.
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { slideXml } from '../dialects/helpers.js';

/** The runs of the first body paragraph holding a link: [text, r:id or ''] per run. */
async function linkedRuns(md: string): Promise<[string, string][][]> {
  const xml = (await slideXml((await build(md)).bytes)).join('');
  return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)]
    .map((m) => [...m[1].matchAll(/<a:r>(.*?)<\/a:r>/gs)].map((r): [string, string] => [/<a:t>([^<]*)<\/a:t>/.exec(r[1])?.[1] ?? '', /hlinkClick r:id="([^"]+)"/.exec(r[1])?.[1] ?? '']))
    .filter((runs) => runs.some(([, id]) => id));
}

describe('links in the slide XML', () => {
  it('a link is one run per piece, all with the same relationship; U+FEFF closes it when text follows', async () => {
    const [p] = await linkedRuns('# 链接\n\n## 工具\n\n- 配合 Zotero：[Citation Picker for Zotero](https://a.example/z)、其他\n');
    const linked = p.filter(([, id]) => id);
    expect(linked.map(([t]) => t)).toEqual(['Citation ', 'Picker ', 'for ', 'Zotero', '\uFEFF']);
    expect(new Set(linked.map(([, id]) => id)).size).toBe(1);
    expect(p.map(([t]) => t).join('')).toBe('配合 Zotero：Citation Picker for Zotero\uFEFF、其他');
  });

  it('no closing run when the link ends the paragraph; a one-word link stays one run', async () => {
    const [p, q] = await linkedRuns('# 链接\n\n## 工具\n\n- 主页：[Obsidian 官方主页](https://o.example)\n- [PicGo](https://p.example) 图床\n');
    expect(p.filter(([, id]) => id).map(([t]) => t)).toEqual(['Obsidian ', '官', '方', '主', '页']);
    expect(q.filter(([, id]) => id).map(([t]) => t)).toEqual(['PicGo', '\uFEFF']);
  });

  it('link relationships are numbered from 1 in the order written: rIdHb1, rIdHb2', async () => {
    const [p, q] = await linkedRuns('# 链接\n\n## 工具\n\n- [One](https://one.example)\n- [Two](https://two.example)\n');
    expect([p, q].map((runs) => runs.find(([, id]) => id)![1])).toEqual(['rIdHb1', 'rIdHb2']);
  });
});

// check-deck on the Awesome Marp corpus deck (before: 1 overflow, 1 kinsoku; now 0 and 0): test/reliability/corpus.test.ts.
