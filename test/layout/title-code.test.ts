// A title holding code (`collections.deque` in a Marp deck's heading) is drawn with the code in the theme's mono
// face, which is wider than the title face: fitting it in the title face predicted one line where LibreOffice drew
// two, and the second ran out of the title box (the pytexas corpus deck, slides 6 and 9: 4 pt below the box).
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { fitTitle } from '../../src/layout/titles.js';
import { wrapRuns } from '../../src/layout/wrap.js';
import { resolveTheme } from '../../src/theme/index.js';
import type { TextBox } from '../../src/model.js';
import { checkDecks, hasCheckDeck } from '../decks/deck-check.js';

const DECK = [
  '---', 'theme: minimal', '---', '', '# Code in titles', '',
  '## `collections.OrderedDict` - Keeping and Moving and Sorting', '', '- One', '',
  '## `itertools.zip_longest` - Pairing and Filling and Stopping', '', '- Two', '',
  '## `functools.lru_cache` - Caching and Evicting and Counting all', '', '- Three', '',
].join('\n');

describe('titles with code runs', () => {
  it('fitTitle measures code runs in the mono face: more room than the title face alone', async () => {
    const theme = await resolveTheme('minimal');
    const runs = [{ text: 'collections.OrderedDict', code: true }, { text: ' - Keeping and Moving and Sorting' }];
    const box = { x: 0.5, y: 0.3, w: 11.9, h: 0.95 };
    const spec = { runs, faces: theme.fonts.title, mono: theme.fonts.title, maxPt: theme.sizes.title, minPt: theme.sizes.minTitle, maxLines: 2, box, lineSpacing: 1.15 };
    const without = fitTitle(spec); // code measured in the title face, as before the fix
    const withMono = fitTitle({ ...spec, mono: theme.fonts.mono });
    // The same text takes a smaller size or more lines once the code is measured as drawn.
    expect(withMono.sizePt * 100 - withMono.lines).toBeLessThan(without.sizePt * 100 - without.lines);
  });

  it('each built title counts the lines its code makes, and its box holds them', async () => {
    const theme = await resolveTheme('minimal');
    const r = await build(DECK);
    for (const s of r.laid.slides.slice(1)) {
      const box = s.items.find((i): i is TextBox => i.kind === 'text' && i.role === 'title')!;
      const p = box.paragraphs[0];
      expect(p.runs.some((x) => x.code)).toBe(true);
      const drawn = wrapRuns(p.runs, { style: { faces: theme.fonts.title, sizePt: p.sizePt }, mono: theme.fonts.mono, maxWidthPt: box.w * 72 - box.insetPt[0] - box.insetPt[2] }).lines.length;
      expect(p.lines).toBeGreaterThanOrEqual(drawn);
      expect(box.h * 72 + 1e-6).toBeGreaterThanOrEqual(p.lines * p.lineSpacingPt + box.insetPt[1] + box.insetPt[3]);
    }
  });

  it.skipIf(!hasCheckDeck)('check-deck: 0 overflow (was 3: each title wrapped out of its box)', async () => {
    const [rep] = await checkDecks([{ label: 'code-titles', bytes: (await build(DECK)).bytes }]);
    expect({ overflow: rep.overflow, problems: rep.problems }).toEqual({ overflow: 0, problems: [] });
  }, 300_000);
});
