/** Pages for editors that exist only in `astro dev`: the translation dashboard. A build never sees them. */
import type { AstroIntegration } from 'astro';

export const DEV_DASHBOARD_PATH = '/dev/translations/';

export function devPages(): AstroIntegration {
  return {
    name: 'dev-pages',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: DEV_DASHBOARD_PATH, entrypoint: new URL('../dev/dashboard-route.ts', import.meta.url), prerender: false });
      },
    },
  };
}
