// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { articleMdx } from './src/integrations/mdx-errors.ts';
import { EMPTY_MDX_COMPONENTS, MDX_COMPONENT_NAMES } from './src/components/mdx/names.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { inlineScriptHashes } from './src/lib/security/csp.ts';
import { helpCenter } from './src/integrations/help-center.ts';
import { devPages } from './src/integrations/dev-pages.ts';
import { LOCALES } from './src/i18n/locales.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES } from './src/lib/security/headers.ts';

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The content cache (data store) stays with this project folder: fixture copies and clones that share
  // node_modules would otherwise read each other's content (the default is node_modules/.astro).
  cacheDir: './.astro/cache',
  output: 'static',
  // Scripts and styles ship as files, not inline: the CSP then only hashes Astro's island loader and
  // the theme script, so it stays the same from build to build (and in docs/nginx.conf).
  // concurrency: pages are rendered four at a time, so one page's file write overlaps the next one's
  // rendering (one at a time, a quarter of the rendering phase was spent waiting for the disk). Measured
  // again with incremental builds at 1,000 articles a locale: rendering 39 s at 4 against 71 s at 1,
  // restoring cached pages 17 s against 23 s (bench/results-incremental.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // articleMdx: MDX, with mistakes in an article's text reported as one line each (src/integrations/mdx-errors.ts).
  // devPages: the translation dashboard at /dev/translations/, in `astro dev` only (src/integrations/dev-pages.ts).
  // helpCenter: everything after the build, one pipeline in a stated order (src/integrations/help-center.ts).
  // preact: Babel only for the islands (.tsx). By default it runs on every .ts/.js module of the project,
  // Astro's generated list of article modules included (.astro/content-modules.mjs: 0.7 MB at 1,000
  // articles a locale), which cost seconds of every build and changes no output.
  integrations: [articleMdx({ names: MDX_COMPONENT_NAMES, empty: EMPTY_MDX_COMPONENTS }), preact({ include: [/\.tsx$/] }), devPages(), helpCenter({ locales: LOCALES })],
  markdown: { syntaxHighlight: false },
  prerenderConflictBehavior: 'error',
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every article module with its own "use astro:head-inject" directive and reads it
        // itself; Rolldown's warning about it (one per article, with a code frame) says nothing an editor
        // or developer can act on. Every other message is passed on.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    environments: {
      // Pages are rendered from a server bundle in which each article would be a chunk of its own
      // (thousands of files for Vite to finish, write and then load one by one): articles are put
      // together in chunks of about 4 MB instead. The pages are the same; the client bundle is untouched.
      prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'articles', test: /[\\/]content[\\/]articles[\\/]/, maxSize: 4_000_000 }] } } } } },
    },
  },
  // Incremental build: a page whose `cacheKey` (src/data/cache-keys.ts) and module graph are what they
  // were in the last build is copied from .astro/cache/ instead of rendered (docs/architecture.md).
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: {
        resources: [...SCRIPT_RESOURCES],
        hashes: inlineScriptHashes(),
      },
    },
  },
});
