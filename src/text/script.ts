// Which characters are CJK: used to choose lang="zh-CN", to join soft breaks, and to detect a Chinese deck.

const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;
const CJK_G = new RegExp(CJK.source, 'gu');

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

export function isCjkChar(ch: string): boolean {
  return CJK.test(ch);
}

/** Share of CJK characters among letters (CJK + Latin letters + digits), 0..1. */
export function cjkShare(s: string): number {
  const cjk = (s.match(CJK_G) ?? []).length;
  const latin = (s.match(/[A-Za-z0-9]/g) ?? []).length;
  // A Chinese character carries about as much as a Latin word: weigh Latin letters by 1/5.
  const total = cjk + latin / 5;
  return total === 0 ? 0 : cjk / total;
}
