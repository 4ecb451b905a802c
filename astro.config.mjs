// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/lib/site-config.ts';
import { inlineScriptHashes } from './src/lib/csp.ts';
import { locale404 } from './src/integrations/locale-404.ts';
import sitemap from '@astrojs/sitemap';
import { seoIndex } from './src/integrations/seo-index.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { LOCALE_CODES, LOCALES } from './src/i18n/locales.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES } from './src/lib/security-headers.ts';

const { site, base } = siteConfig(process.env);
/** Filled from the built pages' heads by seo-index, then read by the sitemap (listed right after it). */
const seoPages = new Map();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Scripts and styles ship as files, not inline: the CSP then only hashes Astro's island loader and
  // the theme script, so it stays the same from build to build (and in docs/nginx.conf).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), preact(), locale404(LOCALE_CODES), linkCheck(), pagefindSearch(LOCALES.map((l) => l.searchLang)), securityHeaders(), seoIndex(seoPages), sitemap(sitemapOptions(seoPages))],
  markdown: { syntaxHighlight: false },
  prerenderConflictBehavior: 'error',
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
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
