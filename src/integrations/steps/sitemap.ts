/**
 * sitemap-index.xml by @astrojs/sitemap, fed with what every page's head says (read by the tag
 * scanner during the pipeline's one pass): only indexable pages canonical to themselves, with their
 * hreflang alternates and lastmod. The integration runs inside this step, so nothing depends on
 * where it sits in astro.config.mjs.
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pathToFileURL } from 'node:url';
import { sitemapOptions, type SeoIndex } from '../../lib/seo/sitemap.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import type { Step } from '../pipeline.ts';

type Hooks = AstroIntegration['hooks'];

/** The step, and the hooks of @astrojs/sitemap that help-center.ts passes on before the build. */
export function sitemapStep(): Step & { hooks: Pick<Hooks, 'astro:config:done' | 'astro:routes:resolved'> } {
  const index: SeoIndex = new Map();
  const options = sitemapOptions(index);
  let site = '';
  let listed = 0;
  const integration = sitemap({
    ...options,
    serialize: (item: SitemapItem) => {
      const out = options.serialize(item);
      if (out) listed++;
      return out;
    },
  });
  return {
    name: 'sitemap',
    scope: 'site',
    hooks: {
      'astro:config:done': (params) => {
        site = params.config.site ?? '';
        return integration.hooks['astro:config:done']?.(params);
      },
      'astro:routes:resolved': (params) => integration.hooks['astro:routes:resolved']?.(params),
    },
    start: () => {
      index.clear();
      listed = 0;
    },
    page: ({ url, facts }) => {
      index.set(absoluteUrl(site, '/', url), facts.seo);
    },
    finish: async ({ site: built, pages, logger }) => {
      if (!site) throw new Error('sitemap: the `site` option is required for canonical URLs and the sitemap');
      // @astrojs/sitemap says "created" itself; the pipeline's line for this step says how many pages it lists.
      const quiet = Object.assign(Object.create(logger) as AstroIntegrationLogger, { info() {} });
      await integration.hooks['astro:build:done']?.({ dir: pathToFileURL(`${built.dir}/`), pages, assets: new Map(), logger: quiet });
      return `listed ${listed} of ${index.size} pages in sitemap-index.xml`;
    },
  };
}
