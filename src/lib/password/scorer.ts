/**
 * Scores a password with zxcvbn-ts plus this project's Russian additions. Pure: it gets the word
 * lists and keyboard graphs as data (see load.ts for the lazy browser loading) and returns data.
 */
import { Options, ZxcvbnFactory, type MatchEstimated, type OptionsGraph, type Score } from '@zxcvbn-ts/core';
import { withJcuken } from '../keyboard/layouts.ts';
import { l33tTable } from './l33t.ts';
import { layoutMatcher, LAYOUT_PATTERN } from './layout-matcher.ts';
import { WordIndex, type RankedList } from './word-index.ts';
import { DictionarySearch, dictionaryMatchers } from './dictionary-matchers.ts';
import { completeFeedback, patternsOf, type FeedbackKeys, type PatternKey } from './feedback.ts';
import { duration, type Duration } from './crack-time.ts';

export interface ScorerData {
  /** Every ranked word list, named like zxcvbn-ts's dictionaries ("commonWords-en", "passwords-ru"). */
  lists: readonly RankedList[];
  /** Keyboard adjacency graphs from @zxcvbn-ts/language-common (ЙЦУКЕН is derived from QWERTY). */
  graphs: OptionsGraph;
}

export interface MatchSummary {
  pattern: string;
  /** First and last index of the match in the password. */
  i: number;
  j: number;
  dictionaryName?: string;
  /** Rank of the word in that list. */
  rank?: number;
  graph?: string;
  direction?: string;
  guessesLog10: number;
}

export interface PasswordReport {
  score: Score;
  guessesLog10: number;
  crackTimes: {
    /** An attacker guessing through a sign-in form that limits attempts (100 per hour). */
    onlineThrottled: Duration;
    /** An attacker with a stolen database of slowly hashed passwords (10 000 per second). */
    offlineSlowHash: Duration;
  };
  /** Characters (code points), not UTF-16 units. */
  length: number;
  sequence: MatchSummary[];
  patterns: PatternKey[];
  feedback: FeedbackKeys;
}

/** Words about this site and Xiaomi: zxcvbn-ts treats them as "page related data". */
export const SITE_WORDS = ['xiaomi', 'redmi', 'poco', 'miui', 'hyperos', 'miaccount', 'сяоми', 'ксиаоми', 'ксяоми', 'редми', 'поко', 'миуи'];

export type Scorer = (password: string) => PasswordReport;

export function createScorer(data: ScorerData): Scorer {
  const defaults = new Options();
  const l33t = l33tTable(defaults.l33tTable);
  const index = new WordIndex(data.lists, (name) => defaults.isWordSequence(name));
  const search = new DictionarySearch(index, l33t);
  // The word lists live in our index only: zxcvbn-ts gets no `dictionary`, so it builds none of its own.
  const zxcvbn = new ZxcvbnFactory(
    { graphs: withJcuken(data.graphs), l33tTable: l33t, useLevenshteinDistance: false },
    { ...dictionaryMatchers(search, index), [LAYOUT_PATTERN]: layoutMatcher(index) },
  );
  return (password) => {
    const r = zxcvbn.check(password, SITE_WORDS);
    const sequence = r.sequence as MatchEstimated[];
    return {
      score: r.score,
      guessesLog10: r.guessesLog10,
      crackTimes: {
        onlineThrottled: duration(r.crackTimes.onlineThrottlingXPerHour.seconds),
        offlineSlowHash: duration(r.crackTimes.offlineSlowHashingXPerSecond.seconds),
      },
      length: [...password].length,
      sequence: sequence.map((m) => ({
        pattern: m.pattern,
        i: m.i,
        j: m.j,
        guessesLog10: m.guessesLog10,
        ...(typeof m['dictionaryName'] === 'string' ? { dictionaryName: m['dictionaryName'] } : {}),
        ...(typeof m['rank'] === 'number' ? { rank: m['rank'] } : {}),
        ...(typeof m['graph'] === 'string' ? { graph: m['graph'] } : {}),
        ...(typeof m['direction'] === 'string' ? { direction: m['direction'] } : {}),
      })),
      patterns: patternsOf(sequence),
      feedback: completeFeedback(r.feedback, r.score, sequence),
    };
  };
}
