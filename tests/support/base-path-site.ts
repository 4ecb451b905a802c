/**
 * The site built for a sub-path (BASE_PATH=/help/, SITE_URL=https://example.org): one build, shared by
 * the build tests (links, canonical URLs, sitemap, feeds), the browser test of search and the nginx
 * test (tests/support/shared-build.ts). The project as it is, in a copy so a build in the project
 * folder at the same time cannot disturb it.
 */
import type { FixtureBuild } from './fixture.ts';
import { sharedBuild } from './shared-build.ts';

export const BASE = '/help/';
export const BASE_SITE_URL = 'https://example.org';

export function basePathSite(): FixtureBuild {
  const r = sharedBuild({ name: 'base-path-site', env: { BASE_PATH: BASE, SITE_URL: BASE_SITE_URL } });
  if (!r.ok) throw new Error(`the BASE_PATH=${BASE} build failed:\n${r.output.slice(-3000)}`);
  return r;
}
