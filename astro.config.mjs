// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/lib/site-config.ts';
import { inlineScriptHashes } from './src/lib/csp.ts';
import { locale404 } from './src/integrations/locale-404.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { LOCALE_CODES } from './src/i18n/locales.ts';

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), locale404(LOCALE_CODES), linkCheck()],
  markdown: { syntaxHighlight: false },
  prerenderConflictBehavior: 'error',
  vite: { plugins: [tailwindcss()] },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(),
      },
    },
  },
});
