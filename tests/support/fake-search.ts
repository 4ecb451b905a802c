/**
 * A fake Pagefind for the search pipeline's unit tests: a page matches when every query word begins
 * one of its words, scored by how often; the title is a metadata field (`matchedMetaFields`). The
 * site's vocabulary (and, if given, a lexicon of common words) is built and read as the browser does.
 */
import { searchSite, type SearchBackend } from '../../src/lib/search/engine.ts';
import { buildLexicon } from '../../src/lib/search/lexicon-build.ts';
import { fold, wordsOf } from '../../src/lib/search/normalize.ts';
import { stopWordsOf, weakWordsOf } from '../../src/lib/search/stop-words.ts';
import { compileSynonyms } from '../../src/lib/search/synonyms.ts';
import { buildVocabularies } from '../../src/lib/search/vocabulary-build.ts';
import { wordSource } from '../../src/lib/search/vocabulary.ts';

export type Hit = { id: string; score: number; matchedMetaFields?: string[] };
export type Page = { title: string; body: string };

export interface FakeSiteOptions {
  /** Common words of the language (the lexicon that tells a real word from a typo); none by default. */
  lexicon?: string[];
  /** Synonyms as in content/search/synonyms/<lang>.yaml; none by default. */
  synonyms?: Record<string, string[]>;
  /** Stop words; the language's own by default. */
  stop?: readonly string[];
  /** Weak words (stop-words.ts, WEAK_WORDS); the language's own by default. */
  weak?: readonly string[];
}

export function fakeSite(lang: string, pages: Record<string, Page>, { lexicon, synonyms = {}, stop = stopWordsOf(lang), weak = weakWordsOf(lang) }: FakeSiteOptions = {}) {
  const files = [
    ...buildVocabularies(Object.values(pages).map((p) => ({ lang, texts: [p.title, p.body] }))),
    ...(lexicon ? buildLexicon(lang, lexicon) : []),
  ];
  const queries: string[] = [];
  const has = (text: string, t: string) => wordsOf(text).map(fold).filter((w) => w.startsWith(t)).length;
  const backend: SearchBackend<Hit> = {
    search: async (q) => {
      queries.push(q);
      const terms = wordsOf(q).map(fold);
      return Object.entries(pages)
        .map(([id, p]) => {
          const counts = terms.map((t) => has(p.title, t) + has(p.body, t));
          const inTitle = terms.some((t) => has(p.title, t) > 0);
          return { id, score: counts.every((c) => c > 0) ? counts.reduce((a, b) => a + b, 0) : 0, ...(inTitle ? { matchedMetaFields: ['title'] } : {}) };
        })
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score);
    },
    aliasPages: async () => [],
  };
  const read = async (url: string) => {
    const f = files.find((x) => `/w/${x.path}` === url);
    if (!f) throw new Error(`404 ${url}`);
    return f.content;
  };
  const resources = {
    words: wordSource(`/w/${lang}.json`, read),
    ...(lexicon ? { lexicon: wordSource(`/w/lexicon/${lang}.json`, read) } : {}),
    synonyms: async () => compileSynonyms(synonyms, stop, weak),
  };
  return { queries, search: (raw: string) => searchSite(raw, { lang }, backend, resources) };
}

/** The ids of a result list, best first. */
export const ids = (r: { results: { hit: Hit }[] }) => r.results.map((x) => x.hit.id);
