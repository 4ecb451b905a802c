/**
 * The scorer, built from packed word lists. The island imports this module on the reader's first
 * focus or keystroke, while it fetches the packs its page needs (packs.ts) in parallel.
 */
import { adjacencyGraphs } from '@zxcvbn-ts/language-common';
import type { OptionsGraph } from '@zxcvbn-ts/core';
import { createScorer, type Scorer } from './scorer.ts';
import { decodePack } from './pack.ts';
import { russianDictionary } from './ru-dictionary.ts';
import { rankedLists } from './word-index.ts';

/** A scorer over the Russian lists and those of these packs (their text, in load order). */
export function scorerFromPacks(texts: readonly string[]): Scorer {
  // Russian last, as the full checker loaded them: on equal ranks the first list names the match.
  const lists = [...texts.flatMap(decodePack), ...rankedLists(russianDictionary())];
  return createScorer({ lists, graphs: adjacencyGraphs as OptionsGraph });
}

/** The default export keeps its name in the built chunk, so the bench can load it in Chromium too. */
export default scorerFromPacks;
