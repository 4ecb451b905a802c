/**
 * A zxcvbn-ts matcher for words typed with the wrong keyboard layout, both ways: "gfhjkm" is
 * "пароль" typed with the English layout on, "йцукен" is "qwerty" typed with the Russian one.
 * The password is swapped key for key, so positions match, and the swapped text is looked up in
 * the word lists of the other script.
 */
import { MatcherBaseClass, type Match, type Matcher, type MatchEstimated, type MatchExtended, type MatchOptions } from '@zxcvbn-ts/core';
import { cyrillicKeysToLatin, hasCyrillicLetters, hasLatinLetters, isCyrillicDictionary, latinKeysToCyrillic } from '../keyboard/layouts.ts';
import { caseVariations } from './case.ts';
import type { WordIndex } from './word-index.ts';

export const LAYOUT_PATTERN = 'keyboardLayout';
/** Shorter swaps are mostly chance: "ghb" happens to be "при". */
const MIN_LENGTH = 3;

export interface LayoutMatch extends Match {
  pattern: typeof LAYOUT_PATTERN;
  /** The word the reader meant, in the other script. */
  matchedWord: string;
  rank: number;
  dictionaryName: string;
  /** `toRussian`: typed with the English layout on; `toEnglish`: typed with the Russian layout on. */
  direction: 'toRussian' | 'toEnglish';
}

function find(index: WordIndex, password: string, swapped: string, direction: LayoutMatch['direction'], out: LayoutMatch[]) {
  const wantCyrillic = direction === 'toRussian';
  const original = password.toLowerCase();
  const lower = swapped.toLowerCase();
  if (lower.length !== password.length || original.length !== password.length) return;
  for (let i = 0; i < lower.length; i += 1) {
    index.wordsFrom(lower, i, (word, end) => {
      if (end - i < MIN_LENGTH || word === original.slice(i, end)) return;
      for (const hit of index.lookup(word) ?? []) {
        if (isCyrillicDictionary(hit.dictionaryName) !== wantCyrillic) continue;
        out.push({ pattern: LAYOUT_PATTERN, i, j: end - 1, token: password.slice(i, end), matchedWord: word, rank: hit.rank, dictionaryName: hit.dictionaryName, direction });
      }
    });
  }
}

/** The attacker tries each word in both layouts: twice the guesses of the word itself. */
function scoring(match: MatchExtended | MatchEstimated): number {
  return (match['rank'] as number) * 2 * caseVariations(match.token);
}

function feedback(_options: unknown, match: MatchEstimated, isSoleMatch?: boolean) {
  const common = isSoleMatch && String(match['dictionaryName']).includes('passwords');
  return { warning: common ? 'wrongLayoutCommon' : 'wrongLayout', suggestions: [] as string[] };
}

export function layoutMatcher(index: WordIndex): Matcher {
  class LayoutMatching extends MatcherBaseClass {
    match({ password }: MatchOptions): LayoutMatch[] {
      const out: LayoutMatch[] = [];
      if (hasLatinLetters(password)) find(index, password, latinKeysToCyrillic(password), 'toRussian', out);
      if (hasCyrillicLetters(password)) find(index, password, cyrillicKeysToLatin(password), 'toEnglish', out);
      return out;
    }
  }
  return { Matching: LayoutMatching, scoring, feedback };
}
