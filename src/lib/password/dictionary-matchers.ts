/**
 * Fast replacements for zxcvbn-ts's dictionary, reversed-word, l33t and word-sequence matchers
 * (registered under the same names, so zxcvbn-ts runs these instead of its own). They produce the
 * same kind of matches, which zxcvbn-ts then scores with its own formulas; only the search is
 * different: one index for all word lists, and l33t words found by walking the password while
 * some word still starts with what has been read (not by rewriting the whole password up to a
 * hundred times).
 */
import { MatcherBaseClass, type Matcher, type MatchEstimated, type MatchOptions, type OptionsL33tTable, type UserInputsOptions } from '@zxcvbn-ts/core';
import type { Range, WordIndex } from './word-index.ts';
import { caseShape } from './case.ts';

export interface DictionaryHit {
  pattern: 'dictionary';
  i: number;
  j: number;
  token: string;
  matchedWord: string;
  rank: number;
  dictionaryName: string;
  reversed: boolean;
  l33t: boolean;
  subs?: { letter: string; substitution: string }[];
  subDisplay?: string;
}

interface WordSequenceHit {
  pattern: 'wordSequence';
  i: number;
  j: number;
  token: string;
  words: string[];
  wordCount: number;
  dictionaryName: string;
  ascending: boolean;
}

/** Most l33t walks end within a few characters; this bounds the rare long ones (steps per password). */
const L33T_STEP_BUDGET = 20_000;

/** Lowercase one UTF-16 unit at a time, so that indexes in the password stay valid. */
function lowerKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** substitution → letters it may stand for ("4" → a, ч, а), from a zxcvbn-ts l33t table. */
function reverseTable(table: OptionsL33tTable): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [letter, subs] of Object.entries(table) as [string, string[]][]) {
    for (const sub of subs) {
      const key = sub.toLowerCase();
      map.set(key, [...(map.get(key) ?? []), letter]);
    }
  }
  return map;
}

export class DictionarySearch {
  private readonly subs: Map<string, string[]>;
  private readonly subsByFirstChar = new Map<string, string[]>();
  private last: { password: string; user: UserInputsOptions | undefined; hits: DictionaryHit[] } | undefined;

  private readonly index: WordIndex;

  constructor(index: WordIndex, l33tTable: OptionsL33tTable) {
    this.index = index;
    this.subs = reverseTable(l33tTable);
    for (const sub of this.subs.keys()) {
      const first = sub[0]!;
      this.subsByFirstChar.set(first, [...(this.subsByFirstChar.get(first) ?? []), sub]);
    }
  }

  /** Every dictionary match (plain, reversed and l33t) in `password`; the last answer is kept for the other matchers. */
  all(password: string, user?: UserInputsOptions): DictionaryHit[] {
    if (this.last && this.last.password === password && this.last.user === user) return this.last.hits;
    const lower = lowerKeepingLength(password);
    const hits: DictionaryHit[] = [];
    this.plain(password, lower, user, hits);
    this.reversed(password, lower, user, hits);
    this.l33t(password, lower, hits);
    this.last = { password, user, hits };
    return hits;
  }

  private push(out: DictionaryHit[], password: string, i: number, j: number, word: string, hits: readonly { dictionaryName: string; rank: number }[], reversed: boolean) {
    for (const h of hits) {
      out.push({ pattern: 'dictionary', i, j, token: password.slice(i, j + 1), matchedWord: word, rank: h.rank, dictionaryName: h.dictionaryName, reversed, l33t: false });
    }
  }

  /** Words the page asked to flag (zxcvbn-ts "user inputs"): a handful, so found with indexOf. */
  private userWords(text: string, user: UserInputsOptions | undefined, found: (word: string, i: number, rank: number) => void) {
    if (!user) return;
    for (const [word, rank] of Object.entries(user.rankedDictionary)) {
      if (!word) continue;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found(word, at, rank);
    }
  }

  private plain(password: string, lower: string, user: UserInputsOptions | undefined, out: DictionaryHit[]) {
    for (let i = 0; i < lower.length; i += 1) {
      this.index.wordsFrom(lower, i, (word, end) => this.push(out, password, i, end - 1, word, this.index.lookup(word)!, false));
    }
    this.userWords(lower, user, (word, i, rank) => this.push(out, password, i, i + word.length - 1, word, [{ dictionaryName: 'userInputs', rank }], false));
  }

  private reversed(password: string, lower: string, user: UserInputsOptions | undefined, out: DictionaryHit[]) {
    const n = lower.length;
    const back = lower.split('').reverse().join('');
    // A word read backwards from a (in the reversed text) to end covers password[n - end .. n - 1 - a].
    for (let a = 0; a < n; a += 1) {
      this.index.wordsFrom(back, a, (word, end) => this.push(out, password, n - end, n - 1 - a, word, this.index.lookup(word)!, true));
    }
    this.userWords(back, user, (word, a, rank) => this.push(out, password, n - a - word.length, n - 1 - a, word, [{ dictionaryName: 'userInputs', rank }], true));
  }

  /**
   * From each position, read the password forward; at a character that may stand for a letter
   * ("4", "@", "|_|"), try that letter too; stop a path as soon as no word starts with it.
   */
  private l33t(password: string, lower: string, out: DictionaryHit[]) {
    const n = lower.length;
    let budget = L33T_STEP_BUDGET;
    const seen = new Set<string>();
    const changes: { letter: string; substitution: string }[] = [];
    const found = (start: number, end: number, word: string) => {
      for (const h of this.index.lookup(word)!) {
        const key = `${start}:${end}:${h.dictionaryName}:${word}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const subs = changes.filter((c, k) => changes.findIndex((d) => d.letter === c.letter && d.substitution === c.substitution) === k);
        out.push({
          pattern: 'dictionary', i: start, j: end - 1, token: password.slice(start, end), matchedWord: word,
          rank: h.rank, dictionaryName: h.dictionaryName, reversed: false, l33t: true,
          subs, subDisplay: subs.map((s) => `${s.substitution} -> ${s.letter}`).join(', '),
        });
      }
    };
    const step = (start: number, pos: number, range: Range, letter: string, width: number) => {
      const next = this.index.narrow(range, letter.charCodeAt(0));
      if (next.lo >= next.hi) return;
      const end = pos + width;
      const word = this.index.wordAt(next);
      if (word !== undefined && changes.length > 0 && end - start > 1) found(start, end, word);
      walk(start, end, next);
    };
    const walk = (start: number, pos: number, range: Range) => {
      budget -= 1;
      if (budget < 0 || pos >= n) return;
      const ch = lower[pos]!;
      step(start, pos, range, ch, 1);
      for (const sub of this.subsByFirstChar.get(ch) ?? []) {
        if (!lower.startsWith(sub, pos)) continue;
        for (const letter of this.subs.get(sub)!) {
          if (letter === ch || letter.length !== 1) continue;
          changes.push({ letter, substitution: sub });
          step(start, pos, range, letter, sub.length);
          changes.pop();
        }
      }
    };
    for (let start = 0; start < n && budget > 0; start += 1) walk(start, start, this.index.all());
  }
}

// — dictionary feedback: zxcvbn-ts's rules, with capital letters recognised in any alphabet —

function dictionaryWarning(match: MatchEstimated, isSoleMatch: boolean | undefined): string | null {
  const name = String(match['dictionaryName']).toLowerCase();
  if (name.includes('passwords')) {
    if (isSoleMatch && !match['l33t'] && !match['reversed']) {
      const rank = match['rank'] as number;
      return rank <= 10 ? 'topTen' : rank <= 100 ? 'topHundred' : 'common';
    }
    return match.guessesLog10 <= 4 ? 'similarToCommon' : null;
  }
  if (name.includes('wikipedia')) return isSoleMatch ? 'wordByItself' : null;
  if (name.includes('names')) return isSoleMatch ? 'namesByThemselves' : 'commonNames';
  if (name.includes('userinputs')) return 'userInputs';
  return null;
}

function dictionaryFeedback(_options: unknown, match: MatchEstimated, isSoleMatch?: boolean) {
  const suggestions: string[] = [];
  const shape = caseShape(match.token);
  if (shape === 'first') suggestions.push('capitalization');
  else if (shape === 'all') suggestions.push('allUppercase');
  if (match['reversed'] && match.token.length >= 4) suggestions.push('reverseWords');
  if (match['l33t']) suggestions.push('l33t');
  return { warning: dictionaryWarning(match, isSoleMatch), suggestions };
}

function wordSequenceFeedback(_options: unknown, match: MatchEstimated) {
  const suggestions: string[] = [match['ascending'] ? 'sequences' : 'anotherWord'];
  if ((match['wordCount'] as number) > 2) suggestions.push('useWords');
  return { warning: (match['wordCount'] as number) >= 3 ? 'sequences' : null, suggestions };
}

// — word sequences ("onetwothree", "одиндватри"): zxcvbn-ts's rules over our matches —

function wordSequences(hits: readonly DictionaryHit[], password: string): WordSequenceHit[] {
  const words = [...hits]
    .sort((a, b) => a.i - b.i || a.j - b.j || Number(a.reversed) - Number(b.reversed) || Number(a.l33t) - Number(b.l33t) || a.rank - b.rank)
    .reduce<DictionaryHit[]>((acc, m) => {
      const last = acc.at(-1);
      if (!last || m.i > last.j) acc.push(m);
      return acc;
    }, []);
  const out: WordSequenceHit[] = [];
  const joins = (prev: DictionaryHit, next: DictionaryHit) => {
    const between = password.slice(prev.j + 1, next.i);
    return ['', ' ', '-', '_', '.'].includes(between) || (between.length === 1 && between === between.toUpperCase() && between !== between.toLowerCase());
  };
  const emit = (run: DictionaryHit[]) => {
    if (run.length < 2) return;
    const ranks = run.map((m) => m.rank);
    const names = run.map((m) => m.dictionaryName);
    const counts = new Map<string, number>();
    let dictionaryName = names[0]!;
    for (const n of names) {
      counts.set(n, (counts.get(n) ?? 0) + 1);
      if (counts.get(n)! > counts.get(dictionaryName)!) dictionaryName = n;
    }
    out.push({
      pattern: 'wordSequence', i: run[0]!.i, j: run.at(-1)!.j, token: password.slice(run[0]!.i, run.at(-1)!.j + 1),
      words: run.map((m) => m.matchedWord), wordCount: run.length, dictionaryName,
      ascending: ranks.every((r, k) => k === 0 || r >= ranks[k - 1]!),
    });
  };
  for (let s = 0; s < words.length; s += 1) {
    let run = [words[s]!];
    for (let k = s + 1; k < words.length; k += 1) {
      const next = words[k]!;
      if (joins(run.at(-1)!, next)) run.push(next);
      else if (next.i > run.at(-1)!.j) {
        emit(run);
        run = [next];
      }
    }
    emit(run);
  }
  return out;
}

/**
 * A word match costs at least its rank in guesses (twice if reversed; capitals and l33t only add).
 * When that is more than guessing its characters blindly (10 per character, zxcvbn-ts's
 * bruteforce), the search never picks it: guessing the same span blindly is never worse. Leaving
 * such matches out ("to", "de" ranked in the thousands) changes no score and saves most of the work.
 */
export function canMatter(h: Pick<DictionaryHit, 'rank' | 'reversed' | 'token'>): boolean {
  return h.rank * (h.reversed ? 2 : 1) <= 10 ** h.token.length;
}

/** zxcvbn-ts scores built-in patterns with its own formulas; these are never called. */
const builtInScoring = () => 0;

/** The four matchers, sharing one search per password. */
export function dictionaryMatchers(search: DictionarySearch, index: WordIndex): Record<string, Matcher> {
  const make = (pick: (hits: DictionaryHit[], password: string) => unknown[]) =>
    class extends MatcherBaseClass {
      match({ password, userInputsOptions }: MatchOptions) {
        return pick(search.all(password, userInputsOptions), password) as ReturnType<Matcher['Matching']['prototype']['match']>;
      }
    };
  return {
    dictionary: { Matching: make((hits) => hits.filter((h) => !h.reversed && !h.l33t && canMatter(h))), scoring: builtInScoring, feedback: dictionaryFeedback },
    dictionaryReverse: { Matching: make((hits) => hits.filter((h) => h.reversed && canMatter(h))), scoring: builtInScoring, feedback: dictionaryFeedback },
    dictionaryL33t: { Matching: make((hits) => hits.filter((h) => h.l33t && canMatter(h))), scoring: builtInScoring, feedback: dictionaryFeedback },
    wordSequence: {
      Matching: make((hits, password) => wordSequences(hits.filter((h) => index.isSequenceDictionary(h.dictionaryName)), password)),
      scoring: builtInScoring,
      feedback: wordSequenceFeedback,
    },
  };
}
