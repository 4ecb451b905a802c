#!/usr/bin/env node
/**
 * `npm run feedback:serve`: the feedback service. Environment (README, "Reader feedback"):
 *   FEEDBACK_DB    the SQLite file (created if missing)                 default feedback.db
 *   FEEDBACK_SITE  the built site (dist/), read at start and on SIGHUP   default dist
 *   SITE_URL       the site's origin, as for the build                  default https://mi-account-help.example
 *   BASE_PATH      the site's sub-path, as for the build                default /
 *   PORT, HOST     where it listens                                     default 8787, 127.0.0.1
 *   FEEDBACK_RATE  requests a minute from one address                   default 30
 * Needs Node ≥ 22.13 (node:sqlite); npm scripts run the project's Node 26.
 */
import { resolve } from 'node:path';
import { DEFAULT_RATE } from './contract.ts';
import { feedbackServer } from './server.ts';
import { normalizeBase, readSite, type SiteModel } from './site.ts';
import { openStore } from './store.ts';

const DEFAULT_SITE_URL = 'https://mi-account-help.example';

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a whole number above 0, got "${value}"`);
  return n;
}

function describe(site: SiteModel): string {
  const note = site.hasThanksPages ? '' : ' — built without FEEDBACK_ENDPOINT: it has no widget and no thank-you pages';
  return `${site.pages.size} pages in ${site.locales.size} locales (${[...site.locales].join(', ')}), ${site.outcomes.size} recovery outcomes${note}`;
}

const env = process.env;
const log = (line: string) => console.log(`[feedback] ${line}`);
try {
  const file = resolve(env.FEEDBACK_DB || 'feedback.db');
  const dist = resolve(env.FEEDBACK_SITE || 'dist');
  const siteUrl = env.SITE_URL || DEFAULT_SITE_URL;
  let origin: string;
  try {
    origin = new URL(siteUrl).origin;
  } catch {
    throw new Error(`SITE_URL: expected an absolute URL such as https://help.example.org, got "${siteUrl}"`);
  }
  const base = normalizeBase(env.BASE_PATH);
  const port = positiveInt('PORT', env.PORT, 8787);
  const host = env.HOST || '127.0.0.1';
  const rate = positiveInt('FEEDBACK_RATE', env.FEEDBACK_RATE, DEFAULT_RATE);

  let site = readSite(dist, siteUrl, base);
  const store = openStore(file);
  const app = await feedbackServer({ store, site: () => site, origin, rate, log });

  // After a deploy: `kill -HUP <pid>` (systemctl reload) re-reads the site; a broken build keeps the old one.
  process.on('SIGHUP', () => {
    try {
      site = readSite(dist, siteUrl, base);
      log(`site re-read: ${describe(site)}`);
    } catch (e) {
      log(`site not re-read, the previous one stays: ${(e as Error).message}`);
    }
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port, host });
  log(`listening on http://${host.includes(':') ? `[${host}]` : host}:${port} — database ${file} (${store.count()} rows), site ${dist}: ${describe(site)}; origin ${origin}, ${rate} requests a minute per address`);
} catch (e) {
  console.error(`[feedback] ${(e as Error).message}`);
  process.exit(1);
}
