// Shared by the dialect tests: slide XML out of a built deck, and the text a slide shows.
import JSZip from 'jszip';
import type { Block, Inline, Slide } from '../../src/model.js';

/** Every slide's XML, in slide order. */
export async function slideXml(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

/** Code (inline or failed formulas) is shown as written on purpose: left out here. */
const runsText = (runs: readonly Inline[] | undefined) => (runs ?? []).filter((r) => !r.code).map((r) => r.text).join('');

/** The text a slide shows (title, subtitle, every block), formulas, code runs and code blocks excluded. */
export function shownText(s: Slide): string {
  const out: string[] = [runsText(s.title?.filter((r) => !r.math)), runsText(s.subtitle)];
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      switch (b.kind) {
        case 'paragraph':
          out.push(runsText(b.runs.filter((r) => !r.math)));
          break;
        case 'list':
          for (const it of b.items) {
            out.push(runsText(it.runs.filter((r) => !r.math)));
            blocks(it.children);
          }
          break;
        case 'quote':
          blocks(b.blocks);
          break;
        case 'table':
          for (const c of [...b.header, ...b.rows.flat()]) out.push(runsText(c.filter((r) => !r.math)));
          break;
        case 'columns':
          for (const c of b.columns) {
            out.push(runsText(c.heading));
            blocks(c.blocks);
          }
          break;
        case 'image':
          out.push(b.alt);
          break;
      }
    }
  };
  blocks(s.blocks);
  return out.join('\n');
}
