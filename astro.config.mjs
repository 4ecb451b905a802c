// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { articleMdx } from './src/integrations/mdx-errors.ts';
import { EMPTY_MDX_COMPONENTS, MDX_COMPONENT_NAMES } from './src/components/mdx/names.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { inlineScriptHashes } from './src/lib/csp.ts';
import { helpCenter } from './src/integrations/help-center.ts';
import { devPages } from './src/integrations/dev-pages.ts';
import { LOCALES } from './src/i18n/locales.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES } from './src/lib/security-headers.ts';

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Scripts and styles ship as files, not inline: the CSP then only hashes Astro's island loader and
  // the theme script, so it stays the same from build to build (and in docs/nginx.conf).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // articleMdx: MDX, with mistakes in an article's text reported as one line each (src/integrations/mdx-errors.ts).
  // devPages: the translation dashboard at /dev/translations/, in `astro dev` only (src/integrations/dev-pages.ts).
  // helpCenter: everything after the build, one pipeline in a stated order (src/integrations/help-center.ts).
  integrations: [articleMdx({ names: MDX_COMPONENT_NAMES, empty: EMPTY_MDX_COMPONENTS }), preact(), devPages(), helpCenter({ locales: LOCALES })],
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
