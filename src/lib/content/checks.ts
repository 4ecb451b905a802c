/** Cross-file checks the zod schemas cannot see. Each problem names the file, the field and what was expected. */
import { isoDay } from './dates.ts';
import { fullLocaleProblems, type Readiness } from '../translations/readiness.ts';

export interface CheckedArticle {
  locale: string;
  slug: string;
  filePath: string;
  data: { category: string; related: readonly string[]; updated?: Date | undefined; translatedFrom?: Date | undefined };
}
export interface CheckedCategory {
  locale: string;
  slug: string;
  filePath: string;
}
export interface CheckedFaq {
  locale: string;
  slug: string;
  filePath: string;
  data: { category: string; related: string };
}

export function checkContent(input: {
  locales: readonly string[];
  sourceLocale: string;
  articles: readonly CheckedArticle[];
  categories: readonly CheckedCategory[];
  faq: readonly CheckedFaq[];
  /** Each locale's fallback chain (itself first): a partial locale may use its fallback languages' categories. */
  chains?: Readonly<Record<string, readonly string[]>>;
}): string[] {
  const { locales, sourceLocale, articles, categories, faq } = input;
  const chain = (locale: string) => input.chains?.[locale] ?? [locale];
  const problems: string[] = [];
  const known = `expected one of ${locales.join(', ')}`;
  for (const e of [...articles, ...categories, ...faq]) {
    if (!locales.includes(e.locale)) problems.push(`${e.filePath}: locale folder "${e.locale}" is not a site locale (${known})`);
  }
  const categoriesIn = (locale: string) => [...new Set(categories.filter((c) => chain(locale).includes(c.locale)).map((c) => c.slug))];
  const where = (locale: string) => `content/categories/${locale}/${chain(locale).length > 1 ? ' or its fallback languages\'' : ''}`;
  const articlesIn = (locale: string) => new Set(articles.filter((a) => a.locale === locale).map((a) => a.slug));
  const allSlugs = new Set(articles.map((a) => a.slug));

  for (const a of articles) {
    const cats = categoriesIn(a.locale);
    if (!cats.includes(a.data.category)) {
      problems.push(`${a.filePath}: category: "${a.data.category}" does not exist in ${where(a.locale)} (expected one of ${cats.join(', ') || 'none — add a category file'})`);
    }
    for (const r of a.data.related) {
      if (r === a.slug) problems.push(`${a.filePath}: related: "${r}" is the article itself`);
      else if (!allSlugs.has(r)) problems.push(`${a.filePath}: related: no article with slug "${r}" in any locale`);
    }
    if (a.locale === sourceLocale && a.data.translatedFrom) {
      problems.push(`${a.filePath}: translatedFrom: only translations have it; ${sourceLocale} is the source language`);
    }
    const original = a.locale === sourceLocale ? undefined : articles.find((o) => o.locale === sourceLocale && o.slug === a.slug);
    if (original?.data.updated) {
      // Freshness can only be tracked when a translation says which version of the original it was made from.
      const expected = `the updated date of ${original.filePath} when you translated it (now ${isoDay(original.data.updated)})`;
      if (!a.data.translatedFrom) problems.push(`${a.filePath}: translatedFrom: missing — expected ${expected}`);
      else if (isoDay(a.data.translatedFrom) > isoDay(original.data.updated)) {
        problems.push(`${a.filePath}: translatedFrom: ${isoDay(a.data.translatedFrom)} is later than the original was ever updated — expected ${expected}`);
      }
    }
  }
  for (const f of faq) {
    const cats = categoriesIn(f.locale);
    if (!cats.includes(f.data.category)) {
      problems.push(`${f.filePath}: category: "${f.data.category}" does not exist in ${where(f.locale)} (expected one of ${cats.join(', ')})`);
    }
    if (!articlesIn(f.locale).has(f.data.related) && !allSlugs.has(f.data.related)) {
      problems.push(`${f.filePath}: related: no article with slug "${f.data.related}"`);
    }
  }
  return problems;
}

/** Files whose names differ only by case or extension collapse to one id; find them before an entry is lost. */
export function findDuplicateSlugs(paths: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const p of paths) {
    const key = p.toLowerCase().replace(/\.(mdx|md|ya?ml)$/, '');
    const first = seen.get(key);
    if (first) problems.push(`${p}: duplicate slug — ${first} already defines "${key.split('/').pop()}" in this locale`);
    else seen.set(key, p);
  }
  return problems;
}

/**
 * What full locales lack (src/lib/translations/readiness.ts), one line per file or dictionary, except files
 * another check already names (the blocks check reports a full locale's missing block itself).
 */
export function fullLocaleGaps(readinesses: readonly Readiness[], otherProblems: readonly string[] = []): string[] {
  const named = new Set(otherProblems.map((p) => p.slice(0, p.indexOf(': '))));
  return readinesses.flatMap(fullLocaleProblems).filter((p) => !named.has(p.slice(0, p.indexOf(': '))));
}
