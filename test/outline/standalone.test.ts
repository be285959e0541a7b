// A bullet is a statement a presenter would say on its own: not half of a pair, not the subject of a clause cut
// off, not a clause that continues the one before, not a list of names or a scene; an English bullet is not a
// noun phrase, a list item (One that…), one item of the announced run, or a hand-over. A slide's title is not a
// scene clause. And a count said in more than one character (讲好十一个方面) is read whole.
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/outline/index.js';
import { findAnnouncements } from '../../src/outline/markers.js';
import { overviewTitle, zhNumeral } from '../../src/outline/plan.js';
import { segments } from '../../src/outline/sentences.js';
import type { Node } from '../../src/outline/structure.js';
import { bulletsFrom, leadTitle, standsAlone } from '../../src/outline/titles.js';
import { sections, slideTitles } from './helpers.js';

describe('Chinese bullets stand alone', () => {
  it('half of a pair is no bullet until the other half comes', () => {
    for (const half of ['我国基础研究虽然取得显著进步', '只有真诚回报社会的企业家', '我说过，企业既有经济责任、法律责任', '基础研究一方面要遵循科学发现自身规律', '如果在工作方法上疏忽了', '无论在地方上或部队里']) {
      expect([half, standsAlone(half, 'zh')]).toEqual([half, false]);
    }
    for (const whole of ['我国基础研究虽然取得显著进步，但同国际先进水平的差距还是明显的', '企业既有经济责任、法律责任，也有社会责任、道德责任', '如果没有准备，就不要急于开会', '禁止给党的领导者祝寿']) {
      expect([whole, standsAlone(whole, 'zh')]).toEqual([whole, true]);
    }
  });
  it('a scene (…发生后, …期内, 针对…, 从…，到…) or a last clause that only sets one, a list of names, thanks: no bullet', () => {
    for (const t of ['武汉新型冠状病毒肺炎疫情发生后', '党中央反复强调，脱贫攻坚期内', '针对这次疫情应对中暴露出来的短板和不足', '建立长效机制，对脱贫领域的突出问题', '加强教育引导，通过常态化宣讲和物质奖励等形式', '从清末民初的张謇，到抗战时期的卢作孚、陈嘉庚', '再到新中国成立后的荣毅仁、王光英', '美国的爱迪生、福特，德国的西门子', '借此机会，我向广大科技工作者表示衷心的感谢', '等等，都是爱国企业家的典范']) {
      expect([t, standsAlone(t, 'zh')]).toEqual([t, false]);
    }
    // Not a list of names: a statement that has 的 in it.
    expect(standsAlone('禁止用党的领导者的名字作地名、街名和企业的名字', 'zh')).toBe(true);
  });
  it('a sentence short enough is one bullet: its second clause alone would lean on the first', () => {
    expect(bulletsFrom(['要落实“双随机、一公开”监管，减少对企业的打扰。'], 'zh')).toEqual(['要落实“双随机、一公开”监管，减少对企业的打扰']);
  });
  it('a clause continuing the one before in parallel, or with no subject of its own, is no bullet', () => {
    const b = bulletsFrom(['开会要事先通知，像出安民告示一样，让大家知道要讨论什么问题，解决什么问题，并且早作准备。有些地方开干部会，事前不准备好报告和决议草案，等开会的人到了才临时凑合。'], 'zh');
    expect(b.join('|')).not.toMatch(/^解决什么问题|\|解决什么问题/);
    const c = bulletsFrom(['我国有8200多万个体工商户，带动就业人口超过2亿，是数量最多的市场主体，是群众生活最直接的服务者，当前面临的实际困难也最多。'], 'zh');
    expect(c.some((x) => x.startsWith('面临的'))).toBe(false);
  });
  it('the subject of a clause that leans back (…，将在… / …，才能… / …，根子是…) is no bullet, nor is that clause', () => {
    const b = bulletsFrom(['3年后如期打赢脱贫攻坚战，中华民族千百年来存在的绝对贫困问题，将在我们这一代人的手里历史性地得到解决。我国面临的很多“卡脖子”技术问题，根子是基础理论研究跟不上，源头和底层的东西没有搞清楚。'], 'zh');
    expect(b).not.toContain('中华民族千百年来存在的绝对贫困问题');
    expect(b.some((x) => /^将在|^我国面临的很多/.test(x))).toBe(false);
    expect(b).toContain('源头和底层的东西没有搞清楚');
  });
});

describe('a slide is not titled by a scene clause', () => {
  const epidemic =
    '武汉新型冠状病毒肺炎疫情发生后，1月7日，我主持召开中央政治局常委会会议时，就对新型冠状病毒肺炎疫情防控工作提出了要求。1月20日，我专门就疫情防控工作作出批示，指出必须高度重视疫情，全力做好防控工作。';
  it('takes the first sentence without its scene and date, or the next one (武汉…发生后 → 我专门…作出批示…)', () => {
    expect(leadTitle(epidemic, 'zh')).toBe('我专门就疫情防控工作作出批示，指出必须高度重视疫情');
    // A title that stands is kept as it is.
    expect(leadTitle('从年初一到现在，疫情防控是我最关注的问题。我时刻跟踪着疫情。', 'zh')).toBe('从年初一到现在，疫情防控是我最关注的问题');
    expect(leadTitle('这对领导者是一个原则问题，也是保持团结的一个重要条件。就是没有犯过大错误的人，也不要骄傲。', 'zh')).toBe('这对领导者是一个原则问题，也是保持团结的一个重要条件');
  });
  it('in a whole outline: the opening slide of a speech that starts with a scene', () => {
    const text = [
      `在某会议上的讲话（2020年2月3日）　　${epidemic}1月22日，我明确要求湖北省对人员外流实施全面严格管控。正月初一，我再次主持召开会议，对疫情防控特别是患者治疗工作进行再研究、再部署、再动员。`,
      '一、关于疫情防控重点工作。第一，加强统一领导。疫情防控要坚持全国一盘棋，各级党委和政府必须坚决服从党中央统一指挥。第二，加强重点地区防控。湖北省特别是武汉市仍然是全国疫情防控的重中之重，要采取更严格的措施。',
      '二、关于维护社会稳定。第一，维护经济社会秩序。在做好疫情防控的同时，保持生产生活平稳有序。第二，维护医疗救治秩序。落实专门力量，加强组织领导。',
    ].join('\n');
    const titles = slideTitles(outline(text, { file: 't.txt' }).markdown);
    expect(titles.join('\n')).not.toMatch(/发生后$/m);
  });
});

describe('English bullets are statements', () => {
  it('a noun phrase list, a list item (One that…), half of “the more…, the more…” are no bullets', () => {
    expect(bulletsFrom(['New energy projects linking the region, a new free trade deal and investments between neighbors.'], 'en')).toEqual([]);
    expect(bulletsFrom(['One that addresses the drivers of radicalization. One that supports effective governance.'], 'en')).toEqual([]);
    expect(bulletsFrom(['The more we build these connections.'], 'en')).toEqual([]);
    // A statement with a verb and a list is a bullet.
    expect(bulletsFrom(['Former rivals have reestablished diplomatic, economic and security ties.'], 'en')).toEqual(['Former rivals have reestablished diplomatic, economic and security ties']);
  });
  it('one item of the announced run (First, we are…), a hand-over, a blessing, a quoted aside: notes only', () => {
    const b = bulletsFrom(
      [
        'It demands a collective response. The United States is doing three key things to tackle this threat.',
        'First, we are investing in governance, development, and diplomacy.',
        'And third, we are leveraging the collective strength of the community.',
        'I want to take a few minutes to discuss each of these. With that, I’ll turn it over to the Secretary. May God protect our troops. I said, “Let’s get it done.”',
      ],
      'en',
    );
    expect(b).toEqual(['It demands a collective response', 'The United States is doing three key things to tackle this threat']);
  });
  it('the same thing said twice in other words is one bullet', () => {
    expect(bulletsFrom(['Folks are tired of being played for suckers. They’re just tired of being played for suckers. It’s about basic fairness.'], 'en')).toEqual([
      'Folks are tired of being played for suckers',
      'It’s about basic fairness',
    ]);
  });
});

describe('an announced count in more than one character (讲好十一个方面, 二十项工作)', () => {
  it('is read whole', () => {
    const count = (s: string) => findAnnouncements(s, segments(s))[0]?.count;
    expect(count('今年要讲好十一个方面的工作。')).toBe(11);
    expect(count('下面我讲二十个问题。')).toBe(20);
    expect(count('重点做好二十三项工作。')).toBe(23);
    expect(count('我讲三点意见。')).toBe(3);
    expect(count('重点抓好十项工作。')).toBe(10);
  });
  it('names the overview in the speaker’s words, and a 几 is said with the number found', () => {
    expect([zhNumeral(2), zhNumeral(3), zhNumeral(10), zhNumeral(11), zhNumeral(20), zhNumeral(23)]).toEqual(['两', '三', '十', '十一', '二十', '二十三']);
    const node = (k: number, text: string) =>
      ({ start: 0, end: 1, level: 1, kind: 'numbered', children: Array.from({ length: k }, () => ({ start: 0, end: 1, level: 2, kind: 'numbered', children: [] })), announced: { pos: 0, count: undefined, text } }) as unknown as Node;
    expect(overviewTitle({ ...node(11, '讲好十一个方面'), announced: { pos: 0, count: 11, text: '讲好十一个方面' } } as Node, 'zh')).toBe('十一个方面');
    expect(overviewTitle(node(12, '我讲几点意见'), 'zh')).toBe('十二点意见');
  });
  it('an outline of eleven points announced as 十一个方面: no count mismatch, eleven sections', () => {
    const n = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    const text = ['今年，我们要重点讲好十一个方面的工作。', ...n.map((c, i) => `${c}、做好第${i + 1}项重点工作。我们要坚持稳中求进，推动各项工作落地见效，确保取得实实在在的成果。`)].join('\n');
    const r = outline(text, { file: 'r.txt' });
    expect(sections(r.markdown)).toHaveLength(11);
    expect(r.structure).toMatchObject({ sections: 11, announced: 11 });
    expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/announces|weak/);
  });
});

describe('a title is not the subject of a clause cut off', () => {
  it('cuts before the subject when the rest leans back on it (…的绝对贫困问题，将在… → 3年后如期打赢脱贫攻坚战)', async () => {
    const { trimTitle } = await import('../../src/outline/titles.js');
    expect(trimTitle('3年后如期打赢脱贫攻坚战，中华民族千百年来存在的绝对贫困问题，将在我们这一代人的手里历史性地得到解决。', 'zh')).toBe('3年后如期打赢脱贫攻坚战');
    expect(standsAlone('将在我们这一代人的手里历史性地得到解决', 'zh')).toBe(false);
  });
});

describe('lead-ins that are no point', () => {
  it('a manner (以改革的精神、创新的思维…), a topic (对…研发，要…), what it took (经过艰苦努力，付出巨大牺牲，…), a trailing 等等', () => {
    expect(standsAlone('以改革的精神、创新的思维、开放的视野', 'zh')).toBe(false);
    expect(standsAlone('以高水平安全保障高质量发展', 'zh')).toBe(true);
    expect(bulletsFrom(['对抗击疫情所需要的疫苗、药品等研发，要调动高校、科研院所、企业等各方面的积极性，注重科研攻关和临床、防控实践相结合，在保证科学性基础上加快进度。'], 'zh').some((b) => b.startsWith('对抗击疫情'))).toBe(false);
    expect(bulletsFrom(['经过艰苦努力，付出巨大牺牲，目前中国国内疫情防控形势持续向好，生产生活秩序加快恢复，但我们仍然丝毫不能放松警惕。'], 'zh').some((b) => b.startsWith('经过'))).toBe(false);
    expect(bulletsFrom(['民生事业还有不少短板，政府效能和依法行政能力有待提升，等等。'], 'zh')).toEqual(['民生事业还有不少短板，政府效能和依法行政能力有待提升']);
  });
  it('the rest of a title’s sentence with no subject of its own is no bullet (…是及时的，采取的举措也是有效的)', () => {
    const text = [
      '在某会议上的讲话',
      '一、关于形势。总的看，党中央对疫情形势的判断是准确的，各项工作部署是及时的，采取的举措也是有效的。现在，最关键的问题就是把工作抓实、抓细、抓落地。各地区要坚决贯彻落实党中央的决策部署，全力以赴做好各项工作。',
      '二、关于工作。要加强统一领导，各级党委和政府必须坚决服从党中央统一指挥。要加强重点地区防控，湖北省仍然是全国疫情防控的重中之重。',
    ].join('\n');
    expect(outline(text, { file: 'k.txt' }).markdown).not.toMatch(/^- 采取的举措/m);
  });
});

describe('a title is not a lead-in to what is said', () => {
  it('drops 我在…上讲过，面向未来 / 今年以来，我多次讲 and takes what was said; …的时候 is a scene', () => {
    expect(leadTitle('我在今年全国“两会”上讲过，面向未来，我们要逐步形成以国内大循环为主体、国内国际双循环相互促进的新发展格局。', 'zh')).toBe(
      '我们要逐步形成以国内大循环为主体、国内国际双循环相互促进的新发展格局',
    );
    expect(leadTitle('今年以来，我多次讲，要推动形成以国内大循环为主体、国内国际双循环相互促进的新发展格局。', 'zh')).toBe('要推动形成以国内大循环为主体、国内国际双循环相互促进的新发展格局');
    expect(standsAlone('各中央局、各前委处理问题的时候', 'zh')).toBe(false);
  });
});
