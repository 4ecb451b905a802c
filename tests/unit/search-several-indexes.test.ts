/** A partial locale's search reads several languages' vocabularies as one and shows other languages' pages at its own address. */
import { describe, expect, it } from 'vitest';
import { localizeUrl, localizeView } from '../../src/lib/search/results.ts';
import { decodeShard, encodeShard, hasWord, mergeShards, unionWordSource, type Shard, type VocabularyManifest, type WordSource } from '../../src/lib/search/vocabulary.ts';

const shard = (words: string[]): Shard => decodeShard(encodeShard(words.sort().map((word) => ({ word, freq: 1 }))));
const source = (pages: number, words: string[] | undefined): WordSource => ({
  manifest: async () => {
    if (!words) throw new Error('404');
    return { version: 1, lang: 'xx', pages, words: words.length, shards: [] } satisfies VocabularyManifest;
  },
  shard: async () => (words ? shard(words) : Promise.reject(new Error('404'))),
  letter: async () => (words ? shard(words) : undefined),
});

describe('search over several languages’ indexes', () => {
  it('a result of the English index on a German page links to the German address, sections too', () => {
    expect(localizeUrl('/help/en/reset-password/', ['/help/en/', '/help/ru/'], '/help/de/')).toBe('/help/de/reset-password/');
    expect(localizeUrl('/help/es/reset-password/', ['/help/en/'], '/help/de/')).toBe('/help/es/reset-password/');
    const view = localizeView({ url: '/ru/faq/', title: 'FAQ', excerpt: [], sections: [{ url: '/ru/faq/#code', title: 'Code', excerpt: [] }] }, ['/ru/'], '/de/');
    expect([view.url, view.sections[0]!.url]).toEqual(['/de/faq/', '/de/faq/#code']);
  });

  it('merged shards stay in normal-form order, so a word of either language is found', () => {
    const merged = mergeShards([shard(['password', 'reset']), undefined, shard(['пароль', 'код'])])!;
    expect([...merged.keys]).toEqual([...merged.keys].sort());
    for (const w of ['password', 'reset', 'пароль', 'код']) expect(hasWord(merged, w), w).toBe(true);
  });

  it('a union of vocabularies counts every page and treats a language without files as empty', async () => {
    const union = unionWordSource([source(4, ['password']), source(3, undefined), source(5, ['пароль'])]);
    expect((await union.manifest()).pages).toBe(9);
    const s = await union.shard('p');
    expect(s && hasWord(s, 'password') && hasWord(s, 'пароль')).toBe(true);
  });
});
