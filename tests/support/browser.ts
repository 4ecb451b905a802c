/** Pages in real Chromium for browser tests (the launcher is shared with the bench: scripts/lib/chromium.ts). */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export { CHROME_FLAGS, CHROMIUM_PATH, launchChromium } from '../../scripts/lib/chromium.ts';

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** A new page that records errors and requests. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}
