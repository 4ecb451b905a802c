import { describe, expect, it } from 'vitest';
import { frontmatterDate, readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { changesText, formatStatus, isOutdated, strictFailures, translationStatus, type ContentFile } from '../../src/lib/translations/status.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const locales = [
  { code: 'ru', full: true },
  { code: 'en', full: true },
  { code: 'ar', full: false },
];
const article = (locale: string, slug: string, updated: string, translatedFrom?: string, draft = false): ContentFile => ({
  kind: 'article',
  locale,
  slug,
  updated: day(updated),
  translatedFrom: translatedFrom ? day(translatedFrom) : undefined,
  draft,
});

describe('isOutdated', () => {
  it('is outdated when the source was updated after the version translated', () => {
    expect(isOutdated(day('2026-12-01'), day('2026-11-24'))).toBe(true);
  });
  it('is current when translated from the latest version, or from a later one', () => {
    expect(isOutdated(day('2026-11-24'), day('2026-11-24'))).toBe(false);
    expect(isOutdated(day('2026-11-24'), new Date('2026-11-24T23:00:00Z'))).toBe(false);
  });
  it('counts a translation without a translatedFrom date as outdated: its freshness is unknown', () => {
    expect(isOutdated(day('2026-11-24'), undefined)).toBe(true);
  });
});

describe('translationStatus', () => {
  const files: ContentFile[] = [
    article('ru', 'reset-password', '2026-12-01'),
    article('ru', 'cannot-sign-in', '2026-11-24'),
    article('ru', 'new-topic', '2026-11-30'),
    article('ru', 'secret-plan', '2026-11-30', undefined, true),
    { kind: 'faq', locale: 'ru', slug: 'forgot-password' },
    { kind: 'category', locale: 'ru', slug: 'sign-in' },
    article('en', 'reset-password', '2026-11-24', '2026-11-24'),
    article('en', 'cannot-sign-in', '2026-11-24', '2026-11-24'),
    article('en', 'new-topic', '2026-11-30', '2026-11-30', true),
    article('en', 'english-only', '2026-11-24'),
    { kind: 'faq', locale: 'en', slug: 'forgot-password' },
    { kind: 'category', locale: 'en', slug: 'sign-in' },
    article('ar', 'cannot-sign-in', '2026-11-24', '2026-11-24'),
  ];
  const [en, ar] = translationStatus({ locales, sourceLocale: 'ru', files });

  it('reports each non-source locale with its completeness requirement', () => {
    expect([en?.locale, en?.full, ar?.locale, ar?.full]).toEqual(['en', true, 'ar', false]);
  });

  it('lists translated files with their paths', () => {
    expect(en?.translated.map((i) => i.file)).toEqual([
      'content/articles/en/cannot-sign-in.mdx',
      'content/categories/en/sign-in.yaml',
      'content/faq/en/forgot-password.md',
    ]);
  });

  it('lists an outdated translation with both dates and the source to update from', () => {
    expect(en?.outdated).toEqual([
      {
        kind: 'article',
        slug: 'reset-password',
        file: 'content/articles/en/reset-password.mdx',
        source: 'content/articles/ru/reset-password.mdx',
        reason: 'translated from 2026-11-24, source updated 2026-12-01',
        sourceUpdated: '2026-12-01',
        translatedFrom: '2026-11-24',
      },
    ]);
  });

  it('lists missing articles, FAQ entries and categories; a draft translation counts as missing', () => {
    expect(en?.missing.map((i) => [i.file, i.reason])).toEqual([['content/articles/en/new-topic.mdx', 'draft: not published yet']]);
    expect(ar?.missing.map((i) => i.file)).toEqual([
      'content/articles/ar/new-topic.mdx',
      'content/articles/ar/reset-password.mdx',
      'content/categories/ar/sign-in.yaml',
      'content/faq/ar/forgot-password.md',
    ]);
  });

  it('does not ask for translations of a draft original', () => {
    const all = [en, ar].flatMap((s) => [...s!.missing, ...s!.translated, ...s!.outdated]).map((i) => i.slug);
    expect(all).not.toContain('secret-plan');
  });

  it('lists files that have no original without counting them as a problem', () => {
    expect(en?.withoutSource.map((i) => i.file)).toEqual(['content/articles/en/english-only.mdx']);
  });

  it('--strict fails only for full locales with something missing or outdated', () => {
    expect(strictFailures([en!, ar!])).toEqual(['en: 1 missing, 1 outdated']);
    expect(strictFailures([ar!])).toEqual([]);
  });

  it('prints per locale the counts and the paths of outdated, missing and translated files', () => {
    const text = formatStatus([en!, ar!], { sourceLocale: 'ru' });
    expect(text).toContain('en (full locale: everything must be translated): 3 translated, 1 missing, 1 outdated');
    expect(text).toContain(
      '    content/articles/en/reset-password.mdx — translated from 2026-11-24, source updated 2026-12-01; update it from content/articles/ru/reset-password.mdx, then set translatedFrom',
    );
    expect(text).toContain('    content/articles/ar/reset-password.mdx — translate content/articles/ru/reset-password.mdx (npm run new -- reset-password --translate ar)');
    expect(text).toContain('  translated:\n    content/articles/en/cannot-sign-in.mdx');
    expect(formatStatus([en!], { sourceLocale: 'ru', brief: true })).not.toContain('translated:\n');
  });
});

describe('reading frontmatter', () => {
  it('reads top-level values with or without quotes', () => {
    const fm = readFrontmatter('---\ntitle: "A: b"\nupdated: 2026-11-24\ntranslatedFrom: \'2026-11-20\' # comment\ndraft: true\n---\n\nBody: not: read\n');
    expect(fm).toEqual({ title: 'A: b', updated: '2026-11-24', translatedFrom: '2026-11-20', draft: 'true' });
  });
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(frontmatterDate('2026-11-24')?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(frontmatterDate('2026-02-30')).toBeUndefined();
    expect(frontmatterDate('24.11.2026')).toBeUndefined();
    expect(frontmatterDate(undefined)).toBeUndefined();
  });
});

describe('what changed in the source, under an outdated translation', () => {
  const item = {
    kind: 'article' as const,
    slug: 'reset-password',
    file: 'content/articles/en/reset-password.mdx',
    source: 'content/articles/ru/reset-password.mdx',
    reason: 'translated from 2026-11-24, source updated 2026-12-01',
  };
  const since = { since: '2026-11-24', commit: 'abcdef0123456789abcdef0123456789abcdef01', commitDate: '2026-11-20' };

  it('prints the diff under the file, and how to see the lines the cap left out', () => {
    const diff = { lines: ['@@ -3,1 +3,1 @@', '-старый абзац', '+новый абзац'], added: 3, removed: 1, cut: 2 };
    const [en] = translationStatus({ locales: [{ code: 'ru', full: true }, { code: 'en', full: true }], sourceLocale: 'ru', files: [] });
    const text = formatStatus([{ ...en!, outdated: [{ ...item, changes: { ...since, diff } }] }], { sourceLocale: 'ru' });
    expect(text).toContain(
      [
        '    content/articles/en/reset-password.mdx — translated from 2026-11-24, source updated 2026-12-01; update it from content/articles/ru/reset-password.mdx, then set translatedFrom',
        '      what changed in content/articles/ru/reset-password.mdx since 2026-11-24 (commit abcdef0123 of 2026-11-20): 3 lines added, 1 removed',
        '        @@ -3,1 +3,1 @@',
        '        -старый абзац',
        '        +новый абзац',
        '      … 2 more changed lines not shown: git diff abcdef0123 -- content/articles/ru/reset-password.mdx',
      ].join('\n'),
    );
  });

  it('says plainly when git cannot show it', () => {
    expect(changesText({ ...item, changes: { unavailable: 'git is not installed, so the history of the source cannot be read' } }, '  ')).toBe(
      '\n  what changed in the source: not shown — git is not installed, so the history of the source cannot be read',
    );
    expect(changesText(item, '  ')).toBe('');
  });
});

describe('blocks a locale lacks', () => {
  const block = (locale: string, slug: string): ContentFile => ({ kind: 'block', locale, slug });
  const files = [block('ru', 'never-share-codes'), block('ru', 'no-official-bypass'), block('en', 'never-share-codes'), block('ar', 'no-official-bypass')];
  const [en, ar] = translationStatus({
    locales: [{ code: 'ru', full: true, fallback: [] }, { code: 'en', full: true, fallback: ['ru'] }, { code: 'ar', full: false, fallback: ['en', 'ru'] }],
    sourceLocale: 'ru',
    files,
  });

  it('a partial locale shows it in the first language of its fallback chain that has it', () => {
    expect(ar?.missing).toEqual([
      {
        kind: 'block',
        slug: 'never-share-codes',
        file: 'content/blocks/ar/never-share-codes.mdx',
        source: 'content/blocks/ru/never-share-codes.mdx',
        shownIn: 'en',
        reason: 'readers see the en text meanwhile',
      },
    ]);
  });

  it('a full locale without it is an error the build reports, and --strict fails', () => {
    expect(en?.missing.map((i) => [i.file, i.reason])).toEqual([['content/blocks/en/no-official-bypass.mdx', 'a full locale must have every block: the build stops without it']]);
    expect(strictFailures([en!, ar!])).toEqual(['en: 1 missing, 0 outdated']);
  });

  it('is listed in the default status with the file to write and its source', () => {
    const text = formatStatus([en!, ar!], { sourceLocale: 'ru' });
    expect(text).toMatch(/^Translation status \(source language: ru; counts cover articles, FAQ entries, categories and blocks\)$/m);
    expect(text).toContain('    content/blocks/ar/never-share-codes.mdx — translate content/blocks/ru/never-share-codes.mdx; readers see the en text meanwhile');
    expect(text).toContain('    content/blocks/en/no-official-bypass.mdx — translate content/blocks/ru/no-official-bypass.mdx; a full locale must have every block: the build stops without it');
  });
});
