// Speaking time: how long the talk runs, from the speaker notes (or the slide's own text when a slide has none).
// People read Chinese aloud at about 200–240 characters a minute and English at 130–150 words a minute (the
// ranges broadcasters and speech coaches quote); `pace:` in the front matter sets the speaker's own speed and
// `duration:` the minutes the talk may take.
import type { LaidOutDeck, LaidSlide } from '../model.js';
import type { Finding } from './index.js';

/** Characters (CJK) and words (everything else) a minute, slow and fast ends of the range. */
export interface Pace {
  cjk: [number, number];
  words: [number, number];
  /** Set by the author (`pace:`), not the default. */
  custom: boolean;
}

export const DEFAULT_PACE: Pace = { cjk: [200, 240], words: [130, 150], custom: false };

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u{20000}-\u{2fa1f}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** CJK characters and words of other scripts in a text (punctuation and spaces are not spoken). */
export function countSpoken(text: string): { cjk: number; words: number } {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return { cjk, words };
}

/** Seconds to say `text` at the slow and the fast end of the pace. */
export function speakingSeconds(text: string, pace: Pace = DEFAULT_PACE): [number, number] {
  const n = countSpoken(text);
  const at = (i: 0 | 1) => (n.cjk / pace.cjk[i] + n.words / pace.words[i]) * 60;
  return [at(0), at(1)];
}

/**
 * `pace:` from the front matter: one number or a range ("200-240"), in the deck's own unit — characters a
 * minute for a Chinese/Japanese/Korean deck, words a minute otherwise; the other unit scales with it.
 */
export function parsePace(value: string | undefined, lang: string): Pace | string {
  if (value === undefined || value.trim() === '') return DEFAULT_PACE;
  const m = value.trim().match(/^(\d+(?:\.\d+)?)\s*(?:[-–~～至到]\s*(\d+(?:\.\d+)?))?(?:\s*(?:字|characters?|chars?|words?)?(?:\s*(?:\/|per|a|每)\s*(?:min(?:ute)?|分钟?))?)?$/i);
  if (!m) return `pace "${value}": expected a number a minute, like 220 or 200-240`;
  const lo = Number(m[1]);
  const hi = m[2] ? Number(m[2]) : lo;
  if (!(lo >= 30 && hi <= 1000 && lo <= hi)) return `pace "${value}": expected a speed from 30 to 1000 a minute, slower first`;
  const cjkDeck = /^(zh|ja|ko)/i.test(lang);
  const base = cjkDeck ? DEFAULT_PACE.cjk : DEFAULT_PACE.words;
  const f: [number, number] = [lo / base[0], hi / base[1]];
  return {
    cjk: [DEFAULT_PACE.cjk[0] * f[0], DEFAULT_PACE.cjk[1] * f[1]],
    words: [DEFAULT_PACE.words[0] * f[0], DEFAULT_PACE.words[1] * f[1]],
    custom: true,
  };
}

/** `duration:` in minutes ("15", "15 min", "1:30" as hours:minutes is not meant here). */
export function parseDuration(value: string | undefined): number | undefined | string {
  if (value === undefined || value.trim() === '') return undefined;
  const m = value.trim().match(/^(\d+(?:\.\d+)?)\s*(?:min(?:utes?)?|分钟|分)?$/i);
  if (!m || Number(m[1]) <= 0) return `duration "${value}": expected the minutes the talk may take, like 15`;
  return Number(m[1]);
}

export interface SlideTime {
  /** 1-based slide number in the built deck. */
  slide: number;
  line: number;
  title: string;
  /** Seconds at the slow and fast end. */
  seconds: [number, number];
  /** From the notes (else from the slide's own text). */
  fromNotes: boolean;
  section?: number;
  sectionTitle?: string;
}

export interface TalkTime {
  slides: SlideTime[];
  total: [number, number];
  /** Sections (`#` headings) with their time, longest first; empty when the deck has none. */
  sections: { title: string; line: number; seconds: [number, number] }[];
  pace: Pace;
}

function slideText(s: LaidSlide): string {
  return s.items
    .map((it) => {
      if (it.kind === 'text') return it.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
      if (it.kind === 'table') return [it.header, ...it.rows].map((row) => row.map((c) => c.runs.map((r) => r.text).join('')).join(' ')).join('\n');
      return '';
    })
    .join('\n');
}

export function talkTime(laid: LaidOutDeck, pace: Pace = DEFAULT_PACE): TalkTime {
  const slides = laid.slides.map((s, i): SlideTime => {
    const notes = s.notes.join('\n');
    const fromNotes = notes.trim() !== '';
    return { slide: i + 1, line: s.src.line, title: s.titleText, seconds: speakingSeconds(fromNotes ? notes : slideText(s), pace), fromNotes, section: s.section, sectionTitle: s.sectionTitle };
  });
  const sum = (xs: SlideTime[]): [number, number] => [xs.reduce((a, x) => a + x.seconds[0], 0), xs.reduce((a, x) => a + x.seconds[1], 0)];
  const bySection = new Map<number, SlideTime[]>();
  for (const s of slides) if (s.section !== undefined) bySection.set(s.section, [...(bySection.get(s.section) ?? []), s]);
  const sections = [...bySection.values()]
    .map((xs) => {
      // The section divider slide carries the section's title; content slides carry sectionTitle.
      const head = laid.slides.find((l, i) => l.layout === 'section' && l.section === xs[0].section && i >= 0);
      return { title: xs.find((x) => x.sectionTitle)?.sectionTitle ?? head?.titleText ?? `section ${xs[0].section}`, line: head?.src.line ?? xs[0].line, seconds: sum(xs) };
    })
    .sort((a, b) => b.seconds[0] - a.seconds[0]);
  return { slides, total: sum(slides), sections, pace };
}

/** "45 s", "2 min 10 s", "12 min". */
export function formatSeconds(s: number): string {
  const r = Math.round(s);
  if (r < 60) return `${r} s`;
  const m = Math.floor(r / 60);
  const sec = r % 60;
  return r >= 600 || sec === 0 ? `${Math.round(r / 60)} min` : `${m} min ${sec} s`;
}

/** "about 45–54 s", "about 1:30–1:48 min", "about 12–14 min"; one figure when the two ends round alike. */
export function formatRange([slow, fast]: [number, number]): string {
  const lo = Math.round(fast);
  const hi = Math.round(slow);
  const mss = (n: number) => `${Math.floor(n / 60)}:${String(n % 60).padStart(2, '0')}`;
  if (hi < 60) return lo === hi ? `about ${lo} s` : `about ${lo}–${hi} s`;
  if (lo >= 600) {
    const [a, b] = [Math.round(lo / 60), Math.round(hi / 60)];
    return a === b ? `about ${a} min` : `about ${a}–${b} min`;
  }
  return lo === hi ? `about ${mss(lo)} min` : `about ${mss(lo)}–${mss(hi)} min`;
}

export function paceText(p: Pace, lang: string): string {
  const r = (x: [number, number]) => (Math.round(x[0]) === Math.round(x[1]) ? `${Math.round(x[0])}` : `${Math.round(x[0])}–${Math.round(x[1])}`);
  return /^(zh|ja|ko)/i.test(lang) ? `${r(p.cjk)} characters a minute` : `${r(p.words)} words a minute`;
}

export interface SpeakingReport {
  /** One line per slide: where, number, time, title. */
  slideLines: { line: number; text: string }[];
  /** "speaking time about 12–14 min (notes on 12 of 15 slides; 200–240 characters a minute)" */
  summary: string;
  /** Bad `pace:`/`duration:` values, and a talk longer than `duration:`. */
  findings: Finding[];
  time: TalkTime;
}

/** The front-matter line of a key (for messages), or 1. */
export function frontMatterLine(markdown: string, key: string): number {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  if (lines[0] !== '---') return 1;
  const end = lines.indexOf('---', 1);
  const i = lines.slice(0, end < 0 ? lines.length : end).findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  return i >= 0 ? i + 1 : 1;
}

export function speakingReport(laid: LaidOutDeck, markdown: string): SpeakingReport {
  const findings: Finding[] = [];
  const meta = laid.meta;
  const parsedPace = parsePace(meta.pace, meta.lang);
  let pace = DEFAULT_PACE;
  if (typeof parsedPace === 'string') findings.push({ severity: 'warning', line: frontMatterLine(markdown, 'pace'), message: `${parsedPace}; using ${paceText(DEFAULT_PACE, meta.lang)}` });
  else pace = parsedPace;
  const t = talkTime(laid, pace);
  const width = String(t.slides.length).length;
  const slideLines = t.slides.map((s) => {
    const time = formatRange(s.seconds).replace(/^about /, '');
    return { line: s.line, text: ` slide ${String(s.slide).padStart(width)}  ${time}  ${s.title}${s.fromNotes ? '' : ' (slide text, no notes)'}` };
  });
  const withNotes = t.slides.filter((s) => s.fromNotes).length;
  const summary = `speaking time ${formatRange(t.total)} (notes on ${withNotes} of ${t.slides.length} slides; ${paceText(pace, meta.lang)})`;
  const duration = parseDuration(meta.duration);
  if (typeof duration === 'string') findings.push({ severity: 'warning', line: frontMatterLine(markdown, 'duration'), message: duration });
  else if (duration !== undefined && (t.total[0] + t.total[1]) / 2 > duration * 60) {
    const longest = (t.sections.length ? t.sections : [...t.slides].sort((a, b) => b.seconds[0] - a.seconds[0]).map((s) => ({ title: s.title, seconds: s.seconds })))
      .slice(0, 3)
      .map((s) => `${s.title} (${formatRange(s.seconds)})`);
    findings.push({ severity: 'warning', line: frontMatterLine(markdown, 'duration'), message: `the talk runs ${formatRange(t.total)}, longer than duration: ${duration} min; longest: ${longest.join(', ')}` });
  }
  return { slideLines, summary, findings, time: t };
}
