/**
 * Our Russian additions to zxcvbn-ts, as ranked word lists: the Cyrillic words and, under
 * "<name>-translit", their Latin spellings. Names keep zxcvbn-ts's conventions ("passwords",
 * "names", a word-sequence prefix) so its scoring and feedback treat them like its own lists.
 */
import type { OptionsDictionary } from '@zxcvbn-ts/core';
import { RU_PASSWORDS } from './data/ru-passwords.ts';
import { RU_COMMON_WORDS } from './data/ru-words.ts';
import { RU_FIRST_NAMES, RU_LAST_NAMES, femaleSurname } from './data/ru-names.ts';
import { RU_WORD_SEQUENCES } from './data/ru-sequences.ts';
import { translitVariants } from './translit.ts';

// Names end in "-ru" for Cyrillic lists and "-ru-translit" for their Latin spellings (see src/lib/keyboard/layouts.ts).

/** Lowercase, "ё" written as "е" (how people type), duplicates and one-letter words dropped, order kept. */
export function normalizeList(words: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const w of words) {
    const n = w.trim().toLowerCase().replaceAll('ё', 'е');
    if (n.length >= 2) seen.add(n);
  }
  return [...seen];
}

/**
 * Latin spellings in rank order: every word's usual spelling first, then every word's second
 * spelling, and so on — an attacker's list tries the likely spellings of all words first.
 */
export function translitList(words: readonly string[], perWord = 6): string[] {
  const variants = words.map((w) => translitVariants(w, perWord));
  const out = new Set<string>();
  for (let k = 0; k < perWord; k += 1) {
    for (const v of variants) {
      const s = v[k];
      if (s !== undefined && s.length >= 3) out.add(s);
    }
  }
  return [...out];
}

function surnames(): string[] {
  const male = normalizeList(RU_LAST_NAMES);
  const female = male.map(femaleSurname).filter((s): s is string => s !== null);
  return normalizeList([...male, ...female]);
}

export function russianDictionary(): OptionsDictionary {
  const lists: Record<string, string[]> = {
    'passwords-ru': normalizeList(RU_PASSWORDS),
    'commonWords-ru': normalizeList(RU_COMMON_WORDS),
    'firstnames-ru': normalizeList(RU_FIRST_NAMES),
    'lastnames-ru': surnames(),
  };
  const dictionary: OptionsDictionary = {};
  for (const [name, words] of Object.entries(lists)) {
    dictionary[name] = words;
    dictionary[`${name}-translit`] = translitList(words);
  }
  for (const [name, words] of Object.entries(RU_WORD_SEQUENCES)) {
    const list = normalizeList(words);
    dictionary[name] = list;
    // One spelling per word: the word-sequence matcher reads order from the rank.
    dictionary[`${name}-translit`] = translitList(list, 1);
  }
  return dictionary;
}
