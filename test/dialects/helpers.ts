// Shared by the dialect tests: slide XML out of a built deck, and the text a slide shows.
import JSZip from 'jszip';
import type { Inline, Slide } from '../../src/model.js';
import { eachRuns } from '../../src/text/walk.js';

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
  eachRuns(s.blocks, (runs) => out.push(runsText(runs.filter((r) => !r.math))), { alt: true });
  return out.join('\n');
}
