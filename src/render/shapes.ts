// The designed layouts' shapes: card faces (rounded rectangles with an outline), number badges, rules, bands and
// dots — native shapes with native text frames, never pictures — and groups (a card's face, number, rule and text
// are one p:grpSp, so the card moves as one in PowerPoint). pptxgenjs has no groups, so each shape or group is
// drawn as a placeholder text shape whose whole <p:sp> the post-processor swaps for our XML (expandShapes).
import type { GroupBox, PlacedItem, TextBox } from '../model.js';
import type { PptxSlide } from './pptxgen.js';
import type { TokenTable } from './tokens.js';
import { textBodyXml, xmlEscape, type TextEnv } from './txbody.js';

/** Marks a token whose XML replaces its whole shape, not only the text body. */
const WHOLE_SHAPE = '<!--hb:shape-->';
const EMU = 914400;
const emu = (inches: number) => Math.round(Math.min(56, Math.max(0, Number.isFinite(inches) ? inches : 0)) * EMU);

/** Items drawn here rather than as pptxgenjs text boxes. */
export function isDesignedShape(item: PlacedItem): boolean {
  return item.kind === 'group' || (item.kind === 'text' && (item.shape !== undefined || item.lineColor !== undefined));
}

/** Shape ids on one slide must be unique; ours start high so they never meet pptxgenjs' own (2, 3, …). */
export class ShapeIds {
  private n = 0;
  next(): number {
    return 10_000 + ++this.n;
  }
}

export function addDesignedShape(slide: PptxSlide, item: GroupBox | TextBox, tokens: TokenTable, env: TextEnv, ids: ShapeIds): void {
  const xml = item.kind === 'group' ? groupXml(item, env, ids) : spXml(item, env, ids.next());
  const token = tokens.add(WHOLE_SHAPE + xml);
  slide.addText(token, { x: Math.max(0, item.x), y: Math.max(0, item.y), w: Math.max(0.01, item.w), h: Math.max(0.01, item.h) });
}

function xfrm(b: { x: number; y: number; w: number; h: number }, tag = 'a:xfrm', child = false): string {
  const off = `<a:off x="${emu(b.x)}" y="${emu(b.y)}"/><a:ext cx="${emu(b.w)}" cy="${emu(b.h)}"/>`;
  return child ? `<${tag}>${off}<a:chOff x="${emu(b.x)}" y="${emu(b.y)}"/><a:chExt cx="${emu(b.w)}" cy="${emu(b.h)}"/></${tag}>` : `<${tag}>${off}</${tag}>`;
}

function geometry(box: TextBox): string {
  const shape = box.shape ?? 'rect';
  if (shape !== 'roundRect') return `<a:prstGeom prst="${shape}"><a:avLst/></a:prstGeom>`;
  const adj = Math.min(50000, Math.round(((box.radiusIn ?? 0.08) / Math.max(0.01, Math.min(box.w, box.h))) * 100000));
  return `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val ${adj}"/></a:avLst></a:prstGeom>`;
}

const solid = (c: string) => `<a:solidFill><a:srgbClr val="${xmlEscape(c)}"/></a:solidFill>`;

function spXml(box: TextBox, env: TextEnv, id: number): string {
  const name = `${box.role} ${id - 10_000}`;
  const fill = box.fill ? solid(box.fill) : '<a:noFill/>';
  const line = box.lineColor ? `<a:ln w="${Math.round((box.lineWidthPt ?? 1) * 12700)}">${solid(box.lineColor)}</a:ln>` : '<a:ln><a:noFill/></a:ln>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlEscape(name)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box)}${geometry(box)}${fill}${line}</p:spPr>` +
    textBodyXml(box, env) +
    '</p:sp>'
  );
}

function groupXml(g: GroupBox, env: TextEnv, ids: ShapeIds): string {
  const id = ids.next();
  const children = g.items.map((it) => spXml(it, env, ids.next())).join('');
  return (
    `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${xmlEscape(g.name)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
    `<p:grpSpPr>${xfrm(g, 'a:xfrm', true)}</p:grpSpPr>${children}</p:grpSp>`
  );
}

/** Swap every placeholder shape whose token carries a whole shape for that shape (run before the text tokens). */
export function expandShapes(xml: string, tokens: TokenTable): string {
  if (!xml.includes('HBTOKEN')) return xml;
  return xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?(HBTOKEN\d+X)[\s\S]*?<\/p:sp>/g, (whole, token: string) => {
    const body = tokens.get(token);
    return body?.startsWith(WHOLE_SHAPE) ? body.slice(WHOLE_SHAPE.length) : whole;
  });
}
