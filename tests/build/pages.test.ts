import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, isFallback, isNoindex, page, type BuiltPage } from '../support/dist.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import type { FixtureBuild } from '../support/fixture.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations, type Locale } from '../../src/i18n/index.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';

const pages = builtPages();
const localeOf = (url: string) => LOCALES.find((l) => url.startsWith(`/${l.code}/`));

describe('every built page', () => {
  it('declares the language and direction of its locale', () => {
    const wrong = pages
      .filter((p) => localeOf(p.url))
      .filter((p) => {
        const l = localeOf(p.url)!;
        const html = p.doc.querySelector('html')!;
        return html.getAttribute('lang') !== l.tag || html.getAttribute('dir') !== l.dir;
      })
      .map((p) => p.url);
    expect(wrong).toEqual([]);
    expect(page('/').doc.querySelector('html')?.getAttribute('lang')).toBe('en');
  });

  it('says the site is independent of Xiaomi, in the language of the page', () => {
    const missing = pages
      .filter((p) => {
        const info = localeOf(p.url);
        const notice = p.doc.querySelector('[data-independent]')?.text.trim() ?? '';
        return !notice.includes('Xiaomi') || (info && notice !== useTranslations(info.code as Locale)('site.independent'));
      })
      .map((p) => p.url);
    expect(missing).toEqual([]);
  });

  it('has exactly one h1', () => {
    const bad = pages.filter((p) => p.doc.querySelectorAll('h1').length !== 1).map((p) => `${p.url} (${p.doc.querySelectorAll('h1').length})`);
    expect(bad).toEqual([]);
  });
});

describe('site structure', () => {
  it('has a home, article index, FAQ and 404 page in every locale', () => {
    for (const l of LOCALES) {
      for (const url of [`/${l.code}/`, `/${l.code}/articles/`, `/${l.code}/faq/`]) expect(() => page(url)).not.toThrow();
      expect(existsSync(join(DIST, l.code, '404.html')), `${l.code}/404.html`).toBe(true);
    }
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
  });

  it('the root page links to every language without needing JavaScript', () => {
    const links = page('/').doc.querySelectorAll('[data-language-chooser] a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(LOCALES.map((l) => `/${l.code}/`));
  });

  it('every article exists in every locale, translated or as a fallback', () => {
    const ruArticles = pages.filter((p) => p.url.startsWith('/ru/') && p.doc.querySelector('[data-article-content]'));
    expect(ruArticles.length).toBeGreaterThanOrEqual(12);
    for (const p of ruArticles) {
      const slug = p.url.split('/')[2];
      for (const l of LOCALES) expect(() => page(`/${l.code}/${slug}/`), `${l.code}/${slug}`).not.toThrow();
    }
  });

  it('an article page shows breadcrumbs, dates, reading time, a table of contents and the content', () => {
    const p = page('/ru/reset-password/');
    expect(p.doc.querySelector('nav[aria-label="Навигационная цепочка"] ol')).not.toBeNull();
    expect(p.doc.querySelectorAll('time[datetime]').length).toBeGreaterThanOrEqual(2);
    expect(p.doc.text).toMatch(/минут[аы]? чтения/);
    const tocLinks = p.doc.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href')!);
    expect(tocLinks.length).toBeGreaterThan(2);
    for (const href of tocLinks) expect(p.doc.querySelector(href), href).not.toBeNull();
    expect(p.doc.querySelector('[data-article-content] h2')).not.toBeNull();
  });
});

describe('fallback pages on the published site', () => {
  it('exist only for a draft translation or a partial locale: every other article is its own translation', () => {
    const unexpected = pages.filter(isFallback).filter((p) => {
      const [, code, slug] = p.url.split('/');
      if (!LOCALES.find((l) => l.code === code)?.full) return false;
      const file = join(ROOT, 'content/articles', code!, `${slug}.mdx`);
      return !(existsSync(file) && readFrontmatter(readFileSync(file, 'utf8')).draft === 'true');
    });
    expect(unexpected.map((p) => p.url)).toEqual([]);
  });
});

describe('the FAQ page of a partial locale', () => {
  const partial = LOCALES.filter((l) => !l.full);
  it('labels each answer it borrows with that answer’s language, named in the page’s language; its own answers carry no label', () => {
    expect(partial.length).toBeGreaterThan(0);
    for (const l of partial) {
      const items = page(`/${l.code}/faq/`).doc.querySelectorAll('[data-faq]');
      const borrowed = items.filter((i) => i.hasAttribute('lang'));
      const own = items.filter((i) => !i.hasAttribute('lang'));
      expect(borrowed.length, l.code).toBeGreaterThan(0);
      expect(own.length, l.code).toBeGreaterThan(0);
      for (const item of borrowed) {
        const label = item.querySelector('[data-faq-language]');
        const from = LOCALES.find((x) => x.tag === item.getAttribute('lang'))!;
        expect(label?.getAttribute('lang'), `${l.code} ${item.id}`).toBe(l.tag);
        expect(label?.text.trim(), `${l.code} ${item.id}`).toBe(new Intl.DisplayNames([l.tag], { type: 'language' }).of(from.tag));
      }
      for (const item of own) expect(item.querySelector('[data-faq-language]'), `${l.code} ${item.id}`).toBeNull();
    }
  });
  it('is not labelled in a full locale', () => {
    for (const l of LOCALES.filter((x) => x.full)) expect(page(`/${l.code}/faq/`).doc.querySelector('[data-faq-language]'), l.code).toBeNull();
  });
});

/** tests/support/fallback-site.ts: Arabic partial, content/articles/ar/strong-password.mdx not translated. */
describe('an untranslated article (fixture)', () => {
  let r: FixtureBuild;
  let fallbacks: BuiltPage[];
  beforeAll(() => {
    r = fallbackSite();
    fallbacks = r.ok ? builtPages(r.dist).filter(isFallback) : [];
  });

  it('is the only fallback page in Arabic (other partial locales have their own)', () => {
    expect(r.ok, r.output.slice(-2000)).toBe(true);
    expect(fallbacks.filter((p) => p.url.startsWith(`/${FALLBACK.locale}/`)).map((p) => p.url)).toEqual([FALLBACK.url]);
  });

  it('shows the English text marked with its real language and direction', () => {
    const p = page(FALLBACK.url, r.dist);
    const content = p.doc.querySelector('[data-article-content]')!;
    expect(content.getAttribute('lang')).toBe('en');
    expect(content.getAttribute('dir')).toBe('ltr');
    expect(content.querySelector('h2')?.text).toBe(page('/en/strong-password/', r.dist).doc.querySelector('[data-article-content] h2')?.text);
    expect(p.doc.querySelector('html')?.getAttribute('dir')).toBe('rtl');
    expect(p.doc.querySelector('[data-fallback-notice]')?.text).toMatch(/العربية/);
  });

  it('is noindex, points its canonical at the original and carries no hreflang', () => {
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const p of fallbacks) {
      expect(isNoindex(p), p.url).toBe(true);
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      const slug = p.url.split('/')[2];
      expect(canonical, p.url).toMatch(new RegExp(`/(en|ru)/${slug}/$`));
      expect(p.doc.querySelectorAll('link[hreflang]').length, p.url).toBe(0);
    }
  });

  it('is kept out of the search index', () => {
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const p of fallbacks) {
      expect(p.doc.querySelector('[data-pagefind-body]'), p.url).toBeNull();
      expect(p.doc.querySelector('html')?.getAttribute('data-pagefind-lang'), p.url).toBeUndefined();
    }
  });

  it('while a translated page of the same build is indexable and not marked as fallback', () => {
    const p = page('/ar/reset-password/', r.dist);
    expect(isFallback(p)).toBe(false);
    expect(isNoindex(p)).toBe(false);
    expect(p.doc.querySelector('[data-pagefind-body]')).not.toBeNull();
  });

  it('the language switcher of its original links Arabic to the Arabic home', () => {
    const hrefs = page('/en/strong-password/', r.dist).doc.querySelectorAll('.lang-switcher a').map((a) => a.getAttribute('href'));
    // A language without the article (Arabic in this fixture, a partial locale without it) links to its home page.
    const has = (code: string) => existsSync(join(ROOT, 'content/articles', code, 'strong-password.mdx')) && code !== FALLBACK.locale;
    expect(hrefs).toEqual(LOCALES.map((l) => (has(l.code) ? `/${l.code}/strong-password/` : `/${l.code}/`)));
    expect(hrefs).toContain('/ar/');
  });
});

describe('language switcher', () => {
  const urls = new Set(pages.map((p) => p.url));

  it('is a list of links on every localized page, each pointing at a page that exists', () => {
    const broken: string[] = [];
    for (const p of pages.filter((x) => localeOf(x.url))) {
      const links = p.doc.querySelectorAll('.lang-switcher a');
      if (links.length !== LOCALES.length) broken.push(`${p.url}: ${links.length} links`);
      for (const a of links) {
        const href = a.getAttribute('href')!;
        if (!urls.has(href)) broken.push(`${p.url} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links a translated article to its translations (an untranslated one: see the fixture above)', () => {
    const hrefs = page('/en/strong-password/').doc.querySelectorAll('.lang-switcher a').map((a) => a.getAttribute('href'));
    // A partial locale without the article (Hindi) links to its home page.
    const has = (code: string) => existsSync(join(ROOT, 'content/articles', code, 'strong-password.mdx'));
    expect(hrefs).toEqual(LOCALES.map((l) => (has(l.code) ? `/${l.code}/strong-password/` : `/${l.code}/`)));
  });
});
