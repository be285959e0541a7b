// The package merge: our rendered parts + the template's package → one deck on the template's masters. Our slide
// masters, layouts and theme go; the template's masters, layouts, themes, their pictures and its notes master come
// in (its example slides do not); every slide points at its mapped layout and its title/main text become that
// layout's placeholders (same type/idx), with everything measured kept explicit on the slide.
import type { LayoutName } from '../model.js';
import { attr, element, elements, relationships, relativeTarget, relsPath, resolveTarget } from './xml.js';
import type { Template } from './types.js';
import type { TemplateMapping } from './map.js';

export interface TemplateMerge {
  template: Template;
  mapping: TemplateMapping;
}

export interface PackageParts {
  /** XML parts by zip path (changed in place). */
  parts: Map<string, string>;
  /** Binary parts by zip path (changed in place). */
  binary: Map<string, Uint8Array>;
  /** The order entries are written in. */
  names: string[];
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OURS_REPLACED = /^ppt\/(slideMasters|slideLayouts|theme)\//;
/** Parts keep their names in these folders (ours are gone); elsewhere (media…) a prefix keeps them apart from ours. */
const KEEP_NAME = /^ppt\/(slideMasters|slideLayouts|theme|notesMasters)\//;
/** Relationship types never followed from a master or layout into the deck. */
const NOT_COPIED = new Set(['slide', 'notesSlide', 'handoutMaster', 'presentation']);

const decode = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);

/** Merge the template into the package; returns the new entry order. `kinds[i]` is slide i+1's kind. */
export function mergeTemplate(pkg: PackageParts, merge: TemplateMerge, kinds: readonly LayoutName[]): string[] {
  const { template: t, mapping } = merge;
  const tfile = (p: string) => t.files.get(p);
  const ttext = (p: string) => {
    const b = tfile(p);
    return b ? decode(b) : undefined;
  };
  const tPres = ttext('ppt/presentation.xml') ?? '';
  const tPresRels = relationships(ttext(relsPath('ppt/presentation.xml')));
  const tNotesMaster = tPresRels.find((r) => r.type === 'notesMaster');

  // 1. Drop what the template replaces.
  const dropped = new Set(pkg.names.filter((n) => OURS_REPLACED.test(n) || (tNotesMaster && n.startsWith('ppt/notesMasters/'))));

  // 2. The template's parts reachable from its masters (and notes master), renamed where they could meet ours.
  const starts = tPresRels.filter((r) => r.type === 'slideMaster' || r.type === 'notesMaster' || r.type === 'theme').map((r) => resolveTarget('ppt/presentation.xml', r.target));
  const newName = new Map<string, string>();
  const queue = [...starts];
  while (queue.length) {
    const part = queue.shift()!;
    if (newName.has(part) || !tfile(part)) continue;
    newName.set(part, KEEP_NAME.test(part) ? part : part.replace(/([^/]+)$/, 'tpl-$1'));
    for (const r of relationships(ttext(relsPath(part)))) {
      if (r.external || NOT_COPIED.has(r.type)) continue;
      queue.push(resolveTarget(part, r.target));
    }
  }
  const copied = [...newName.keys()].sort();

  for (const n of dropped) {
    pkg.parts.delete(n);
    pkg.binary.delete(n);
  }
  const added: string[] = [];
  for (const old of copied) {
    const name = newName.get(old)!;
    const bytes = tfile(old)!;
    if (/\.(xml|rels)$/i.test(old)) pkg.parts.set(name, decode(bytes));
    else pkg.binary.set(name, bytes);
    added.push(name);
    const rels = ttext(relsPath(old));
    if (rels === undefined) continue;
    // Relationships to what was not copied (a layout linking to an example slide) are dropped with their targets.
    const fixed = rels.replace(/<Relationship\b[^>]*\/>/g, (r) => {
      if (attr(r, 'TargetMode') === 'External') return r;
      const target = resolveTarget(old, attr(r, 'Target') ?? '');
      const to = newName.get(target);
      if (!to) return '';
      return r.replace(/Target="[^"]*"/, `Target="${relativeTarget(name, to)}"`);
    });
    pkg.parts.set(relsPath(name), fixed);
    added.push(relsPath(name));
  }

  // 3. presentation.xml and its relationships: the template's masters, notes master, theme and slide size.
  const presRelsName = relsPath('ppt/presentation.xml');
  let presRels = pkg.parts.get(presRelsName) ?? '';
  presRels = presRels.replace(/<Relationship\b[^>]*\/>/g, (r) => {
    const type = (attr(r, 'Type') ?? '').replace(/^.*\//, '');
    return type === 'slideMaster' || type === 'theme' || (tNotesMaster && type === 'notesMaster') ? '' : r;
  });
  let n = 0;
  const addRel = (type: string, target: string) => {
    const id = `rIdTpl${++n}`;
    presRels = presRels.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL}/${type}" Target="${relativeTarget('ppt/presentation.xml', target)}"/></Relationships>`);
    return id;
  };
  const masterIds = elements(element(tPres, 'p:sldMasterIdLst') ?? '', 'p:sldMasterId').map((e) => {
    const rel = tPresRels.find((r) => r.id === attr(e, 'r:id'));
    const target = rel && newName.get(resolveTarget('ppt/presentation.xml', rel.target));
    return target ? `<p:sldMasterId id="${attr(e, 'id') ?? ''}" r:id="${addRel('slideMaster', target)}"/>` : '';
  });
  let notesMasterId = '';
  if (tNotesMaster) {
    const target = newName.get(resolveTarget('ppt/presentation.xml', tNotesMaster.target));
    if (target) notesMasterId = `<p:notesMasterIdLst><p:notesMasterId r:id="${addRel('notesMaster', target)}"/></p:notesMasterIdLst>`;
  }
  const presTheme = tPresRels.find((r) => r.type === 'theme');
  const themeTarget = presTheme ? newName.get(resolveTarget('ppt/presentation.xml', presTheme.target)) : mapping.master.theme.part;
  if (themeTarget) addRel('theme', themeTarget);
  pkg.parts.set(presRelsName, presRels);

  let pres = pkg.parts.get('ppt/presentation.xml') ?? '';
  pres = pres.replace(/<p:sldMasterIdLst>[\s\S]*?<\/p:sldMasterIdLst>/, `<p:sldMasterIdLst>${masterIds.join('')}</p:sldMasterIdLst>`);
  if (notesMasterId) pres = pres.replace(/<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/, notesMasterId);
  const { cx, cy, type } = t.sizeEmu;
  pres = pres.replace(/<p:sldSz\b[^>]*\/>/, `<p:sldSz cx="${cx}" cy="${cy}"${type ? ` type="${type}"` : ''}/>`);
  const style = element(tPres, 'p:defaultTextStyle');
  if (style) pres = pres.replace(/<p:defaultTextStyle>[\s\S]*?<\/p:defaultTextStyle>/, style);
  pkg.parts.set('ppt/presentation.xml', pres);

  // Our notes master stays when the template has none: its theme is now the template's.
  if (!tNotesMaster && themeTarget) {
    for (const [name, xml] of pkg.parts) {
      if (!/^ppt\/notesMasters\/_rels\//.test(name)) continue;
      pkg.parts.set(name, xml.replace(/(Type="[^"]*\/theme"\s+Target=")[^"]*"/, `$1${relativeTarget(name.replace('_rels/', '').replace(/\.rels$/, ''), themeTarget)}"`));
    }
  }

  // 4. Every slide on its mapped layout; notes slides on the template's notes master.
  const notesTarget = tNotesMaster ? newName.get(resolveTarget('ppt/presentation.xml', tNotesMaster.target)) : undefined;
  kinds.forEach((kind, i) => {
    const slide = `ppt/slides/slide${i + 1}.xml`;
    const choice = mapping.kinds[kind];
    const layoutPart = newName.get(choice.layout.part) ?? choice.layout.part;
    const rels = relsPath(slide);
    pkg.parts.set(rels, (pkg.parts.get(rels) ?? '').replace(/(Type="[^"]*\/slideLayout"\s+Target=")[^"]*"/, `$1${relativeTarget(slide, layoutPart)}"`));
    const xml = pkg.parts.get(slide);
    if (xml !== undefined) pkg.parts.set(slide, placeholderShapes(xml, choice));
  });
  if (notesTarget) {
    for (const [name, xml] of pkg.parts) {
      if (!/^ppt\/notesSlides\/_rels\//.test(name)) continue;
      const from = name.replace('_rels/', '').replace(/\.rels$/, '');
      pkg.parts.set(name, xml.replace(/(Type="[^"]*\/notesMaster"\s+Target=")[^"]*"/, `$1${relativeTarget(from, notesTarget)}"`));
    }
  }

  // Artwork from example slides: one copy of each picture, behind the slides whose kind uses it.
  const artNames = new Map<string, string>();
  kinds.forEach((kind, i) => {
    const art = mapping.kinds[kind].artwork;
    const bytes = art && tfile(art.image);
    if (!art || !bytes) return;
    let name = newName.get(art.image) ?? artNames.get(art.image);
    if (!name) {
      name = art.image.replace(/([^/]+)$/, 'tpl-$1');
      pkg.binary.set(name, bytes);
      added.push(name);
      artNames.set(art.image, name);
      newName.set(art.image, name);
    }
    const slide = `ppt/slides/slide${i + 1}.xml`;
    const rels = relsPath(slide);
    pkg.parts.set(rels, (pkg.parts.get(rels) ?? '').replace('</Relationships>', `<Relationship Id="rIdHbArt" Type="${REL}/image" Target="${relativeTarget(slide, name)}"/></Relationships>`));
    const pic =
      `<p:pic><p:nvPicPr><p:cNvPr id="9999" name="template artwork"/><p:cNvPicPr><a:picLocks noGrp="1" noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
      `<p:blipFill><a:blip r:embed="rIdHbArt"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
      `<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${t.sizeEmu.cx}" cy="${t.sizeEmu.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
    const xml = pkg.parts.get(slide);
    if (xml !== undefined) pkg.parts.set(slide, xml.replace(/(<\/p:grpSpPr>)/, `$1${pic}`));
  });

  // 5. Content types: overrides for the parts that came, none for the parts that went, defaults for new extensions.
  pkg.parts.set('[Content_Types].xml', contentTypes(pkg.parts.get('[Content_Types].xml') ?? '', ttext('[Content_Types].xml') ?? '', newName, dropped));

  const order = pkg.names.filter((x) => !dropped.has(x));
  const seen = new Set(order);
  for (const a of added) if (!seen.has(a)) (order.push(a), seen.add(a));
  return order;
}

function contentTypes(ours: string, theirs: string, newName: Map<string, string>, dropped: Set<string>): string {
  let ct = ours.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (m, part: string) => (dropped.has(part) ? '' : m));
  const overrides = new Map(elements(theirs, 'Override').map((o) => [(attr(o, 'PartName') ?? '').replace(/^\//, ''), attr(o, 'ContentType') ?? '']));
  const defaults = new Map(elements(theirs, 'Default').map((d) => [(attr(d, 'Extension') ?? '').toLowerCase(), attr(d, 'ContentType') ?? '']));
  const have = new Set(elements(ct, 'Default').map((d) => (attr(d, 'Extension') ?? '').toLowerCase()));
  const add: string[] = [];
  for (const [old, name] of newName) {
    const type = overrides.get(old);
    if (type) {
      add.push(`<Override PartName="/${name}" ContentType="${type}"/>`);
      continue;
    }
    const ext = old.replace(/^.*\./, '').toLowerCase();
    if (!have.has(ext)) {
      const dtype = defaults.get(ext) ?? GUESS[ext];
      if (dtype) {
        ct = ct.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${dtype}"/>`);
        have.add(ext);
      }
    }
  }
  return ct.replace('</Types>', add.join('') + '</Types>');
}

const GUESS: Record<string, string> = { emf: 'image/x-emf', wmf: 'image/x-wmf', png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', tif: 'image/tiff', tiff: 'image/tiff', bmp: 'image/bmp' };

/**
 * Hex colour → the scheme colour that shows it on the template's master (tx1, bg1, accent1…, through its colour
 * map): render writes those as a:schemeClr, so recolouring the template's theme recolours the deck too. Our own
 * palette's slots would be wrong here (our "title" slot is not the template's tx2).
 */
export function templateSchemeMap(merge: TemplateMerge): Map<string, string> {
  const { master } = merge.mapping;
  const out = new Map<string, string>();
  for (const name of ['tx1', 'bg1', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'tx2', 'bg2', 'hlink']) {
    const hex = master.theme.colors[master.clrMap[name] ?? name];
    if (hex && !out.has(hex.toUpperCase())) out.set(hex.toUpperCase(), name);
  }
  return out;
}

// ---- the slide's shapes as the layout's placeholders --------------------------------------------------------

const TITLE_NAME = /^title text/;

/**
 * The title shape becomes the layout's title placeholder, the shape render made the body placeholder (the subtitle
 * on a cover, the one main text elsewhere) the layout's body placeholder (same type/idx); any other mark is removed (a slide may not repeat one, and a mark the layout lacks would
 * be an orphan). Runs and paragraphs keep their explicit properties; what a placeholder would otherwise inherit and
 * the layout stage did not measure (letter case, spacing, space after) is written out as "none".
 */
export function placeholderShapes(xml: string, choice: { title?: Ph; body?: Ph; footer?: Ph; slideNumber?: Ph }): string {
  const done = new Set<string>();
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => {
    const name = attr(element(sp, 'p:cNvPr'), 'name') ?? '';
    const ph = element(element(sp, 'p:nvPr'), 'p:ph');
    const phType = attr(ph, 'type');
    let role: 'title' | 'body' | 'footer' | 'slideNumber' | undefined;
    if (phType === 'title' || phType === 'ctrTitle' || (!ph && TITLE_NAME.test(name))) role = 'title';
    else if (phType === 'ftr') role = 'footer';
    else if (phType === 'sldNum') role = 'slideNumber';
    else if (ph) role = 'body';
    if (!role) return sp;
    let mark = '';
    const target = choice[role];
    if (target && !done.has(role)) {
      done.add(role);
      mark = phXml(target);
    }
    let out = sp.replace(/<p:ph\b[^>]*?(?:\/>|>[\s\S]*?<\/p:ph>)/, '');
    if (mark) {
      out = out.replace(/<p:nvPr\s*\/>/, '<p:nvPr></p:nvPr>').replace(/<p:nvPr>/, `<p:nvPr>${mark}`);
      if (!/<a:spLocks\b/.test(out)) out = out.replace(/<p:cNvSpPr\s*\/>/, '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>');
      out = explicitText(out);
    }
    return out;
  });
}

type Ph = { type: string; idx: number };

function phXml(p: Ph): string {
  const type = p.type === 'obj' ? '' : ` type="${p.type}"`;
  const sz = p.type === 'ftr' || p.type === 'sldNum' || p.type === 'dt' ? ' sz="quarter"' : '';
  const idx = p.idx ? ` idx="${p.idx}"` : '';
  return `<p:ph${type}${sz}${idx}/>`;
}

/** Write out what a placeholder would inherit from the template and our measurement did not assume. */
function explicitText(sp: string): string {
  return sp
    .replace(/<a:(rPr|endParaRPr|defRPr)\b([^>]*?)(\/?)>/g, (_m, tag: string, attrs: string, slash: string) => {
      let a = attrs;
      if (!/\sb="/.test(a)) a += ' b="0"';
      if (!/\si="/.test(a)) a += ' i="0"';
      if (!/\scap="/.test(a)) a += ' cap="none"';
      if (!/\sspc="/.test(a)) a += ' spc="0"';
      if (!/\sbaseline="/.test(a)) a += ' baseline="0"';
      return `<a:${tag}${a}${slash}>`;
    })
    .replace(/(<\/a:spcBef>)(?!<a:spcAft>)/g, '$1<a:spcAft><a:spcPts val="0"/></a:spcAft>');
}
