// The seed speech: three points (一要/二要/三要), nine sub-points, nothing of the speech lost. A golden file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline, type OutlineResult } from '../../src/outline/index.js';
import { parse } from '../../src/parse/index.js';
import { hasShared, missingSentences, notesBlocks, readShared, repoRoot, sections, seedFile, slideTitles } from './helpers.js';

const golden = path.join(repoRoot, 'test', 'outline', 'golden', 'seed-speech-zh.md');

describe.skipIf(!hasShared)('outline: the seed speech', () => {
  const input = hasShared ? readShared(seedFile) : '';
  // Collected even when skipped: without ../shared there is no speech, so nothing is outlined.
  const r = hasShared ? outline(input, { file: 'speech-zh.txt' }) : ({} as OutlineResult);

  it('matches the golden outline (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, r.markdown);
    expect(r.markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it('has exactly the three points as sections, with the speech’s own titles', () => {
    expect(sections(r.markdown)).toEqual([
      '一要充分肯定学习成效，切实增强党史学习教育思想自觉',
      '二要着力抓好建章立制，不断推动党史学习教育常态长效',
      '三要持续促进成果转化，奋力谱写经济社会发展新篇章',
    ]);
    expect(r.structure).toMatchObject({ levels: 2, sections: 3, slides: 12, announced: 3 });
    expect(r.structure.style).toMatch(/^一要 > /);
  });

  it('gives each point an overview of its sub-points (bold items: cards), then the nine sub-points as slides', () => {
    expect(r.markdown).toContain('## 主要内容\n\n- **进一步强化了理论武装**：坚持以习近平总书记关于党史学习教育的重要论述为指导\n- **进一步厚植了为民情怀**：');
    expect(slideTitles(r.markdown).filter((t) => t !== '主要内容')).toEqual([
      '进一步强化了理论武装',
      '进一步厚植了为民情怀',
      '进一步提升了工作实效',
      '要持之以恒加强政治建设',
      '要持之以恒强化理论武装',
      '要持之以恒坚持率先垂范',
      '要学而思之，提高斗争本领',
      '要学而践之，厚植为民情怀',
      '要学而用之，谱写高质量发展新篇章',
    ]);
  });

  it('keeps every sentence of the speech in the notes (or headings)', () => {
    expect(missingSentences(input, r)).toEqual([]);
    const notes = notesBlocks(r.markdown);
    // Each sub-point's notes are its paragraph from the title sentence on.
    expect(notes.find((n) => n.startsWith('进一步强化了理论武装。始终坚持以习近平总书记'))).toContain('市政府党组成员理论武装进一步强化。');
    expect(notes.find((n) => n.startsWith('要学而用之'))).toMatch(/以优异成绩迎接党的二十大胜利召开。$/);
    // The greeting and the opening go to the title slide's notes, not to a point.
    expect(notes[0]).toMatch(/^同志们：\n\n刚才，我们一起学习了/);
  });

  it('gives 2–4 short bullets per slide, from the speaker’s words', () => {
    const slides = r.markdown.split(/^## /m).slice(1).filter((s) => !s.startsWith('主要内容'));
    expect(slides).toHaveLength(9);
    for (const s of slides) {
      const bullets = s.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
      expect(bullets.length).toBeGreaterThanOrEqual(2);
      expect(bullets.length).toBeLessThanOrEqual(4);
      for (const b of bullets) {
        expect(b.length).toBeLessThanOrEqual(40);
        expect(input.replace(/\s/g, '')).toContain(b.split(/[，、]/)[0]);
      }
    }
    expect(r.markdown).toContain('- 全面对标看齐抓落实，精准把握部署学重点\n');
  });

  it('parses as a huibao deck: title, agenda, 3 sections, 3 overviews + 9 content slides, notes kept', () => {
    const { deck, warnings } = parse(r.markdown, { file: 'seed.md' });
    expect(warnings).toEqual([]);
    expect(deck.slides.filter((s) => s.layout === 'section')).toHaveLength(3);
    expect(deck.slides.filter((s) => s.layout === 'content')).toHaveLength(12);
    expect(deck.meta.title).toBe('巩固拓展党史学习教育成果');
    expect(deck.slides[0].notes[0]).toBe('同志们：');
    const content = deck.slides.filter((s) => s.layout === 'content' && s.notes.length > 0);
    expect(content[0].notes[0]).toMatch(/^进一步强化了理论武装。/);
  });

  it('is stable: same input, same outline; CRLF and a BOM change nothing', () => {
    expect(outline(input, { file: 'speech-zh.txt' }).markdown).toBe(r.markdown);
    expect(outline('\uFEFF' + input.replace(/\n/g, '\r\n'), { file: 'speech-zh.txt' }).markdown).toBe(r.markdown);
  });
});
