/**
 * Pagefind, loaded once on first use from the site's own /pagefind/ bundle, with the locale's
 * vocabulary and synonyms; the query pipeline itself is src/lib/search/engine.ts (shared with Node).
 */
import { searchSite, type SearchBackend, type SearchOutcome, type SearchResources } from '../lib/search/engine.ts';
import { toResultView, type PagefindResultData, type ResultView } from '../lib/search/results.ts';
import type { SynonymSet } from '../lib/search/synonyms.ts';
import { wordSource } from '../lib/search/vocabulary.ts';

export interface PagefindHit {
  id: string;
  score: number;
  /** Which metadata fields hold the query's words (the title ranks: src/lib/search/merge.ts). */
  matchedMetaFields?: string[];
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindHit[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<PagefindResponse | null>;
}

/** Ranking tuned on the site's own content (tests/e2e/search-queries.test.ts): aliases and descriptions count. */
export const PAGEFIND_OPTIONS = {
  // The index stores full paths, BASE_PATH included (src/integrations/steps/search-index.ts): add nothing to them.
  baseUrl: '/',
  // Search on the page itself: the index is small, and the worker script alone is ~13 KB gzip of a first query.
  noWorker: true,
  excerptLength: 22,
  ranking: { metaWeights: { title: 5, aliases: 15, description: 3 } },
};

export interface SearchSources {
  /** The Pagefind bundle folder, ending in "/". */
  bundle: string;
  /** Pagefind language of the page. */
  lang: string;
  /** URL of the locale's synonyms.json. */
  synonyms: string;
}

let loading: Promise<Pagefind> | undefined;
let resources: SearchResources | undefined;

const fetchText = async (url: string) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} fetching ${url}`);
  return r.text();
};

/** Starts loading Pagefind (script, WebAssembly, language index). Safe to call many times. */
export function loadEngine(bundlePath: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The vocabulary manifest and the synonyms, small and fetched with Pagefind; shards come per word typed. */
function loadResources(src: SearchSources): SearchResources {
  if (resources) return resources;
  let synonyms: Promise<SynonymSet> | undefined;
  const words = wordSource(`${src.bundle}words/${src.lang}.json`, fetchText);
  // The language's common words: fetched only for a query word the site's vocabulary lacks.
  const lexicon = wordSource(`${src.bundle}words/lexicon/${src.lang}.json`, fetchText);
  resources = {
    words,
    lexicon,
    synonyms: () => {
      synonyms ??= fetchText(src.synonyms).then((t) => JSON.parse(t) as SynonymSet);
      synonyms.catch(() => (synonyms = undefined));
      return synonyms;
    },
  };
  return resources;
}

/** Pointer over or focus on search: start loading everything a first query needs but the shards. */
export function warmEngine(src: SearchSources): void {
  const r = loadResources(src);
  void Promise.all([loadEngine(src.bundle), r.words.manifest(), r.synonyms()]).catch(() => {
    /* the panel says so if the reader goes on to search */
  });
}

/** Pagefind as the engine sees it; it may still be loading while the vocabulary is read. */
function backendOf(pagefind: Promise<Pagefind>): SearchBackend<PagefindHit> {
  return {
    search: async (q) => (await (await pagefind).search(q))?.results ?? [],
    aliasPages: async (key) => (await (await pagefind).search(null, { filters: { alias: key } }))?.results ?? [],
  };
}

/** Every matching page for what the reader typed, best first. */
export function findPages(src: SearchSources, raw: string, exact = false): Promise<SearchOutcome<PagefindHit>> {
  return searchSite(raw, { lang: src.lang, exact }, backendOf(loadEngine(src.bundle)), loadResources(src));
}

/** Display data for a slice of hits (each loads one small fragment file). */
export function viewsOf(hits: PagefindHit[]): Promise<ResultView[]> {
  return Promise.all(hits.map(async (h) => toResultView(await h.data())));
}
