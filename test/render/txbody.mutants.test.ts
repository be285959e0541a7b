// Our DrawingML text bodies, exactly: one pPr per paragraph with its spacing, margins and bullet or number, every
// run's language, size, emphasis, colour, link and faces (Chinese quotes, ellipses and dashes in the East-Asian
// face, the ellipsis and dash glued with U+FEFF), line breaks without links, notes paragraphs, escaping.
// Written against the survivors of a mutation run on src/render/txbody.ts (issue 18).
import { describe, expect, it } from 'vitest';
import { cellBodyXml, notesBodyXml, paragraphXml, textBodyXml, xmlEscape, type TextEnv } from '../../src/render/txbody.js';
import type { Inline, LaidParagraph, TextBox } from '../../src/model.js';

const FONTS = {
  title: { latin: 'TitleL', eastAsian: 'TitleEA' },
  body: { latin: 'BodyL', eastAsian: 'BodyEA' },
  mono: { latin: 'MonoL', eastAsian: 'MonoEA' },
};

function env(lang = 'zh-CN'): TextEnv & { urls: string[] } {
  const urls: string[] = [];
  return { fonts: FONTS, lang, linkColor: '0563C1', link: (u) => (urls.push(u), `rIdHb${urls.length}`), urls };
}

function para(runs: Inline[], over: Partial<LaidParagraph> = {}): LaidParagraph {
  return { runs, level: 0, sizePt: 20, spaceBeforePt: 6, lineSpacingPt: 30, marginLeftPt: 0, indentPt: 0, lines: 1, ...over };
}

const ZH = 'lang="zh-CN" altLang="en-US"';
const faces = (f: { latin: string; eastAsian: string }) => `<a:latin typeface="${f.latin}"/><a:ea typeface="${f.eastAsian}"/><a:cs typeface="${f.latin}"/>`;
const PPR0 = '<a:pPr marL="0" indent="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPts val="3000"/></a:lnSpc><a:spcBef><a:spcPts val="600"/></a:spcBef><a:buNone/></a:pPr>';
const END = (lang = ZH, f = FONTS.body) => `<a:endParaRPr ${lang} sz="2000" dirty="0">${faces(f)}</a:endParaRPr>`;

describe('xmlEscape', () => {
  it('escapes & < > " and removes characters XML cannot hold; plain text comes back as it was', () => {
    expect(xmlEscape('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; \'f\'');
    expect(xmlEscape('x\u0001y\u0008z\u000Bw\u000C\u001Fv\uFFFE\uFFFF')).toBe('xyzwv');
    expect(xmlEscape('tab\tnl\ncr\r中文')).toBe('tab\tnl\ncr\r中文');
    expect(xmlEscape('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(xmlEscape('&&')).toBe('&amp;&amp;');
    expect(xmlEscape('<<>>""')).toBe('&lt;&lt;&gt;&gt;&quot;&quot;');
  });
});

describe('paragraphXml', () => {
  it('a plain paragraph: pPr with margins, pitch and space before, a run with lang, size and faces, endParaRPr', () => {
    expect(paragraphXml(para([{ text: 'Hello' }], { marginLeftPt: 18, indentPt: -18, lineSpacingPt: 28.8, spaceBeforePt: 7.2 }), env('en-US'))).toBe(
      '<a:p><a:pPr marL="228600" indent="-228600" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPts val="2880"/></a:lnSpc><a:spcBef><a:spcPts val="720"/></a:spcBef><a:buNone/></a:pPr>' +
        `<a:r><a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.body)}</a:rPr><a:t>Hello</a:t></a:r>${END('lang="en-US"')}</a:p>`,
    );
  });

  it('alignment, colour, bold and italic from the paragraph; strike, code and a link from the run', () => {
    const e = env();
    const xml = paragraphXml(
      para([{ text: '粗', bold: true }, { text: '斜', italic: true }, { text: '删', strike: true }, { text: 'code', code: true }, { text: '链', href: 'https://x.cn/?a&b' }], { align: 'c', color: '112233' }),
      e,
    );
    expect(xml).toContain(' algn="ctr" eaLnBrk="1"');
    expect(xml).toContain(`<a:r><a:rPr ${ZH} sz="2000" b="1" dirty="0"><a:solidFill><a:srgbClr val="112233"/></a:solidFill>${faces(FONTS.body)}</a:rPr><a:t>粗</a:t></a:r>`);
    expect(xml).toContain(`<a:r><a:rPr ${ZH} sz="2000" i="1" dirty="0"><a:solidFill><a:srgbClr val="112233"/></a:solidFill>${faces(FONTS.body)}</a:rPr><a:t>斜</a:t></a:r>`);
    expect(xml).toContain(`<a:r><a:rPr ${ZH} sz="2000" strike="sngStrike" dirty="0"><a:solidFill><a:srgbClr val="112233"/></a:solidFill>${faces(FONTS.body)}</a:rPr><a:t>删</a:t></a:r>`);
    expect(xml).toContain(`<a:r><a:rPr ${ZH} sz="2000" dirty="0"><a:solidFill><a:srgbClr val="112233"/></a:solidFill>${faces(FONTS.mono)}</a:rPr><a:t>code</a:t></a:r>`);
    expect(xml).toContain(`<a:r><a:rPr ${ZH} sz="2000" u="sng" dirty="0"><a:solidFill><a:srgbClr val="0563C1"/></a:solidFill>${faces(FONTS.body)}<a:hlinkClick r:id="rIdHb1"/></a:rPr><a:t>链</a:t></a:r>`);
    expect(e.urls).toEqual(['https://x.cn/?a&b']);
    expect(xml).toContain(`<a:endParaRPr ${ZH} sz="2000" dirty="0"><a:solidFill><a:srgbClr val="112233"/></a:solidFill>${faces(FONTS.body)}</a:endParaRPr>`);
    expect(paragraphXml(para([{ text: 'l' }], { align: 'l' }), env())).toContain(' algn="l" ');
    expect(paragraphXml(para([{ text: 'r' }], { align: 'r' }), env())).toContain(' algn="r" ');
    expect(paragraphXml(para([{ text: 'n' }]), env())).not.toContain('algn=');
  });

  it('a bold or italic paragraph makes every run and the end mark bold or italic', () => {
    const xml = paragraphXml(para([{ text: 'a' }], { bold: true, italic: true }), env('en-US'));
    expect(xml).toContain('<a:rPr lang="en-US" sz="2000" b="1" i="1" dirty="0">');
    expect(xml).toContain('<a:endParaRPr lang="en-US" sz="2000" b="1" i="1" dirty="0">');
  });

  it('a bullet: its colour, 80 % size, the East-Asian face, the character escaped; without colour no buClr', () => {
    expect(paragraphXml(para([{ text: 'a' }], { bullet: '<■>', bulletColor: 'C00000' }), env())).toContain(
      '<a:buClr><a:srgbClr val="C00000"/></a:buClr><a:buSzPct val="80000"/><a:buFont typeface="BodyEA"/><a:buChar char="&lt;■&gt;"/></a:pPr>',
    );
    expect(paragraphXml(para([{ text: 'a' }], { bullet: '•' }), env())).toContain('<a:spcBef><a:spcPts val="600"/></a:spcBef><a:buSzPct val="80000"/><a:buFont typeface="BodyEA"/><a:buChar char="•"/></a:pPr>');
  });

  it('a number: auto-numbering from it in the Latin face at full size, before any bullet; 0 is a number too', () => {
    expect(paragraphXml(para([{ text: 'a' }], { number: 3, bullet: '•', bulletColor: '00FF00' }), env())).toContain(
      '<a:buClr><a:srgbClr val="00FF00"/></a:buClr><a:buSzPct val="100000"/><a:buFont typeface="BodyL"/><a:buAutoNum type="arabicPeriod" startAt="3"/></a:pPr>',
    );
    expect(paragraphXml(para([{ text: 'a' }], { number: 0 }), env())).toContain('</a:spcBef><a:buSzPct val="100000"/><a:buFont typeface="BodyL"/><a:buAutoNum type="arabicPeriod" startAt="0"/></a:pPr>');
  });

  it('the paragraph font picks the faces; else the fallback (title for a title box)', () => {
    expect(paragraphXml(para([{ text: 'a' }], { font: 'mono' }), env('en-US'))).toContain(`<a:t>a</a:t>`);
    expect(paragraphXml(para([{ text: 'a' }], { font: 'mono' }), env('en-US'))).toContain(`<a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.mono)}</a:rPr>`);
    expect(paragraphXml(para([{ text: 'a' }]), env('en-US'), 'title')).toContain(`<a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.title)}</a:rPr>`);
    expect(paragraphXml(para([{ text: 'a' }], { font: 'body' }), env('en-US'), 'title')).toContain(`<a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.body)}</a:rPr>`);
  });

  it('a line break: a:br with the run properties but never the link; an empty run after it writes no a:r', () => {
    const e = env('en-US');
    const xml = paragraphXml(para([{ text: 'a' }, { text: '', breakBefore: true, href: 'https://x' }, { text: 'b', breakBefore: true, href: 'https://y', bold: true }]), e);
    expect(xml).toBe(
      `<a:p>${PPR0}<a:r><a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.body)}</a:rPr><a:t>a</a:t></a:r>` +
        `<a:br><a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.body)}</a:rPr></a:br>` +
        `<a:br><a:rPr lang="en-US" sz="2000" b="1" dirty="0">${faces(FONTS.body)}</a:rPr></a:br>` +
        `<a:r><a:rPr lang="en-US" sz="2000" b="1" u="sng" dirty="0"><a:solidFill><a:srgbClr val="0563C1"/></a:solidFill>${faces(FONTS.body)}<a:hlinkClick r:id="rIdHb1"/></a:rPr><a:t>b</a:t></a:r>${END('lang="en-US"')}</a:p>`,
    );
    expect(e.urls).toEqual(['https://y']);
  });

  it('Chinese: curly quotes, ellipsis, dash and middle dot in their own runs in the East-Asian face', () => {
    const xml = paragraphXml(para([{ text: '他说“好”·对' }]), env());
    const ea = `<a:rPr ${ZH} sz="2000" dirty="0">${faces({ latin: 'BodyEA', eastAsian: 'BodyEA' })}</a:rPr>`;
    const plain = `<a:rPr ${ZH} sz="2000" dirty="0">${faces(FONTS.body)}</a:rPr>`;
    expect(xml).toBe(
      `<a:p>${PPR0.replace('marL', 'marL')}<a:r>${plain}<a:t>他说</a:t></a:r><a:r>${ea}<a:t>“</a:t></a:r><a:r>${plain}<a:t>好</a:t></a:r><a:r>${ea}<a:t>”·</a:t></a:r><a:r>${plain}<a:t>对</a:t></a:r>${END()}</a:p>`,
    );
  });

  it('Chinese: …… and —— are glued to the character before with U+FEFF, also across runs; not at the paragraph start', () => {
    const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
    expect(texts(paragraphXml(para([{ text: '等等……' }]), env()))).toEqual(['等等', '\uFEFF…\uFEFF…']);
    expect(texts(paragraphXml(para([{ text: '——开头' }]), env()))).toEqual(['—\uFEFF—', '开头']);
    expect(texts(paragraphXml(para([{ text: '甲' }, { text: '……乙', bold: true }]), env()))).toEqual(['甲', '\uFEFF…\uFEFF…', '乙']);
    expect(texts(paragraphXml(para([{ text: '甲' }, { text: '', breakBefore: true }, { text: '—乙' }]), env()))).toEqual(['甲', '\uFEFF—', '乙']);
    // Only in Chinese text: English and code keep their characters and one run.
    expect(texts(paragraphXml(para([{ text: 'wait… “so”' }]), env('en-US')))).toEqual(['wait… “so”']);
    expect(texts(paragraphXml(para([{ text: 'a…“b”', code: true }]), env()))).toEqual(['a…“b”']);
    expect(texts(paragraphXml(para([{ text: '“' }]), env()))).toEqual(['“']);
  });

  it('English and code keep curly quotes, ellipses and dashes in their own faces (the Latin face for English)', () => {
    expect(paragraphXml(para([{ text: 'wait… “so”' }]), env('en-US'))).toContain(`<a:r><a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.body)}</a:rPr><a:t>wait… “so”</a:t></a:r>`);
    expect(paragraphXml(para([{ text: 'a“b”', code: true }]), env())).toContain(`<a:r><a:rPr ${ZH} sz="2000" dirty="0">${faces(FONTS.mono)}</a:rPr><a:t>a“b”</a:t></a:r>`);
  });

  it('a link closes with U+FEFF only when text follows it: a line break alone after it adds none', () => {
    const feffs = (xml: string) => [...xml.matchAll(/<a:t>\uFEFF<\/a:t>/g)].length;
    expect(feffs(paragraphXml(para([{ text: 'see ' }, { text: 'here', href: 'https://x' }, { text: '', breakBefore: true }]), env('en-US')))).toBe(0);
    expect(feffs(paragraphXml(para([{ text: 'here', href: 'https://x' }, { text: '', breakBefore: true }, { text: 'next' }]), env('en-US')))).toBe(1);
  });

  it('a run that is only a quote mark is in the East-Asian face too; a run without one keeps its faces', () => {
    expect(paragraphXml(para([{ text: '“' }]), env())).toContain(`<a:r><a:rPr ${ZH} sz="2000" dirty="0">${faces({ latin: 'BodyEA', eastAsian: 'BodyEA' })}</a:rPr><a:t>“</a:t></a:r>`);
    expect(paragraphXml(para([{ text: '无引号' }]), env())).toContain(`<a:r><a:rPr ${ZH} sz="2000" dirty="0">${faces(FONTS.body)}</a:rPr><a:t>无引号</a:t></a:r>`);
  });

  it('a formula that cannot be converted is shown as its LaTeX source in the code face', () => {
    const xml = paragraphXml(para([{ text: '\\frac{', math: 'inline' }]), env('en-US'));
    expect(xml).toContain(`<a:r><a:rPr lang="en-US" sz="2000" dirty="0">${faces(FONTS.mono)}</a:rPr><a:t>\\frac{</a:t></a:r>`);
  });

  it('a display formula alone keeps the height of all its lines in one line pitch; text beside it does not', () => {
    expect(paragraphXml(para([{ text: 'x^2', math: 'display' }], { lines: 3, lineSpacingPt: 30 }), env())).toContain('<a:lnSpc><a:spcPts val="9000"/></a:lnSpc>');
    expect(paragraphXml(para([{ text: 'x^2', math: 'display' }], { lines: 1, lineSpacingPt: 30 }), env())).toContain('<a:lnSpc><a:spcPts val="3000"/></a:lnSpc>');
    expect(paragraphXml(para([{ text: 'x^2', math: 'display' }, { text: '文字' }], { lines: 3, lineSpacingPt: 30 }), env())).toContain('<a:lnSpc><a:spcPts val="3000"/></a:lnSpc>');
  });
});

describe('text, cell and notes bodies', () => {
  const box = (over: Partial<TextBox>): TextBox => ({ kind: 'text', role: 'body', x: 0, y: 0, w: 1, h: 1, paragraphs: [], valign: 'top', insetPt: [7.2, 3.6, 7.2, 3.6], ...over });

  it('insets and anchor written out, no autofit; an empty box has one empty paragraph', () => {
    expect(textBodyXml(box({ valign: 'middle' }), env())).toBe(
      '<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p/></p:txBody>',
    );
    expect(textBodyXml(box({ valign: 'top', insetPt: [1, 2, 3, 4] }), env())).toContain('lIns="12700" tIns="25400" rIns="38100" bIns="50800" anchor="t"');
    expect(textBodyXml(box({ valign: 'bottom' }), env())).toContain('anchor="b"');
  });

  it('a title box falls back to the title faces, any other to the body faces', () => {
    const p = para([{ text: 'T' }]);
    expect(textBodyXml(box({ role: 'title', paragraphs: [p] }), env('en-US'))).toContain(faces(FONTS.title));
    expect(textBodyXml(box({ role: 'subtitle', paragraphs: [p, p] }), env('en-US'))).not.toContain(faces(FONTS.title));
    expect(textBodyXml(box({ role: 'subtitle', paragraphs: [p, p] }), env('en-US')).match(/<a:p>/g)).toHaveLength(2);
  });

  it('a table cell: a:txBody, its alignment, size, pitch, colour and bold, body faces', () => {
    expect(cellBodyXml({ runs: [{ text: '格' }], align: 'r' }, 14, 18, '334455', true, env())).toBe(
      '<a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr marL="0" indent="0" algn="r" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPts val="1800"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/></a:pPr>' +
        `<a:r><a:rPr ${ZH} sz="1400" b="1" dirty="0"><a:solidFill><a:srgbClr val="334455"/></a:solidFill>${faces(FONTS.body)}</a:rPr><a:t>格</a:t></a:r>` +
        `<a:endParaRPr ${ZH} sz="1400" b="1" dirty="0"><a:solidFill><a:srgbClr val="334455"/></a:solidFill>${faces(FONTS.body)}</a:endParaRPr></a:p></a:txBody>`,
    );
  });

  it('notes: a paragraph per note, a line break per newline, empty lines without a run, text escaped', () => {
    expect(notesBodyXml(['一\n\n二 & 三', 'x'], 12, env())).toBe(
      '<p:txBody><a:bodyPr/><a:lstStyle/>' +
        `<a:p><a:r><a:rPr ${ZH} sz="1200" dirty="0"/><a:t>一</a:t></a:r><a:br><a:rPr ${ZH} sz="1200" dirty="0"/></a:br><a:br><a:rPr ${ZH} sz="1200" dirty="0"/></a:br><a:r><a:rPr ${ZH} sz="1200" dirty="0"/><a:t>二 &amp; 三</a:t></a:r><a:endParaRPr ${ZH} sz="1200" dirty="0"/></a:p>` +
        `<a:p><a:r><a:rPr ${ZH} sz="1200" dirty="0"/><a:t>x</a:t></a:r><a:endParaRPr ${ZH} sz="1200" dirty="0"/></a:p></p:txBody>`,
    );
    expect(notesBodyXml([], 12, env('en-US'))).toBe('<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>');
    expect(notesBodyXml([''], 12, env('zh-TW'))).toBe('<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-TW" altLang="en-US" sz="1200" dirty="0"/></a:p></p:txBody>');
  });

  it('a language with characters to escape is escaped in every attribute', () => {
    expect(notesBodyXml([], 12, env('x"y'))).toContain('lang="x&quot;y" altLang="en-US"');
  });
});

describe('an ellipsis or dash inside a later run (render-b survivor)', () => {
  it('gets one joining U+FEFF before it, not two: only a run that starts with one gets the extra', () => {
    const xml = paragraphXml(para([{ text: '前' }, { text: '甲…乙——丙', bold: true }]), env());
    expect([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])).toEqual(['前', '甲', '\uFEFF…', '乙', '\uFEFF—\uFEFF—', '丙']);
    const starts = paragraphXml(para([{ text: '前' }, { text: '…乙', bold: true }]), env());
    expect([...starts.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])).toEqual(['前', '\uFEFF…', '乙']);
  });
});
