// Two promises of the content fit engine at their boundaries (issue 18's survivors): body text is never set
// below the theme's floor — content that would fit one point under it is split instead — and every continuation
// part shows （续） / (cont.) in its visible title, not only in its metadata.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { layout } from '../../src/layout/index.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { LaidOutDeck, TextBox } from '../../src/model.js';
import type { Theme } from '../../src/theme/types.js';

const gov = resolveTheme('gov-blue');
const lay = (md: string, theme: Theme, aspect: '16:9' | '4:3' = '4:3'): LaidOutDeck => {
  const { deck } = parse(md, { file: 't.md' });
  deck.meta.aspect = aspect;
  return layout(deck, theme);
};
const bodySizes = (d: LaidOutDeck) =>
  d.slides.flatMap((s) => s.items.filter((i): i is TextBox => i.kind === 'text' && i.role === 'body').flatMap((b) => b.paragraphs.map((p) => p.sizePt)));
const visibleTitle = (d: LaidOutDeck, i: number) =>
  d.slides[i].items.find((x): x is TextBox => x.kind === 'text' && x.role === 'title')!.paragraphs.flatMap((p) => p.runs.map((r) => r.text)).join('');

const LONG = '坚持以习近平新时代中国特色社会主义思想为指导，深刻理解“两个确立”的决定性意义，自觉当好践行“两个维护”的排头兵。';

describe('the body floor', () => {
  it('content that fits only one point below minBody is split onto two slides at or above the floor, never set at 17 pt', () => {
    // The same theme with a floor one point lower tells which list fits only below the real floor.
    const lower: Theme = { ...gov, sizes: { ...gov.sizes, minBody: gov.sizes.minBody - 1 } };
    let md = '';
    for (let n = 3; n <= 14 && !md; n++) {
      const candidate = '## 要点\n\n' + Array.from({ length: n }, () => `- ${LONG}`).join('\n') + '\n';
      const d = lay(candidate, lower);
      if (d.slides.length === 1 && Math.min(...bodySizes(d)) === lower.sizes.minBody) md = candidate;
    }
    expect(md).not.toBe('');
    const d = lay(md, gov);
    expect(d.slides.length).toBe(2);
    expect(Math.min(...bodySizes(d))).toBeGreaterThanOrEqual(gov.sizes.minBody);
    expect(d.fit.map((f) => f.message)).toContain('split into 2 slides');
  });
});

describe('continuation titles', () => {
  const twenty = (head: string) => `## ${head}\n\n` + Array.from({ length: 20 }, (_, i) => `- 第${i + 1}条：${LONG}`).join('\n') + '\n';

  it('every part after the first shows （续） in its title box; the first does not', () => {
    const d = lay(twenty('二十条要点'), gov, '16:9');
    expect(d.slides.length).toBeGreaterThanOrEqual(3);
    expect(visibleTitle(d, 0)).toBe('二十条要点');
    for (let i = 1; i < d.slides.length; i++) expect(visibleTitle(d, i)).toBe('二十条要点（续）');
  });

  it('English decks say (cont.)', () => {
    const en = resolveTheme('minimal');
    const md = '## Twenty points\n\n' + Array.from({ length: 24 }, (_, i) => `- Point ${i + 1}: the quarterly numbers are reviewed by finance and operations before the board meets.`).join('\n') + '\n';
    const d = lay(md, en, '16:9');
    expect(d.slides.length).toBeGreaterThanOrEqual(2);
    expect(visibleTitle(d, 0)).toBe('Twenty points');
    for (let i = 1; i < d.slides.length; i++) expect(visibleTitle(d, i)).toBe('Twenty points (cont.)');
  });
});
