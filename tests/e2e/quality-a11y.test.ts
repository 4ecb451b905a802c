import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { launchChromium } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { pageKind, sitePaths } from '../support/site.ts';

/**
 * axe-core with the WCAG 2.2 AA rule set on every page of the site in the light theme, and in the
 * dark theme on every page too (both themes are separate colour palettes). The axe script is injected,
 * which the site's CSP rightly forbids, so these contexts bypass CSP; the crawl checks CSP.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

async function audit(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  )) as AxeResults;
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`),
  );
}

async function auditAll(theme: 'light' | 'dark', paths: string[]): Promise<string[]> {
  const context = await themedContext(theme);
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of paths) {
    // The root page sends a reader on to their language; ?choose keeps it in place for the audit.
    const url = `${server.url}${path}${path === '/' ? '?choose' : ''}`;
    for (const v of await audit(page, url)) problems.push(`${path} [${theme}]: ${v}`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  }
  await context.close();
  return problems;
}

const paths = sitePaths();

describe('axe-core, WCAG 2.2 AA: zero violations', () => {
  it('every page, light theme (including the Arabic right-to-left pages)', { timeout: 600_000 }, async () => {
    expect(paths.some((p) => p.startsWith('/ar/'))).toBe(true);
    const problems = await auditAll('light', paths);
    console.log(`axe light: ${paths.length} pages`);
    expect(problems).toEqual([]);
  });

  it('every page, dark theme (including the Arabic right-to-left pages)', { timeout: 600_000 }, async () => {
    const problems = await auditAll('dark', paths);
    console.log(`axe dark: ${paths.length} pages, kinds: ${[...new Set(paths.map(pageKind))].join(', ')}`);
    expect(problems).toEqual([]);
  });
});
