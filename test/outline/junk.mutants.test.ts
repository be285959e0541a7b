// Junk lines and inline junk at their edges: chrome letters only next to chrome, label + value metadata,
// breadcrumbs, related links, the notes block with and without a heading, captions inside a paragraph, and the
// reason each dropped piece is reported with. Written against the survivors of a mutation run on
// src/outline/junk.ts (issue 18).
import { describe, expect, it } from 'vitest';
import { junkLines, junkReason, stripCaptions, stripInlineJunk, type Dropped } from '../../src/outline/junk.js';

/** Each line with the reason it is dropped (null = kept). */
function marks(lines: string[]): [string, string | null][] {
  const out = junkLines(lines.map((text, i) => ({ text, line: i + 1 })));
  return lines.map((t, i) => [t, out[i] ?? null]);
}

describe('junkReason', () => {
  it('short lines are read without their inner spaces (　下　载　, 字　体：)', () => {
    expect(junkReason('　下　载　')).toBe('page chrome');
    expect(junkReason('字　体：宋体')).toBe('page metadata');
    expect(junkReason('***')).toBe('separator');
    expect(junkReason('**')).toBeUndefined();
  });

  it('a caption is a short line: up to 159 characters', () => {
    const credit = '新华社记者 李学仁 摄';
    expect(junkReason('会'.repeat(159 - credit.length) + credit)).toBe('photo caption');
    expect(junkReason('会'.repeat(160 - credit.length) + credit)).toBeUndefined();
  });
});

describe('junkLines', () => {
  it('大 中 小 are chrome next to chrome (before or after, across blank lines), text otherwise', () => {
    expect(marks(['打印', '大', '中', '小', '正文第一句。'])).toEqual([
      ['打印', 'page chrome'],
      ['大', 'page chrome'],
      ['中', 'page chrome'],
      ['小', 'page chrome'],
      ['正文第一句。', null],
    ]);
    expect(marks(['大', '下载'])).toEqual([
      ['大', 'page chrome'],
      ['下载', 'page chrome'],
    ]);
    expect(marks(['下载', '', '大'])).toEqual([
      ['下载', 'page chrome'],
      ['', null],
      ['大', 'page chrome'],
    ]);
    expect(marks(['正文第一句。', '大', '正文第二句。'])).toEqual([
      ['正文第一句。', null],
      ['大', null],
      ['正文第二句。', null],
    ]);
  });

  it('a metadata label takes the short value on the next line with it, not a sentence', () => {
    expect(marks(['发表时间：', '2026-02-09 09:45:30', '正文。'])).toEqual([
      ['发表时间：', 'page metadata'],
      ['2026-02-09 09:45:30', 'page metadata'],
      ['正文。', null],
    ]);
    const long = '这是一句很长的正文，它超过三十个字符所以不是短字段，而是正文内容的一部分。';
    expect(marks(['来源：', long])).toEqual([
      ['来源：', 'page metadata'],
      [long, null],
    ]);
    expect(marks(['来源：'])).toEqual([['来源：', 'page metadata']]);
  });

  it('breadcrumb steps between > are chrome; a sentence beside a > is not', () => {
    expect(marks(['首页', '>', '政务信息', '>', '宁夏要闻', '正文。'])).toEqual([
      ['首页', 'page chrome'],
      ['>', 'page chrome'],
      ['政务信息', 'page chrome'],
      ['>', 'page chrome'],
      ['宁夏要闻', 'page chrome'],
      ['正文。', null],
    ]);
    const long = '正文很长的句子超过十二个字符的内容';
    expect(marks(['政务信息', '>', long])).toEqual([
      ['政务信息', 'page chrome'],
      ['>', 'page chrome'],
      [long, null],
    ]);
    expect(marks(['政务信息', '正文。'])).toEqual([
      ['政务信息', null],
      ['正文。', null],
    ]);
  });

  it('相关报道： and everything after it are related links', () => {
    expect(marks(['正文。', '相关报道：', '甲', '', '乙'])).toEqual([
      ['正文。', null],
      ['相关报道：', 'related links'],
      ['甲', 'related links'],
      ['', null],
      ['乙', 'related links'],
    ]);
  });

  it('a notes heading (注　　释) with only footnotes after it is the notes block; with text after it, nothing is', () => {
    expect(marks(['正文。', '注　　释', '〔1〕 出自某文件。', '[2] 另一个。'])).toEqual([
      ['正文。', null],
      ['注　　释', 'notes block'],
      ['〔1〕 出自某文件。', 'notes block'],
      ['[2] 另一个。', 'notes block'],
    ]);
    expect(marks(['正文。', '注释', '〔1〕 出自某文件。', '这不是脚注。'])).toEqual([
      ['正文。', null],
      ['注释', null],
      ['〔1〕 出自某文件。', null],
      ['这不是脚注。', null],
    ]);
    expect(marks(['正文。', '注释'])).toEqual([
      ['正文。', null],
      ['注释', 'notes block'],
    ]);
  });

  it('footnotes at the end after a separator are the notes block; without the separator they are text', () => {
    expect(marks(['正文。', '------', '〔1〕 出自某文件。', '⑵ 另一个'])).toEqual([
      ['正文。', null],
      ['------', 'separator'],
      ['〔1〕 出自某文件。', 'notes block'],
      ['⑵ 另一个', 'notes block'],
    ]);
    expect(marks(['------', '〔1〕 出自某文件。'])).toEqual([
      ['------', 'separator'],
      ['〔1〕 出自某文件。', 'notes block'],
    ]);
    expect(marks(['正文。', '〔1〕 出自某文件。'])).toEqual([
      ['正文。', null],
      ['〔1〕 出自某文件。', null],
    ]);
    expect(marks(['正文。', '------'])).toEqual([
      ['正文。', null],
      ['------', 'separator'],
    ]);
  });
});

describe('stripCaptions and stripInlineJunk', () => {
  it('a credit spliced into a paragraph goes, with the dated caption sentences before it', () => {
    const d: Dropped[] = [];
    expect(stripCaptions('他们亲切交谈。 新华社记者 鞠鹏/摄第一，要加强。', 3, d)).toBe('他们亲切交谈。第一，要加强。');
    expect(d).toEqual([{ line: 3, text: '新华社记者 鞠鹏/摄', reason: 'photo caption' }]);
    const d2: Dropped[] = [];
    expect(stripCaptions('会议现场。2020年2月10日，市长调研。这是调研现场。新华社记者 张三 摄 正文继续。', 7, d2)).toBe('会议现场。 正文继续。');
    expect(d2).toEqual([{ line: 7, text: '2020年2月10日，市长调研。这是调研现场。新华社记者 张三 摄', reason: 'photo caption' }]);
  });

  it('only the caption sentences that end right before the credit; an undated 这是… alone stays', () => {
    const d: Dropped[] = [];
    expect(stripCaptions('2020年2月10日，会议召开。我们讨论了工作。这是现场。新华社记者 张三 摄', 1, d)).toBe('2020年2月10日，会议召开。我们讨论了工作。这是现场。');
    expect(d).toEqual([{ line: 1, text: '新华社记者 张三 摄', reason: 'photo caption' }]);
  });

  it('a credit-like phrase inside a sentence is text', () => {
    const d: Dropped[] = [];
    expect(stripCaptions('由记者张三摄制的纪录片很好。', 1, d)).toBe('由记者张三摄制的纪录片很好。');
    expect(d).toEqual([]);
  });

  it('footnote marks, an opening dateline and a closing publication line, each reported', () => {
    const d: Dropped[] = [];
    expect(stripInlineJunk('新华社北京3月8日电 今天开会⑴，安全〔1〕第一［2］，他说[3]。《 人民日报 》（ 2020年03月27日 02 版）', 5, d)).toBe('今天开会，安全第一，他说。');
    expect(d).toEqual([
      { line: 5, text: '⑴', reason: 'footnote mark' },
      { line: 5, text: '〔1〕', reason: 'footnote mark' },
      { line: 5, text: '［2］', reason: 'footnote mark' },
      { line: 5, text: '[3]', reason: 'footnote mark' },
      { line: 5, text: '新华社北京3月8日电', reason: 'dateline' },
      { line: 5, text: '《 人民日报 》（ 2020年03月27日 02 版）', reason: 'publication line' },
    ]);
  });

  it('a closing dateline', () => {
    const d: Dropped[] = [];
    expect(stripInlineJunk('今天开会。（新华社北京3月8日电）', 2, d)).toBe('今天开会。');
    expect(d).toEqual([{ line: 2, text: '（新华社北京3月8日电）', reason: 'dateline' }]);
  });
});

describe('junk at the edges, round two (the survivors of the first mutation run)', () => {
  it('every kind of junk line has its reason', () => {
    expect(junkReason('（新华社北京3月26日电）')).toBe('dateline');
    expect(junkReason('《 人民日报 》（ 2020年03月27日 02 版）')).toBe('publication line');
    expect(junkReason('https://example.com/a/b')).toBe('link');
    expect(junkReason('3:28 P.M. EDT')).toBe('transcript time');
  });

  it('spaces are squeezed out of lines up to 12 characters; longer lines are only trimmed', () => {
    const twelve = '关　闭　窗　口　　　　　';
    expect(twelve).toHaveLength(12);
    expect(junkReason(twelve)).toBe('page chrome');
    expect(junkReason(twelve + '　')).toBeUndefined();
    expect(junkReason('  https://example.com/a/b/c/d  ')).toBe('link');
  });

  it('a line of U+3000 spaces is blank: chrome letters see past it', () => {
    expect(marks(['下载', '　', '大'])).toEqual([
      ['下载', 'page chrome'],
      ['　', null],
      ['大', 'page chrome'],
    ]);
  });

  it('only a line that is just > (› ») separates breadcrumb steps', () => {
    for (const lines of [
      ['看这里>', '政务信息'],
      ['>看这里', '政务信息'],
      ['政务信息', '看这里>'],
      ['政务信息', '>看这里'],
    ]) {
      expect(marks(lines).map(([, r]) => r)).toEqual([null, null]);
    }
  });

  it('a breadcrumb step is at most 12 characters', () => {
    expect(marks(['首页', '>', '一二三四五六七八九十一二'])[2][1]).toBe('page chrome');
    expect(marks(['首页', '>', '一二三四五六七八九十一二三'])[2][1]).toBeNull();
  });

  it('related links that open the text; a text that is only footnotes', () => {
    expect(marks(['相关报道：', '甲'])).toEqual([
      ['相关报道：', 'related links'],
      ['甲', 'related links'],
    ]);
    expect(marks(['〔1〕 出自某文件。'])).toEqual([['〔1〕 出自某文件。', null]]);
  });

  const strip = (text: string) => {
    const d: Dropped[] = [];
    return [stripCaptions(text, 1, d), d.map((x) => x.text)];
  };

  it('a caption that opens the paragraph goes whole', () => {
    expect(strip('2020年2月10日，市长调研。新华社记者 张三 摄')).toEqual(['', ['2020年2月10日，市长调研。新华社记者 张三 摄']]);
    expect(strip('新华社记者 张三 摄 正文。')).toEqual([' 正文。', ['新华社记者 张三 摄']]);
  });

  it('at most four sentences before the credit belong to the caption', () => {
    expect(strip('1月1日，甲。1月2日，乙。1月3日，丙。1月4日，丁。1月5日，戊。新华社记者 张三 摄')).toEqual(['1月1日，甲。', ['1月2日，乙。1月3日，丙。1月4日，丁。1月5日，戊。新华社记者 张三 摄']]);
  });

  it('two credits in one paragraph', () => {
    expect(strip('甲。新华社记者 张三 摄 乙。新华社记者 李四 摄 丙。')).toEqual(['甲。 乙。 丙。', ['新华社记者 张三 摄', '新华社记者 李四 摄']]);
    expect(strip('甲。2020年1月1日，会。新华社记者 张三 摄 乙。新华社记者 李四 摄 丙。')).toEqual(['甲。 乙。 丙。', ['2020年1月1日，会。新华社记者 张三 摄', '新华社记者 李四 摄']]);
  });

  it('a dated sentence after a space; 这是… with a number inside is not a date', () => {
    expect(strip('正文。 2020年2月10日，调研。新华社记者 张三 摄')).toEqual(['正文。', ['2020年2月10日，调研。新华社记者 张三 摄']]);
    expect(strip('正文。这是2号会场。新华社记者 张三 摄')).toEqual(['正文。这是2号会场。', ['新华社记者 张三 摄']]);
  });

  it('a caption reaches back at most 260 characters', () => {
    const dated = (n: number) => '2020年2月10日，' + '会'.repeat(n - 12) + '。';
    expect(dated(260)).toHaveLength(260);
    expect(strip(dated(260) + '新华社记者 张三 摄')[0]).toBe('');
    expect(strip(dated(261) + '新华社记者 张三 摄')).toEqual([dated(261), ['新华社记者 张三 摄']]);
  });

  it('a credit inside a sentence is text, even after an earlier sentence', () => {
    expect(strip('我们看到记者 张三 摄 的照片。')).toEqual(['我们看到记者 张三 摄 的照片。', []]);
    expect(strip('正文。我们看到记者 张三 摄 的照片')).toEqual(['正文。我们看到记者 张三 摄 的照片', []]);
  });

  it('a closing publication line or dateline is reported without the space before it', () => {
    for (const tail of ['《 人民日报 》（ 2020年03月27日 02 版）', '（新华社北京3月8日电）']) {
      const d: Dropped[] = [];
      expect(stripInlineJunk(`今天开会。 ${tail}`, 1, d)).toBe('今天开会。');
      expect(d.map((x) => x.text)).toEqual([tail]);
    }
  });
});
