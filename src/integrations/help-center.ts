/**
 * Everything that happens after `astro build` has written the pages, in one place and in this order,
 * over one reader of dist/ (each file walked once, each page read and scanned once):
 *   1. locale-404    <lang>/404/index.html → <lang>/404.html, where static hosts look for it
 *   2. link-check    every internal link and #anchor resolves (else the build stops, naming the file)
 *   3. search-index  one Pagefind index per language, built and released one after another
 *   4. search-words  each language's vocabulary from what Pagefind indexed, for typo tolerance
 *   5. sitemap       sitemap-index.xml from what each page's head says (indexable, canonical, hreflang)
 *   6. markdown-copies  each article's <locale>/<slug>.md from its page, and <locale>/llms-full.txt
 *   7. share-cards   each article's card.png (or the one in the cache)
 *   8. headers       _headers with the one CSP of every page, after the search files it caches
 * Steps 6 and 7 do their work in worker threads from the pass on, beside the pass and Pagefind, and
 * wait for it in their turn. Each step logs one line with its figure and the time it took.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuiltSite } from './built-site.ts';
import { runPipeline } from './pipeline.ts';
import { headers } from './steps/headers.ts';
import { linkCheck } from './steps/link-check.ts';
import { locale404 } from './steps/locale-404.ts';
import { markdownCopies } from './steps/markdown-copies.ts';
import { searchIndex } from './steps/search-index.ts';
import { searchWords } from './steps/search-words.ts';
import { shareCards } from './steps/share-cards.ts';
import { sitemapStep } from './steps/sitemap.ts';

export interface HelpCenterOptions {
  /** Every locale: its URL code, its Pagefind language and whether it is full (a full locale must have its own index). */
  locales: readonly { code: string; searchLang: string; full: boolean }[];
}

export function helpCenter({ locales }: HelpCenterOptions): AstroIntegration {
  const sitemap = sitemapStep();
  let base = '/';
  let cacheDir = '';
  return {
    name: 'help-center',
    hooks: {
      'astro:config:done': (params) => {
        base = params.config.base;
        cacheDir = fileURLToPath(params.config.cacheDir);
        return sitemap.hooks['astro:config:done']?.(params);
      },
      'astro:routes:resolved': (params) => sitemap.hooks['astro:routes:resolved']?.(params),
      'astro:build:done': async ({ dir, pages, logger }) => {
        // Fresh steps for every build: they collect state while the pages go by.
        const steps = [
          locale404(locales.map((l) => l.code)),
          linkCheck(),
          searchIndex(
            locales.map((l) => l.searchLang),
            { required: locales.filter((l) => l.full).map((l) => l.searchLang) },
          ),
          searchWords(),
          sitemap,
          markdownCopies(),
          // BENCH_SKIP_CARDS=1: the bench's baseline build, to measure what the cards cost (og:image then names missing files).
          ...(process.env.BENCH_SKIP_CARDS === '1' ? [] : [shareCards({ cacheDir: join(cacheDir, 'share-cards') })]),
          headers(),
        ];
        await runPipeline(steps, new BuiltSite(fileURLToPath(dir), base), pages, logger);
      },
    },
  };
}
