/**
 * What the service knows of the built site (FEEDBACK_SITE, the dist/ folder): its locales, the pages a
 * reader can give feedback on and the recovery selector's outcomes. Read at start and again on SIGHUP
 * after a deploy. A page counts when the sitemap lists it (the site's indexable pages: no fallback,
 * search or 404 page); a locale is a first folder with its own 404 page or a home page in the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteModel {
  /** The base path the site is served under, "/" or "/help/". */
  base: string;
  locales: ReadonlySet<string>;
  /** Page path (base included) → its locale. */
  pages: ReadonlyMap<string, string>;
  /** Outcome ids of the recovery selector. */
  outcomes: ReadonlySet<string>;
  /** Where a plain form post is sent after it is stored: the locale's thank-you page. */
  thanksPath(locale: string): string;
  /** Whether the site was built with the widget (its thank-you pages exist). */
  hasThanksPages: boolean;
}

/** "/help" or "help/" → "/help/"; empty → "/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Reads `dist` as built for `siteUrl` (the origin readers use) and `base`. Throws, saying what to set, when they do not match the build. */
export function readSite(dist: string, siteUrl: string, base = '/'): SiteModel {
  const root = new URL(siteUrl).origin;
  const prefix = `${root}${base}`;
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`FEEDBACK_SITE: ${index} not found; expected the built site (the dist/ folder of npm run build)`);
  const mismatch = (what: string) => new Error(`FEEDBACK_SITE: ${what}, not under ${prefix}; set SITE_URL and BASE_PATH as for the build`);
  const pageUrls = locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
    const file = join(dist, sitemap.slice(prefix.length));
    if (!sitemap.startsWith(prefix) || !existsSync(file)) throw mismatch(`the sitemap is at ${sitemap}`);
    return locs(readFileSync(file, 'utf8'));
  });
  const paths = pageUrls.map((u) => {
    if (!u.startsWith(prefix)) throw mismatch(`the sitemap lists ${u}`);
    return new URL(u).pathname;
  });
  const listed = new Set(paths);
  // The language chooser at the base: its absence means the base is not the build's.
  if (!listed.has(base)) throw mismatch(`the sitemap does not list ${prefix}`);
  const localeOf = (path: string) => /^([^/]+)\//.exec(path.slice(base.length))?.[1];
  // A locale's folder has its own 404 page (or, failing that, a home page in the sitemap): a partial
  // locale whose home page borrows another language's words is noindex, yet its own articles count.
  const isLocale = (l: string) => existsSync(join(dist, l, '404.html')) || listed.has(`${base}${l}/`);
  const locales = new Set(paths.map(localeOf).filter((l): l is string => l !== undefined && isLocale(l)));
  const pages = new Map<string, string>();
  for (const path of paths) {
    const locale = localeOf(path);
    if (locale && locales.has(locale)) pages.set(path, locale);
  }
  // The outcomes are the same tree in every language; each locale's recovery page lists all of them (the no-JS tree).
  const outcomes = new Set<string>();
  for (const locale of locales) {
    const page = join(dist, locale, 'recovery', 'index.html');
    if (!existsSync(page)) continue;
    for (const m of readFileSync(page, 'utf8').matchAll(/data-recovery-outcome="([^"]+)"/g)) outcomes.add(m[1]!);
  }
  const thanks = (locale: string) => join(dist, locale, 'feedback', 'thanks', 'index.html');
  return {
    base,
    locales,
    pages,
    outcomes,
    thanksPath: (locale) => `${base}${locale}/feedback/thanks/`,
    hasThanksPages: [...locales].every((l) => existsSync(thanks(l))),
  };
}

