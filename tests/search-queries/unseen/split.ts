/**
 * The unseen queries split in two, once, by a fixed seed, before any search change: the training half
 * may guide tuning (ranking, synonyms); the held-out half never does — no alias or synonym may be
 * taken from it (tests/unit/search-held-out.test.ts checks that none equals one), and it is the
 * measure the search is judged by (`npm run search:eval`, the bench, the floor in tests/e2e).
 */
import { shuffled } from '../../../scripts/lib/random.ts';
import * as sets from './index.ts';
import * as round2 from '../unseen-2/index.ts';
import * as round3 from '../unseen-3/index.ts';
import * as round4 from '../unseen-4/index.ts';
import * as round5 from '../unseen-5/index.ts';
import type { UnseenQuery } from './index.ts';

/** Never change it: a new seed would put tuned-on queries into the held-out half. */
export const HELD_OUT_SEED = 20261207;

export const UNSEEN: Record<string, readonly UnseenQuery[]> = { ru: sets.ru, en: sets.en, es: sets.es, ar: sets.ar, id: sets.id, 'pt-br': sets.ptBr, tr: sets.tr, vi: sets.vi, hi: sets.hi };

/**
 * Round 2 (tests/search-queries/unseen-2/), ru and en only: written after round 1's held-out misses were
 * named, before any further search change, and split the same way. Its held-out half is blind again.
 */
export const UNSEEN_2: Record<string, readonly UnseenQuery[]> = { ru: round2.ru, en: round2.en };

/**
 * Round 3 (tests/search-queries/unseen-3/), en only: written after round 2's English held-out rate had
 * been looked at while tuning, before any further search change, and split the same way.
 */
export const UNSEEN_3: Record<string, readonly UnseenQuery[]> = { en: round3.en };

/**
 * Round 4 (tests/search-queries/unseen-4/), en only: written after rounds 2 and 3's English held-out
 * rates had been looked at while tuning, before any further search change, and split the same way.
 */
export const UNSEEN_4: Record<string, readonly UnseenQuery[]> = { en: round4.en };

/**
 * Round 5 (tests/search-queries/unseen-5/), en only: written after rounds 2 to 4's English held-out
 * rates had been looked at while tuning, before any further search change, and split the same way.
 */
export const UNSEEN_5: Record<string, readonly UnseenQuery[]> = { en: round5.en };

/** The rounds written after round 1, in order: `key` is their field in search:eval's and the bench's figures. */
export const LATER_ROUNDS = [
  { key: 'round2', label: 'round 2', sets: UNSEEN_2 },
  { key: 'round3', label: 'round 3', sets: UNSEEN_3 },
  { key: 'round4', label: 'round 4', sets: UNSEEN_4 },
  { key: 'round5', label: 'round 5', sets: UNSEEN_5 },
] as const;

/** The later rounds present in one locale's figures, each with its label ("round 2"), in order. */
export function laterRoundsIn<T>(r: Partial<Record<(typeof LATER_ROUNDS)[number]['key'], T>> | undefined): (T & { label: string })[] {
  return LATER_ROUNDS.filter(({ key }) => r?.[key]).map(({ key, label }) => ({ ...(r![key] as T), label }));
}

/** Every written unseen query of a locale, every round: what no alias, synonym or extra training query may equal. */
export function allUnseen(lang: string): UnseenQuery[] {
  return [...(UNSEEN[lang] ?? []), ...LATER_ROUNDS.flatMap((r) => r.sets[lang] ?? [])];
}

/** A locale's held-out queries of every round: what the floor in `npm test` applies to. */
export function heldOutOf(lang: string): UnseenQuery[] {
  return [...splitUnseen(UNSEEN[lang] ?? []).heldOut, ...LATER_ROUNDS.flatMap((r) => (r.sets[lang] ? splitUnseen(r.sets[lang]).heldOut : []))];
}

/** The queries of one locale in two halves; the held-out half gets the extra query of an odd count. */
export function splitUnseen(queries: readonly UnseenQuery[], seed = HELD_OUT_SEED): { training: UnseenQuery[]; heldOut: UnseenQuery[] } {
  const order = shuffled(queries, seed);
  const half = Math.floor(order.length / 2);
  const heldOut = new Set(order.slice(0, order.length - half));
  // Both halves keep the file's order, so a diff of a half reads like the file.
  return { training: queries.filter((q) => !heldOut.has(q)), heldOut: queries.filter((q) => heldOut.has(q)) };
}

/** What the search is judged by: the set's targets on the held-out half (issue "search that generalizes"). */
export const HELD_OUT_TARGET: Record<string, number> = { ru: 0.95, en: 0.95, es: 0.95, ar: 0.9, id: 0.9, 'pt-br': 0.9, tr: 0.9, vi: 0.9, hi: 0.85 };
/** A locale's figures meet its target when every held-out half it has does (round 1, and each later round where written). */
export function heldOutMet(r: { heldOut: { rate: number }; target: number } & Partial<Record<(typeof LATER_ROUNDS)[number]['key'], { heldOut: { rate: number } }>>): boolean {
  return r.heldOut.rate >= r.target && LATER_ROUNDS.every(({ key }) => !r[key] || r[key].heldOut.rate >= r.target);
}

/** What `npm test` keeps as a floor on the held-out half, so a regression fails. */
export const HELD_OUT_FLOOR = 0.85;
