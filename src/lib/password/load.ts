/**
 * Loads the scorer and its word lists. The island imports this module on the reader's first focus
 * or keystroke; each word list is its own chunk (dict-*.js), fetched in parallel, never on page load.
 */
import { createScorer, type Scorer } from './scorer.ts';

let pending: Promise<Scorer> | undefined;

export function loadScorer(): Promise<Scorer> {
  pending ??= Promise.all([import('./dict-common.ts'), import('./dict-en.ts'), import('./dict-es.ts'), import('./dict-ru.ts')]).then(
    ([common, en, es, ru]) =>
      createScorer({
        dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary, ...ru.dictionary },
        graphs: common.adjacencyGraphs,
      }),
  );
  // A failed download may be retried on the next keystroke.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

/** The default export keeps its name in the built chunk, so the bench can load it in Chromium too. */
export default loadScorer;
