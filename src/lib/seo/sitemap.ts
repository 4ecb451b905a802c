/**
 * The sitemap mirrors what each built page declares in its head: a page is listed when it is
 * indexable and its canonical URL is itself; its alternates are its own hreflang links; its
 * lastmod is its `article:modified_time` (the article's `updated`). Pure functions: the pipeline's
 * sitemap step fills a `SeoIndex` from the pages' heads (src/lib/built/page-scan.ts), `@astrojs/sitemap` asks these.
 */
import { scanPage, type PageSeo } from '../built/page-scan.ts';

export type { PageSeo };

/** Absolute page URL → what its head says. */
export type SeoIndex = Map<string, PageSeo>;

export function readPageSeo(html: string): PageSeo {
  return scanPage(html).seo;
}

/** Listed: built as HTML, not noindex, and canonical to itself (a fallback's canonical is the original). */
export function isListed(index: SeoIndex, url: string): boolean {
  const seo = index.get(url);
  return seo !== undefined && !seo.noindex && seo.canonical === url;
}

/** The same shape as @astrojs/sitemap's SitemapItem (kept structural so this file needs no Astro types). */
export interface SitemapItemLike {
  url: string;
  lastmod?: string | undefined;
  links?: { url: string; lang: string }[] | undefined;
}

export function sitemapItem<T extends SitemapItemLike>(index: SeoIndex, item: T): T | undefined {
  const seo = index.get(item.url);
  if (!seo || !isListed(index, item.url)) return undefined;
  const links = seo.alternates.map((a) => ({ url: a.href, lang: a.hreflang }));
  return { ...item, links: links.length ? links : undefined, lastmod: seo.modified };
}

/** Options for `sitemap()`; the index is filled by the time @astrojs/sitemap runs (see src/integrations/steps/sitemap.ts). */
export function sitemapOptions(index: SeoIndex) {
  return {
    filter: (url: string) => isListed(index, url),
    serialize: <T extends SitemapItemLike>(item: T) => sitemapItem(index, item),
    // Only hreflang alternates are used: no news, image or video entries.
    namespaces: { xhtml: true, news: false, image: false, video: false },
  };
}

/** robots.txt: everything may be crawled (noindex pages must be crawled to be seen as noindex). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
