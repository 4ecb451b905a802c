import { describe, expect, it } from 'vitest';
import { cacheKey, canonical, describeEntries } from '../../src/lib/build/cache-key.ts';
import { articleRoute, categoryRoute, siteIndex, type ArticleEntry, type CategoryEntry } from '../../src/data/routes.ts';
import type { Locale } from '../../src/i18n/locales.ts';

describe('canonical text of a value', () => {
  it('is the same whatever order the keys were set in, and leaves out undefined and functions', () => {
    expect(canonical({ b: 1, a: [1, 'x', null], c: undefined, f: () => 1 })).toBe(canonical({ a: [1, 'x', null], b: 1 }));
    expect(canonical({ a: { y: 2, x: 1 } })).toBe('{"a":{"x":1,"y":2}}');
  });

  it('tells apart values JSON would confuse: dates from their strings, Maps and Sets by content, in any order', () => {
    const d = new Date('2026-05-01T00:00:00Z');
    expect(canonical(d)).not.toBe(canonical(d.toISOString()));
    expect(canonical({ d })).not.toBe(canonical({ d: new Date('2026-05-02T00:00:00Z') }));
    expect(canonical(new Map([['a', 1], ['b', 2]]))).toBe(canonical(new Map([['b', 2], ['a', 1]])));
    expect(canonical(new Map([['a', 1]]))).not.toBe(canonical(new Map([['a', 2]])));
    expect(canonical(new Set(['x', 'y']))).toBe(canonical(new Set(['y', 'x'])));
    expect(canonical(['x', 'y'])).not.toBe(canonical(['y', 'x']));
  });

  it('stops on what has no stable text, saying where it is', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(() => canonical({ route: { meta: loop } })).toThrow('route.meta.self refers back to itself');
    expect(() => canonical({ n: Number.NaN })).toThrow('n is NaN');
    expect(() => canonical({ list: [1, 10n] })).toThrow('list[1] is a bigint');
    expect(() => canonical({ when: new Date('nope') })).toThrow('when is an invalid date');
  });

  it('shares an object seen twice (not a cycle)', () => {
    const shared = { title: 'x' };
    expect(canonical({ a: shared, b: shared })).toBe('{"a":{"title":"x"},"b":{"title":"x"}}');
  });
});

describe('cache key', () => {
  it('is a short stable hash that changes with any field', () => {
    const key = cacheKey({ title: 'A', updated: new Date('2026-05-01T00:00:00Z') });
    expect(key).toMatch(/^1\.[\w-]{43}$/);
    expect(cacheKey({ updated: new Date('2026-05-01T00:00:00Z'), title: 'A' })).toBe(key);
    expect(cacheKey({ title: 'B', updated: new Date('2026-05-01T00:00:00Z') })).not.toBe(key);
  });
});

/** A site of three Russian articles and one English translation: "first" lists "second" as related. */
type Entry = ArticleEntry & { raw: { digest: string } };
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const article = (locale: Locale, slug: string, digest: string, data: Partial<ArticleEntry['data']> = {}): Entry => ({
  locale,
  slug,
  filePath: `content/articles/${locale}/${slug}.mdx`,
  minutes: 2,
  data: { title: `${slug} (${locale})`, description: `About ${slug}.`, category: 'sign-in', related: [], updated: day('2026-05-01'), draft: false, ...data },
  raw: { digest },
});
const category = (locale: Locale, slug: string): CategoryEntry => ({ locale, slug, data: { title: `${slug} (${locale})`, description: `All about ${slug}.` } });

function keys(second: Entry) {
  const articles = [article('ru', 'first', 'd1', { related: ['second'] }), second, article('ru', 'third', 'd3', { category: 'security' }), article('en', 'first', 'e1', { translatedFrom: day('2026-05-01') })];
  const site = siteIndex({ articles, categories: [category('ru', 'sign-in'), category('ru', 'security'), category('en', 'sign-in')], faq: [] }, { site: 'https://help.example', base: '/' });
  const page = (lang: Locale, slug: string) => {
    const plan = site.plan(lang, slug)!;
    return cacheKey(articleRoute(site, plan), describeEntries([plan.entry]));
  };
  return {
    first: page('ru', 'first'),
    second: page('ru', 'second'),
    third: page('ru', 'third'),
    enFirst: page('en', 'first'),
    category: cacheKey(categoryRoute(site, site.category('ru', 'sign-in')!, 'ru'), describeEntries([])),
  };
}

describe('what an edit re-renders (keys over the real routes)', () => {
  const before = keys(article('ru', 'second', 'd2'));

  it('an edit of an article\'s text changes its own key only', () => {
    const after = keys(article('ru', 'second', 'd2-edited'));
    expect(after.second).not.toBe(before.second);
    expect({ ...after, second: before.second }).toEqual(before);
  });

  it('its new title changes the pages that show it: its neighbours in the category, its list, the article that names it as related', () => {
    const after = keys(article('ru', 'second', 'd2', { title: 'A new title' }));
    expect(after.second).not.toBe(before.second);
    expect(after.first).not.toBe(before.first);
    expect(after.category).not.toBe(before.category);
    // Not in its category, not related: unchanged.
    expect(after.third).toBe(before.third);
  });

  it('a longer text that changes its reading time changes the pages that list it', () => {
    const after = keys({ ...article('ru', 'second', 'd2-longer'), minutes: 9 });
    expect(after.category).not.toBe(before.category);
    expect(after.third).toBe(before.third);
  });
});
