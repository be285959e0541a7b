// `checkTheme` rule by rule, each at its edge: the messages a theme author reads for every kind of problem, and
// the cases that must stay quiet. Written against the survivors of a mutation run on src/theme/check.ts (issue 18).
import { describe, expect, it } from 'vitest';
import { checkTheme, resolveTheme, type Theme } from '../../src/theme/index.js';
import { coloursUnder } from '../../src/theme/check.js';
import { contrastRatio } from '../../src/theme/contrast.js';

/** The plain built-in theme (white slides, one thin accent bar), changed by `edit`. */
function minimal(edit: (t: Theme) => void): Theme {
  const t = structuredClone(resolveTheme('minimal'));
  edit(t);
  return t;
}

describe('checkTheme: contrast of every text role', () => {
  it('the title slide names its body text "subtitle"', () => {
    const r = checkTheme(minimal((t) => (t.layouts.title.textColor = 'EEEEEE')));
    expect(r).toEqual({ problems: ['layouts.title.textColor: subtitle EEEEEE on FFFFFF: contrast 1.16:1, needs at least 4.5:1 (title slides)'], warnings: [] });
  });

  it('links and captions on the body, in quotes and in tables; the muted colour on the footer and slide number', () => {
    const r = checkTheme(
      minimal((t) => {
        t.palette.link = 'DDDDDD';
        t.palette.muted = 'CCCCCC';
      }),
    );
    expect(r.problems).toEqual([
      'palette.link: links DDDDDD on FFFFFF: contrast 1.35:1, needs at least 4.5:1 (agenda, content, quote slides)',
      'palette.muted: captions CCCCCC on FFFFFF: contrast 1.60:1, needs at least 4.5:1 (agenda, content, quote slides)',
      'palette.link: links in quotes DDDDDD on FBF1EC (palette.quoteBackground): contrast 1.22:1, needs at least 4.5:1 (agenda, content, quote slides)',
      'palette.link: links in tables DDDDDD on F4F4F4 (palette.tableZebra): contrast 1.23:1, needs at least 4.5:1 (agenda, content, quote slides)',
      'palette.muted: footer CCCCCC on FFFFFF: contrast 1.60:1, needs at least 4.5:1 (agenda, content, quote slides)',
      'palette.muted: slide number CCCCCC on FFFFFF: contrast 1.60:1, needs at least 4.5:1 (agenda, content, quote slides)',
    ]);
  });

  it('bullets need 3:1, not 4.5:1: 2.99:1 fails, 3.0:1 passes; a bullet without its own colour is the accent', () => {
    expect(checkTheme(minimal((t) => (t.bullets[1].color = '959595'))).problems).toEqual([
      'bullets[1].color: level-2 bullets 959595 on FFFFFF: contrast 2.99:1, needs at least 3:1 (agenda, content, quote slides)',
    ]);
    expect(checkTheme(minimal((t) => (t.bullets[1].color = '949494'))).problems).toEqual([]); // 3.03:1
    expect(checkTheme(minimal((t) => (t.bullets[1].color = 'AAAAAA'))).problems).toEqual([
      'bullets[1].color: level-2 bullets AAAAAA on FFFFFF: contrast 2.32:1, needs at least 3:1 (agenda, content, quote slides)',
    ]);
    const accent = minimal((t) => {
      t.bullets[0].color = undefined;
      t.palette.accent = 'DDDDDD';
    });
    expect(checkTheme(accent).problems).toContain('palette.accent: level-1 bullets DDDDDD on FFFFFF: contrast 1.35:1, needs at least 3:1 (agenda, content, quote slides)');
  });

  it('a layout over a picture is not contrast-checked (it is warned about), and a missing picture is a problem', () => {
    const r = checkTheme(
      minimal((t) => {
        t.layouts.quote.background = { image: '/nonexistent/q.png' };
        t.layouts.quote.titleColor = 'FFFFFF';
        t.layouts.quote.footer = { x: 0.5, y: -0.5, w: '50%', h: 0.35, color: 'FFFFFF' };
      }),
    );
    expect(r).toEqual({
      problems: ['layouts.quote.background.image: image file not found: /nonexistent/q.png'],
      warnings: ['layouts.quote.background.image: text contrast over a picture cannot be checked; make sure FFFFFF (title) and 1F1F1F (text) read well on it'],
    });
  });

  it('the designed layouts: card text on the card fill, figures on the content background, none over a picture', () => {
    const r = checkTheme(minimal((t) => (t.designs = { card: { fill: 'FFFFFF', text: 'BBBBBB' }, figure: 'EEEEEE' })));
    expect(r.problems).toEqual([
      'designs.card.text: card text BBBBBB on FFFFFF (its fill): contrast 1.91:1, needs at least 4.5:1',
      'designs.figure: big-number figures and timeline dates EEEEEE on FFFFFF: contrast 1.16:1, needs at least 4.5:1 (content slides)',
    ]);
    const overPicture = minimal((t) => {
      t.designs = { figure: 'EEEEEE' };
      t.layouts.content.background = { image: '/nonexistent/x.png' };
    });
    expect(checkTheme(overPicture).problems).toEqual(['layouts.content.background.image: image file not found: /nonexistent/x.png']);
  });
});

describe('checkTheme: boxes', () => {
  it('a title box that overlaps the body, and a body box too short to hold text', () => {
    const r = checkTheme(
      minimal((t) => {
        t.layouts.content.title = { x: 0.5, y: 0.3, w: '90%', h: 1.5 };
        t.layouts.content.body = { x: 0.5, y: 1.5, w: '90%', h: 1.2 };
      }),
    );
    expect(r.problems).toEqual([
      'layouts.content: the title and body boxes overlap at 16:9',
      'layouts.content: the body box is only 1.20 in tall at 16:9; check spacing or layouts.content.body',
      'layouts.content: the title and body boxes overlap at 4:3',
      'layouts.content: the body box is only 1.20 in tall at 4:3; check spacing or layouts.content.body',
    ]);
    // 1.5 in is enough.
    expect(checkTheme(minimal((t) => (t.layouts.content.body = { x: 0.5, y: 1.5, w: '90%', h: 1.5 }))).problems).toEqual([]);
  });

  it('title, body and slide number boxes that leave the slide', () => {
    const r = checkTheme(
      minimal((t) => {
        t.layouts.content.title = { x: 0.5, y: -0.2, w: '90%', h: 1 };
        t.layouts.agenda.slideNumber = { x: -0.5, y: -0.5, w: 0.9, h: 0.35 };
      }),
    );
    expect(r.problems).toEqual([
      'layouts.agenda.slideNumber: lies partly off the slide at 16:9',
      'layouts.agenda.slideNumber: lies partly off the slide at 4:3',
      'layouts.content: the title box lies partly off the slide at 16:9',
      'layouts.content: the title box lies partly off the slide at 4:3',
    ]);
    const body = checkTheme(minimal((t) => (t.layouts.content.body = { x: 0.5, y: 2, w: '90%', h: 6 }))).problems;
    expect(body).toContain('layouts.content: the body box lies partly off the slide at 16:9');
    expect(body).toContain('layouts.content.footer: overlaps the body area at 4:3; move it into the bottom margin (spacing.marginBottom)');
    expect(body).toContain('layouts.content.slideNumber: overlaps the body area at 16:9; move it into the bottom margin (spacing.marginBottom)');
  });

  it('a section slide has no body text: its body region may leave the slide and a logo may sit on it', () => {
    const r = checkTheme(
      minimal((t) => {
        t.layouts.section.body = { x: 0.5, y: 7, w: '90%', h: 2 };
        t.layouts.section.logo = { image: '/nonexistent/l.png', x: 1, y: 5.5, w: 1, h: 0.5 };
      }),
    );
    expect(r).toEqual({ problems: ['layouts.section.logo.image: image file not found: /nonexistent/l.png'], warnings: [] });
  });

  it('the title slide may have a footer over its subtitle area (it shows no footer by default)', () => {
    expect(checkTheme(minimal((t) => (t.layouts.title.footer = { x: 0.5, y: 4.3, w: '50%', h: 0.35 }))).problems).toEqual([]);
  });

  it('a footer that runs into the slide number', () => {
    expect(checkTheme(minimal((t) => (t.layouts.content.footer = { x: 0.5, y: -0.5, w: '95%', h: 0.35 }))).problems).toEqual([
      'layouts.content: the footer and the slide number overlap at 16:9',
      'layouts.content: the footer and the slide number overlap at 4:3',
    ]);
  });

  it('a logo off the slide and over the body', () => {
    const r = checkTheme(minimal((t) => (t.layouts.quote.logo = { image: '/nonexistent/l.png', x: 11, y: 3, w: 3, h: 1 })));
    expect(r.problems).toEqual([
      'layouts.quote.logo.image: image file not found: /nonexistent/l.png',
      'layouts.quote.logo: lies partly off the slide at 16:9',
      'layouts.quote.logo: overlaps the body box at 16:9',
      'layouts.quote.logo: lies partly off the slide at 4:3',
    ]);
  });

  it('a decoration past the slide edge is a warning, not a problem', () => {
    expect(checkTheme(minimal((t) => (t.layouts.section.decorations = [{ shape: 'rect', x: -1, y: 0, w: 2, h: 1, fill: 'EEEEEE' }])))).toEqual({
      problems: [],
      warnings: [
        'layouts.section.decorations[0]: reaches past the slide edge at 16:9 (PowerPoint shows the overhang while editing)',
        'layouts.section.decorations[0]: reaches past the slide edge at 4:3 (PowerPoint shows the overhang while editing)',
      ],
    });
  });
});

describe('checkTheme: sizes and fonts', () => {
  it('every floor is inclusive: sizes exactly at the floors pass', () => {
    const t = minimal((th) => Object.assign(th.sizes, { body: [18, 18, 18], minBody: 18, subtitle: 18, minTitle: 20, title: 20, section: 20, minTable: 12, table: 12, minCode: 12, code: 12, footer: 9 }));
    expect(checkTheme(t)).toEqual({ problems: [], warnings: [] });
  });

  it('every floor, one below', () => {
    const r = checkTheme(minimal((t) => Object.assign(t.sizes, { minTitle: 19, minCode: 11, footer: 8, minTable: 11 })));
    expect(r.problems).toEqual([
      'sizes.minTitle: 19 pt; titles need at least 20 pt',
      'sizes.minTable: 11 pt; table text needs at least 12 pt',
      'sizes.minCode: 11 pt; code needs at least 12 pt',
      'sizes.footer: 8 pt; footers need at least 9 pt',
    ]);
  });

  it('each minimum against each size it bounds', () => {
    const r = checkTheme(minimal((t) => Object.assign(t.sizes, { title: 30, section: 30, minTitle: 31, minBody: 23, subtitle: 22, minCode: 20, code: 18 })));
    expect(r.problems).toEqual([
      'sizes.minTitle: 31 pt is larger than sizes.title (30 pt); a minimum must not exceed the size',
      'sizes.minBody: 23 pt is larger than sizes.body[1] (22 pt); a minimum must not exceed the size',
      'sizes.minBody: 23 pt is larger than sizes.body[2] (20 pt); a minimum must not exceed the size',
      'sizes.minCode: 20 pt is larger than sizes.code (18 pt); a minimum must not exceed the size',
      'sizes.minTitle: 31 pt is larger than sizes.section (30 pt); a minimum must not exceed the size',
      'sizes.minBody: 23 pt is larger than sizes.subtitle (22 pt); a minimum must not exceed the size',
    ]);
    expect(checkTheme(minimal((t) => Object.assign(t.sizes, { body: [24, 24, 24], minBody: 25 }))).problems).toContain(
      'sizes.minBody: 25 pt is larger than sizes.body[0] (24 pt); a minimum must not exceed the size',
    );
  });

  it('deeper list levels larger than the level above are a warning, at either level', () => {
    const warn = (body: number[]) => checkTheme(minimal((t) => (t.sizes.body = body))).warnings;
    expect(warn([24, 26, 22])).toEqual(['sizes.body: [24, 26, 22] — deeper list levels are usually the same size or smaller']);
    expect(warn([24, 24, 26])).toEqual(['sizes.body: [24, 24, 26] — deeper list levels are usually the same size or smaller']);
    expect(warn([24, 24, 24])).toEqual([]);
  });

  it('fonts: names are compared without case; every role and script is looked at', () => {
    const r = checkTheme(
      minimal((t) => {
        t.fonts.body.latin = 'ARIAL';
        t.fonts.mono.latin = 'Fira Code';
        t.fonts.body.eastAsian = '思源黑体';
      }),
    );
    expect(r.warnings).toEqual([
      'fonts.body.eastAsian: "思源黑体" does not come with Windows or Office; PowerPoint and WPS substitute another font where it is not installed',
      'fonts.mono.latin: "Fira Code" does not come with Windows or Office; PowerPoint and WPS substitute another font where it is not installed',
    ]);
  });
});

// Round two, from the StrykerJS run on check.ts (2026-12-06): the contrast edge at float precision, the messages
// for titles, table text and one-aspect findings, a title box off a body-less slide, and where coloursUnder samples.
describe('checkTheme: contrast at the 4.5:1 edge, in floating point', () => {
  it('a pair a hair above 4.5:1 passes; so does one a hair below (rounding), within 1e-9', () => {
    expect(contrastRatio('557D76', '010211')).toBeGreaterThan(4.5);
    expect(contrastRatio('557D76', '010211')).toBeLessThan(4.5 + 1e-9);
    expect(contrastRatio('C14E60', '00000D')).toBeLessThan(4.5);
    expect(contrastRatio('C14E60', '00000D')).toBeGreaterThan(4.5 - 1e-9);
    for (const [fg, bg] of [['557D76', '010211'], ['C14E60', '00000D']]) {
      expect(checkTheme(minimal((t) => Object.assign(t.palette, { codeText: fg, codeBackground: bg }))).problems).toEqual([]);
    }
  });
});

describe('checkTheme: messages', () => {
  it('names a title colour that does not read, per background', () => {
    expect(checkTheme(minimal((t) => (t.palette.title = 'EEEEEE'))).problems).toEqual([
      'palette.title: title EEEEEE on FFFFFF: contrast 1.16:1, needs at least 4.5:1 (title, agenda, content, quote, closing slides)',
      'palette.title: title EEEEEE on F4F4F4: contrast 1.05:1, needs at least 4.5:1 (section slides)',
    ]);
  });

  it('names table text on the zebra fill', () => {
    expect(checkTheme(minimal((t) => (t.palette.tableZebra = t.palette.text))).problems).toContain(
      'palette.text: table text 1F1F1F on 1F1F1F (palette.tableZebra): contrast 1.00:1, needs at least 4.5:1 (agenda, content, quote slides)',
    );
  });

  it('says "at 16:9" when only one aspect is affected', () => {
    // A black panel at 10.5 in from the left: under the body at 16:9, off the slide at 4:3.
    const r = checkTheme(minimal((t) => (t.layouts.content.decorations = [{ shape: 'rect', x: 10.5, y: 3, w: 2.5, h: 2, fill: '000000' }])));
    expect(r.problems).toContain('palette.text: text 1F1F1F on 000000: contrast 1.27:1, needs at least 4.5:1 (content slides at 16:9)');
    expect(r.warnings).toEqual(['layouts.content.decorations[0]: reaches past the slide edge at 4:3 (PowerPoint shows the overhang while editing)']);
  });

  it('a title box off a slide with no body (a section page) is a problem', () => {
    expect(checkTheme(minimal((t) => (t.layouts.section.title = { x: -1, y: 1, w: 5, h: 1 }))).problems).toEqual([
      'layouts.section: the title box lies partly off the slide at 16:9',
      'layouts.section: the title box lies partly off the slide at 4:3',
    ]);
  });
});

describe('coloursUnder: a grid a little inside the box', () => {
  const size = { w: 13.333, h: 7.5 };
  const under = (decorations: { x: number; y: number; w: number; h: number; fill: string }[], box: { x: number; y: number; w: number; h: number }) =>
    coloursUnder(minimal((t) => (t.layouts.content.decorations = decorations.map((d) => ({ shape: 'rect' as const, ...d })))), 'content', size, box).sort();
  const box = { x: 2, y: 2, w: 1, h: 1 };

  it('sees what covers the lower half of the box', () => {
    expect(under([{ x: 2, y: 2.5, w: 1, h: 0.5, fill: '000000' }], box)).toEqual(['000000', 'FFFFFF']);
  });

  it('does not see what lies in the 0.1 in margins inside the box, or outside it', () => {
    expect(under([{ x: 2, y: 2, w: 0.09, h: 1, fill: '000001' }], box)).toEqual(['FFFFFF']); // left margin
    expect(under([{ x: 2.91, y: 2, w: 0.09, h: 1, fill: '000002' }], box)).toEqual(['FFFFFF']); // right margin
    expect(under([{ x: 1.8, y: 2, w: 0.19, h: 1, fill: '000003' }], box)).toEqual(['FFFFFF']); // left of the box
    expect(under([{ x: 3.01, y: 2, w: 0.3, h: 1, fill: '000004' }], box)).toEqual(['FFFFFF']); // right of the box
  });

  it('keeps a tiny box\'s samples inside it (the margin is at most a quarter of the box)', () => {
    expect(under([{ x: 4.99, y: 4.99, w: 0.04, h: 0.04, fill: '000005' }], { x: 5, y: 5, w: 0.02, h: 0.02 })).toEqual(['000005']);
  });
});
