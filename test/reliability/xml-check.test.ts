// The in-process XML checker must reject what xmllint rejects, or the corpus and fuzz tests prove nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkXml } from './xml-check.js';

const NS = 'xmlns:a="urn:a" xmlns:p="urn:p"';
const good = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld ${NS}><a:t>x &amp; y &#x4E2D; &#20013;</a:t></p:sld>`,
  `<r a='1' b="2"/>`,
  `<r><![CDATA[<not a tag> & ]]></r>`,
  `<r><!-- fine - comment --><?pi data?></r>`,
  `<r>\t\r\n😀中文</r>`,
  `<a:r ${NS} xml:space="preserve"><a:t/></a:r>`,
];
const bad = [
  `<r>\u0000</r>`,
  `<r>\u000B</r>`,
  `<r>\uFFFE</r>`,
  `<r>&#0;</r>`,
  `<r>&#x1F;</r>`,
  `<r>&#xD800;</r>`,
  `<r>a & b</r>`,
  `<r>&nbsp;</r>`,
  `<r a="1" a="2"/>`,
  `<r a=1/>`,
  `<r a="<"/>`,
  `<r><b></r></b>`,
  `<r>`,
  `<r/><s/>`,
  `text<r/>`,
  `<r><!-- a -- b --></r>`,
  `<r a="1"b="2"/>`,
  `<r>]]></r>`,
  `<r><![CDATA[x</r>`,
  ``,
];
// Stricter than `xmllint --noout` on purpose: validate-pptx refuses a DTD, and an undeclared prefix fails the
// schema check; a lone surrogate cannot reach a file at all (UTF-8 encoding turns it into U+FFFD).
const stricter = [`<!DOCTYPE r><r/>`, `<a:r/>`, `<r x:y="1"/>`, `<r>\uD800x</r>`, `<r>x\uDC00</r>`];

const dir = mkdtempSync(path.join(os.tmpdir(), 'huibao-xmlcheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function xmllintAccepts(xml: string, k: number): boolean {
  const f = path.join(dir, `${k}.xml`);
  writeFileSync(f, xml, 'utf8');
  return spawnSync('xmllint', ['--noout', f]).status === 0;
}

describe('xml-check: a strict well-formedness checker', () => {
  it.each(good.map((x, k) => [k, x] as const))('accepts good #%i', (_k, x) => {
    expect(checkXml(x)).toBeUndefined();
  });
  it.each(bad.map((x, k) => [k, x] as const))('rejects bad #%i', (_k, x) => {
    expect(checkXml(x)).toBeDefined();
  });
  it.each(stricter.map((x, k) => [k, x] as const))('rejects (stricter than xmllint) #%i', (_k, x) => {
    expect(checkXml(x)).toBeDefined();
  });
  const lint = spawnSync('xmllint', ['--version']).status === 0;
  it.skipIf(!lint)('agrees with xmllint on every sample', () => {
    const verdicts = [...good, ...bad].map((x, k) => ({ x, ours: checkXml(x) === undefined, theirs: xmllintAccepts(x, k) }));
    expect(verdicts.filter((v) => v.ours !== v.theirs)).toEqual([]);
  });
});
