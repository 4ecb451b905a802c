/** Site URL and base path come from the environment so one build can serve any host or sub-path. */
import { normalizeBase } from './urls.ts';

export { normalizeBase };
export const DEFAULT_SITE_URL = 'https://mi-account-help.example';

export interface SiteConfig {
  /** Absolute origin (and optional path) of the deployed site, without trailing slash. */
  site: string;
  /** Sub-path the site is served under, always starting and ending with "/". */
  base: string;
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = (env.SITE_URL ?? DEFAULT_SITE_URL).trim().replace(/\/+$/, '');
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL: expected an absolute URL such as https://help.example.org, got "${env.SITE_URL}"`);
  }
  return { site, base: normalizeBase(env.BASE_PATH) };
}

/**
 * FEEDBACK_ENDPOINT: where the reader-feedback widget posts (issue 26), a path on the site's own origin
 * such as "/api/feedback" (or "/help/api/feedback" under a base path); unset or empty: no widget at all.
 */
export function feedbackEndpoint(env: Record<string, string | undefined>): string | undefined {
  const value = env.FEEDBACK_ENDPOINT?.trim();
  if (!value) return undefined;
  if (!/^\/(?![/\\])[^\s?#\\]*$/.test(value)) {
    throw new Error(`FEEDBACK_ENDPOINT: expected a path on the site's own origin such as /api/feedback (no scheme, host, query or spaces), got "${value}"`);
  }
  return value;
}
