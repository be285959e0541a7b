// English bullets and titles from spoken text: self-corrections repaired, fragments never a bullet; and a last
// point added after the numbered ones (最后，我还要强调的是…) is a section of its own.
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/outline/index.js';
import { bulletsFrom, trimTitle, unrepair } from '../../src/outline/titles.js';
import { sections, slideTitles } from './helpers.js';

describe('outline: spoken self-corrections are repaired on slides (the notes keep the words as said)', () => {
  it('a phrase said again, a word cut off, a determiner swapped, a false start, an aside then the word again', () => {
    expect(unrepair('We will not just aim to deter threats of regional — to regional stability')).toBe('We will not just aim to deter threats to regional stability');
    expect(unrepair('The United States will not allow — will not allow foreign powers')).toBe('The United States will not allow foreign powers');
    expect(unrepair('Companies made record profits during the pa- — the pandemic')).toBe('Companies made record profits during the pandemic');
    expect(unrepair('We will make sure that these — those countries can defend themselves')).toBe('We will make sure that those countries can defend themselves');
    expect(unrepair('You know, we aim to — we’ve — we’re taking aim at unfair clauses')).toBe('You know, we’re taking aim at unfair clauses');
    expect(unrepair('Capitalism — I’ve said it before, capitalism without competition isn’t capitalism')).toBe('Capitalism without competition isn’t capitalism');
    expect(unrepair('Growth is about competition, not — not about size')).toBe('Growth is about competition, not about size');
    // A dash that is not a repair stays.
    expect(unrepair('Integration, interconnection — these are the themes of our meeting')).toBe('Integration, interconnection — these are the themes of our meeting');
    expect(unrepair('Our experience since 2001 – and even before that – has proven it')).toBe('Our experience since 2001 – and even before that – has proven it');
  });
  it('a title is not cut between a word and the preposition it needs, nor inside a list of names', () => {
    expect(trimTitle('Finally, our joint efforts must be grounded in democracy and built on a respect for the rule of law and human rights in order to succeed over the long term.', 'en')).toBe(
      'Finally, our joint efforts must be grounded in democracy and built on a respect for the rule of law',
    );
    expect(trimTitle('Third, this morning, the Department of Justice and the Federal Trade Commission released their new guidelines on mergers for every industry.', 'en')).not.toMatch(/Justice$/);
  });
  it('a restart after a dash leaves no bullet (…going to make large corporations — making sure…)', () => {
    expect(bulletsFrom(['Now, the department and partners in the states are going to make large corporations — making sure they cannot raise food prices.'], 'en')).toEqual([]);
  });
  it('titles are repaired and never end on a dangling word', () => {
    expect(trimTitle('Third, the council will not just aim to deter threats of regional — to regional stability; we will work to reduce tensions across the whole region this year.', 'en')).toBe(
      'Third, the council will not just aim to deter threats to regional stability',
    );
    expect(trimTitle('That’s why, two years ago, I signed an executive order to create this council and to bring every agency of the government into the work of lowering costs.', 'en')).toBe(
      'That’s why, two years ago, I signed an executive order',
    );
  });
});

describe('outline: an English bullet is a whole statement', () => {
  const one = (s: string) => bulletsFrom([s], 'en', 4);
  it('no phrase without a main clause, no clause left open, no repair or aside left in', () => {
    for (const s of [
      'With the city’s increasingly crowded roads in the north and beyond.',
      'According to the Department of Transport.',
      'Even though the permit can cost as little as twenty dollars.',
      'The experts said: To get prices under control, we need to slow the whole economy down and put people out of work.',
      'I’ve said when I signed the order, we cannot accept bad mergers that lead to mass layoffs, higher prices and fewer options for workers.',
      'Our objectives are focused on — are — excuse me, are focused, realistic, and achievable.',
      'Our experience since 2001 – and even before that – has proven that we are much stronger when we stand together in the fight against hunger and poverty.',
      'I’ve rejected the notion that the reason for high prices is — it’s wages.',
    ]) {
      expect([s, one(s)]).toEqual([s, []]);
    }
  });
  it('whole short sentences and a sentence’s complete first clauses are kept, repaired', () => {
    expect(one('In the north, road builders have finished three new bridges.')).toEqual(['In the north, road builders have finished three new bridges']);
    expect(one('Growth is about competition, not — not about size.')).toEqual(['Growth is about competition, not about size']);
    expect(one('We’ve cut the waiting time for a permit in half; we will cut it again next year, and the year after that, until it takes a single day.')).toEqual(['We’ve cut the waiting time for a permit in half']);
  });
});

describe('outline: 最后，… after the numbered points is a point of its own', () => {
  const body = (closing: string) =>
    [
      '同志们：',
      '下面，我强调几点。',
      '一、关于安全生产',
      '第一，压实责任。要层层落实，一级抓一级，确保责任到人。第二，排查隐患。要全面排查，发现一处整改一处。',
      '二、关于民生保障',
      '第一，稳定就业。要扩大岗位，帮扶重点群体就业。第二，办好实事。要回应群众关切，按时完成民生项目。',
      closing,
    ].join('\n');
  it('a substantial 最后，我还要强调的是… is the last section, titled by what it says', () => {
    const r = outline(body('最后，我还要强调的是，在工作中，有些地方出现了重复填表、层层加码的现象。基层干部反映，一项工作要报送多份表格，内容相差无几，占用了大量时间。要让基层干部把精力用在抓落实上，对不作为、乱作为的干部要及时问责。'), { file: 'm.txt' });
    expect(sections(r.markdown)).toEqual(['一、关于安全生产', '二、关于民生保障', '最后，有些地方出现了重复填表、层层加码的现象']);
    expect(slideTitles(r.markdown).at(-1)).toBe('基层干部反映，一项工作要报送多份表格，内容相差无几');
  });
  it('the closing words (最后，让我们…) are not a point', () => {
    const r = outline(body('最后，让我们更加紧密地团结起来，坚定信心、真抓实干，为完成全年目标任务而努力奋斗！'), { file: 'n.txt' });
    expect(sections(r.markdown)).toEqual(['一、关于安全生产', '二、关于民生保障']);
  });
});
