import { describe, expect, it } from 'vitest';
import { isListed, readPageSeo, robotsTxt, sitemapItem, sitemapOptions, type SeoIndex } from '../../src/lib/seo/sitemap.ts';
import { feedItems, feedPath } from '../../src/lib/seo/feed.ts';

const U = 'https://help.example';
const head = (inner: string) => `<!doctype html><html><head>${inner}</head><body><link rel="canonical" href="${U}/body-is-ignored/"></body></html>`;

const ruHtml = head(`
  <link rel="canonical" href="${U}/ru/reset-password/">
  <link rel="alternate" hreflang="ru" href="${U}/ru/reset-password/">
  <link rel="alternate" hreflang="en" href="${U}/en/reset-password/">
  <link rel="alternate" hreflang="x-default" href="${U}/en/reset-password/">
  <link rel="alternate" type="application/rss+xml" href="${U}/ru/rss.xml">
  <meta property="article:modified_time" content="2026-11-24T00:00:00.000Z">`);
const fallbackHtml = head(`<meta name="robots" content="noindex, follow"><link rel="canonical" href="${U}/en/strong-password/">`);
const searchHtml = head(`<meta name="robots" content="noindex, follow"><link rel="canonical" href="${U}/ru/search/">`);

const index: SeoIndex = new Map([
  [`${U}/ru/reset-password/`, readPageSeo(ruHtml)],
  [`${U}/ar/strong-password/`, readPageSeo(fallbackHtml)],
  [`${U}/ru/search/`, readPageSeo(searchHtml)],
  [`${U}/ru/faq/`, readPageSeo(head(`<link rel="canonical" href="${U}/ru/faq/">`))],
]);

describe('reading a built page’s head', () => {
  it('finds the canonical, the hreflang links (not the feed) and the modification time', () => {
    expect(readPageSeo(ruHtml)).toEqual({
      canonical: `${U}/ru/reset-password/`,
      noindex: false,
      alternates: [
        { hreflang: 'ru', href: `${U}/ru/reset-password/` },
        { hreflang: 'en', href: `${U}/en/reset-password/` },
        { hreflang: 'x-default', href: `${U}/en/reset-password/` },
      ],
      modified: '2026-11-24T00:00:00.000Z',
    });
  });

  it('sees noindex', () => {
    expect(readPageSeo(fallbackHtml).noindex).toBe(true);
  });
});

describe('which pages the sitemap lists', () => {
  it('lists indexable pages that are their own canonical', () => {
    expect(isListed(index, `${U}/ru/reset-password/`)).toBe(true);
    expect(isListed(index, `${U}/ru/faq/`)).toBe(true);
  });

  it('leaves out fallbacks, search pages and anything that was not built as a page (feeds, robots.txt, 404 routes)', () => {
    expect(isListed(index, `${U}/ar/strong-password/`)).toBe(false);
    expect(isListed(index, `${U}/ru/search/`)).toBe(false);
    expect(isListed(index, `${U}/ru/rss.xml`)).toBe(false);
    expect(isListed(index, `${U}/ru/404/`)).toBe(false);
  });

  it('leaves out a page whose canonical points elsewhere', () => {
    const other: SeoIndex = new Map([[`${U}/x/`, { canonical: `${U}/y/`, noindex: false, alternates: [], modified: undefined }]]);
    expect(isListed(other, `${U}/x/`)).toBe(false);
  });

  it('is what the sitemap filter does', () => {
    const { filter } = sitemapOptions(index);
    expect([...index.keys(), `${U}/robots.txt`].filter(filter)).toEqual([`${U}/ru/reset-password/`, `${U}/ru/faq/`]);
  });
});

describe('a sitemap entry', () => {
  it('carries the page’s own hreflang links, x-default included, and lastmod from the article', () => {
    expect(sitemapItem(index, { url: `${U}/ru/reset-password/` })).toEqual({
      url: `${U}/ru/reset-password/`,
      lastmod: '2026-11-24T00:00:00.000Z',
      links: [
        { url: `${U}/ru/reset-password/`, lang: 'ru' },
        { url: `${U}/en/reset-password/`, lang: 'en' },
        { url: `${U}/en/reset-password/`, lang: 'x-default' },
      ],
    });
  });

  it('has no alternates or lastmod when the page declares none', () => {
    expect(sitemapItem(index, { url: `${U}/ru/faq/` })).toEqual({ url: `${U}/ru/faq/`, lastmod: undefined, links: undefined });
  });

  it('is dropped for a page that is not listed', () => {
    expect(sitemapOptions(index).serialize({ url: `${U}/ar/strong-password/` })).toBeUndefined();
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the absolute sitemap URL', () => {
    expect(robotsTxt(`${U}/help/sitemap-index.xml`)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${U}/help/sitemap-index.xml\n`);
  });
});

describe('a locale’s feed', () => {
  const a = (locale: string, slug: string, updated: string, draft = false) => ({
    locale,
    slug,
    data: { title: `${locale} ${slug}`, description: 'd', updated: new Date(updated), draft },
  });
  const articles = [
    a('en', 'old', '2026-01-01'),
    a('en', 'new', '2026-11-24'),
    a('ru', 'newest', '2026-12-01'),
    a('en', 'draft', '2026-12-02', true),
    a('en', 'mid', '2026-06-01'),
  ];

  it('lists only that locale’s articles, no drafts, most recently updated first', () => {
    expect(feedItems(articles, 'en').map((i) => i.path)).toEqual(['/en/new/', '/en/mid/', '/en/old/']);
    expect(feedItems(articles, 'ru').map((i) => i.path)).toEqual(['/ru/newest/']);
    expect(feedItems(articles, 'ar')).toEqual([]);
  });

  it('keeps the most recent ones when there are more than the limit', () => {
    expect(feedItems(articles, 'en', 2).map((i) => i.path)).toEqual(['/en/new/', '/en/mid/']);
  });

  it('lives at /<locale>/rss.xml', () => {
    expect(feedPath('es')).toBe('/es/rss.xml');
  });
});
