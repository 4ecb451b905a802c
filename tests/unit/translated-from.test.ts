import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checks.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const categories = ['ru', 'en'].map((l) => ({ locale: l, slug: 'sign-in', filePath: `content/categories/${l}/sign-in.yaml` }));
const article = (locale: string, updated: string, translatedFrom?: string) => ({
  locale,
  slug: 'reset-password',
  filePath: `content/articles/${locale}/reset-password.mdx`,
  data: { category: 'sign-in', related: [], updated: day(updated), translatedFrom: translatedFrom ? day(translatedFrom) : undefined },
});
const check = (...articles: ReturnType<typeof article>[]) => checkContent({ locales: ['ru', 'en'], sourceLocale: 'ru', articles, categories, faq: [] });

describe('translatedFrom in translations', () => {
  it('is accepted when it names the original’s current or an earlier updated date', () => {
    expect(check(article('ru', '2026-12-01'), article('en', '2026-12-02', '2026-12-01'))).toEqual([]);
    expect(check(article('ru', '2026-12-01'), article('en', '2026-11-24', '2026-11-24'))).toEqual([]);
  });

  it('is required in a translation of an existing original, with the date to use', () => {
    expect(check(article('ru', '2026-12-01'), article('en', '2026-12-02'))).toEqual([
      'content/articles/en/reset-password.mdx: translatedFrom: missing — expected the updated date of content/articles/ru/reset-password.mdx when you translated it (now 2026-12-01)',
    ]);
  });

  it('cannot be later than the original’s updated date (a typo would hide that it is outdated)', () => {
    expect(check(article('ru', '2026-12-01'), article('en', '2026-12-02', '2026-12-05'))[0]).toMatch(
      /^content\/articles\/en\/reset-password\.mdx: translatedFrom: 2026-12-05 is later than the original was ever updated — expected the updated date of content\/articles\/ru\/reset-password\.mdx/,
    );
  });

  it('is not required of an article that has no original', () => {
    expect(check(article('en', '2026-12-02'))).toEqual([]);
  });
});
