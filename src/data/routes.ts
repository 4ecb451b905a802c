/**
 * What every page knows, computed once per page by pure functions: its language and links
 * (PageContext), its head (title, canonical, hreflang, JSON-LD), its breadcrumb trail and, for an
 * article, its category (with fallback), outdated state, prev/next and related articles. Pages fetch
 * a route here and render it; nothing is re-derived in a page or a layout.
 *
 * The functions work on a `SiteIndex`: the article plans and categories memoised by locale and slug,
 * built once per build (src/data/content.ts) and built from plain objects in unit tests.
 */
import { LOCALE_CODES, LOCALES, PASSWORD_KEYS, SITE_KEYS, SOURCE_LOCALE, fallbackChain, localeInfo, ownsStrings, type Locale, type MessageKey } from '../i18n/index.ts';
import { articleCopies, cardPath } from '../lib/seo/copies.ts';
import type { PageMeta } from '../lib/seo/head.ts';
import { breadcrumbList, faqPage, htmlToText, techArticle, webSite, type Crumb, type JsonLd } from '../lib/seo/jsonld.ts';
import { isOutdated } from '../lib/translations/status.ts';
import { planPages, type PagePlan } from '../lib/translations/pairing.ts';
import { localePath, withBase } from '../lib/urls.ts';
import { alternatesFor, pageContext, type PageContext, type SiteEnv } from './page.ts';
import { crumbItems, jsonLdSite } from './seo.ts';

export interface ArticleEntry {
  locale: Locale;
  slug: string;
  filePath: string;
  /** Reading time in minutes. */
  minutes: number;
  data: {
    title: string;
    description: string;
    category: string;
    related: readonly string[];
    updated: Date;
    draft: boolean;
    translatedFrom?: Date | undefined;
  };
}
export interface CategoryEntry {
  locale: Locale;
  slug: string;
  data: { title: string; description: string };
}
export interface FaqEntry {
  locale: Locale;
  slug: string;
  data: { question: string; category: string; related: string };
  /** The answer as rendered HTML (for the FAQPage structured data). */
  html: string;
  /** The blocks shown under the answer, as plain text (part of the answer in the structured data). */
  blockText?: string;
}

/** Plans and categories by locale and slug, in list order (category `order`, then article `order`). */
export interface SiteIndex<A extends ArticleEntry = ArticleEntry, F extends FaqEntry = FaqEntry> {
  env: SiteEnv;
  /** Every article page of the site: real translations and fallbacks. */
  plans: PagePlan<A>[];
  pagesIn(lang: Locale): PagePlan<A>[];
  plan(lang: Locale, slug: string): PagePlan<A> | undefined;
  /** A locale's pages of one category, in order. */
  inCategory(lang: Locale, category: string): PagePlan<A>[];
  /** The categories a locale shows: its own, else (slug by slug) the first language of its chain that has one. */
  categoriesIn(lang: Locale): CategoryEntry[];
  category(lang: Locale, slug: string): CategoryEntry | undefined;
  /** The FAQ entries a locale shows, its own or (id by id) through its chain. */
  faqIn(lang: Locale): F[];
  /** Locales whose recovery selector has its own strings (unknown: assume every locale). */
  ownRecovery?: ReadonlySet<Locale> | undefined;
  /** The source-language original of a slug (undefined if it has none). */
  original(slug: string): A | undefined;
}

/** `content` lists are already sorted by `order`, drafts already removed where they must be. */
/**
 * For each locale, the items it shows: per slug its own, else the first language of its chain that has
 * one (in the order of `items`, which is already sorted).
 */
export function throughChains<T extends { locale: string; slug: string }>(items: readonly T[]): Map<Locale, T[]> {
  const out = new Map<Locale, T[]>();
  for (const { code } of LOCALES) {
    const chain: string[] = fallbackChain(code);
    const best = new Map<string, T>();
    for (const item of items) {
      const rank = chain.indexOf(item.locale);
      if (rank < 0) continue;
      const seen = best.get(item.slug);
      if (!seen || rank < chain.indexOf(seen.locale)) best.set(item.slug, item);
    }
    out.set(code, [...best.values()]);
  }
  return out;
}

export function siteIndex<A extends ArticleEntry, F extends FaqEntry>(
  content: { articles: readonly A[]; categories: readonly CategoryEntry[]; faq: readonly F[]; ownRecovery?: ReadonlySet<Locale> },
  env: SiteEnv,
): SiteIndex<A, F> {
  const plans = planPages(content.articles, LOCALES) as PagePlan<A>[];
  const group = <T, K>(items: readonly T[], key: (t: T) => K) => {
    const m = new Map<K, T[]>();
    for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
    return m;
  };
  const byLang = group(plans, (p) => p.lang);
  const bySlug = new Map(plans.map((p) => [`${p.lang}/${p.slug}`, p]));
  const byCategory = group(plans, (p) => `${p.lang}/${p.entry.data.category}`);
  const categories = throughChains(content.categories);
  const faq = throughChains(content.faq);
  const originals = new Map(content.articles.filter((a) => a.locale === SOURCE_LOCALE).map((a) => [a.slug, a]));
  return {
    env,
    plans,
    pagesIn: (lang) => byLang.get(lang) ?? [],
    plan: (lang, slug) => bySlug.get(`${lang}/${slug}`),
    inCategory: (lang, category) => byCategory.get(`${lang}/${category}`) ?? [],
    categoriesIn: (lang) => categories.get(lang) ?? [],
    category: (lang, slug) => categories.get(lang)?.find((c) => c.slug === slug),
    faqIn: (lang) => faq.get(lang) ?? [],
    original: (slug) => originals.get(slug),
    ownRecovery: content.ownRecovery,
  };
}

/** What every page hands its layout. */
export interface PageRoute {
  ctx: PageContext;
  meta: PageMeta;
  /** The visible trail; BreadcrumbList data describes the same crumbs. */
  crumbs: { href?: string; label: string }[];
  /** In this locale's search index (fallback pages and utility pages are not). */
  searchable: boolean;
  /** Set when the page's text is another language's (a partial locale's page): that language, for the notice. */
  fallbackFrom?: Locale | undefined;
  /** Partial locales whose search finds this page (the `shown` filter: src/browser/search-engine.ts). */
  shownIn?: Locale[] | undefined;
}

export interface ArticleRoute<A extends ArticleEntry = ArticleEntry> extends PageRoute {
  plan: PagePlan<A>;
  /** The article's category in the page's locale, else in the locale its text comes from. */
  category: CategoryEntry | undefined;
  prev: PagePlan<A> | undefined;
  next: PagePlan<A> | undefined;
  related: PagePlan<A>[];
  /** Set when this translation is older than its original: where the original is. */
  outdated: { locale: Locale; slug: string } | undefined;
  minutes: number;
  /** What MDX components need to know about the text they sit in (see src/components/mdx/context.ts). */
  content: { pageLang: Locale; contentLang: Locale; contentFile: string };
}

export function articleRoute<A extends ArticleEntry>(index: SiteIndex<A>, plan: PagePlan<A>): ArticleRoute<A> {
  const lang = plan.lang as Locale;
  const { entry, isFallback } = plan;
  const data = entry.data;
  const translations = plan.translations as Locale[];
  const ctx = pageContext(lang, plan.slug, index.env, translations);
  const category = index.category(lang, data.category) ?? index.category(entry.locale, data.category);
  const inCategory = index.inCategory(lang, data.category);
  const at = inCategory.findIndex((p) => p.slug === plan.slug);
  const original = entry.locale === SOURCE_LOCALE ? undefined : index.original(plan.slug);
  const crumbs: Crumb[] = [
    { name: ctx.t('nav.home'), path: localePath(lang) },
    ...(category ? [{ name: category.data.title, path: localePath(lang, 'category', category.slug) }] : []),
    { name: data.title },
  ];
  const site = jsonLdSite(ctx);
  const article = {
    path: ctx.path,
    headline: data.title,
    description: data.description,
    inLanguage: localeInfo(entry.locale).tag,
    // No separate publication date is kept: the current text was published when it was last updated.
    published: data.updated,
    modified: data.updated,
    // The card the page's og:image names (src/lib/seo/copies.ts), so a rich result shows the same picture.
    image: cardPath(entry.locale, plan.slug),
  };
  return {
    ctx,
    meta: {
      title: data.title,
      description: data.description,
      path: ctx.path,
      canonicalPath: isFallback ? localePath(entry.locale, plan.slug) : ctx.path,
      noindex: isFallback || data.draft,
      alternates: isFallback ? [] : alternatesFor(plan.slug, translations),
      type: 'article',
      published: data.updated,
      modified: data.updated,
      // A fallback page is noindex: its structured data would describe another language's page.
      jsonLd: isFallback ? [] : [techArticle(site, article), breadcrumbList(site, crumbs, ctx.path)],
      // Its Markdown copy and share card (those of the language the text is in): src/lib/seo/copies.ts.
      ...articleCopies(entry.locale, plan.slug, data.title, category?.data.title),
    },
    crumbs: crumbItems(ctx, crumbs),
    searchable: !isFallback,
    shownIn: isFallback ? undefined : showing(lang, (p) => index.plan(p, plan.slug)?.entry.locale),
    plan,
    category,
    prev: at > 0 ? inCategory[at - 1] : undefined,
    next: at >= 0 ? inCategory[at + 1] : undefined,
    related: data.related.map((slug) => index.plan(lang, slug)).filter((p) => p !== undefined),
    outdated: original && isOutdated(original.data.updated, data.translatedFrom) ? { locale: SOURCE_LOCALE, slug: plan.slug } : undefined,
    minutes: entry.minutes,
    content: { pageLang: lang, contentLang: entry.locale, contentFile: entry.filePath },
  };
}

/** The pages every locale has once, by the part of the path after the locale. */
export type LocalePageKind = 'home' | 'articles' | 'faq' | 'recovery' | 'password' | 'search' | '404';

const KINDS = {
  home: { rest: '', title: 'site.name', description: 'home.description' },
  articles: { rest: 'articles', title: 'articles.title', description: 'articles.description' },
  faq: { rest: 'faq', title: 'faq.title', description: 'faq.description' },
  recovery: { rest: 'recovery', title: 'recovery.title', description: 'recovery.description' },
  password: { rest: 'tools/password-strength', title: 'password.title', description: 'password.description' },
  search: { rest: 'search', title: 'search.title', description: 'search.description' },
  '404': { rest: '404', title: 'notFound.title', description: 'notFound.description' },
} as const;

/**
 * The language a locale page's text comes from: the locale's own, or (for a partial locale) the first
 * language of its chain it borrows from. A page is the locale's own when its interface strings are
 * (the password checker's too on its page) and, for the lists, when some of the categories, FAQ
 * entries or recovery strings it shows are the locale's own.
 */
export function pageTextFrom(index: SiteIndex, lang: Locale, kind: LocalePageKind): Locale | undefined {
  if (kind === '404' || kind === 'search') return undefined;
  const borrowedFrom = (items: readonly { locale: Locale }[]) => (items.length && !items.some((i) => i.locale === lang) ? items[0]!.locale : undefined);
  const keys: readonly MessageKey[] = kind === 'password' ? [...SITE_KEYS, ...PASSWORD_KEYS] : SITE_KEYS;
  const content =
    kind === 'faq'
      ? borrowedFrom(index.faqIn(lang))
      : kind === 'home' || kind === 'articles'
        ? borrowedFrom(index.categoriesIn(lang))
        : kind === 'recovery' && index.ownRecovery && !index.ownRecovery.has(lang)
          ? fallbackChain(lang).find((l) => l !== lang && index.ownRecovery!.has(l))
          : undefined;
  if (content) return content;
  return ownsStrings(lang, keys) ? undefined : (fallbackChain(lang)[1] ?? SOURCE_LOCALE);
}

export function localePage(index: SiteIndex, lang: Locale, kind: LocalePageKind): PageRoute {
  const { rest, title: titleKey, description: descriptionKey } = KINDS[kind];
  const fallbackFrom = pageTextFrom(index, lang, kind);
  // hreflang: only the locales whose version of this page is their own text.
  const own = LOCALE_CODES.filter((l) => !pageTextFrom(index, l, kind));
  // The 404 page exists nowhere else: its language links lead to each locale's home page.
  const ctx = pageContext(lang, rest, index.env, kind === '404' ? [] : LOCALE_CODES);
  const { t } = ctx;
  const title = t(titleKey);
  const crumbs: Crumb[] = kind === 'home' ? [] : [{ name: t('nav.home'), path: localePath(lang) }, { name: title }];
  const site = jsonLdSite(ctx);
  const jsonLd: JsonLd[] = [];
  if (kind === 'home') {
    jsonLd.push(webSite(site, { path: ctx.path, searchPath: localePath(lang, 'search'), name: t('site.name'), description: t('home.description'), inLanguage: ctx.tag }));
  }
  if (kind === 'faq') {
    const questions = faqGroups(index, lang).flatMap((g) => g.items).map(({ faq }) => ({ question: faq.data.question, answer: [htmlToText(faq.html), faq.blockText].filter(Boolean).join(' ') }));
    jsonLd.push(faqPage(site, { path: ctx.path, inLanguage: ctx.tag }, questions));
  }
  if (kind === 'articles' || kind === 'faq') jsonLd.push(breadcrumbList(site, crumbs, ctx.path));
  const utility = kind === 'search' || kind === '404';
  return {
    ctx,
    meta: {
      title,
      description: t(descriptionKey),
      path: ctx.path,
      ...(kind === '404' ? { canonicalPath: `/${lang}/404.html` } : {}),
      // A page in another language's words is noindex, like a fallback article, and canonical to that language's page.
      ...(fallbackFrom ? { noindex: true, canonicalPath: localePath(fallbackFrom, rest), alternates: [] } : utility ? { noindex: true } : { alternates: alternatesFor(rest, own) }),
      ...(jsonLd.length && !fallbackFrom ? { jsonLd } : {}),
    },
    crumbs: crumbItems(ctx, crumbs),
    searchable: !fallbackFrom && (kind === 'home' || kind === 'faq'),
    fallbackFrom,
    shownIn: kind === 'home' || kind === 'faq' ? showing(lang, (p) => pageTextFrom(index, p, kind) ?? p) : undefined,
  };
}

/**
 * The partial locales whose search should find a page of `lang`: `lang` itself if partial, and every
 * partial locale whose version of the page shows `lang`'s text (`textOf` says whose text a locale shows).
 */
function showing(lang: Locale, textOf: (locale: Locale) => Locale | undefined): Locale[] | undefined {
  const partial = LOCALES.filter((l) => !l.full && textOf(l.code) === lang).map((l) => l.code);
  return partial.length ? partial : undefined;
}

/** Whether a locale has pages of its own in search (a full locale always; a partial one once it has some). */
export function hasSearchIndex(index: SiteIndex, lang: Locale): boolean {
  if (localeInfo(lang).full) return true;
  return index.pagesIn(lang).some((p) => !p.isFallback && !p.entry.data.draft) || !pageTextFrom(index, lang, 'home') || !pageTextFrom(index, lang, 'faq');
}

/**
 * What a partial locale's search looks in: its own index if it has one, then the fallback languages'
 * whose pages it shows (Pagefind merges them), keeping the pages it shows and reading their paths as
 * its own. A fallback language none of whose pages it shows is not searched: its index chunks would
 * only add bytes to the first query (Hindi borrows every article from English, none from Russian).
 * Undefined for a full locale (its own index only).
 */
export function searchScope(index: SiteIndex, lang: Locale): { langs: string[]; shown: string; from: string[]; to: string } | undefined {
  if (localeInfo(lang).full) return undefined;
  // The languages whose pages carry this locale in their `shown` filter (routes' shownIn): an article's
  // text, the home page's or the FAQ's.
  const lends = (l: Locale) =>
    index.pagesIn(lang).some((p) => p.entry.locale === l) || pageTextFrom(index, lang, 'home') === l || pageTextFrom(index, lang, 'faq') === l;
  const chain = fallbackChain(lang).filter((l) => hasSearchIndex(index, l) && (l === lang || lends(l)));
  const prefix = (l: Locale) => withBase(index.env.base, localePath(l));
  return {
    langs: [...new Set(chain.map((l) => localeInfo(l).searchLang))],
    shown: lang,
    from: chain.filter((l) => l !== lang).map(prefix),
    to: prefix(lang),
  };
}

export interface CategoryRoute<A extends ArticleEntry = ArticleEntry> extends PageRoute {
  category: CategoryEntry;
  pages: PagePlan<A>[];
}

/** `lang`: the page's locale, which a partial locale's category (borrowed from its chain) does not give. */
export function categoryRoute<A extends ArticleEntry>(index: SiteIndex<A>, category: CategoryEntry, lang: Locale = category.locale): CategoryRoute<A> {
  const rest = `category/${category.slug}`;
  // hreflang: the locales whose page of this category is their own text.
  const translations = LOCALE_CODES.filter((l) => index.category(l, category.slug)?.locale === l && ownsStrings(l, SITE_KEYS));
  const fallbackFrom = category.locale !== lang ? category.locale : ownsStrings(lang, SITE_KEYS) ? undefined : (fallbackChain(lang)[1] ?? SOURCE_LOCALE);
  const ctx = pageContext(lang, rest, index.env, LOCALE_CODES.filter((l) => index.category(l, category.slug)));
  const crumbs: Crumb[] = [{ name: ctx.t('nav.home'), path: localePath(lang) }, { name: category.data.title }];
  const description = ctx.t('category.description', { title: category.data.title, text: category.data.description });
  return {
    ctx,
    meta: {
      title: category.data.title,
      description: description.length <= 160 ? description : category.data.description,
      path: ctx.path,
      ...(fallbackFrom
        ? { noindex: true, canonicalPath: localePath(fallbackFrom, rest), alternates: [] }
        : { alternates: alternatesFor(rest, translations), jsonLd: [breadcrumbList(jsonLdSite(ctx), crumbs, ctx.path)] }),
    },
    crumbs: crumbItems(ctx, crumbs),
    searchable: false,
    fallbackFrom,
    category,
    pages: index.inCategory(lang, category.slug),
  };
}

/** A locale's categories with their article pages, in order (home page and the list of all articles). */
export function categoryLists<A extends ArticleEntry>(index: SiteIndex<A>, lang: Locale): { category: CategoryEntry; pages: PagePlan<A>[] }[] {
  return index.categoriesIn(lang).map((category) => ({ category, pages: index.inCategory(lang, category.slug) }));
}

/** The FAQ page's questions in the order it shows them (its search metadata; the search weighs each like a title). */
export function faqQuestions<A extends ArticleEntry, F extends FaqEntry>(index: SiteIndex<A, F>, lang: Locale): string[] {
  return faqGroups(index, lang).flatMap((g) => g.items.map((i) => i.faq.data.question));
}

/** The FAQ page's groups: each category that has questions, each question with the article it points to. */
export function faqGroups<A extends ArticleEntry, F extends FaqEntry>(index: SiteIndex<A, F>, lang: Locale) {
  const faq = index.faqIn(lang);
  return index
    .categoriesIn(lang)
    .map((category) => ({
      category,
      items: faq.filter((f) => f.data.category === category.slug).map((f) => ({ faq: f, article: index.plan(lang, f.data.related) })),
    }))
    .filter((g) => g.items.length > 0);
}
