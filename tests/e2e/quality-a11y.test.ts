import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, serveAxe, WCAG22_AA, type AxeServer } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { pageKind, samplePages } from '../support/site.ts';
import { hydrateIslands } from '../support/islands.ts';

/**
 * axe-core with the WCAG 2.2 AA rule set in the light theme on every page of one locale (Arabic, right
 * to left) and on each kind of page of the others (tests/support/site.ts, samplePages: the other
 * pages of a kind are the same template with other words); in the dark theme the colour rules on
 * the same pages and every rule on one page of each kind per locale. The axe script is one the
 * site's CSP rightly refuses, so these contexts bypass CSP; the crawl checks CSP.
 */

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

/** Rules whose outcome depends on colours: all a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe on the page as it is now (the WCAG tags, or only the colour rules); violations as one line each. */
const runAxe = (page: Page, only: 'all' | 'colour' = 'all') => axeViolations(page, axe.url, only === 'all' ? { tags: WCAG22_AA } : { rules: COLOUR_RULES });

async function audit(page: Page, url: string, only: 'all' | 'colour'): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' });
  await hydrateIslands(page);
  return runAxe(page, only);
}

/** `full`: pages that get every rule; the others get the colour rules only. */
async function auditAll(theme: 'light' | 'dark', paths: string[], full: (path: string) => boolean): Promise<string[]> {
  const context = await themedContext(theme);
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of paths) {
    // The root page sends a reader on to their language; ?choose keeps it in place for the audit.
    const url = `${server.url}${path}${path === '/' ? '?choose' : ''}`;
    for (const v of await audit(page, url, full(path) ? 'all' : 'colour')) problems.push(`${path} [${theme}]: ${v}`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  }
  await context.close();
  return problems;
}

const sample = samplePages();
const paths = sample.visit;
/** One page of every kind in every locale (and the root): the templates, each in each language and direction. */
const representative = new Set(new Map(paths.map((p) => [`${p.split('/')[1]}:${pageKind(p)}`, p])).values());

describe('axe-core, WCAG 2.2 AA: zero violations', () => {
  it(`light theme: ${sample.says}, of ${sample.all.length} pages`, { timeout: 600_000 }, async () => {
    expect(paths.some((p) => p.startsWith('/ar/'))).toBe(true);
    const problems = await auditAll('light', paths, () => true);
    console.log(`axe light: ${paths.length} of ${sample.all.length} pages`);
    expect(problems).toEqual([]);
  });

  // The dark theme changes colour tokens only: the same pages get the colour rules, and one page of each
  // kind in each locale gets the whole rule set (in case a template shows something else in dark).
  it(`dark theme: colour rules on ${sample.says}; every rule on each kind of page in each locale`, { timeout: 600_000 }, async () => {
    const problems = await auditAll('dark', paths, (p) => representative.has(p));
    console.log(`axe dark: ${paths.length} of ${sample.all.length} pages (colour rules), ${representative.size} of them with every rule; kinds: ${[...new Set(paths.map(pageKind))].join(', ')}`);
    expect(problems).toEqual([]);
  });

  it('the search dialog with results, the password checker in use and a recovery outcome, in both themes, English and Arabic', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first();
    for (const theme of ['light', 'dark'] as const) {
      const context = await themedContext(theme);
      const page = await context.newPage();
      for (const lang of ['en', 'ar']) {
        const report = (state: string, found: string[]) => problems.push(...found.map((v) => `${lang} ${state} [${theme}]: ${v}`));

        await page.goto(`${server.url}/${lang}/`);
        await page.locator('[data-search-trigger]').first().click();
        await visible(page, 'dialog[open] input[type="search"]').fill(lang === 'ar' ? 'كلمة' : 'password');
        await visible(page, 'dialog[open] [role="option"]').waitFor({ timeout: 10_000 });
        report('search dialog with results', await runAxe(page));

        await page.goto(`${server.url}/${lang}/tools/password-strength/`);
        await hydrateIslands(page);
        const field = visible(page, 'main input[type="password"], main input[type="text"]');
        await field.fill('correct horse battery staple');
        await page.waitForTimeout(500);
        report('password checker with a password', await runAxe(page));

        await page.goto(`${server.url}/${lang}/recovery/`);
        await hydrateIslands(page);
        let answered = 0;
        for (; answered < 8; answered++) {
          const choice = visible(page, 'main astro-island [data-recovery-answer]');
          if ((await choice.count()) === 0) break;
          await choice.click();
        }
        expect(answered, `${lang}: reached a recovery outcome`).toBeGreaterThan(0);
        report('recovery outcome', await runAxe(page));
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
