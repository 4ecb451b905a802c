/**
 * What a locale's readiness report adds beyond the content and the dictionary (src/lib/translations/readiness.ts):
 * the developers' files a new language is poorer without, though the build does not require them —
 * a set of readers' search queries to measure its search with (tests/search-queries/<locale>.ts), and
 * the password checker's word lists in its language (src/lib/password/packs.ts). Node only: it looks at
 * files, for `npm run i18n:status -- --locale <code>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadinessItem } from '../lib/translations/readiness.ts';
import { hasOwnLists, listLabels, packsFor } from '../lib/password/packs.ts';

const QUERY_DIR = 'tests/search-queries';

/** Suggestions for `code`: empty when it has its own query set and word lists. */
export function readinessExtras(root: string, code: string, sourceLocale: string): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  const set = `${QUERY_DIR}/${code}.ts`;
  const registry = `${QUERY_DIR}/index.ts`;
  if (!existsSync(join(root, QUERY_DIR))) {
    // A copy of the project without its tests (a fixture): nothing to say about them.
  } else if (!existsSync(join(root, set))) {
    out.push({
      kind: 'searchQueries',
      file: set,
      source: `${QUERY_DIR}/${sourceLocale}.ts`,
      detail: `no set of readers' search queries: nothing measures this language's search — write what its readers type (not translations), then register it and its target rate in ${registry}`,
    });
  } else if (existsSync(join(root, registry)) && !new RegExp(`\\b${code}\\b`).test(/QUERY_SET\s*=\s*\{([^}]*)\}/.exec(readFileSync(join(root, registry), 'utf8'))?.[1] ?? '')) {
    out.push({ kind: 'searchQueries', file: registry, detail: `${set} exists but is not in QUERY_SET (nor TARGET_RATE): the search test does not run it` });
  }
  // The checker always knows the common passwords; a language with lists of its own also knows its words and names.
  const labels = listLabels(packsFor(code)) as string[];
  if (!labels.includes(code) && !hasOwnLists(code)) {
    const langs = [...new Set(labels.filter((l) => l !== 'common').map((l) => (l === 'enCore' ? 'en' : l)))];
    out.push({
      kind: 'passwordPacks',
      file: 'src/lib/password/packs.ts',
      detail: `no password word lists in this language: the checker knows the common passwords and the ${langs.join(', ')} lists only — add a list (src/lib/password/sources.ts, npm run password:lists) and load it for ${code} pages`,
    });
  }
  return out;
}
