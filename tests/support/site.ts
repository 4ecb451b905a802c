/** The pages of the built site a crawler would find: every HTML file in dist and every URL in the sitemap. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './dist.ts';
import { DIST } from './paths.ts';
import { siteConfig } from '../../src/lib/site-config.ts';

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
