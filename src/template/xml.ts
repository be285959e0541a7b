// The little XML reading the template stage needs: elements by tag, attributes, relationship targets. PresentationML
// parts are machine-written and regular (no CDATA, no comments inside the elements read here), so a few anchored
// patterns are enough; nothing here is used on text a user typed.

/** Every element `<tag …>…</tag>` or `<tag …/>` in `xml` (the outermost ones when the tag nests). */
export function elements(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}(?=[\\s/>])`, 'g');
  const close = `</${tag}>`;
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml))) {
    const start = m.index;
    const gt = xml.indexOf('>', start);
    if (gt < 0) break;
    if (xml[gt - 1] === '/') {
      out.push(xml.slice(start, gt + 1));
      open.lastIndex = gt + 1;
      continue;
    }
    // Find the matching close, counting nested opens of the same tag.
    let depth = 1;
    let at = gt + 1;
    const any = new RegExp(`<${tag}(?=[\\s/>])|</${tag}>`, 'g');
    any.lastIndex = at;
    let n: RegExpExecArray | null;
    while (depth > 0 && (n = any.exec(xml))) {
      if (n[0] === close) depth--;
      else {
        const g = xml.indexOf('>', n.index);
        if (xml[g - 1] !== '/') depth++;
      }
      at = any.lastIndex;
    }
    out.push(xml.slice(start, at));
    open.lastIndex = at;
  }
  return out;
}

/** The first such element, or undefined. */
export function element(xml: string | undefined, tag: string): string | undefined {
  if (!xml) return undefined;
  return elements(xml, tag)[0];
}

/** An attribute of the element's start tag. */
export function attr(el: string | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const head = el.slice(0, el.indexOf('>') + 1);
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(head);
  return m ? unescapeXml(m[1]) : undefined;
}

export function numAttr(el: string | undefined, name: string): number | undefined {
  const v = attr(el, name);
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      case 'amp': return '&';
      default: {
        const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      }
    }
  });
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of a .rels part; `type` is the last segment of the type URI (slideLayout, theme, image…). */
export function relationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return elements(xml, 'Relationship').map((r) => ({
    id: attr(r, 'Id') ?? '',
    type: (attr(r, 'Type') ?? '').replace(/^.*\//, ''),
    target: attr(r, 'Target') ?? '',
    external: attr(r, 'TargetMode') === 'External',
  }));
}

/** The .rels part of a part: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels. */
export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it (zip paths, no leading slash). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The target written from `fromPart` to reach `toPart` (relative, as PowerPoint writes them). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}
