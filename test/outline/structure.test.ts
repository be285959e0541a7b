// Issue 13's cases on small texts: headings that end where they end, titles from the opening, captions spliced
// before markers, 要求/要素 not markers, *** separators, weak-structure warnings, Markdown refused.
import { describe, expect, it } from 'vitest';
import { HuibaoError } from '../../src/errors.js';
import { outline } from '../../src/outline/index.js';
import { junkReason } from '../../src/outline/junk.js';
import { markerAt } from '../../src/outline/markers.js';
import { headingEnd } from '../../src/outline/sentences.js';
import { standsAlone, trimTitle } from '../../src/outline/titles.js';
import { sections } from './helpers.js';

describe('outline: where a heading ends', () => {
  const cut = (t: string) => t.slice(0, headingEnd(t, 0, 2, 'zh'));
  it('at a body opener, after 关于…工作回顾, before a subject + 离不开, at the first 。', () => {
    expect(cut('一、关于上半年工作回顾今年以来，在市委的坚强领导下，我们')).toBe('一、关于上半年工作回顾');
    expect(cut('一、保护和激发市场主体活力改革开放以来，我国逐步建立')).toBe('一、保护和激发市场主体活力');
    expect(cut('三、集中力量办好自己的事我在今年全国“两会”上讲过，面向未来')).toBe('三、集中力量办好自己的事');
    expect(cut('三、大力弘扬科学家精神科学成就离不开精神支撑。科学家')).toBe('三、大力弘扬科学家精神');
    // A whole heading sentence is kept, even when it holds 我国.
    expect(cut('第一个问题：深刻认识我国脱贫攻坚取得的决定性进展。党的十八大以来')).toBe('第一个问题：深刻认识我国脱贫攻坚取得的决定性进展。');
    expect(cut('四、不懂得和不了解的东西要问下级，不要轻易表示赞成或反对。')).toBe('四、不懂得和不了解的东西要问下级，不要轻易表示赞成或反对。');
  });
  it('at a U+3000 pair: the heading is a paragraph of its own', () => {
    const r = outline('同志们：\n一、关于工作回顾　　我们也要看到，困难不少，任务很重。要加强统筹，要狠抓落实。\n二、面临的困难挑战　　我们也要看到，风险仍然很多。要强化底线思维，要防范化解风险。');
    expect(sections(r.markdown)).toEqual(['一、关于工作回顾', '二、面临的困难挑战']);
  });
});

describe('outline: titles from the text', () => {
  it('the opening names the meeting: 今天，我们召开X会议 → 在X上的讲话', () => {
    const r = outline('同志们：\n今天，我们召开全市安全生产工作会议，主要任务是部署工作。一要压实责任。要层层落实。二要排查隐患。要全面排查。', { file: 'a.txt' });
    expect(r.markdown).toMatch(/^---\ntitle: 在全市安全生产工作会议上的讲话\n/);
    expect(r.warnings.map((w) => w.message).join()).not.toMatch(/file name/);
  });
  it('title, date and speaker run into the first sentence', () => {
    const r = outline('在全市工作座谈会上的讲话（2023年5月6日）王某某同志们：今天我讲两点。一要压实责任。要层层落实。二要排查隐患。要全面排查。', { file: 'b.txt' });
    expect(r.markdown).toMatch(/^---\ntitle: 在全市工作座谈会上的讲话\nauthor: 王某某\ndate: 2023年5月6日\n/);
  });
  it('the file name only as a last resort, with a warning', () => {
    const r = outline('一要压实责任。要层层落实。\n二要排查隐患。要全面排查。', { file: 'dir/talk-2024.txt' });
    expect(r.markdown).toMatch(/^---\ntitle: talk-2024\n/);
    expect(r.warnings.map((w) => w.message)).toContain('no title found in the text; the outline uses the file name "talk-2024" — edit the title in the front matter');
  });
  it('English titles are shortened at a clause or phrase boundary, never with "…"', () => {
    const t = trimTitle('Second, the officials and the Mayor discussed a plan to rebuild the bridges that were damaged by the floods last spring, and to fund it.', 'en');
    expect(t).toBe('Second, the officials and the Mayor discussed a plan to rebuild the bridges');
    // Not inside a list (the bridges, the roads, the schools and the hospitals).
    const list = trimTitle('Second, the officials and the Mayor discussed a plan to rebuild the bridges, the roads, the schools and the hospitals that were damaged by the floods last spring and summer in the valley.', 'en');
    expect(list).not.toMatch(/, the (?:roads|schools)$/);
    expect(list).toMatch(/^Second, the officials and the Mayor discussed a plan/);
    expect(trimTitle('Around the world, we’re seeing efforts to undermine the rules-based order: with China’s increasingly coercive actions in the Indo-Pacific and beyond.', 'en')).toBe('Around the world, we’re seeing efforts to undermine the rules-based order');
  });
});

describe('outline: junk wherever it sits', () => {
  it('a photo caption spliced right before a marker is dropped, and the marker found', () => {
    const text = [
      '同志们：今天我讲三点。',
      '第一，压实安全责任。责任重于泰山，必须层层压实，一级抓一级。2024年3月8日，市长在会上讲话。 记者 张某/摄第二，排查整治隐患。要全覆盖检查，发现一处整改一处。第三，加强应急准备。要备足物资，完善预案，加强演练。',
    ].join('\n');
    const r = outline(text, { file: 'c.txt' });
    expect(sections(r.markdown)).toEqual(['第一，压实安全责任', '第二，排查整治隐患', '第三，加强应急准备']);
    expect(r.markdown).not.toMatch(/摄|记者|市长在会上讲话/);
    expect(r.dropped).toContainEqual({ line: 2, text: '2024年3月8日，市长在会上讲话。 记者 张某/摄', reason: 'photo caption' });
  });
  it('a *** line is a separator (and so is a longer one); ** is not', () => {
    expect(junkReason('***')).toBe('separator');
    expect(junkReason('*****')).toBe('separator');
    expect(junkReason('**')).toBeUndefined();
    const r = outline('一要压实责任。要层层落实，一级抓一级。\n***\n二要排查隐患。要全面排查，发现一处整改一处。', { file: 'd.txt' });
    expect(r.markdown).not.toMatch(/\*\*\*|\\\*\\\*\\\*/);
    expect(r.dropped).toContainEqual({ line: 2, text: '***', reason: 'separator' });
  });
});

describe('outline: 要求/要素/要点/要件 after 一/二/三 are not 一要 markers', () => {
  it('markerAt refuses them', () => {
    for (const w of ['三要素缺一不可', '二要求明确', '一要点清楚', '三要件齐全']) expect([w, markerAt(w, 0, true)]).toEqual([w, null]);
    expect(markerAt('三要狠抓落实', 0, true)).toMatchObject({ family: 'zh-yao', ordinal: 3 });
  });
  it('"三要素缺一不可" does not become a third section of a two-point speech', () => {
    const r = outline(['同志们：我讲两点意见。', '一要压实责任。要层层落实，一级抓一级。', '二要排查隐患。安全检查讲究三要素。', '三要素缺一不可，人、物、环境都要查到。'].join('\n'), { file: 'e.txt' });
    expect(sections(r.markdown)).toEqual(['一要压实责任', '二要排查隐患']);
    expect(r.warnings.map((w) => w.message).join()).not.toMatch(/announces/);
  });
});

describe('outline: bullets that stand alone', () => {
  it('refuses connectives, scene-setting clauses and bare dates or figures', () => {
    for (const b of ['就做好下半年工作提出了要求', '并要求各地抓好落实', '而且要持续用力', '这是一件大事', '在此，我代表市人民政府', '2018年至2022年', '3046万人', '各地区各部门采取防控举措时', 'and we will do it']) {
      expect([b, standsAlone(b, /[a-z]/.test(b) ? 'en' : 'zh')]).toEqual([b, false]);
    }
    for (const b of ['就业促进更有力', '这五年，发展质效持续提升', '全年地区生产总值增长5.2%', 'We will operate in the context of the Middle East']) {
      expect([b, standsAlone(b, /[a-z]/.test(b) ? 'en' : 'zh')]).toEqual([b, true]);
    }
  });
});

describe('outline: confidence and refusals', () => {
  it('one warning when the structure is weak, suggesting huibao outline + editing', () => {
    const r = outline('同志们：我讲三点意见。\n一要压实责任。要层层落实。\n二要排查隐患。要全面排查。', { file: 'f.txt' });
    const weak = r.warnings.filter((w) => /structure found is weak/.test(w.message));
    expect(weak).toHaveLength(1);
    expect(weak[0].message).toBe('the structure found is weak (the announced count does not match): run `huibao outline f.txt -o outline.md`, edit the outline, then build the .md');
    const ok = outline('同志们：我讲两点意见。\n一要压实责任。要层层落实。\n二要排查隐患。要全面排查。', { file: 'g.txt' });
    expect(ok.warnings.filter((w) => /weak/.test(w.message))).toEqual([]);
  });
  it('Markdown is refused: it is already an outline', () => {
    const md = '---\ntitle: t\n---\n\n# 一、工作\n\n## 要点\n\n- 甲\n- 乙\n';
    for (const file of ['talk.md', 'talk.txt']) {
      try {
        outline(md, { file });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(HuibaoError);
        expect((e as HuibaoError).message).toMatch(/already a Markdown outline, not a speech: build it with `huibao build`/);
      }
    }
  });
});

describe('outline: a 第一个问题： section keeps its own number in the deck', () => {
  it('hasOwnNumber knows 第N个问题：/第N个方面', async () => {
    const { hasOwnNumber } = await import('../../src/layout/numbering.js');
    expect(hasOwnNumber('第一个问题：深刻认识我国脱贫攻坚取得的决定性进展')).toBe(true);
    expect(hasOwnNumber('第二个方面：加强领导')).toBe(true);
    expect(hasOwnNumber('第一书记的职责')).toBe(false);
  });
});
