/**
 * A second training set (issue 25, item 5): more reader queries, written from the facts and the
 * titles only, for tuning beside the unseen training half. Never a measure of its own: the unseen
 * held-out half is. `npm run search:eval` prints its rate as "extra training".
 *
 * A query that happens to equal one of the unseen sets, either round (in normal form), is left out, unseen, so that
 * tuning on this set never tunes on a held-out query (tests/unit/search-held-out.test.ts).
 */
import { aliasKey } from '../../../src/lib/search/normalize.ts';
import { allUnseen } from '../unseen/split.ts';
import type { UnseenQuery } from '../unseen/index.ts';
import { ru } from './ru.ts';
import { en } from './en.ts';

export const WRITTEN: Record<string, readonly UnseenQuery[]> = { ru, en };

/** The queries of each locale that tuning may use: those equal to no unseen query. */
export const EXTRA_TRAINING: Record<string, readonly UnseenQuery[]> = Object.fromEntries(
  Object.entries(WRITTEN).map(([lang, queries]) => {
    const unseen = new Set(allUnseen(lang).map((q) => aliasKey(q.q)));
    return [lang, queries.filter((q) => !unseen.has(aliasKey(q.q)))];
  }),
);
