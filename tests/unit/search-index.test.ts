import { describe, expect, it } from 'vitest';
import { htmlForIndex, isRuntimeBundleFile, searchLanguageOf } from '../../src/lib/search/pagefind-pages.ts';
import { fileUrl } from '../../src/lib/urls.ts';

describe('which built pages go into the search index', () => {
  it('a page with data-pagefind-lang is indexed in that language', () => {
    expect(searchLanguageOf('<!doctype html><html lang="es-419" dir="ltr" data-pagefind-lang="es"><body>')).toBe('es');
  });

  it('a page without it (fallback, language chooser, 404) is not', () => {
    expect(searchLanguageOf('<!doctype html><html lang="ar" dir="rtl"><body>')).toBeUndefined();
    expect(searchLanguageOf('<p data-pagefind-lang="ru">not the html element</p>')).toBeUndefined();
  });

  it('the indexer sees the locale’s one language code, whatever the page’s BCP-47 tag', () => {
    const html = htmlForIndex('<html lang="es-419" dir="ltr" data-pagefind-lang="es"><body>x</body></html>', 'es');
    expect(html).toMatch(/^<html lang="es" dir="ltr" data-pagefind-lang="es">/);
    expect(html.match(/\slang=/g)).toHaveLength(1);
  });

  it('result URLs are the pages’ addresses, with the base path', () => {
    expect(fileUrl('/', 'ru/faq/index.html')).toBe('/ru/faq/');
    expect(fileUrl('/help', 'ru/faq/index.html')).toBe('/help/ru/faq/');
    expect(fileUrl('/help/', 'index.html')).toBe('/help/');
  });

  it('only the files a browser needs are shipped, not Pagefind’s own UIs', () => {
    expect(isRuntimeBundleFile('pagefind.js')).toBe(true);
    expect(isRuntimeBundleFile('pagefind-worker.js')).toBe(true);
    expect(isRuntimeBundleFile('wasm.ru.pagefind')).toBe(true);
    expect(isRuntimeBundleFile('fragment/ru_1.pf_fragment')).toBe(true);
    expect(isRuntimeBundleFile('pagefind-ui.js')).toBe(false);
    expect(isRuntimeBundleFile('pagefind-component-ui.css')).toBe(false);
    expect(isRuntimeBundleFile('playground/index.html')).toBe(false);
  });
});
