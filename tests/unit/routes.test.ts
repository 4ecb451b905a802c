import { describe, expect, it } from 'vitest';
import { articleRoute, categoryRoute, faqGroups, localePage, siteIndex, type ArticleEntry, type CategoryEntry, type FaqEntry } from '../../src/data/routes.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

/** A tiny site: Russian is complete, English translated two articles (one of them before the original changed), Spanish and Arabic none. */
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const article = (locale: Locale, slug: string, data: Partial<ArticleEntry['data']> = {}): ArticleEntry => ({
  locale,
  slug,
  filePath: `content/articles/${locale}/${slug}.mdx`,
  minutes: 2,
  data: { title: `${slug} (${locale})`, description: `About ${slug}.`, category: 'sign-in', related: [], updated: day('2026-05-01'), draft: false, ...data },
});
const category = (locale: Locale, slug: string): CategoryEntry => ({ locale, slug, data: { title: `${slug} (${locale})`, description: `All about ${slug}.` } });
const faq = (locale: Locale, slug: string, related: string): FaqEntry => ({ locale, slug, data: { question: `${slug}?`, category: 'sign-in', related }, html: `<p>Answer to <b>${slug}</b>.</p>` });

const site = siteIndex(
  {
    articles: [
      article('ru', 'first', { related: ['third', 'second'] }),
      article('en', 'first', { translatedFrom: day('2026-04-01') }),
      article('ru', 'second', { updated: day('2026-03-01') }),
      article('en', 'second', { translatedFrom: day('2026-03-01') }),
      article('ru', 'third'),
      article('ru', 'guarded', { category: 'security' }),
    ],
    categories: [category('ru', 'sign-in'), category('ru', 'security'), category('en', 'sign-in'), category('es', 'sign-in'), category('ar', 'sign-in')],
    faq: [faq('en', 'no-code', 'second'), faq('en', 'locked', 'nowhere')],
  },
  { site: 'https://help.example', base: '/help/' },
);
const route = (lang: Locale, slug: string) => articleRoute(site, site.plan(lang, slug)!);

describe('article routes', () => {
  it('a translation older than its original is outdated and points at the original; an up-to-date one and the original are not', () => {
    expect(route('en', 'first').outdated).toEqual({ locale: 'ru', slug: 'first' });
    expect(route('en', 'second').outdated).toBeUndefined();
    expect(route('ru', 'first').outdated).toBeUndefined();
  });

  it('a fallback page takes its category from the page’s locale, else from the language its text is in', () => {
    expect(route('es', 'first').category?.locale).toBe('es');
    const guarded = route('en', 'guarded');
    expect(guarded.plan.isFallback).toBe(true);
    expect(guarded.category).toEqual(category('ru', 'security'));
  });

  it('prev and next stay inside the category, with nothing before the first and after the last', () => {
    const [first, second, third] = ['first', 'second', 'third'].map((s) => route('ru', s));
    expect(first!.prev).toBeUndefined();
    expect(first!.next?.slug).toBe('second');
    expect([second!.prev?.slug, second!.next?.slug]).toEqual(['first', 'third']);
    expect(third!.next).toBeUndefined();
    const guarded = route('ru', 'guarded');
    expect([guarded.prev, guarded.next]).toEqual([undefined, undefined]);
  });

  it('related articles are the page locale’s own pages, in the order the article lists them', () => {
    expect(route('ru', 'first').related.map((p) => [p.lang, p.slug])).toEqual([
      ['ru', 'third'],
      ['ru', 'second'],
    ]);
    // In English "first" is a translation whose related list is empty.
    expect(route('en', 'first').related).toEqual([]);
  });

  it('breadcrumbs lead home, then to the category, then name the article, with the base path', () => {
    expect(route('en', 'second').crumbs).toEqual([
      { href: '/help/en/', label: 'Home' },
      { href: '/help/en/category/sign-in/', label: 'sign-in (en)' },
      { label: 'second (en)' },
    ]);
  });

  it('a real translation is canonical to itself with hreflang for the languages it exists in; a fallback is noindex and canonical to its original', () => {
    const real = route('en', 'second').meta;
    expect(real.canonicalPath).toBe('/en/second/');
    expect(real.noindex).toBe(false);
    expect(real.alternates?.map((a) => `${a.hreflang} ${a.path}`)).toEqual(['ru /ru/second/', 'en /en/second/', 'x-default /en/second/']);
    const fallback = route('es', 'second').meta;
    expect(fallback.canonicalPath).toBe('/en/second/');
    expect(fallback.noindex).toBe(true);
    expect(fallback.alternates).toEqual([]);
    expect(route('es', 'second').searchable).toBe(false);
  });

  it('a real page describes itself as a TechArticle with a BreadcrumbList; a fallback page carries no structured data', () => {
    const [tech, crumbs] = route('en', 'first').meta.jsonLd!;
    expect(tech).toMatchObject({ '@type': 'TechArticle', headline: 'first (en)', inLanguage: 'en', url: 'https://help.example/help/en/first/', dateModified: '2026-05-01' });
    expect((crumbs as unknown as { itemListElement: { item: string }[] }).itemListElement.map((i) => i.item)).toEqual([
      'https://help.example/help/en/',
      'https://help.example/help/en/category/sign-in/',
      'https://help.example/help/en/first/',
    ]);
    expect(route('ar', 'first').meta.jsonLd).toEqual([]);
  });

  it('tells MDX components the page’s language, the text’s language and its file', () => {
    expect(route('ar', 'third').content).toEqual({ pageLang: 'ar', contentLang: 'ru', contentFile: 'content/articles/ru/third.mdx' });
  });

  it('a draft is noindex', () => {
    const draft = siteIndex({ articles: [article('ru', 'wip', { draft: true })], categories: [category('ru', 'sign-in')], faq: [] }, { site: 'https://x.example', base: '/' });
    expect(articleRoute(draft, draft.plan('ru', 'wip')!).meta.noindex).toBe(true);
  });
});

describe('the site index', () => {
  it('has one plan per locale and slug, each locale’s pages in list order', () => {
    expect(site.plans).toHaveLength(LOCALES.length * 4);
    expect(site.pagesIn('es').map((p) => `${p.slug}:${p.entry.locale}`)).toEqual(['first:en', 'second:en', 'third:ru', 'guarded:ru']);
  });
});

describe('locale pages', () => {
  it('the search page and the 404 are noindex and claim no translations; the 404 is canonical to its served file', () => {
    expect(localePage(site, 'ru', 'search').meta).toMatchObject({ noindex: true, path: '/ru/search/' });
    expect(localePage(site, 'ru', 'search').meta.alternates).toBeUndefined();
    const notFound = localePage(site, 'es', '404');
    expect(notFound.meta).toMatchObject({ noindex: true, canonicalPath: '/es/404.html' });
    expect(notFound.ctx.languages.map((l) => l.href)).toEqual(LOCALES.map((l) => `/help/${l.code}/`));
  });

  it('the home page says it is a WebSite with a search action and has no breadcrumbs', () => {
    const home = localePage(site, 'en', 'home');
    expect(home.meta.jsonLd?.map((j) => j['@type'])).toEqual(['WebSite']);
    expect(home.crumbs).toEqual([]);
    expect(home.searchable).toBe(true);
  });

  it('the FAQ page lists its questions with their plain-text answers, grouped by category, each with its article if it exists', () => {
    const faqPage = localePage(site, 'en', 'faq');
    const [questions] = faqPage.meta.jsonLd!;
    expect((questions as unknown as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] }).mainEntity.map((q) => [q.name, q.acceptedAnswer.text])).toEqual([
      ['no-code?', 'Answer to no-code.'],
      ['locked?', 'Answer to locked.'],
    ]);
    expect(faqGroups(site, 'en').map((g) => [g.category.slug, g.items.map((i) => i.article?.slug)])).toEqual([['sign-in', ['second', undefined]]]);
  });

  it('a category page has hreflang only for the locales that have that category', () => {
    const security = categoryRoute(site, category('ru', 'security'));
    expect(security.meta.alternates?.map((a) => a.hreflang)).toEqual(['ru', 'x-default']);
    expect(security.pages.map((p) => p.slug)).toEqual(['guarded']);
  });
});
