/**
 * A new partial locale's search (tests/support/partial-locale-site.ts: German, one LOCALES entry, no
 * German pages): it looks in its fallback languages' indexes, so it finds the English articles, and
 * opens them at the German address, where they show with the fallback notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage } from '../support/browser.ts';
import { partialLocaleSite } from '../support/partial-locale-site.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const r = partialLocaleSite();
  if (!r.ok) throw new Error(`the partial-locale fixture did not build:\n${r.output.slice(-2000)}`);
  server = await serveDist({ dist: r.dist });
  browser = await launchChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A first query also loads Pagefind, the index, the vocabulary and the synonyms: allow a busy machine some seconds. */
const FIRST_QUERY = { timeout: 15_000 };
const options = (page: Page, scope: string) => page.locator(`${scope} [data-search-results] [role="option"]`);
const hrefs = (page: Page, scope: string) => options(page, scope).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));

describe('search in a partial locale with no pages of its own (German)', () => {
  it('the search page finds the English articles and lists them at their German address', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/de/search/?q=${encodeURIComponent('reset password')}`);
    await expect.poll(() => options(page, '[data-search-page]').count(), FIRST_QUERY).toBeGreaterThan(0);
    const found = await hrefs(page, '[data-search-page]');
    expect(found.every((h) => h.startsWith('/de/')), found.join(' ')).toBe(true);
    expect(found).toContain('/de/reset-password/');
    // Each page once (only the pages German shows carry its filter).
    const pages = found.map((h) => h.split('#')[0]);
    expect(pages.filter((p, i) => pages.indexOf(p) !== i && !found[i]!.includes('#'))).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(errors).toEqual([]);
  });

  it('a result opens the German page of the English article, with the fallback notice', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/de/search/?q=${encodeURIComponent('verification code')}`);
    await expect.poll(() => options(page, '[data-search-page]').count(), FIRST_QUERY).toBeGreaterThan(0);
    await options(page, '[data-search-page]').first().click();
    await page.waitForURL(/\/de\/[a-z-]+\//);
    expect(await page.locator('[data-fallback-notice]').textContent()).toMatch(/not yet translated into German/);
    expect(await page.locator('[data-article-content]').getAttribute('lang')).toBe('en');
  });

  it('the search dialog of a German page finds them too', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/de/faq/`);
    await page.locator('[data-search-trigger]').click();
    const dialog = 'dialog[data-search-dialog]';
    await page.locator(`${dialog} [data-search-input]`).fill('strong password');
    await expect.poll(() => options(page, dialog).count(), FIRST_QUERY).toBeGreaterThan(0);
    expect(await hrefs(page, dialog)).toContain('/de/strong-password/');
    expect(errors).toEqual([]);
  });

  it('a full locale still searches its own index only', async () => {
    const { page, requests } = await openPage(browser);
    await page.goto(`${server.url}/es/search/?q=${encodeURIComponent('contraseña')}`);
    await expect.poll(() => options(page, '[data-search-page]').count(), FIRST_QUERY).toBeGreaterThan(0);
    expect((await hrefs(page, '[data-search-page]')).every((h) => h.startsWith('/es/'))).toBe(true);
    expect(requests.filter((u) => /\/pagefind\/words\/(en|ru)\.json/.test(u))).toEqual([]);
  });
});
