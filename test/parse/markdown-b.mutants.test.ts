// src/parse/markdown.ts again (issue 18, parse-b survivors). markdown() builds one markdown-it instance per process and
// caches it, so its options and plugins are read once: each test here loads a FRESH copy of the parse stage
// (vi.resetModules + import) so that what it asserts depends on this copy's construction, not on whichever test built
// the cached instance first. The cjk-breaks retry is driven with stand-in plugins (vi.doMock) that misbehave on purpose.
import { afterEach, describe, expect, it, vi } from 'vitest';

type ParseModule = typeof import('../../src/parse/index.js');
type MarkdownModule = typeof import('../../src/parse/markdown.js');

async function freshParse(): Promise<ParseModule['parse']> {
  vi.resetModules();
  return (await import('../../src/parse/index.js')).parse;
}
async function freshMarkdown(): Promise<MarkdownModule['markdown']> {
  vi.resetModules();
  return (await import('../../src/parse/markdown.js')).markdown;
}

afterEach(() => {
  vi.doUnmock('markdown-it-cjk-breaks');
  vi.resetModules();
});

const paragraphs = (deck: { slides: { blocks: { kind: string }[] }[] }) =>
  deck.slides.flatMap((s) => s.blocks).filter((b): b is { kind: 'paragraph'; runs: { text: string; href?: string }[] } => b.kind === 'paragraph');

describe('the markdown-it options, read by a freshly built instance', () => {
  it('html: an HTML comment on a slide is its speaker notes (Marp), not text', async () => {
    const parse = await freshParse();
    const { deck } = parse('## A\n\nbody\n\n<!-- say this -->\n', { file: 't.md' });
    expect(deck.slides.map((s) => s.notes)).toEqual([['say this']]);
    expect(paragraphs(deck).map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['body']);
  });

  it('linkify off: a bare address stays text, not a link (only <…> and [..](..) make links)', async () => {
    const parse = await freshParse();
    const { deck } = parse('## A\n\nsee https://x.example/a or www.example.com now\n\n<https://y.example>\n', { file: 't.md' });
    const [bare, angle] = paragraphs(deck);
    expect(bare.runs).toEqual([{ text: 'see https://x.example/a or www.example.com now' }]);
    expect(angle.runs).toEqual([{ text: 'https://y.example', href: 'https://y.example' }]);
  });

  it('typographer off: straight quotes, dashes and (c) stay as written', async () => {
    const parse = await freshParse();
    const { deck } = parse('## A\n\n"quoted" -- \'x\' (c) ...\n', { file: 't.md' });
    expect(paragraphs(deck)[0].runs).toEqual([{ text: '"quoted" -- \'x\' (c) ...' }]);
  });

  it('the instance without front matter reads a block between --- lines that is not front matter as Markdown', async () => {
    const parse = await freshParse();
    const { deck } = parse('---\nnot front matter\n---\n\n## A\n\nx\n', { file: 't.md' });
    expect(deck.slides.map((s) => s.title?.map((r) => r.text).join(''))).toEqual(['not front matter', 'A']);
  });

  it('markdown(true) reads front matter as a token; markdown(false) does not', async () => {
    const markdown = await freshMarkdown();
    expect(markdown(true).parse('---\ntitle: T\n---\n\nx\n', {})[0].type).toBe('front_matter');
    expect(markdown(false).parse('---\ntitle: T\n---\n\nx\n', {})[0].type).toBe('hr');
  });
});

describe('the cjk-breaks retry leaves a standard token stream', () => {
  // CommonMark example 432: markdown-it leaves an empty text token beside the soft break; the retry hides it from the
  // plugin and must give it its type back, or markdown-it's own renderer writes it as a bare `<>` tag.
  it('CommonMark example 432 renders as the spec says', async () => {
    const markdown = await freshMarkdown();
    expect(markdown().render('**foo *bar **baz**\nbim* bop**\n')).toBe('<p><strong>foo <em>bar <strong>baz</strong>\nbim</em> bop</strong></p>\n');
    const children = markdown().parse('**foo *bar **baz**\nbim* bop**\n', {})[1].children!;
    const empty = children.filter((c) => c.content === '' && !c.tag);
    expect(empty.length).toBeGreaterThan(0);
    expect(new Set(empty.map((c) => c.type))).toEqual(new Set(['text']));
  });

  it('the fuzz input (a break the plugin itself emptied): every token keeps a markdown-it type', async () => {
    const markdown = await freshMarkdown();
    const children = markdown().parse('〇\n[]()\n　中\n', {})[1].children!;
    expect(children.map((c) => c.type)).toEqual(['text', 'text', 'link_open', 'link_close', 'text', 'text']);
    expect(markdown().render('〇\n[]()\n　中\n')).toBe('<p>〇<a href=""></a>　中</p>\n');
  });
});

describe('a cjk-breaks that misbehaves', () => {
  type Rule = (state: { tokens: unknown[] }) => void;
  const standIn = (rule: Rule | undefined) => {
    vi.doMock('markdown-it-cjk-breaks', () => ({
      default: (md: { core: { ruler: { push: (name: string, fn: Rule) => void } } }) => {
        if (rule) md.core.ruler.push('cjk_breaks', rule);
      },
    }));
  };

  it('one that registers no rule: an internal error when the instance is built', async () => {
    standIn(undefined);
    const markdown = await freshMarkdown();
    expect(() => markdown()).toThrow('internal: markdown-it-cjk-breaks registered no rule');
  });

  it('an error that is not the known TypeError is not retried: it propagates at once', async () => {
    let calls = 0;
    standIn(() => {
      if (++calls > 1000) return; // (a retry loop that swallows it is let off, so the test fails instead of hanging)
      throw new RangeError('not ours');
    });
    const markdown = await freshMarkdown();
    expect(() => markdown().parse('a\nb\n', {})).toThrow(RangeError);
    expect(calls).toBe(1);
  });

  it('a TypeError that retrying does not cure: given up after a bounded number of rounds, the TypeError thrown', async () => {
    let calls = 0;
    standIn(() => {
      // A retry loop that never gives up is let off here (the rule stops throwing), so the test fails instead of hanging.
      if (++calls > 1000) return;
      throw new TypeError('always');
    });
    const markdown = await freshMarkdown();
    expect(() => markdown().parse('a\nb\n', {})).toThrow(new TypeError('always'));
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(10);
  });
});
