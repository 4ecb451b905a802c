import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { builtPages } from '../support/dist.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { pageKind, samplePages, sitePaths } from '../support/site.ts';

/** JavaScript switched off: the site still reads, navigates and answers (islands and search only enhance). */
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const paths = sitePaths();
const localized = paths.filter((p) => (LOCALE_CODES as readonly string[]).includes(p.split('/')[1] ?? ''));
const locales = [...new Set(localized.map((p) => p.split('/')[1]!))];
/** One page of every kind in a left-to-right and the right-to-left locale, and an article in every locale. */
const representative = [...new Map(localized.map((p) => [`${p.split('/')[1]}:${pageKind(p)}`, p])).values()].filter(
  (p) => /^\/(en|ar)\//.test(p) || pageKind(p) === 'article',
);

async function open(path: string) {
  // A #hash on the page already open would only scroll: start from a fresh document.
  if (path.includes('#')) await page.goto('about:blank');
  const r = await page.goto(`${server.url}${path}`);
  expect(r?.status(), path).toBe(200);
}

describe('without JavaScript', () => {
  const sample = samplePages();
  it(`${sample.says} show their heading and main content, and every island has server-rendered content`, { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    for (const path of sample.visit) {
      await open(path);
      const r = await page.evaluate(() => {
        const main = document.querySelector('main');
        const h1 = document.querySelector('h1');
        const visible = (el: Element | null) => !!el && (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0;
        return {
          main: visible(main),
          h1: visible(h1) ? (h1?.textContent ?? '').trim() : '',
          text: (main as HTMLElement | null)?.innerText.trim().length ?? 0,
          emptyIslands: [...document.querySelectorAll('astro-island')].filter((i) => !(i as HTMLElement).innerText.trim()).map((i) => i.getAttribute('component-url') ?? 'island'),
        };
      });
      if (!r.main) problems.push(`${path}: no visible <main>`);
      if (!r.h1) problems.push(`${path}: no visible h1`);
      if (r.text < 40) problems.push(`${path}: main shows only ${r.text} characters`);
      for (const i of r.emptyIslands) problems.push(`${path}: island ${i} renders nothing without JavaScript`);
    }
    console.log(`no-JS: ${sample.visit.length} of ${sample.all.length} pages`);
    expect(problems).toEqual([]);
  });

  // The pages not opened above are the same templates with other words: their HTML is read instead.
  it('every page as built has a heading, main content and server-rendered content in every island', () => {
    const problems: string[] = [];
    for (const p of builtPages()) {
      const main = p.doc.querySelector('main');
      if (!main) problems.push(`${p.url}: no <main>`);
      if (!p.doc.querySelector('h1')?.text.trim()) problems.push(`${p.url}: no h1 text`);
      if (main && main.text.trim().length < 40) problems.push(`${p.url}: main has only ${main.text.trim().length} characters`);
      for (const i of p.doc.querySelectorAll('astro-island')) if (!i.text.trim()) problems.push(`${p.url}: island ${i.getAttribute('component-url') ?? 'island'} has no server-rendered content`);
    }
    expect(problems).toEqual([]);
  });

  it('the language switcher opens and leads to the same page in each other language', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    for (const path of representative) {
      await open(path);
      const summary = page.locator('.lang-switcher summary').first();
      if (!(await summary.isVisible())) {
        problems.push(`${path}: no visible language switcher`);
        continue;
      }
      await summary.focus();
      await page.keyboard.press('Enter');
      const links = page.locator('.lang-switcher a[hreflang]');
      const targets = await links.evaluateAll((as) =>
        as.filter((a) => a.getAttribute('aria-current') !== 'true' && (a as HTMLElement).offsetParent !== null).map((a) => ({ href: a.getAttribute('href')!, lang: a.getAttribute('hreflang')! })),
      );
      if (targets.length < locales.length - 1) problems.push(`${path}: switcher shows ${targets.length} other languages, expected ${locales.length - 1}`);
      // Where the page has a real translation (an hreflang alternate), the switcher leads to it.
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) =>
        Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname])),
      );
      for (const t of targets) {
        if (alternates[t.lang] && alternates[t.lang] !== t.href) problems.push(`${path}: switcher sends ${t.lang} readers to ${t.href}, the translation is ${alternates[t.lang]}`);
      }
      // Follow one of them by clicking, as a reader would.
      const target = targets.find((t) => t.lang.startsWith('ar')) ?? targets[0];
      if (!target) continue;
      await page.locator(`.lang-switcher a[href="${target.href}"]`).first().click();
      await page.waitForLoadState('load');
      const landed = await page.evaluate(() => ({ path: location.pathname, lang: document.documentElement.lang, h1: !!document.querySelector('h1') }));
      if (landed.path !== target.href) problems.push(`${path}: clicking ${target.lang} went to ${landed.path}`);
      if (!landed.lang.startsWith(target.lang.split('-')[0]!)) problems.push(`${path}: ${target.href} has lang="${landed.lang}"`);
      if (!landed.h1) problems.push(`${path}: ${target.href} shows no heading`);
    }
    expect(representative.length).toBeGreaterThan(locales.length);
    expect(problems).toEqual([]);
  });

  it('the FAQ shows every question with its answer, and a link to one question lands on it', async () => {
    for (const lang of locales) {
      await open(`/${lang}/faq/`);
      const entries = await page.locator('[data-faq]').evaluateAll((els) =>
        els.map((el) => ({ id: el.id, visible: (el as HTMLElement).offsetParent !== null, q: el.querySelector('h2, h3')?.textContent?.trim() ?? '', text: (el as HTMLElement).innerText.trim().length })),
      );
      expect(entries.length, lang).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.visible && e.q.length > 0 && e.text > e.q.length + 20, `${lang} ${e.id}: question and answer visible`).toBe(true);
      }
      const last = entries.at(-1)!;
      await open(`/${lang}/faq/#${last.id}`);
      const box = await page.locator(`[id="${last.id}"]`).evaluate((el) => ({ top: el.getBoundingClientRect().top, scrolled: window.scrollY, height: innerHeight }));
      expect(box.scrolled, `${lang} #${last.id}: the page scrolled to the question`).toBeGreaterThan(0);
      expect(box.top, `${lang} #${last.id} in view`).toBeGreaterThanOrEqual(-1);
      expect(box.top).toBeLessThan(box.height - 100);
    }
  });

  it('the recovery page offers every path as plain links that lead to help', async () => {
    for (const lang of locales) {
      await open(`/${lang}/recovery/`);
      // Expand every disclosure a reader could open, then collect what they can follow.
      for (let opened = 0; opened < 100; opened++) {
        const closed = page.locator('main details:not([open]) > summary:visible').first();
        if ((await closed.count()) === 0) break;
        await closed.click();
      }
      const links = await page.locator('main a[href]').evaluateAll((as) =>
        as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      const articles = [...new Set(links.filter((h) => h.startsWith(`/${lang}/`) && pageKind(h) === 'article'))];
      expect(articles.length, `${lang}: article links on the recovery page without JavaScript`).toBeGreaterThan(2);
      for (const href of articles) {
        const r = await fetch(`${server.url}${href}`);
        expect(r.status, href).toBe(200);
      }
      // Walk it as a reader would: an answer link jumps to its outcome, whose steps link to an article.
      const candidates = await page.locator('main a[href^="#"]').evaluateAll((as) =>
        as.flatMap((a) => {
          const target = document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)));
          if (!target || (a as HTMLElement).offsetParent === null) return [];
          return [...target.querySelectorAll('a[href]')]
            .filter((x) => (x as HTMLElement).offsetParent !== null)
            .map((x) => ({ hash: a.getAttribute('href')!, href: x.getAttribute('href')!, path: new URL((x as HTMLAnchorElement).href).pathname }));
        }),
      );
      const found = candidates.find((c) => c.path.startsWith(`/${lang}/`) && pageKind(c.path) === 'article');
      const jump = found ? { hash: found.hash, article: found.path, href: found.href } : null;
      expect(jump, `${lang}: an in-page answer link leads to an outcome with an article link`).not.toBeNull();
      await page.locator(`main a[href="${jump!.hash}"]`).first().click();
      const top = await page.locator(`[id="${decodeURIComponent(jump!.hash.slice(1))}"]`).evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top), `${lang}: ${jump!.hash} scrolled into view`).toBeLessThan(200);
      await page.locator(`[id="${decodeURIComponent(jump!.hash.slice(1))}"] a[href="${jump!.href}"]`).first().click();
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => location.pathname)).toBe(jump!.article);
      expect(await page.locator('h1').isVisible()).toBe(true);
    }
  });
});
