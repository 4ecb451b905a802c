/** One Chromium and one static server of dist/ per test file, started before and closed after its tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface Site {
  browser: Browser;
  server: StaticServer;
}

export function useSite(options: Parameters<typeof serveDist>[0] | (() => Parameters<typeof serveDist>[0]) = {}): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await serveDist(typeof options === 'function' ? options() : options);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
