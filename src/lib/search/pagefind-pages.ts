/**
 * Choosing and preparing the built pages Pagefind indexes. Pure: takes HTML text, returns data.
 * A page is searchable only if its <html> carries `data-pagefind-lang` (set by Base.astro on
 * translated pages); fallback pages, the root chooser and the 404s have none and stay out.
 */

import { scanPage } from '../built/page-scan.ts';

const HTML_TAG = /<html\b[^>]*>/i;

/** The Pagefind language a built page declares, or undefined if it must not be indexed. */
export function searchLanguageOf(html: string): string | undefined {
  return scanPage(html).searchLang;
}

/**
 * The HTML handed to Pagefind: `lang` on <html> replaced by the page's `data-pagefind-lang`, so every
 * page of a locale lands in one index with one language code even if its BCP-47 tag has a region.
 */
export function htmlForIndex(html: string, language: string): string {
  return html.replace(HTML_TAG, (tag) => {
    const withoutLang = tag.replace(/\slang\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, '');
    return withoutLang.replace(/^<html\b/i, `<html lang="${language}"`);
  });
}

/** Files of the Pagefind bundle a reader's browser can ask for; Pagefind's own UIs and playground are dropped. */
export function isRuntimeBundleFile(path: string): boolean {
  const p = path.split('\\').join('/');
  if (p.startsWith('playground/')) return false;
  return !/^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(p);
}
