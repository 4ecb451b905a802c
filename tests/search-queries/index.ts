/**
 * What readers really type into the search, per locale, and the article(s) each query must bring into
 * the top 3 of `/<locale>/search/?q=…`. Written as readers type (typos, no accents, brand spellings,
 * a situation in their own words) and committed before any synonym or alias was added for them, so
 * the set measures the reader, not the synonyms. Used by tests/e2e/search-queries.test.ts and the bench.
 *
 * `expect` names article slugs, or `faq` for the FAQ page; any one of them in the top 3 is a hit.
 * `kept` marks the queries that passed before this set was written: they must never miss.
 */
import { ru } from './ru.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ar } from './ar.ts';

export type QueryTag = 'typo' | 'no-accent' | 'brand' | 'situation' | 'tidy';

export interface ReaderQuery {
  q: string;
  tag: QueryTag;
  expect: readonly string[];
  kept?: true;
}

export const QUERY_SET = { ru, en, es, ar } as const satisfies Record<string, readonly ReaderQuery[]>;

/**
 * Issue 13's target for these sets. They have since been tuned for (aliases and synonyms were added
 * for their queries), so the search is now judged on the held-out half of the unseen sets instead
 * (tests/search-queries/unseen/split.ts: HELD_OUT_TARGET, HELD_OUT_FLOOR); this rate is only printed.
 */
export const TARGET_RATE: Record<keyof typeof QUERY_SET, number> = { ru: 0.95, en: 0.95, es: 0.95, ar: 0.9 };

/** A query and its expectations as a path on the site: `reset-password` → `/ru/reset-password/`. */
export const expectedPaths = (lang: string, q: ReaderQuery) => q.expect.map((s) => (s === 'faq' ? `/${lang}/faq/` : `/${lang}/${s}/`));
