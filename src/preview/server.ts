// The preview server: 127.0.0.1 only, a Host check against DNS rebinding, and only what it made itself — the
// page, the deck as HTML, the pictures the last build read (served from memory by id), the event stream. No path
// from a request ever reaches the file system, so nothing outside the deck's folder can be served.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { HuibaoError } from '../errors.js';
import type { Outcome } from './watcher.js';
import { pageHtml } from './page.js';
import { slideHtml, type PictureStore } from './slide-html.js';

interface Picture {
  data: Uint8Array;
  mime: string;
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.bmp': 'image/bmp' };

class Pictures implements PictureStore {
  readonly byId = new Map<string, Picture>();
  add(key: string, load: () => Picture | undefined): string | undefined {
    const id = createHash('sha1').update(key).digest('hex').slice(0, 16);
    if (!this.byId.has(id)) {
      const p = load();
      if (!p) return undefined;
      this.byId.set(id, p);
    }
    return id;
  }
}

export interface DeckView {
  version: number;
  title: string;
  lang: string;
  html?: string;
  slides: { title: string; notes: string[]; line: number; where: string; noNotes: string }[];
  error?: string;
  time: string;
  ms?: number;
}

export interface PreviewOptions {
  file: string;
  port: number;
  /** Editor command for clicks ("code -g", "vim +{line} {file}"); none: the click only shows file:line. */
  editor?: string;
}

/** Editor command line for a file and line: `{file}` and `{line}` filled in, else `file:line` appended. */
export function editorArgs(editor: string, file: string, line: number): string[] {
  const parts = editor.trim().split(/\s+/);
  if (!editor.includes('{file}')) return [...parts, `${file}:${line}`];
  return parts.map((p) => p.replace(/\{file\}/g, file).replace(/\{line\}/g, String(line)));
}

export class PreviewServer {
  private server: http.Server;
  private clients = new Set<http.ServerResponse>();
  private view: DeckView;
  private pictures = new Pictures();
  port = 0;

  constructor(private readonly opts: PreviewOptions) {
    this.view = { version: 0, title: path.basename(opts.file), lang: 'en', slides: [], time: '' };
    this.server = http.createServer((req, res) => this.handle(req, res));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', (e: NodeJS.ErrnoException) =>
        reject(new HuibaoError(e.code === 'EADDRINUSE' ? `port ${this.opts.port} is in use; choose another with --port` : `cannot serve the preview (${e.code ?? e.message})`)),
      );
      this.server.listen(this.opts.port, '127.0.0.1', () => {
        this.port = (this.server.address() as { port: number }).port;
        resolve();
      });
    });
  }

  /** Turn a build outcome into the page's view and tell every open page. */
  update(o: Outcome): void {
    const time = new Date().toTimeString().slice(0, 8);
    const version = this.view.version + 1;
    if (!o.ok) {
      const e = o.error;
      this.view = { ...this.view, version, error: e instanceof HuibaoError ? e.format() : `internal error: ${(e as Error)?.message ?? e}`, time, ms: Math.round(o.ms) };
    } else {
      const { laid, theme } = o.result;
      const pictures = new Pictures();
      const themePics = new Set(Object.values(theme.layouts).flatMap((l) => [l?.background?.image, l?.logo?.image]).filter(Boolean));
      const loadFile = (p: string) => {
        if (!themePics.has(p)) return undefined;
        try {
          return { data: new Uint8Array(readFileSync(p)), mime: MIME[path.extname(p).toLowerCase()] ?? 'application/octet-stream' };
        } catch {
          return undefined;
        }
      };
      const lineOf = (l: number) => o.lineOf(l) ?? l;
      const html = laid.slides.map((_, i) => `<div class="frame">${slideHtml(laid, theme, i, { pictures, loadFile, lineOf })}</div>`).join('\n');
      const zh = laid.meta.lang.startsWith('zh');
      const rel = path.basename(this.opts.file);
      const slides = laid.slides.map((s) => ({ title: s.titleText, notes: s.notes, line: lineOf(s.src.line), where: `${rel}:${lineOf(s.src.line)}`, noNotes: zh ? '（本页无备注）' : '(no notes on this slide)' }));
      this.pictures = pictures;
      this.view = { version, title: laid.meta.title, lang: laid.meta.lang, html, slides, time, ms: Math.round(o.ms) };
    }
    for (const c of this.clients) c.write(`event: update\ndata: ${version}\n\n`);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    // Only pages opened as 127.0.0.1 or localhost: another site's name pointed at 127.0.0.1 gets nothing.
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${this.port}` && host !== `localhost:${this.port}`) return this.send(res, 403, 'text/plain', 'forbidden');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = `${req.method} ${url.pathname}`;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    if (route === 'GET /') {
      res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'");
      return this.send(res, 200, 'text/html; charset=utf-8', pageHtml(this.view.title, this.view.lang));
    }
    if (route === 'GET /favicon.ico') return this.send(res, 204, 'image/x-icon', '');
    if (route === 'GET /deck') return this.send(res, 200, 'application/json; charset=utf-8', JSON.stringify(this.view));
    if (route === 'GET /events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
      return;
    }
    const img = url.pathname.match(/^\/img\/([0-9a-f]{16})$/);
    if (req.method === 'GET' && img) {
      const p = this.pictures.byId.get(img[1]);
      return p ? this.send(res, 200, p.mime, p.data) : this.send(res, 404, 'text/plain', 'not found');
    }
    if (route === 'POST /open') {
      const line = Number(url.searchParams.get('line'));
      if (!Number.isInteger(line) || line < 1) return this.send(res, 400, 'text/plain', 'bad line');
      const where = `${path.basename(this.opts.file)}:${line}`;
      let opened = false;
      if (this.opts.editor) {
        const [cmd, ...args] = editorArgs(this.opts.editor, path.resolve(this.opts.file), line);
        try {
          spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
          opened = true;
        } catch {
          opened = false;
        }
      }
      return this.send(res, 200, 'application/json', JSON.stringify({ where, opened }));
    }
    this.send(res, 404, 'text/plain', 'not found');
  }

  private send(res: http.ServerResponse, status: number, type: string, body: string | Uint8Array): void {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  }

  async close(): Promise<void> {
    for (const c of this.clients) c.end();
    this.clients.clear();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
