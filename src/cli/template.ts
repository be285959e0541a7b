// `huibao template inspect unit.pptx`: what is in a PowerPoint template and what huibao does with it — masters,
// layouts and their placeholders, which layout each slide kind maps to and why, and the sizes, fonts and colours
// the deck will be measured and drawn with.
import type { Command } from 'commander';
import { processIo, runCommand, type Io } from './run.js';

export interface InspectOptions {
  json?: boolean;
  lang?: string;
}

const f2 = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

export async function runTemplateInspect(file: string, opts: InspectOptions, io: Io = processIo): Promise<number> {
  const [{ prepareTemplate, KINDS }, { templateTheme }, { resolveTheme, defaultThemeName }] = await Promise.all([
    import('../template/index.js'),
    import('../template/theme.js'),
    import('../theme/index.js'),
  ]);
  const lang = opts.lang ?? 'zh-CN';
  const { template: t, mapping } = prepareTemplate(file);
  const theme = templateTheme(t, mapping, resolveTheme(defaultThemeName(lang), { lang }), lang);
  const ph = (p: { type: string; idx: number; box?: { x: number; y: number; w: number; h: number } } | undefined) =>
    p ? `${p.type}${p.idx ? `#${p.idx}` : ''}${p.box ? ` @ ${f2(p.box.x)},${f2(p.box.y)} ${f2(p.box.w)}×${f2(p.box.h)} in` : ''}` : '—';
  if (opts.json) {
    const kinds = Object.fromEntries(KINDS.map((k) => [k, { layout: mapping.kinds[k].layout.name, part: mapping.kinds[k].layout.part, title: mapping.kinds[k].title, body: mapping.kinds[k].body, why: mapping.kinds[k].why }]));
    const masters = t.masters.map((m) => ({ name: m.name, part: m.part, theme: m.theme.name, slidesUsing: m.slidesUsing, colors: m.theme.colors, clrMap: m.clrMap, fonts: { major: m.theme.major, minor: m.theme.minor }, placeholders: m.placeholders }));
    const layouts = t.layouts.map((l) => ({ name: l.name, part: l.part, type: l.type, master: l.master, placeholders: l.placeholders }));
    io.out(JSON.stringify({ file, size: { ...t.sizeEmu, inches: t.size }, exampleSlides: t.slideCount, master: mapping.master.part, masterWhy: mapping.masterWhy, masters, layouts, mapping: kinds, theme: { palette: theme.palette, fonts: theme.fonts, sizes: theme.sizes, bullets: theme.bullets, layouts: theme.layouts } }, null, 2));
    return 0;
  }
  const ratio = t.size.w / t.size.h;
  io.out(`${file}`);
  io.out(`  slide size ${f2(t.size.w)} × ${f2(t.size.h)} in (${Math.abs(ratio - 4 / 3) < 0.01 ? '4:3' : Math.abs(ratio - 16 / 9) < 0.01 ? '16:9' : ratio.toFixed(3) + ':1'}), ${t.slideCount} example slide${t.slideCount === 1 ? '' : 's'} (not kept)`);
  for (const m of t.masters) {
    const chosen = m === mapping.master ? `  ← used (${mapping.masterWhy})` : '';
    io.out(`  master "${m.name}" (${m.part}), theme "${m.theme.name}", ${m.layouts.length} layouts${chosen}`);
    io.out(`    fonts: headings ${m.theme.major.latin || '—'} / ${m.theme.major.eastAsian || '—'}, body ${m.theme.minor.latin || '—'} / ${m.theme.minor.eastAsian || '—'}`);
    io.out(`    colours: ${Object.entries(m.theme.colors).map(([k, v]) => `${k} ${v}`).join(', ')}; background = ${m.clrMap.bg1}, text = ${m.clrMap.tx1}`);
    for (const lp of m.layouts) {
      const l = t.layouts.find((x) => x.part === lp);
      if (!l) continue;
      const kinds = KINDS.filter((k) => mapping.kinds[k].layout === l);
      const art = l.artwork ? `  (artwork on its example slide: ${l.artwork.image.replace(/^.*\//, '')})` : '';
      io.out(`    layout "${l.name}"${l.type ? ` [${l.type}]` : ''}${kinds.length ? `  ← ${kinds.join(', ')}` : ''}${art}`);
      io.out(`      ${l.placeholders.map(ph).join('; ') || 'no placeholders (artwork only)'}`);
    }
  }
  io.out('  huibao maps:');
  for (const k of KINDS) {
    const c = mapping.kinds[k];
    io.out(`    ${k.padEnd(8)} → "${c.layout.name}": title in ${ph(c.title)}, text in ${ph(c.body)} (${c.why})`);
  }
  const s = theme.sizes;
  io.out(`  measured with: title ${s.title} pt, section ${s.section} pt, body ${s.body.join('/')} pt (floor ${s.minBody} pt), fonts ${theme.fonts.title.latin}/${theme.fonts.title.eastAsian} and ${theme.fonts.body.latin}/${theme.fonts.body.eastAsian}`);
  io.out(`  colours: text ${theme.palette.text} on ${theme.palette.background}, accent ${theme.palette.accent}, bullets ${theme.bullets.map((b) => `${b.char} ${b.color ?? ''}`.trim()).join(', ')}`);
  return 0;
}

export function registerTemplateCommand(program: Command, io: Io = processIo): void {
  const template = program
    .command('template')
    .description('look inside a PowerPoint template (.pptx/.potx) before building on it')
    .addHelpText(
      'after',
      `
Examples:
  huibao template inspect unit.pptx                 masters, layouts, placeholders and what huibao maps to each
  huibao build deck.md --template unit.pptx         build on it (or front matter: template: ./unit.pptx)
  huibao themes init unit --from unit.pptx          a huibao theme from its colours and fonts`,
    );
  template
    .command('inspect')
    .description('list masters, layouts and placeholders, and which layout each slide kind uses')
    .argument('<file>', 'a .pptx or .potx')
    .option('--json', 'everything as JSON')
    .option('--lang <lang>', 'the deck language the fonts are chosen for (default zh-CN)')
    .action(async (file: string, opts: InspectOptions) => {
      process.exitCode = await runCommand(() => runTemplateInspect(file, opts, io), io);
    });
}
