/**
 * Typo tolerance (issue 13, item 1): a query word the index does not hold is replaced by the closest
 * word it does hold — Damerau–Levenshtein distance (a swap of two neighbouring letters is one edit),
 * at most 1 edit for words of 4–7 letters and 2 for longer ones, ties broken by frequency. A word
 * the index holds, or one that begins an indexed word, is never changed.
 */
import { hasWord, hasWordStartingWith, type Shard } from './vocabulary.ts';

/** Words shorter than this are never corrected, nor offered as a correction. */
export const MIN_CORRECTED_LETTERS = 4;

/** Edits allowed for a word of `letters` letters: none below 4. */
export function editsAllowed(letters: number): number {
  if (letters < MIN_CORRECTED_LETTERS) return 0;
  return letters <= 7 ? 1 : 2;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`, or `max + 1` as soon
 * as it is certain to exceed `max`. Works on code points.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length]!;
}

export interface Correction {
  /** Normal form typed. */
  from: string;
  /** The indexed word it becomes, as readers see it ("contraseña"). */
  to: string;
  distance: number;
}

/** `key` is known: the index holds it or a word beginning with it (extra words count too: synonym phrases). */
export function isKnown(key: string, shard: Shard | undefined, extra?: (key: string) => boolean): boolean {
  if (extra?.(key)) return true;
  return !!shard && (hasWord(shard, key) || hasWordStartingWith(shard, key));
}

/** The closest indexed word to an unknown `key` (a normal form), or undefined when none is near enough. */
export function closestWord(key: string, shard: Shard | undefined): Correction | undefined {
  const letters = [...key].length;
  const max = editsAllowed(letters);
  if (!shard || max === 0) return undefined;
  let best: { i: number; d: number } | undefined;
  for (let i = 0; i < shard.keys.length; i++) {
    const candidate = shard.keys[i]!;
    // A correction is a word at least as long as the shortest word ever corrected ("note" never becomes "not").
    if (Math.abs(candidate.length - key.length) > max || candidate.length < MIN_CORRECTED_LETTERS) continue;
    const d = editDistance(key, candidate, max);
    if (d > max) continue;
    if (!best || d < best.d || (d === best.d && shard.freqs[i]! > shard.freqs[best.i]!)) best = { i, d };
  }
  return best && { from: key, to: shard.words[best.i]!, distance: best.d };
}

/** What closestReaderWord needs of the readers' words (src/lib/search/synonyms.ts). */
interface ReaderPhrases {
  entries: readonly { readers: readonly string[] }[];
}

const readerWordLists = new WeakMap<ReaderPhrases, string[]>();
function readerWordsOf(set: ReaderPhrases): string[] {
  let words = readerWordLists.get(set);
  if (!words) {
    words = [...new Set(set.entries.flatMap((e) => e.readers.flatMap((r) => r.split(' '))))].filter((w) => [...w.replace(/\*$/, '')].length >= MIN_CORRECTED_LETTERS);
    readerWordLists.set(set, words);
  }
  return words;
}

/**
 * The closest of the readers' own words (the synonyms files) to an unknown `key`: readers misspell
 * them too ("hijakced", "угнлаи"), and the index, which holds only the site's words, cannot correct
 * them. A word ending in * ("hacker*") is compared with as many of the key's first letters (or one
 * more or fewer), and the rest of the key is kept ("hacekrs" → "hackers"). Same edits as closestWord.
 */
export function closestReaderWord(key: string, set: ReaderPhrases): Correction | undefined {
  const letters = [...key];
  if (editsAllowed(letters.length) === 0) return undefined;
  let best: Correction | undefined;
  const consider = (to: string, d: number) => {
    if (d > 0 && (!best || d < best.distance)) best = { from: key, to, distance: d };
  };
  for (const w of readerWordsOf(set)) {
    if (w.endsWith('*')) {
      const stem = w.slice(0, -1);
      const n = [...stem].length;
      const max = editsAllowed(n);
      // As many letters as the stem first: on a tie, the reading that keeps the most of the key as typed.
      for (const len of [n, n + 1, n - 1]) {
        if (len < MIN_CORRECTED_LETTERS || len > letters.length) continue;
        const d = editDistance(letters.slice(0, len).join(''), stem, max);
        if (d <= max) consider(stem + letters.slice(len).join(''), d);
      }
    } else {
      const max = editsAllowed(letters.length);
      if (Math.abs([...w].length - letters.length) > max) continue;
      const d = editDistance(key, w, max);
      if (d <= max) consider(w, d);
    }
  }
  return best;
}
