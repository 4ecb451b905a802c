/** What a crawler reads in the head of every built page: canonical, description, hreflang, Open Graph, JSON-LD, noindex. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { builtPages, isFallback, isNoindex, page, type BuiltPage } from '../support/dist.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import type { FixtureBuild } from '../support/fixture.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { siteConfig } from '../../src/lib/site-config.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { ogLocale } from '../../src/lib/seo/head.ts';

const pages = builtPages();
const { site, base } = siteConfig(process.env);
const ORIGIN = absoluteUrl(site, base, '/');
const byUrl = new Map(pages.map((p) => [p.url, p]));
const localeOf = (p: BuiltPage) => LOCALES.find((l) => p.url.startsWith(`/${l.code}/`));
const tr = (p: BuiltPage) => useTranslations(localeOf(p)?.code ?? 'en');

/** An absolute URL of this site → the built page it names (or undefined). */
function pageAt(abs: string): BuiltPage | undefined {
  if (!abs.startsWith(ORIGIN)) return undefined;
  return byUrl.get(`/${abs.slice(ORIGIN.length)}`);
}
const head = (p: BuiltPage) => p.doc.querySelector('head')!;
const metas = (p: BuiltPage, key: string) =>
  head(p)
    .querySelectorAll('meta')
    .filter((m) => m.getAttribute('name') === key || m.getAttribute('property') === key)
    .map((m) => m.getAttribute('content') ?? '');
const canonicalOf = (p: BuiltPage) => head(p).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const hreflangs = (p: BuiltPage) =>
  head(p)
    .querySelectorAll('link[rel="alternate"][hreflang]')
    .map((l) => ({ hreflang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! }));
type Block = Record<string, unknown> & { '@type': string };
const jsonLd = (p: BuiltPage): Block[] => p.doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.rawText) as Block);
const blocksOf = (p: BuiltPage, type: string) => jsonLd(p).filter((b) => b['@type'] === type);
const is404 = (p: BuiltPage) => /(^|\/)404\.html$/.test(p.file);
const isSearch = (p: BuiltPage) => LOCALES.some((l) => p.url === `/${l.code}/search/`);
const isArticle = (p: BuiltPage) => p.doc.querySelector('[data-article-content]') !== null;
const indexable = pages.filter((p) => !isNoindex(p));

describe('every built page', () => {
  it('has exactly one canonical URL, absolute, on this site, in the trailing-slash style', () => {
    const bad = pages
      .map((p) => ({ p, links: head(p).querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href') ?? '') }))
      .filter(({ links }) => links.length !== 1 || !links[0]!.startsWith(ORIGIN) || !/(\/|\.html)$/.test(links[0]!))
      .map(({ p, links }) => `${p.url}: ${links.join(' ')}`);
    expect(bad).toEqual([]);
  });

  it('an indexable page is its own canonical', () => {
    const bad = indexable.filter((p) => pageAt(canonicalOf(p)) !== p).map((p) => `${p.url} → ${canonicalOf(p)}`);
    expect(bad).toEqual([]);
  });

  it('has one description of 50–160 characters', () => {
    const bad = pages
      .map((p) => ({ p, d: head(p).querySelectorAll('meta[name="description"]').map((m) => m.getAttribute('content') ?? '') }))
      .filter(({ d }) => d.length !== 1 || [...d[0]!].length < 50 || [...d[0]!].length > 160)
      .map(({ p, d }) => `${p.url}: ${d.map((x) => [...x].length).join(',')}`);
    expect(bad).toEqual([]);
  });

  it('has a title "Page — Site", or "Site — tagline" on a locale home', () => {
    const bad = pages
      .filter((p) => {
        const t = tr(p);
        const title = head(p).querySelectorAll('title');
        if (title.length !== 1) return true;
        const text = title[0]!.text;
        const home = localeOf(p) && p.url === `/${localeOf(p)!.code}/`;
        return home ? text !== `${t('site.name')} — ${t('site.tagline')}` : !/^\S.* — /.test(text) || !text.endsWith(` — ${t('site.name')}`);
      })
      .map((p) => `${p.url}: ${head(p).querySelector('title')?.text}`);
    expect(bad).toEqual([]);
  });

  it('is noindex exactly when it is a fallback, a search page or a 404 page', () => {
    const expected = pages.filter((p) => isFallback(p) || isSearch(p) || is404(p)).map((p) => p.url).sort();
    expect(expected.length).toBeGreaterThan(LOCALES.length * 2);
    expect(pages.filter(isNoindex).map((p) => p.url).sort()).toEqual(expected);
  });
});

describe('hreflang', () => {
  const withAlternates = pages.filter((p) => hreflangs(p).length > 0);

  it('is on every indexable localized page, and on no noindex page', () => {
    expect(indexable.filter((p) => localeOf(p) && hreflangs(p).length === 0).map((p) => p.url)).toEqual([]);
    expect(pages.filter(isNoindex).filter((p) => hreflangs(p).length > 0).map((p) => p.url)).toEqual([]);
  });

  it('only points at pages that exist, are indexable and are in the language it names', () => {
    const bad: string[] = [];
    for (const p of withAlternates) {
      for (const { hreflang, href } of hreflangs(p)) {
        const target = pageAt(href);
        if (!target) bad.push(`${p.url}: ${hreflang} → ${href} does not exist`);
        else if (isNoindex(target)) bad.push(`${p.url}: ${hreflang} → ${href} is noindex`);
        else if (hreflang !== 'x-default' && target.doc.querySelector('html')?.getAttribute('lang') !== hreflang)
          bad.push(`${p.url}: ${hreflang} → ${href} is in ${target.doc.querySelector('html')?.getAttribute('lang')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('is reciprocal: every page of a group lists the same translations, itself included', () => {
    const bad: string[] = [];
    for (const p of withAlternates) {
      const mine = hreflangs(p);
      const self = mine.find((a) => a.hreflang === p.doc.querySelector('html')?.getAttribute('lang'));
      if (pageAt(self?.href ?? '') !== p) bad.push(`${p.url}: does not list itself`);
      for (const { hreflang, href } of mine) {
        const target = pageAt(href);
        if (!target || hreflang === 'x-default') continue;
        const theirs = hreflangs(target);
        if (JSON.stringify(theirs) !== JSON.stringify(mine)) bad.push(`${p.url} lists ${href}, which lists ${theirs.map((a) => a.hreflang).join(',') || 'nothing'}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has one x-default: the English version, else the Russian one', () => {
    const bad = withAlternates.filter((p) => {
      const alts = hreflangs(p);
      const xd = alts.filter((a) => a.hreflang === 'x-default');
      const want = alts.find((a) => a.hreflang === 'en') ?? alts.find((a) => a.hreflang === 'ru');
      return xd.length !== 1 || xd[0]!.href !== want?.href;
    });
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it('ties a Russian article to its translation in every locale', () => {
    const ru = byUrl.get('/ru/reset-password/')!;
    expect(hreflangs(ru).map((a) => a.hreflang)).toEqual([...LOCALES.map((l) => l.tag), 'x-default']);
  });

  /** tests/support/fallback-site.ts: Arabic partial, content/articles/ar/strong-password.mdx not translated. */
  describe('with an article shown in Arabic only as a fallback (fixture)', () => {
    let r: FixtureBuild;
    beforeAll(() => {
      r = fallbackSite();
    });

    it('ties the original to its real translations and to none in Arabic', () => {
      expect(r.ok, r.output.slice(-2000)).toBe(true);
      expect(isFallback(page(FALLBACK.url, r.dist))).toBe(true);
      const langs = (url: string) => hreflangs(page(url, r.dist)).map((a) => a.hreflang);
      // The languages that have the article (the fixture removed the Arabic strong-password).
      const translated = (slug: string) =>
        LOCALES.filter((l) => existsSync(join(ROOT, 'content/articles', l.code, `${slug}.mdx`)) && !(l.code === FALLBACK.locale && slug === FALLBACK.slug)).map((l) => l.tag);
      expect(translated('strong-password')).not.toContain(FALLBACK.locale);
      expect(langs('/en/strong-password/')).toEqual([...translated('strong-password'), 'x-default']);
      expect(langs('/ru/strong-password/')).toEqual([...translated('strong-password'), 'x-default']);
      expect(langs('/en/reset-password/')).toEqual([...translated('reset-password'), 'x-default']);
      expect(translated('reset-password')).toContain(FALLBACK.locale);
    });
  });
});

describe('Open Graph and Twitter', () => {
  it('every page has title, description, type, url, site name, locale and an absolute share image that exists', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const key of ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name', 'og:locale', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
        const v = metas(p, key);
        if (v.length !== 1 || !v[0]!.trim()) bad.push(`${p.url}: ${key} ×${v.length}`);
      }
      if (metas(p, 'og:url')[0] !== canonicalOf(p)) bad.push(`${p.url}: og:url is not the canonical URL`);
      const image = metas(p, 'og:image')[0] ?? '';
      if (!image.startsWith(ORIGIN) || !existsSync(join(DIST, image.slice(ORIGIN.length)))) bad.push(`${p.url}: og:image ${image} is not a file of the site`);
      const lang = p.doc.querySelector('html')?.getAttribute('lang') ?? '';
      if (metas(p, 'og:locale')[0] !== ogLocale(lang)) bad.push(`${p.url}: og:locale ${metas(p, 'og:locale')[0]} for lang ${lang}`);
    }
    expect(bad).toEqual([]);
  });

  it('the share image is a 1200×630 PNG', () => {
    const image = metas(byUrl.get('/en/')!, 'og:image')[0]!;
    const png = readFileSync(join(DIST, image.slice(ORIGIN.length)));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(metas(byUrl.get('/en/')!, 'og:image:width')).toEqual(['1200']);
    expect(metas(byUrl.get('/en/')!, 'og:image:height')).toEqual(['630']);
  });

  it('articles are of type article with their modification time; other pages are websites', () => {
    const bad = pages.filter((p) => (metas(p, 'og:type')[0] === 'article') !== isArticle(p)).map((p) => p.url);
    expect(bad).toEqual([]);
    const p = byUrl.get('/es/reset-password/')!;
    const updated = p.doc.querySelector('[data-article-content]') && p.doc.querySelectorAll('time[datetime]')[0]!.getAttribute('datetime');
    expect(metas(p, 'article:modified_time')[0]?.slice(0, 10)).toBe(updated);
  });

  it('og:locale:alternate names exactly the other languages the page really exists in', () => {
    const bad = pages.filter((p) => {
      const lang = p.doc.querySelector('html')?.getAttribute('lang');
      const others = hreflangs(p).map((a) => a.hreflang).filter((h) => h !== 'x-default' && h !== lang).map(ogLocale);
      const alt = metas(p, 'og:locale:alternate');
      return JSON.stringify(alt) !== JSON.stringify(others);
    });
    expect(bad.map((p) => p.url)).toEqual([]);
    expect(metas(byUrl.get('/ru/faq/')!, 'og:locale:alternate')).toEqual(expect.arrayContaining(['en_US', 'es_ES', 'ar_EG']));
  });
});

describe('feed links', () => {
  it('every localized page links its own locale’s feed, which exists', () => {
    const bad: string[] = [];
    for (const p of pages.filter((x) => localeOf(x))) {
      const feeds = head(p).querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href') ?? '');
      const want = `${ORIGIN}${localeOf(p)!.code}/rss.xml`;
      if (feeds.length !== 1 || feeds[0] !== want) bad.push(`${p.url}: ${feeds.join(' ')}`);
    }
    expect(bad).toEqual([]);
    for (const l of LOCALES) expect(existsSync(join(DIST, l.code, 'rss.xml')), l.code).toBe(true);
  });
});

describe('structured data', () => {
  const isUrl = (v: unknown) => typeof v === 'string' && v.startsWith(ORIGIN);
  const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

  it('every JSON-LD block parses, cannot close its script element, and names schema.org and a type', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const s of p.doc.querySelectorAll('script[type="application/ld+json"]')) {
        if (s.rawText.includes('<')) bad.push(`${p.url}: raw "<" inside JSON-LD`);
        try {
          const b = JSON.parse(s.rawText) as Block;
          if (b['@context'] !== 'https://schema.org' || !text(b['@type'])) bad.push(`${p.url}: no @context/@type`);
        } catch (e) {
          bad.push(`${p.url}: ${String(e)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('noindex pages carry none; every indexable localized page carries some', () => {
    expect(pages.filter(isNoindex).filter((p) => jsonLd(p).length > 0).map((p) => p.url)).toEqual([]);
    expect(indexable.filter((p) => localeOf(p) && !/\/(recovery|tools)\//.test(p.url) && jsonLd(p).length === 0).map((p) => p.url)).toEqual([]);
  });

  it('every indexable article is a TechArticle with headline, description, language, dates and publisher matching the page', () => {
    const articles = indexable.filter(isArticle);
    expect(articles.length).toBeGreaterThanOrEqual(40);
    const bad: string[] = [];
    for (const p of articles) {
      const [a, ...more] = blocksOf(p, 'TechArticle');
      if (!a || more.length) {
        bad.push(`${p.url}: ${more.length + (a ? 1 : 0)} TechArticle blocks`);
        continue;
      }
      const updated = p.doc.querySelectorAll('time[datetime]')[0]?.getAttribute('datetime');
      const problems = [
        a.headline !== p.doc.querySelector('h1')?.text.trim() && 'headline ≠ h1',
        a.description !== metas(p, 'description')[0] && 'description ≠ meta description',
        a.inLanguage !== p.doc.querySelector('html')?.getAttribute('lang') && 'inLanguage ≠ html lang',
        a.dateModified !== updated && `dateModified ${String(a.dateModified)} ≠ updated ${updated}`,
        !/^\d{4}-\d{2}-\d{2}$/.test(String(a.datePublished)) && 'datePublished',
        String(a.datePublished) > String(a.dateModified) && 'published after modified',
        !text((a.publisher as Block | undefined)?.name) && 'publisher.name',
        !isUrl(((a.publisher as Block | undefined)?.logo as Block | undefined)?.url) && 'publisher.logo',
        a.url !== canonicalOf(p) && 'url ≠ canonical',
        !isUrl(a.image) && 'image',
        a.image !== metas(p, 'og:image')[0] && `image ${String(a.image)} ≠ og:image (its share card)`,
      ].filter(Boolean);
      if (problems.length) bad.push(`${p.url}: ${problems.join(', ')}`);
    }
    expect(bad).toEqual([]);
  });

  const visibleCrumbs = (p: BuiltPage) => {
    const nav = p.doc.querySelector(`nav[aria-label="${tr(p)('nav.breadcrumbs')}"]`);
    return (nav?.querySelectorAll('li') ?? []).map((li: HTMLElement) => {
      const a = li.querySelector('a');
      return { name: (a ?? li.querySelector('[aria-current]'))?.text.trim(), href: a?.getAttribute('href') };
    });
  };

  it('article and category pages have a BreadcrumbList that matches the visible breadcrumbs', () => {
    const targets = indexable.filter((p) => isArticle(p) || /\/category\//.test(p.url));
    expect(targets.length).toBeGreaterThanOrEqual(50);
    const bad: string[] = [];
    for (const p of targets) {
      const [b] = blocksOf(p, 'BreadcrumbList');
      const items = (b?.itemListElement ?? []) as Block[];
      const seen = visibleCrumbs(p);
      if (!b || items.length < 2 || items.length !== seen.length) {
        bad.push(`${p.url}: ${items.length} structured vs ${seen.length} visible crumbs`);
        continue;
      }
      items.forEach((it, i) => {
        const want = seen[i]!;
        const wantUrl = want.href ? new URL(want.href, ORIGIN).href : canonicalOf(p);
        if (it.position !== i + 1 || it.name !== want.name || it.item !== wantUrl) bad.push(`${p.url}: crumb ${i + 1} ${String(it.name)} ${String(it.item)} ≠ ${want.name} ${wantUrl}`);
      });
    }
    expect(bad).toEqual([]);
  });

  /** What a reader reads: icons and the official-link badge left out, a block's heading ends its sentence before the block's text. */
  const visibleAnswer = (prose: HTMLElement) => {
    const el = prose.clone() as HTMLElement;
    for (const icon of el.querySelectorAll('[aria-hidden="true"], .official-badge')) icon.remove();
    for (const title of el.querySelectorAll('[data-block] > p:first-child')) {
      const text = title.text.trim();
      title.set_content(/[.!?…]$/.test(text) ? `${text} ` : `${text}. `);
    }
    return el.text.replace(/\s+/g, ' ').trim();
  };

  it('the FAQ page lists every question with its visible answer text', () => {
    for (const l of LOCALES) {
      const p = byUrl.get(`/${l.code}/faq/`)!;
      const [faq, ...more] = blocksOf(p, 'FAQPage');
      expect(faq, l.code).toBeDefined();
      expect(more).toEqual([]);
      const shown = p.doc.querySelectorAll('[data-faq]').map((s) => ({
        q: s.querySelector('h3')!.text.trim(),
        a: visibleAnswer(s.querySelector('.prose')!),
      }));
      expect(shown.length, l.code).toBeGreaterThanOrEqual(10);
      const structured = (faq!.mainEntity as Block[]).map((q) => ({
        q: q.name,
        a: (q.acceptedAnswer as Block).text,
        type: `${q['@type']}/${(q.acceptedAnswer as Block)['@type']}`,
      }));
      expect(structured.map(({ q, a }) => ({ q, a })), l.code).toEqual(shown);
      expect(new Set(structured.map((s) => s.type)), l.code).toEqual(new Set(['Question/Answer']));
      expect(faq!.inLanguage).toBe(l.tag);
    }
  });

  it('each locale home describes the WebSite with a SearchAction into that locale’s search page', () => {
    for (const l of LOCALES) {
      const p = byUrl.get(`/${l.code}/`)!;
      const [w] = blocksOf(p, 'WebSite');
      expect(w, l.code).toBeDefined();
      expect(w!.url).toBe(canonicalOf(p));
      expect(w!.inLanguage).toBe(l.tag);
      expect(w!.name).toBe(useTranslations(l.code)('site.name'));
      const action = w!.potentialAction as Block;
      expect(action['@type']).toBe('SearchAction');
      expect((action.target as Block).urlTemplate).toBe(`${ORIGIN}${l.code}/search/?q={search_term_string}`);
      expect(action['query-input']).toBe('required name=search_term_string');
      expect(byUrl.has(`/${l.code}/search/`), `${l.code}/search/ exists`).toBe(true);
    }
  });
});
