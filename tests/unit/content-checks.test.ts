import { describe, expect, it } from 'vitest';
import { checkContent, findDuplicateSlugs, fullLocaleGaps } from '../../src/lib/content/checks.ts';
import type { Readiness } from '../../src/lib/translations/readiness.ts';

const base = {
  locales: ['ru', 'en'],
  sourceLocale: 'ru',
  categories: [{ locale: 'ru', slug: 'sign-in', filePath: 'content/categories/ru/sign-in.yaml' }],
  faq: [],
};
const article = (over: Partial<{ category: string; related: string[]; locale: string; translatedFrom: Date }> = {}) => ({
  locale: over.locale ?? 'ru',
  slug: 'a',
  filePath: `content/articles/${over.locale ?? 'ru'}/a.mdx`,
  data: { category: over.category ?? 'sign-in', related: over.related ?? [], translatedFrom: over.translatedFrom },
});

describe('cross-file content checks', () => {
  it('accepts consistent content', () => {
    expect(checkContent({ ...base, articles: [article()] })).toEqual([]);
  });
  it('names the file and the field for an unknown category', () => {
    expect(checkContent({ ...base, articles: [article({ category: 'nope' })] })).toEqual([
      expect.stringMatching(/^content\/articles\/ru\/a\.mdx: category: "nope" does not exist.*expected one of sign-in/),
    ]);
  });
  it('flags a related slug that no article has', () => {
    expect(checkContent({ ...base, articles: [article({ related: ['ghost'] })] })[0]).toMatch(/related: no article with slug "ghost"/);
  });
  it('flags a locale folder that is not a site locale', () => {
    expect(checkContent({ ...base, articles: [article({ locale: 'de' })] }).join('\n')).toMatch(/locale folder "de" is not a site locale/);
  });
  it('finds two files that would collapse into one slug', () => {
    expect(findDuplicateSlugs(['content/articles/ru/Reset.mdx', 'content/articles/ru/reset.mdx'])[0]).toMatch(
      /content\/articles\/ru\/reset\.mdx: duplicate slug/,
    );
  });

  it('a full locale without its synonyms file is named with the file it needs; a partial one falls back', () => {
    const lacking = (full: boolean): Readiness => ({
      locale: 'ar',
      full,
      has: [],
      fallsBack: [{ kind: 'searchSynonyms', file: 'content/search/synonyms/ar.yaml', from: 'en' }],
      needs: [{ kind: 'searchSynonyms', file: 'content/search/synonyms/ar.yaml', source: 'content/search/synonyms/ru.yaml' }],
      suggests: [],
    });
    expect(fullLocaleGaps([lacking(true)])).toEqual([
      'content/search/synonyms/ar.yaml: missing — ar is a full locale (full: true in src/i18n/locales.ts); translate content/search/synonyms/ru.yaml, or make the locale partial (full: false) until it is done',
    ]);
    expect(fullLocaleGaps([lacking(false)])).toEqual([]);
    // Another check already named the file: said once.
    expect(fullLocaleGaps([lacking(true)], ['content/search/synonyms/ar.yaml: missing — something else'])).toEqual([]);
  });
});
