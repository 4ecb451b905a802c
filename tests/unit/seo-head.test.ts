import { describe, expect, it } from 'vitest';
import { buildHead, documentTitle, headKey, mergeHead, ogLocale, safeJson, type HeadTag, type PageMeta, type SiteContext } from '../../src/lib/seo/head.ts';
import { breadcrumbList, type JsonLd } from '../../src/lib/seo/jsonld.ts';

const site: SiteContext = {
  site: 'https://help.example',
  base: '/',
  siteName: 'Xiaomi Account Help',
  tagline: 'An independent guide',
  homePath: '/en/',
  lang: 'en',
  image: { path: '/share.png', width: 1200, height: 630, type: 'image/png', alt: 'A padlock' },
  feed: { path: '/en/rss.xml', title: 'Updated articles' },
};
const article: PageMeta = {
  title: 'Reset your password',
  description: 'Reset a forgotten Xiaomi account password by SMS or email in a few minutes.',
  path: '/en/reset-password/',
  alternates: [
    { hreflang: 'ru', path: '/ru/reset-password/' },
    { hreflang: 'en', path: '/en/reset-password/' },
    { hreflang: 'x-default', path: '/en/reset-password/' },
  ],
  type: 'article',
  published: new Date('2026-11-20T00:00:00Z'),
  modified: new Date('2026-11-24T00:00:00Z'),
};

const find = (tags: HeadTag[], pred: (a: Record<string, string>) => boolean, tag?: HeadTag['tag']) =>
  tags.filter((t) => (!tag || t.tag === tag) && pred(t.attrs));
const metaContent = (tags: HeadTag[], key: string) =>
  find(tags, (a) => a.name === key || a.property === key, 'meta').map((t) => t.attrs.content);

describe('page title', () => {
  it('is "Page — Site", and the home page is "Site — tagline"', () => {
    expect(documentTitle({ title: 'FAQ', path: '/en/faq/' }, site)).toBe('FAQ — Xiaomi Account Help');
    expect(documentTitle({ title: 'Xiaomi Account Help', path: '/en/' }, site)).toBe('Xiaomi Account Help — An independent guide');
    const head = buildHead(article, site);
    expect(head[0]).toEqual({ tag: 'title', attrs: {}, content: 'Reset your password — Xiaomi Account Help' });
  });
});

describe('the head of an article', () => {
  const head = buildHead(article, site);

  it('has one absolute canonical URL and the description', () => {
    expect(find(head, (a) => a.rel === 'canonical').map((t) => t.attrs.href)).toEqual(['https://help.example/en/reset-password/']);
    expect(metaContent(head, 'description')).toEqual([article.description]);
    expect(metaContent(head, 'robots')).toEqual([]);
  });

  it('links every real translation and x-default with absolute URLs', () => {
    expect(find(head, (a) => a.hreflang !== undefined).map((t) => [t.attrs.hreflang, t.attrs.href])).toEqual([
      ['ru', 'https://help.example/ru/reset-password/'],
      ['en', 'https://help.example/en/reset-password/'],
      ['x-default', 'https://help.example/en/reset-password/'],
    ]);
  });

  it('links the locale feed', () => {
    expect(find(head, (a) => a.type === 'application/rss+xml').map((t) => t.attrs)).toEqual([
      { rel: 'alternate', type: 'application/rss+xml', title: 'Updated articles', href: 'https://help.example/en/rss.xml' },
    ]);
  });

  it('has Open Graph tags for an article with an absolute share image and the other languages as og:locale:alternate', () => {
    expect(metaContent(head, 'og:type')).toEqual(['article']);
    expect(metaContent(head, 'og:title')).toEqual(['Reset your password']);
    expect(metaContent(head, 'og:url')).toEqual(['https://help.example/en/reset-password/']);
    expect(metaContent(head, 'og:site_name')).toEqual(['Xiaomi Account Help']);
    expect(metaContent(head, 'og:locale')).toEqual(['en_US']);
    expect(metaContent(head, 'og:locale:alternate')).toEqual(['ru_RU']);
    expect(metaContent(head, 'og:image')).toEqual(['https://help.example/share.png']);
    expect(metaContent(head, 'og:image:alt')).toEqual(['A padlock']);
    expect(metaContent(head, 'article:modified_time')).toEqual(['2026-11-24T00:00:00.000Z']);
    expect(metaContent(head, 'article:published_time')).toEqual(['2026-11-20T00:00:00.000Z']);
  });

  it('has a large-image Twitter card', () => {
    expect(metaContent(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaContent(head, 'twitter:image')).toEqual(['https://help.example/share.png']);
    expect(metaContent(head, 'twitter:description')).toEqual([article.description]);
  });

  it('respects the base path in every URL', () => {
    const under = buildHead(article, { ...site, base: '/help/' });
    const urls = under.flatMap((t) => [t.attrs.href, t.attrs.property?.match(/^og:(url|image)$/) ? t.attrs.content : undefined]).filter(Boolean);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/help\.example\/help\//);
  });
});

describe('an article’s own share card and Markdown copy', () => {
  const head = buildHead(
    { ...article, image: { path: '/en/reset-password/card.png', width: 1200, height: 630, type: 'image/png', alt: 'Reset your password' }, markdownPath: '/en/reset-password.md', section: 'Signing in' },
    site,
  );
  it('replaces the site image in og:image and twitter:image, with its size', () => {
    expect(metaContent(head, 'og:image')).toEqual(['https://help.example/en/reset-password/card.png']);
    expect(metaContent(head, 'og:image:width')).toEqual(['1200']);
    expect(metaContent(head, 'og:image:height')).toEqual(['630']);
    expect(metaContent(head, 'twitter:image')).toEqual(['https://help.example/en/reset-password/card.png']);
    expect(metaContent(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaContent(head, 'article:section')).toEqual(['Signing in']);
  });
  it('links the Markdown copy as an alternate of type text/markdown', () => {
    expect(find(head, (a) => a.rel === 'alternate' && a.type === 'text/markdown', 'link').map((t) => t.attrs.href)).toEqual(['https://help.example/en/reset-password.md']);
  });
});

describe('a fallback page', () => {
  const head = buildHead({ ...article, path: '/ar/reset-password/', canonicalPath: '/en/reset-password/', noindex: true }, { ...site, lang: 'ar' });

  it('is noindex, canonical to the original, with no hreflang and no og:locale:alternate', () => {
    expect(metaContent(head, 'robots')).toEqual(['noindex, follow']);
    expect(find(head, (a) => a.rel === 'canonical').map((t) => t.attrs.href)).toEqual(['https://help.example/en/reset-password/']);
    expect(find(head, (a) => a.hreflang !== undefined)).toEqual([]);
    expect(metaContent(head, 'og:locale:alternate')).toEqual([]);
    expect(metaContent(head, 'og:locale')).toEqual(['ar_EG']);
  });
});

describe('structured data in the head', () => {
  const crumbs = breadcrumbList({ site: 'https://help.example', base: '/', name: 'S', logo: '/logo.png', image: '/share.png' }, [{ name: 'Home', path: '/en/' }, { name: 'Here' }], '/en/x/');

  it('is a JSON-LD script that parses back to the block', () => {
    const scripts = find(buildHead({ ...article, jsonLd: [crumbs] }, site), (a) => a.type === 'application/ld+json', 'script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.content!)).toEqual(crumbs);
  });

  it('stops the build when a block is incomplete', () => {
    const broken = { ...crumbs, itemListElement: [] } as JsonLd;
    expect(() => buildHead({ ...article, jsonLd: [broken] }, site)).toThrow(/\/en\/reset-password\/.*BreadcrumbList.*itemListElement/);
  });

  it('cannot be broken out of by a title containing </script>', () => {
    const evil = { ...crumbs, itemListElement: [{ '@type': 'ListItem', position: 1, name: '</script><script>alert(1)</script> & <!--', item: 'https://help.example/en/' }] } as JsonLd;
    const json = find(buildHead({ ...article, jsonLd: [evil] }, site), (a) => a.type === 'application/ld+json', 'script')[0]!.content!;
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual(evil);
  });
});

describe('a page without a description', () => {
  it('stops the build naming the page', () => {
    expect(() => buildHead({ ...article, description: ' ' }, site)).toThrow(/\/en\/reset-password\/.*description/);
  });
});

describe('merging head tags', () => {
  it('lets a later tag replace an earlier one with the same key, keeping one of each', () => {
    const head = buildHead({ ...article, head: [{ tag: 'meta', attrs: { name: 'description', content: 'Other text that replaces the description of this page.' } }] }, site);
    expect(metaContent(head, 'description')).toEqual(['Other text that replaces the description of this page.']);
    const keys = head.map(headKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps repeatable Open Graph properties and different hreflang links', () => {
    const merged = mergeHead(
      [
        { tag: 'meta', attrs: { property: 'og:locale:alternate', content: 'ru_RU' } },
        { tag: 'link', attrs: { rel: 'alternate', hreflang: 'ru', href: 'a' } },
      ],
      [
        { tag: 'meta', attrs: { property: 'og:locale:alternate', content: 'es_ES' } },
        { tag: 'link', attrs: { rel: 'alternate', hreflang: 'es', href: 'b' } },
        { tag: 'link', attrs: { rel: 'alternate', hreflang: 'ru', href: 'c' } },
      ],
    );
    expect(merged.filter((t) => t.tag === 'meta')).toHaveLength(2);
    expect(merged.filter((t) => t.tag === 'link').map((t) => t.attrs.href)).toEqual(['b', 'c']);
  });

  it('sorts the title first and structured data last', () => {
    const head = buildHead({ ...article, head: [{ tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' } }] }, site);
    expect(head[0]!.tag).toBe('title');
    expect(head[1]!.attrs.name).toBe('description');
    expect(head[2]!.attrs.rel).toBe('canonical');
  });
});

describe('Open Graph locales', () => {
  it('are language_TERRITORY', () => {
    expect(['ru', 'en', 'es', 'ar', 'pt-BR'].map(ogLocale)).toEqual(['ru_RU', 'en_US', 'es_ES', 'ar_EG', 'pt_BR']);
  });
});

describe('safeJson', () => {
  it('escapes what could end a script element or start a comment, and stays valid JSON', () => {
    const value = { t: '</script><!-- & \u2028' };
    const s = safeJson(value);
    expect(s).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(s)).toEqual(value);
  });
});
