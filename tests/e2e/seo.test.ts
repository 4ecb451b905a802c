/** Structured data as a real site.browser sees it: parsed by Chromium's HTML parser, and never blocked by the CSP. */
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';

const site = useSite();

describe('JSON-LD in Chromium', () => {
  for (const [url, types] of [
    ['/en/reset-password/', ['TechArticle', 'BreadcrumbList']],
    ['/ar/reset-password/', ['TechArticle', 'BreadcrumbList']],
    ['/ru/faq/', ['FAQPage', 'BreadcrumbList']],
    ['/es/', ['WebSite']],
    ['/es/category/sign-in/', ['BreadcrumbList']],
  ] as const) {
    it(`${url}: every block parses in the page, and the content security policy reports no violation`, async () => {
      const { page, errors } = await openPage(site.browser);
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
      });
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
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
