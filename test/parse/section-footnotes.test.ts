// A footnote cited in a section heading (`# Part[^a]`) belongs to the section slide: the parse gives the note to that
// slide's blocks, and the layout sets it under the section title (src/layout/page-notes.ts, test/layout/page-notes).
// parse-b survivors (issue 18): `slides.length - 1` → `+ 1` in src/parse/slides.ts lost the note or moved it to
// the next slide, and no test said where it goes.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const note = (text: string, line: number) => ({ kind: 'paragraph', runs: [{ text: text.slice(0, 2) }, { text: text.slice(2) }], src: { line } });
// Slide level 2 (`# ` sections, `## ` slides), as a deck whose slides are `## ` headings is read.
const run = (src: string) => {
  const { deck, warnings } = parse(src, { file: 't.md', slideLevel: 2 });
  return {
    slides: deck.slides.map((s) => ({ layout: s.layout, title: s.title?.map((r) => r.text).join(''), blocks: s.blocks })),
    warnings: warnings.map((w) => w.message),
  };
};

describe('a footnote cited in a section title', () => {
  it('is the section slide’s block; the next slide keeps only its own content', () => {
    const { slides, warnings } = run('# Part one[^a]\n\n## Slide\n\ntext\n\n[^a]: The note.\n');
    expect(warnings).toEqual([]);
    expect(slides).toEqual([
      { layout: 'section', title: 'Part one¹', blocks: [note('¹ The note.', 7)] },
      { layout: 'content', title: 'Slide', blocks: [{ kind: 'paragraph', runs: [{ text: 'text' }], src: { line: 5 } }] },
    ]);
  });

  it('content straight after the section heading: the note stays on the section, the content opens a slide', () => {
    const { slides } = run('# Part[^a]\n\ntext\n\n## S\n\ny\n\n[^a]: The note.\n');
    expect(slides.map((s) => [s.layout, s.title, s.blocks])).toEqual([
      ['section', 'Part¹', [note('¹ The note.', 9)]],
      ['content', 'Part¹', [{ kind: 'paragraph', runs: [{ text: 'text' }], src: { line: 3 } }]],
      ['content', 'S', [{ kind: 'paragraph', runs: [{ text: 'y' }], src: { line: 7 } }]],
    ]);
  });

  it('two sections in a row, each citing: each keeps its own; a note cited again on a later slide is set there too', () => {
    const { slides } = run('# A[^a]\n\n# B[^b]\n\n## S\n\nx[^a]\n\n[^a]: Note a.\n[^b]: Note b.\n');
    expect(slides.map((s) => s.layout)).toEqual(['agenda', 'section', 'section', 'content']);
    expect(slides.map((s) => s.blocks.slice(s.layout === 'content' ? 1 : 0))).toEqual([[], [note('¹ Note a.', 9)], [note('² Note b.', 10)], [note('¹ Note a.', 9)]]);
  });

  it('a note cited on a slide before the section stays on that slide', () => {
    const { slides } = run('## S\n\nx[^a]\n\n# Part[^b]\n\n## T\n\ny\n\n[^a]: Note a.\n[^b]: Note b.\n');
    expect(slides.map((s) => s.blocks.slice(s.layout === 'content' ? 1 : 0))).toEqual([[note('¹ Note a.', 11)], [note('² Note b.', 12)], []]);
  });

  it('a section heading that ends the deck keeps its note', () => {
    const { slides } = run('## S\n\nx\n\n# End[^a]\n\n[^a]: The note.\n');
    expect(slides).toEqual([
      { layout: 'content', title: 'S', blocks: [{ kind: 'paragraph', runs: [{ text: 'x' }], src: { line: 3 } }] },
      { layout: 'section', title: 'End¹', blocks: [note('¹ The note.', 7)] },
    ]);
  });

  it('… also when the heading is the last thing in the file (the definition written first)', () => {
    const { slides } = run('[^a]: The note.\n\n## S\n\nx[^a]\n\n# End[^a]\n');
    expect(slides.map((s) => s.blocks.slice(s.layout === 'content' ? 1 : 0))).toEqual([[note('¹ The note.', 1)], [note('¹ The note.', 1)]]);
  });
});
