/**
 * Reads the head of every built HTML page into a `SeoIndex` before @astrojs/sitemap runs
 * (integrations' `astro:build:done` hooks run one after another, in config order),
 * so the sitemap lists exactly the pages that call themselves indexable and canonical.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageSeo, type SeoIndex } from '../lib/sitemap.ts';
import { absoluteUrl } from '../lib/urls.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

/** "ru/faq/index.html" → "/ru/faq/"; "ru/404.html" stays a file. */
export function servedPath(file: string): string {
  const f = file.split(sep).join('/');
  return `/${f.endsWith('index.html') ? f.slice(0, -'index.html'.length) : f}`;
}

export function seoIndex(index: SeoIndex): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'seo-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        if (!site) throw new Error('seo-index: the `site` option is required for canonical URLs and the sitemap');
        const out = fileURLToPath(dir);
        index.clear();
        for (const file of htmlFiles(out)) {
          index.set(absoluteUrl(site, base, servedPath(relative(out, file))), readPageSeo(readFileSync(file, 'utf8')));
        }
      },
    },
  };
}
