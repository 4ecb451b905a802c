/**
 * Round 4 of the unseen queries (en only): written 2026-12-07 by a new writer who saw only the facts
 * and the article titles, after rounds 2 and 3's English held-out rates (46/50 each) had been looked at
 * while tuning, and before any further search change. Split like the other rounds
 * (tests/search-queries/unseen/split.ts); its held-out half is the blind measure for what tuning after
 * it carries to queries nobody tuned on. One held-out query, "phone locked to mi account after factory
 * reset", equals an extra training query written earlier (training-extra/en.ts, tuned on before this
 * round existed; now left out there): that one is not blind.
 */
export { en } from './en.ts';
