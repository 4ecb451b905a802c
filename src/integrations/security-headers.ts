/**
 * Writes `<outDir>/_headers` (Netlify / Cloudflare Pages) after the build, from the CSP Astro put into
 * the pages, so the header and the <meta> never disagree. Every page must carry the same policy.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules, isPagefindMeta, metaCspOf, toHeadersFile } from '../lib/security-headers.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const htmlFiles = (dir: string) => files(dir).filter((p) => p.endsWith('.html'));

/** The one policy every built page carries; a page without it, or with another, stops the build. */
export function sitePolicy(out: string): string {
  let policy: string | undefined;
  let first = '';
  for (const path of htmlFiles(out).sort()) {
    const file = relative(out, path);
    const csp = metaCspOf(readFileSync(path, 'utf8'));
    if (!csp) throw new Error(`security-headers: ${file} has no <meta http-equiv="content-security-policy">; expected every page to carry the site's CSP`);
    if (policy === undefined) {
      policy = csp;
      first = file;
    } else if (csp !== policy) {
      throw new Error(`security-headers: ${file} has a different CSP from ${first}; expected one policy for the whole site so _headers can match it`);
    }
  }
  if (policy === undefined) throw new Error('security-headers: no HTML page was built');
  return policy;
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashed = files(out)
          .map((p) => relative(out, p).split(sep).join('/'))
          .filter(isPagefindMeta)
          .sort();
        writeFileSync(join(out, '_headers'), toHeadersFile(headerRules(sitePolicy(out), base, hashed)));
        logger.info('wrote _headers (CSP, referrer, nosniff, permissions, caching)');
      },
    },
  };
}
