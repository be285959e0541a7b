// Which characters are CJK: used to choose lang="zh-CN", to join soft breaks, and to detect a Chinese deck.

const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

export function isCjkChar(ch: string): boolean {
  return CJK.test(ch);
}

/** The code points CJK matches, as a number test (cjkShare counts a whole deck: no array of matches). */
function isCjkCode(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x3000 && c <= 0x31ff && !(c >= 0x3130 && c <= 0x318f)) || (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x20000 && c <= 0x3134f);
}

/** Share of CJK characters among letters (CJK + Latin letters + digits), 0..1. */
export function cjkShare(s: string): number {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if (isCjkCode(c)) cjk++;
    if (c > 0xffff) i++;
  }
  // A Chinese character carries about as much as a Latin word: weigh Latin letters by 1/5.
  const total = cjk + latin / 5;
  return total === 0 ? 0 : cjk / total;
}
