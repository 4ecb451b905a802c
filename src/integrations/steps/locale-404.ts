/** Static hosts look for `<dir>/404.html`; Astro writes `[lang]/404` as `<lang>/404/index.html`. Move it. */
import type { Step } from '../pipeline.ts';

export function locale404(locales: readonly string[]): Step {
  return {
    name: 'locale-404',
    scope: 'locale',
    start: ({ site }) => {
      for (const lang of locales) {
        const from = `${lang}/404/index.html`;
        if (!site.files.has(from)) throw new Error(`locale-404: expected ${from} to have been built`);
        site.move(from, `${lang}/404.html`);
      }
    },
    finish: () => `moved ${locales.length} locale 404 pages to <locale>/404.html`,
  };
}
