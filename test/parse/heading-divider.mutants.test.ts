// Marp's headingDivider levels at their ends (parse-e survivors of src/parse/index.ts, stop 25): a list names the
// levels that divide, each a whole number from 1 to 6; anything else in it is left out.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const titles = (md: string) => parse(md, { file: 't.md' }).deck.slides.map((s) => `${s.layout}:${s.title?.map((r) => r.text).join('') ?? ''}`);
const deck = (hd: string) => `---\nmarp: true\nheadingDivider: ${hd}\n---\n\n# A\n\nx\n\n# B\n\ny\n\n###### F\n\nz\n`;

describe('headingDivider levels', () => {
  it('1 and 6 are levels: [1] divides at #, [6] at ###### only', () => {
    expect(titles(deck('[1]'))).toEqual(['title:A', 'content:B']);
    expect(titles(deck('1'))).toEqual(['title:A', 'content:B']);
    expect(titles(deck('[6]'))).toEqual(['content:A', 'content:F']);
    expect(titles(deck('6'))).toEqual(['title:A', 'content:B', 'content:F']);
  });

  it('0, 7, fractions and strings are not: a list of only those divides nowhere (one slide, as without it)', () => {
    const none = ['content:A'];
    expect(titles('---\nmarp: true\n---\n\n# A\n\nx\n\n# B\n\ny\n\n###### F\n\nz\n')).toEqual(none);
    for (const hd of ['[0]', '[7]', '[2.5]', '["1"]', '[1.5, 0, 7]']) expect(titles(deck(hd)), hd).toEqual(none);
    expect(titles(deck('[1, 2.5, "6"]'))).toEqual(['title:A', 'content:B']);
  });
});
