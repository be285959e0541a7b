// Which encoding a text file is in, decided by evidence (issue 16 item 9). A file that is UTF-8 except for a few bad
// bytes (one truncated character) stays UTF-8, with a warning naming each bad line:column — re-reading it all as
// GB18030 turned a whole deck into mojibake. A legacy encoding is used only when the bytes are not UTF-8 and the
// result is plausible text in it, judged by how many of its two-byte characters are the common ones.

export interface Utf8Scan {
  /** Well-formed multi-byte sequences: evidence for UTF-8. */
  multibyte: number;
  /** Ill-formed sequences: where they start (1-based line and character column). */
  bad: { line: number; column: number; byte: number }[];
}

/** Walk the bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function scanUtf8(b: Uint8Array): Utf8Scan {
  const bad: Utf8Scan['bad'] = [];
  let multibyte = 0;
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) n = 1;
    else if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) n = 3;
    else if (c >= 0xf0 && c <= 0xf4) n = 4;
    let ok = n > 0 && i + n <= b.length;
    for (let k = 1; ok && k < n; k++) ok = (b[i + k] & 0xc0) === 0x80;
    if (ok && n === 3) {
      const c1 = b[i + 1];
      ok = !(c === 0xe0 && c1 < 0xa0) && !(c === 0xed && c1 >= 0xa0);
    }
    if (ok && n === 4) {
      const c1 = b[i + 1];
      ok = !(c === 0xf0 && c1 < 0x90) && !(c === 0xf4 && c1 >= 0x90);
    }
    if (!ok) {
      // One error per maximal ill-formed subpart (what TextDecoder shows as one U+FFFD): the lead and the
      // continuation bytes that still fitted it.
      let k = 0;
      while (n > 1 && k < n - 1 && i + 1 + k < b.length && (b[i + 1 + k] & 0xc0) === 0x80) {
        const c1 = b[i + 1 + k];
        if (k === 0 && ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90))) break;
        k++;
      }
      bad.push({ line, column, byte: c });
      i += 1 + k;
      column++;
      continue;
    }
    if (n > 1) multibyte++;
    if (c === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += n;
  }
  return { multibyte, bad };
}

interface Legacy {
  encoding: 'gb18030' | 'big5' | 'shift_jis';
  name: string;
  /** Is this two-byte character one of the common ones (punctuation, kana, the most frequent ideographs)? */
  common: (lead: number, trail: number) => boolean;
}

const LEGACY: Legacy[] = [
  // GB2312 symbols (A1–A3) and level-1 hanzi (B0–D7: the 3755 most frequent).
  { encoding: 'gb18030', name: 'GB18030 (GBK)', common: (l, t) => ((l >= 0xa1 && l <= 0xa3) || (l >= 0xb0 && l <= 0xd7)) && t >= 0xa1 },
  // Big5 symbols (A1–A3) and frequent hanzi (A4–C6).
  { encoding: 'big5', name: 'Big5 (Traditional Chinese)', common: (l) => l >= 0xa1 && l <= 0xc6 },
  // Shift_JIS symbols and kana (81–84) and JIS level-1 kanji (88–98).
  { encoding: 'shift_jis', name: 'Shift_JIS (Japanese)', common: (l) => (l >= 0x81 && l <= 0x84) || (l >= 0x88 && l <= 0x98) },
];

/** Share of two-byte characters that are common in this encoding (0 when it cannot be this encoding's pairs). */
function plausibility(b: Uint8Array, enc: Legacy): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < b.length; ) {
    const l = b[i];
    if (l < 0x80) {
      i++;
      continue;
    }
    if (enc.encoding === 'shift_jis' && l >= 0xa1 && l <= 0xdf) {
      pairs++; // half-width katakana: valid, rarely written today
      i++;
      continue;
    }
    const t = b[i + 1] ?? 0;
    if (enc.encoding === 'gb18030' && t >= 0x30 && t <= 0x39) {
      i += 4; // a four-byte GB18030 character (NBSP, rare ideographs): neither for nor against
      continue;
    }
    pairs++;
    if (enc.common(l, t)) common++;
    i += 2;
  }
  return pairs === 0 ? 0 : common / pairs;
}

export type Decision =
  | { kind: 'utf8' }
  | { kind: 'utf8-with-bad-bytes'; bad: Utf8Scan['bad'] }
  | { kind: 'legacy'; encoding: Legacy['encoding']; name: string; text: string }
  | { kind: 'refuse' };

/** Below this share of common characters a legacy decoding is mojibake, not text. */
const PLAUSIBLE = 0.8;

export function decideEncoding(b: Uint8Array): Decision {
  const scan = scanUtf8(b);
  if (scan.bad.length === 0) return { kind: 'utf8' };
  // Much more well-formed UTF-8 than not: a damaged UTF-8 file (a truncated character, a stray byte).
  if (scan.multibyte >= 10 * scan.bad.length) return { kind: 'utf8-with-bad-bytes', bad: scan.bad };
  let best: { enc: Legacy; score: number; text: string } | undefined;
  for (const enc of LEGACY) {
    let text: string;
    try {
      text = new TextDecoder(enc.encoding, { fatal: true }).decode(b);
    } catch {
      continue; // not even well-formed in this encoding
    }
    const score = plausibility(b, enc);
    if (score >= PLAUSIBLE && (!best || score > best.score)) best = { enc, score, text };
  }
  if (best) return { kind: 'legacy', encoding: best.enc.encoding, name: best.enc.name, text: best.text };
  // A few stray bytes in otherwise plain (ASCII) text: still UTF-8, with the bytes named.
  if (scan.bad.length <= 3) return { kind: 'utf8-with-bad-bytes', bad: scan.bad };
  return { kind: 'refuse' };
}
