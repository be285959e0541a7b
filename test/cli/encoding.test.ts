// Honest decoding (issue 16 item 9): UTF-8 with a damaged character stays UTF-8 (a warning per bad byte, with
// line:column); Big5 and Shift_JIS are read as what they are, named; a UTF-8 BOM followed by GBK is GBK; bytes that
// are plausible in no encoding are refused.
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/cli/input.js';
import { decideEncoding, scanUtf8 } from '../../src/cli/encoding.js';
import { HuibaoError } from '../../src/errors.js';

const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const BIG5 = hex('2320a475a740b3f8a7690a0a232320b2c4a440b3a1a4c00a0a2d20a655a6eca650a7d3a147a4b5a67eb867c0d9b56fae69c3ada4a4a6b3b669a1430a');
const SJIS = hex('232089ef8b6382cc95f18d900a0a23232091e688ea8fcd0a0a2d208da1944e82cc94848fe382cd914f944e94e482c5919d89c182b582dc82b582bd81420a');
const GBK = hex('2320b9a4d7f7b1a8b8e60a0a232320b5dad2bbb2bfb7d60a0a2d20b8f7cebbcdacd6bea3babdf1c4eabeadbcc3b7a2d5b9cec8d6d0d3d0bdf8a1a30a');
const ZH = '# 工作报告\n\n## 第一部分\n\n- 各位同志：今年经济发展稳中有进。\n';

describe('decoding by evidence', () => {
  it('UTF-8 with one truncated character stays UTF-8: the deck is not mojibake, the bad byte is named by line:column', () => {
    const good = Buffer.from(ZH);
    // Cut the last byte of 进 (E8 BF 9B) on line 5: E8 BF then 。
    const at = good.indexOf(Buffer.from('进'));
    const damaged = Buffer.concat([good.subarray(0, at + 2), good.subarray(at + 3)]);
    const r = decodeInput(damaged, 'zh.md');
    expect(r.notice).toBeUndefined();
    expect(r.text).toBe(ZH.replace('进', '\uFFFD'));
    expect(r.text).toContain('工作报告');
    expect(r.warnings).toEqual([{ file: 'zh.md', line: 5, message: 'column 17: byte 0xE8 is not valid UTF-8 (a damaged character?); shown as \uFFFD' }]);
  });

  it('Big5 and Shift_JIS are read as themselves and named', () => {
    const b = decodeInput(BIG5, 'tw.md');
    expect(b.text).toBe('# 工作報告\n\n## 第一部分\n\n- 各位同志：今年經濟發展穩中有進。\n');
    expect(b.notice).toBe('not UTF-8: read as Big5 (Traditional Chinese); save as UTF-8 to silence this notice');
    const s = decodeInput(SJIS, 'jp.md');
    expect(s.text).toBe('# 会議の報告\n\n## 第一章\n\n- 今年の売上は前年比で増加しました。\n');
    expect(s.notice).toBe('not UTF-8: read as Shift_JIS (Japanese); save as UTF-8 to silence this notice');
  });

  it('GBK stays GBK; a UTF-8 BOM followed by GBK bytes is GBK, said so (was U+FFFD with no notice)', () => {
    expect(decodeInput(GBK).text).toBe(ZH);
    const r = decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...GBK]), 'bom.md');
    expect(r.text).toBe(ZH);
    expect(r.notice).toBe('not UTF-8 (despite its UTF-8 mark): read as GB18030 (GBK); save as UTF-8 to silence this notice');
  });

  it('a stray Latin-1 byte in ASCII text is UTF-8 with a warning; bytes plausible in no encoding are refused', () => {
    const r = decodeInput(Buffer.from('## Caf\xe9 menu\n', 'latin1'), 'a.md');
    expect(r.text).toBe('## Caf\uFFFD menu\n');
    expect(r.warnings?.map((w) => [w.line, w.message.slice(0, 28)])).toEqual([[1, 'column 7: byte 0xE9 is not v']]);
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x80));
    expect(() => decodeInput(junk, 'x.md')).toThrow(HuibaoError);
    expect(decideEncoding(junk)).toEqual({ kind: 'refuse' });
  });

  it('lists at most 10 bad bytes, then how many more', () => {
    const many = Buffer.concat([Buffer.from('中文'.repeat(200)), Buffer.from([0xff, 0x0a]).subarray(0, 1), Buffer.alloc(0)]);
    const lines = Array.from({ length: 14 }, (_, i) => Buffer.concat([Buffer.from(`第${i}行中文内容中文内容中文内容`), Buffer.from([0xc3, 0x0a])]));
    const r = decodeInput(Buffer.concat([many, Buffer.from('\n'), ...lines]), 'm.md');
    expect(r.warnings).toHaveLength(11);
    expect(r.warnings![10].message).toBe('and 5 more bytes that are not valid UTF-8');
  });

  it('scanUtf8 rejects overlongs and surrogates, counts well-formed multi-byte sequences', () => {
    expect(scanUtf8(Uint8Array.from([0xc0, 0xaf])).bad).toHaveLength(2);
    expect(scanUtf8(Uint8Array.from([0xed, 0xa0, 0x80])).bad).toHaveLength(3);
    expect(scanUtf8(Buffer.from('a中😀'))).toEqual({ multibyte: 2, bad: [] });
  });
});
