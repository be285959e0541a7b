// Which layout a content slide gets, from the shape of its content — ordered rules, first match wins, each with
// the reason `--verbose` prints. Deterministic: the same outline always gives the same deck. The richer layout
// is only a first choice: when it does not fit at the theme's floor the slide falls back to the next candidate
// (always ending with bullets, which shrink and split and so always fit).
import type { DesignName, Slide } from '../model.js';
import {
  columnsShape, figureOf, headOf, imageTextShape, itemRuns, listShape, statementOf, stepOf, textOf, weight,
} from './content-shape.js';
import type { CardsContent } from './layouts/cards.js';
import type { FiguresContent } from './layouts/big-number.js';
import type { TimelineContent } from './layouts/timeline.js';
import type { ColumnsContent } from './layouts/columns.js';
import type { ImageTextContent } from './layouts/image-text.js';
import { chartTextShape, type ChartTextContent } from './layouts/chart-text.js';
import type { StatementContent } from './layouts/statement.js';

export type Candidate =
  | { design: 'cards'; why: string; content: CardsContent }
  | { design: 'big-number'; why: string; content: FiguresContent }
  | { design: 'timeline'; why: string; content: TimelineContent }
  | { design: 'columns'; why: string; content: ColumnsContent }
  | { design: 'image-text'; why: string; content: ImageTextContent | ChartTextContent }
  | { design: 'statement'; why: string; content: StatementContent }
  | { design: 'bullets' | 'table' | 'code' | 'quote' | 'chart'; why: string };

/** Layouts an author may ask for, beyond the automatic choice. */
export const DESIGNS: readonly DesignName[] = ['bullets', 'cards', 'big-number', 'columns', 'timeline', 'image-text', 'statement', 'table', 'code', 'quote'];

/** Every candidate the content's shape allows, best first, ending with the plain form. */
export function candidates(slide: Slide): Candidate[] {
  const out: Candidate[] = [];
  const blocks = slide.blocks;
  const plain = (): Candidate => {
    if (slide.layout === 'quote') return { design: 'quote', why: 'one block quote' };
    if (blocks.length > 0 && blocks.every((b) => b.kind === 'table')) return { design: 'table', why: 'a table' };
    if (blocks.length > 0 && blocks.every((b) => b.kind === 'code')) return { design: 'code', why: 'a code block' };
    const charts = blocks.filter((b): b is Extract<typeof b, { kind: 'chart' }> => b.kind === 'chart');
    if (charts.length > 0 && charts.length === blocks.length) {
      return { design: 'chart', why: charts.length === 1 ? `a ${charts[0].chart.type} chart, across the body` : `${charts.length} charts, one under the other` };
    }
    return { design: 'bullets', why: describe(blocks) };
  };
  const chart = chartTextShape(blocks);
  if (chart) return [{ design: 'image-text', why: 'one chart with text', content: chart }, plain()];
  // No early return for tables, code, charts or a quote slide (one block quote): each shape below refuses them.

  const cols = columnsShape(blocks);
  if (cols) {
    const explicit = blocks[0].kind === 'columns';
    out.push({ design: 'columns', why: explicit ? `${cols.columns.length} columns` : `${cols.columns.length} sub-headings, each with its content`, content: cols });
  }

  const im = imageTextShape(blocks);
  if (im) out.push({ design: 'image-text', why: 'one image with text', content: { image: im.image, text: im.text, imageLeft: im.imageFirst } });

  const list = listShape(blocks);
  if (list) {
    const n = list.items.length;
    const runs = list.items.map(itemRuns);
    const lead = list.lead[0]; // read only when there is at most one
    const oneLead = list.lead.length <= 1;
    const steps = runs.map(stepOf);
    if (oneLead && n >= 3 && n <= 6 && steps.every((s) => s && textOf(s.text))) {
      // A date is any lead that is not a step word (第一步, Step 1, Week 2); months without a day (March) are dates.
      const dated = steps.some((s) => !/^(第|step|phase|stage|week|day|month|sprint|milestone)/i.test(s!.when));
      out.push({ design: 'timeline', why: `${n} items that lead with ${dated ? 'a date' : 'a step'}`, content: { lead, steps: steps.map((s) => s!) } });
    }
    const figures = runs.map(figureOf);
    if (oneLead && n <= 4 && figures.every(Boolean)) {
      out.push({ design: 'big-number', why: `${n} figure${n === 1 ? '' : 's'} with a short label`, content: { lead, figures: figures.map((f) => f!) } });
    }
    const heads = runs.map(headOf);
    if (oneLead && n >= 2 && n <= 6 && heads.every(Boolean)) {
      const bold = list.items.every((it) => it.runs.find((r) => r.text.trim())?.bold);
      out.push({ design: 'cards', why: `${n} items with ${bold ? 'bold heads' : 'a “head: text” pattern'}`, content: { lead, items: heads.map((h) => h!) } });
    }
  }

  const sentence = statementOf(blocks);
  if (sentence) out.push({ design: 'statement', why: `one short sentence (${Math.round(weight(textOf(sentence)))} characters)`, content: { runs: sentence } });
  if (blocks.length === 0 && slide.title && weight(textOf(slide.title)) <= 48) out.push({ design: 'statement', why: 'a title with nothing under it', content: { runs: slide.title, isTitle: true } });

  out.push(plain());
  return out;
}

/** The candidate for a layout the author asked for by name, if the content can take it. */
export function requested(slide: Slide, name: DesignName): Candidate | undefined {
  const all = candidates(slide);
  const hit = all.find((c) => c.design === name);
  if (hit) return { ...hit, why: `asked for (${hit.why})` } as Candidate;
  // Cards and timelines can also take a plain list of short items, numbered in order.
  const list = listShape(slide.blocks);
  if (!list || list.lead.length > 1) return undefined;
  const runs = list.items.map(itemRuns);
  const lead = list.lead[0];
  if (name === 'cards' && runs.length >= 2 && runs.length <= 6) {
    return { design: 'cards', why: 'asked for', content: { lead, items: runs.map((r) => headOf(r) ?? { body: r }) } };
  }
  if (name === 'timeline' && runs.length >= 2 && runs.length <= 6) {
    return { design: 'timeline', why: 'asked for', content: { lead, steps: runs.map((r, i) => stepOf(r) ?? { when: String(i + 1), text: r }) } };
  }
  return undefined;
}

/** What a plain slide holds, in a few words (`--verbose`: "slide 7: bullets — a list of 4 items and a paragraph"). */
export function describe(blocks: Slide['blocks']): string {
  if (blocks.length === 0) return 'no body';
  const count = new Map<string, { one: string; many: string; n: number }>();
  for (const b of blocks) {
    const [one, many] = blockName(b);
    const seen = count.get(one);
    if (seen) seen.n++;
    else count.set(one, { one, many, n: 1 });
  }
  const parts = [...count.values()].map(({ one, many, n }) => (n > 1 ? `${n} ${many}` : one));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A block's name, one and several ("a list of 2 items", "lists of 2 items"). */
function blockName(b: Slide['blocks'][number]): [string, string] {
  switch (b.kind) {
    case 'list': {
      const items = `${b.items.length} item${b.items.length === 1 ? '' : 's'}`;
      return [`a list of ${items}`, `lists of ${items}`];
    }
    case 'code': return ['a code block', 'code blocks'];
    case 'columns': return ['a set of columns', 'sets of columns'];
    case 'image': return ['an image', 'images'];
    default: return [`a ${b.kind}`, `${b.kind}s`]; // paragraph, table, quote, chart
  }
}
