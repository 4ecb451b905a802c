/** Site-wide files a crawler reads: the sitemap, robots.txt and the per-locale feeds. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtPages, isFallback, isNoindex, type BuiltPage } from '../support/dist.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import type { FixtureBuild } from '../support/fixture.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { basePathSite } from '../support/base-path-site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { siteConfig } from '../../src/lib/site-config.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

const { site, base } = siteConfig(process.env);
const ORIGIN = absoluteUrl(site, base, '/');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'sitemap', 'xhtml:link', 'item'].includes(name) });

function readXml(dist: string, file: string) {
  const path = join(dist, file);
  expect(existsSync(path), `${file} exists`).toBe(true);
  const text = readFileSync(path, 'utf8');
  expect(XMLValidator.validate(text), `${file} is well-formed XML`).toBe(true);
  return xml.parse(text) as Record<string, any>;
}

interface Entry {
  loc: string;
  lastmod?: string;
  links: { hreflang: string; href: string }[];
}

/** Every <url> of every sitemap the index lists. */
function sitemapEntries(dist: string, origin: string): Entry[] {
  const index = readXml(dist, 'sitemap-index.xml');
  const maps = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc) as string[];
  expect(maps.length).toBeGreaterThan(0);
  return maps.flatMap((loc) => {
    expect(loc.startsWith(origin), loc).toBe(true);
    const set = readXml(dist, loc.slice(origin.length));
    return (set.urlset.url as Record<string, any>[]).map((u) => ({
      loc: u.loc,
      lastmod: u.lastmod,
      links: (u['xhtml:link'] ?? []).map((l: Record<string, string>) => ({ hreflang: l.hreflang, href: l.href })),
    }));
  });
}

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const pageAt = (abs: string) => (abs.startsWith(ORIGIN) ? byUrl.get(`/${abs.slice(ORIGIN.length)}`) : undefined);
const canonicalOf = (p: BuiltPage) => p.doc.querySelector('head link[rel="canonical"]')?.getAttribute('href');
const hreflangs = (p: BuiltPage) =>
  p.doc.querySelectorAll('head link[rel="alternate"][hreflang]').map((l) => ({ hreflang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! }));
const isArticle = (p: BuiltPage) => p.doc.querySelector('[data-article-content]') !== null;
const updatedOf = (p: BuiltPage) => p.doc.querySelectorAll('time[datetime]')[0]?.getAttribute('datetime');

describe('the sitemap', () => {
  const entries = sitemapEntries(DIST, ORIGIN);
  const locs = entries.map((e) => e.loc);

  it('lists every indexable page exactly once, and nothing else', () => {
    expect(new Set(locs).size).toBe(locs.length);
    const indexable = pages.filter((p) => !isNoindex(p) && pageAt(canonicalOf(p) ?? '') === p).map((p) => `${ORIGIN}${p.url.slice(1)}`);
    expect([...locs].sort()).toEqual(indexable.sort());
    // 1 language chooser + per locale: home, articles, FAQ, recovery, password checker, 4 categories; + real articles.
    expect(locs.length).toBeGreaterThanOrEqual(1 + LOCALES.length * 9 + 40);
  });

  it('has only URLs that exist in dist and are not fallback, search, 404 or noindex pages', () => {
    const bad: string[] = [];
    for (const loc of locs) {
      const p = pageAt(loc);
      if (!p) bad.push(`${loc}: no such page`);
      else if (isNoindex(p) || isFallback(p) || /\/search\/$|404/.test(p.url)) bad.push(`${loc}: should not be listed`);
    }
    expect(bad).toEqual([]);
    expect(locs.some((l) => /\/search\/$/.test(l))).toBe(false);
  });

  it('gives each page the same alternates as its own hreflang links, x-default included', () => {
    const bad = entries
      .filter((e) => JSON.stringify(e.links) !== JSON.stringify(hreflangs(pageAt(e.loc)!)))
      .map((e) => `${e.loc}: sitemap ${e.links.map((l) => l.hreflang).join(',')} vs page ${hreflangs(pageAt(e.loc)!).map((l) => l.hreflang).join(',')}`);
    expect(bad).toEqual([]);
    const ru = entries.find((e) => e.loc === `${ORIGIN}ru/reset-password/`)!;
    expect(ru.links.find((l) => l.hreflang === 'x-default')?.href).toBe(`${ORIGIN}en/reset-password/`);
    expect(ru.links).toHaveLength(LOCALES.length + 1);
  });

  it('dates every article with its `updated` date', () => {
    const bad = entries
      .filter((e) => isArticle(pageAt(e.loc)!))
      .filter((e) => e.lastmod?.slice(0, 10) !== updatedOf(pageAt(e.loc)!))
      .map((e) => `${e.loc}: ${e.lastmod} vs ${updatedOf(pageAt(e.loc)!)}`);
    expect(bad).toEqual([]);
    expect(entries.filter((e) => e.lastmod).length).toBeGreaterThanOrEqual(40);
  });

  it('leaves out drafts', () => {
    const drafts = pages.filter((p) => p.doc.querySelector('[data-draft-banner]'));
    expect(drafts.map((p) => p.url)).toEqual([]);
  });
});

/** tests/support/fallback-site.ts: Arabic partial, content/articles/ar/strong-password.mdx not translated. */
describe('the sitemap of a site with a fallback page (fixture)', () => {
  let r: FixtureBuild;
  let entries: Entry[];
  beforeAll(() => {
    r = fallbackSite();
    entries = r.ok ? sitemapEntries(r.dist, ORIGIN) : [];
  });

  it('leaves the fallback page out and its original in, with no Arabic alternate', () => {
    expect(r.ok, r.output.slice(-2000)).toBe(true);
    const fixturePage = builtPages(r.dist).find((p) => p.url === FALLBACK.url);
    expect(fixturePage && isFallback(fixturePage)).toBe(true);
    const locs = entries.map((e) => e.loc);
    expect(locs).not.toContain(`${ORIGIN}${FALLBACK.url.slice(1)}`);
    expect(locs).toContain(`${ORIGIN}ar/reset-password/`);
    const original = entries.find((e) => e.loc === `${ORIGIN}en/strong-password/`);
    // Every language that has the article, Arabic not (the fixture removed it), then x-default.
    const has = LOCALES.filter((l) => l.code !== FALLBACK.locale && existsSync(join(ROOT, 'content/articles', l.code, `${FALLBACK.slug}.mdx`))).map((l) => l.tag);
    expect(original?.links.map((l) => l.hreflang)).toEqual([...has, 'x-default']);
    expect(has).not.toContain(FALLBACK.locale);
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the absolute sitemap URL, which exists', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]!);
    expect(sitemaps).toEqual([`${ORIGIN}sitemap-index.xml`]);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('feeds', () => {
  for (const l of LOCALES) {
    it(`/${l.code}/rss.xml is RSS listing only ${l.code}’s own articles, newest first`, () => {
      const feed = readXml(DIST, `${l.code}/rss.xml`).rss.channel;
      expect(feed.language).toBe(l.tag);
      expect(String(feed.title).trim().length).toBeGreaterThan(0);
      const items = feed.item as { title: string; link: string; pubDate: string; description: string }[];
      const own = pages.filter((p) => p.url.startsWith(`/${l.code}/`) && isArticle(p) && !isFallback(p));
      expect(items.length).toBe(Math.min(own.length, 20));
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const p = pageAt(item.link);
        expect(p, item.link).toBeDefined();
        expect(isFallback(p!), `${item.link} is a fallback`).toBe(false);
        expect(p!.doc.querySelector('html')?.getAttribute('lang'), item.link).toBe(l.tag);
        expect(item.title).toBe(p!.doc.querySelector('h1')?.text.trim());
        expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(updatedOf(p!));
      }
      const dates = items.map((i) => new Date(i.pubDate).getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });
  }
});

describe('under a sub-path (SITE_URL=https://example.org, BASE_PATH=/help/)', () => {
  let out = '';
  const origin = 'https://example.org/help/';
  beforeAll(() => {
    out = basePathSite().dist;
  });

  it('robots.txt, the sitemap, feeds and the share image use the site and the base', () => {
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/example\.org\/help\/sitemap-index\.xml$/m);
    const entries = sitemapEntries(out, origin);
    expect(entries.length).toBeGreaterThan(50);
    for (const e of entries) {
      expect(e.loc.startsWith(origin), e.loc).toBe(true);
      for (const l of e.links) expect(l.href.startsWith(origin), l.href).toBe(true);
    }
    const feed = readXml(out, 'ru/rss.xml').rss.channel;
    for (const item of feed.item) expect(item.link.startsWith(`${origin}ru/`), item.link).toBe(true);
    const home = builtPages(out).find((p) => p.url === '/ru/')!;
    expect(home.doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${origin}share.png`);
    expect(home.doc.querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(`${origin}ru/rss.xml`);
  });
});
