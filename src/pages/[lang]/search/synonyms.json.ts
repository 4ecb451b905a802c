import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { localeStaticPaths } from '../../../data/paths.ts';
import { fallbackChain, searchLanguages, type Locale } from '../../../i18n/index.ts';
import { clauseWordsOf, stopWordsOf, weakWordsOf } from '../../../lib/search/stop-words.ts';
import { compileSynonyms } from '../../../lib/search/synonyms.ts';
import { loadSite } from '../../../data/content.ts';
import { faqQuestions } from '../../../data/routes.ts';

export const getStaticPaths = localeStaticPaths;

/** /<lang>/search/synonyms.json: the locale's readers' words, the stop, weak and clause words of the languages it searches, and the FAQ's questions, fetched by the search on first use. */
export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Locale }).lang;
  // A partial locale without its own file uses its fallback languages' (their pages are what its search finds).
  let entry;
  for (const l of fallbackChain(lang)) if ((entry = await getEntry('searchSynonyms', l))) break;
  const stop = [...new Set(searchLanguages(lang).flatMap(stopWordsOf))];
  const weak = searchLanguages(lang).flatMap(weakWordsOf);
  const clause = searchLanguages(lang).flatMap(clauseWordsOf);
  // The FAQ's questions as its page shows them (a partial locale's borrowed ones too), each weighed like a title (merge.ts).
  const questions = faqQuestions(await loadSite(), lang);
  return new Response(JSON.stringify(compileSynonyms(entry?.data ?? {}, stop, weak, questions, clause)), { headers: { 'content-type': 'application/json' } });
};
