/**
 * Search for what readers really type, in real Chromium: the "showing results for … — search for …
 * instead" line and its link (mouse and keyboard), the Russian keyboard-layout reading, help when
 * nothing is found, and Arabic right to left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { axeViolations, serveAxe, type AxeServer } from '../support/axe.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const site = useSite();
let axe: AxeServer;
beforeAll(async () => {
  axe = await serveAxe();
});
afterAll(async () => {
  await axe?.close();
});

/** A first query also loads Pagefind, the vocabulary and the synonyms. */
const FIRST_QUERY = { timeout: 10_000 };
const settled = (page: Page, scope: string) => expect.poll(() => page.locator(`${scope} [data-search-results]`).getAttribute('aria-busy'), FIRST_QUERY).toBe('false');
const firstResult = (page: Page, scope: string) => page.locator(`${scope} .search-result > a[role="option"]`).first().getAttribute('href');
const correction = (page: Page, scope: string) => page.locator(`${scope} [data-search-correction]`);

describe('a typo', () => {
  it('the search page says what it searched instead, and offers the words as typed', async () => {
    const t = useTranslations('ru');
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/search/?q=${encodeURIComponent('забыл пороль')}`);
    await settled(page, '[data-search-page]');
    expect(await correction(page, '[data-search-page]').textContent()).toBe(
      `${t('search.correction', { query: 'забыл пароль' })} — ${t('search.instead', { query: 'забыл пороль' })}`,
    );
    expect(await firstResult(page, '[data-search-page]')).toBe('/ru/reset-password/');
    // Screen readers hear it too: the live status starts with the same words.
    expect(await page.locator('[data-search-page] [data-search-status]').textContent()).toMatch(/^Показаны результаты по запросу «забыл пароль»\. Найден/);
    // …but the screen shows it once: in the status line, that part is for screen readers only.
    const said = page.locator('[data-search-page] [data-search-status] .sr-only');
    expect(await said.textContent()).toMatch(/^Показаны результаты по запросу «забыл пароль»/);
    expect(await said.boundingBox().then((b) => (b?.width ?? 0) <= 1 && (b?.height ?? 0) <= 1)).toBe(true);

    const instead = page.locator('[data-search-page] [data-search-instead]');
    expect(await instead.getAttribute('href')).toBe(`/ru/search/?q=${encodeURIComponent('забыл пороль').replace(/%20/g, '+')}&exact=1`);
    await instead.click();
    await settled(page, '[data-search-page]');
    expect(await correction(page, '[data-search-page]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-page] [data-search-input]').inputValue()).toBe('забыл пороль');
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    expect(errors).toEqual([]);
  });

  it('an address with exact=1 searches as typed, with no correction line', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/en/search/?q=${encodeURIComponent('forgot passwrod')}&exact=1`);
    await settled(page, '[data-search-page]');
    expect(await correction(page, '[data-search-page]').isVisible()).toBe(false);
    await page.locator('[data-search-page] [data-search-input]').fill('forgot passwrod');
    await settled(page, '[data-search-page]');
    expect(await correction(page, '[data-search-page]').isVisible()).toBe(true); // typing again allows corrections
    expect(new URL(page.url()).searchParams.get('exact')).toBeNull();
  });

  it('in the dialog, the keyboard reaches the link, Enter searches as typed and the cursor returns to the box', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/es/reset-password/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog [data-search-input]').fill('contraseña olbidada');
    await settled(page, 'dialog');
    expect(await correction(page, 'dialog').textContent()).toContain('«contraseña olvidada»');
    const active = () => page.evaluate(() => document.activeElement?.hasAttribute('data-search-instead') ?? false);
    for (let i = 0; i < 3 && !(await active()); i++) await page.keyboard.press('Tab');
    expect(await active()).toBe(true);
    await page.keyboard.press('Enter');
    await settled(page, 'dialog');
    expect(await correction(page, 'dialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('dialog [data-search-input]'))).toBe(true);
    expect(await page.locator('dialog').isVisible()).toBe(true);
  });
});

describe('a Russian query typed with the English layout on', () => {
  it('is searched in Cyrillic, with the same line', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/cannot-sign-in/`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog [data-search-input]').fill('pf,sk gfhjkm');
    await settled(page, 'dialog');
    expect(await correction(page, 'dialog').textContent()).toBe('Показаны результаты по запросу «забыл пароль» — искать вместо этого «pf,sk gfhjkm»');
    expect(await firstResult(page, 'dialog')).toBe('/ru/reset-password/');
  });
});

describe('nothing found', () => {
  for (const lang of ['ru', 'ar'] as const) {
    it(`${lang}: offers the three main topics, the recovery selector and the FAQ instead of an empty box`, async () => {
      const { page } = await openPage(site.browser);
      await page.goto(`${site.server.url}/${lang}/search/?q=zzqqzzqq`);
      await expect.poll(() => page.locator('[data-search-page] [data-search-empty]').isVisible(), FIRST_QUERY).toBe(true);
      const links = await page.locator('[data-search-page] [data-search-empty] a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
      expect(links.map(([href]) => href)).toEqual([`/${lang}/cannot-sign-in/`, `/${lang}/reset-password/`, `/${lang}/verification-code-not-arriving/`, `/${lang}/recovery/`, `/${lang}/faq/`]);
      for (const [href, text] of links) expect(text, href!).not.toBe('');
      // Each topic is named by its article's title.
      await page.goto(`${site.server.url}${links[1]![0]}`);
      expect((await page.locator('h1').textContent())?.trim()).toBe(links[1]![1]);
    });
  }
});

describe('Arabic, right to left', () => {
  it('the correction line reads right to left in Arabic and the page passes axe', async () => {
    const { page } = await openPage(site.browser, { bypassCSP: true });
    await page.goto(`${site.server.url}/ar/search/?q=${encodeURIComponent('رمز التحقيق')}`);
    await settled(page, '[data-search-page]');
    const line = correction(page, '[data-search-page]');
    expect(await line.textContent()).toBe('نعرض نتائج «رمز التحقق» — ابحث بدلًا من ذلك عن «رمز التحقيق»');
    expect(await line.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await firstResult(page, '[data-search-page]')).toBe('/ar/verification-code-not-arriving/');
    expect(await axeViolations(page, axe.url)).toEqual([]);
  });
});
