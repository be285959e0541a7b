// What is not speech: page chrome a scraper kept, photo captions, datelines, separators, footnote marks and
// the 注释 block. Dropped from slides and notes alike, and reported (huibao outline --verbose).

export interface Dropped {
  line: number;
  text: string;
  reason: string;
}

export interface LineRec {
  text: string;
  line: number;
}

// Buttons and labels of news / government sites (下载 打印 全屏 收藏 【字号：加大 还原 减小】 …).
const CHROME = new RegExp(
  '^(?:' +
    [
      '下载',
      '打印',
      '全屏',
      '收藏',
      '分享',
      '关闭',
      '返回',
      '关闭窗口',
      '打印本页',
      '打印此页',
      '返回顶部',
      '加大',
      '还原',
      '减小',
      '默认',
      '放大',
      '缩小',
      '【?字[号体][：:]?\\s*(?:[大中小]\\s*)*】?',
      '当前位置[：:]?',
      '首页',
      '[>›»]',
      '[【】\\[\\]]',
      '【(?:打印|关闭|收藏|大|中|小)】',
      '分享到[：:]?.{0,20}',
      '扫一扫.{0,20}',
      '微信|微博|QQ空间|朋友圈',
      '上一篇[：:].*',
      '下一篇[：:].*',
    ].join('|') +
    ')$',
);
/** Single characters that are chrome only next to other chrome (大 中 小 font-size links). */
const CHROME_IF_NEAR = /^[大中小]$/;
const META_WORDS = '(?:来源|稿源|时间|发布时间|发表时间|日期|作者|编辑|责任编辑|浏览次数|浏览|点击数|阅读|阅读量|阅读次数|字体)';
const PAGE_META = new RegExp(`^[（(]?${META_WORDS}[：:]\\s*\\S.{0,60}$`);
/** A label whose value is on the next line (发表时间： / 2026-02-09 09:45:30). */
const META_LABEL = new RegExp(`^[（(]?${META_WORDS}[：:]$`);
/** The value after a label, and each step of a breadcrumb (首页 > 政务信息 > 宁夏要闻). */
const SHORT_FIELD = /^[^。！？；，]{1,30}$/;
const RELATED = /^(?:相关报道|相关链接|相关新闻|相关阅读|延伸阅读|推荐阅读|Related(?: stories| links)?)[：:]?$/i;
const SEPARATOR = /^[-—–_=*~·•.。]{3,}$/;
const NOTES_HEADING = /^(?:注\s*释|注解|附注|注|Notes?|Footnotes?)[：:]?$/i;
const FOOTNOTE_TEXT = /^(?:[〔［\[【(（]\s*\d{1,3}\s*[〕］\]】)）]|[⑴-⒇]|\d{1,3}[.．、]\s)/;
const CAPTION = /(?:(?:新华社|中新社|人民日报|本报)?记者|通讯员|摄影)\s*[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5})*\s*摄[)）]?$|^[（(]?图[为片][：:]|^▲|^(?:Photo|Image)(?: credit)?:/;
const DATELINE = /^[（(]\s*(?:新华社|中新社|人民网|央视网|新华网|本报)[^）)]{0,24}电\s*[）)]$/;
const PUBLICATION = /^《\s*[^》]{1,20}\s*》\s*[（(][^）)]{0,30}\d+\s*版\s*[）)]$/;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/;
const EN_TIME = /^(?:END\s+)?\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?$/i;
const EDITOR = /^[（(]\s*(?:责任编辑|编辑|校对)[：:][^）)]*[）)]$/;

/** Normalise what decides junk: no inner spaces or U+3000 (注　　释 → 注释) in short lines. */
function key(text: string): string {
  return text.length <= 12 ? text.replace(/[\s\u3000]+/g, '') : text.trim();
}

export function junkReason(text: string): string | undefined {
  const k = key(text);
  if (CHROME.test(k)) return 'page chrome';
  if (PAGE_META.test(k) || EDITOR.test(k)) return 'page metadata';
  if (SEPARATOR.test(k)) return 'separator';
  if (k.length < 160 && CAPTION.test(k)) return 'photo caption';
  if (DATELINE.test(k)) return 'dateline';
  if (PUBLICATION.test(k)) return 'publication line';
  if (URL_ONLY.test(k)) return 'link';
  if (EN_TIME.test(k)) return 'transcript time';
  return undefined;
}

/**
 * Marks junk lines; returns a reason per line index (undefined = keep). Blocks: a 注释 heading followed by
 * footnote texts, and "相关报道：" to the end.
 */
export function junkLines(lines: readonly LineRec[]): (string | undefined)[] {
  const out: (string | undefined)[] = lines.map((l) => (l.text.trim() === '' ? undefined : junkReason(l.text)));
  const nonEmpty = lines.map((l, i) => i).filter((i) => lines[i].text.trim() !== '');
  nonEmpty.forEach((i, n) => {
    if (out[i] || !CHROME_IF_NEAR.test(key(lines[i].text))) return;
    const prev = nonEmpty[n - 1];
    const next = nonEmpty[n + 1];
    if ((prev !== undefined && out[prev] === 'page chrome') || (next !== undefined && out[next] === 'page chrome')) out[i] = 'page chrome';
  });
  nonEmpty.forEach((i, n) => {
    const k = key(lines[i].text);
    const next = nonEmpty[n + 1];
    if (META_LABEL.test(k)) {
      out[i] = 'page metadata';
      if (next !== undefined && !out[next] && SHORT_FIELD.test(key(lines[next].text))) out[next] = 'page metadata';
    }
    // A breadcrumb step sits between ">" separators.
    const prevSep = n > 0 && /^[>›»]$/.test(key(lines[nonEmpty[n - 1]].text));
    const nextSep = next !== undefined && /^[>›»]$/.test(key(lines[next].text));
    if (!out[i] && (prevSep || nextSep) && SHORT_FIELD.test(k) && k.length <= 12) out[i] = 'page chrome';
  });
  const related = nonEmpty.findIndex((i) => RELATED.test(key(lines[i].text)));
  if (related >= 0) for (const j of nonEmpty.slice(related)) out[j] = 'related links';
  for (let n = 0; n < nonEmpty.length; n++) {
    const i = nonEmpty[n];
    const k = key(lines[i].text);
    // A notes block: the heading, then only footnote texts (or nothing) until the end.
    if (NOTES_HEADING.test(k)) {
      const rest = nonEmpty.slice(n + 1);
      if (rest.every((j) => out[j] || FOOTNOTE_TEXT.test(key(lines[j].text)))) {
        for (const j of [i, ...rest]) out[j] = out[j] ?? 'notes block';
        break;
      }
    }
  }
  // Footnote texts at the very end after a separator, without a heading.
  let j = nonEmpty.length - 1;
  while (j >= 0 && (FOOTNOTE_TEXT.test(key(lines[nonEmpty[j]].text)) || out[nonEmpty[j]] === 'notes block')) j--;
  if (j >= 0 && j < nonEmpty.length - 1 && out[nonEmpty[j]] === 'separator') {
    for (const i of nonEmpty.slice(j + 1)) out[i] = out[i] ?? 'notes block';
  }
  return out;
}

// Footnote marks inside the text: ⑴ 〔1〕 ［1］ and [1] right after a word or a quote.
const FOOTNOTE_MARK = /[⑴-⒇]|〔\s*\d{1,3}\s*〕|［\d{1,3}］|(?<=[\u4e00-\u9fff”’」』）)A-Za-z.,。，])\[\d{1,3}\](?![(:])/g;
// A dateline that opens or closes a paragraph: 新华社北京3月26日电 / （新华社北京3月26日电）.
const DATELINE_START = /^[（(]?(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日电[）)]?\s*(?:[（(]记者[^）)]{1,20}[）)])?\s*/;
const DATELINE_END = /\s*[（(](?:新华社|中新社|本报)[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日电[）)]$/;

// A photo credit spliced into the text: "…亲切交谈。 新华社记者 鞠鹏/摄第一，…" (also 记者 X 摄, 通讯员 X/摄).
const CREDIT = /\s*(?:(?:新华社|中新社|人民日报|本报)?记者|通讯员|摄影)\s*[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5})*(?:\s*\/\s*摄|\s+摄(?![\u4e00-\u9fff]))[)）]?/g;
// The caption's own sentences before the credit open with a date (2020年2月10日，… / 4月15日至17日，…) or 这是….
const CAPTION_OPENER = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?|这是)/;
// …or names the leader by the news agency's full formula (…来临之际，中共中央总书记、国家主席、中央军委主席习近平来到…):
// no speaker says that of himself.
const CAPTION_TITLE = /总书记、国家主席(?:、中央军委主席)?[\u4e00-\u9fff]{2,3}(?:来到|在|到|出席|主持|考察|看望|同)/;

/**
 * Photo captions inside a paragraph, wherever they sit (before a marker, mid-paragraph): the credit and the
 * caption sentences before it back to the first one that opens with a date (at most three sentences).
 */
export function stripCaptions(text: string, line: number, dropped: Dropped[]): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(CREDIT)) {
    const creditStart = m.index!;
    // Sentence starts before the credit, nearest first.
    const before = text.slice(from, creditStart);
    const starts: number[] = [];
    for (let i = before.length - 1; i >= 0 && starts.length < 4; i--) {
      if (i === 0 || /[。！？\n\u3000]/.test(before[i - 1])) starts.push(i);
    }
    let start = creditStart - from;
    let datedAt = -1;
    // Only sentences that end right before the credit belong to the caption.
    for (const s of starts) {
      const sentence = before.slice(s).trimStart();
      const titled = CAPTION_TITLE.test(/^[^。！？]*/.exec(sentence)![0]);
      if ((!CAPTION_OPENER.test(sentence) && !titled) || s < before.length - 260) break;
      if (/^\d/.test(sentence) || titled) datedAt = s;
    }
    if (datedAt >= 0) start = datedAt;
    else if (!/[。！？\s\u3000]$/.test(before) && before.length > 0) continue; // "记者张三摄制的…" inside a sentence
    const removed = text.slice(from + start, m.index! + m[0].length);
    dropped.push({ line, text: removed.trim(), reason: 'photo caption' });
    out += text.slice(from, from + start);
    from = m.index! + m[0].length;
  }
  return out + text.slice(from);
}

const PUBLICATION_END = /\s*《\s*[^》]{1,20}\s*》\s*[（(][^）)]{0,30}\d+\s*版\s*[）)]$/;

/** Removes footnote marks, photo captions and datelines from a paragraph, reporting each. */
export function stripInlineJunk(text: string, line: number, dropped: Dropped[]): string {
  let t = stripCaptions(text, line, dropped);
  t = t.replace(FOOTNOTE_MARK, (m) => {
    dropped.push({ line, text: m, reason: 'footnote mark' });
    return '';
  });
  t = t.replace(DATELINE_START, (m) => {
    dropped.push({ line, text: m.trim(), reason: 'dateline' });
    return '';
  });
  t = t.replace(PUBLICATION_END, (m) => {
    dropped.push({ line, text: m.trim(), reason: 'publication line' });
    return '';
  });
  t = t.replace(DATELINE_END, (m) => {
    dropped.push({ line, text: m.trim(), reason: 'dateline' });
    return '';
  });
  return t;
}
