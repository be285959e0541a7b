// The preview page: the slides (drawn by slide-html.ts) in a scrolling column, the current slide's notes beside
// them, keyboard navigation, and a refresh on every build through server-sent events. No framework, no assets
// from anywhere else: one HTML file with its CSS and script inline.
import { esc } from './slide-html.js';

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font-family:system-ui,"Noto Sans CJK SC",sans-serif;background:#2b2d31;color:#ddd}
header{position:fixed;top:0;left:0;right:0;height:40px;display:flex;align-items:center;gap:16px;padding:0 16px;background:#1e1f22;z-index:10;font-size:14px}
header .title{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
header .status{margin-left:auto;color:#9a9;white-space:nowrap}
#error{display:none;position:fixed;top:40px;left:0;right:0;padding:8px 16px;background:#7a1f1f;color:#fff;z-index:10;font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap}
body.has-error #error{display:block}
main{position:fixed;top:40px;bottom:0;left:0;right:340px;overflow-y:auto;padding:16px 24px 40vh}
body.no-notes main{right:0}
aside{position:fixed;top:40px;bottom:0;right:0;width:340px;overflow-y:auto;padding:16px;background:#232428;border-left:1px solid #111;font-size:15px;line-height:1.6}
body.no-notes aside{display:none}
aside h2{font-size:15px;margin:0 0 8px;color:#fff}
aside .where{font:12px ui-monospace,monospace;color:#8ab4f8;cursor:pointer;margin-bottom:12px}
aside .notes p{margin:0 0 10px;white-space:pre-wrap}
aside .none{color:#888;font-style:italic}
.frame{position:relative;margin:0 auto 20px;box-shadow:0 2px 12px #0008;outline:3px solid transparent;cursor:pointer}
.frame.current{outline-color:#8ab4f8}
.frame .no{position:absolute;left:-28px;top:0;font-size:12px;color:#888}
.slide{position:absolute;left:0;top:0;overflow:hidden;transform-origin:0 0}
body.scale-1 main{right:0;padding:0}
body.scale-1 aside,body.scale-1 header{display:none}
body.scale-1 main{top:0}
body.scale-1 .frame{margin:0 0 20px;box-shadow:none;outline:none}
.slide .box,.slide .deco,.slide .chrome,.slide .bar{position:absolute;margin:0}
.slide .text{display:flex;flex-direction:column;overflow:visible}
.slide .p{flex:none}
.slide .ln{white-space:pre;min-height:1em;text-autospace:no-autospace}
.slide .as{display:inline-block;width:0.232em}
.slide .ln.wrap{white-space:pre-wrap}
.slide .bu{display:inline-block;text-indent:0}
.slide table.box{border-collapse:collapse;table-layout:fixed}
.slide table.box td,.slide table.box th{font-weight:inherit;vertical-align:middle;overflow:hidden}
.slide table.box th{font-weight:700}
.slide .unknown{border:1.33px dashed #999;color:#999;font:12px sans-serif;display:flex;align-items:flex-start;justify-content:flex-end;padding:4px}
.slide .missing{display:flex;align-items:center;justify-content:center;text-align:center}
.slide img.box{object-fit:fill}
`;

const SCRIPT = `
const params = new URLSearchParams(location.search);
const fixedScale = params.get('scale') ? Number(params.get('scale')) : 0;
if (fixedScale === 1) document.body.classList.add('scale-1');
const state = { version: -1, current: 0, slides: [] };
const stage = document.getElementById('stage');
function fit() {
  const avail = stage.clientWidth - (fixedScale ? 0 : 48);
  for (const f of stage.querySelectorAll('.frame')) {
    const s = f.firstElementChild;
    const w = s.offsetWidth, h = s.offsetHeight;
    const k = fixedScale || Math.min(avail / w, 1.5);
    s.style.transform = 'scale(' + k + ')';
    f.style.width = w * k + 'px';
    f.style.height = h * k + 'px';
  }
}
function select(i, scroll) {
  const frames = stage.querySelectorAll('.frame');
  if (!frames.length) return;
  i = Math.max(0, Math.min(frames.length - 1, i));
  state.current = i;
  frames.forEach((f, k) => f.classList.toggle('current', k === i));
  if (scroll) frames[i].scrollIntoView({ block: 'center' });
  const s = state.slides[i] || { title: '', notes: [], where: '' };
  document.getElementById('notes-title').textContent = (i + 1) + ' / ' + frames.length + '  ' + s.title;
  const where = document.getElementById('where');
  where.textContent = s.where;
  const box = document.getElementById('notes');
  box.textContent = '';
  if (!s.notes.length) { const p = document.createElement('p'); p.className = 'none'; p.textContent = s.noNotes; box.append(p); }
  for (const n of s.notes) { const p = document.createElement('p'); p.textContent = n; box.append(p); }
}
async function load() {
  const r = await fetch('deck', { cache: 'no-store' });
  const d = await r.json();
  document.body.classList.toggle('has-error', !!d.error);
  document.getElementById('error').textContent = d.error || '';
  if (d.html !== undefined && d.version !== state.version) {
    const top = stage.scrollTop;
    stage.innerHTML = d.html;
    state.slides = d.slides;
    state.version = d.version;
    document.querySelector('header .title').textContent = d.title;
    document.title = d.title + ' — huibao preview';
    fit();
    stage.scrollTop = top;
    select(Math.min(state.current, d.slides.length - 1), false);
  }
  document.querySelector('header .status').textContent = (d.error ? 'not built' : 'built') + ' ' + d.time + (d.ms !== undefined ? ' in ' + d.ms + ' ms' : '');
  window.__huibao = { version: state.version, error: d.error || null, wall: Date.now() };
}
stage.addEventListener('click', (e) => {
  const frame = e.target.closest('.frame');
  if (!frame) return;
  const i = [...stage.querySelectorAll('.frame')].indexOf(frame);
  select(i, false);
  const line = (e.target.closest('[data-line]') || frame.firstElementChild).dataset.line;
  fetch('open?line=' + encodeURIComponent(line), { method: 'POST' }).then((r) => r.json()).then((j) => {
    document.querySelector('header .status').textContent = (j.opened ? 'opened ' : '') + j.where;
  });
});
document.getElementById('where').addEventListener('click', () => {
  const s = state.slides[state.current];
  if (s) fetch('open?line=' + s.line, { method: 'POST' });
});
document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const k = e.key;
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'j'].includes(k)) select(state.current + 1, true);
  else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'k'].includes(k)) select(state.current - 1, true);
  else if (k === 'Home') select(0, true);
  else if (k === 'End') select(1e9, true);
  else if (k === 'n') { document.body.classList.toggle('no-notes'); fit(); }
  else return;
  e.preventDefault();
});
window.addEventListener('resize', fit);
const es = new EventSource('events');
es.addEventListener('update', () => load());
load();
`;

export function pageHtml(title: string, lang: string): string {
  return `<!doctype html>
<html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} — huibao preview</title><style>${CSS}</style></head>
<body>
<header><span class="title">${esc(title)}</span><span class="keys" style="color:#888">← → slides · n notes · click: source line</span><span class="status"></span></header>
<div id="error"></div>
<main id="stage"></main>
<aside><h2 id="notes-title"></h2><div class="where" id="where" title="open in the editor"></div><div class="notes" id="notes"></div></aside>
<script>${SCRIPT}</script>
</body></html>`;
}
