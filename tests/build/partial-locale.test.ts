/**
 * A new language is one entry in LOCALES (tests/support/partial-locale-site.ts: German, partial, with a
 * two-string dictionary and nothing else): the site builds and type-checks, German pages are German
 * where strings exist and English elsewhere, every article is a fallback page (notice, noindex, out of
 * the sitemap), every page kind exists, and the readiness report lists what German lacks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/build.ts';
import type { FixtureBuild } from '../support/fixture.ts';
import { GERMAN_STRINGS, partialLocaleDir, partialLocaleSite } from '../support/partial-locale-site.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

let r: FixtureBuild;
beforeAll(() => {
  r = partialLocaleSite();
}, 900_000);

const html = (path: string) => parse(readFileSync(join(r.dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'));
const robots = (path: string) => html(path).querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
const articleSlugs = () =>
  readdirSync(join(partialLocaleDir(), 'content/articles/en'))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.slice(0, -4));

describe('a new locale that is one entry in LOCALES (German, partial)', () => {
  it('builds', () => {
    expect(r.ok, r.output.slice(-3000)).toBe(true);
  });

  it('type-checks (astro check in the fixture)', () => {
    const check = spawnSync('astro', ['check'], { cwd: partialLocaleDir(), env: cleanEnv(), encoding: 'utf8' });
    const out = `${check.stdout}\n${check.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    const errors = out.split('\n').filter((l) => / - error ts\(/.test(l));
    expect(errors).toEqual([]);
    expect(out).toMatch(/Result \(\d+ files\)/);
    expect(check.status, out.slice(-3000)).toBe(0);
  }, 600_000);

  it('has every page kind in German: home, FAQ, categories, articles list, recovery, password tool, search, 404', () => {
    for (const path of ['de/', 'de/faq/', 'de/articles/', 'de/recovery/', 'de/tools/password-strength/', 'de/search/', 'de/404.html']) {
      expect(existsSync(join(r.dist, path.endsWith('.html') ? path : `${path}index.html`)), path).toBe(true);
      expect(html(path).querySelector('html')?.getAttribute('lang'), path).toBe('de');
    }
    const categories = readdirSync(join(r.dist, 'en/category'));
    expect(readdirSync(join(r.dist, 'de/category')).sort()).toEqual(categories.sort());
    expect(html('de/faq/').querySelectorAll('[data-faq]').length).toBe(html('en/faq/').querySelectorAll('[data-faq]').length);
  });

  it('the home page is German where the dictionary has the string and English elsewhere', () => {
    const home = html('de/');
    expect(home.querySelector('h1')?.text.trim()).toBe(GERMAN_STRINGS['home.title']);
    expect(home.querySelector('main p')?.text ?? '').not.toBe('');
    expect(home.text).toContain(String(DICTIONARIES.en['home.lead']));
    expect(home.text).toContain(String(DICTIONARIES.en['home.recoveryTitle']));
    expect(home.querySelector('[data-breadcrumbs], nav')?.text ?? home.text).toBeTruthy();
    expect(home.text).toContain(GERMAN_STRINGS['nav.home']);
  });

  it('a page in English words says so in a notice (in English, naming German), is noindex, and canonical to the English page', () => {
    const home = html('de/');
    const notice = home.querySelector('[data-fallback-notice]');
    expect(notice?.text.trim()).toBe('This page is not yet translated into German. Here is the English version.');
    expect(notice?.getAttribute('lang')).toBe('en');
    expect(robots('de/')).toMatch(/noindex/);
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/en\/$/);
    expect(robots('de/faq/')).toMatch(/noindex/);
    expect(html('de/faq/').querySelector('[data-faq]')?.getAttribute('lang')).toBe('en');
    expect(robots('de/tools/password-strength/')).toMatch(/noindex/);
  });

  it('every article is a fallback page: the English text with a notice, noindex, canonical to the English article', () => {
    const slugs = articleSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const page = html(`de/${slug}/`);
      expect(page.querySelector('[data-fallback-notice]')?.text.trim(), slug).toBe('This article is not yet translated into German. Here is the English version.');
      expect(page.querySelector('[data-article-content]')?.getAttribute('lang'), slug).toBe('en');
      expect(robots(`de/${slug}/`), slug).toMatch(/noindex/);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), slug).toMatch(new RegExp(`/en/${slug}/$`));
      expect(page.querySelector('html')?.getAttribute('data-pagefind-lang'), slug).toBeUndefined();
    }
  });

  it('no German page is in the sitemap or in another language’s hreflang', () => {
    const sitemap = readdirSync(r.dist)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => readFileSync(join(r.dist, f), 'utf8'))
      .join('\n');
    expect(sitemap).toContain('/en/');
    expect(sitemap).not.toMatch(/\/de\//);
    expect(sitemap).not.toMatch(/hreflang="de"/);
    for (const path of ['en/', 'en/faq/', `en/${articleSlugs()[0]}/`]) expect(html(path).querySelector('link[hreflang="de"]'), path).toBeNull();
  });

  it('German has no index of its own; the English pages it shows are marked for its search, and only their index is searched', () => {
    const entry = JSON.parse(readFileSync(join(r.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual([...new Set(LOCALES.map((l) => l.searchLang))].sort());
    expect(Object.keys(entry.languages)).not.toContain('de');
    const shown = (path: string) => html(path).querySelectorAll('[data-pagefind-filter="shown"]').map((e) => e.text);
    const slug = articleSlugs()[0]!;
    expect(shown(`en/${slug}/`)).toEqual(['de']);
    expect(shown(`ru/${slug}/`)).toEqual([]);
    expect(shown(`es/${slug}/`)).toEqual([]);
    const panel = html('de/search/').querySelector('[data-search-panel]');
    // Only the languages whose pages German shows are searched: English; Russian lends none (its index would only add bytes).
    expect(JSON.parse(panel?.getAttribute('data-search-several') ?? 'null')).toEqual({ langs: ['en'], shown: 'de', from: ['/en/'], to: '/de/' });
    expect(html('en/search/').querySelector('[data-search-panel]')?.getAttribute('data-search-several')).toBeUndefined();
  });

  it('the readiness report (npm run i18n:status -- --locale de) lists what German lacks, file by file', () => {
    const status = spawnSync('npm', ['run', '--silent', 'i18n:status', '--', '--locale', 'de'], { cwd: partialLocaleDir(), env: cleanEnv(), encoding: 'utf8' });
    expect(status.status, status.stderr).toBe(0);
    const out = status.stdout;
    expect(out).toMatch(/^de \(partial locale\)/m);
    const needs = out.slice(out.indexOf('  needs')).split(/\n {2}(?=\S)/)[0]!;
    for (const slug of articleSlugs()) expect(needs).toContain(`content/articles/de/${slug}.mdx — translate content/articles/ru/${slug}.mdx`);
    for (const file of ['content/proof/de.yaml', 'content/glossary/de.yaml', 'content/recovery/strings/de.yaml', 'content/search/synonyms/de.yaml', 'src/i18n/dictionaries/password/de.ts']) {
      expect(needs).toContain(`    ${file}`);
    }
    expect(needs).toMatch(/src\/i18n\/dictionaries\/de\.ts — site: \d+ of \d+ key\(s\) missing/);
    expect(out).toMatch(/src\/i18n\/dictionaries\/de\.ts — site: 2 of \d+ keys/);
  });
});
