import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { localeStaticPaths } from '../../../data/paths.ts';
import { localeInfo, type Locale } from '../../../i18n/index.ts';
import { stopWordsOf } from '../../../lib/search/stop-words.ts';
import { compileSynonyms } from '../../../lib/search/synonyms.ts';

export const getStaticPaths = localeStaticPaths;

/** /<lang>/search/synonyms.json: the locale's readers' words and stop words, fetched by the search on first use. */
export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Locale }).lang;
  const entry = await getEntry('searchSynonyms', lang);
  if (!entry) {
    throw new Error(`content/search/synonyms/${lang}.yaml: missing — expected one synonyms file per locale (it may hold only a comment line and {})`);
  }
  return new Response(JSON.stringify(compileSynonyms(entry.data, stopWordsOf(localeInfo(lang).searchLang))), { headers: { 'content-type': 'application/json' } });
};
