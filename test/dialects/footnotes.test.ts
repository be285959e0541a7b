// Footnotes: `[^1]` marks become superscript numbers (numbered through the deck), each note a last paragraph on
// the slide that cites it; pandoc's inline `^[…]` too; raw `[^…]` never reaches a slide.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { build } from '../../src/build.js';
import type { Block } from '../../src/model.js';
import { slideXml } from './helpers.js';

const texts = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind === 'list' ? b.items.map((it) => it.runs.map((r) => r.text).join('')).join('|') : b.kind));

describe('footnotes', () => {
  const md = [
    '## One', // 1
    '',
    'Here is one note.[^1] And one more.[^b] Inline^[an *inline* note].', // 3
    '',
    '- item with a note[^long]',
    '',
    '[^1]: Here is the note.', // 7
    '',
    '[^b]: And another **note**.',
    '',
    '[^long]: A long note', // 11
    'continued lazily.',
    '',
    '    With a second paragraph.',
    '',
    '## Two', // 16
    '',
    'Again[^1], missing[^nope].',
    '',
    '[^unused]: never cited', // 20
  ].join('\n');
  const { deck, warnings } = parse(md);

  it('marks are superscript numbers in citation order; notes close the slide that cites them', () => {
    expect(texts(deck.slides[0].blocks)).toEqual([
      'Here is one note.¹ And one more.² Inline³.',
      'item with a note⁴',
      '¹ Here is the note.',
      '² And another note.',
      '³ an inline note',
      '⁴ A long note continued lazily. With a second paragraph.',
    ]);
    // The note keeps its Markdown formatting and its own line.
    const second = deck.slides[0].blocks[3] as Extract<Block, { kind: 'paragraph' }>;
    expect(second.src.line).toBe(9);
    expect(second.runs).toContainEqual({ text: 'note', bold: true });
  });

  it('a note cited again keeps its number; a reference without a definition and an unused definition are reported', () => {
    expect(texts(deck.slides[1].blocks)).toEqual(['Again¹, missing.', '¹ Here is the note.']);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [18, 'footnote reference without a definition ([^nope]) left out'],
      [20, 'footnote never referenced ([^unused]) left out'],
    ]);
    expect(deck.slides).toHaveLength(2);
  });

  it('reaches the slide XML as text, with no raw [^ left', async () => {
    const r = await build('## S\n\nClaim.[^1]\n\n[^1]: Source, 2024.\n');
    const xml = (await slideXml(r.bytes))[0];
    expect(xml).toContain('Claim.¹');
    expect(xml).toContain('Source, 2024.');
    expect(xml).not.toContain('[^');
  });

  it('`[^x]` inside code stays code', () => {
    const { deck: d } = parse('## C\n\n`a[^1]` and\n\n```\nb[^2]\n```\n');
    expect(texts(d.slides[0].blocks)).toEqual(['a[^1] and', 'code']);
  });
});
