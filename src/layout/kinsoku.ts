// Kinsoku (禁则): characters that may not begin or end a line in Chinese text.
//
// Each set is the union of
//   - ECMA-376 Part 1 §17.3.1.16 (kinsoku), default Simplified Chinese sets, which PowerPoint/Word apply when no
//     <p:kinsoku> is written (pptxgenjs writes none),
//   - LibreOffice's zh_CN locale data (i18npool/source/localedata/data/zh_CN.xml, ForbiddenLineBegin/EndCharacters),
//     which is what our checker renders with,
//   - the sets /work/shared/tools/check-deck reports as KINSOKU problems.
// A union only removes break opportunities, so a line predicted with it is never longer than one a renderer using any
// of the three lists would draw: the safe side. A character in both sets (· ．) never takes a break next to it.
// LibreOffice also lists the straight quotes ' and " on both sides; they are left out here because they open and
// close alike (an English sentence may start a line with "), and LibreOffice applies its list only after Asian text
// — wrap.ts does that itself (LIBREOFFICE_QUOTES).

const ECMA_NO_START =
  '!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞' + '！＂％＇），．：；？］｀｜｝～￠';
const ECMA_NO_END = '$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝' + '＄（．［｛￡￥';

const LIBREOFFICE_NO_START =
  ':!),.:;?]}¢、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―-′’”';
const LIBREOFFICE_NO_END = '([{£¥‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛“‘';
/** In both of LibreOffice's zh_CN lists, applied only on its CJK path. */
export const LIBREOFFICE_QUOTES = '\'"';

const CHECKER_NO_START = '、。，．：；？！）〕］｝〉》」』】”’…‥・ー々ゝゞ〜％‰℃';
const CHECKER_NO_END = '（〔［｛〈《「『【“‘';

/** Hyphens: UAX #14 gives no break before them either; LibreOffice lists '-' (and we add its Unicode cousins). */
const HYPHENS = '-\u2010\u2011';

/** Characters that may not begin a line (closing brackets and quotes, sentence and clause punctuation, …). */
export const NO_LINE_START: ReadonlySet<string> = new Set([
  ...ECMA_NO_START, ...LIBREOFFICE_NO_START, ...CHECKER_NO_START, ...HYPHENS,
]);

/** Characters that may not end a line (opening brackets and quotes, currency signs). */
export const NO_LINE_END: ReadonlySet<string> = new Set([...ECMA_NO_END, ...LIBREOFFICE_NO_END, ...CHECKER_NO_END]);

/** May a line break between `before` and `after` as far as kinsoku is concerned? */
export function kinsokuAllows(before: string, after: string): boolean {
  return !NO_LINE_START.has(after) && !NO_LINE_END.has(before);
}
