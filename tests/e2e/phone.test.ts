/**
 * Phone first: a reader on a 390×844 screen sees the start of the answer without scrolling, reaches
 * everything from a menu that works with or without JavaScript, and can hit every target.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { builtPages } from '../support/dist.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

const site = useSite();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const articleUrls = builtPages()
  .filter((p) => p.doc.querySelector('[data-article-content]'))
  .map((p) => p.url)
  .sort();

/** Header height, top of the article's first content block (not the table of contents), page width. */
const firstScreen = (page: Page) =>
  page.evaluate(() => {
    const first = [...document.querySelectorAll('[data-article-content] > *')].find((el) => !el.matches('.toc') && el.getBoundingClientRect().height > 0);
    return {
      header: document.querySelector('header[role="banner"]')!.getBoundingClientRect().height,
      first: first ? first.getBoundingClientRect().top : Infinity,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });

describe('on a 390×844 phone', () => {
  /** The fallback-site fixture (tests/support/fallback-site.ts): the real site has no fallback page. */
  let fixture: StaticServer;
  beforeAll(async () => {
    const r = fallbackSite();
    if (!r.ok) throw new Error(`the fallback-site fixture did not build:\n${r.output.slice(-2000)}`);
    fixture = await serveDist({ dist: r.dist });
  }, 900_000);
  afterAll(() => fixture?.close());

  it(`every article (${articleUrls.length}) and a fallback page show a header of at most 64 px, the answer in the top 60% of the screen, and no sideways scroll`, async () => {
    expect(articleUrls.length).toBeGreaterThanOrEqual(60);
    const { page } = await openPage(site.browser, PHONE);
    const problems: string[] = [];
    const pages: { origin: string; url: string; label?: string }[] = [
      ...articleUrls.map((url) => ({ origin: site.server.url, url })),
      { origin: fixture.url, url: FALLBACK.url, label: `${FALLBACK.url} (fixture)` },
    ];
    for (const { origin, url: path, label } of pages) {
      const url = label ?? path;
      await page.goto(`${origin}${path}`);
      if (label) expect(await page.locator('[data-fallback-notice]').count(), `${url} is a fallback page`).toBe(1);
      const m = await firstScreen(page);
      if (m.header > 64) problems.push(`${url}: header ${m.header} px`);
      if (m.first > 844 * 0.6) problems.push(`${url}: first block starts at ${Math.round(m.first)} px`);
      if (m.scrollWidth > 390) problems.push(`${url}: page is ${m.scrollWidth} px wide`);
    }
    expect(problems).toEqual([]);
  });

  it('the table of contents comes after the first block of the answer, collapsed', async () => {
    const { page } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}/ru/reset-password/`);
    const order = await page.evaluate(() => {
      const kids = [...document.querySelectorAll('[data-article-content] > *')];
      const toc = kids.findIndex((el) => el.matches('details.toc'));
      return { toc, open: (kids[toc] as HTMLDetailsElement | undefined)?.open, firstTag: kids[0]?.tagName };
    });
    expect(order).toEqual({ toc: 1, open: false, firstTag: 'P' });
  });

  it('breadcrumbs show only the way up, and the full trail on a wide screen', async () => {
    const phone = await openPage(site.browser, PHONE);
    await phone.page.goto(`${site.server.url}/ru/reset-password/`);
    const crumbs = phone.page.locator('[data-breadcrumbs]');
    expect((await crumbs.innerText()).replace(/\s+/g, ' ').trim()).toBe('‹ Не получается войти');
    expect(await crumbs.locator('[data-breadcrumbs-up] a').getAttribute('href')).toBe('/ru/category/sign-in/');
    const desk = await openPage(site.browser, DESKTOP);
    await desk.page.goto(`${site.server.url}/ru/reset-password/`);
    expect((await desk.page.locator('[data-breadcrumbs]').innerText()).replace(/\s+/g, ' ').trim()).toMatch(/^Главная › Не получается войти › /);
  });

  it('every button and link outside running text is at least 24×24 px, and body text is at least 16 px', async () => {
    const { page } = await openPage(site.browser, PHONE);
    const problems: string[] = [];
    for (const path of ['/ru/', '/ru/reset-password/', '/en/faq/', '/es/recovery/', '/ar/cannot-sign-in/', '/en/tools/password-strength/', '/ru/search/']) {
      await page.goto(`${site.server.url}${path}`);
      await page.locator('[data-site-menu] summary').click();
      problems.push(
        ...(await page.evaluate((path) => {
          const out: string[] = [];
          // WCAG 2.5.8 exempts targets inside a sentence or block of text.
          const inline = (el: Element) => el.matches('a') && !!el.closest('p, li, td, dd, figcaption') && (el.closest('p, li, td, dd, figcaption')!.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1;
          for (const el of document.querySelectorAll('a[href], button, summary, input, select, [role="button"]')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden' || el.closest('.sr-only, .skip-link')) continue;
            if (inline(el)) continue;
            if (r.width < 24 || r.height < 24) out.push(`${path}: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" is ${Math.round(r.width)}×${Math.round(r.height)}`);
          }
          for (const p of document.querySelectorAll('[data-article-content] p, main p:not(.text-sm)')) {
            const size = parseFloat(getComputedStyle(p).fontSize);
            if (p.getBoundingClientRect().height > 0 && !p.closest('.text-sm, small, figcaption, .official-badge') && size < 16) out.push(`${path}: text at ${size}px: "${(p.textContent ?? '').trim().slice(0, 30)}"`);
          }
          return out;
        }, path)),
      );
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the phone menu', () => {
  it('without JavaScript opens, follows a link and changes the language', async () => {
    const { page } = await openPage(site.browser, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${site.server.url}/ru/reset-password/`);
    const menu = page.locator('[data-site-menu]');
    expect(await menu.locator('[data-nav="menu"]').isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await menu.locator('[data-nav="menu"]').isVisible()).toBe(true);
    await menu.locator('[data-nav="menu"] a', { hasText: 'Вопросы и ответы' }).click();
    await page.waitForURL(/\/ru\/faq\/$/);
    await page.locator('[data-site-menu] summary').click();
    await page.locator('[data-site-menu] .lang-list a[hreflang="es"]').click();
    await page.waitForURL(/\/es\/faq\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('works by keyboard: Enter opens it, Tab reaches its links, Esc closes it and puts focus back on its button', async () => {
    const { page, errors } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}/en/reset-password/`);
    const summary = page.locator('[data-site-menu] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-site-menu]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-nav="menu"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-site-menu]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-site-menu] summary'))).toBe(true);
    // The theme can be changed from the menu.
    await summary.click();
    const toggle = page.locator('[data-site-menu] [data-theme-toggle]');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
  });

  it('closes on a tap outside it', async () => {
    const { page } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}/es/`);
    await page.locator('[data-site-menu] summary').click();
    await page.mouse.click(195, 830);
    expect(await page.locator('[data-site-menu]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });
});

describe('at 1280×900', () => {
  it('the header is one row with navigation, search, language and theme, and no menu button', async () => {
    const { page } = await openPage(site.browser, DESKTOP);
    for (const path of ['/ru/reset-password/', '/ar/', '/es/faq/']) {
      await page.goto(`${site.server.url}${path}`);
      const boxes = await page.evaluate(() => {
        const box = (sel: string) => {
          const el = document.querySelector(sel);
          if (!el) return null;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 ? { top: r.top, bottom: r.bottom } : null;
        };
        return {
          header: document.querySelector('header[role="banner"]')!.getBoundingClientRect().height,
          name: box('.site-name'),
          nav: box('[data-nav="bar"]'),
          search: box('[data-search-trigger]'),
          language: box('.lang-switcher'),
          theme: box('[data-header-controls] [data-theme-toggle]'),
          menu: box('[data-site-menu]'),
        };
      });
      expect(boxes.menu, path).toBeNull();
      const row = [boxes.name, boxes.nav, boxes.search, boxes.language, boxes.theme];
      expect(row.every((b) => b !== null), `${path}: ${JSON.stringify(boxes)}`).toBe(true);
      // One row: every item overlaps the vertical middle of the first.
      const mid = (boxes.name!.top + boxes.name!.bottom) / 2;
      for (const b of row) expect(b!.top <= mid && b!.bottom >= mid, `${path}: ${JSON.stringify(boxes)}`).toBe(true);
      expect(boxes.header).toBeLessThanOrEqual(80);
    }
  });
});

describe('the search page', () => {
  it('leaves focus where a page starts, so Tab reaches the skip link first', async () => {
    const { page } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.server.url}/ru/search/`);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
  });
});
