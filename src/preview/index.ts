// Preview: the laid-out deck drawn as HTML (slide-html.ts), served live on 127.0.0.1 (server.ts, page.ts), rebuilt
// on every save by the warm loop watch and preview share (watcher.ts).
export { slideHtml, cutLines, type PictureStore } from './slide-html.js';
export { PreviewServer, editorArgs, type DeckView, type PreviewOptions } from './server.js';
export { DeckWatcher, dependencies, type Outcome, type Built, type Failed, type WatchOptions } from './watcher.js';
export { pageHtml } from './page.js';
