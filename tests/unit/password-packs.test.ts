import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeRange, decodePack, encodePack, rankCode, roundedRank } from '../../src/lib/password/pack.ts';
import { bruteforceGuesses, canWin, dropShadowed, margin, maxTokenLength } from '../../src/lib/password/prune.ts';
import { buildPacks, packLists, PLAN } from '../../src/lib/password/build-packs.ts';
import { hasOwnLists, listLabels, PACK_NAMES, packsFor } from '../../src/lib/password/packs.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';
import { provisionalScore } from '../../src/lib/password/provisional.ts';
import { l33tTable } from '../../src/lib/password/l33t.ts';
import { WordIndex } from '../../src/lib/password/word-index.ts';
import { PACK_DIR } from '../support/password.ts';

describe('the packed format', () => {
  const entries = [['пароль', 1], ['park', 3], ['парк', 2], ['zebra', 5000], ['zebras', 5001], ['apple', 70_000], ['a\\"b\'c', 9]] as const;
  const text = encodePack([{ name: 'test-ru', entries, exact: 2047, bits: 3 }]);

  it('gives back every word, with its exact rank up to `exact` and a rounded one above', () => {
    const [list] = decodePack(text);
    expect(list!.name).toBe('test-ru');
    const got = new Map(list!.words.map((w, k) => [w, list!.ranks![k]]));
    expect(got.size).toBe(entries.length);
    for (const [w, r] of entries) {
      if (r <= 2047) expect(got.get(w), w).toBe(r);
      else expect(Math.abs(Math.log2(got.get(w)! / r)), w).toBeLessThan(2 ** -3);
    }
  });

  it('writes the tail sorted and front-coded: word endings one a line, then the prefix digits and ranks apart', () => {
    // Head in rank order (пароль, парк, park, a"b'c), then the tail sorted (apple, zebra, zebras).
    expect(text).toContain('\nпароль\nк\npark\n');
    expect(text).toContain('\napple\nzebra\ns\n');
    expect(text.split('\n')).toContain('0300005');
  });

  it('rounds ranks like a float: exponent and three mantissa bits, within 12.5%', () => {
    for (const r of [2048, 3000, 4095, 4096, 10_000, 88_799]) {
      const [a, b] = codeRange(rankCode(r, 2047, 3), 2047, 3);
      expect(r).toBeGreaterThanOrEqual(a);
      expect(r).toBeLessThanOrEqual(b);
      expect(b / a).toBeLessThanOrEqual(1.125);
      expect(roundedRank(r, 2047, 3)).toBeGreaterThan(2047);
    }
    expect(roundedRank(2047, 2047, 3)).toBe(2047);
  });

  it('refuses what it could not give back: duplicates, line breaks, a bad header', () => {
    expect(() => encodePack([{ name: 'x', entries: [['a', 1], ['a', 2]], exact: 2047, bits: 3 }])).toThrow(/appears twice/);
    expect(() => encodePack([{ name: 'x', entries: [['a\nb', 1]], exact: 2047, bits: 3 }])).toThrow(/line break/);
    expect(() => decodePack('zxpack 0\n')).toThrow(/expected "zxpack 2"/);
  });

  it('feeds the word index with explicit ranks', () => {
    const index = new WordIndex(decodePack(text), () => false);
    expect(index.lookup('парк')).toEqual([{ dictionaryName: 'test-ru', rank: 2 }]);
    expect(index.lookup('zebras')![0]!.rank).toBeGreaterThan(4000);
  });
});

describe('entries that cannot change a score', () => {
  const l33t = l33tTable();

  it('are ranked above what guessing the text they can match blindly costs', () => {
    expect(bruteforceGuesses(1)).toBe(11);
    expect(bruteforceGuesses(2)).toBe(100);
    expect(canWin('to', 100, {})).toBe(true);
    expect(canWin('to', 101, {})).toBe(false);
    // "u" may be typed "|_|": three characters, so a two-letter word with u can still win at rank 1,000.
    expect(maxTokenLength('us', l33t)).toBe(4);
    expect(canWin('us', 5000, l33t)).toBe(true);
    expect(canWin('ab', 5000, l33t)).toBe(false);
  });

  it('measure their margin over blind guessing in powers of ten', () => {
    expect(margin('dragon', 1000)).toBeCloseTo(3);
    expect(margin('to', 100)).toBeCloseTo(0);
  });

  it('are shadowed by the same word at a lower rank in a list loaded with them, within one script', () => {
    const always = [{ name: 'passwords-common', entries: [['dragon', 10], ['mama', 50]] as [string, number][] }];
    const lists = [
      { name: 'commonWords-en', entries: [['dragon', 900], ['hello', 5], ['mama', 50]] as [string, number][] },
      { name: 'months-en', entries: [['may', 300]] as [string, number][] },
      { name: 'commonWords-ru', entries: [['мама', 3]] as [string, number][] },
    ];
    const out = dropShadowed(lists, always, (n) => n.startsWith('months'));
    expect(out[0]!.entries).toEqual([['hello', 5]]);
    expect(out[1]!.entries).toEqual([['may', 300]]);
    expect(out[2]!.entries).toEqual([['мама', 3]]);
  });
});

describe('which page loads which lists', () => {
  it('gives every page the common passwords and the English subset, English, Spanish, Indonesian and Portuguese pages their own language', () => {
    expect(packsFor('ru')).toEqual(['common', 'en-core']);
    expect(packsFor('ar')).toEqual(['common', 'en-core']);
    expect(packsFor('en')).toEqual(['common', 'en-core', 'en-rest']);
    expect(packsFor('es')).toEqual(['common', 'en-core', 'es']);
    expect(packsFor('id')).toEqual(['common', 'en-core', 'id']);
    expect(packsFor('pt-br')).toEqual(['common', 'en-core', 'pt-br']);
    expect(packsFor('de')).toEqual(['common', 'en-core']);
  });

  it('gives Turkish, Vietnamese and Hindi pages only what every page gets: the common passwords and English (Russian comes with the scorer)', () => {
    for (const lang of ['tr', 'vi', 'hi']) {
      expect(packsFor(lang), lang).toEqual(['common', 'en-core']);
      expect(listLabels(packsFor(lang)), lang).toEqual(['common', 'ru', 'enCore']);
      expect(hasOwnLists(lang), lang).toBe(false);
    }
  });

  it('names what was checked: Russian everywhere, English in full or as a subset, each language with lists of its own on its pages', () => {
    expect(listLabels(packsFor('ru'))).toEqual(['common', 'ru', 'enCore']);
    expect(listLabels(packsFor('en'))).toEqual(['common', 'ru', 'en']);
    expect(listLabels(packsFor('es'))).toEqual(['common', 'ru', 'enCore', 'es']);
    expect(listLabels(packsFor('id'))).toEqual(['common', 'ru', 'enCore', 'id']);
    expect(listLabels(packsFor('pt-br'))).toEqual(['common', 'ru', 'enCore', 'pt']);
  });

  it('has a name for every list in every password dictionary of the site', () => {
    const labels = [...new Set(LOCALE_CODES.flatMap((l) => listLabels(packsFor(l))))];
    for (const code of LOCALE_CODES) for (const label of labels) expect(DICTIONARIES[code][`password.list.${label}`], `${code}: password.list.${label}`).toBeTruthy();
  });

  it('packs the Indonesian and Portuguese lists of zxcvbn-ts, each in its own pack', () => {
    const lists = packLists();
    expect(lists.id.map((l) => l.name)).toEqual(expect.arrayContaining(['commonWords-id', 'names-id', 'wikipedia-id']));
    expect(lists['pt-br'].map((l) => l.name)).toEqual(expect.arrayContaining(['commonWords-pt-br', 'firstnames-pt-br', 'lastnames-pt-br', 'wikipedia-pt-br']));
    for (const name of ['common', 'en-core', 'en-rest', 'es'] as const) expect(lists[name].some((l) => /-(id|pt-br)$/.test(l.name)), name).toBe(false);
  }, 120_000);

  it('keeps the English subset to the most frequent English words and first names', () => {
    const core = packLists()['en-core'];
    expect(core.map((l) => l.name)).not.toContain('lastnames-en');
    expect(core.map((l) => l.name)).not.toContain('wikipedia-en');
    // Lists not cut (words in order: numbers, months…) are small and kept whole.
    for (const l of core) for (const [, r] of l.entries) expect(r, l.name).toBeLessThanOrEqual(PLAN.enCore[l.name]?.maxRank ?? 26);
  }, 120_000);
});

describe('the committed packs', () => {
  it('are what scripts/password-lists.mjs makes from the installed lists and the plan (run it after changing either)', () => {
    const fresh = buildPacks();
    for (const name of PACK_NAMES) expect(readFileSync(join(PACK_DIR, `${name}.txt`), 'utf8') === fresh[name], `src/lib/password/packs/${name}.txt is stale`).toBe(true);
  }, 180_000);
});

describe('the provisional estimate (length and kinds of characters only)', () => {
  it('never says more than "fair"', () => {
    for (const p of ['k9#Tq2!vLz-Mw4pX7Hq#v9Lp!2Xz$4Nc', 'correct horse battery staple', 'a'.repeat(64)]) expect(provisionalScore(p)).toBeLessThanOrEqual(2);
  });

  it('grows with length, and takes a step off when every character is of one kind', () => {
    expect(provisionalScore('')).toBe(0);
    expect(provisionalScore('ab1')).toBe(0);
    expect(provisionalScore('abcd1')).toBe(1);
    expect(provisionalScore('abcdef')).toBe(0);
    expect(provisionalScore('password')).toBe(1);
    expect(provisionalScore('12345678')).toBe(1);
    expect(provisionalScore('пароль12')).toBe(2);
  });
});
