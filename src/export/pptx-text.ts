// Titles, text and notes read back from a .pptx (when the script is exported from a deck rather than Markdown):
// slides in presentation order (presentation.xml's sldIdLst), each slide's notes from its notesSlide relation.
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { HuibaoError } from '../errors.js';
import type { ScriptSlide } from './script.js';

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

/** Paragraph texts of one XML fragment (a:p → a:t runs, a:br as a line break). */
function paragraphs(xmlText: string): string[] {
  return [...xmlText.matchAll(/<a:p[ >][\s\S]*?<\/a:p>/g)]
    .map((m) => decode([...m[0].matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\/>/g)].map((t) => t[1] ?? '\n').join('')))
    .filter((t) => t.trim() !== '');
}

function rels(files: Record<string, Uint8Array>, part: string): Map<string, { type: string; target: string }> {
  const relPath = path.posix.join(path.posix.dirname(part), '_rels', path.posix.basename(part) + '.rels');
  const out = new Map<string, { type: string; target: string }>();
  const data = files[relPath];
  if (!data) return out;
  for (const m of strFromU8(data).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = (n: string) => m[1].match(new RegExp(`${n}="([^"]*)"`))?.[1] ?? '';
    out.set(a('Id'), { type: a('Type'), target: path.posix.normalize(path.posix.join(path.posix.dirname(part), a('Target'))) });
  }
  return out;
}

export function pptxScript(bytes: Uint8Array, file: string): { title: string; slides: ScriptSlide[] } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch {
    throw new HuibaoError('not a .pptx deck (cannot read it as a zip)', { file });
  }
  const pres = files['ppt/presentation.xml'];
  if (!pres) throw new HuibaoError('not a .pptx deck (no ppt/presentation.xml)', { file });
  const presRels = rels(files, 'ppt/presentation.xml');
  const order = [...strFromU8(pres).matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].map((m) => presRels.get(m[1])?.target).filter((t): t is string => !!t);
  const slides = order.map((part): ScriptSlide => {
    const slideXml = files[part] ? strFromU8(files[part]) : '';
    const shapes = [...slideXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]);
    const titleShape = shapes.find((s) => /<p:ph[^>]*type="(title|ctrTitle)"/.test(s));
    const title = titleShape ? paragraphs(titleShape).join(' ') : '';
    const text = shapes.filter((s) => s !== titleShape && !/<p:ph[^>]*type="(sldNum|dt|ftr)"/.test(s)).flatMap(paragraphs);
    const notesPart = [...rels(files, part).values()].find((r) => r.type.endsWith('/notesSlide'))?.target;
    const notesXml = notesPart && files[notesPart] ? strFromU8(files[notesPart]) : '';
    const body = [...notesXml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((s) => /<p:ph[^>]*type="body"/.test(s));
    // No title placeholder (huibao writes plain text boxes): the first text is the title.
    return { title: title || text[0] || '', notes: body ? paragraphs(body) : [], text: titleShape ? text : text.slice(1) };
  });
  const core = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']).match(/<dc:title>([^<]*)<\/dc:title>/)?.[1] : undefined;
  return { title: decode(core ?? '') || slides[0]?.title || path.basename(file, path.extname(file)), slides };
}
