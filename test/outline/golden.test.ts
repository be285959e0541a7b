// Every corpus speech and report, and the seed: the structure a reader finds (title, sections = the headings,
// sub-point titles), checked by reading each text, kept in test/outline/golden/<name>.json (UPDATE_GOLDEN=1
// rewrites them — then read the diff against the speech). And what must hold for every document: no caption or
// dateline anywhere, no title cut with "…", bullets that stand alone, no empty slide, no slide repeating its
// section's title, nothing of the speech lost.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/outline/index.js';
import { standsAlone } from '../../src/outline/titles.js';
import { parse } from '../../src/parse/index.js';
import { hasShared, missingSentences, readShared, repoRoot, seedFile, speechDir } from './helpers.js';

const goldenDir = path.join(repoRoot, 'test', 'outline', 'golden');
const docs = hasShared ? [...readdirSync(speechDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(speechDir, f)), seedFile] : [];

interface Shape {
  title: string;
  sections: { title: string; slides: string[] }[];
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** The deck's shape: front-matter title, `#` sections and the `##` titles under each (before the first section: "(opening)"). */
function shape(md: string): Shape & { slides: { title: string; section: string; bullets: string[]; notes: string; bold: boolean }[] } {
  const title = /^title: (.*)$/m.exec(md)?.[1].replace(/^"(.*)"$/, '$1') ?? '';
  const sections: Shape['sections'] = [];
  const slides: { title: string; section: string; bullets: string[]; notes: string; bold: boolean }[] = [];
  let cur: Shape['sections'][number] = { title: '(opening)', slides: [] };
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  for (const block of body.split(/^(?=#{1,2} )/m)) {
    const head = /^(#{1,2}) (.*)$/m.exec(block);
    if (!head) continue;
    const t = unescape(head[2]);
    if (head[1] === '#') {
      if (cur.title !== '(opening)' || cur.slides.length) sections.push(cur);
      cur = { title: t, slides: [] };
    } else {
      cur.slides.push(t);
      const items = block.split('\n').filter((l) => l.startsWith('- '));
      const bullets = items.map((l) => unescape(l.slice(2)).replace(/^\*\*(.*)\*\*$/, '$1'));
      // An overview's items are bold heads (sub-point titles, cards).
      const bold = items.length > 0 && items.every((l) => l.startsWith('- **'));
      slides.push({ title: t, section: cur.title, bullets, notes: block.split('::: notes')[1] ?? '', bold });
    }
  }
  sections.push(cur);
  return { title, sections, slides };
}

// Junk that must appear nowhere in an outline (slides or notes).
const JUNK = /总书记、国家主席、中央军委主席习近平|新华社记者|记者 [\u4e00-\u9fff]{2,4}\/摄|\/摄|[（(]新华社[^）)]*电[）)]|《 人民日报 》|当前位置|发表时间|阅读量|【字[号体]|扫一扫|打印本页|关闭窗口|相关报道|⑴|〔\d〕|P\.M\. EDT|published_time|source_url|\*\\\*\\\*/;
const MARKER = /^(?:首先，|其次，|再次，|最后，|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+(?:个问题)?[，：]|[一二三四五六七八九十]+[是要]|(?:First|Second|Third|Fourth|Fifth|Finally),\s*)/;
// The documents whose text names no title (G20: remarks without a header or a meeting sentence).
const FILE_NAME_TITLE = new Set(['zh-speech-2020-03-26-xi-g20-extraordinary-summit.txt']);
const LEADING_CONNECTIVE = /^(?:就(?!业)|并(?!购)|并且|而|而且|同时|但|但是|却|且|也|还|又|才|则|所以|因此|等等)|^(?:and|but|so|or|yet|then|because|which)\b/i;
const ONLY_FIGURE = /^[\d０-９.,，%％\s年月日号至到—\-~～、万亿千百余多个人次元]+$/;
const bare = (t: string) => t.replace(MARKER, '').replace(/[。，：:,.]$/, '').toLowerCase();

describe.skipIf(!hasShared)('outline: golden structure of every corpus speech and the seed', () => {
  for (const file of docs) {
    const name = path.basename(file);
    describe(name, () => {
      const input = readShared(file);
      const r = outline(input, { file: name });
      const got = shape(r.markdown);
      const goldenFile = path.join(goldenDir, name.replace(/\.txt$/, '.json'));

      it('has the golden title, sections (the headings exactly) and sub-point titles', () => {
        const want: Shape = { title: got.title, sections: got.sections };
        if (process.env.UPDATE_GOLDEN || !existsSync(goldenFile)) writeFileSync(goldenFile, JSON.stringify(want, null, 2) + '\n');
        expect(want).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
      });

      it('takes its title from the text, not the file name (only G20, whose text names no meeting, falls back — with a warning)', () => {
        const stem = name.replace(/\.txt$/, '');
        const warned = r.warnings.map((w) => w.message).join('\n');
        if (FILE_NAME_TITLE.has(name)) {
          expect(got.title).toBe(stem);
          expect(warned).toMatch(/no title found in the text; the outline uses the file name/);
        } else {
          expect(got.title).not.toBe(stem);
          expect(got.title.length).toBeGreaterThan(4);
          expect(warned).not.toMatch(/file name/);
        }
      });

      it('has no caption, dateline, page chrome or footnote mark anywhere, slides or notes', () => {
        expect(r.markdown).not.toMatch(JUNK);
      });

      it('cuts no title with "…", and no slide repeats its section’s title', () => {
        for (const s of got.sections) expect(s.title).not.toMatch(/…$|\.\.\.$/);
        for (const s of got.slides) {
          expect(s.title).not.toMatch(/…$|\.\.\.$/);
          if (s.section !== '(opening)') expect([s.section, bare(s.title)]).not.toEqual([s.section, bare(s.section)]);
        }
      });

      it('gives every slide 2–4 bullets that stand alone (no connective, no bare date or figure), short enough to say', () => {
        for (const s of got.slides) {
          const overview = s.bold;
          expect([s.title, s.bullets.length >= 2]).toEqual([s.title, true]);
          // An overview of sub-points, or a point's inline list (一是…十五是), is one list (the fitter splits it).
          const list = s.bullets.every((b) => MARKER.test(b));
          if (!overview && !list) expect([s.title, s.bullets.length <= 4]).toEqual([s.title, true]);
          for (const b of s.bullets) {
            const lang = /[\u4e00-\u9fff]/.test(b) ? 'zh' : 'en';
            // Overview items are the sub-points' own titles (首先，是革命还是反革命？); bullets must stand alone.
            if (!overview) expect([b, standsAlone(b.replace(MARKER, ''), lang)]).toEqual([b, true]);
            // Checked here without the outliner's own rules: no leading connective, not only a date or a figure.
            expect(b.replace(MARKER, '')).not.toMatch(LEADING_CONNECTIVE);
            expect(b.replace(MARKER, '')).not.toMatch(ONLY_FIGURE);
            if (!overview && !list) {
              if (lang === 'zh') expect([b, b.length <= 40]).toEqual([b, true]);
              else expect([b, b.split(/\s+/).length <= 15]).toEqual([b, true]);
            }
          }
        }
      });

      if (file === seedFile) {
        it('the seed gives its three points 一要…二要…三要 as the sections', () => {
          expect(got.sections.map((x) => x.title.slice(0, 2))).toEqual(['一要', '二要', '三要']);
        });
      }

      it('keeps every sentence of the speech in the headings or notes, and parses without warnings', () => {
        expect(missingSentences(input, r)).toEqual([]);
        const { deck, warnings } = parse(r.markdown, { file: name.replace(/\.txt$/, '.md') });
        expect(warnings).toEqual([]);
        for (const s of deck.slides.filter((x) => x.layout === 'content')) expect(s.blocks.length).toBeGreaterThan(0);
      });
    });
  }
});
