/**
 * Pagefind, loaded once on first use from the site's own /pagefind/ bundle, with the locale's
 * vocabulary and synonyms; the query pipeline itself is src/lib/search/engine.ts (shared with Node).
 */
import { searchSite, type SearchBackend, type SearchOutcome, type SearchResources } from '../lib/search/engine.ts';
import { localizeView, toResultView, type PagefindResultData, type ResultView } from '../lib/search/results.ts';
import type { SynonymSet } from '../lib/search/synonyms.ts';
import { unionWordSource, wordSource } from '../lib/search/vocabulary.ts';

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
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
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
  /**
   * A partial locale: the Pagefind languages to search, in order (its own index if it has one, then its
   * fallback languages'), the locale whose pages to keep (every page it shows carries a `shown` filter
   * with its code), and the path prefixes of the other languages' pages, read as the locale's own.
   */
  several?: { langs: string[]; shown: string; from: string[]; to: string };
}

let loading: Promise<Pagefind> | undefined;
let resources: SearchResources | undefined;

const fetchText = async (url: string) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} fetching ${url}`);
  return r.text();
};

/** Starts loading Pagefind (script, WebAssembly, language index or indexes). Safe to call many times. */
export function loadEngine(src: SearchSources): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${src.bundle}pagefind.js`)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    const [primary, ...merged] = src.several?.langs ?? [];
    if (!primary) {
      await pagefind.init();
      return pagefind;
    }
    // Pagefind takes its first index's language from <html lang> when it starts (synchronously, in
    // init); a partial locale may have no index of its own, so its first searched language stands in
    // for that one call.
    const html = document.documentElement;
    const own = html.lang;
    html.lang = primary;
    let started: Promise<void>;
    try {
      started = pagefind.init();
    } finally {
      html.lang = own;
    }
    await started;
    const { noWorker: _, ...perIndex } = PAGEFIND_OPTIONS;
    // The same bundle under another spelling of its path: Pagefind skips a merge of its own path.
    for (const language of merged) await pagefind.mergeIndex(`${src.bundle}./`, { ...perIndex, language });
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
  const langs = src.several?.langs ?? [src.lang];
  const words = unionWordSource(langs.map((l) => wordSource(`${src.bundle}words/${l}.json`, fetchText)));
  // The language's common words: fetched only for a query word the site's vocabulary lacks.
  const lexicon = unionWordSource([...new Set([src.lang, ...langs])].map((l) => wordSource(`${src.bundle}words/lexicon/${l}.json`, fetchText)));
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
  void Promise.all([loadEngine(src), r.words.manifest(), r.synonyms()]).catch(() => {
    /* the panel says so if the reader goes on to search */
  });
}

/** Pagefind as the engine sees it; it may still be loading while the vocabulary is read. */
function backendOf(pagefind: Promise<Pagefind>, shown?: string): SearchBackend<PagefindHit> {
  // Searching several languages' indexes: only the pages the locale shows (each of its pages once).
  const only = shown ? { shown } : {};
  return {
    search: async (q) => (await (await pagefind).search(q, shown ? { filters: only } : undefined))?.results ?? [],
    aliasPages: async (key) => (await (await pagefind).search(null, { filters: { alias: key, ...only } }))?.results ?? [],
  };
}

/** Every matching page for what the reader typed, best first. */
export function findPages(src: SearchSources, raw: string, exact = false): Promise<SearchOutcome<PagefindHit>> {
  return searchSite(raw, { lang: src.lang, exact }, backendOf(loadEngine(src), src.several?.shown), loadResources(src));
}

/** Display data for a slice of hits (each loads one small fragment file); another language's page is shown at the locale's own path. */
export function viewsOf(hits: PagefindHit[], src?: SearchSources): Promise<ResultView[]> {
  const rewrite = src?.several;
  return Promise.all(hits.map(async (h) => {
    const view = toResultView(await h.data());
    return rewrite ? localizeView(view, rewrite.from, rewrite.to) : view;
  }));
}
