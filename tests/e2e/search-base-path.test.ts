/** Search on a site built under a sub-path (BASE_PATH=/help/): the bundle and every result stay inside it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE, basePathSite } from '../support/base-path-site.ts';
import { launchChromium, openPage } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveDist({ dist: basePathSite().dist, base: BASE });
  browser = await launchChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search under BASE_PATH=/help/', () => {
  it('loads the index from /help/pagefind/ and links results and FAQ answers inside /help/', async () => {
    const { page, requests, errors } = await openPage(browser);
    await page.goto(`${server.url}/ru/reset-password/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog [data-search-input]').fill('сколько длится ограничение');
    await expect.poll(() => page.locator('dialog [data-search-results]').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    const hrefs = await page.locator('dialog [role="option"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/help/ru/faq/#restricted-how-long');
    expect(hrefs.filter((h) => !/^\/help\/ru\/[^/]/.test(h ?? '') || h?.startsWith('/help/help/'))).toEqual([]);
    const bundle = requests.map((u) => new URL(u).pathname).filter((p) => p.includes('pagefind'));
    expect(bundle.length).toBeGreaterThan(0);
    expect(bundle.filter((p) => !p.startsWith('/help/pagefind/'))).toEqual([]);
    // The vocabulary and the synonyms come from inside the base path too.
    const paths = requests.map((u) => new URL(u).pathname);
    expect(paths).toContain('/help/pagefind/words/ru.json');
    expect(paths).toContain('/help/ru/search/synonyms.json');
    await page.locator('dialog [role="option"][href="/help/ru/faq/#restricted-how-long"]').click();
    await page.waitForURL(/\/help\/ru\/faq\/#restricted-how-long$/);
    expect(errors).toEqual([]);
  });
});
