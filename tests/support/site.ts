/** The pages of the built site a crawler would find: every HTML file in dist and every URL in the sitemap. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './dist.ts';
import { DIST } from './paths.ts';
import { siteConfig } from '../../src/lib/site-config.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

/** The absolute origin + base the site was built for (from a canonical link; else the environment's). */
export function builtSite(dist = DIST): { origin: string; base: string } {
  const canonical = builtPages(dist)
    .map((p) => p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))
    .find((h): h is string => !!h && /^https?:\/\//.test(h));
  const { site, base } = siteConfig(process.env);
  return { origin: canonical ? new URL(canonical).origin : new URL(site).origin, base };
}

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** URL paths listed by sitemap-index.xml (or sitemap.xml), if the site has one. */
export function sitemapPaths(dist = DIST): string[] {
  const { origin } = builtSite(dist);
  const local = (u: string) => (u.startsWith(origin) ? u.slice(origin.length) || '/' : undefined);
  const read = (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : undefined);
  const out: string[] = [];
  for (const index of ['sitemap-index.xml', 'sitemap.xml']) {
    const xml = read(index);
    if (!xml) continue;
    for (const loc of locs(xml)) {
      const path = local(loc);
      if (!path) continue;
      if (/\.xml$/.test(path)) out.push(...locs(read(path.replace(/^\//, '')) ?? '').flatMap((u) => local(u) ?? []));
      else out.push(path);
    }
    break;
  }
  return out;
}

/** Every page path: HTML files in dist plus sitemap entries, sorted, without duplicates. */
export function sitePaths(dist = DIST): string[] {
  return [...new Set([...builtPages(dist).map((p) => p.url), ...sitemapPaths(dist)])].sort();
}

/** A page's kind, for picking one representative per kind: "article", "faq", "category", "home"… */
export function pageKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'root';
  if (parts.length === 1) return /\.html$/.test(parts[0]!) ? parts[0]! : 'home';
  if (/404\.html$/.test(path)) return '404';
  if (parts.length === 2) return ['articles', 'faq', 'recovery', 'search'].includes(parts[1]!) ? parts[1]! : 'article';
  return parts[1]!;
}

/**
 * The locale whose every page the per-page browser checks visit: Arabic, right to left, the one that
 * differs most from the others.
 */
export const EVERY_PAGE_LOCALE = 'ar';

/**
 * What makes two pages of a locale the same template for a browser: the page's kind, the islands it
 * carries and the notices it shows (fallback, outdated, draft). Pages of one variant differ in their
 * text only, which the source-language parity checks and the full locale's visit already cover.
 */
export function pageVariant(path: string, dist = DIST): string {
  const built = builtPages(dist).find((p) => p.url === path);
  if (!built) return pageKind(path);
  const islands = [...new Set(built.doc.querySelectorAll('astro-island').map((i) => /\/([A-Za-z]+)[^/]*$/.exec(i.getAttribute('component-url') ?? '')?.[1] ?? 'island'))].sort();
  const notices = ['data-fallback-notice', 'data-outdated-notice', 'data-draft-banner'].filter((n) => built.doc.querySelector(`[${n}]`));
  return [pageKind(path), ...islands, ...notices].join('+');
}

export interface PageSample {
  /** Pages to visit: every page of EVERY_PAGE_LOCALE, one page of each variant in every other locale and the root. */
  visit: string[];
  /** Every page of the site (dist and sitemap). */
  all: string[];
  /** For test names and logs: which pages are visited. */
  says: string;
}

/**
 * The pages per-page browser checks visit, so a new language adds its variants (a dozen pages), not
 * all its pages: every page of one locale and each kind of page of the others (see pageVariant).
 */
export function samplePages(dist = DIST): PageSample {
  const all = sitePaths(dist);
  const localeOf = (p: string) => {
    const first = p.split('/')[1] ?? '';
    return (LOCALE_CODES as readonly string[]).includes(first) ? first : '';
  };
  const byVariant = new Map<string, string>();
  for (const p of all) {
    const locale = localeOf(p);
    if (locale === EVERY_PAGE_LOCALE) continue;
    const key = `${locale}:${pageVariant(p, dist)}`;
    if (!byVariant.has(key)) byVariant.set(key, p);
  }
  const every = all.filter((p) => localeOf(p) === EVERY_PAGE_LOCALE);
  const visit = [...new Set([...every, ...byVariant.values()])].sort();
  return { visit, all, says: `every page of ${EVERY_PAGE_LOCALE} (${every.length}) and each kind of page of the other locales (${visit.length - every.length})` };
}
