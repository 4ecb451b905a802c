/**
 * Writes `<outDir>/_headers` (Netlify / Cloudflare Pages) from the CSP Astro put into the pages, so
 * the header and the <meta> never disagree: every page must carry the same policy. Runs after the
 * search index, whose hashed metadata files get the long cache too.
 */
import { headerRules, isPagefindMeta, sitePolicy, toHeadersFile } from '../../lib/security/headers.ts';
import type { Step } from '../pipeline.ts';

export function headers(): Step {
  const policy = sitePolicy();
  let pages = 0;
  return {
    name: 'headers',
    scope: 'site',
    page: ({ file, facts }) => {
      policy.add(file, facts.csp);
      pages++;
    },
    finish: ({ site }) => {
      const hashed = [...site.files].filter(isPagefindMeta).sort();
      const rules = headerRules(policy.result(), site.base, hashed);
      site.write('_headers', toHeadersFile(rules));
      const cache = rules.filter((r) => r.headers.some(([name]) => name === 'Cache-Control')).length;
      const types = rules.filter((r) => r.headers.some(([name]) => name === 'Content-Type')).map((r) => r.path.split('*').pop());
      return `wrote _headers: the CSP of all ${pages} pages, referrer, nosniff, permissions, the type of ${types.join(' and ')} files and ${cache} cache rules`;
    },
  };
}
