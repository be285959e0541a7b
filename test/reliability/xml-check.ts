// A small, strict XML 1.0 well-formedness checker for the parts of a .pptx, so a test can check every part of
// hundreds of decks in-process (running xmllint or validate-pptx per deck is slow on a 2-core machine).
// Checks: legal characters (raw and as &#..; references), one root element, balanced and correctly nested tags,
// quoted and unique attributes, no '<' in attribute values, valid entity references, comments/CDATA/PIs closed,
// no DTD, and every namespace prefix declared. Returns the first problem, or undefined when the part is fine.
// test/reliability/xml-check.test.ts proves it rejects what xmllint rejects.

// XML 1.0 Char, as UTF-16: TAB LF CR, U+0020–U+D7FF, U+E000–U+FFFD, and *paired* surrogates.
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][A-Za-z_\-.0-9\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*$/;
const QNAME = (s: string) => {
  const parts = s.split(':');
  return parts.length <= 2 && parts.every((p) => NAME.test(p));
};

export interface XmlProblem {
  offset: number;
  message: string;
}

function legalCodePoint(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Check the text content / attribute value `s` for references; returns a message or undefined. */
function checkRefs(s: string): string | undefined {
  let i = s.indexOf('&');
  while (i >= 0) {
    const semi = s.indexOf(';', i);
    if (semi < 0) return `'&' not followed by a reference`;
    const ref = s.slice(i + 1, semi);
    if (/^#x[0-9A-Fa-f]+$/.test(ref) || /^#[0-9]+$/.test(ref)) {
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!legalCodePoint(cp)) return `character reference &${ref}; is not a legal XML character`;
    } else if (!['lt', 'gt', 'amp', 'quot', 'apos'].includes(ref)) {
      return `unknown entity &${ref};`;
    }
    i = s.indexOf('&', semi);
  }
  return undefined;
}

export function checkXml(xml: string): XmlProblem | undefined {
  const bad = ILLEGAL_CHAR.exec(xml);
  if (bad) return { offset: bad.index, message: `illegal character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
  let i = 0;
  const n = xml.length;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  const stack: { name: string; ns: Map<string, string> }[] = [];
  let rootSeen = false;
  let rootClosed = false;
  const fail = (offset: number, message: string): XmlProblem => ({ offset, message });
  const nsLookup = (prefix: string) => {
    if (prefix === 'xml') return true;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].ns.has(prefix)) return true;
    return false;
  };

  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) return fail(i, 'unterminated XML declaration');
    const decl = xml.slice(i, end + 2);
    if (!/^<\?xml\s+version=(["'])1\.[0-9]+\1(\s+encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone=(["'])(yes|no)\5)?\s*\?>$/.test(decl)) return fail(i, `malformed XML declaration ${decl}`);
    i = end + 2;
  }

  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length === 0) {
        if (!/^[ \t\r\n]*$/.test(text)) return fail(i, 'text outside the root element');
      } else {
        if (text.includes('>') && text.includes(']]>')) return fail(i, "']]>' in text");
        const r = checkRefs(text);
        if (r) return fail(i, r);
      }
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return fail(i, 'unterminated comment');
      const body = xml.slice(i + 4, end);
      if (body.includes('--') || body.endsWith('-')) return fail(i, "'--' inside a comment");
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return fail(i, 'CDATA outside the root element');
      const end = xml.indexOf(']]>', i + 9);
      if (end < 0) return fail(i, 'unterminated CDATA section');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<!', i)) return fail(i, 'DTD or markup declaration (not allowed in OOXML parts)');
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) return fail(i, 'unterminated processing instruction');
      const target = /^<\?([^\s?]+)/.exec(xml.slice(i))?.[1] ?? '';
      if (!NAME.test(target) || target.toLowerCase() === 'xml') return fail(i, `bad processing instruction target "${target}"`);
      i = end + 2;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      if (end < 0) return fail(i, 'unterminated end tag');
      const name = xml.slice(i + 2, end).replace(/[ \t\r\n]+$/, '');
      const top = stack.pop();
      if (!top) return fail(i, `end tag </${name}> with no open element`);
      if (top.name !== name) return fail(i, `end tag </${name}> does not match <${top.name}>`);
      if (stack.length === 0) rootClosed = true;
      i = end + 1;
      continue;
    }
    // Start tag: scan to the closing '>' honouring quotes.
    let j = i + 1;
    const nameM = /^[^\s/>]+/.exec(xml.slice(j, j + 200));
    if (!nameM) return fail(i, "'<' not followed by a name");
    const name = nameM[0];
    if (!QNAME(name)) return fail(i, `bad element name "${name}"`);
    if (rootClosed) return fail(i, 'second root element');
    j += name.length;
    const attrs = new Map<string, string>();
    let selfClose = false;
    for (;;) {
      const ws = /^[ \t\r\n]*/.exec(xml.slice(j, j + 1000))![0].length;
      j += ws;
      if (j >= n) return fail(i, `unterminated start tag <${name}`);
      if (xml[j] === '>') {
        j++;
        break;
      }
      if (xml.startsWith('/>', j)) {
        selfClose = true;
        j += 2;
        break;
      }
      if (ws === 0) return fail(j, `no space before an attribute in <${name}>`);
      const am = /^([^\s=/>]+)[ \t\r\n]*=[ \t\r\n]*(["'])/.exec(xml.slice(j, j + 300));
      if (!am) return fail(j, `malformed attribute in <${name}>`);
      const an = am[1];
      if (!QNAME(an)) return fail(j, `bad attribute name "${an}"`);
      if (attrs.has(an)) return fail(j, `duplicate attribute ${an} in <${name}>`);
      const q = am[2];
      const vStart = j + am[0].length;
      const vEnd = xml.indexOf(q, vStart);
      if (vEnd < 0) return fail(j, `unterminated attribute value in <${name}>`);
      const value = xml.slice(vStart, vEnd);
      if (value.includes('<')) return fail(vStart, `'<' in the value of ${an}`);
      const r = checkRefs(value);
      if (r) return fail(vStart, r);
      attrs.set(an, value);
      j = vEnd + 1;
    }
    const ns = new Map<string, string>();
    for (const [an, v] of attrs) {
      if (an === 'xmlns') ns.set('', v);
      else if (an.startsWith('xmlns:')) {
        if (v === '') return fail(i, `empty namespace for prefix ${an.slice(6)}`);
        ns.set(an.slice(6), v);
      }
    }
    const frame = { name, ns };
    stack.push(frame);
    const prefixOf = (q: string) => (q.includes(':') ? q.split(':')[0] : undefined);
    const ep = prefixOf(name);
    if (ep && !nsLookup(ep)) return fail(i, `namespace prefix ${ep} on <${name}> is not declared`);
    for (const an of attrs.keys()) {
      const ap = prefixOf(an);
      if (ap && ap !== 'xmlns' && !nsLookup(ap)) return fail(i, `namespace prefix ${ap} on attribute ${an} is not declared`);
    }
    if (selfClose) {
      stack.pop();
      if (stack.length === 0) rootClosed = true;
    }
    rootSeen = true;
    i = j;
  }
  if (stack.length) return fail(n, `<${stack[stack.length - 1].name}> is not closed`);
  if (!rootSeen) return fail(0, 'no root element');
  return undefined;
}
