// fast-check generators for the fuzz tests: random Markdown decks (every construct the dialect knows, and the
// characters that broke other tools — control characters, U+FFFE, lone surrogates, CJK punctuation around
// emphasis, emoji sequences, very long lines, deep nesting, odd front matter) and random theme files.
import fc from 'fast-check';

const CJK = ['中文', '汇报', '坚持', '两个确立', '决定性意义', '第一', '一、', '（一）', '同志们', '要点', '进一步强化', '。', '，', '、', '：', '；', '！', '？', '“', '”', '‘', '’', '「', '」', '《', '》', '（', '）', '【', '】', '——', '……', '·', '　', 'ー', 'カタカナ', '한국어', '𠀋', '〇'];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '❤️', '🀄', '1️⃣', '🏳️‍🌈'];
const LATIN = ['foo', 'Bar', 'quarterly', 'review', 'a', 'I', 'x_y', 'snake_case', 'http://example.com', 'https://例子.测试/路径?q=1&r=2', 'user@example.com', '1.', '2)', '100%', '$5', '3.14', 'Straße', 'naïve', 'العربية', 'עברית', 'ΑΒΓ'];
const MARK = ['**', '*', '_', '__', '~~', '`', '``', '[', ']', '(', ')', '](', '![', '<', '>', '&', '&amp;', '&#0;', '&#x1F;', '&#xFFFE;', '&#55296;', '&nbsp;', '&bogus;', '\\', '|', '#', '{', '}', '<br>', '<b>', '</b>', '<!--', '-->', ':::', '$$', '"', "'", '\t', '  \n', '\\\n'];
const SPECIAL = [
  ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)),
  '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u00A0', '\u3000', '\u200B', '\u200D', '\u2028', '\u2029',
  '\u0301', '\u202E', '\uFEFF', '\uFFFD', '\u{10FFFF}', '\u{E0001}',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** One "word" of text: mostly ordinary, sometimes hostile. */
export const atom: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(CJK), weight: 6 },
  { arbitrary: pick(LATIN), weight: 4 },
  { arbitrary: pick(EMOJI), weight: 1 },
  { arbitrary: pick(MARK), weight: 2 },
  { arbitrary: pick(SPECIAL), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
);

/** Very long runs: a word repeated, one unbreakable token, or a CJK line thousands of characters long. */
const longLine = fc.oneof(
  fc.tuple(atom, fc.integer({ min: 50, max: 800 })).map(([a, n]) => a.repeat(n)),
  fc.integer({ min: 500, max: 6000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 500, max: 4000 }).map((n) => '中'.repeat(n)),
);

const words = fc.array(fc.tuple(atom, pick(['', ' ', '', ' ', '\u3000'])), { maxLength: 14 }).map((ws) => ws.map(([w, s]) => w + s).join(''));

/** Emphasis with CJK punctuation right outside and inside the delimiters (the markdown-it-cjk-friendly case). */
const emphasis = fc
  .tuple(pick(['**', '*', '__', '_', '~~', '***', '`']), words, pick(['', '“', '”', '（', '）', '：', '。', '，', '「', '《', '的', 'a', ' ']), pick(['', '“', '”', '（', '）', '。', '，', '」', '》', '的', 'a', ' ']))
  .map(([m, w, before, after]) => `${before}${m}${after === ' ' ? '' : after}${w}${before}${m}${after}`);

const link = fc.tuple(words, pick(['https://example.com', 'http://a.b/c?d=e&f=<g>', 'mailto:x@y.z', 'javascript:alert(1)', '', '#anchor', '../up.md', 'https://例子.测试/"quote"'])).map(([t, u]) => `[${t}](${u})`);

export const inline: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: words, weight: 5 }, { arbitrary: emphasis, weight: 3 }, { arbitrary: link, weight: 1 }, { arbitrary: longLine, weight: 1 }), { minLength: 1, maxLength: 5 })
  .map((xs) => xs.join(''));

const paragraph = fc.array(inline, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), inline, pick(['', ' #', ' {#id .class}', ' ##   '])).map(([n, t, tail]) => `${'#'.repeat(n)} ${t}${tail}`);
const setext = fc.tuple(inline, pick(['===', '---', '= = ='])).map(([t, u]) => `${t}\n${u}`);

/** A list as lines with random indents and markers: nesting, mixed ordered/bullet, absurd depths. */
const list = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 12 }), pick(['-', '*', '+', '1.', '2)', '10.', '999999999.', '一、']), inline, fc.boolean()), { minLength: 1, maxLength: 10 })
  .map((items) => items.map(([d, m, t, step]) => `${' '.repeat(d * (step ? 2 : 4))}${m} ${t}`).join('\n'));
const deepList = fc.integer({ min: 5, max: 60 }).map((d) => Array.from({ length: d }, (_, i) => `${'  '.repeat(i)}- level ${i} 第${i}层`).join('\n'));
const deepQuote = fc.tuple(fc.integer({ min: 2, max: 80 }), inline).map(([d, t]) => `${'> '.repeat(d)}${t}`);

const cell = fc.oneof(words, emphasis, pick(['', ' ', '|', '\\|', '`a|b`', '<br>']));
const table = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 8 }), fc.array(cell, { minLength: 120, maxLength: 120 }), fc.array(pick(['---', ':--', '--:', ':-:', '-']), { minLength: 9, maxLength: 9 }))
  .map(([cols, rows, cells, aligns]) => {
    let k = 0;
    const row = (n: number) => '| ' + Array.from({ length: n }, () => cells[k++ % cells.length]).join(' | ') + ' |';
    return [row(cols), '|' + aligns.slice(0, cols).join('|') + '|', ...rows.map(row)].join('\n');
  });

const code = fc
  .tuple(pick(['```', '~~~', '````']), pick(['', 'js', 'python', '中文', 'a b c', '{.x}']), fc.array(fc.oneof(words, longLine), { maxLength: 5 }), fc.boolean())
  .map(([f, lang, lines, closed]) => `${f}${lang}\n${lines.join('\n')}${closed ? `\n${f}` : ''}`);
const indentedCode = fc.array(words, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => '    ' + l).join('\n'));
const quote = fc.array(inline, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => '> ' + l).join('\n'));
const rule = pick(['---', '***', '___', '- - -', '* * *', '\n---\n']);
const notes = fc.tuple(fc.array(paragraph, { maxLength: 3 }), fc.boolean(), pick(['::: notes', ':::notes', '::: {.notes}', '::: columns', '::: incremental'])).map(([ps, closed, open]) => `${open}\n${ps.join('\n\n')}${closed ? '\n:::' : ''}`);
const comment = fc.tuple(words, fc.boolean(), pick(['', '_class: lead', 'paginate: true', 'notes'])).map(([w, closed, dir]) => `<!-- ${dir} ${w}${closed ? ' -->' : ''}`);
export const IMAGE_PATHS = ['ok.png', 'ok.jpg', 'bad.png', 'trunc.png', 'trunc.jpg', 'pic.svg', 'missing.png', 'sub/../ok.png', '../../etc/passwd', '/etc/passwd', 'https://example.com/x.png', '//cdn.example.com/x.png', 'data:image/png;base64,iVBORw0KGgo=', '', 'ok.png "title"', '<ok.png>', '%2e%2e/%2e%2e/etc/passwd', 'ok%20.png', '中文图.png', 'link-out.png'];
const image = fc.tuple(words, pick(IMAGE_PATHS)).map(([alt, p]) => `![${alt}](${p})`);
const html = fc.tuple(pick(['div', 'span', 'script', 'style', 'table', 'pre', 'br']), words).map(([t, w]) => `<${t}>\n${w}\n</${t}>`);
const blank = pick(['', ' ', '\t', '\u3000', '\u00A0']);

export const block: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: paragraph, weight: 6 },
  { arbitrary: heading, weight: 5 },
  { arbitrary: list, weight: 4 },
  { arbitrary: table, weight: 2 },
  { arbitrary: code, weight: 1 },
  { arbitrary: indentedCode, weight: 1 },
  { arbitrary: quote, weight: 1 },
  { arbitrary: rule, weight: 2 },
  { arbitrary: notes, weight: 2 },
  { arbitrary: comment, weight: 1 },
  { arbitrary: image, weight: 2 },
  { arbitrary: html, weight: 1 },
  { arbitrary: setext, weight: 1 },
  { arbitrary: deepList, weight: 1 },
  { arbitrary: deepQuote, weight: 1 },
  { arbitrary: blank, weight: 1 },
);

const FM_KEYS = ['title', 'subtitle', 'author', 'date', 'theme', 'lang', 'aspect', 'agenda', 'closing', 'footer', 'slideNumbers', 'slideLevel', 'slide-level', 'paginate', 'institute', 'marp', 'class', 'headingDivider', 'layout', '标题', ''];
const fmSafe = pick(['2024-05-01', '2024-05-01 09:30', 'May 1, 2024', '2024年5月1日', 'XX年XX月', 'true', 'false', 'yes', 'null', '~', '16:9', '4:3', '3:2', 'zh-CN', 'en', 'ja', 'gov-blue', 'minimal', 'dark', 'no-such-theme', '../theme.json', '/etc/passwd', '0', '1', '2', '3', '7', '-1', '谢谢！', '"quoted: yes"', "'single'", '[a, b]', '{a: 1}', '.inf', '0x1F']);
const fmHostile = pick(['1e400', '&anchor x', '*alias', '!!binary aGk=', '!!js/function x', '|', '>', '? x', '- item', '@', '`', '"unterminated', '{a: [', '%YAML 1.2']);
const fmScalar = fc.oneof({ arbitrary: fmSafe, weight: 6 }, { arbitrary: words.map((w) => JSON.stringify(w)), weight: 3 }, { arbitrary: fc.integer({ min: -5, max: 10 }).map(String), weight: 1 }, { arbitrary: fmHostile, weight: 1 });
/** A key with a value of the right type (most front matter is written by people who mean well). */
const fmTyped = fc.oneof(
  fc.tuple(pick(['title', 'subtitle', 'author', 'closing', 'footer']), words).map(([k, w]) => `${k}: ${JSON.stringify(w)}`),
  fc.tuple(pick(['agenda', 'slideNumbers', 'paginate']), fc.boolean()).map(([k, b]) => `${k}: ${b}`),
  fc.tuple(pick(['slideLevel', 'slide-level']), fc.integer({ min: 1, max: 6 })).map(([k, n]) => `${k}: ${n}`),
  pick(['aspect: "16:9"', 'aspect: "4:3"', 'aspect: 4/3', 'lang: zh-CN', 'lang: en', 'lang: ja', 'date: 2024-05-01', 'date: 2024年5月1日', 'theme: gov-blue', 'theme: minimal', 'theme: dark', 'theme: academic', 'theme: party-red', 'theme: gaia', 'theme: ./t.json', 'theme: ../../etc/t.json', 'marp: true', 'class: lead']),
);
const fmLine = fc.oneof(
  { arbitrary: fmTyped, weight: 24 },
  { arbitrary: fc.tuple(pick(FM_KEYS), fmScalar).map(([k, v]) => `${k}: ${v}`), weight: 4 },
  { arbitrary: fc.tuple(pick(FM_KEYS), fc.array(fmScalar, { maxLength: 3 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${v}`).join('\n')}`), weight: 1 },
  { arbitrary: fc.tuple(pick(FM_KEYS), pick(FM_KEYS), fmScalar).map(([k, k2, v]) => `${k}:\n  ${k2}: ${v}`), weight: 1 },
  { arbitrary: words, weight: 1 },
);
/** Mostly distinct keys (duplicate keys are a YAML error — tested, but not in every other case). */
export const frontMatter = fc
  .oneof({ arbitrary: fc.uniqueArray(fmLine, { maxLength: 8, selector: (l) => l.split(':')[0] }), weight: 5 }, { arbitrary: fc.array(fmLine, { maxLength: 8 }), weight: 1 })
  .map((ls) => `---\n${ls.join('\n')}\n---\n`);

/** Sprinkle hostile characters anywhere, including inside front matter and delimiters. */
const sprinkle = (doc: string) =>
  fc.array(fc.tuple(fc.nat(), pick(SPECIAL)), { maxLength: 4 }).map((xs) => {
    let s = doc;
    for (const [at, ch] of xs) {
      const i = s.length ? at % (s.length + 1) : 0;
      s = s.slice(0, i) + ch + s.slice(i);
    }
    return s;
  });

export const markdownDoc: fc.Arbitrary<string> = fc
  .tuple(fc.option(frontMatter, { freq: 3 }), fc.array(block, { minLength: 1, maxLength: 12 }), pick(['\n\n', '\n', '\r\n\r\n', '\n\n\n']), fc.boolean())
  .map(([fm, blocks, sep, trailing]) => (fm ?? '') + blocks.join(sep) + (trailing ? '\n' : ''))
  .chain((doc) => fc.oneof({ arbitrary: fc.constant(doc), weight: 4 }, { arbitrary: sprinkle(doc), weight: 1 }));

// ---------------------------------------------------------------------------------------------- themes

const hex6 = fc.integer({ min: 0, max: 0xffffff }).map((n) => '#' + n.toString(16).padStart(6, '0'));
const colour = fc.oneof(
  { arbitrary: hex6, weight: 8 },
  { arbitrary: hex6.map((h) => h.slice(1).toLowerCase()), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 0xfff }).map((n) => '#' + n.toString(16).padStart(3, '0')), weight: 2 },
  { arbitrary: pick(['red', '#GGGGGG', '', '#12345', 'C00000"/><x', '#000000\u0000']), weight: 1 },
);
const pt = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 200 }), weight: 6 }, { arbitrary: fc.double({ min: 1, max: 200, noNaN: true }), weight: 2 }, { arbitrary: pick(['0', '-3', '201', '1e9']).map(Number), weight: 1 });
const inches = (max: number) => fc.oneof({ arbitrary: fc.double({ min: 0, max, noNaN: true }), weight: 6 }, { arbitrary: fc.constantFrom(0, max, -1, max + 1), weight: 1 });
const fontName = fc.oneof(
  { arbitrary: pick(['Calibri', 'Arial', 'Microsoft YaHei', 'SimSun', '微软雅黑', 'Noto Sans CJK SC', 'DejaVu Sans']), weight: 6 },
  { arbitrary: pick(['A&B', '<Font>', '"Quoted"', "It's", 'Tab\tFace', 'Ctl\u0001Face', 'x'.repeat(300), ' ', '😀']), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), weight: 1 },
);
const len = fc.oneof(
  { arbitrary: fc.double({ min: -20, max: 20, noNaN: true }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 150 }).map((n) => `${n}%`), weight: 2 },
);
const region = fc.record({ x: len, y: len, w: len.map((v) => (typeof v === 'number' ? Math.abs(v) : v)), h: len.map((v) => (typeof v === 'number' ? Math.abs(v) : v)) });
const bulletChar = fc.oneof(pick(['■', '●', '–', '·', '▶', '★', '1', '&', '<', '"', '😀', '\u0001', '\uFFFE', '\uD800', ' ']), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }));
const layoutKeys = ['title', 'agenda', 'section', 'content', 'quote', 'closing'] as const;
const layoutStyle = fc.record(
  {
    title: region,
    body: region,
    titleColor: colour,
    textColor: colour,
    titleAlign: pick(['left', 'center']),
    titleBold: fc.boolean(),
    background: fc.record({ color: colour, gradient: fc.record({ from: colour, to: colour, angle: fc.double({ min: 0, max: 360, noNaN: true }) }) }, { requiredKeys: [] }),
    decorations: fc.array(fc.record({ shape: pick(['rect', 'line', 'ellipse']), x: len, y: len, w: len.map((v) => (typeof v === 'number' ? Math.abs(v) : v)), h: len.map((v) => (typeof v === 'number' ? Math.abs(v) : v)), fill: colour }, { requiredKeys: ['shape', 'x', 'y', 'w', 'h'] }), { maxLength: 3 }),
    slideNumber: fc.oneof(fc.constant(false), region),
    footer: fc.oneof(fc.constant(false), region),
  },
  { requiredKeys: [] },
);

export const BUILTIN_THEMES = ['gov-blue', 'party-red', 'minimal', 'dark', 'academic'];

/** A child theme file (JSON): `extends` a built-in and changes random colours, sizes, fonts, spacing, layouts. */
export const themeFile: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: pick(['fuzz', '模糊', 'x&y']),
    extends: pick(BUILTIN_THEMES),
    palette: fc.dictionary(pick(['background', 'text', 'title', 'accent', 'accent2', 'muted', 'tableHeader', 'tableHeaderText', 'tableZebra', 'tableBorder', 'codeBackground', 'codeText', 'quoteBackground', 'quoteBar', 'link']), colour),
    fonts: fc.dictionary(pick(['title', 'body', 'mono']), fc.record({ latin: fontName, eastAsian: fontName }, { requiredKeys: [] })),
    sizes: fc.dictionary(pick(['title', 'subtitle', 'section', 'table', 'code', 'notes', 'footer', 'minTitle', 'minBody', 'minTable', 'minCode']), pt).chain((d) =>
      fc.option(fc.tuple(pt, pt, pt)).map((body) => (body ? { ...d, body } : d)),
    ),
    spacing: fc.record({ marginX: inches(5), marginTop: inches(5), marginBottom: inches(5), titleHeight: inches(5), gap: inches(2), lineSpacing: fc.double({ min: 0.8, max: 3, noNaN: true }), paragraphSpacing: fc.double({ min: 0, max: 3, noNaN: true }) }, { requiredKeys: [] }),
    bullets: fc.tuple(bulletChar, bulletChar, bulletChar).map((cs) => cs.map((char) => ({ char }))),
    numbering: fc.record({ sections: pick(['zh', 'arabic', 'part', 'none']) }),
    layouts: fc.dictionary(pick(layoutKeys), layoutStyle, { maxKeys: 3 }),
  },
  { requiredKeys: ['extends'] },
);
