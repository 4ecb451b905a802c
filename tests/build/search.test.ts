/** The built site's search: one Pagefind index per locale, holding only main content of real translations. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, isFallback, isNoindex, page } from '../support/dist.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import type { FixtureBuild } from '../support/fixture.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { parse as parseYaml } from 'yaml';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { decodeShard, hasWord, shardFor, type VocabularyManifest } from '../../src/lib/search/vocabulary.ts';
import { fold, wordsOf } from '../../src/lib/search/normalize.ts';
import { clauseWordsOf, stopWordsOf, weakWordsOf } from '../../src/lib/search/stop-words.ts';
import { compileSynonyms, synonymProblems, type SynonymFile, type SynonymSet } from '../../src/lib/search/synonyms.ts';

const pages = builtPages();
const bundle = join(DIST, 'pagefind');
const entry = () => JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const searchable = (lang: string) =>
  pages.filter((p) => p.doc.querySelector('html')?.getAttribute('data-pagefind-lang') === lang && p.doc.querySelector('[data-pagefind-body]'));

describe('the search index', () => {
  it('is built with the site, one index per locale under one language code each', () => {
    expect(Object.keys(entry().languages).sort()).toEqual(LOCALES.map((l) => l.searchLang).sort());
    for (const l of LOCALES) {
      // Pagefind has no Vietnamese stemmer: it indexes Vietnamese words as they are, without a language module.
      if (l.searchLang !== 'vi') expect(existsSync(join(bundle, `wasm.${l.searchLang}.pagefind`)), l.code).toBe(true);
      expect(readdirSync(bundle).some((f) => f.startsWith(`pagefind.${l.searchLang}_`) && f.endsWith('.pf_meta')), l.code).toBe(true);
    }
  });

  it('holds each locale’s translated articles and its FAQ page, nothing else', () => {
    for (const l of LOCALES) {
      const expected = searchable(l.searchLang);
      const articles = pages.filter((p) => p.url.startsWith(`/${l.code}/`) && p.doc.querySelector('[data-article-content]') && !isFallback(p));
      expect(expected.map((p) => p.url).sort(), l.code).toEqual([...articles.map((p) => p.url), `/${l.code}/faq/`].sort());
      expect(entry().languages[l.searchLang]?.page_count, l.code).toBe(expected.length);
    }
  });

  it('leaves out fallback pages, the 404s, the language chooser and the search page', () => {
    const outside = pages.filter((p) => isFallback(p) || /404\.html$/.test(p.url) || p.url === '/' || /\/search\/$/.test(p.url));
    // Per locale a 404 and a search page, plus the root 404 and the language chooser.
    expect(outside.length).toBeGreaterThanOrEqual(LOCALES.length * 2 + 2);
    for (const p of outside) {
      expect(p.doc.querySelector('html')?.getAttribute('data-pagefind-lang'), p.url).toBeUndefined();
      expect(p.doc.querySelector('[data-pagefind-body]'), p.url).toBeNull();
    }
  });

  it('indexes only the main content: header, navigation, table of contents and footer stay outside or ignored', () => {
    const leaks: string[] = [];
    for (const p of pages) {
      for (const body of p.doc.querySelectorAll('[data-pagefind-body]')) {
        for (const sel of ['header[role="banner"]', 'footer', 'nav', '.toc', '.lang-switcher', '[data-search-trigger]']) {
          // The phone's table of contents sits inside the content, below its first block, marked for Pagefind to skip.
          for (const el of body.querySelectorAll(sel)) if (!el.closest('[data-pagefind-ignore]')) leaks.push(`${p.url}: ${sel}`);
        }
        if (body.closest('header[role="banner"], footer, nav')) leaks.push(`${p.url}: body inside chrome`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('leaves decorative glyphs out of the index, so an excerpt never reads "ℹA new account"', () => {
    const leaks = new Set<string>();
    for (const p of pages) {
      for (const body of p.doc.querySelectorAll('[data-pagefind-body]')) {
        for (const el of body.querySelectorAll('[aria-hidden="true"]')) {
          if (el.text.trim() && !el.closest('[data-pagefind-ignore]')) leaks.add(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${el.text.trim()}"`);
        }
      }
    }
    expect([...leaks]).toEqual([]);
  });

  it('ships only the files a browser uses, not Pagefind’s own interfaces', () => {
    const files = readdirSync(bundle);
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
    expect(files).not.toContain('playground');
  });
});

describe('what articles and the FAQ give the index', () => {
  it('every translated article carries its aliases, its category filter and its title', () => {
    const articles = pages.filter((p) => p.doc.querySelector('[data-article-content]') && !isFallback(p));
    expect(articles.length).toBeGreaterThan(40);
    for (const p of articles) {
      const terms = p.doc.querySelector('[data-search-terms]');
      expect(terms?.getAttribute('data-pagefind-meta'), p.url).toBe('aliases[data-aliases]');
      expect(terms?.getAttribute('data-aliases'), p.url).not.toBe('');
      expect(terms?.getAttribute('data-pagefind-filter'), p.url).toBe('category[data-category]');
      expect(terms?.getAttribute('data-category'), p.url).toMatch(/^[a-z-]+$/);
      expect(terms?.hasAttribute('hidden'), p.url).toBe(true);
      expect(p.doc.querySelector('h1')?.getAttribute('data-pagefind-meta'), p.url).toBe('title');
    }
    const ru = page('/ru/cannot-sign-in/').doc.querySelectorAll('[data-search-terms] [data-pagefind-filter="alias"]').map((s) => s.text);
    expect(ru).toContain('ми аккаунт');
    expect(ru).toContain('сяоми');
  });


  it('each FAQ entry is its own sub-result: an anchor and a title inside the indexed content', () => {
    for (const l of LOCALES) {
      const entries = page(`/${l.code}/faq/`).doc.querySelectorAll('[data-pagefind-body] [data-faq]');
      expect(entries.length, l.code).toBeGreaterThanOrEqual(10);
      for (const e of entries) {
        expect(e.getAttribute('id'), l.code).toMatch(/^[a-z0-9-]+$/);
        expect(e.getAttribute('data-pagefind-title'), l.code).toBe(e.querySelector('h3')?.text.trim());
      }
    }
  });
});

/** tests/support/fallback-site.ts: Arabic partial, content/articles/ar/strong-password.mdx not translated. */
describe('a fallback page (fixture)', () => {
  let r: FixtureBuild;
  beforeAll(() => {
    r = fallbackSite();
  });

  it('carries no aliases, category filter or indexed body, while its original does', () => {
    expect(r.ok, r.output.slice(-2000)).toBe(true);
    const fallback = page(FALLBACK.url, r.dist);
    expect(isFallback(fallback)).toBe(true);
    expect(fallback.doc.querySelector('[data-search-terms]')).toBeNull();
    expect(fallback.doc.querySelector('[data-pagefind-body]')).toBeNull();
    const original = page(`/${FALLBACK.shows}/${FALLBACK.slug}/`, r.dist);
    expect(original.doc.querySelector('[data-search-terms]')?.getAttribute('data-aliases')).toBeTruthy();
  });

  it('is not counted in its language’s index: Arabic holds one page fewer than English', () => {
    const languages = (JSON.parse(readFileSync(join(r.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as ReturnType<typeof entry>).languages;
    const searchableIn = (lang: string) =>
      builtPages(r.dist).filter((p) => p.doc.querySelector('html')?.getAttribute('data-pagefind-lang') === lang && p.doc.querySelector('[data-pagefind-body]'));
    expect(searchableIn('ar').map((p) => p.url)).not.toContain(FALLBACK.url);
    expect(languages.ar?.page_count).toBe(searchableIn('ar').length);
    expect(languages.ar?.page_count).toBe(languages.en!.page_count - 1);
  });
});

describe('search in the pages', () => {
  it('every localized page has a search link to its locale’s search page, which holds the dialog’s template (other pages fetch it on first use, not in their first view)', () => {
    for (const p of pages.filter((x) => LOCALES.some((l) => x.url.startsWith(`/${l.code}/`)))) {
      const lang = p.url.split('/')[1];
      expect(p.doc.querySelector('a[data-search-trigger]')?.getAttribute('href'), p.url).toBe(`/${lang}/search/`);
      const template = p.doc.querySelector('template[data-search-template] dialog');
      if (p.url === `/${lang}/search/`) expect(template?.querySelector(`[data-search-panel][data-lang="${lang}"]`), p.url).not.toBeNull();
      else expect(template, p.url).toBeNull();
    }
  });

  it('each locale’s dialog file (<lang>/search/dialog.json) holds its search page’s dialog and stylesheets, and no more', () => {
    for (const l of LOCALES) {
      const p = page(`/${l.code}/search/`);
      const file = JSON.parse(readFileSync(join(DIST, l.code, 'search', 'dialog.json'), 'utf8')) as { styles: string[]; html: string };
      expect(p.html.includes(`<template data-search-template>${file.html}</template>`), l.code).toBe(true);
      expect(file.html, l.code).toMatch(new RegExp(`^<dialog [^>]*data-search-dialog[^>]*>[\\s\\S]*data-lang="${l.code}"[\\s\\S]*</dialog>$`));
      const styles = [...p.doc.querySelectorAll('link[rel="stylesheet"]')].map((x) => x.getAttribute('href'));
      expect(file.styles, l.code).toEqual(styles);
      expect(file.styles.some((s) => /\/_astro\/search\.[\w-]+\.css$/.test(s)), l.code).toBe(true);
      // The markup only: a fraction of the search page a first search fetched before.
      expect(Buffer.byteLength(JSON.stringify(file)), l.code).toBeLessThan(readFileSync(join(DIST, l.code, 'search', 'index.html')).length / 3);
    }
  });

  it('the search page is noindex and, without JavaScript, says search needs it and links to the article index', () => {
    for (const l of LOCALES) {
      const p = page(`/${l.code}/search/`);
      const t = useTranslations(l.code);
      expect(isNoindex(p), l.code).toBe(true);
      const note = p.doc.querySelector('noscript');
      expect(note?.innerHTML, l.code).toContain(t('search.noJs'));
      expect(note?.innerHTML, l.code).toContain(`href="/${l.code}/articles/"`);
      expect(p.doc.querySelector('[data-search-page]')?.hasAttribute('hidden'), l.code).toBe(true);
    }
  });
});

describe('what the search knows beyond Pagefind', () => {
  const words = join(bundle, 'words');

  it('each locale has a vocabulary of the words its index holds: a manifest and shards in order', () => {
    for (const l of LOCALES) {
      const manifest = JSON.parse(readFileSync(join(words, `${l.searchLang}.json`), 'utf8')) as VocabularyManifest;
      expect(manifest, l.code).toMatchObject({ version: 1, lang: l.searchLang, pages: entry().languages[l.searchLang]?.page_count });
      expect(manifest.shards[0]?.from, l.code).toBe('');
      let count = 0;
      let last = '';
      manifest.shards.forEach((s, i) => {
        const shard = decodeShard(readFileSync(join(words, s.file), 'utf8'));
        const next = manifest.shards[i + 1]?.from;
        expect(shard.keys.length, s.file).toBe(s.words);
        for (const k of shard.keys) {
          expect(k > last, `${s.file}: ${k} after ${last}`).toBe(true);
          expect(k >= s.from && (next === undefined || k < next), `${s.file}: ${k}`).toBe(true);
          last = k;
        }
        count += s.words;
      });
      expect(count, l.code).toBe(manifest.words);
      expect(manifest.words, l.code).toBeGreaterThan(500);
    }
  });

  it('every word of every indexed title and alias is in its locale’s vocabulary, in normal form', () => {
    for (const l of LOCALES) {
      const manifest = JSON.parse(readFileSync(join(words, `${l.searchLang}.json`), 'utf8')) as VocabularyManifest;
      const shards = new Map(manifest.shards.map((s) => [s.file, decodeShard(readFileSync(join(words, s.file), 'utf8'))]));
      const missing: string[] = [];
      for (const p of searchable(l.searchLang)) {
        const text = [p.doc.querySelector('h1')?.text ?? '', p.doc.querySelector('[data-search-terms]')?.getAttribute('data-aliases') ?? ''].join(' ');
        for (const w of wordsOf(text).filter((x) => [...x].length >= 3)) {
          const key = fold(w);
          const shard = shards.get(shardFor(manifest, key)!.file)!;
          if (!hasWord(shard, key)) missing.push(`${p.url}: ${w}`);
        }
      }
      expect(missing, l.code).toEqual([]);
    }
  });

  it('each locale has its readers’ words, compiled from content/search/synonyms/<locale>.yaml', () => {
    for (const l of LOCALES) {
      const source = parseYaml(readFileSync(join(ROOT, 'content', 'search', 'synonyms', `${l.code}.yaml`), 'utf8')) as SynonymFile;
      expect(synonymProblems(source), l.code).toEqual([]);
      const built = JSON.parse(readFileSync(join(DIST, l.code, 'search', 'synonyms.json'), 'utf8')) as SynonymSet;
      const own = compileSynonyms(source, stopWordsOf(l.searchLang), weakWordsOf(l.searchLang), [], clauseWordsOf(l.searchLang));
      // The FAQ's questions, one for each question its page shows (merge.ts weighs them like titles).
      const faqItems = readFileSync(join(DIST, l.code, 'faq', 'index.html'), 'utf8').match(/class="faq-item /g)?.length ?? 0;
      expect(faqItems, l.code).toBeGreaterThan(5);
      expect(built.questions?.length, l.code).toBe(faqItems);
      expect(built.entries.length, l.code).toBeGreaterThan(5);
      expect(built.stop.length, l.code).toBeGreaterThan(5);
      // A partial locale also searches its fallback languages, with their readers' words too.
      if (!l.full) {
        expect(built.entries, l.code).toEqual(expect.arrayContaining(own.entries));
        expect(built.stop, l.code).toEqual(expect.arrayContaining(own.stop));
        continue;
      }
      expect({ ...built, questions: undefined }, l.code).toEqual({ ...own, questions: undefined });
      // Its own stop words, and no other language's.
      for (const other of LOCALES.filter((o) => o.searchLang !== l.searchLang)) {
        expect(built.stop.filter((w) => stopWordsOf(other.searchLang).includes(w) && !stopWordsOf(l.searchLang).includes(w)), `${l.code}/${other.code}`).toEqual([]);
      }
    }
  });

  it('every search panel knows where its locale’s vocabulary and synonyms are', () => {
    for (const l of LOCALES) {
      const panel = page(`/${l.code}/search/`).doc.querySelector('[data-search-panel]');
      expect(panel?.getAttribute('data-bundle'), l.code).toBe('/pagefind/');
      expect(panel?.getAttribute('data-search-lang'), l.code).toBe(l.searchLang);
      expect(panel?.getAttribute('data-synonyms'), l.code).toBe(`/${l.code}/search/synonyms.json`);
    }
  });
});
