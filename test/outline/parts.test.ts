// Work reports: unnumbered part headings become sections, an appendix list stays one list, and the overview of a
// point's sub-points is titled in the speaker's words. Fixtures in test/outline/fixtures are written for these
// tests (no corpus text).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/outline/index.js';
import { isPartHeading } from '../../src/outline/parts.js';
import { overviewTitle } from '../../src/outline/plan.js';
import { standsAlone, trimTitle } from '../../src/outline/titles.js';
import type { Node } from '../../src/outline/structure.js';
import { parse } from '../../src/parse/index.js';
import { missingSentences, notesBlocks, repoRoot, sections, slideTitles } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'test', 'outline', 'fixtures', name), 'utf8');

describe('outline: a part heading is a line of its own, by shape', () => {
  it('short, no sentence or clause punctuation, not numbered, not an address, not a list or a date', () => {
    for (const t of ['“十四五”时期发展成就回顾', '2031年工作安排', '政府自身建设', '过去五年工作回顾', 'Building a Stronger Region']) {
      expect([t, isPartHeading(t, /[a-z]/.test(t) ? 'en' : 'zh')]).toEqual([t, true]);
    }
    for (const t of ['一、工作回顾', '（一）扩大有效需求', '各位代表', '同志们：', '谢谢大家', '审计、统计、气象、地震', '（2030年1月10日）', '——在全市大会上', '五年的成绩来之不易。', '今年，我们要重点抓好', '政府', 'We will build, and we will win.', 'Thank you']) {
      expect([t, isPartHeading(t, /[a-z]/.test(t) ? 'en' : 'zh')]).toEqual([t, false]);
    }
  });
});

describe('outline: unnumbered part headings of a work report become sections', () => {
  const input = fixture('report-parts-zh.txt');
  const r = outline(input, { file: 'report-parts-zh.txt' });

  it('the three parts are the sections, the numbered runs inside each part are their sub-points', () => {
    expect(sections(r.markdown)).toEqual(['“十四五”时期发展成就回顾', '2031年工作安排', '政府自身建设']);
    expect(r.structure.style).toBe('part headings > 一是/（一）');
    expect(slideTitles(r.markdown)).toEqual([
      '主要内容',
      '一是产业结构持续优化',
      '二是城乡面貌明显改善',
      '三是民生保障更加有力',
      '四个方面',
      '（一）扩大有效需求',
      '（二）壮大实体经济',
      '（三）深化改革开放',
      '（四）增进民生福祉',
      '新征程对政府工作提出了新的更高要求',
    ]);
  });
  it('no part heading is a bullet of the opening, and the opening stays in the title slide’s notes', () => {
    const beforeFirst = r.markdown.slice(0, r.markdown.indexOf('\n# '));
    expect(beforeFirst).not.toMatch(/^## |^- /m);
    expect(notesBlocks(r.markdown)[0]).toBe('各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。');
    // The heading is on the section page, not repeated at the top of its notes.
    expect(r.markdown).toContain('# “十四五”时期发展成就回顾\n\n::: notes\n过去五年，是我市发展极不平凡的五年。');
  });
  it('keeps the speech whole, warns of nothing, and parses', () => {
    expect(missingSentences(input, r)).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(parse(r.markdown, { file: 'report-parts-zh.md' }).warnings).toEqual([]);
  });
  it('heading lines inside numbered points are sub-points of the point, not parts', () => {
    const text = [
      '各位代表：',
      '一、过去一年工作回顾',
      '过去一年，全市经济运行总体平稳，主要指标好于预期。',
      '产业发展',
      '制造业增加值增长百分之七，新增规模以上工业企业一百家。服务业稳步恢复，营业收入增长百分之五。',
      '民生保障',
      '城镇新增就业三万人，新建保障性住房两千套。完成老旧小区改造一百个，惠及居民两万户。',
      '二、今年工作安排',
      '今年要坚持稳中求进，抓好项目建设和民生实事，确保各项目标任务圆满完成。全年完成投资五百亿元。',
    ].join('\n');
    const o = outline(text, { file: 'h.txt' });
    expect(sections(o.markdown)).toEqual(['一、过去一年工作回顾', '二、今年工作安排']);
    expect(slideTitles(o.markdown)).toEqual(['主要内容', '产业发展', '民生保障', '今年要坚持稳中求进，抓好项目建设和民生实事']);
  });
});

describe('outline: an appendix is one list after the speech', () => {
  const input = fixture('report-appendix-zh.txt');
  const r = outline(input, { file: 'report-appendix-zh.txt' });

  it('附件：名词解释 with 1.…10.: one numbered list slide (the fit engine continues it), no item as a title', () => {
    expect(sections(r.markdown)).toEqual(['一、过去一年工作回顾', '二、今年工作安排', '三、加强政府自身建设']);
    const titles = slideTitles(r.markdown);
    expect(titles[titles.length - 1]).toBe('附件：名词解释');
    expect(titles.filter((t) => /一网通办|链长制|城市更新/.test(t))).toEqual([]);
    const list = r.markdown.slice(r.markdown.indexOf('## 附件：名词解释'));
    const items = list.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(items).toHaveLength(10);
    expect(items[0]).toBe('1. 一网通办：群众和企业办事只需登录一个平台、提交一次材料，即可办理多个部门的事项');
    expect(items[9]).toMatch(/^10\. 城市更新：/);
    expect(missingSentences(input, r)).toEqual([]);
  });
  it('in the deck: one list (continued on 续 slides when it does not fit), never ten slides', () => {
    const { deck, warnings } = parse(r.markdown, { file: 'report-appendix-zh.md' });
    expect(warnings).toEqual([]);
    const slide = deck.slides.find((s) => JSON.stringify(s).includes('附件：名词解释'));
    expect(slide).toBeDefined();
    expect(deck.slides.filter((s) => /一网通办：|城市更新：/.test(JSON.stringify(s.title ?? '')))).toEqual([]);
  });
  it('a numbered run that ends the text after the closing, under a short heading line, is the appendix too', () => {
    const text = [
      '同志们：',
      '一、抓好安全生产。要压实责任，层层落实，一级抓一级。要排查隐患，全面覆盖，不留死角。',
      '二、抓好民生保障。要稳就业促增收，扩大就业岗位。要办好民生实事，回应群众关切。',
      '同志们！让我们真抓实干，奋力完成全年目标任务！',
      '本文部分用语说明',
      '1.安全生产清单：把各方责任逐项列明的工作清单。',
      '2.民生实事：每年向社会公开承诺办理的惠民项目。',
      '3.网格化管理：把社区划成若干网格、每格专人负责的管理方式。',
    ].join('\n');
    const o = outline(text, { file: 'i.txt' });
    expect(sections(o.markdown)).toEqual(['一、抓好安全生产', '二、抓好民生保障']);
    expect(o.markdown).toContain('## 本文部分用语说明\n\n1. 安全生产清单：把各方责任逐项列明的工作清单\n2. 民生实事：每年向社会公开承诺办理的惠民项目\n3. 网格化管理：');
  });
  it('a numbered list inside the speech is not an appendix', () => {
    const text = ['同志们：', '今年重点抓好三件事。', '1.抓好安全生产。要压实责任，层层落实。', '2.抓好民生保障。要稳就业，促增收。', '3.抓好作风建设。要转变作风，狠抓落实。'].join('\n');
    const o = outline(text, { file: 'j.txt' });
    expect(sections(o.markdown)).toEqual(['1.抓好安全生产', '2.抓好民生保障', '3.抓好作风建设']);
    expect(o.markdown).not.toMatch(/^\d+\. /m);
  });
});

describe('outline: the overview slide is titled in the speaker’s words', () => {
  const speech = (announce: string) =>
    ['同志们：', '一、关于安全生产', `${announce}一是压实责任。要层层落实，一级抓一级，确保责任到人。`, '二是排查隐患。要全面排查，发现一处整改一处，不留死角。', '三是强化执法。要严格执法，对违法行为依法查处，形成震慑。', '二、关于民生保障', '要稳就业促增收，扩大就业岗位。要办好民生实事，回应群众关切。'].join('\n');
  const overviewOf = (announce: string) => slideTitles(outline(speech(announce), { file: 'k.txt' }).markdown)[0];
  it('我提三点要求 → 三点要求; 讲几点意见 → 三点意见 (the count found); 抓好三个方面 → 三个方面', () => {
    expect(overviewOf('对安全生产，我提三点要求。')).toBe('三点要求');
    expect(overviewOf('对安全生产，我讲几点意见。')).toBe('三点意见');
    expect(overviewOf('今年要重点抓好三个方面。')).toBe('三个方面');
  });
  it('no announcement, or a count that does not match: the neutral 主要内容', () => {
    expect(overviewOf('')).toBe('主要内容');
    expect(overviewOf('对安全生产，我提四点要求。')).toBe('主要内容');
  });
  it('English: three things → Three things; else Overview', () => {
    const node = (n: number, text?: string, count?: number) =>
      ({ start: 0, end: 1, level: 1, kind: 'numbered', children: Array.from({ length: n }, () => ({ start: 0, end: 1, level: 2, kind: 'numbered', children: [] })), announced: text ? { pos: 0, count, text } : undefined }) as Node;
    expect(overviewTitle(node(3, 'Let me say three things about the year ahead.', 3), 'en')).toBe('Three things');
    expect(overviewTitle(node(2, 'I have a few priorities.'), 'en')).toBe('Two priorities');
    expect(overviewTitle(node(3), 'en')).toBe('Overview');
    expect(overviewTitle(node(3, '我讲四点意见。', 4), 'zh')).toBe('主要内容');
  });
});

describe('outline: a Chinese title says what it leads to', () => {
  it('never cut inside a 、-list; a lead-in verb (认识到) takes the clause it leads to, without a scene-setting first clause when too long', () => {
    expect(trimTitle('此外，审计、统计、气象、地震、参事、文史、新闻出版、广播电视等工作取得新成效，工会、妇女儿童等事业取得新进步。', 'zh')).toBe('审计、统计、气象、地震、参事、文史、新闻出版、广播电视等工作取得新成效');
    expect(trimTitle('在肯定成绩的同时，我们也清醒认识到，发展不平衡不充分问题仍然突出，产业结构还不够优。', 'zh')).toBe('在肯定成绩的同时，我们也清醒认识到，发展不平衡不充分问题仍然突出');
    expect(trimTitle('在看到成绩的同时，我们也清醒认识到，我区经济总量小、产业层次低、创新能力弱的问题仍然存在，民生保障还有不少短板。', 'zh')).toBe('我们也清醒认识到，我区经济总量小、产业层次低、创新能力弱的问题仍然存在');
  });
});

describe('outline: half of a pair is no bullet', () => {
  it('不仅/不但 without 而且/也/还 does not stand alone; with it, it does', () => {
    expect(standsAlone('领导工作不仅要决定方针政策', 'zh')).toBe(false);
    expect(standsAlone('我们不仅要善于团结和自己意见相同的同志', 'zh')).toBe(false);
    expect(standsAlone('不仅要决定方针政策，而且要讲究工作方法', 'zh')).toBe(true);
    expect(standsAlone('经过艰苦努力', 'zh')).toBe(false);
  });
});
