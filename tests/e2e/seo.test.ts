/** Structured data as a real browser sees it: parsed by Chromium's HTML parser, and never blocked by the CSP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('JSON-LD in Chromium', () => {
  for (const [url, types] of [
    ['/en/reset-password/', ['TechArticle', 'BreadcrumbList']],
    ['/ar/reset-password/', ['TechArticle', 'BreadcrumbList']],
    ['/ru/faq/', ['FAQPage', 'BreadcrumbList']],
    ['/es/', ['WebSite']],
    ['/es/category/sign-in/', ['BreadcrumbList']],
  ] as const) {
    it(`${url}: every block parses in the page, and the content security policy reports no violation`, async () => {
      const { page, errors } = await openPage(browser);
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
      });
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent ?? '') as { '@type': string })['@type']),
      );
      expect(found).toEqual(types);
      // The CSP is a <meta>; violations are reported asynchronously.
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
