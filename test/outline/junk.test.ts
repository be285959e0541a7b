// Junk (page chrome, captions, datelines, footnotes), Markdown escaping, and input that has no structure at all.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HuibaoError } from '../../src/errors.js';
import { escapeLine } from '../../src/outline/emit.js';
import { junkReason } from '../../src/outline/junk.js';
import { outline } from '../../src/outline/index.js';
import { parse } from '../../src/parse/index.js';
import { missingSentences, notesBlocks, onSlides, sections } from './helpers.js';

describe('outline: junk', () => {
  it('names each kind of junk line', () => {
    const cases: [string, string | undefined][] = [
      ['下载', 'page chrome'],
      ['【字号：', 'page chrome'],
      ['【字号：大 中 小】', 'page chrome'],
      ['来源：新华网', 'page metadata'],
      ['（责任编辑：王小明）', 'page metadata'],
      ['3月5日，十四届全国人大二次会议在北京人民大会堂开幕。新华社记者 李学仁 摄', 'photo caption'],
      ['（新华社北京3月26日电）', 'dateline'],
      ['《 人民日报 》（ 2020年03月27日 02 版）', 'publication line'],
      ['------------------', 'separator'],
      ['3:28 P.M. EDT', 'transcript time'],
      ['https://example.com/a/b', 'link'],
      ['打印机采购项目已经完成。', undefined],
      ['时间就是生命，效率就是金钱。', undefined],
    ];
    for (const [line, reason] of cases) expect([line, junkReason(line)]).toEqual([line, reason]);
  });

  const page = [
    '下载',
    '打印',
    '收藏',
    '【字号：',
    '大',
    '中',
    '小',
    '】',
    '在全市安全生产工作会议上的讲话',
    '（2024年3月8日）',
    '来源：市政府网站',
    '同志们：',
    '新华社北京3月8日电 今天我们召开全市安全生产工作会议，我讲两点意见⑴。',
    '一要压实安全责任。安全生产责任重于泰山〔1〕，必须层层压实。',
    '3月8日，市长在会上讲话。新华社记者 张三 摄',
    '二要排查整治隐患。要对重点行业开展全覆盖检查，发现一处整改一处。',
    '谢谢大家！',
    '------',
    '注释',
    '〔1〕 出自某文件。',
    '相关报道：',
    '全市安全生产形势总体稳定',
  ].join('\n');
  const r = outline(page, { file: 'page.txt' });

  it('drops chrome, metadata, dateline, caption, footnote marks, the notes block and related links — and reports them', () => {
    expect(r.markdown).not.toMatch(/下载|打印|收藏|字号|来源|新华社|摄|⑴|〔1〕|注释|出自某文件|相关报道|形势总体稳定/);
    const reasons = new Set(r.dropped.map((d) => d.reason));
    for (const x of ['page chrome', 'page metadata', 'dateline', 'photo caption', 'footnote mark', 'separator', 'notes block', 'related links']) expect(reasons).toContain(x);
    expect(r.dropped.find((d) => d.reason === 'photo caption')).toMatchObject({ line: 15 });
    expect(r.markdown).toMatch(/^---\ntitle: 在全市安全生产工作会议上的讲话\ndate: 2024年3月8日\nlang: zh-CN\nclosing: 谢谢！\n---/);
    expect(r.structure).toMatchObject({ sections: 2, announced: 2 });
    expect(missingSentences(page, r)).toEqual([]);
  });

  it('keeps “quotes” and the speech’s own punctuation in notes as written', () => {
    expect(notesBlocks(r.markdown).join('\n')).toContain('安全生产责任重于泰山，必须层层压实。');
  });
});

describe('outline: Markdown escaping', () => {
  const tricky = [
    '一、关于*星号*和_下划线_',
    '#话题# 这一行看起来像标题。- 这也不是列表。',
    '1. 这一段以数字和点开头，<b>不是</b>HTML，[也不是](链接)，`也不是代码`，~~也不是删除线~~，&amp; 也不是实体。',
    '二、关于反斜杠\\和井号#',
    ':::不是容器。> 也不是引用。',
  ].join('\n');
  const r = outline(tricky, { file: 'x.txt' });

  it('escapes line starts and inline syntax', () => {
    expect(escapeLine('# 标题')).toBe('\\# 标题');
    expect(escapeLine('- 列表')).toBe('\\- 列表');
    expect(escapeLine('12. 第十二')).toBe('12\\. 第十二');
    expect(escapeLine(':::notes')).toBe('\\:::notes');
    expect(escapeLine('a*b_c`d<e[f]~g|h\\i')).toBe('a\\*b\\_c\\`d\\<e\\[f\\]\\~g\\|h\\\\i');
  });

  it('round-trips through the parser: notes, titles and bullets come back as the text', () => {
    const { deck, warnings } = parse(r.markdown);
    expect(warnings).toEqual([]);
    const all = deck.slides.flatMap((s) => s.notes).join('\n');
    for (const line of tricky.split('\n')) expect(all).toContain(line);
    const titles = deck.slides.filter((s) => s.layout === 'section').map((s) => (s.title ?? []).map((x) => x.text).join(''));
    expect(titles).toEqual(['一、关于*星号*和_下划线_', '二、关于反斜杠\\和井号#']);
    for (const s of deck.slides) for (const b of s.blocks) expect(b.kind === 'list' || b.kind === 'paragraph').toBe(true);
  });
});

describe('outline: no structure, odd input', () => {
  it('a speech without markers: plain slides with notes and a warning, never a crash', () => {
    const text = ['同志们：', '今天开个短会。最近天气变化大，大家要注意防火防汛，值班人员要坚守岗位。', '另外，下周要迎接检查，各部门提前准备好材料，不要临时抱佛脚。', '就讲这些。'].join('\n');
    const r = outline(text, { file: 's.txt' });
    expect(r.structure).toMatchObject({ sections: 0, levels: 0, style: 'none' });
    expect(r.structure.slides).toBeGreaterThan(0);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/no numbered points/));
    expect(missingSentences(text, r)).toEqual([]);
    expect(parse(r.markdown).warnings).toEqual([]);
  });

  it('joins lines a PDF wrapped under U+3000-indented paragraphs; reads a bare date line', () => {
    const text = [
      '在全县春耕生产工作会议上的讲话',
      '2024年3月1日',
      '　　一、充分认识春耕生产的重要',
      '性。春耕是全年农业生产的基础，',
      '各乡镇要高度重视。',
      '　　二、扎实做好春耕各项准备。',
      '要备足种子化肥，检修农机具。',
    ].join('\n');
    const r = outline(text);
    expect(sections(r.markdown)).toEqual(['一、充分认识春耕生产的重要性', '二、扎实做好春耕各项准备']);
    expect(r.markdown).toMatch(/^---\ntitle: 在全县春耕生产工作会议上的讲话\ndate: 2024年3月1日\n/);
  });

  it('maps every Markdown line back to a line of the speech', () => {
    const text = '同志们：\n我讲两点。\n一要加强学习。学习是立身之本。\n二要改进作风。作风关乎成败。';
    const r = outline(text);
    const md = r.markdown.split('\n');
    expect(r.sourceLines).toHaveLength(md.length - 1);
    expect(r.sourceLines[md.indexOf('# 二要改进作风')]).toBe(4);
    expect(r.sourceLines[md.indexOf('# 一要加强学习')]).toBe(3);
  });

  it('empty text is a HuibaoError with file and line', () => {
    expect(() => outline(' \n\u3000\n', { file: 'e.txt' })).toThrow(HuibaoError);
  });

  it('only junk is an error too', () => {
    expect(() => outline('下载\n打印\n收藏', { file: 'e.txt' })).toThrow(/empty/);
  });

  test.prop([fc.array(fc.oneof(fc.constantFrom('一、', '二、', '（一）', '一要', '二是', '第一，', '首先，', '最后，', 'First, ', '1. ', '同志们：', '谢谢大家！', '\n', '\u3000\u3000', '。', '，', '*', '#', '- ', ':::', '下载', '注释', '⑴'), fc.string({ maxLength: 12 })), { maxLength: 40 })])(
    'never throws anything but HuibaoError, and its Markdown always parses (stable too)',
    (parts) => {
      const text = parts.join('');
      let r;
      try {
        r = outline(text, { file: 'f.txt' });
      } catch (e) {
        expect(e).toBeInstanceOf(HuibaoError);
        return;
      }
      expect(outline(text, { file: 'f.txt' }).markdown).toBe(r.markdown);
      expect(() => parse(r.markdown)).not.toThrow();
      expect(onSlides(r.markdown)).not.toMatch(/^(?:- )?(?:下载)$/m);
    },
  );
});

describe('outline: a caption that names the leader by the agency’s formula', () => {
  it('drops its lead sentence too (…来临之际，中共中央总书记、国家主席…来到四川…。这是…。 新华社记者 X/摄), keeping the speech around it', () => {
    const text = [
      '在某座谈会上的讲话',
      '一、认识成绩。我们积累了许多宝贵经验，主要包括以下几个方面。中华民族传统节日农历春节来临之际，中共中央总书记、国家主席、中央军委主席习近平来到四川考察调研，看望慰问各族干部群众。这是2月11日上午，习近平在贫困户家中看望。 新华社记者 鞠鹏/摄一是坚持党的领导，强化组织保证。脱贫攻坚，加强领导是根本。二是坚持精准方略，提高脱贫实效。脱贫攻坚，精准是要义。',
      '二、把握困难。脱贫攻坚越往后，遇到的越是难啃的硬骨头，必须坚持不懈。',
    ].join('\n');
    const r = outline(text, { file: 'c.txt' });
    expect(r.markdown).not.toMatch(/国家主席|来到四川|家中看望|摄/);
    expect(r.dropped.filter((d) => d.reason === 'photo caption').map((d) => d.text)).toEqual([
      '中华民族传统节日农历春节来临之际，中共中央总书记、国家主席、中央军委主席习近平来到四川考察调研，看望慰问各族干部群众。这是2月11日上午，习近平在贫困户家中看望。 新华社记者 鞠鹏/摄',
    ]);
    expect(r.markdown).toContain('我们积累了许多宝贵经验，主要包括以下几个方面。');
    expect(r.markdown).toContain('一是坚持党的领导，强化组织保证');
  });
});
