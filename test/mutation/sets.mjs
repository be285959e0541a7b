// Named test sets for `npm run mutate` (HUIBAO_MUTATE_SET=layout|render|parse): the test files that reach each
// area's modules, without the whole-deck files that every surviving mutant would otherwise run to the end
// (measured under load: test/template/template.test.ts 31 s, test/reliability/regressions.test.ts 8–15 s,
// test/render/zip.mutants.test.ts 19 s, test/assets/images.test.ts 6 s, the dialect files 10 s together). A
// narrowed set can only kill fewer mutants, so the score it gives is a lower bound.
export const MUTATE_SETS = {
  layout: [
    'test/layout/fit.test.ts', 'test/layout/continuation.test.ts', 'test/layout/layouts.test.ts', 'test/layout/measure.test.ts',
    'test/layout/wrap.test.ts', 'test/layout/kinsoku.test.ts', 'test/layout/*.mutants.test.ts', 'test/layout/title-*.test.ts',
    'test/charts/layout.test.ts', 'test/layout/caches.test.ts', 'test/layout/page-notes.test.ts',
  ],
  render: [
    'test/render/links.test.ts', 'test/render/parts.mutants.test.ts', 'test/render/chrome.mutants.test.ts', 'test/render/masters.mutants.test.ts',
    'test/render/placeholders*.test.ts', 'test/render/postprocess*.test.ts', 'test/render/render.test.ts', 'test/render/txbody*.test.ts',
    'test/charts/render.test.ts', 'test/template/cover.test.ts', 'test/theme/roles.test.ts', 'test/dialects/backgrounds.test.ts',
    'test/dialects/directives.test.ts', 'test/dialects/footnotes.test.ts', 'test/dialects/marp-footer.test.ts', 'test/layout/layouts.test.ts',
    'test/render/index.mutants.test.ts', 'test/render/layouts.mutants.test.ts', 'test/render/pptxgen.mutants.test.ts', 'test/render/shape-ids.test.ts',
    'test/render/math.mutants.test.ts', 'test/render/math-text.mutants.test.ts', 'test/render/math-text-tables.mutants.test.ts', 'test/dialects/math.test.ts', 'test/render/chart.mutants.test.ts',
  ],
  // src/render/zip.ts needs its own files: HUIBAO_MUTATE_TESTS=test/render/zip*.test.ts,test/render/render.test.ts
  parse: ['test/parse/*.test.ts', 'test/charts/parse.test.ts'],
};
