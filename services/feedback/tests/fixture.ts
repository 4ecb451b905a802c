/**
 * A tiny built site for the service's tests: a sitemap with three locales' pages, each locale's recovery
 * page with the selector's outcomes, and the thank-you pages; plus a temporary folder per test file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SITE_URL = 'https://help.example';
export const ORIGIN = 'https://help.example';
export const LOCALES = ['ru', 'en', 'ar'] as const;
export const SLUGS = ['reset-password', 'cannot-sign-in', 'recovery'] as const;
export const OUTCOMES = ['code-checks', 'google-lock'] as const;

/** A scratch folder removed by the returned function. */
export function scratch(name: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `feedback-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

/** Writes the site into `dist` for `base` ("/" or "/help/"); `extra` adds page paths (after base) to the sitemap. */
export function writeSite(dist: string, { base = '/', extra = [] as string[], thanks = true } = {}): void {
  const url = (p: string) => `${SITE_URL}${base}${p}`;
  const paths = ['', ...LOCALES.flatMap((l) => [`${l}/`, ...SLUGS.map((s) => `${l}/${s}/`)]), ...extra];
  write(join(dist, 'sitemap-index.xml'), `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${url('sitemap-0.xml')}</loc></sitemap></sitemapindex>`);
  write(join(dist, 'sitemap-0.xml'), `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${url(p)}</loc></url>`).join('')}</urlset>`);
  for (const l of LOCALES) {
    write(join(dist, l, 'recovery', 'index.html'), `<!doctype html><html lang="${l}"><body>${OUTCOMES.map((o) => `<article data-recovery-outcome="${o}"></article>`).join('')}</body></html>`);
    if (thanks) write(join(dist, l, 'feedback', 'thanks', 'index.html'), `<!doctype html><html lang="${l}"><title>thanks</title></html>`);
  }
}
