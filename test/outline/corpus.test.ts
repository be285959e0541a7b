// The four corpus speeches (../shared/corpus/speeches): the points a reader finds, no junk on slides, nothing
// of the speech lost, and a Markdown outline the parser reads without a warning. Titles verified by reading.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline, type OutlineResult } from '../../src/outline/index.js';
import { parse } from '../../src/parse/index.js';
import { hasShared, missingSentences, onSlides, readShared, sections, slideTitles, speechDir } from './helpers.js';

function load(name: string): { input: string; r: OutlineResult } {
  const input = hasShared ? readShared(path.join(speechDir, name)) : '';
  return { input, r: hasShared ? outline(input, { file: name }) : ({} as OutlineResult) };
}

/** Page chrome, captions, datelines, footnotes, transcript times: none may reach a slide or a note. */
const JUNK = /^(?:- )?(?:下载|打印|全屏|收藏|加大|还原|减小|】)$|【字号|来源：|时间：|相关报道|新华社北京|人民日报 》|⑴|⑵|⑶|〔\d〕|注\s*释|P\.M\. EDT|THE PRESIDENT|published_time|source_url|-{6,}/m;

function common(name: string, input: string, r: OutlineResult): void {
  it('drops the junk from slides and notes', () => {
    expect(r.markdown).not.toMatch(JUNK);
    expect(onSlides(r.markdown)).not.toMatch(JUNK);
  });
  it('keeps every other sentence in the headings or notes', () => {
    expect(missingSentences(input, r)).toEqual([]);
  });
  it('parses as a huibao deck without warnings, with one section slide per point', () => {
    const { deck, warnings } = parse(r.markdown);
    expect(warnings).toEqual([]);
    expect(deck.slides.filter((s) => s.layout === 'section')).toHaveLength(r.structure.sections);
    expect(deck.slides.filter((s) => s.layout === 'content' || s.layout === 'quote')).toHaveLength(r.structure.slides);
    for (const s of deck.slides.filter((x) => x.layout === 'content')) expect(s.blocks.length + s.notes.length).toBeGreaterThan(0);
  });
  it('is stable', () => {
    expect(outline(input, { file: name }).markdown).toBe(r.markdown);
  });
}

describe.skipIf(!hasShared)('outline: Mao, 党委会的工作方法 (12 flat points, footnotes)', () => {
  const name = 'zh-speech-1949-mao-party-committee-work-methods.txt';
  const { input, r } = load(name);
  it('finds the twelve points 一、…十二、 with their first sentences as titles', () => {
    expect(sections(r.markdown)).toEqual([
      '一、党委书记要善于当“班长”',
      '二、要把问题摆到桌面上来',
      '三、“互通情报”',
      '四、不懂得和不了解的东西要问下级，不要轻易表示赞成或反对',
      '五、学会“弹钢琴”',
      '六、要“抓紧”',
      '七、胸中有“数”',
      '八、“安民告示”',
      '九、“精兵简政”',
      '十、注意团结那些和自己意见不同的同志一道工作',
      '十一、力戒骄傲',
      '十二、划清两种界限',
    ]);
    expect(r.structure).toMatchObject({ sections: 12, style: '一、 > 首先，' });
  });
  it('reads the title and date from the heading lines, the 题注 into the title slide’s notes', () => {
    expect(r.markdown).toMatch(/^---\ntitle: 党委会的工作方法\ndate: 一九四九年三月十三日\nlang: zh-CN\n---\n\n::: notes\n这是毛泽东/);
  });
  it('splits point 12 at 首先/其次, and keeps the closing paragraph', () => {
    const titles = slideTitles(r.markdown);
    expect(titles.slice(-3)).toEqual(['首先，是革命还是反革命？', '其次，在革命的队伍中，要划清正确和错误、成绩和缺点的界限', '我和政治局的同志觉得，要有以上这些方法，才能把党委的工作搞好']);
  });
  it('reports the footnote marks and the 注释 block as dropped', () => {
    expect(r.dropped.filter((d) => d.reason === 'footnote mark').map((d) => d.text)).toEqual(['⑴', '⑵', '⑶']);
    expect(r.dropped.filter((d) => d.reason === 'notes block')).toHaveLength(4);
  });
  common(name, input, r);
});

describe.skipIf(!hasShared)('outline: Xi, G20 extraordinary summit (以下4点倡议, U+3000 pairs)', () => {
  const name = 'zh-speech-2020-03-26-xi-g20-extraordinary-summit.txt';
  const { input, r } = load(name);
  it('finds the four proposals 第一…第四 and matches the announced count', () => {
    expect(sections(r.markdown)).toEqual([
      '第一，坚决打好新冠肺炎疫情防控全球阻击战',
      '第二，有效开展国际联防联控',
      '第三，积极支持国际组织发挥作用',
      '第四，加强国际宏观经济政策协调',
    ]);
    expect(r.structure).toMatchObject({ sections: 4, announced: 4, style: '第一，' });
    expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/announces/);
  });
  it('does not take 第一位 or a lone 首先， for a point; greeting in the title notes, 谢谢大家 as the closing', () => {
    expect(r.markdown).toMatch(/\nclosing: 谢谢！\n/);
    expect(r.markdown).toMatch(/::: notes\n尊敬的萨勒曼国王，各位同事：\n\n大家好！首先，/);
    expect(sections(r.markdown).join('')).not.toMatch(/第一位|首先/);
  });
  it('drops the dateline and the newspaper line', () => {
    expect(r.dropped.map((d) => d.reason)).toEqual(expect.arrayContaining(['dateline', 'publication line']));
  });
  common(name, input, r);
});

describe.skipIf(!hasShared)('outline: Jilin 2026 government work report (3 levels, scraper junk)', () => {
  const name = 'zh-report-2026-jilin-gov-work-report.txt';
  const { input, r } = load(name);
  it('finds the four parts 一、…四、', () => {
    expect(sections(r.markdown)).toEqual(['一、工作回顾', '二、2026年工作安排', '三、“十五五”时期主要目标任务', '四、全面提升政府治理效能']);
    expect(r.structure).toMatchObject({ sections: 4, levels: 3 });
  });
  it('reads title, subtitle, date and speaker from the header', () => {
    expect(r.markdown).toMatch(/^---\ntitle: 2026年吉林省政府工作报告\nsubtitle: 2026年1月27日在吉林省第十四届人民代表大会第五次会议上\nauthor: 省长 胡玉亭\ndate: 2026年1月27日\n/);
    expect(parse(r.markdown).deck.meta).toMatchObject({ title: '2026年吉林省政府工作报告', date: '2026年1月27日', author: '省长 胡玉亭', lang: 'zh-CN' });
  });
  it('makes 一是…七是, （一）…（八） and the 当好… paragraphs slides', () => {
    const titles = slideTitles(r.markdown);
    for (const t of ['一是全力以进促稳', '七是加强政府自身建设', '（一）促进消费投资良性互动，主动服务融入新发展格局', '（八）更好统筹发展和安全，以新安全格局保障新发展格局', '深入实施提振消费专项行动', '（二）重点任务', '当好创造性执行者', '当好清正廉洁的守护人']) {
      expect(titles).toContain(t);
    }
    expect(titles.filter((t) => /^（[一二三四五六七八]）/.test(t))).toHaveLength(10);
    expect(titles.filter((t) => /^[一二三四五六七]是/.test(t))).toHaveLength(7);
  });
  it('turns the inline 一是…十五是 into the bullets of （二）重点任务', () => {
    const block = r.markdown.split('## （二）重点任务\n')[1].split('::: notes')[0];
    const bullets = block.split('\n').filter((l) => l.startsWith('- '));
    expect(bullets).toHaveLength(15);
    expect(bullets[0]).toBe('- 一是构建体现吉林特色的现代化产业体系，巩固壮大实体经济根基');
    expect(bullets[14]).toMatch(/^- 十五是筑牢安全发展屏障/);
  });
  it('reports the page chrome as dropped', () => {
    expect(r.dropped.filter((d) => d.reason === 'page chrome').map((d) => d.text)).toEqual(['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】']);
  });
  common(name, input, r);
});

describe.skipIf(!hasShared)('outline: Biden, Competition Council remarks (English, hard wraps, First/Second/Third)', () => {
  const name = 'en-speech-2023-07-19-biden-competition-council-meeting.txt';
  const { input, r } = load(name);
  it('finds First, Second, Third', () => {
    const s = sections(r.markdown);
    expect(s).toHaveLength(3);
    expect(s[0]).toMatch(/^First, the Department of Agriculture/);
    expect(s[1]).toBe('Second, we’re cracking down on hidden junk fees in rental housing');
    expect(s[2]).toMatch(/^Third, this morning, the Department of Justice/);
    expect(r.structure).toMatchObject({ sections: 3, style: 'First,' });
  });
  it('takes title and date from the YAML header and writes lang: en', () => {
    expect(r.markdown).toMatch(/^---\ntitle: Remarks by President Biden in Meeting of the White House Competition Council\ndate: "2023-07-19"\nlang: en\n---/);
  });
  it('joins hard-wrapped lines into paragraphs', () => {
    expect(r.markdown).toContain('The reason we’re late: It’s all my fault. I know that’s a shock. But I must tell you, I couldn’t resist.');
  });
  it('ends the last point where the closing begins (I’ll close with this): the closing has no standing bullets (a hand-over), so it is the last slide’s notes', () => {
    expect(slideTitles(r.markdown).at(-1)).toBe('Anti-competitive mergers can hurt people and drive up costs as well');
    const last = r.markdown.split('## Anti-competitive mergers')[1];
    expect(last).toMatch(/::: notes\n[\s\S]*I’ll close with this[\s\S]*With that, I’m turn it over/);
  });
  common(name, input, r);
});
