#!/usr/bin/env node
// Does wrapRuns predict the line count LibreOffice renders? Builds a deck (pptxgenjs shapes, text bodies written the
// way src/render/txbody.ts writes them: a:latin + a:ea per run, lang zh-CN, exact line pitch, explicit insets),
// renders it with /work/shared/tools/render-pptx, counts the rendered lines per box (pdftotext -bbox-layout) and
// compares. Prints the agreement rate and every mismatch; "UNSAFE" = we predicted fewer lines than were drawn.
//
//   node bench/measure-agreement.mjs [--n 260] [--seed 7] [--audit] [--show] [--text] [--samples FILE] [--dump FILE] [--keep DIR]
//
// --audit compares every rendered line's width with the LibreOffice model's width of the same text (the numbers
// behind SAFETY in src/layout/measure.ts); --show prints every sample's rendered and predicted lines.
// Compiles src/layout/{measure,wrap,kinsoku}.ts on its own (into node_modules/.cache), so it does not depend on the
// rest of src/ compiling. Needs LibreOffice, poppler-utils and the fonts named in src/layout/metrics/generate.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import P from 'pptxgenjs';

const PptxGenJS = P.default ?? P;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : process.argv[i + 1]; };
const N = Number(arg('--n', 260));
const SEED = Number(arg('--seed', 7));
const KEEP = arg('--keep', null);

// ---- corpus (written for this bench: government-report Chinese, mixed, English, code) --------------------------
const CHINESE = [
  '过去一年，我们坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。',
  '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
  '全年国内生产总值增长百分之五点二，城镇新增就业一千二百四十四万人，城镇调查失业率平均为百分之五点二。',
  '坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。',
  '《政府工作报告》指出：要大力推进现代化产业体系建设，加快发展新质生产力。',
  '各级政府要自觉接受同级人大及其常委会的监督，自觉接受人民政协的民主监督，主动接受社会和舆论监督。',
  '我们要牢记“国之大者”，把握“时”与“势”，在危机中育先机、于变局中开新局！',
  '统筹发展和安全，有效防范化解重点领域风险；守住不发生系统性风险的底线。',
  '加强生态文明建设，推进绿色低碳发展（包括：节能降碳、污染防治、生态保护）。',
  '【重点任务】深化科技体制改革，健全新型举国体制，强化国家战略科技力量……',
  '问题在于：如何把“纸面上的规划”变成“地面上的实效”？关键在落实。',
  '这是一个需要全党全国各族人民共同努力的事业——既要仰望星空，又要脚踏实地。',
  '加快建设农业强国，扎实推进乡村全面振兴，确保粮食产量保持在一万三千亿斤以上。',
  '持续优化营商环境，依法保护民营企业产权和企业家权益，促进民营经济发展壮大。',
  '教育、科技、人才是中国式现代化的基础性、战略性支撑；要坚持“教育优先发展、科技自立自强、人才引领驱动”。',
  '政府工作人员要恪尽职守、勤勉履职，坚决反对形式主义、官僚主义，切实减轻基层负担。',
  '推动“一带一路”高质量发展，稳步扩大规则、规制、管理、标准等制度型开放。',
  '要增强忧患意识，坚持底线思维，做好应对各种风险挑战的准备，“图之于未萌，虑之于未有”。',
];
const MIXED = [
  '2024年GDP增长5.2%，CPI上涨0.2%，城镇新增就业1244万人，粮食产量达到6.95亿吨。',
  '推进“人工智能+”行动，发展Python、Java等开源生态，详见https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm。',
  '本项目采用B/S架构，前端使用Vue 3与TypeScript，后端采用Spring Boot 3.2，数据库为PostgreSQL 16。',
  '第三季度营业收入为1,234.56亿元，同比增长12.3%；净利润为89.7亿元（同比+8.1%）。',
  '会议时间：2024年3月5日 9:00—11:30；地点：人民大会堂；联系人：张三（电话010-12345678）。',
  '全面推广“互联网+政务服务”，实现90%以上事项“一网通办”，平均办理时限压缩至3.5个工作日。',
  '关于5G、IPv6和北斗系统的规模化应用，请参阅《数字中国建设整体布局规划》第二章。',
  '使用 git commit -m "fix: 修复登录问题" 提交代码，然后运行 npm run build 构建项目。',
  '2023年R&D经费投入超过3.3万亿元，占GDP比重为2.64%，基础研究经费占比提升至6.65%。',
  '截至12月底，全国共建成5G基站337.7万个，千兆光网覆盖超过5亿户家庭。',
  '请将材料发送至office@example.gov.cn，抄送policy-research@example.org.cn，并注明“2024年度报告”字样。',
];
const ENGLISH = [
  'The quick brown fox jumps over the lazy dog while the committee reviews the quarterly budget report.',
  'Revenue grew 12.3% year over year, driven by strong demand in cloud services and a recovery in hardware sales.',
  'We will continue to strengthen cooperation with our partners, improve efficiency, and reduce unnecessary costs across all departments.',
  'See https://www.example.com/reports/2024/annual-review-final-version.pdf for the complete annual review and appendix tables.',
  '"Quality first," she said, "and speed second." Everyone agreed; nobody wanted another delayed launch.',
  'Key risks include supply-chain disruptions, regulatory uncertainty, and rising interest rates in major markets.',
  'Internationalization (i18n) and localization (l10n) are tracked in the roadmap under milestones M1–M4.',
  'Antidisestablishmentarianism and pneumonoultramicroscopicsilicovolcanoconiosis are notoriously long English words.',
];
const CODE = ['npm run build && node dist/cli/main.js --theme gov-red slides/2024-report.md', 'const lines = wrapRuns(runs, { style, maxWidthPt: 540 });'];

// ---- compile the measurer ------------------------------------------------------------------------------------
const out = path.join(root, 'node_modules/.cache/huibao-measure');
fs.rmSync(out, { recursive: true, force: true });
execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['--outDir', out, '--rootDir', 'src', '--module', 'NodeNext',
  '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node',
  'src/layout/measure.ts', 'src/layout/wrap.ts', 'src/layout/kinsoku.ts', 'src/layout/linebreak.d.ts'], { cwd: root, stdio: 'inherit' });
const { wrapRuns, wrapBoth } = await import(pathToFileURL(path.join(out, 'layout/wrap.js')).href);
const { metricsFor, scriptGaps, scriptGapEm, resolveScripts, joinedToPrevious, SAFETY } = await import(pathToFileURL(path.join(out, 'layout/measure.js')).href);

// ---- samples ---------------------------------------------------------------------------------------------------
let state = SEED >>> 0;
const rand = () => { state = (state + 0x6d2b79f5) >>> 0; let t = state; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (a) => a[Math.floor(rand() * a.length)];
const weighted = (pairs) => { let r = rand() * pairs.reduce((s, p) => s + p[0], 0); for (const [w, v] of pairs) if ((r -= w) < 0) return v; return pairs[0][1]; };

const FACES = [
  [30, { latin: 'Arial', eastAsian: 'Microsoft YaHei' }], [20, { latin: 'Times New Roman', eastAsian: 'SimSun' }],
  [15, { latin: 'Calibri', eastAsian: 'Microsoft YaHei' }], [15, { latin: 'Microsoft YaHei', eastAsian: 'Microsoft YaHei' }],
  [10, { latin: '仿宋', eastAsian: '仿宋' }], [5, { latin: 'SimHei', eastAsian: 'SimHei' }], [5, { latin: 'Cambria', eastAsian: 'SimSun' }],
];
const MONO = { latin: 'Courier New', eastAsian: 'SimSun' };
const SIZES = [14, 16, 18, 20, 24, 28, 32, 36, 40];
const INSET = [7.2, 3.6, 7.2, 3.6];

function makeSample(id) {
  const kind = weighted([[40, 'zh'], [30, 'mixed'], [18, 'en'], [6, 'breaks'], [6, 'code']]);
  const n = 1 + Math.floor(rand() * 3);
  const source = kind === 'en' ? ENGLISH : kind === 'zh' ? CHINESE : kind === 'mixed' ? MIXED : [...CHINESE, ...MIXED];
  const parts = Array.from({ length: n }, () => pick(source));
  let runs;
  if (kind === 'breaks') runs = parts.map((t, i) => ({ text: t, breakBefore: i > 0 }));
  else if (kind === 'code') runs = [{ text: pick(CHINESE).slice(0, 12) }, { text: pick(CODE), code: true }, { text: pick(MIXED) }];
  else runs = [{ text: parts.join(kind === 'en' ? ' ' : '') }];
  const bold = weighted([[55, 'none'], [20, 'all'], [25, 'part']]);
  if (bold === 'part') {
    const t = runs[0].text, a = Math.floor(rand() * t.length * 0.6), b = a + 2 + Math.floor(rand() * 14);
    runs = [{ text: t.slice(0, a) }, { text: t.slice(a, b), bold: true }, { text: t.slice(b) }, ...runs.slice(1)].filter((r) => r.text);
  }
  return { id, kind, runs, faces: weighted(FACES), bold: bold === 'all', sizePt: pick(SIZES), wIn: 2.5 + Math.round(rand() * 100) / 10 };
}

// --samples FILE: a JSON array of {runs, faces, sizePt, wIn, bold?} instead of generated samples (for probing).
const SAMPLES = arg('--samples', null);
const samples = SAMPLES
  ? JSON.parse(fs.readFileSync(SAMPLES, 'utf8')).map((s, i) => ({ kind: 'file', bold: false, ...s, id: i + 1 }))
  : Array.from({ length: N }, (_, i) => makeSample(i + 1));
const all = samples;
if (arg('--dump', null)) fs.writeFileSync(arg('--dump', null), JSON.stringify(samples, null, 1)); // to replay with --samples

// ---- the deck --------------------------------------------------------------------------------------------------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pitch = (s) => Math.ceil(s.sizePt * 1.2);
// As src/render/txbody.ts writes Chinese runs: "…" and "—" held to what precedes them with U+FEFF, and “”‘’…—· in
// runs of their own set in the East Asian face (mirrored here so the bench does not depend on the renderer compiling).
const JOIN_BEFORE = /(?<=.)(?=[…—])/gsu;
const CJK_QUOTES = /([\uFEFF“”‘’…—·]+)/;
function txBody(s) {
  const emu = (pt) => Math.round(pt * 12700);
  const rPr = (r, tag = 'a:rPr', eaQuote = false) => {
    const f0 = r.code ? MONO : s.faces, f = eaQuote ? { latin: f0.eastAsian, eastAsian: f0.eastAsian } : f0;
    return `<${tag} lang="zh-CN" altLang="en-US" sz="${s.sizePt * 100}"${r.bold || s.bold ? ' b="1"' : ''} dirty="0">` +
      `<a:latin typeface="${esc(f.latin)}"/><a:ea typeface="${esc(f.eastAsian)}"/><a:cs typeface="${esc(f.latin)}"/></${tag}>`;
  };
  let p = `<a:p><a:pPr marL="0" indent="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPts val="${pitch(s) * 100}"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/></a:pPr>`;
  for (const r of s.runs) {
    if (r.breakBefore) p += `<a:br>${rPr(r)}</a:br>`;
    if (!r.text) continue;
    if (r.code) { p += `<a:r>${rPr(r)}<a:t>${esc(r.text)}</a:t></a:r>`; continue; }
    const joined = r.text.replace(JOIN_BEFORE, '\uFEFF').replace(/^(?=[…—])/, p.includes('<a:r>') ? '\uFEFF' : '');
    const pieces = joined.split(CJK_QUOTES);
    for (const piece of pieces) if (piece) p += `<a:r>${rPr(r, 'a:rPr', pieces.length > 1 && CJK_QUOTES.test(piece))}<a:t>${esc(piece)}</a:t></a:r>`;
  }
  p += rPr({}, 'a:endParaRPr') + '</a:p>';
  return `<p:txBody><a:bodyPr wrap="square" lIns="${emu(INSET[0])}" tIns="${emu(INSET[1])}" rIns="${emu(INSET[2])}" bIns="${emu(INSET[3])}" anchor="t" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>${p}</p:txBody>`;
}

async function buildDeck(file) {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BENCH', width: 13.33, height: 30 });
  pptx.layout = 'BENCH';
  for (const s of all) {
    pptx.addSlide().addText(`@@${s.id}@@`, { x: 0.2, y: 0.2, w: s.wIn, h: 29.5, fontFace: 'Arial', fontSize: s.sizePt,
      valign: 'top', lang: 'zh-CN', lineSpacing: pitch(s), fit: 'none', margin: INSET });
  }
  const zip = await JSZip.loadAsync(await pptx.write({ outputType: 'nodebuffer' }));
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const xml = await zip.file(name).async('string');
    zip.file(name, xml.replace(/<p:txBody>[\s\S]*?<\/p:txBody>/, (m) => txBody(all[Number(/@@(\d+)@@/.exec(m)[1]) - 1])));
  }
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

// ---- render and read the lines back ----------------------------------------------------------------------------
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
function renderedLines(pdf) {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 1 << 28 }).toString();
  return xml.split(/<page /).slice(1).map((page) => {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], t: unesc(m[5]) }));
    const rows = [];   // words -> visual lines by vertical centre
    for (const w of words.sort((a, b) => a.y0 + a.y1 - b.y0 - b.y1)) {
      const c = (w.y0 + w.y1) / 2, r = rows[rows.length - 1];
      if (r && Math.abs(c - r.c) < 0.35 * (w.y1 - w.y0)) r.w.push(w); else rows.push({ c, w: [w] });
    }
    return rows.map((r) => r.w.sort((a, b) => a.x0 - b.x0));
  });
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-agreement.'));
const deck = path.join(work, 'bench.pptx');
await buildDeck(deck);
execFileSync('/work/shared/tools/render-pptx', ['--dpi', '8', '--timeout', '900', deck, work], { stdio: ['ignore', 'ignore', 'inherit'] });
const pages = renderedLines(path.join(work, 'bench.pdf'));
if (pages.length !== all.length) throw new Error(`PDF has ${pages.length} pages for ${all.length} samples`);
if (KEEP) { fs.mkdirSync(KEEP, { recursive: true }); for (const f of ['bench.pptx', 'bench.pdf']) fs.copyFileSync(path.join(work, f), path.join(KEEP, f)); }

// ---- compare ---------------------------------------------------------------------------------------------------
const rowText = (row) => row.map((w) => w.t).join(' ');
const flat = (s) => s.replace(/[\s\uFEFF]+/g, '');
let agree = 0, unsafe = 0, safe = 0, lost = 0, loAgree = 0, loUnsafe = 0;
const report = [];
for (const s of samples) {
  const rows = pages[s.id - 1];
  const opts = { style: { faces: s.faces, sizePt: s.sizePt, bold: s.bold }, mono: MONO, maxWidthPt: s.wIn * 72 - INSET[0] - INSET[2] };
  const predicted = wrapRuns(s.runs, opts).lines;
  const both = wrapBoth(s.runs, opts);
  const want = flat(s.runs.map((r) => r.text).join(''));
  if (flat(rows.map(rowText).join('')) !== want) lost++;
  const blankLines = predicted.filter((l) => flat(l) === '').length;  // pdftotext has no words for an empty line
  const got = rows.length + blankLines;
  if (both.lo.length === got) loAgree++;
  else if (both.lo.length < got) {
    loUnsafe++;
    report.push(`(LibreOffice model alone unsafe) #${s.id} ${s.faces.latin} ${s.sizePt}pt: model ${both.lo.length}, rendered ${got}`);
  }
  if (process.argv.includes('--show')) console.log(`#${s.id} rendered:\n${rows.map((r) => '    ' + rowText(r)).join('\n')}\n  predicted:\n${predicted.map((l) => '    ' + l).join('\n')}`);
  if (got === predicted.length) { agree++; continue; }
  const verdict = predicted.length < got ? 'UNSAFE' : 'safe';
  if (verdict === 'UNSAFE') unsafe++; else safe++;
  let k = 0; while (k < rows.length && k < both.lo.length && flat(rowText(rows[k])) === flat(both.lo[k])) k++;
  report.push(`${verdict} #${s.id} ${s.kind} ${s.faces.latin}/${s.faces.eastAsian}${s.bold ? ' bold' : ''} ${s.sizePt}pt ` +
    `width ${(s.wIn * 72 - 14.4).toFixed(1)}pt: predicted ${predicted.length} (LibreOffice model ${both.lo.length}, ` +
    `PowerPoint model ${both.ppt.length}), rendered ${got}; LibreOffice model differs from line ${k + 1}:\n` +
    `    rendered : ${rows[k] ? rowText(rows[k]) : '(none)'}\n    LO model : ${both.lo[k] ?? '(none)'}` +
    (process.argv.includes('--text') ? `\n    text     : ${JSON.stringify(s.runs)}` : '') +
    (both.ppt.length > both.lo.length ? `\n    PPT model: ${both.ppt.find((l, j) => l !== both.lo[j]) ?? ''} (first line differing from the LibreOffice model)` : ''));
}
console.log(report.join('\n'));

// ---- width audit: every rendered line's width against the LibreOffice model's width of the same text ----------
// (no safety factor), to see how far off the model is: first at the nominal size (what the model would be without
// LibreOffice's 600 dpi grid), then at LibreOffice's size with advances in whole pixels (the model).
if (process.argv.includes('--audit')) {
  const audit = new Map();
  const q = (pt) => Math.round((pt * 600) / 72) * 72 / 600;
  for (const s of samples) {
    const text = s.runs.map((r) => r.text).join('');
    const style = []; for (const r of s.runs) for (const _ of r.text) style.push(r);
    const scripts = resolveScripts(text, new Uint8Array(text.length), (i) => !style[i]?.code && joinedToPrevious(text, i));
    const gaps = scriptGaps(text, scripts), g = scriptGapEm(q(s.sizePt));
    let at = 0;
    for (const row of pages[s.id - 1]) {
      const want = flat(rowText(row));
      while (at < text.length && /\s/.test(text[at])) at++;
      let end = at, got = '';
      while (end < text.length && got.length < want.length) { if (!/\s/.test(text[end])) got += text[end]; end++; }
      if (got !== want) break;
      let em = 0;
      const ppem = Math.round((s.sizePt * 600) / 72);
      for (let i = at; i < end; i++) {
        const r = style[i] ?? {}, m = metricsFor(r.code ? MONO : s.faces, !!(r.bold || s.bold), 'lo');
        const w = m.loCharEm(text.codePointAt(i), scripts[i], ppem);
        em += w / (w >= 1 ? 1 : SAFETY.lo) + (i > at && gaps[i] ? g : 0);
        if (i > at && style[i - 1] === r && scripts[i] === 1 && scripts[i - 1] === 1) em += m.kernEm(text.charCodeAt(i - 1), text.charCodeAt(i), ppem);
      }
      const rendered = row[row.length - 1].x1 - (0.2 * 72 + INSET[0]);
      if (em * s.sizePt > 40) {
        const key = `${s.runs.some((r) => r.code) ? 'code' : s.faces.latin}${s.bold ? ' bold' : ''}`;
        const e = audit.get(key) ?? [];
        e.push([rendered / (em * s.sizePt), rendered / (em * q(s.sizePt)), text.slice(at, end)]);
        audit.set(key, e);
      }
      at = end;
    }
  }
  console.log('\nrendered width / LibreOffice-model width per line (no safety factor): min / median / max at the nominal size; at the 600 dpi size');
  for (const [k, e] of audit) {
    const st = (j) => { const v = e.map((x) => x[j]).sort((a, b) => a - b); return `${v[0].toFixed(4)} / ${v[v.length >> 1].toFixed(4)} / ${v[v.length - 1].toFixed(4)}`; };
    console.log(`  ${k.padEnd(22)} n=${String(e.length).padStart(3)}  ${st(0)}   ${st(1)}   widest: ${e.sort((a, b) => b[1] - a[1])[0][2].slice(0, 30)}`);
  }
  if (process.argv.includes('--verbose')) for (const [k, e] of audit) for (const x of e.filter((y) => y[1] < 0.985 || y[1] > 1.0012)) console.log(`  ${x[1] > 1 ? 'WIDER' : 'narrower'} ${x[1].toFixed(4)} ${k}: ${x[2]}`);
}
console.log(`\nmeasure-agreement: ${agree}/${samples.length} agree (${((100 * agree) / samples.length).toFixed(1)} %), ` +
  `${unsafe} unsafe (predicted fewer lines), ${safe} safe-side (predicted more); ${lost} samples with text pdftotext did not read back exactly` +
  `\n  LibreOffice model alone: ${loAgree}/${samples.length} agree (${((100 * loAgree) / samples.length).toFixed(1)} %), ${loUnsafe} unsafe`);

fs.rmSync(work, { recursive: true, force: true });
process.exit(unsafe > 0 ? 1 : 0);
