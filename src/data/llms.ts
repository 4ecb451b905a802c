/** What llms.txt says for a locale and for the whole site (text: src/lib/seo/llms-txt.ts), from the site index. */
import { DEFAULT_LOCALE, LOCALES, localeInfo, useTranslations, type Locale } from '../i18n/index.ts';
import { markdownPath } from '../lib/seo/copies.ts';
import { isoDay } from '../lib/content/dates.ts';
import type { LlmsLocale, LlmsRoot } from '../lib/seo/llms-txt.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { categoryLists, type SiteIndex } from './routes.ts';

/** A locale's articles by category, its own translations only (fallback pages are another language's). */
export function llmsLocale(index: SiteIndex, lang: Locale): LlmsLocale {
  const t = useTranslations(lang);
  const abs = (p: string) => absoluteUrl(index.env.site, index.env.base, p);
  const sections = categoryLists(index, lang).map(({ category, pages }) => ({
    title: category.data.title,
    articles: pages
      .filter((p) => !p.isFallback)
      .map((p) => ({ title: p.entry.data.title, description: p.entry.data.description, markdown: abs(markdownPath(lang, p.slug)) })),
  }));
  const dates = index.pagesIn(lang).filter((p) => !p.isFallback).map((p) => isoDay(p.entry.data.updated)).sort();
  return {
    siteName: t('site.name'),
    summary: t('home.description'),
    independent: t('site.independent'),
    ...(dates.length ? { updated: { label: t('article.updated'), date: dates.at(-1)! } } : {}),
    sections,
  };
}

/** The languages, each in its own words; the heading in the default language. */
export function llmsRoot(index: SiteIndex): LlmsRoot {
  const t = useTranslations(DEFAULT_LOCALE);
  return {
    siteName: t('site.name'),
    summary: t('home.description'),
    independent: t('site.independent'),
    languages: LOCALES.map((l) => ({
      name: localeInfo(l.code).nativeName,
      href: absoluteUrl(index.env.site, index.env.base, `/${l.code}/llms.txt`),
      summary: useTranslations(l.code)('home.description'),
    })),
  };
}
