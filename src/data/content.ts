/**
 * The one place pages get content from: loads the collections, drops drafts from production,
 * runs the cross-file checks, and plans which page each locale shows.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, LOCALE_CODES, SOURCE_LOCALE, type Locale } from '../i18n/index.ts';
import { checkContent, ContentError, findDuplicateSlugs } from '../lib/content-checks.ts';
import { planPages, splitId, type PagePlan } from '../lib/translations.ts';

type RawArticle = CollectionEntry<'articles'>;
export interface Article {
  id: string;
  locale: Locale;
  slug: string;
  filePath: string;
  data: RawArticle['data'];
  body: string;
  raw: RawArticle;
}
export interface Category {
  locale: Locale;
  slug: string;
  filePath: string;
  data: CollectionEntry<'categories'>['data'];
}
export interface Faq {
  locale: Locale;
  slug: string;
  filePath: string;
  data: CollectionEntry<'faq'>['data'];
  raw: CollectionEntry<'faq'>;
}

/** Drafts are visible in `astro dev` and absent from production builds. */
export const SHOW_DRAFTS = import.meta.env.DEV;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (/\.(mdx|md|ya?ml)$/.test(n)) out.push(`${rel}${n}`);
      else if (!n.includes('.')) walk(p, `${rel}${n}/`);
    }
  };
  walk(dir, `${dir}/`);
  return out;
}

function place<T extends { id: string; filePath?: string | undefined }>(e: T, folder: string) {
  const { locale, slug } = splitId(e.id);
  return { locale: locale as Locale, slug, filePath: e.filePath ?? `content/${folder}/${e.id}` };
}

let loaded: Promise<{ articles: Article[]; categories: Category[]; faq: Faq[] }> | undefined;

async function load() {
  const [rawArticles, rawCategories, rawFaq] = await Promise.all([
    getCollection('articles'),
    getCollection('categories'),
    getCollection('faq'),
  ]);
  const articles: Article[] = rawArticles.map((e) => ({
    id: e.id,
    ...place(e, 'articles'),
    data: e.data,
    body: e.body ?? '',
    raw: e,
  }));
  const categories: Category[] = rawCategories.map((e) => ({ ...place(e, 'categories'), data: e.data }));
  const faq: Faq[] = rawFaq.map((e) => ({ ...place(e, 'faq'), data: e.data, raw: e }));

  const problems = [
    ...findDuplicateSlugs(listFiles('content/articles')),
    ...findDuplicateSlugs(listFiles('content/faq')),
    ...checkContent({ locales: LOCALE_CODES, sourceLocale: SOURCE_LOCALE, articles, categories, faq }),
  ];
  if (problems.length) throw new ContentError(problems);

  const byOrder = <T extends { data: { order: number }; slug: string }>(a: T, b: T) =>
    a.data.order - b.data.order || a.slug.localeCompare(b.slug);
  return {
    articles: articles.filter((a) => SHOW_DRAFTS || !a.data.draft).sort(byOrder),
    categories: categories.sort(byOrder),
    faq: faq.sort(byOrder),
  };
}

export function loadContent() {
  loaded ??= load();
  return loaded;
}

export async function articlesIn(locale: Locale): Promise<Article[]> {
  return (await loadContent()).articles.filter((a) => a.locale === locale);
}

export async function categoriesIn(locale: Locale): Promise<Category[]> {
  return (await loadContent()).categories.filter((c) => c.locale === locale);
}

export async function faqIn(locale: Locale): Promise<Faq[]> {
  return (await loadContent()).faq.filter((f) => f.locale === locale);
}

/** Every article page of the site, real translations and fallbacks. */
export async function articlePages(): Promise<PagePlan<Article>[]> {
  return planPages((await loadContent()).articles, LOCALES);
}

/** The pages a locale shows in lists: its own translations plus fallbacks, in category order. */
export async function articlePagesIn(locale: Locale): Promise<PagePlan<Article>[]> {
  return (await articlePages()).filter((p) => p.lang === locale);
}
