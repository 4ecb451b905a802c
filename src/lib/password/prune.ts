/**
 * Which word-list entries can change a score. zxcvbn-ts scores a span of the password either as a
 * word (its rank, times capitals, l33t and reversal, which only add) or blindly, 10 guesses per
 * character; it keeps the cheaper. So an entry ranked above 10^(longest text it can match) is
 * never chosen, and of two lists loaded together that hold the same word, only the lower rank can
 * win. Dropping those entries changes no score; what is left is then cut to the budgets by margin.
 */
import { isCyrillicDictionary } from '../keyboard/layouts.ts';
import type { RankedList } from './word-index.ts';

export type Entry = readonly [word: string, rank: number];

/** zxcvbn-ts's guesses for `n` characters guessed blindly (bruteforce cardinality 10, minimum 11 or 51). */
export function bruteforceGuesses(n: number): number {
  return Math.max(10 ** n, n === 1 ? 11 : 51);
}

type L33tTable = Readonly<Record<string, readonly string[]>>;

const widest = new WeakMap<L33tTable, Map<string, number>>();

/** The longest text `word` can match: each letter may be typed as its longest l33t substitution ("|_|" for u). */
export function maxTokenLength(word: string, l33t: L33tTable): number {
  let widths = widest.get(l33t);
  if (!widths) {
    widths = new Map(Object.entries(l33t).map(([letter, subs]) => [letter, Math.max(1, ...subs.map((s) => s.length))]));
    widest.set(l33t, widths);
  }
  let n = 0;
  for (const ch of word) n += widths.get(ch) ?? 1;
  return n;
}

/** Can this entry ever be cheaper than guessing the text it matches blindly? */
export function canWin(word: string, rank: number, l33t: L33tTable): boolean {
  return rank <= bruteforceGuesses(maxTokenLength(word, l33t));
}

/**
 * How many powers of ten the entry saves over blind guessing of its own letters, at best:
 * 0 = barely worth listing; a list cut by margin keeps the entries that change scores most.
 */
export function margin(word: string, rank: number): number {
  return Math.log10(bruteforceGuesses(word.length)) - Math.log10(rank);
}

export function entriesOf(list: RankedList): Entry[] {
  return list.words.map((w, k) => [w, list.ranks ? list.ranks[k]! : k + 1] as const);
}

export interface Lists {
  name: string;
  entries: Entry[];
}

/** The first entry of each word (its best rank in that list), entries that can win only. */
export function winners(list: RankedList, l33t: L33tTable): Lists {
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const [word, rank] of entriesOf(list)) {
    if (seen.has(word)) continue;
    seen.add(word);
    if (canWin(word, rank, l33t)) entries.push([word, rank]);
  }
  return { name: list.name, entries };
}

/**
 * Drops, from `lists`, entries whose word is in another list loaded with them (`lists` themselves
 * and `alwaysWith`) at a lower or equal rank. Lists of words in order (`isSequence`) are kept
 * whole: their ranks drive zxcvbn-ts's word-sequence matcher. Cyrillic and Latin lists do not
 * shadow each other: the keyboard-layout matcher looks words up by script.
 * Ties go to the list that comes first (`alwaysWith` before `lists`, then in order), as in zxcvbn-ts;
 * `loadedAfter` (the Russian lists, which come with the scorer after every pack) shadow only with
 * a strictly lower rank, so the match that names a password stays the same.
 */
export function dropShadowed(lists: readonly Lists[], alwaysWith: readonly Lists[], isSequence: (name: string) => boolean, loadedAfter: readonly Lists[] = []): Lists[] {
  // word → rank * 256 + owner (at most 255 lists), one map per script.
  const best = { cyrillic: new Map<string, number>(), latin: new Map<string, number>() };
  const mapOf = (name: string) => (isCyrillicDictionary(name) ? best.cyrillic : best.latin);
  const all = [...alwaysWith, ...lists, ...loadedAfter];
  if (all.length > 255) throw new Error('dropShadowed: at most 255 lists');
  all.forEach((l, owner) => {
    const map = mapOf(l.name);
    for (const [word, rank] of l.entries) {
      const b = map.get(word);
      if (b === undefined || rank < Math.floor(b / 256)) map.set(word, rank * 256 + owner);
    }
  });
  return lists.map((l, k) => {
    if (isSequence(l.name)) return l;
    const owner = alwaysWith.length + k;
    const map = mapOf(l.name);
    return { name: l.name, entries: l.entries.filter(([word]) => map.get(word)! % 256 === owner) };
  });
}
