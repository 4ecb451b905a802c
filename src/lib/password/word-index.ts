/**
 * One index over every word list, for fast matching: the words sorted (so that reading a password
 * character by character narrows a range of candidate words, with no string built and no lookup
 * for text that starts no word), and a word → the lists it is in, with its rank there.
 * zxcvbn-ts keeps one object per list and looks every substring up in each of them, which takes
 * seconds for long passwords with digits; this keeps a keystroke within a frame.
 */
import type { OptionsDictionary } from '@zxcvbn-ts/core';

/** A ranked word list: `ranks[k]` is the rank of `words[k]` (1 = most common); without ranks, the order is the rank. */
export interface RankedList {
  name: string;
  words: readonly string[];
  ranks?: ArrayLike<number>;
}

/** zxcvbn-ts's dictionaries (name → words, most common first) as ranked lists. */
export function rankedLists(dictionary: OptionsDictionary): RankedList[] {
  return Object.entries(dictionary).map(([name, words]) => ({ name, words: words.map(String) }));
}

/** Ranks stay below 2^20; the list number is stored above them. */
const SPAN = 2 ** 20;

export interface WordHit {
  dictionaryName: string;
  rank: number;
}

/** A range [lo, hi) of the sorted words sharing the first `depth` characters. */
export interface Range {
  lo: number;
  hi: number;
  depth: number;
}

export class WordIndex {
  readonly names: string[];
  /** Length of the longest word in any list. */
  readonly maxLength: number;
  private readonly sequenceNames: Set<string>;
  private readonly codes = new Map<string, number | number[]>();
  private readonly hits = new Map<string, WordHit[]>();
  private readonly sorted: string[];
  /** The first two characters' ranges, asked for at every position of every password. */
  private readonly shallow = new Map<number, Range>();

  constructor(lists: readonly RankedList[] | OptionsDictionary, isSequenceName: (name: string) => boolean) {
    const ranked = Array.isArray(lists) ? (lists as readonly RankedList[]) : rankedLists(lists as OptionsDictionary);
    this.names = ranked.map((l) => l.name);
    this.sequenceNames = new Set(this.names.filter(isSequenceName));
    let maxLength = 0;
    ranked.forEach(({ words, ranks }, n) => {
      for (let r = 0; r < words.length; r += 1) {
        const word = words[r]!;
        const code = n * SPAN + Math.min(ranks ? ranks[r]! : r + 1, SPAN - 1);
        const prev = this.codes.get(word);
        if (prev === undefined) this.codes.set(word, code);
        else if (typeof prev === 'number') {
          if (Math.floor(prev / SPAN) !== n) this.codes.set(word, [prev, code]);
        } else if (!prev.some((c) => Math.floor(c / SPAN) === n)) prev.push(code);
        if (word.length > maxLength) maxLength = word.length;
      }
    });
    this.maxLength = maxLength;
    this.sorted = [...this.codes.keys()].sort();
  }

  /** The lists `word` is in (lowercase expected), or undefined. */
  lookup(word: string): WordHit[] | undefined {
    let hits = this.hits.get(word);
    if (hits) return hits;
    const code = this.codes.get(word);
    if (code === undefined) return undefined;
    hits = (typeof code === 'number' ? [code] : code).map((c) => ({ dictionaryName: this.names[Math.floor(c / SPAN)]!, rank: c % SPAN }));
    this.hits.set(word, hits);
    return hits;
  }

  /** All words. */
  all(): Range {
    return { lo: 0, hi: this.sorted.length, depth: 0 };
  }

  /** The words of `range` whose next character is `code` (a UTF-16 unit); empty when `lo === hi`. */
  narrow(range: Range, code: number): Range {
    if (range.depth > 1) return this.search(range, code);
    const key = range.depth === 0 ? code : (range.lo + 1) * 65_536 + code;
    let next = this.shallow.get(key);
    if (!next) {
      next = this.search(range, code);
      this.shallow.set(key, next);
    }
    return next;
  }

  private search(range: Range, code: number): Range {
    const { depth } = range;
    const at = (k: number) => {
      const w = this.sorted[k]!;
      return w.length > depth ? w.charCodeAt(depth) : -1;
    };
    let lo = range.lo;
    let hi = range.hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(mid) < code) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    hi = range.hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(mid) <= code) lo = mid + 1;
      else hi = mid;
    }
    return { lo: start, hi: lo, depth: depth + 1 };
  }

  /** The word spelled by the path to `range`, if it is a word (it sorts first in its range). */
  wordAt(range: Range): string | undefined {
    if (range.lo >= range.hi) return undefined;
    const w = this.sorted[range.lo]!;
    return w.length === range.depth ? w : undefined;
  }

  /** Lists of words that come in order (numbers, months…), for the word-sequence matcher. */
  isSequenceDictionary(name: string): boolean {
    return this.sequenceNames.has(name);
  }

  /**
   * Every word that starts at `start` in `text` (lowercase expected): `onWord(word, end)` with
   * `end` exclusive. Stops reading as soon as no word begins with what has been read.
   */
  wordsFrom(text: string, start: number, onWord: (word: string, end: number) => void): void {
    let range = this.all();
    for (let p = start; p < text.length; p += 1) {
      range = this.narrow(range, text.charCodeAt(p));
      if (range.lo >= range.hi) return;
      const word = this.wordAt(range);
      if (word !== undefined) onWord(word, p + 1);
    }
  }
}
