/** Static hosts look for `<dir>/404.html`; Astro writes `[lang]/404` as `<lang>/404/index.html`. Move it. */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export function locale404(locales: readonly string[]): AstroIntegration {
  return {
    name: 'locale-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of locales) {
          const from = join(out, lang, '404', 'index.html');
          if (!existsSync(from)) throw new Error(`locale-404: expected ${from} to have been built`);
          renameSync(from, join(out, lang, '404.html'));
          rmdirSync(join(out, lang, '404'));
        }
      },
    },
  };
}
