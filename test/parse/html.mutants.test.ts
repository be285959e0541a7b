// src/parse/html.ts against the survivors of the lead's run parse-g (stop 26): the tag tables are module-level, read
// once by the first test that loads the module under Stryker (isolate: false), so they are checked here on a fresh
// copy (vi.resetModules); then entities at their edges and where a tag must start.
import { describe, expect, it, vi } from 'vitest';
import { decodeEntities, htmlBlocks, inlineTag, readHtmlBlock } from '../../src/parse/html.js';

const TEXT_TAGS = ['span', 'sub', 'sup', 'u', 'small', 'big', 'mark', 'kbd', 'code', 'a', 'font', 'abbr', 'cite', 'q', 'ins', 'var', 'samp', 'tt', 'p', 'b', 'strong', 'i', 'em', 's', 'del', 'strike', 'br', 'img', 'center'];
const WHOLE = ['style', 'script', 'template', 'svg', 'iframe', 'video', 'audio', 'object', 'canvas', 'noscript'];

const fresh = async () => {
  vi.resetModules();
  return import('../../src/parse/html.js');
};

describe('the tag tables (a fresh copy of the module)', () => {
  it('every simple inline tag keeps its text, with attributes too, in an HTML block and inline; another tag is reported', async () => {
    const html = await fresh();
    for (const t of TEXT_TAGS) {
      const r = html.readHtmlBlock(`<div><${t} class="x">word</${t}></div>`);
      expect([t, r.dropped]).toEqual([t, ['div']]);
      expect([t, r.lines.join(' ')]).toEqual([t, expect.stringContaining('word')]);
      expect([t, html.inlineTag(`<${t} class="x">`).kind]).not.toEqual([t, 'dropped']);
    }
    expect(html.inlineTag('<blink>')).toEqual({ kind: 'dropped', tag: 'blink' });
  });

  it('the tags whose content is no text are left out with everything inside them, whatever their case', async () => {
    const html = await fresh();
    for (const t of WHOLE) {
      const r = html.readHtmlBlock(`before <${t.toUpperCase()} a="1">top secret</${t}> after <${t}>x\ny</${t}  > end`);
      expect([t, r.lines]).toEqual([t, ['before after end']]);
      expect([t, r.droppedWhole]).toEqual([t, [t]]);
    }
    // only the same tag closes it; a name that merely starts the same is another tag
    expect(readHtmlBlock('<svg>a</script>b</svg>c').lines).toEqual(['c']);
    expect(readHtmlBlock('<svgx>a</svgx>').lines).toEqual(['a']);
    expect(readHtmlBlock('<svgx>a</svg>b').lines).toEqual(['a b']);
  });
});

describe('entities', () => {
  it('a numeric reference outside Unicode, or to U+0000, is dropped; U+0001 and U+10FFFF are characters', () => {
    expect(decodeEntities('a&#0;b&#x110000;c')).toBe('abc');
    expect(decodeEntities('&#1;&#x10FFFF;&#x10fffe;')).toBe('\u0001\u{10FFFF}\u{10FFFE}');
    expect(decodeEntities('&#x41;&#X42;&#67;&AMP;&nbsp;')).toBe('ABC&\u00a0');
  });
});

describe('inlineTag: where a tag starts', () => {
  it('a comment only at the start; a tag name only right after <', () => {
    expect(inlineTag('<!-- fit -->')).toEqual({ kind: 'text' });
    expect(inlineTag('x<!-- y -->').kind).toBe('dropped');
    expect(inlineTag('<br>')).toEqual({ kind: 'break' });
    expect(inlineTag('x<br>')).toEqual({ kind: 'dropped', tag: 'x<br>' });
  });
});

describe('comments in an HTML block', () => {
  it('are left out, also one never closed (to the end of the block)', () => {
    expect(readHtmlBlock('a<!-- x -->b').lines).toEqual(['ab']);
    expect(readHtmlBlock('a<!-- never closed\nb').lines).toEqual(['a']);
  });
});

describe('attributes', () => {
  it('are read whatever their case, quoted either way or bare', () => {
    expect(inlineTag('<img SRC="a.png" Alt=\'A b\'>')).toEqual({ kind: 'image', path: 'a.png', alt: 'A b' });
    expect(readHtmlBlock('<IMG src=b.png alt="&amp;">').images).toEqual([{ path: 'b.png', alt: '&' }]);
  });
});

describe('readHtmlBlock: breaks, links, scripts, spaces', () => {
  it('<br> in every spelling is a line break', () => {
    expect(readHtmlBlock('a<br>b<br/>c<br />d<BR  />e').lines).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a link becomes Markdown, its text on one line and trimmed; a closing tag may hold spaces', () => {
    expect(readHtmlBlock('<a href="u"> x \n y </a >').lines).toEqual(['[x y](u)']);
    expect(readHtmlBlock('<a>plain</a>').lines).toEqual(['plain']);
  });

  it('<sup>/<sub> become script characters, several at once, spaces allowed inside the tags', () => {
    expect(readHtmlBlock('x<sup >10</sup >, H<sub>2</sub>O').lines).toEqual(['x¹⁰, H₂O']);
  });

  it('another tag leaves a space where it stood; runs of spaces (and no-break spaces) are one space', () => {
    expect(readHtmlBlock('a<span>b</span>c').lines).toEqual(['a b c']);
    expect(readHtmlBlock('<p>a \t\u00a0 b</p>').lines).toEqual(['a b']);
  });

  it('a picture without alt text has an empty alt', () => {
    expect(readHtmlBlock('<img src="a.png">').images).toEqual([{ path: 'a.png', alt: '' }]);
  });
});

describe('htmlBlocks', () => {
  it('a line that gives no runs adds no break: the next line breaks once', () => {
    const runsOf = (l: string) => (l === 'skip' ? [] : [{ text: l }]);
    const blocks = htmlBlocks({ lines: ['a', 'skip', 'b'], images: [], dropped: [], droppedWhole: [] }, 3, runsOf);
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'a' }, { text: 'b', breakBefore: true }], src: { line: 3 } }]);
    const first = htmlBlocks({ lines: ['skip', 'a'], images: [], dropped: [], droppedWhole: [] }, 1, runsOf);
    expect(first).toEqual([{ kind: 'paragraph', runs: [{ text: 'a' }], src: { line: 1 } }]);
  });
});
