// huibao's library API: one function per stage, and `build` for the whole pipeline.
export { build, type BuildOptions, type BuildResult } from './build.js';
export { parse, type ParseOptions, type ParseResult } from './parse/index.js';
export { resolveTheme, listThemes } from './theme/index.js';
export { layout, type LayoutOptions } from './layout/index.js';
export { render, type RenderOptions } from './render/index.js';
export { outline, type OutlineOptions, type OutlineResult } from './outline/index.js';
export { HuibaoError, type Warning } from './errors.js';
export type * from './model.js';
export { exportDeck, type ExportOptions, type ExportResult, type ExportKind } from './export/api.js';
export { startPreview, type PreviewOptions, type Preview } from './preview/api.js';
