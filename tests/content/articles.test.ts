/** What every article's text must be, read from content/articles (no build). */
import { describe, expect, it } from 'vitest';
import { articleSlugs, readArticle, readYaml } from '../support/content-files.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { countWords } from '../../src/lib/content/reading-time.ts';

describe('every article', () => {
  it('is between 350 and 1,200 words', () => {
    const wrong: string[] = [];
    for (const { code: l } of LOCALES) {
      for (const slug of articleSlugs(l)) {
        const n = countWords(readArticle(l, slug));
        if (n < 350 || n > 1200) wrong.push(`${l}/${slug}: ${n} words`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the proof-of-ownership list', () => {
  it('is not written out by hand in any article', () => {
    const copies: string[] = [];
    for (const { code: locale } of LOCALES) {
      const list = readYaml<{ items: string[] }>(`content/proof/${locale}.yaml`);
      if (!list) continue;
      for (const slug of articleSlugs(locale)) {
        const text = readArticle(locale, slug);
        // Three or more of the list's items copied into one article is a hand-written copy.
        const copied = list.items.filter((i) => text.includes(i.slice(0, 40)));
        if (copied.length >= 3) copies.push(`content/articles/${locale}/${slug}.mdx repeats ${copied.length} items of content/proof/${locale}.yaml`);
      }
    }
    expect(copies).toEqual([]);
  });
});
