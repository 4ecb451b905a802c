/**
 * What the axe audits of the built site share (tests/e2e/quality-a11y*.test.ts, split in two files so
 * the light and dark crawls run side by side): the site, the axe script and Chromium for the calling
 * file, a context pinned to a theme, and an audit over a list of pages. The pages are
 * tests/support/site.ts's sample: every page of one locale (Arabic, right to left) and each kind of
 * page of the others. The axe script is one the site's CSP rightly refuses, so these contexts bypass
 * CSP; the crawl checks CSP.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, serveAxe, WCAG22_AA, type AxeServer } from './axe.ts';
import { launchChromium } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';
import { pageKind, samplePages } from './site.ts';
import { hydrateIslands } from './islands.ts';

/** Rules whose outcome depends on colours: all a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export const sample = samplePages();
/** One page of every kind in every locale (and the root): the templates, each in each language and direction. */
export const representative = new Set(new Map(sample.visit.map((p) => [`${p.split('/')[1]}:${pageKind(p)}`, p])).values());

/** Registers the calling file's hooks: the built site, the axe script and a browser, for its tests. */
export function axeSite() {
  let browser: Browser;
  let server: StaticServer;
  let axe: AxeServer;
  beforeAll(async () => {
    server = await serveDist();
    axe = await serveAxe();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await axe?.close();
  });

  async function themedContext(theme: 'light' | 'dark'): Promise<BrowserContext> {
    const context = await browser.newContext({ bypassCSP: true, colorScheme: theme, viewport: { width: 1280, height: 900 } });
    // An explicit choice wins over the system setting in the theme script; pin it to the theme under test.
    await context.addInitScript((t) => {
      try {
        localStorage.setItem('theme', t);
      } catch {
        /* ignore */
      }
    }, theme);
    return context;
  }

  /** axe on the page as it is now (the WCAG tags, or only the colour rules); violations as one line each. */
  const runAxe = (page: Page, only: 'all' | 'colour' = 'all') => axeViolations(page, axe.url, only === 'all' ? { tags: WCAG22_AA } : { rules: COLOUR_RULES });

  /** `full`: pages that get every rule; the others get the colour rules only. */
  async function auditAll(theme: 'light' | 'dark', paths: string[], full: (path: string) => boolean): Promise<string[]> {
    const context = await themedContext(theme);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      // The root page sends a reader on to their language; ?choose keeps it in place for the audit.
      await page.goto(`${server.url}${path}${path === '/' ? '?choose' : ''}`, { waitUntil: 'load' });
      await hydrateIslands(page);
      for (const v of await runAxe(page, full(path) ? 'all' : 'colour')) problems.push(`${path} [${theme}]: ${v}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    }
    await context.close();
    return problems;
  }

  return { themedContext, runAxe, auditAll, url: () => server.url };
}
