// Small speeches of our own, one per marker style and one per false-marker trap.
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/outline/index.js';
import { findMarkers, findRuns, zhNumber } from '../../src/outline/markers.js';
import { segments } from '../../src/outline/sentences.js';
import { parse } from '../../src/parse/index.js';
import { missingSentences, sections, slideTitles } from './helpers.js';

const P = '　　'; // two U+3000: paragraph indent / break

function check(text: string) {
  const r = outline(text, { file: 't.txt' });
  expect(missingSentences(text, r)).toEqual([]);
  expect(parse(r.markdown).warnings).toEqual([]);
  return r;
}

describe('outline: marker styles', () => {
  it('一、二、三、 at line starts, （一）（二） under them', () => {
    const r = check(
      [
        '关于做好今年工作的报告',
        '同志们：',
        '下面我讲两个问题。',
        '一、关于去年的工作',
        '去年，我们完成了全年目标任务，经济运行总体平稳。',
        '（一）经济稳中有进。全年地区生产总值增长5.2%，固定资产投资增长3%。',
        '（二）民生持续改善。新增就业1.2万人，城乡居民收入稳步增长。',
        '二、关于今年的安排',
        '（一）稳住经济大盘。要抓项目、扩投资、促消费。',
        '（二）兜牢民生底线。要稳就业、保基本、促公平。',
        '谢谢大家！',
      ].join('\n'),
    );
    expect(sections(r.markdown)).toEqual(['一、关于去年的工作', '二、关于今年的安排']);
    // Each point: an overview of its sub-points (bold items: cards); sub-points too thin for two bullets get no
    // slide of their own, their text goes to the overview's notes.
    expect(slideTitles(r.markdown)).toEqual(['主要内容', '（一）经济稳中有进', '主要内容']);
    expect(r.markdown).toContain('## 主要内容\n\n- **经济稳中有进**：全年地区生产总值增长5.2%\n- **民生持续改善**：新增就业1.2万人，城乡居民收入稳步增长\n\n## （一）经济稳中有进\n\n- 全年地区生产总值增长5.2%\n- 固定资产投资增长3%');
    expect(r.markdown).toContain('## 主要内容\n\n- **稳住经济大盘**：抓项目、扩投资、促消费\n- **兜牢民生底线**：稳就业、保基本、促公平\n\n::: notes\n（一）稳住经济大盘。要抓项目');
    expect(r.structure).toMatchObject({ levels: 2, sections: 2, slides: 3, announced: 2, style: '一、 > （一）' });
    expect(r.markdown).toMatch(/^---\ntitle: 关于做好今年工作的报告\nlang: zh-CN\nclosing: 谢谢！\n---/);
    expect(r.warnings).toEqual([]);
  });

  it('1. 2. 3. with （1）（2） items inline', () => {
    const r = check(
      [
        '1. 抓好安全生产。主要做到：（1）压实责任；（2）排查隐患；（3）严格执法。',
        '2. 抓好防汛工作。汛期临近，要提前部署，备足物资。',
        '3. 抓好值班值守。节假日期间要严格落实领导带班制度。',
      ].join('\n'),
    );
    expect(sections(r.markdown)).toEqual(['1. 抓好安全生产', '2. 抓好防汛工作', '3. 抓好值班值守']);
    // Items inline become bullets; a note paragraph opening with "1." is escaped so it stays a paragraph.
    expect(r.markdown).toContain('## 主要内容\n\n- **（1）压实责任**\n- **（2）排查隐患**\n- **（3）严格执法**\n\n::: notes\n1\\. 抓好安全生产。主要做到：');
    expect(r.structure.style).toBe('1. > （1）');
  });

  it('一要…二要…三要… inline in one long line, with greeting and thanks', () => {
    const text =
      '同志们：今天会议的主要任务是部署全年工作。我强调三点意见。一要提高站位，切实增强责任感。各级各部门要把思想统一到决策部署上来。二要突出重点，扎实推进各项任务。要抓住关键环节，集中力量攻坚。三要强化保障，确保工作落到实处。要加强督查考核，严格责任追究。同志们！任务艰巨，使命光荣。让我们团结一心，奋力完成全年目标。谢谢大家！';
    const r = check(text);
    expect(sections(r.markdown)).toEqual(['一要提高站位，切实增强责任感', '二要突出重点，扎实推进各项任务', '三要强化保障，确保工作落到实处']);
    expect(r.structure).toMatchObject({ sections: 3, announced: 3, style: '一要' });
    expect(r.markdown).toMatch(/::: notes\n同志们：\n\n今天会议的主要任务/);
    expect(r.markdown).toContain('closing: 谢谢！');
    // The closing address and what follows it are notes after 三要, not its bullets.
    const third = r.markdown.split('# 三要')[1];
    expect(third.split('::: notes')[0]).not.toMatch(/任务艰巨|谢谢/);
    expect(third).toMatch(/\n\n同志们！\n\n任务艰巨，使命光荣。/);
  });

  it('一是…二是…三是… after U+3000 indentation, paragraphs split by U+3000 pairs', () => {
    const text = `${P}今年重点抓好三项工作。${P}一是稳增长。扩大有效投资，促进消费回升，稳住外贸基本盘。${P}二是促改革。深化国企改革，优化营商环境，激发市场活力。${P}三是惠民生。办好民生实事，稳定就业岗位，提高保障水平。`;
    const r = check(text);
    expect(sections(r.markdown)).toEqual(['一是稳增长', '二是促改革', '三是惠民生']);
    expect(r.structure.announced).toBe(3);
  });

  it('第一，第二，第三， (and 第一位 is not a marker)', () => {
    const r = check(
      [
        '始终把人民生命安全摆在第一位。我提出三点建议。',
        '第一，加强团结合作。各方要相互支持，共同应对挑战。',
        '第二，深化务实合作。要扩大贸易投资，畅通产业链供应链。',
        '第三，完善全球治理。要维护多边主义，坚持公平正义。',
      ].join('\n'),
    );
    expect(sections(r.markdown)).toEqual(['第一，加强团结合作', '第二，深化务实合作', '第三，完善全球治理']);
  });

  it('首先，其次，最后，', () => {
    const r = check(
      [
        '关于下一步工作，我讲几点意见。',
        '首先，要统一思想。思想是行动的先导，只有思想统一，才能行动一致。',
        '其次，要狠抓落实。一分部署，九分落实，要把任务分解到人。',
        '最后，要加强督导。督查室要定期通报进展，推动问题整改。',
      ].join('\n'),
    );
    expect(sections(r.markdown)).toEqual(['首先，要统一思想', '其次，要狠抓落实', '最后，要加强督导']);
    expect(r.structure.style).toBe('首先，');
  });

  it('English First, / Second, / Finally, with hard wraps', () => {
    const r = check(
      [
        'Thank you all for coming.',
        '',
        'Today I want to talk about three things that matter for our',
        'customers and for the people who work here every day.',
        '',
        'First, we will invest in training. Every engineer gets two weeks',
        'of paid learning time each year, starting in March.',
        '',
        'Second, we will fix the on-call rotation. Nobody should carry the',
        'pager for more than one week in a row.',
        '',
        'Finally, we will publish our roadmap. You will see what we plan',
        'and why, every quarter, in one place.',
      ].join('\n'),
    );
    expect(sections(r.markdown)).toEqual(['First, we will invest in training', 'Second, we will fix the on-call rotation', 'Finally, we will publish our roadmap']);
    expect(r.structure).toMatchObject({ announced: 3, style: 'First,' });
    expect(r.markdown).toContain('lang: en');
  });

  it('sub-points without numbers: parallel sentences (进一步…) and paragraph titles (当好…)', () => {
    const r = check(
      [
        '一、去年工作回顾',
        '一年来，我们攻坚克难，各项工作取得新成效。进一步优化了营商环境。审批时限压缩一半，新增市场主体两万户。进一步完善了基础设施。新建道路三百公里，改造管网一百公里。',
        '二、今年工作安排',
        '新的一年，要重点抓好以下工作。',
        '当好改革的促进派。要深化重点领域改革，破除体制机制障碍。',
        '当好发展的实干家。要盯紧项目建设，推动经济持续向好。',
      ].join('\n'),
    );
    expect(slideTitles(r.markdown)).toEqual(['主要内容', '主要内容']);
    expect(r.markdown).toMatch(/- \*\*进一步优化了营商环境\*\*(?:：[^\n]+)?\n- \*\*进一步完善了基础设施\*\*/);
    expect(r.markdown).toMatch(/- \*\*当好改革的促进派\*\*(?:：[^\n]+)?\n- \*\*当好发展的实干家\*\*/);
    expect(r.structure.style).toBe('一、 > “进一步…”/paragraph titles');
  });
});

describe('outline: false markers are not points', () => {
  it('统一、 and 一二十个 inside sentences; numbers inside sentences; years at a line start', () => {
    const occ = (s: string) => findMarkers(s, segments(s)).map((o) => o.family + o.ordinal);
    expect(occ('要统一、协调、高效。党委有一二十个人。统一、规范的标准很重要。')).toEqual([]);
    expect(occ('2025年，全市增长5.2%。今年完成投资1.5万亿元。3.5万人参加。')).toEqual([]);
    expect(occ('最后一公里要打通。First step. Firstly, go.')).toEqual(['en-ord1']);
  });

  it('最后一公里 is not 最后，; a lone 首先， is not a run', () => {
    const r = outline(['首先，我代表市委向大家表示感谢。', '要打通服务群众的最后一公里。', '各级干部要下沉一线，解决实际问题。'].join('\n'));
    expect(r.structure.sections).toBe(0);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/no numbered points found/));
    expect(r.markdown).not.toMatch(/^# /m);
  });

  it('“First step.” inside a quote is not a point', () => {
    const r = outline(['She told me, “First, step back. Second, breathe.” I never forgot it.', '', 'That is why we built this team the way we did.'].join('\n'), { lang: 'en' });
    expect(r.structure.sections).toBe(0);
  });

  it('a run must be in sequence: 一要 … 三要 (no 二要) is not a structure', () => {
    const r = outline('一要加强学习，提高本领。学习是立身之本。\n三要改进作风，密切联系群众。作风建设永远在路上。');
    expect(r.structure.sections).toBe(0);
  });

  it('warns when the announced count does not match the points found', () => {
    const r = outline('我讲三点意见。\n一要统一思想，提高认识。思想是行动的先导。\n二要狠抓落实，务求实效。落实是最好的作风。', { file: 'a.txt' });
    expect(r.structure.sections).toBe(2);
    expect(r.warnings).toContainEqual({ file: 'a.txt', line: 1, message: expect.stringMatching(/announces 3 points .* but 2 were found/) });
  });

  it('prefers the run that matches the announced count over an earlier list', () => {
    const r = outline(
      ['去年一是经济增长，二是民生改善。今天我讲三点意见。', '第一，要看清形势。形势总体向好。', '第二，要明确任务。任务十分艰巨。', '第三，要压实责任。责任重于泰山。'].join('\n'),
    );
    expect(sections(r.markdown)).toEqual(['第一，要看清形势', '第二，要明确任务', '第三，要压实责任']);
  });
});

describe('outline: numbers', () => {
  it('reads Chinese numerals up to 99 and rejects others', () => {
    expect([zhNumber('一'), zhNumber('十'), zhNumber('十二'), zhNumber('二十'), zhNumber('九十九'), zhNumber('一二'), zhNumber('十十')]).toEqual([1, 10, 12, 20, 99, null, null]);
  });
  it('runs: 1 starts, n+1 continues, 最后 ends; strays are ignored', () => {
    const text = '首先，甲。然后乙。其次，丙。再次，丁。最后，戊。其次，己。';
    const runs = findRuns(findMarkers(text, segments(text)));
    expect(runs.map((r) => r.occs.map((o) => o.ordinal))).toEqual([[1, 2, 3, -1]]);
  });
});
