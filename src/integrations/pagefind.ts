/**
 * Builds the Pagefind index at the end of every `astro build` (so `npm run build` and a plain
 * `astro build` both ship search), through Pagefind's Node API: one index per
 * `data-pagefind-lang`, only pages that declare it, written to `<outDir>/pagefind/`.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlForIndex, isRuntimeBundleFile, searchLanguageOf, urlForFile } from '../lib/search-index.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

function pageCounts(files: { path: string; content: Uint8Array }[]): Record<string, number> {
  const entry = files.find((f) => f.path === 'pagefind-entry.json');
  if (!entry) throw new Error('pagefind: the bundle has no pagefind-entry.json');
  const json = JSON.parse(new TextDecoder().decode(entry.content)) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(json.languages).map(([l, v]) => [l, v.page_count]));
}

/** `languages`: every locale's Pagefind code; a locale that ends up with an empty index stops the build. */
export function pagefindSearch(languages: readonly string[]): AstroIntegration {
  let base = '/';
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: could not start the indexer: ${errors.join('; ')}`);
        let counts: Record<string, number> = {};
        try {
          for (const path of htmlFiles(out)) {
            const file = relative(out, path);
            const html = readFileSync(path, 'utf8');
            const language = searchLanguageOf(html);
            if (!language) continue;
            if (!languages.includes(language)) {
              throw new Error(`pagefind: ${file} declares data-pagefind-lang="${language}"; expected one of ${languages.join(', ')}`);
            }
            const r = await index.addHTMLFile({ url: urlForFile(file, base), content: htmlForIndex(html, language) });
            if (r.errors.length) throw new Error(`pagefind: could not index ${file}: ${r.errors.join('; ')}`);
          }
          const files = await index.getFiles();
          if (files.errors.length) throw new Error(`pagefind: ${files.errors.join('; ')}`);
          // Pagefind itself skips pages without data-pagefind-body (home, lists): count what it kept.
          counts = pageCounts(files.files);
          const empty = languages.filter((l) => !counts[l]);
          if (empty.length) throw new Error(`pagefind: no searchable page in ${empty.join(', ')}; expected each locale to have its own index`);
          const target = join(out, 'pagefind');
          rmSync(target, { recursive: true, force: true });
          for (const f of files.files.filter((x) => isRuntimeBundleFile(x.path))) {
            mkdirSync(dirname(join(target, f.path)), { recursive: true });
            writeFileSync(join(target, f.path), f.content);
          }
        } finally {
          await index.deleteIndex();
          await pagefind.close();
        }
        logger.info(`indexed ${Object.entries(counts).map(([l, n]) => `${l}: ${n} pages`).join(', ')}`);
      },
    },
  };
}
