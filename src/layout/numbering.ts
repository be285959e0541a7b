// Section numbers: keep the author's own (一、 （一） 1. 第一 一要 Part 1), otherwise add the theme's style.

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五 (enough for section counts). */
export function chineseNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? ZH_DIGITS[n % 10] : '');
  if (n < 100) return ZH_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? ZH_DIGITS[n % 10] : '');
  const rest = n % 100;
  return ZH_DIGITS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + ZH_DIGITS[rest] : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest));
}

const ZH_NUM = '[一二三四五六七八九十百零〇两]+';
const OWN_NUMBER = new RegExp(
  [
    `^${ZH_NUM}[、．.]`, // 一、
    `^[（(]${ZH_NUM}[）)]`, // （一）
    `^第${ZH_NUM}(?:个问题|个方面|[部分章节篇条点是项，、：:\\s])`, // 第一部分 / 第一， / 第一个问题：
    `^${ZH_NUM}[要是]`, // 一要 / 一是
    `^(首先|其次|再次|最后)[，,：:]`,
    '^\\d+(\\.\\d+)*[.、．)）]\\s*', // 1. 1、 1.2
    '^[（(]\\d+[）)]',
    '^(part|chapter|section)\\s+([0-9]+|[ivxlc]+)\\b',
    '^(first|second|third|fourth|fifth|finally)\\b[,:]?',
    '^[IVXLC]+\\.\\s',
  ].join('|'),
  'i',
);

export function hasOwnNumber(title: string): boolean {
  return OWN_NUMBER.test(title.trim());
}

export type SectionNumbering = 'zh' | 'arabic' | 'part' | 'none';

/** The label placed before a section title that has no number of its own. */
export function sectionLabel(n: number, style: SectionNumbering, lang: string): string {
  switch (style) {
    case 'zh':
      return lang.startsWith('zh') ? chineseNumber(n) + '、' : `${n}. `;
    case 'arabic':
      return `${n}. `;
    case 'part':
      return lang.startsWith('zh') ? `第${chineseNumber(n)}部分 ` : `Part ${n} `;
    case 'none':
      return '';
  }
}
