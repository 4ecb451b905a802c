/**
 * Each locale's vocabulary for typo tolerance (src/lib/search/vocabulary.ts), from the text Pagefind
 * indexed: its fragments (gzip, a 12-byte "pagefind_dcd" signature, then JSON with the body, title,
 * description and aliases). Written to pagefind/words/; the builder itself is pure
 * (src/lib/search/vocabulary-build.ts). Runs after search-index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildVocabularies, fragmentTexts, type IndexedPage } from '../../lib/search/vocabulary-build.ts';
import type { VocabularyManifest } from '../../lib/search/vocabulary.ts';
import type { Step } from '../pipeline.ts';

const FRAGMENT = /^pagefind\/fragment\/([^/_]+)_[^/]+\.pf_fragment$/;

export function searchWords(): Step {
  return {
    name: 'search-words',
    finish: ({ site }) => {
      const pages: IndexedPage[] = [];
      for (const file of [...site.files].sort()) {
        const m = FRAGMENT.exec(file);
        if (!m) continue;
        const json = JSON.parse(gunzipSync(readFileSync(join(site.dir, file))).subarray(12).toString('utf8'));
        pages.push({ lang: m[1]!, texts: fragmentTexts(json) });
      }
      if (!pages.length) throw new Error('search-words: no Pagefind fragments in pagefind/fragment/; expected search-index to run first');
      const files = buildVocabularies(pages);
      site.removeFolder('pagefind/words');
      for (const f of files) site.write(`pagefind/words/${f.path}`, f.content);
      const gzip = (lang: string) => files.filter((f) => f.path.startsWith(`shards/${lang}-`)).reduce((n, f) => n + gzipSync(f.content, { level: 9 }).length, 0);
      const manifests = files.filter((f) => f.path.endsWith('.json')).map((f) => JSON.parse(f.content) as VocabularyManifest);
      return `vocabulary ${manifests.map((m) => `${m.lang}: ${m.words} words in ${m.shards.length} file(s), ${(gzip(m.lang) / 1024).toFixed(1)} KB gzip`).join('; ')}`;
    },
  };
}
