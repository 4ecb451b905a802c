#!/usr/bin/env node
/**
 * `npm run headers:nginx`: rewrites docs/nginx.conf from the CSP of the built site (dist/, or
 * DIST_DIR) and src/lib/security/headers.ts. Run it after `npm run build` when the build test
 * "docs/nginx.conf matches the built CSP" fails.
 */
import { writeFileSync } from 'node:fs';
import { builtSitePolicy } from '../src/integrations/built-site.ts';
import { toNginx } from '../src/lib/security/headers.ts';
import { normalizeBase } from '../src/lib/urls.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const base = normalizeBase(process.env.BASE_PATH);
writeFileSync('docs/nginx.conf', toNginx(builtSitePolicy(dist, base), base));
console.log(`docs/nginx.conf written from ${dist}/ (base ${base})`);
