// Slide titles and bullets from the speaker's own words: a title is the point's first sentence, cut back to a
// clause when long; bullets are the first clauses of its sentences. Nothing is added but an ellipsis.
import { isAddress, isThanks } from './meta.js';
import { sentencesOf } from './sentences.js';

const ZH_LIMIT = 30;
const ZH_TITLE_LEAD = /^(?:就是说|这是说|也就是说|换句话说|同时|此外|另外|因此|所以|但是|然而|当然)[，,]/;
const EN_LIMIT = 72;

/** Cut a sentence to a title: whole when short, else up to the last clause that fits. */
export function trimTitle(sentence: string, lang: string, limit = lang === 'en' ? EN_LIMIT : ZH_LIMIT): string {
  let s = sentence.trim().replace(/[。；;，,：:！!.、]+$/u, '').trim();
  if (lang === 'en') {
    s = unfill(unrepair(s));
    if (s.length > limit) s = s.replace(/\s+[—–]\s+[^—–]{1,120}?\s+[—–]\s+/g, ' ').replace(/\s*\([^)]{1,80}\)/g, '');
    s = s.replace(/[.;:,]+$/, '');
    if (s.length <= limit) return s;
    return enShorten(s, limit);
  }
  // A lead-in that points back (就是说，这是说，因此，…) is no part of a title.
  const led = s.replace(ZH_TITLE_LEAD, '');
  if (led.length >= 6 && balanced(led)) s = led;
  if (s.length <= limit) return s;
  let t = zhTitle(s, limit);
  // A title cut right before a clause that leans back on it (…的绝对贫困问题 | ，将在…得到解决) is only that clause's
  // subject: cut before the subject instead (3年后如期打赢脱贫攻坚战).
  while (s.startsWith(t) && ZH_LEANS.test(s.slice(t.length).replace(/^[，；]/, '')) && t.lastIndexOf('，') >= 6) t = t.slice(0, t.lastIndexOf('，'));
  // A last clause that only sets the scene or is a bare date (…发生后，1月7日 / …，在疫情防控工作中) goes.
  for (let k = t.lastIndexOf('，'); k >= 6 && isScene(t.slice(k + 1)); k = t.lastIndexOf('，')) t = t.slice(0, k);
  // A first clause that only sets the scene (通过全社会共同努力) takes the next one with it.
  if (!t.includes('，') && (!standsAlone(t, 'zh') || ZH_WEAK_END.test(t))) {
    const two = /^[^，；]+[，；]([^，；]+)/.exec(s);
    if (two && two[0].length <= limit + 10 && balanced(two[0]) && !isScene(two[1])) return two[0];
  }
  // A title that ends on a lead-in verb (…我们也清醒认识到) says what follows: the next clause, without a first
  // clause that only sets the scene (在肯定成绩的同时) when that makes it too long.
  if (t.includes('，') && ZH_WEAK_END.test(t) && s.startsWith(t)) {
    const next = /^[，；]([^，；。]+)/.exec(s.slice(t.length))?.[1];
    if (next) {
      const whole = t + '，' + next;
      const first = t.slice(0, t.indexOf('，'));
      const lean = isScene(first) ? whole.slice(first.length + 1) : whole;
      for (const c of [whole, lean]) if (c.length <= limit + 10 && balanced(c)) return c;
    }
  }
  return t;
}

/**
 * A slide's title from the paragraph it opens with: its first sentence's title, unless that only sets the scene
 * or is a date (武汉新型冠状病毒肺炎疫情发生后，1月7日，…时，就…): then that sentence without its scene clauses,
 * or the next sentence, whichever first makes a title that stands.
 */
export function leadTitle(paragraph: string, lang: string): string {
  const sentences = sentencesOf(paragraph.split('\n')[0]);
  const first = trimTitle(sentences[0] ?? paragraph, lang);
  if (lang === 'en' || titleStands(first)) return first;
  for (const sentence of sentences.slice(0, 3)) {
    let rest = sentence;
    for (let m = /^([^，；。]+)，/.exec(rest); m && leadsIn(m[1]); m = /^([^，；。]+)，/.exec(rest)) rest = rest.slice(m[0].length);
    const t = trimTitle(rest, lang);
    if (titleStands(t)) return t;
  }
  return first;
}

// A title may point back (这对领导者是…): only a scene, a date or a clause hanging on the one before is no title,
// nor one that ends on what only leads in (我在今年全国“两会”上讲过，面向未来 / 今年以来，我多次讲).
const titleStands = (t: string) =>
  t.length >= 4 && !isScene(t) && !leadsIn(t.slice(t.lastIndexOf('，') + 1)) && !/^(?:就(?!业)|并(?!购)|而|且|但|却|则|又|也|还|都|才|将(?!来|近))/.test(t);
/** A clause that only sets the scene or leads in to what is said (…以来 / 我多次讲 / …上讲过 / 面向未来). */
const leadsIn = (clause: string) => isScene(clause) || /(?:讲过|多次讲|我讲|说过|多次强调|指出)$/.test(clause) || /^面向[\u4e00-\u9fff]{1,4}$/.test(clause);

function zhTitle(s: string, limit: number): string {
  // What comes before a colon is the heading (今年经济社会发展主要预期目标是：…).
  const colon = s.indexOf('：');
  if (colon >= 6 && colon <= limit && balanced(s.slice(0, colon))) return s.slice(0, colon);
  const cut = lastBoundary(s, limit, /[，；]/g, 6);
  if (cut) return cut;
  // One long clause: better a little long than cut between 、-listed items; never cut inside a word.
  if (s.length <= limit + 10) return s;
  // Its first clause when that is whole and not much longer (审计、统计、…等工作取得新成效): never cut a 、-list.
  const first = /^[^，；：]+/.exec(s)?.[0] ?? s;
  if (first.length <= limit + 12 && balanced(first)) return first;
  return lastBoundary(s, limit, /、/g, 6) ?? s;
}

// Where an English clause or phrase may end: before a relative or subordinate clause, a conjunction, then a
// preposition — so the title is a complete phrase, never a word cut off with "…".
const EN_CLAUSE = /\s(?=(?:that|which|who|whom|whose|where|when|because|while|although|so that|as well as|including|but)\s)/g;
const EN_PHRASE = /\s(?=(?:to|with|by|for|in|on|at|from|through|across|into|over|under|against|between|among)\s)/g;
const EN_DANGLING = /\b(?:the|a|an|and|or|but|of|to|with|by|for|in|on|at|our|their|its|his|her|my|your|this|that|these|those|more|most|very|will|would|can|must|is|are|was|were|be|just|only|even|also|still|out|up|not|no)$|\b(?:ago|together|along|such|said|says|think|know|believe|been|being|have|has|had)$|\b(?:and|or)\s+\S+$/i;

const EN_NEEDS_PREP = /(?:\w(?:ed|en)|\b(?:respect|need|support|part|kind|sort|lack|use|sense|role|number|rest|most|some|all|each|one))$/i;

function enShorten(s: string, limit: number): string {
  // A whole sentence of up to ~100 characters is better than a cut one (two lines of a title).
  if (s.length <= 105) return s;
  const long = Math.round(limit * 1.4);
  const tries: [RegExp, number][] = [
    [/,\s|;\s|:\s|\s[—–]\s|(?<=\w)[—–](?=\w)/g, limit],
    [EN_CLAUSE, limit],
    [/,\s|;\s|:\s|\s[—–]\s|(?<=\w)[—–](?=\w)/g, long],
    [EN_CLAUSE, long],
    [EN_PHRASE, limit],
    [EN_PHRASE, long],
    // Before "and" that joins clauses, not nouns (the Department of Justice | and the Federal Trade Commission).
    [/\s(?=and\s(?!(?:the|a|an|our|their|its|his|her|my|your|this|that|these|those)\s|[A-Z]))/g, long],
  ];
  for (const [re, max] of tries) {
    const cut = lastBoundary(s, max, re, 20);
    // Before a preposition, never right after the word that needs it (values enshrined | in…, a respect | for…).
    if (re === EN_PHRASE && cut && EN_NEEDS_PREP.test(cut)) continue;
    if (cut && !EN_DANGLING.test(cut) && cut.split(/\s+/).length >= 4) return cut.replace(/[,;:]$/, '');
  }
  return s;
}

const DETERMINER = /^(?:the|a|an|this|that|these|those|our|their|its|his|her|my|your|we|they|it|i)$/i;

/**
 * Spoken self-corrections off English text, so a title or bullet says what the speaker meant: a word cut off
 * ("during the pa- — the pandemic"), a phrase said again ("threats of regional — to regional stability",
 * "will not allow — will not allow foreign"), a determiner swapped ("these — those countries").
 */
export function unrepair(text: string): string {
  let t = text.replace(/\s*\S+\s*\\?\[sic\\?\]\s*[—–]\s*/g, ' ').replace(/\s*\\?\[sic\\?\]/g, '').replace(/\b[\w’']+-\s+[—–]\s+/g, '').replace(/\b(\w+) \1\b/gi, '$1');
  for (let guard = 0; guard < 8; guard++) {
    const words = t.split(' ');
    let changed = false;
    for (let i = 1; i + 1 < words.length; i++) {
      if (!/^[—–]$/.test(words[i])) continue;
      const w = words[i - 1].toLowerCase().replace(/[,.;:]$/, '');
      const after = words.slice(i + 1, i + 4).map((x) => x.toLowerCase().replace(/[,.;:]$/, ''));
      const k = after.indexOf(w);
      let from = -1;
      // A phrase said again ends on the same word; a function word (that, the) repeats by chance.
      if (k === 0 || (k > 0 && i - 1 - k >= 0 && !DETERMINER.test(w) && !/^(?:and|or|to|of|in|on|at|for|is|are|was|has|have)$/.test(w))) from = i - 1 - k;
      else if (DETERMINER.test(w) && DETERMINER.test(after[0] ?? '')) from = i - 1;
      else {
        let cs = i - 1;
        while (cs > 0 && !/[,;:.]$/.test(words[cs - 1])) cs--;
        // One word, an aside, the word again (Capitalism — I’ve said it before, capitalism without…): from the word again.
        const again = words.slice(i + 1, i + 7).findIndex((x) => x.toLowerCase().replace(/[,.;:]$/, '') === w);
        if (cs === i - 1 && again > 0 && !DETERMINER.test(w)) {
          words.splice(i - 1, again + 2);
          words[i - 1] = cs === 0 ? words[i - 1].charAt(0).toUpperCase() + words[i - 1].slice(1) : words[i - 1];
          t = words.join(' ');
          changed = true;
          break;
        }
        // A false start: the clause began with a subject and starts again with it (we aim to — we’re taking aim).
        const base = (x: string | undefined) => (x ?? '').toLowerCase().replace(/[’'].*$/, '');
        const subj = base(words[cs]);
        if (i - cs <= 4 && /^(?:we|i|they|you|he|she|it)$/.test(subj) && (base(after[0]) === subj || base(after[1]) === subj)) from = cs;
      }
      if (from < 0) continue;
      words.splice(from, i + 1 - from);
      t = words.join(' ');
      changed = true;
      break;
    }
    if (!changed) break;
  }
  return t.charAt(0).toUpperCase() === text.charAt(0) ? t : t.charAt(0).toUpperCase() + t.slice(1);
}

const EN_FILLER = /^(?:And|But|So|Now|Look|Well|You know|I mean|Remember|Instead|Again|Anyway|Plus|For example|For instance|Of course)(?:,\s*|\s+)/;

/** Spoken fillers off the front of an English sentence, capitalised again. */
function unfill(s: string): string {
  const t = s.replace(EN_FILLER, '');
  return t.length > 12 ? t.charAt(0).toUpperCase() + t.slice(1) : s;
}

/** The longest prefix ending before a boundary (outside “quotes”), at least `min` long and at most `limit`. */
function lastBoundary(s: string, limit: number, re: RegExp, min: number): string | undefined {
  let best: string | undefined;
  for (const m of s.matchAll(re)) {
    const prefix = s.slice(0, m.index);
    if (prefix.length > limit) break;
    // Not inside a list: "build political, economic, and security ties".
    if (m[0].startsWith(',') && /^,\s+(?:(?:and|or)\s|[\w-]+(?:\s[\w-]+)?,\s)/.test(s.slice(m.index))) continue;
    if (m[0].startsWith(',') && prefix.includes(',') && prefix.slice(prefix.lastIndexOf(',') + 1).trim().split(/\s+/).length <= 2) continue;
    if (prefix.length >= min && balanced(prefix)) best = prefix;
  }
  return best?.trim();
}

function balanced(text: string): boolean {
  // An apostrophe (we’re) is not a closing quote.
  const s = text.replace(/(?<=\w)’(?=\w)|(?<=s)’(?=\s|$)/g, '');
  const count = (c: string) => s.split(c).length - 1;
  return count('“') === count('”') && count('‘') === count('’') && count('（') === count('）') && count('(') === count(')') && count('《') === count('》');
}

const ZH_LEAD = /^(?:始终|同时|此外|另外|并且|而且|其中|目前|当前|因此|所以|但是|然而|当然|另一方面|就是说|这是说|也就是说|换句话说)[，,]?/;
// Clauses that only lead into what follows (…认识到，… / 纵观…，…), and examples.
const ZH_WEAK_END = /(?:认识到|指出|强调|表明|表示|认为|看到|知道|觉得|发现|反映|谈到|说|是|要|在于|包括|如下|(?:以下|下面)[^，]{0,6})$/;
const ZH_WEAK_START = /^(?:例如|比如|譬如|纵观|随着|面对|围绕|根据|按照|对于|关于|我们有些|有些人|下面|以下|现在，?我(?:讲|谈|强调|提))/;

const ZH_BULLET_MAX = 40;
const EN_BULLET_WORDS = 15;
// A clause that leans on the one before (就…提出了要求, 并…, 而…, 这是…, 在此，…) does not stand alone as a point.
const ZH_CONNECTIVE = /^(?:等等|好像|好似|才|将(?=在|会|要|于|成为|得到|进一步|继续)|就(?!业)|并(?!购)|而|且|但|却|则|又|也|还|都|是(?!否)|即|及|以及|和|与|或|乃至|从而|进而|甚至|尤其|特别是|包括|其|此|该|这(?![一二三四五六七八九十两几]?(?:年|个月|段时间|些年))|那|它|他们|以上|上述|如下|在此|对此|为此|由此|因而|因此|所以|于是|否则|不然|可见|总之|我代表|我谨)/;
// Said, not presented: a hand-over, a blessing, a quoted aside of the speaker's own (I said, “Let’s…”).
const EN_NOT_A_POINT = /^(?:with that|may god|god bless|thank you|i said,?\s*[“"]|i (?:want|would like|’d like|'d like) to (?:take a (?:few )?(?:minutes?|moments?)|turn it over|close))/i;
const EN_CONNECTIVE = /^(?:and|but|or|nor|so|yet|which|that|who|because|while|although|though|if|as|then|than|including|such as|especially|this|these|those)\b/i;
/** Only a date, a year span or a figure (2018年至2022年, 3046万人, 70%). */
const BARE_FIGURE = /^[\d０-９.,，%％\s年月日号时至到—\-~～、和及底初末第万亿千百个余多人次元项家户倍]*$/;

/** A bullet must read as a point on its own: no leading connective, more than a date or a number. */
// A clause that only sets the scene for the next (…采取防控举措时 / 对…不力的 / 在…过程中 / 为满足…).
// (…发生后 / 脱贫攻坚期内 / 针对…不足 / 依托…体系 / 从清末民初的张謇，到…)
const ZH_SCENE =
  /^(?!.*是)[^，]*的$|(?:时|时候|之际|之时|过程中|面前|期间|期内|以来|(?<![落最然今此])后)$|^在[^，]*[中上下里前后内]$|^(?:向|给|跟)[^，]*$|^(?:为了|为(?:满足|实现|推动|促进|加快|确保|保障|适应|解决)|对于|关于|随着|面对|根据|按照|通过|围绕|鉴于|截至|到|经过|针对|依托|基于)[^，]*$|^从[^，]*，(?:再)?到[^，]*$|^再到[^，]*$|^对(?!于)[^，]*(?:问题|方面|情况|现象|人员|对象|企业|群众)$/;

export const isScene = (clause: string) => BARE_FIGURE.test(clause) || ZH_SCENE.test(clause);

// Half of a pair (虽然…但, 只有…才, 既…也, 一方面…另一方面): not a point until the other half comes.
const ZH_PAIRS: [RegExp, RegExp][] = [
  [/不仅|不但|不只/, /而且|并且|也|还|更|同时/],
  [/虽然|尽管/, /但|却|也|还|仍/],
  [/只有/, /才/],
  [/只要/, /就|便|都/],
  [/(?<!一)既(?![然定往])/, /也|又|还|更/],
  [/一方面/, /另一方面|也|又|同时/],
  [/如果|假如|倘若|要是/, /就|便|则|那|也|都|还/],
  [/无论|不论|不管/, /都|也|总|始终/],
];

/** A clause that leans on the one before (…经验，将在… / …的企业家，才能… / …问题，根子是…): that one is its subject. */
const ZH_LEANS = /^(?:才|将(?!来|近)|便|则|就(?!业)|都|却|根子|关键(?:是|在)|是(?!否))/;
/** Lists of names (美国的爱迪生、福特，德国的西门子): no statement. */
const ZH_NAME_ITEMS = /^[^的、，]{1,4}的[^的、，]{2,5}(?:、(?:[^的、，]{1,4}的)?[^的、，]{2,5})*$/;
const isNameList = (t: string) => t.includes('、') && t.split('，').every((p) => ZH_NAME_ITEMS.test(p));
/** Thanks and greetings inside a sentence (借此机会，我向…表示衷心的感谢): said, not presented. */
const ZH_COURTESY = /表示(?:衷心的|诚挚的|崇高的|亲切的)?(?:感谢|敬意|问候|慰问)|致以|致敬/;

export function standsAlone(text: string, lang: string): boolean {
  const t = text.trim();
  if (BARE_FIGURE.test(t) || /^[\d\s.,%$–—-]+$/.test(t)) return false;
  if (lang === 'en') return !EN_CONNECTIVE.test(t) && !EN_NOT_A_POINT.test(t);
  if (ZH_SCENE.test(t) || isNameList(t) || (t.startsWith('以') && isNameList(t.slice(1))) || ZH_COURTESY.test(t)) return false;
  // Half of a pair (领导工作不仅要决定方针政策 — 而且…): not a point until the other half comes.
  for (const [first, second] of ZH_PAIRS) {
    const half = first.exec(t);
    if (half && !second.test(t.slice(half.index + half[0].length))) return false;
  }
  // A last clause that only sets the scene for what is cut off (…，对脱贫领域的突出问题 / …，通过…等形式).
  const k = t.lastIndexOf('，');
  if (k > 0 && ZH_SCENE.test(t.slice(k + 1))) return false;
  return !ZH_CONNECTIVE.test(t);
}

interface Chunk {
  text: string;
  weak: boolean;
}

interface Cand extends Chunk {
  key: [number, number, number];
  order: number;
}

/**
 * Up to `max` short bullets from paragraphs: the first chunk of every sentence first (earlier paragraphs and
 * sentences first), then further chunks; weak chunks (lead-ins, examples, fragments) only to reach two.
 * Shown in text order. Parallel sentences (这五年，… ×8) win when there are three or more.
 */
export function bulletsFrom(paragraphs: readonly string[], lang: string, max = 4, exclude: readonly string[] = []): string[] {
  const sentences = paragraphs.map((p) => sentencesOf(p).filter((s) => !isAddress(s) && !isThanks(s)));
  if (lang !== 'en') {
    const par = parallelBullets(sentences.flat(), exclude);
    if (par) return par;
  }
  const cands: Cand[] = [];
  let order = 0;
  sentences.forEach((list, pi) => {
    list.forEach((sentence, si) => {
      const chunks = lang === 'en' ? enChunks(sentence) : zhChunks(sentence);
      chunks.forEach((c, ci) => cands.push({ ...c, key: [ci, si, pi], order: order++ }));
    });
  });
  cands.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.order - b.order);
  const seen = new Set(exclude.map(norm));
  const picked: Cand[] = [];
  const take = (c: Cand) => {
    const k = norm(c.text);
    if (seen.has(k) || [...seen].some((x) => x.length > 6 && k.length > 6 && (x.includes(k) || k.includes(x) || sameTail(x, k)))) return;
    // A clause already said by the title or a bullet (1月20日，我专门…作出批示 under the title 我专门…作出批示，…).
    if (lang !== 'en' && c.text.split(/[，；]/).some((p) => norm(p).length >= 6 && [...seen].some((x) => x.includes(norm(p))))) return;
    seen.add(k);
    picked.push(c);
  };
  for (const c of cands) if (!c.weak && picked.length < max) take(c);
  for (const c of cands) if (c.weak && picked.length < 2) take(c);
  return picked.sort((a, b) => a.order - b.order).map((c) => c.text);
}

/** Said twice in other words (Folks are tired of being played for suckers / They’re just tired of being…). */
function sameTail(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n >= 12 && n >= 0.6 * Math.min(a.length, b.length);
}

const norm = (s: string) => s.replace(/[\s，。、；：,.;:!?！？“”"'‘’…]/g, '');

/** Three or more sentences opening alike (这五年，发展质效持续提升。这五年，产业结构持续优化。…). */
function parallelBullets(sentences: readonly string[], exclude: readonly string[]): string[] | null {
  const groups = new Map<string, string[]>();
  for (const s of sentences) {
    const m = /^([\u4e00-\u9fff]{2,6})，([^，。；！？]{2,16})[，。；！？]/.exec(s);
    if (m) groups.set(m[1], [...(groups.get(m[1]) ?? []), `${m[1]}，${m[2]}`]);
  }
  let best: string[] | null = null;
  for (const g of groups.values()) if (g.length >= 3 && (!best || g.length > best.length)) best = g;
  if (!best) return null;
  const ex = new Set(exclude.map(norm));
  return best.filter((b) => !ex.has(norm(b))).slice(0, 4);
}

const ZH_WHOLE = 36;

/** `clause` goes on from `before`: the same ending (讨论什么问题，解决什么问题) or an embedded question. */
export function continues(before: string, clause: string): boolean {
  if (clause.length <= 10 && /(?:什么|怎么|如何|哪些|为什么|多少)/.test(clause)) return true;
  // A clause with no subject of its own (…市场主体，面临的实际困难也最多) or only a manner (…，以…好奇心来驱动).
  if (/^[\u4e00-\u9fff]{1,3}的/.test(clause) || /^以[^，]*来[\u4e00-\u9fff]{1,3}$/.test(clause)) return true;
  let n = 0;
  while (n < Math.min(before.length, clause.length) - 1 && before[before.length - 1 - n] === clause[clause.length - 1 - n]) n++;
  return n >= 2 && clause.length <= 10;
}

function zhChunks(sentence: string): Chunk[] {
  const parts = sentence.replace(/[。！？；…]+[”’」]*$/, '').replace(/，等等$/, '').split(/([，：])/);
  const clauses: { text: string; sep: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) if (parts[i].trim()) clauses.push({ text: parts[i].trim(), sep: parts[i + 1] ?? '，' });
  const out: Chunk[] = [];
  // A sentence short enough to say whole, with a short later clause, is one bullet (要落实…监管，减少对企业的
  // 打扰): that clause alone would lean on the one before.
  const whole = clauses.map((c, k) => c.text + (k + 1 < clauses.length ? c.sep : '')).join('');
  if (clauses.length > 1 && whole.length <= ZH_WHOLE && clauses.slice(1).some((c) => c.text.length < 10)) {
    const w = whole.replace(ZH_LEAD, '').replace(/^要(?!求)(?=[\u4e00-\u9fff]{3})/, '').trim();
    if (balanced(w) && standsAlone(w, 'zh')) return [{ text: w, weak: ZH_WEAK_END.test(w) || ZH_WEAK_START.test(w) }];
  }
  for (let i = 0; i < clauses.length; i++) {
    let chunk = clauses[i].text;
    const first = i;
    // A clause that continues the one before in parallel (知道要讨论什么问题，解决什么问题，…): an object, no point.
    if (first > 0 && continues(clauses[first - 1].text, chunk.replace(ZH_LEAD, ''))) continue;
    while (chunk.length < 12 && i + 1 < clauses.length && chunk.length + 1 + clauses[i + 1].text.length <= ZH_LIMIT) {
      chunk += clauses[i].sep + clauses[++i].text;
    }
    // A short last clause finishes the sentence (…写决议案，都应当简明扼要): keep it with its chunk.
    if (i + 2 === clauses.length && clauses[i + 1].text.length < 8 && chunk.length + 1 + clauses[i + 1].text.length <= ZH_LIMIT) {
      chunk += clauses[i].sep + clauses[++i].text;
    }
    const whole = first === 0 && i === clauses.length - 1;
    // The next clause leans on this chunk (…的企业家，才能… / …经验，将在…): the chunk is its subject, and the
    // next chunk (starting with it) is no statement either.
    if (i + 1 < clauses.length && ZH_LEANS.test(clauses[i + 1].text)) continue;
    if (first > 0 && ZH_LEANS.test(clauses[first].text)) continue;
    chunk = chunk.replace(ZH_LEAD, '').replace(/^要(?!求)(?=[\u4e00-\u9fff]{3})/, '').trim();
    if (chunk.length < 4 || chunk.length > ZH_BULLET_MAX || !balanced(chunk) || !standsAlone(chunk, 'zh')) continue;
    // A topic (对…研发，要…) or what it took (经过艰苦努力，付出巨大牺牲，…) before the sentence says what follows.
    if (i + 1 < clauses.length && (/^对(?!于)[^，]*$/.test(chunk) || /^经过/.test(chunk))) continue;
    const weak = (chunk.length < 10 && !whole) || chunk.length > ZH_LIMIT || ZH_WEAK_END.test(chunk) || ZH_WEAK_START.test(chunk);
    out.push({ text: chunk, weak });
  }
  return out;
}

function enChunks(sentence: string): Chunk[] {
  let s = unfill(unrepair(sentence.trim())).replace(/[.;:,]+$/, '');
  // One item of a run the speaker announces (First, we are… Second, …): the run is the structure, not a bullet.
  if (/^(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly)(?:ly)?,\s/.test(s)) return [];
  const words = (t: string) => t.split(/\s+/).length;
  // An aside between two dashes goes; a dash left after that opens an aside: the statement is what comes before it.
  s = s.replace(/\s+[—–]\s+[^—–]{1,120}?\s+[—–]\s+/g, ' ');
  const dash = /\s[—–]\s/.exec(s);
  if (dash) {
    // A restart after the dash (…going to make large corporations — making sure…): the first try is abandoned.
    if (/^\s*[—–]\s+\w+ing\b/.test(s.slice(dash.index))) return [];
    s = s.slice(0, dash.index).replace(/[,;:]$/, '');
    if (words(s) < 6 || EN_DANGLING.test(s) || !standsAlone(s, 'en') || enFragment(s) || enOpenEnd(s)) return [];
    return [{ text: s, weak: true }];
  }
  if (words(s) < 4) return [];
  const weak = /^(?:I think|I know|I must|I really|It’s not|That’s)/.test(s);
  if (words(s) <= EN_BULLET_WORDS) return standsAlone(s, 'en') && !enFragment(s) ? [{ text: s, weak }] : [];
  // The first clauses up to 15 words, cut only at , ; : (dashes in speech are often self-corrections); a longer
  // sentence stays in the notes.
  let chunk = '';
  for (const c of s.split(/(?<=[,;:])\s+/)) {
    if (words((chunk + ' ' + c).trim()) > EN_BULLET_WORDS) break;
    chunk = (chunk + ' ' + c).trim();
  }
  chunk = chunk.replace(/[,;:]$/, '');
  // A sentence's opening clauses that are only an adverbial (With China’s…, Today, finally, after years…) are no point.
  const adverbial = /^(?:with|when|after|before|in|on|at|for|by|from|during|under|since|today|finally|now)\b/i.test(chunk);
  if (words(chunk) >= 6 && !adverbial && standsAlone(chunk, 'en') && !EN_DANGLING.test(chunk) && !enFragment(chunk) && !enOpenEnd(chunk)) return [{ text: chunk, weak: true }];
  return [];
}

// A bullet that is not a whole statement: a phrase opening with a preposition or a subordinator and no main
// clause after a comma (With China’s coercive actions…, According to the Department…, Even though the check…),
// or speech still being repaired (— excuse me —, a dash left in).
const EN_PHRASE_START = /^(?:with|without|according to|in|on|at|for|by|from|during|under|over|across|through|into|about|like|even though|even if|though|although|unless|whereas|once|until|as|when|while|if|because|since|after|before)\b/i;
// An item of a list the sentence before announced (One that addresses…, Those who…): no statement alone.
const EN_LIST_ITEM = /^(?:one|ones|someone|something|those|anyone|everyone|a place|a world|a future)\s+(?:that|which|who|where)\b/i;
// A finite verb (or what marks one): an auxiliary, a contraction, a past form, a word after a subject pronoun.
const EN_FINITE = /\b(?:am|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must)\b|[’'](?:s|re|ve|ll|d|m)\b|n[’']t\b|\w{3,}ed\b|\b(?:i|we|you|they|he|she|it|who)\s+\w+/i;
function enFragment(s: string): boolean {
  if (/excuse me|\s[—–]\s|\s[—–]$|\b\w+-\s/i.test(s)) return true;
  // Half of "the more…, the more…".
  if (/^the (?:more|less|better|greater|sooner)\b/i.test(s) && !/,\s+the\b/i.test(s)) return true;
  if (EN_LIST_ITEM.test(s)) return true;
  // Noun phrases listed (New energy projects linking the region, a new free trade deal and investments…).
  if (/,\s/.test(s) && /\sand\s/.test(s) && !EN_FINITE.test(s)) return true;
  return EN_PHRASE_START.test(s) && !/,\s/.test(s);
}

/** The first clauses of a longer sentence that leave it open: the last one is a purpose or condition still to be
 * finished (…said: To get inflation under control), or a verb of saying waits for what was said. */
function enOpenEnd(chunk: string): boolean {
  const clauses = chunk.split(/(?<=[,;:])\s+/);
  const last = clauses[clauses.length - 1];
  if (clauses.length > 1 && /^(?:to|if|when|while|because|as|since|although|though|unless|so that|in order to|including|such as|like)\b/i.test(last)) return true;
  return /\b(?:said|say|says|told|think|know|believe|mean)\b(?:\s+(?:that|when|before|after)\b.*)?$/i.test(chunk.replace(/[,;:]$/, '').split(/[,;:]\s/)[0]);
}
