/** The search dialog and the search page in real Chromium against the built site. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const site = useSite();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core WCAG 2.2 AA violations on the page as it is now (results open, no-results help shown…). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
  return violations;
}

const isSearchCode = (u: string) => /\/pagefind\/|\/_astro\/search-(?:dialog|ui|engine)\.[\w-]+\.js/.test(u);

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const trigger = (page: Page) => page.locator('[data-search-trigger]');

/** A first query also loads Pagefind, the vocabulary and the synonyms: on a busy 2-core machine that can take seconds. */
const FIRST_QUERY = { timeout: 10_000 };

/** Types into the open panel and waits until the results for exactly this text are listed. */
async function search(page: Page, scope: string, text: string) {
  await page.locator(`${scope} [data-search-input]`).fill(text);
  await expect.poll(() => page.locator(`${scope} [data-search-results]`).getAttribute('aria-busy'), FIRST_QUERY).toBe('false');
}

/** Records CSP violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('search on an article page', () => {
  it('loads no search code and no index until the reader reaches for search', async () => {
    const { page, requests } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/account-restricted/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 800);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(requests.filter(isSearchCode)).toEqual([]);
    expect(await page.locator('dialog').count()).toBe(0);

    await trigger(page).hover();
    await expect.poll(() => requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect.poll(() => requests.some((u) => /\/pagefind\/pagefind\.ru_\w+\.pf_meta$/.test(u))).toBe(true);
  });

  it('Ctrl+K opens the dialog with the cursor in the box; Esc closes it and focus returns to the button', async () => {
    const { page, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}/en/reset-password/`);
    expect(await trigger(page).getAttribute('role')).toBe('button');
    expect(await trigger(page).getAttribute('aria-haspopup')).toBe('dialog');
    expect(await trigger(page).getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K /');
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches('dialog [data-search-input]'))).toBe(true);
    await search(page, 'dialog', 'code not coming');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('"/" and ⌘K open it too; "/" typed into a field stays in the field', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/es/`);
    await page.locator('#home-q').fill('');
    await page.keyboard.type('a/b');
    expect(await page.locator('#home-q').inputValue()).toBe('a/b');
    expect(await dialog(page).count()).toBe(0);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    await page.keyboard.press('Meta+k');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
  });

  it('arrow keys move through the results and Enter opens the chosen one', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/en/strong-password/`);
    await page.keyboard.press('Control+k');
    await search(page, 'dialog', 'password');
    const input = page.locator('dialog [data-search-input]');
    const options = page.locator('dialog [role="option"]');
    expect(await options.count()).toBeGreaterThan(2);
    const activeId = () => input.getAttribute('aria-activedescendant');
    expect(await activeId()).toBe(await options.nth(0).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await activeId()).toBe(await options.nth(2).getAttribute('id'));
    expect(await options.nth(2).getAttribute('aria-selected')).toBe('true');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await activeId()).toBe(await options.nth(1).getAttribute('id'));
    const target = new URL((await options.nth(1).getAttribute('href'))!, site.server.url);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === target.pathname && u.hash === target.hash);
  });

  it('shows titles, excerpts with the matched words marked, and FAQ answers as their own sub-results', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/reset-password/`);
    await trigger(page).click();
    await search(page, 'dialog', 'сколько длится ограничение');
    const faqAnswer = page.locator('dialog .search-sections a[role="option"][href="/ru/faq/#restricted-how-long"]');
    expect(await faqAnswer.locator('.search-option-title').textContent()).toBe('Сколько длится ограничение аккаунта?');
    const first = page.locator('dialog .search-result > a[role="option"]').first();
    expect((await first.locator('.search-option-title').textContent())?.trim()).not.toBe('');
    expect(await page.locator('dialog .search-option-excerpt mark').count()).toBeGreaterThan(0);
    await faqAnswer.click();
    await page.waitForURL(/\/ru\/faq\/#restricted-how-long$/);
    const top = await page.locator('#restricted-how-long').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(80);
  });

  it('with nothing found says so and offers the recovery selector and the FAQ', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/cannot-sign-in/`);
    await page.keyboard.press('Control+k');
    await search(page, 'dialog', 'зюзюзю');
    expect(await page.locator('dialog [data-search-status]').textContent()).toBe('По запросу «зюзюзю» ничего не нашлось.');
    expect(await page.locator('dialog [data-search-empty]').isVisible()).toBe(true);
    expect(await page.locator('dialog [data-search-recovery]').getAttribute('href')).toBe('/ru/recovery/');
    expect(await page.locator('dialog [data-search-faq]').getAttribute('href')).toBe('/ru/faq/');
    expect(await page.locator('dialog [role="option"]').count()).toBe(0);
  });

  it('counts results with the locale’s plural forms', async () => {
    const t = useTranslations('ru');
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/`);
    await page.keyboard.press('Control+k');
    // One, a few and many (1, 3 and 5 pages on this site): the three Russian plural forms.
    for (const query of ['frp', 'гарантия', 'ожидание']) {
      await search(page, 'dialog', query);
      // The first three are listed at once, the rest of the five as the reader scrolls to them: at the end, every result is.
      const status = await page.locator('dialog [data-search-status]').textContent();
      const listed = async () => {
        await page.locator('dialog [data-search-results]').evaluate((l) => l.scrollTo(0, l.scrollHeight));
        return t('search.results', { count: await page.locator('dialog .search-result').count() });
      };
      await expect.poll(listed, FIRST_QUERY).toBe(status);
      expect(await page.locator('dialog [data-search-more]').isHidden(), query).toBe(true); // every result is listed
    }
  });

  it('loads only the results on screen and the next: the rest come as the reader scrolls or the arrow keys reach them', async () => {
    const { page, requests } = await openPage(site.browser);
    const fragments = () => requests.filter((u) => u.includes('/pagefind/fragment/')).length;
    await page.goto(`${site.server.url}/ru/reset-password/`);
    await page.keyboard.press('Control+k');
    await search(page, 'dialog', 'ожидание'); // 5 pages
    await page.waitForLoadState('networkidle');
    const results = page.locator('dialog .search-result');
    const options = page.locator('dialog [data-search-results] [role="option"]');
    // Two fill the dialog's list on a laptop; the third is ready below them.
    expect(await results.count()).toBe(3);
    expect(fragments()).toBe(3);
    expect(await page.locator('dialog [data-search-status]').textContent()).toBe(useTranslations('ru')('search.results', { count: 5 }));
    // Down the options to the last one listed, and one more: the rest are listed and the next one is active, no wrap to the top.
    const input = page.locator('dialog [data-search-input]');
    const listed = await options.count();
    for (let i = 1; i < listed; i++) await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(listed - 1).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => results.count(), FIRST_QUERY).toBe(5);
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toBe(await options.nth(listed).getAttribute('id'));
    expect(fragments()).toBe(5);
  });

  it('opens with a tap on a phone', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.server.url}/es/reset-password/`);
    await trigger(page).tap();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await search(page, 'dialog', 'contraseña');
    expect(await page.locator('dialog [role="option"]').first().isVisible()).toBe(true);
    await page.locator('dialog [data-search-close]').tap();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
  });

  it('fires no Content-Security-Policy violation and no error while searching', async () => {
    const { page, errors } = await openPage(site.browser);
    const violations = await watchCsp(page);
    await page.goto(`${site.server.url}/ru/find-lost-phone/`);
    await page.keyboard.press('Control+k');
    await search(page, 'dialog', 'потерял телефон');
    expect(await page.locator('dialog [role="option"]').count()).toBeGreaterThan(0);
    await search(page, 'dialog', 'qqqzzz');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('follows dark mode and Arabic right-to-left', async () => {
    const { page } = await openPage(site.browser, { colorScheme: 'dark' });
    await page.goto(`${site.server.url}/ar/reset-password/`);
    await page.keyboard.press('Control+k');
    await search(page, 'dialog', 'شاومي');
    expect(await page.locator('dialog [role="option"]').count()).toBeGreaterThan(0);
    const look = await dialog(page).evaluate((d) => ({ bg: getComputedStyle(d).backgroundColor, dir: getComputedStyle(d).direction }));
    expect(look).toEqual({ bg: 'rgb(18, 20, 24)', dir: 'rtl' });
  });
});

describe('accessibility of search with results on screen', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the open dialog with results, sub-results and marks passes axe (WCAG 2.2 AA), ${theme} theme`, async () => {
      // axe is injected as a script, which the CSP rightly forbids: this context bypasses CSP (the CSP test is above).
      const { page } = await openPage(site.browser, { colorScheme: theme, bypassCSP: true });
      await page.goto(`${site.server.url}/ru/reset-password/`);
      await page.keyboard.press('Control+k');
      await search(page, 'dialog', 'сколько длится ограничение');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('dialog .search-sections [role="option"]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('the search page with no results and Arabic results passes axe', async () => {
    const { page } = await openPage(site.browser, { bypassCSP: true });
    await page.goto(`${site.server.url}/ar/search/?q=${encodeURIComponent('zzzqqq')}`);
    await expect.poll(() => page.locator('[data-search-empty]').isVisible(), FIRST_QUERY).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await search(page, '[data-search-page]', 'شاومي');
    expect(await page.locator('[data-search-page] [role="option"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('what the index holds', () => {
  it('words only the header and footer say are not found', async () => {
    const { page } = await openPage(site.browser);
    // "cookies" is in every page's footer ("no cookies or analytics") and in no article.
    for (const [lang, word] of [['ru', 'cookies'], ['en', 'cookies'], ['es', 'cookies']]) {
      await page.goto(`${site.server.url}/${lang}/search/`);
      await search(page, '[data-search-page]', word!);
      expect(await page.locator('[data-search-empty]').isVisible(), `${lang}: ${word}`).toBe(true);
    }
  });
});

/** tests/support/fallback-site.ts: Arabic partial, content/articles/ar/strong-password.mdx not translated. */
describe('what the index holds, on a site with a fallback page (fixture)', () => {
  let fixture: StaticServer;
  beforeAll(async () => {
    const r = fallbackSite();
    if (!r.ok) throw new Error(`the fallback-site fixture did not build:\n${r.output.slice(-2000)}`);
    fixture = await serveDist({ dist: r.dist });
  }, 900_000);
  afterAll(() => fixture?.close());

  it('an untranslated article is not in its partial locale\'s index, but that locale\'s search finds it in its fallback language\'s, at the locale\'s own address', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${fixture.url}${FALLBACK.url}`);
    expect(await page.locator('[data-fallback-notice]').count()).toBe(1);
    expect(await page.locator('[data-article-content]').textContent()).toMatch(/passphrase/);
    expect(await page.locator('html').getAttribute('data-pagefind-lang')).toBeNull();
    // The first search of a page loads Pagefind's index: allow it a few seconds on a busy machine.
    await page.goto(`${fixture.url}/en/search/?q=passphrase`);
    await expect.poll(() => page.locator('[data-search-results] [role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.goto(`${fixture.url}/ar/search/?q=passphrase`);
    await expect.poll(() => page.locator('[data-search-results] [role="option"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await page.locator('[data-search-results] [role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.map((h) => h.split('#')[0])).toContain(FALLBACK.url);
    expect(hrefs.every((h) => h.startsWith('/ar/'))).toBe(true);
  });
});

describe('the search page', () => {
  it('shows results for ?q= on arrival and keeps the address in step with the box', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/es/search/?q=${encodeURIComponent('no me llega el código')}`);
    const input = page.locator('[data-search-page] [data-search-input]');
    expect(await input.inputValue()).toBe('no me llega el código');
    await expect.poll(() => page.locator('[data-search-page] [data-search-results]').getAttribute('aria-busy'), FIRST_QUERY).toBe('false');
    const first = page.locator('[data-search-page] .search-result > a[role="option"]').first();
    expect(await first.getAttribute('href')).toBe('/es/verification-code-not-arriving/');
    await search(page, '[data-search-page]', 'contraseña');
    expect(new URL(page.url()).searchParams.get('q')).toBe('contraseña');
  });

  it('the home page search box leads to it', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/en/`);
    await page.locator('#home-q').fill('forgot password');
    await page.locator('#home-q').press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=forgot\+password$/);
    await expect.poll(() => page.locator('[data-search-page] .search-result > a[role="option"]').first().getAttribute('href'), FIRST_QUERY).toBe('/en/reset-password/');
  });

  it('Ctrl+K there puts the cursor in the page’s own box instead of opening a dialog', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/search/?q=код`);
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-page] [data-search-input]'))).toBe(true);
    expect(await page.locator('dialog').count()).toBe(0);
  });

  it('without JavaScript the button is a link to it, and it explains and links to the article index', async () => {
    const { page } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/ru/reset-password/`);
    expect(await trigger(page).getAttribute('href')).toBe('/ru/search/');
    expect(await trigger(page).getAttribute('role')).toBeNull();
    await trigger(page).click();
    await page.waitForURL(/\/ru\/search\/$/);
    const note = page.locator('[data-search-nojs]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('JavaScript');
    expect(await note.locator('a').getAttribute('href')).toBe('/ru/articles/');
    expect(await page.locator('[data-search-page]').isVisible()).toBe(false);
  });
});
