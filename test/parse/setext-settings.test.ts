// A setext heading that looks like `key: value` is Slidev's per-slide front matter only right after a slide's `---`:
// anywhere else ("Note: this" underlined with dashes) it is a heading, and no text is lost.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const text = (runs: { text: string }[] | undefined) => (runs ?? []).map((r) => r.text).join('');
const slidesOf = (md: string) => parse(md, { file: 't.md', slideLevel: 2 }).deck.slides;

describe('setext headings that look like settings', () => {
  it('"Note: this" underlined with dashes after a paragraph is a heading (a slide), its text kept', () => {
    const s = slidesOf('## A\n\nx\n\nNote: this\n----------\n\ny\n');
    expect(s.map((x) => text(x.title))).toEqual(['A', 'Note: this']);
    expect(JSON.stringify(s[1].blocks)).toContain('"y"');
  });

  it('the same lines right after a slide\'s --- are that slide\'s settings (Slidev), not text', () => {
    const s = slidesOf('## A\n\nx\n\n---\nlayout: center\n---\n\n## B\n\ny\n');
    expect(s.map((x) => text(x.title))).toEqual(['A', 'B']);
    expect(s[1].layoutRequest).toMatchObject({ name: 'statement', line: 6 });
    expect(JSON.stringify(s.map((x) => x.blocks))).not.toContain('layout');
  });
});
