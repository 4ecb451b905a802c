/** URL building. Every internal href goes through here so BASE_PATH and trailing slashes stay consistent. */

// Every link of every page goes through normalizeBase: remember the one or two bases a build sees.
const bases = new Map<string, string>();

/** A deploy base as Astro and every helper here use it: starts and ends with "/" ("help" → "/help/", "" → "/"). */
export function normalizeBase(raw: string | undefined): string {
  const key = raw ?? '/';
  let base = bases.get(key);
  if (base === undefined) {
    const trimmed = key.trim();
    base = trimmed === '' || trimmed === '/' ? '/' : `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
    bases.set(key, base);
  }
  return base;
}

/** Joins the deploy base ("/" or "/help/") with a site path ("/ru/faq/"). */
export function withBase(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** The URL a built file is served at, base included: "ru/x/index.html" → "/ru/x/", "ru/404.html" stays a file. */
export function fileUrl(base: string, file: string): string {
  const f = file.replace(/\\/g, '/').replace(/^\/+/, '');
  return withBase(base, f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f);
}

/** A site path for a locale page: localePath('ru', 'faq') → "/ru/faq/". Empty segments are dropped. */
export function localePath(lang: string, ...segments: string[]): string {
  const parts = [lang, ...segments].flatMap((s) => s.split('/')).filter(Boolean);
  return `/${parts.join('/')}/`;
}

/** Absolute URL for canonical links, sitemaps and feeds. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), `${site.replace(/\/+$/, '')}/`).href;
}

/** Strips the base from a path produced by `withBase`, so a page can know its site path. */
export function stripBase(base: string, pathname: string): string {
  const b = normalizeBase(base);
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Resolves a link written by an editor in an article.
 * "/reset-password/" (no locale) → the reader's locale; "/en/reset-password/" stays in English;
 * "#anchor", "mailto:" and absolute URLs are left alone. Returns a path with the base applied.
 */
export function resolveContentHref(href: string, lang: string, base: string, locales: readonly string[]): string {
  if (!href || href.startsWith('#') || EXTERNAL.test(href)) return href;
  if (!href.startsWith('/')) return href;
  const [pathPart = '', hash = ''] = href.split('#', 2) as [string, string?];
  const first = pathPart.split('/').filter(Boolean)[0] ?? '';
  const sitePath = locales.includes(first) ? pathPart : `/${lang}${pathPart}`;
  const withSlash = /\.[a-z0-9]+$/i.test(sitePath) || sitePath.endsWith('/') ? sitePath : `${sitePath}/`;
  return withBase(base, withSlash) + (hash ? `#${hash}` : '');
}

export function isExternal(href: string): boolean {
  return EXTERNAL.test(href);
}
