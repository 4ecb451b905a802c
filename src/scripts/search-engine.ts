/**
 * Pagefind, loaded once on first use from the site's own /pagefind/ bundle, and the query pipeline:
 * stop words out, an exact alias match first, one word dropped at a time when nothing matches.
 */
import {
  aliasKey,
  mergeByScore,
  promoteExact,
  queryTerms,
  relaxedQueries,
  toResultView,
  type PagefindResultData,
  type ResultView,
} from '../lib/search.ts';

interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindHit[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<PagefindResponse | null>;
  preload: (q: string) => Promise<void>;
}

/** Ranking tuned on the site's own content (tests/e2e/search-queries.test.ts): aliases and descriptions count. */
const OPTIONS = {
  // The index stores full paths, BASE_PATH included (src/integrations/steps/search-index.ts): add nothing to them.
  baseUrl: '/',
  excerptLength: 22,
  ranking: { metaWeights: { title: 5, aliases: 15, description: 3 } },
};

let loading: Promise<Pagefind> | undefined;

/** Starts loading Pagefind (script, WebAssembly, language index). Safe to call many times. */
export function loadEngine(bundlePath: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await pagefind.options(OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export interface SearchOutcome {
  query: string;
  hits: PagefindHit[];
}

/** Every matching page for what the reader typed, best first. */
export async function findPages(pagefind: Pagefind, raw: string, lang: string): Promise<SearchOutcome> {
  const terms = queryTerms(raw, lang);
  const query = terms.join(' ');
  if (!query) return { query, hits: [] };
  const [main, exact] = await Promise.all([
    pagefind.search(query),
    pagefind.search(null, { filters: { alias: aliasKey(raw) } }),
  ]);
  let hits = main?.results ?? [];
  if (hits.length === 0) {
    const relaxed = await Promise.all(relaxedQueries(terms).map((q) => pagefind.search(q)));
    hits = mergeByScore(relaxed.map((r) => r?.results ?? []));
  }
  return { query, hits: promoteExact(hits, new Set((exact?.results ?? []).map((r) => r.id))) };
}

/** Display data for a slice of hits (each loads one small fragment file). */
export function viewsOf(hits: PagefindHit[]): Promise<ResultView[]> {
  return Promise.all(hits.map(async (h) => toResultView(await h.data())));
}
