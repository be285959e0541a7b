// A Marp footer's text (src/parse/slides.ts footerText): a `<br>` or a picture (which huibao cannot put in a footer)
// at either end leaves no space at that end of the footer line. parse-b survivor (issue 18): the final trim.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const footerOf = (value: string) => parse(`---\nmarp: true\n---\n\n<!-- footer: ${value} -->\n\n# A\n\nx\n`, { file: 't.md' }).deck.slides[0].footer;

describe('Marp footer text', () => {
  it.each([
    ['ACME<br>', 'ACME'],
    ['<br>ACME', 'ACME'],
    ['ACME ![logo](a.png)', 'ACME'],
    ['![logo](a.png) ACME', 'ACME'],
    ['&nbsp;ACME&nbsp;', 'ACME'],
    ['ACME<br>2026', 'ACME 2026'],
    ['**ACME**   ·   *2026*', 'ACME · 2026'],
  ])('%j → %j', (value, text) => expect(footerOf(value)).toBe(text));
  it('only a picture: no footer', () => expect(footerOf('![logo](a.png)')).toBeNull());
});
