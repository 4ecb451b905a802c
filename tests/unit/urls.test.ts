import { describe, expect, it } from 'vitest';
import { absoluteUrl, localePath, resolveContentHref, withBase } from '../../src/lib/urls.ts';
import { normalizeBase, siteConfig } from '../../src/lib/site-config.ts';

const locales = ['ru', 'en', 'es', 'ar'];

describe('URLs', () => {
  it('builds locale paths with a trailing slash', () => {
    expect(localePath('ru')).toBe('/ru/');
    expect(localePath('en', 'tools/password-strength')).toBe('/en/tools/password-strength/');
  });
  it('applies a sub-path base to every link', () => {
    expect(withBase('/help/', '/ru/faq/')).toBe('/help/ru/faq/');
    expect(withBase('/', '/ru/faq/')).toBe('/ru/faq/');
  });
  it('makes absolute URLs for canonical links', () => {
    expect(absoluteUrl('https://ex.org', '/help/', '/en/')).toBe('https://ex.org/help/en/');
  });
  it('resolves an editor link without locale into the reader’s locale', () => {
    expect(resolveContentHref('/reset-password/', 'ar', '/', locales)).toBe('/ar/reset-password/');
    expect(resolveContentHref('/reset-password', 'es', '/help/', locales)).toBe('/help/es/reset-password/');
    expect(resolveContentHref('/faq/#x', 'en', '/', locales)).toBe('/en/faq/#x');
  });
  it('keeps explicit locales, anchors and external links', () => {
    expect(resolveContentHref('/en/reset-password/', 'ru', '/', locales)).toBe('/en/reset-password/');
    expect(resolveContentHref('#steps', 'ru', '/', locales)).toBe('#steps');
    expect(resolveContentHref('https://account.xiaomi.com/', 'ru', '/', locales)).toBe('https://account.xiaomi.com/');
  });
});

describe('site configuration', () => {
  it('normalizes BASE_PATH', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('help')).toBe('/help/');
    expect(normalizeBase('/help/')).toBe('/help/');
  });
  it('rejects a SITE_URL that is not absolute, saying what was expected', () => {
    expect(() => siteConfig({ SITE_URL: 'example.org' })).toThrow(/SITE_URL: expected an absolute URL/);
  });
});
