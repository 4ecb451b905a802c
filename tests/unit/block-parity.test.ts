import { describe, expect, it } from 'vitest';
import { blockUses, checkBlocks, type BlockFile, type ParityArticle } from '../../src/lib/content/block-parity.ts';

const mdx = (body: string, front = 'title: "x"') => `---\n${front}\n---\n${body}`;
const article = (locale: string, body: string, extra: Partial<ParityArticle> = {}): ParityArticle => ({
  locale,
  slug: 'reset-password',
  filePath: `content/articles/${locale}/reset-password.mdx`,
  draft: false,
  source: mdx(body),
  ...extra,
});
const block = (locale: string, id: string, type = 'danger'): BlockFile => ({ locale, id, type, filePath: `content/blocks/${locale}/${id}.mdx` });
const blocks = ['ru', 'en'].flatMap((l) => [block(l, 'never-share-codes'), block(l, 'keep-phone-signed-in', 'warning')]);
const check = (articles: ParityArticle[], extra: Partial<Parameters<typeof checkBlocks>[0]> = {}) =>
  checkBlocks({ sourceLocale: 'ru', fullLocales: ['ru', 'en'], articles, faq: [], blocks, ...extra });

const withBoth = '## One\n\n<Block id="never-share-codes" />\n\n<Block id="keep-phone-signed-in" />\n';

describe('blocks an article uses', () => {
  it('are read with their line, counting the frontmatter, and not inside code blocks', () => {
    const source = mdx('Intro.\n\n<Block id="never-share-codes" />\n\n```mdx\n<Block id="example" />\n```\n\n<Block id=\'keep-phone-signed-in\' />\n');
    expect(blockUses(source)).toEqual([
      { id: 'never-share-codes', line: 6 },
      { id: 'keep-phone-signed-in', line: 12 },
    ]);
  });
});

describe('block parity between a translation and its Russian source', () => {
  it('a translation with the same blocks and structure passes', () => {
    expect(check([article('ru', withBoth), article('en', withBoth)])).toEqual([]);
  });

  it('a translation that drops a block stops the build with the file, the block id and the source file', () => {
    expect(check([article('ru', withBoth), article('en', '## One\n\n<Block id="never-share-codes" />\n')])).toEqual([
      'content/articles/en/reset-password.mdx: lacks <Block id="keep-phone-signed-in" /> that its source content/articles/ru/reset-password.mdx has — add it where the source has it',
    ]);
  });

  it('a translation with a block its source lacks is named too', () => {
    const problems = check([article('ru', '## One\n\n<Block id="never-share-codes" />\n'), article('en', withBoth)]);
    expect(problems).toEqual([
      'content/articles/en/reset-password.mdx: has <Block id="keep-phone-signed-in" /> that its source content/articles/ru/reset-password.mdx does not — remove it, or add it to the source and every translation',
    ]);
  });

  it('a draft translation may lack a block; a published one in a partial locale may not', () => {
    expect(check([article('ru', withBoth), article('en', '## One\n', { draft: true })])).toEqual([]);
    expect(check([article('ru', withBoth), article('en', '## One\n<Block id="never-share-codes" />\n')], { fullLocales: ['ru'] })).toEqual([
      'content/articles/en/reset-password.mdx: lacks <Block id="keep-phone-signed-in" /> that its source content/articles/ru/reset-password.mdx has — add it where the source has it',
    ]);
  });

  it('an unknown block id names the file, the line and the closest id', () => {
    expect(check([article('ru', '## One\n\n<Block id="never-share-code" />\n')])).toEqual([
      'content/articles/ru/reset-password.mdx:6: <Block id="never-share-code" />: no block "never-share-code" — expected a file content/blocks/<locale>/never-share-code.mdx (did you mean "never-share-codes"?)',
    ]);
  });

  it('a different number of ## sections or steps stops the build unless structureNote says why', () => {
    const ru = article('ru', `${withBoth}\n## Two\n\n<Steps>\n1. a\n2. b\n</Steps>\n`);
    const en = article('en', `${withBoth}\n<Steps>\n1. a\n</Steps>\n`);
    expect(check([ru, en])).toEqual([
      'content/articles/en/reset-password.mdx: 1 "##" sections and 1 <Steps> items, its source content/articles/ru/reset-password.mdx has 2 and 2 — keep the structure readers rely on, or say why in structureNote: "…" in the frontmatter',
    ]);
    expect(check([ru, { ...en, structureNote: 'English readers need one step less here.' }])).toEqual([]);
  });

  it('a full locale without a block file, or with another type, is named', () => {
    const problems = check([article('ru', withBoth)], { blocks: [...blocks.filter((b) => !(b.locale === 'en' && b.id === 'never-share-codes')), block('es', 'never-share-codes', 'tip')], fullLocales: ['ru', 'en', 'es'] });
    expect(problems).toEqual([
      'content/blocks/en/never-share-codes.mdx: missing — en is a full locale; translate content/blocks/ru/never-share-codes.mdx',
      'content/blocks/es/never-share-codes.mdx: type: "tip" differs from its source content/blocks/ru/never-share-codes.mdx ("danger") — expected "danger"',
      'content/blocks/es/keep-phone-signed-in.mdx: missing — es is a full locale; translate content/blocks/ru/keep-phone-signed-in.mdx',
    ]);
  });

  it('FAQ translations list the same blocks as their source', () => {
    const faq = (locale: string, list: string[]) => ({ locale, slug: 'how-long', filePath: `content/faq/${locale}/how-long.md`, blocks: list });
    expect(check([], { faq: [faq('ru', ['never-share-codes']), faq('en', [])] })).toEqual([
      'content/faq/en/how-long.md: blocks: lacks "never-share-codes" that its source content/faq/ru/how-long.md lists — add it',
    ]);
    expect(check([], { faq: [faq('ru', ['never-share-cods'])] })[0]).toContain('did you mean "never-share-codes"?');
  });
});

describe('a block as plain text (FAQ structured data)', () => {
  it('keeps the title and the words, without tags, links or emphasis', async () => {
    const { blockPlainText } = await import('../../src/lib/content/block-parity.ts');
    expect(blockPlainText('Use only Xiaomi’s own pages', 'Start from <OfficialLink href="https://www.mi.com/global/support">mi.com/global/support</OfficialLink>. See [the **scams** page](/unlock-service-scams/).\n\nNever pay.')).toBe(
      'Use only Xiaomi’s own pages. Start from mi.com/global/support. See the scams page. Never pay.',
    );
    expect(blockPlainText('Why?', 'Because.')).toBe('Why? Because.');
  });
});
