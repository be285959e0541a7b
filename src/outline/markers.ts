// Numbering markers at the start of a segment (一、 （一） 第一， 一要 一是 其一 首先 1. （1） ① First,), their runs
// (一, 二, 三 … in sequence), and announced counts (我强调三点意见, 以下4点倡议, three things).
import type { Span } from './sentences.js';

export type Family =
  | 'zh-dun'
  | 'zh-paren'
  | 'zh-di'
  | 'zh-part'
  | 'zh-yao'
  | 'zh-shi'
  | 'zh-qi'
  | 'zh-seq'
  | 'ar-dot'
  | 'ar-paren'
  | 'circled'
  | 'en-ord';

/** How a family is shown in reports. */
export const FAMILY_LABEL: Record<Family, string> = {
  'zh-dun': '一、',
  'zh-paren': '（一）',
  'zh-di': '第一，',
  'zh-part': '第一个问题：',
  'zh-yao': '一要',
  'zh-shi': '一是',
  'zh-qi': '其一，',
  'zh-seq': '首先，',
  'ar-dot': '1.',
  'ar-paren': '（1）',
  circled: '①',
  'en-ord': 'First,',
};

/** Lower = more likely the top level when two runs compete. */
const RANK: Record<Family, number> = {
  'zh-dun': 1,
  'zh-paren': 2,
  'zh-di': 3,
  'zh-part': 1,
  'en-ord': 3,
  'ar-dot': 4,
  'zh-yao': 5,
  'zh-shi': 5,
  'zh-qi': 5,
  'ar-paren': 6,
  circled: 7,
  'zh-seq': 8,
};
export const familyRank = (f: Family): number => RANK[f];

/** The marker that means "the last one" (最后， Finally,): it continues any run. */
export const LAST = -1;

export interface Occ {
  family: Family;
  ordinal: number;
  pos: number;
  /** Length of the marker text (一、 = 2). */
  len: number;
  /** The marker opens its paragraph. */
  paraStart: boolean;
}

export interface Run {
  family: Family;
  occs: Occ[];
}

const N = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { family: Family; re: RegExp; ord: (m: RegExpExecArray) => number | null }[] = [
  { family: 'zh-paren', re: new RegExp(`[（(](${N})[）)]`, 'y'), ord: (m) => zhNumber(m[1]) },
  { family: 'zh-dun', re: new RegExp(`(${N})[、．](?![、，])`, 'y'), ord: (m) => zhNumber(m[1]) },
  { family: 'zh-part', re: new RegExp(`第(${N})(?:个问题|部分|个方面|篇)[，,、：:]`, 'y'), ord: (m) => zhNumber(m[1]) },
  { family: 'zh-di', re: new RegExp(`第(${N})(?:点|条)?[，,、：:]`, 'y'), ord: (m) => zhNumber(m[1]) },
  { family: 'zh-yao', re: new RegExp(`(${N})要(?![求素点件])`, 'y'), ord: (m) => zhNumber(m[1]) },
  { family: 'zh-shi', re: new RegExp(`(${N})是(?=[\\u4e00-\\u9fff“])(?![一二三四五六七八九十])`, 'y'), ord: (m) => zhNumber(m[1]) },
  { family: 'zh-qi', re: new RegExp(`其(${N})[，,、：:]`, 'y'), ord: (m) => zhNumber(m[1]) },
  { family: 'zh-seq', re: /(首先|其次|再次|最后)[，,：:]/y, ord: (m) => ({ 首先: 1, 其次: 2, 再次: 3, 最后: LAST })[m[1]] ?? null },
  { family: 'ar-paren', re: /[（(]([0-9０-９]{1,2})[）)]/y, ord: (m) => arabic(m[1]) },
  { family: 'ar-dot', re: /([0-9０-９]{1,2})(?:[.．](?=\s|[\u4e00-\u9fff“])|、)/y, ord: (m) => arabic(m[1]) },
  { family: 'circled', re: /([①-⑳])/y, ord: (m) => m[1].charCodeAt(0) - 0x2460 + 1 },
  {
    family: 'en-ord',
    re: /(First(?:ly| of all)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly)(?=[,:]\s|\s[—–]\s)/y,
    ord: (m) => EN_ORD[m[1].replace(/ly$|ly(?= )| of all$/, '')] ?? null,
  },
];
const EN_ORD: Record<string, number> = {
  First: 1,
  Second: 2,
  Third: 3,
  Fourth: 4,
  Fifth: 5,
  Sixth: 6,
  Seventh: 7,
  Eighth: 8,
  Ninth: 9,
  Tenth: 10,
  Final: LAST,
  Last: LAST,
};

const ZH_DIGIT = '一二三四五六七八九';
/** 一 → 1, 十二 → 12, 二十三 → 23; anything else (一二, 十十) → null. */
export function zhNumber(s: string): number | null {
  if (s.length === 1 && ZH_DIGIT.includes(s)) return ZH_DIGIT.indexOf(s) + 1;
  const m = /^([二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  return (m[1] ? ZH_DIGIT.indexOf(m[1]) + 1 : 1) * 10 + (m[2] ? ZH_DIGIT.indexOf(m[2]) + 1 : 0);
}

function arabic(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** The marker at `pos`, if one opens the segment there. */
export function markerAt(text: string, pos: number, paraStart: boolean): Occ | null {
  for (const p of PATTERNS) {
    p.re.lastIndex = pos;
    const m = p.re.exec(text);
    if (!m) continue;
    const ordinal = p.ord(m);
    if (ordinal === null || ordinal === 0) continue;
    return { family: p.family, ordinal, pos, len: m[0].length, paraStart };
  }
  return null;
}

export function findMarkers(text: string, segs: readonly Span[]): Occ[] {
  const out: Occ[] = [];
  for (const s of segs) {
    const occ = markerAt(text, s.start, s.start === 0 || text[s.start - 1] === '\n');
    if (occ) out.push(occ);
  }
  return out;
}

/**
 * Runs of one family in sequence: 1 starts a run, n+1 continues it, LAST (最后/Finally) ends it; an
 * occurrence that fits no run is a false marker. Only runs of two or more count.
 */
export function findRuns(occs: readonly Occ[]): Run[] {
  const runs: Run[] = [];
  const open = new Map<Family, Run>();
  for (const o of occs) {
    const cur = open.get(o.family);
    if (o.ordinal === 1) {
      const r = { family: o.family, occs: [o] };
      runs.push(r);
      open.set(o.family, r);
    } else if (cur && (o.ordinal === cur.occs[cur.occs.length - 1].ordinal + 1 || o.ordinal === LAST)) {
      cur.occs.push(o);
      if (o.ordinal === LAST) open.delete(o.family);
    }
  }
  return runs.filter((r) => r.occs.length >= 2);
}

export interface Announcement {
  pos: number;
  /** undefined for 几点 / several. */
  count?: number;
  text: string;
}

// 十一, 二十, 二十三 (讲好十一个方面) before the one-character numerals, so the whole number is read.
const ZH_COUNT = '[0-9０-９]+|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九十两几]';
const ZH_ANNOUNCE = new RegExp(
  `(?:强调|讲|谈|提出?|说|做好|抓好|抓|以下|如下|下面|汇报|报告|交流)[^。；！？，]{0,10}?(${ZH_COUNT})(?:点|条|项)(?:意见|要求|倡议|建议|看法|体会|想法|希望|工作|内容|任务|措施|举措|考虑|认识|感受|打算|思考)|(?:强调|讲|谈|提出?|做好|抓好|抓|以下|如下|下面|汇报|说)[^。；！？，]{0,10}?(${ZH_COUNT})(?:个方面|个问题|件事|项工作)`,
);
const EN_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const EN_ANNOUNCE =
  /\b(two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:things|points|steps|actions|announcements|priorities|proposals|reasons|areas|pillars|lessons|messages|ideas)\b/i;

export function findAnnouncements(text: string, segs: readonly Span[]): Announcement[] {
  const out: Announcement[] = [];
  for (const s of segs) {
    const seg = text.slice(s.start, s.end);
    const zh = ZH_ANNOUNCE.exec(seg);
    if (zh) {
      const n = zh[1] ?? zh[2];
      out.push({ pos: s.start, count: n === '几' ? undefined : n === '两' ? 2 : /[0-9０-９]/.test(n) ? arabic(n) : (zhNumber(n) ?? undefined), text: seg });
      continue;
    }
    const en = EN_ANNOUNCE.exec(seg);
    if (en) {
      const w = en[1].toLowerCase();
      out.push({ pos: s.start, count: /^\d+$/.test(w) ? Number(w) : EN_WORDS[w], text: seg });
    }
  }
  return out;
}
