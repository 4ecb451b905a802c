import { describe, expect, it } from 'vitest';
import { buildVocabularies, countWords, fragmentTexts, packShards } from '../../src/lib/search/vocabulary-build.ts';
import { decodeShard, encodeShard, hasWord, hasWordStartingWith, shardFor, wordSource, type VocabularyManifest } from '../../src/lib/search/vocabulary.ts';
import { fold } from '../../src/lib/search/normalize.ts';

describe('the vocabulary a locale’s index holds', () => {
  it('counts every word of 3 letters or more once per occurrence, in normal form', () => {
    const entries = countWords(['Забыли пароль? Пароль можно сбросить.', 'Надёжный пароль, надежный код']);
    const byWord = Object.fromEntries(entries.map((e) => [fold(e.word), e.freq]));
    expect(byWord).toEqual({ 'забыли': 1, 'пароль': 3, 'можно': 1, 'сбросить': 1, 'надежный': 2, 'код': 1 });
  });

  it('keeps the spelling readers see: the most frequent, and with accents on a tie', () => {
    const entries = countWords(['Contraseña contrasena', 'Надёжный']);
    expect(entries.map((e) => e.word)).toEqual(['contraseña', 'надёжный']);
  });

  it('is read back exactly as written (front-coded lines, frequencies in base 36)', () => {
    const entries = countWords(['abc abcd abcd abcde b'.repeat(3), 'пароль пароля пароли']);
    const shard = decodeShard(encodeShard(entries));
    expect(shard.words).toEqual(entries.map((e) => e.word));
    expect(shard.freqs).toEqual(entries.map((e) => e.freq));
    expect(hasWord(shard, 'пароля')).toBe(true);
    expect(hasWord(shard, 'парол')).toBe(false);
    expect(hasWordStartingWith(shard, 'парол')).toBe(true);
    expect(hasWordStartingWith(shard, 'пас')).toBe(false);
  });

  it('takes the body, title, description and aliases Pagefind indexed for a page', () => {
    expect(fragmentTexts({ content: 'body', meta: { title: 'T', description: 'D', aliases: 'a, b', image: 'x' } })).toEqual(['body', 'T', 'D', 'a, b']);
  });
});

/** `n` distinct four-letter words for each two-letter prefix. */
const words = (prefixes: string[], n: number) => prefixes.flatMap((p) => Array.from({ length: n }, (_, i) => `${p}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`));

describe('shards', () => {
  const entries = countWords([words(['ba', 'bb', 'bc', 'ca', 'cb', 'da'], 300).join(' ')]);

  it('cut only between words that differ in their first two letters, so a typo further on stays in one shard', () => {
    const shards = packShards(entries, 2_000);
    expect(shards.length).toBeGreaterThan(3);
    expect(shards[0]!.from).toBe('');
    const owner = new Map<string, number>();
    shards.forEach((s, i) => {
      for (const e of s.entries) {
        const p = e.word.slice(0, 2);
        expect(owner.get(p) ?? i, p).toBe(i);
        owner.set(p, i);
      }
    });
  });

  it('a small vocabulary is one shard', () => {
    expect(packShards(countWords(['один два три']), 16_000)).toHaveLength(1);
  });

  it('a word is looked up in the shard whose range holds it', () => {
    const files = buildVocabularies([{ lang: 'xx', texts: [words(['ba', 'bb', 'ca'], 400).join(' ')] }], { shardBytes: 3_000 });
    const manifest = JSON.parse(files.find((f) => f.path === 'xx.json')!.content) as VocabularyManifest;
    expect(manifest.shards.length).toBeGreaterThan(1);
    for (const word of ['baab', 'bbzz', 'cazz', 'zzzz', 'aaaa']) {
      const s = shardFor(manifest, word)!;
      const shard = decodeShard(files.find((f) => f.path === s.file)!.content);
      const inside = shard.keys.filter((k) => k.slice(0, 2) === word.slice(0, 2));
      expect(inside.length === 0 || shard.keys.includes(inside[0]!), word).toBe(true);
    }
    expect(manifest.words).toBe(manifest.shards.reduce((n, s) => n + s.words, 0));
  });
});

describe('the files written per locale', () => {
  const files = buildVocabularies([
    { lang: 'ru', texts: ['Как сбросить пароль', 'Код не приходит'] },
    { lang: 'ru', texts: ['Пароль'] },
    { lang: 'es', texts: ['Contraseña olvidada'] },
  ]);

  it('a manifest per locale with its page count, word count and shards, and the shards', () => {
    expect(files.map((f) => f.path).filter((p) => p.endsWith('.json')).sort()).toEqual(['es.json', 'ru.json']);
    const ru = JSON.parse(files.find((f) => f.path === 'ru.json')!.content) as VocabularyManifest;
    expect(ru).toMatchObject({ version: 1, lang: 'ru', pages: 2, words: 5 });
    expect(ru.shards[0]!.file).toMatch(/^shards\/ru-0\.[0-9a-f]{8}\.txt$/); // hashed, in the folder the host caches for a year
  });

  it('the same text gives the same file names (cache-safe, reproducible builds)', () => {
    const again = buildVocabularies([{ lang: 'es', texts: ['Contraseña olvidada'] }]);
    expect(again.map((f) => f.path)).toEqual(files.filter((f) => /^(shards\/)?es[.-]/.test(f.path)).map((f) => f.path));
  });

  it('a correction looks through every shard of the word’s first letter: a typo in the second letter crosses shards', async () => {
    const many = buildVocabularies([{ lang: 'xx', texts: [`${words(['ba', 'bo', 'ca'], 400).join(' ')} bazooka`] }], { shardBytes: 2_000 });
    const manifest = JSON.parse(many.find((f) => f.path === 'xx.json')!.content) as VocabularyManifest;
    const source = wordSource('/w/xx.json', async (url) => many.find((f) => url === `/w/${f.path}`)!.content);
    expect(shardFor(manifest, 'bozooka')!.file).not.toBe(shardFor(manifest, 'bazooka')!.file);
    expect(hasWord((await source.shard('bozooka'))!, 'bazooka')).toBe(false);
    const letter = (await source.letter('bozooka'))!;
    expect(hasWord(letter, 'bazooka')).toBe(true);
    expect(letter.keys.every((k) => k.startsWith('b'))).toBe(true);
    expect(letter.keys).toEqual([...letter.keys].sort());
  });

  it('in the browser, only the shards for the words typed are fetched, each once', async () => {
    const many = buildVocabularies([{ lang: 'xx', texts: [words(['ba', 'ca', 'da'], 500).join(' ')] }], { shardBytes: 2_000 });
    const fetched: string[] = [];
    const source = wordSource('/pagefind/words/xx.json', async (url) => {
      fetched.push(url);
      return many.find((f) => url === `/pagefind/words/${f.path}`)!.content;
    });
    await source.shard('baab');
    await source.shard('baac');
    await source.shard('daab');
    expect(fetched[0]).toBe('/pagefind/words/xx.json');
    expect(fetched.length).toBe(3);
    expect(new Set(fetched).size).toBe(3);
  });
});
