// The title slide from the speech's first lines (title, ——subtitle, （date）, speaker), the greeting (同志们：)
// and the closing (谢谢大家) — none of which is a point.
import { markerAt } from './markers.js';
import type { Para } from './paragraphs.js';

export interface Meta {
  title?: string;
  subtitle?: string;
  author?: string;
  date?: string;
  closing?: string;
}

export interface Framed {
  meta: Meta;
  /** Header lines that are neither title nor date (题注, a location): notes of the title slide. */
  headerNotes: Para[];
  /** The greeting paragraphs (同志们：, 大家好！…, Hello, everybody.). */
  greeting: Para[];
  /** The speech proper. */
  body: Para[];
  /** Speaker labels removed (THE PRESIDENT:), for the report. */
  labels: { line: number; text: string }[];
}

const ZH_DATE = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日';
const DATE_LINE = new RegExp(`^[（(]\\s*(${ZH_DATE})\\s*[）)]$`);
const DATE_IN = new RegExp(ZH_DATE);
const BARE_DATE = new RegExp(`^${ZH_DATE}$`);
const EN_DATE_LINE = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})$/;
const SUBTITLE = /^[—–-]{1,2}\s*(.+)$/;
const SPEAKER = /^(?:[\u4e00-\u9fff]{1,10}\s+)?[\u4e00-\u9fff·]{2,4}$/;
const FUSED_TITLE = new RegExp(`^([^。！？，]{4,80}?(?:讲话|报告|致辞|发言|演讲|贺词))\\s*[（(]\\s*(${ZH_DATE})\\s*[）)]\\s*`);
const TITLE_WORDS = /(?:讲话|报告|致辞|发言|讲稿|演讲|演说|讲义|党课|总结|贺词|主持词|Remarks|Speech|Address|Statement)/;

export const GREETING_ZH =
  /^(?:尊敬的|各位|同志们|女士们|先生们|朋友们|亲爱的|老师们|同学们|大家好)[^。]{0,40}[：:！!]$|^[^。，！]{0,24}(?:同志们|代表们|来宾们|朋友们|同事们|各位代表|各位同事|各位来宾|各位委员)[：:！!]$/;
const HELLO_ZH = /^大家(?:上午|下午|晚上)?好[！!]/;
const GREETING_EN = /^(?:Ladies and gentlemen|Good (?:morning|afternoon|evening)|Hello|Hi|Please,? (?:stay|be) seated|Thank you(?:,| so much| very much| all)?[.!]? (?:Please|Hello|Good))/i;
export const ADDRESS = /^(?:同志们|各位代表|各位委员|各位同事|各位来宾|女士们、先生们|朋友们|同学们|老师们|Ladies and gentlemen|My fellow Americans)[！!：:，,.]?$/i;
const THANKS = /^(?:谢谢(?:大家|各位)?|感谢大家|Thank you(?: all| very much| so much)?(?:,? (?:everybody|everyone))?)[。！!.]*$/i;
const SPEAKER_LABEL = /^((?:THE |MR\. |MS\. |MRS\. |DR\. )?[A-Z][A-Z .'-]{1,40}):\s+/;

export function frame(paras: Para[], front: Record<string, string>, lang: string): Framed {
  const meta: Meta = {};
  if (front.title) meta.title = front.title;
  if (front.subtitle) meta.subtitle = front.subtitle;
  if (front.author || front.speaker) meta.author = front.author ?? front.speaker;
  if (front.date) meta.date = front.date;
  const headerNotes: Para[] = [];
  const labels: Framed['labels'] = [];
  const rest = paras.map((p) => ({ ...p }));

  // Speaker labels of transcripts: strip the first speaker's label; keep the text.
  for (const p of rest) {
    const m = lang === 'en' ? SPEAKER_LABEL.exec(p.text) : null;
    if (m && !/^(?:NOTE|EDT|END)$/.test(m[1])) {
      labels.push({ line: p.line, text: m[1] });
      p.text = p.text.slice(m[0].length);
    }
  }

  // Title, date and speaker run together, maybe into the first sentence: 在…座谈会上的讲话（2018年2月12日）习近平党的十八大以后…
  const fused = rest[0] && !meta.title ? FUSED_TITLE.exec(rest[0].text) : null;
  if (fused) {
    meta.title = fused[1];
    if (!meta.date) meta.date = fused[2].replace(/\s+/g, '');
    let after = rest[0].text.slice(fused[0].length);
    // The speaker's name: up to a space, else (a name glued to the first sentence) the usual three characters.
    const named = /^([\u4e00-\u9fff·]{2,4})(?:[\s\u3000]+|$)/.exec(after) ?? (after.length > 12 ? /^([\u4e00-\u9fff]{3})/.exec(after) : null);
    if (named && !meta.author) {
      meta.author = named[1];
      after = after.slice(named[0].length);
    }
    if (after.trim()) rest[0].text = after.trim();
    else rest.shift();
  }

  // Header: short lines before the first sentence of the speech.
  let i = 0;
  for (; i < rest.length; i++) {
    const p = rest[i];
    const t = p.text;
    // A numbered line (一、工作回顾) is the first point, not a title.
    if (isGreeting(t, lang) || (!p.heading && !p.quote && !isHeaderish(t)) || markerAt(t, 0, true)) break;
    const date = DATE_LINE.exec(t);
    const sub = SUBTITLE.exec(t);
    if (date && !meta.date) meta.date = date[1].replace(/\s+/g, '');
    else if (BARE_DATE.test(t) && !meta.date) meta.date = t.replace(/\s+/g, '');
    else if (EN_DATE_LINE.test(t) && !meta.date) meta.date = t;
    else if (sub && !p.quote && !meta.subtitle) {
      meta.subtitle = sub[1].trim();
      const d = DATE_IN.exec(sub[1]);
      if (d && !meta.date) meta.date = d[0].replace(/\s+/g, '');
    } else if ((p.heading || (TITLE_WORDS.test(t) && !meta.title) || (!meta.title && lang !== 'en')) && !p.quote && !meta.title) meta.title = t;
    else if (!p.quote && meta.title && !meta.author && lang !== 'en' && SPEAKER.test(t)) meta.author = t;
    else if (p.heading && !meta.subtitle) meta.subtitle = t;
    else headerNotes.push(p);
  }

  // Greeting: 同志们： (possibly opening a long line), 大家好！…, Hello, everybody.
  const greeting: Para[] = [];
  while (i < rest.length) {
    const p = rest[i];
    const lead = /^([^。！？：]{1,40}[：:])(?=\S)/.exec(p.text);
    if (lead && isGreeting(lead[1], lang) && lead[1].length < p.text.length) {
      greeting.push({ ...p, text: lead[1] });
      p.text = p.text.slice(lead[1].length);
      break;
    }
    if (isGreeting(p.text, lang) || (greeting.length > 0 && HELLO_ZH.test(p.text))) {
      greeting.push(p);
      i++;
      continue;
    }
    break;
  }

  const body = rest.slice(i);
  // Closing: thanks at the very end (kept in the notes of the last slide, and the closing slide says it).
  const last = body[body.length - 1];
  if (last && THANKS.test(last.text.trim())) meta.closing = lang === 'en' ? 'Thank you!' : '谢谢！';
  return { meta, headerNotes, greeting, body, labels };
}

function isGreeting(t: string, lang: string): boolean {
  if (lang === 'en') return t.length <= 160 && GREETING_EN.test(t);
  return GREETING_ZH.test(t) || (HELLO_ZH.test(t) && t.length <= 80);
}

/** A header line: short, and not a sentence (no 。 inside, no sentence end), or a dated / dashed line. */
function isHeaderish(t: string): boolean {
  if (DATE_LINE.test(t) || BARE_DATE.test(t) || SUBTITLE.test(t) || EN_DATE_LINE.test(t)) return true;
  if (t.length > 60) return false;
  return !/[。！？；!?]$|[。；]/.test(t) && !/[，,]\s*\S+[，,]/.test(t);
}

export function isAddress(t: string): boolean {
  return ADDRESS.test(t.trim());
}

export function isThanks(t: string): boolean {
  return THANKS.test(t.trim());
}

// "今天，我们召开（一个）全市安全生产工作会议" → 在全市安全生产工作会议上的讲话
const MEETING = /(?:^|[。！？\n])(?:今天|今天上午|今天下午|这次)[，,]?(?:我们|党中央|中央|市委|省委|区委|县委)?(?:在这里)?(?:召开|举行)(?:一个|这次|这个)?([\u4e00-\u9fff“”]{2,30}?(?:会议|座谈会|大会|研讨会|报告会|推进会|部署会|动员会|论坛|峰会|年会|全会|常委会|会))(?=[，,。])/;
/** A title from the opening when the text has none: the meeting it names (今天，我们召开X会议 → 在X上的讲话). */
export function meetingTitle(text: string): string | undefined {
  const m = MEETING.exec(text.slice(0, 400));
  return m ? `在${m[1]}上的讲话` : undefined;
}

const TOPIC = /(?:^|[，。])(?:下面|现在|今天|这里)?[，,]?就([^，。；]{4,30})(?:[，,]([^，。；我]{4,30}))?[，,]\s*(?:我|再|讲|谈|强调|提)/;
/** A title when the text has none: the topic the speaker announces (就巩固拓展…成果，我强调三点意见). */
export function topicTitle(text: string): { title: string; subtitle?: string } | undefined {
  const m = TOPIC.exec(text);
  if (!m) return undefined;
  return { title: m[1].trim(), subtitle: m[2]?.trim() };
}
