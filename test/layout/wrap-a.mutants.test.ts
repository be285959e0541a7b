// src/layout/wrap.ts, its first half (the character classes, analyse(), analysisFor(), linkPieces()): each rule the
// comment at the top of wrap.ts names, pinned on a small constructed paragraph at the width where the rule decides the
// break — the line fills exactly up to the marked character, which overflows. Written against the surviving mutants
// of Stryker's run layout-k (stop 28); each test fails under the mutant it was written for (applied by hand).
import { describe, expect, it } from 'vitest';
import type { FontFaces } from '../../src/layout/measure.js';
import { linkPieces, wrapBoth, type WrapRun } from '../../src/layout/wrap.js';

const ARIAL: FontFaces = { latin: 'Arial', eastAsian: 'Microsoft YaHei' };
const COURIER: FontFaces = { latin: 'Courier New', eastAsian: 'SimSun' };
type Which = 'lo' | 'ppt';
const opts = (maxWidthPt: number, mono = COURIER) => ({ style: { faces: ARIAL, sizePt: 24 }, mono, maxWidthPt });

/** The first k UTF-16 units of runs (a run cut short keeps its properties). */
function head(runs: WrapRun[], k: number): WrapRun[] {
  const out: WrapRun[] = [];
  for (const r of runs) {
    if (k <= 0 && !(r.breakBefore && out.length)) break;
    out.push({ ...r, text: r.text.slice(0, Math.max(0, k)) });
    k -= r.text.length;
  }
  return out;
}

/** The narrowest width at which runs take one line in `which`'s prediction. */
function oneLine(runs: WrapRun[], which: Which, mono = COURIER): number {
  let lo = 0;
  let hi = 4000;
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (wrapBoth(runs, opts(mid, mono))[which].length === 1) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * `which`'s first line and the rest, at the width where the text up to '¦' just fits (the character after it
 * overflows). `marked` is a string with one '¦', or runs of which one holds it.
 */
function at(marked: string | WrapRun[], which: Which, mono = COURIER): string[] {
  const withMark = typeof marked === 'string' ? [{ text: marked }] : marked;
  let k = 0;
  let seen = false;
  for (const r of withMark) {
    const m = r.text.indexOf('¦');
    if (m >= 0) {
      k += m;
      seen = true;
      break;
    }
    k += r.text.length;
  }
  expect(seen).toBe(true);
  const runs = withMark.map((r) => ({ ...r, text: r.text.replace('¦', '') }));
  const lines = wrapBoth(runs, opts(oneLine(head(runs, k), which, mono), mono))[which];
  return [lines[0], lines.slice(1).join('')];
}

describe('analyse: hard breaks', () => {
  it('starts a line after each hard break character (\\r\\n counts once), the character ending its line', () => {
    for (const nl of ['\n', '\r', '\v', '\f', '\u2028', '\u2029', '\r\n']) {
      const { lo, ppt } = wrapBoth([{ text: `ab${nl}cd${nl}` }, { text: `ef${nl}gh` }], opts(500));
      expect(lo, JSON.stringify(nl)).toEqual([`ab${nl}`, `cd${nl}`, `ef${nl}`, 'gh']);
      expect(ppt).toEqual(lo);
    }
    expect(wrapBoth([{ text: '\n\nab' }, { text: 'cd' }], opts(500)).lo).toEqual(['\n', '\n', 'abcd']);
  });
});

describe('back: the code point before an index', () => {
  it('a lone low surrogate (a character reference such as &#xDC00;) opening a paragraph is the character before the next', () => {
    // "，" hangs after Asian text (the surrogate takes its script): one line even in a box narrower than it.
    expect(wrapBoth([{ text: '\udc00，' }], opts(10)).lo).toEqual(['\udc00，']);
  });
});

describe('analyse: run styles', () => {
  // Narrow letters, cut by characters: Arial's i is 0.22 em (bold 0.28), Courier's 0.6 em.
  const count = (run: Omit<WrapRun, 'text'>, mono = COURIER) => wrapBoth([{ text: 'a' }, { text: 'i'.repeat(60), ...run }], opts(200, mono)).lo[0].length;

  it('measures bold runs bold, code runs in the mono face, bold code runs in its bold', () => {
    const plain = count({});
    expect(count({ bold: true })).toBeLessThan(plain);
    expect(count({ code: true })).toBeLessThan(count({ bold: true }));
    // With Arial as the mono face too: a code run is Arial, a bold code run Arial Bold.
    expect(count({ code: true }, ARIAL)).toBe(plain);
    expect(count({ code: true, bold: true }, ARIAL)).toBe(count({ bold: true }));
    expect(count({ code: true, bold: true }, ARIAL)).toBeLessThan(plain);
  });
});

describe('analyse: “—” and “——”', () => {
  it('glues a “—” to what precedes it, outside code runs only (the renderer adds U+FEFF there)', () => {
    expect(at('一二三四¦—五六', 'ppt')).toEqual(['一二三', '四—五六']);
    expect(at([{ text: '一二三四¦—五六', code: true }], 'ppt')).toEqual(['一二三四', '—五六']);
  });

  it('never breaks between two dashes, in code runs too', () => {
    for (const which of ['lo', 'ppt'] as const) {
      expect(at([{ text: '一二三—¦—四五', code: true }], which), which).toEqual(['一二三', '——四五']);
      expect(at([{ text: '一二三―¦—四五', code: true }], which), which).toEqual(['一二', '三―—四五']);
    }
  });
});

describe('analyse: PowerPoint breaks on either side of CJK characters and their punctuation', () => {
  // A '/' never takes a UAX #14 break before it: PowerPoint breaks there only after a CJK character (else before
  // the "a", the line's other opportunity).
  const breaksAfter = (x: string) => at(`xx a${x}¦/b`, 'ppt')[0] === `xx a${x}`;

  it('after ideographs (supplementary ones too), full-width and East-Asian-ambiguous punctuation', () => {
    for (const x of ['中', '\u{20000}', '\u{203FF}', '、', '’', '”', '—', '―', '…', '‥', '※', '一二']) expect(breaksAfter(x), x).toBe(true);
  });

  it('not after Korean (kept whole) nor emoji (UAX #14 decides), nor Latin', () => {
    for (const x of ['한', '가', '힣', '\u1100', '😀', '\u{1F000}', '\u{1FAFF}', 'a', 'é', '→', '€']) expect(breaksAfter(x), x).toBe(false);
    expect(at('한국어한국어¦/ab', 'ppt')).toEqual(['한국어한국', '어/ab']);
    expect(at('👍🏻👍¦🏻', 'ppt')).toEqual(['👍🏻', '👍🏻']);
  });

  it('before an opening quote ‘ “ after a Latin word', () => {
    for (const q of ['‘', '“']) expect(at(`xx ab¦${q}cd`, 'ppt'), q).toEqual(['xx ab', `${q}cd`]);
  });
});

describe('analyse: kinsoku', () => {
  it('never ends a line with an opening bracket or quote', () => {
    for (const which of ['lo', 'ppt'] as const) {
      expect(at('一二（¦三四）', which), which).toEqual(['一二', '（三四）']);
      expect(at('xx ab “¦cd”', which), which).toEqual(['xx ab ', '“cd”']);
    }
  });
});

describe('analyse: LibreOffice keeps straight quotes with the Asian text on both sides', () => {
  it('no break before or after " in Chinese', () => {
    expect(at('一二三¦"四五"', 'lo')).toEqual(['一二', '三"四五"']);
    expect(at('一二三"¦四五"', 'lo')).toEqual(['一二', '三"四五"']);
    expect(at('一二三¦四五', 'lo')).toEqual(['一二三', '四五']);
  });
});

describe('analyse: LibreOffice’s ICU rules', () => {
  it('keeps closing punctuation with a letter or digit on either side (PowerPoint breaks after it)', () => {
    expect(at('xx ab}¦cd', 'lo')).toEqual(['xx ', 'ab}cd']);
    expect(at('xx ab}¦cd', 'ppt')).toEqual(['xx ab}', 'cd']);
    expect(at('xx ab}¦(cd', 'lo')).toEqual(['xx ', 'ab}(cd']);
    expect(at('xx a+}¦(cd', 'lo')).toEqual(['xx a+}', '(cd']);
    expect(at('xx a+}¦中文', 'lo')).toEqual(['xx a+}', '中文']);
    expect(at('xx a+}¦éf', 'lo')).toEqual(['xx ', 'a+}éf']);
    expect(at('xx 中}(ab¦cd', 'lo')).toEqual(['xx 中}', '(abcd']);
    expect(at('xx aé}¦(f', 'lo')).toEqual(['xx ', 'aé}(f']);
  });

  it('counts ASCII letters and digits as word characters, and nothing next to them', () => {
    for (const c of '09AZaz') {
      expect(at(`xx a+}¦${c}f`, 'lo'), `}${c}`).toEqual(['xx ', `a+}${c}f`]);
      expect(at(`xx a${c}}¦(f`, 'lo'), `${c}}(`).toEqual(['xx ', `a${c}}(f`]);
    }
    for (const c of '@[`{©§') expect(at(`xx a+}¦${c}f`, 'lo'), `}${c}`).toEqual(['xx a+}', `${c}f`]);
    for (const c of '@[`{©§') expect(at(`xx a${c}}¦(f`, 'lo'), `${c}}(`).toEqual(['xx a' + c + '}', '(f']);
  });

  it('breaks "2024-03" after the hyphen before a digit only', () => {
    expect(at('xx 2024-¦03-12', 'lo')).toEqual(['xx 2024-', '03-12']);
    expect(at('xx 2024-¦03-12', 'ppt')).toEqual(['xx ', '2024-03-12']);
    expect(at('xx 1-¦9', 'lo')).toEqual(['xx 1-', '9']);
    expect(at('xx ab-¦/cd', 'lo')).toEqual(['xx ', 'ab-/cd']);
    expect(at('xx ab-¦|cd', 'lo')).toEqual(['xx ', 'ab-|cd']);
    expect(at('xx ab¦12', 'lo')).toEqual(['xx ', 'ab12']);
  });

  it('breaks a URL after "/" or "\\" when no space precedes it in the paragraph, never inside "//" nor "03/12"', () => {
    expect(at('https://example.com/do¦cs', 'lo')).toEqual(['https://example.com/', 'docs']);
    expect(at('xx https://example.com/do¦cs', 'lo')).toEqual(['xx ', 'https://example.com/docs']);
    expect(at('https://¦example.com', 'lo')).toEqual(['https://', 'example.com']);
    expect(at('C:\\Users\\Pub¦lic', 'lo')).toEqual(['C:\\Users\\', 'Public']);
    expect(at('2024/03/1¦2', 'lo')).toEqual(['2024/03/1', '2']);
    expect(at('a3/b¦cd', 'lo')).toEqual(['a3/', 'bcd']);
    expect(at('ab/1¦2', 'lo')).toEqual(['ab/', '12']);
  });
});

describe('analyse: links', () => {
  const plain = (runs: WrapRun[]) => runs.map(({ text }) => ({ text }));

  it('an empty link run changes nothing', () => {
    const runs: WrapRun[] = [{ text: 'aaaa' }, { text: '', href: 'https://a' }, { text: 'bbbb' }];
    for (let w = 30; w <= 130; w += 1) expect(wrapBoth(runs, opts(w)).lo, `${w} pt`).toEqual(wrapBoth(plain(runs), opts(w)).lo);
  });

  it('LibreOffice may break right after a link, and before it in the text', () => {
    expect(at([{ text: 'Alpha ', href: 'https://a' }, { text: 'b¦eta' }], 'lo')).toEqual(['Alpha ', 'beta']);
    expect(at([{ text: 'aaa bb¦b ' }, { text: 'link', href: 'https://a' }], 'lo')).toEqual(['aaa ', 'bbb link']);
  });

  it('LibreOffice breaks a link between its pieces only (a long second piece moves down whole), never inside one', () => {
    expect(at([{ text: 'a bc¦defgh', href: 'https://a' }], 'lo')).toEqual(['a ', 'bcdefgh']);
    expect(at([{ text: 'xx a b¦cdefgh', href: 'https://a' }], 'lo')).toEqual(['xx a ', 'bcdefgh']);
    // "2024-03" may break after the hyphen as text (above), not inside a link.
    expect(at([{ text: '2024-03' }, { text: 'abc¦def' }], 'lo')).toEqual(['2024-', '03abcdef']);
    expect(at([{ text: '2024-03', href: 'https://a' }, { text: 'abc¦def' }], 'lo')).toEqual(['2024-03abc', 'def']);
  });

  it('measures the Asian/Western gap inside a link piece', () => {
    expect(linkPieces('Python、Java')).toEqual(['Python、', 'Java']);
    expect(oneLine([{ text: 'Python、', href: 'https://a' }], 'lo')).toBe(oneLine([{ text: 'Python、' }], 'lo'));
  });

  it('linkPieces: a piece ends where both renderers may break, by the script before it', () => {
    expect(linkPieces('ab}cd')).toEqual(['ab}cd']);
    expect(linkPieces('中文abc')).toEqual(['中', '文', 'abc']);
  });
});

describe('analysisFor: one analysis per distinct paragraph', () => {
  it('tells runs apart by hard break, bold, code and link', () => {
    const text = 'i'.repeat(30);
    const w = 100;
    const each = (runs: WrapRun[]) => wrapBoth(runs, opts(w)).lo;
    const variants: WrapRun[][] = [
      [{ text: 'ab' }, { text, breakBefore: true }],
      [{ text: 'ab' }, { text }],
      [{ text, bold: true }],
      [{ text }],
      [{ text, code: true }],
      [{ text }, { text: 'x' }],
      [{ text: 'bx' }],
      [{ text: 'x', bold: true }],
    ];
    const first = variants.map(each);
    expect(first[0]).not.toEqual(first[1]);
    expect(first[2]).not.toEqual(first[3]);
    expect(first[4]).not.toEqual(first[3]);
    expect(first[6]).toEqual(['bx']);
    expect(first[7]).toEqual(['x']);
    // Run boundaries: "iiib" then "iii…" is not "iii" then a bold "iii…".
    expect(each([{ text: 'iiib' }, { text }]).join('')).toBe(`iiib${text}`);
    expect(each([{ text: 'iii' }, { text, bold: true }]).join('')).toBe(`iii${text}`);
    // A link is a field LibreOffice does not break inside.
    const url = 'https://example.com/docs/guide';
    expect(wrapBoth([{ text: url }], opts(250)).lo).toEqual(['https://example.com/', 'docs/guide']);
    expect(wrapBoth([{ text: url, href: url }], opts(250)).lo).not.toEqual(['https://example.com/', 'docs/guide']);
    // The same again, now from the cache.
    expect(variants.map(each)).toEqual(first);
  });
});
