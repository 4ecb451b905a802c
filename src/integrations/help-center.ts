/**
 * Everything that happens after `astro build` has written the pages, in one place and in this order,
 * over one reader of dist/ (each file walked once, each page read and scanned once):
 *   1. locale-404    <lang>/404/index.html → <lang>/404.html, where static hosts look for it
 *   2. link-check    every internal link and #anchor resolves (else the build stops, naming the file)
 *   3. search-index  one Pagefind index per language, built and released one after another
 *   4. search-words  each language's vocabulary from what Pagefind indexed, for typo tolerance
 *   5. search-dialog <lang>/search/dialog.json: the search dialog's markup from the search page
 *   6. sitemap       sitemap-index.xml from what each page's head says (indexable, canonical, hreflang)
 *   7. markdown-copies  each article's <locale>/<slug>.md from its page, and <locale>/llms-full.txt
 *   8. share-cards   each article's card.png (or the one in the cache)
 *   9. headers       _headers with the one CSP of every page, after the search files it caches
 * Steps 7 and 8 do their work in worker threads from the pass on, beside the pass and Pagefind, and
 * wait for it in their turn. Each step logs one line with its figure and the time it took.
 *
 * Each step's scope says where it runs when the site is built as one job per language (issue 24,
 * src/lib/build/scope.ts): a shard (`npm run build -- --locale <code> --out <folder>`) keeps its locale
 * folders and runs the per-locale steps (1, 3, 4, 5, 7, 8) on them; the merge (`npm run build:merge`)
 * builds the pages outside the locale folders, copies the shards in (src/integrations/shards.ts) and
 * runs the site-wide steps (2, 6, 9) over the whole. A single build runs all of them, in this order.
 *
 * Before the build, the last build's output is moved into the cache folder and removed there while
 * Astro bundles (src/integrations/out-dir.ts), instead of Astro's emptying it first.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScope } from '../lib/build/scope.ts';
import { BuiltSite } from './built-site.ts';
import { clearOutDir } from './out-dir.ts';
import { runPipeline, type Step } from './pipeline.ts';
import { checkShardAddresses, joinShards, trimToShard } from './shards.ts';
import { headers } from './steps/headers.ts';
import { linkCheck } from './steps/link-check.ts';
import { locale404 } from './steps/locale-404.ts';
import { markdownCopies } from './steps/markdown-copies.ts';
import { searchDialog } from './steps/search-dialog.ts';
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
  let site = '';
  let cacheDir = '';
  let outDir = '';
  let clearing: Promise<void> = Promise.resolve();
  return {
    name: 'help-center',
    hooks: {
      // The output folder is emptied here, not by Astro (src/integrations/out-dir.ts).
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': (params) => {
        base = params.config.base;
        site = params.config.site ?? '';
        cacheDir = fileURLToPath(params.config.cacheDir);
        outDir = fileURLToPath(params.config.outDir);
        return sitemap.hooks['astro:config:done']?.(params);
      },
      'astro:build:start': () => {
        clearing = clearOutDir(outDir, cacheDir);
      },
      'astro:routes:resolved': (params) => sitemap.hooks['astro:routes:resolved']?.(params),
      'astro:build:done': async ({ dir, pages, logger }) => {
        // Long done by now; a failure only leaves old files in the cache folder, removed next time.
        await clearing.catch((e: unknown) => logger.warn(`could not remove the last build's output from ${cacheDir}: ${String(e)}`));
        const out = fileURLToPath(dir);
        const scope = buildScope(process.env, locales.map((l) => l.code));
        // The locales whose pages this build holds: a shard's, or every one.
        const own = scope.kind === 'shard' ? locales.filter((l) => scope.locales.includes(l.code)) : locales;
        // Fresh steps for every build: they collect state while the pages go by.
        const steps: Step[] = [
          locale404(own.map((l) => l.code)),
          linkCheck(),
          searchIndex(
            locales.map((l) => l.searchLang),
            { required: own.filter((l) => l.full).map((l) => l.searchLang), cacheDir },
          ),
          searchWords({ optional: !own.some((l) => l.full) }),
          searchDialog(),
          sitemap,
          markdownCopies(),
          // BENCH_SKIP_CARDS=1: the bench's baseline build, to measure what the cards cost (og:image then names missing files).
          ...(process.env.BENCH_SKIP_CARDS === '1' ? [] : [shareCards({ cacheDir: join(cacheDir, 'share-cards') })]),
          headers(),
        ];
        if (scope.kind === 'site') return runPipeline(steps, new BuiltSite(out, base), pages, logger);
        if (scope.kind === 'shard') {
          const left = trimToShard(out, scope.locales);
          logger.info(`shard ${scope.locales.join(', ')}: kept _astro/ and ${scope.locales.map((l) => `${l}/`).join(', ')}; ${left} files outside them are the merge's`);
          return runPipeline(steps.filter((s) => s.scope === 'locale'), new BuiltSite(out, base), pages, logger);
        }
        const joined = joinShards(out, scope.shards, locales.map((l) => l.code));
        checkShardAddresses(out, site, base, locales.map((l) => l.code));
        logger.info(`merged ${scope.shards.length} shards: ${joined.files} files copied, ${joined.shared} held by more than one build with the same bytes`);
        const joinedSite = new BuiltSite(out, base);
        // Every page of the joined site, as Astro names the pages it built (the sitemap lists from these).
        const all = [...joinedSite.files].filter((f) => f.endsWith('.html')).sort().map((f) => ({ pathname: f.replace(/(^|\/)index\.html$/, '$1') }));
        return runPipeline(steps.filter((s) => s.scope === 'site'), joinedSite, all, logger);
      },
    },
  };
}
