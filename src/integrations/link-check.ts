/** After the build: every internal link and #anchor of every page must resolve, or the build fails naming the file. */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrokenLinksError, checkSite, fileUrl } from '../lib/links.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = walk(out).map((p) => relative(out, p).split(sep).join('/'));
        const root = base.endsWith('/') ? base : `${base}/`;
        const served = new Set(files.map((f) => root + f));
        const pages = files
          .filter((f) => f.endsWith('.html'))
          .map((f) => ({ url: fileUrl(base, f), read: () => readFileSync(join(out, f), 'utf8') }));
        const { problems, links } = checkSite(served, pages, base);
        if (problems.length) throw new BrokenLinksError(problems);
        logger.info(`${links} links on ${pages.length} pages checked: none broken`);
      },
    },
  };
}
