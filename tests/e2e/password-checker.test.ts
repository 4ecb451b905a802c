import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { PACK_NAMES, hasOwnLists, listLabels, packsFor } from '../../src/lib/password/packs.ts';

const ru = DICTIONARIES.ru;
const en = DICTIONARIES.en;
/** The packed word lists (src/lib/password/packs/*.txt, hashed by Vite) and the scorer's chunk. */
const WORD_LIST = new RegExp(`/_astro/(${PACK_NAMES.join('|')})\\.[\\w-]+\\.txt$`);
const SCORER = /\/_astro\/load\.[\w-]+\.js$/;
const listName = (url: string) => WORD_LIST.exec(new URL(url).pathname)?.[1];

const site = useSite();

interface Opened {
  page: Page;
  requests: { url: string; method: string; body: string | null }[];
  console: string[];
  errors: string[];
}

/** The tool page (or another page with a checker), hydrated, with requests, console and CSP violations recorded. */
async function openChecker(path: string): Promise<Opened> {
  const { page, errors } = await openPage(site.browser);
  const requests: Opened['requests'] = [];
  const consoleMessages: string[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${site.server.url}${path}`);
  await page.locator('[data-password-checker]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('[data-password-checker]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return { page, requests, console: consoleMessages, errors };
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function typeInto(page: Page, password: string) {
  const input = page.locator('[data-password-input]');
  await input.fill('');
  await input.pressSequentially(password);
}

async function levelOf(page: Page) {
  const level = page.locator('[data-password-level]');
  await level.waitFor();
  return { score: await level.getAttribute('data-password-level'), text: (await level.textContent()) ?? '' };
}

describe('password checker in Chromium', () => {
  it('in Russian: typing shows the level and the feedback in Russian', async () => {
    const { page, errors } = await openChecker('/ru/tools/password-strength/');
    await typeInto(page, 'gfhjkm');
    await expect.poll(async () => (await levelOf(page)).score, { timeout: 30_000 }).toBe('0');
    expect((await levelOf(page)).text).toContain(ru['password.level.veryWeak']);
    expect(await page.locator('[data-password-warning]').textContent()).toBe(ru['password.warning.wrongLayoutCommon']);
    expect(await page.locator('[data-password-suggestion="bothLayouts"]').textContent()).toBe(ru['password.suggestion.bothLayouts']);
    expect(await page.locator('[data-password-time="offline"]').textContent()).toContain(ru['password.time.ltSecond']);
    expect(await page.locator('[data-password-length]').textContent()).toContain('6 символов');
    expect(await page.locator('[data-password-rule]').getAttribute('data-password-rule')).toBe('fails');
    expect(await page.locator('[data-password-rule]').textContent()).toContain('нет ни одной цифры');

    await typeInto(page, 'лошадь-батарейка-скрепка-верно');
    await expect.poll(async () => (await levelOf(page)).score, { timeout: 30_000 }).toBe('4');
    expect((await levelOf(page)).text).toContain(ru['password.level.veryStrong']);
    expect(await page.locator('[data-password-time="offline"]').textContent()).toContain(ru['password.time.centuries']);
    expect(await page.locator('[data-password-warning]').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('in English: typing shows the level and the feedback in English', async () => {
    const { page, errors } = await openChecker('/en/tools/password-strength/');
    await typeInto(page, 'password');
    await expect.poll(async () => (await levelOf(page)).score, { timeout: 30_000 }).toBe('0');
    expect((await levelOf(page)).text).toContain(en['password.level.veryWeak']);
    expect(await page.locator('[data-password-warning]').textContent()).toBe(en['password.warning.topTen']);

    await typeInto(page, 'ljcneg-2024');
    await expect.poll(async () => page.locator('[data-password-warning]').textContent(), { timeout: 30_000 }).toBe(en['password.warning.wrongLayout']);
    expect(Number((await levelOf(page)).score)).toBeLessThanOrEqual(2);
    // The rule line follows the same input; on a busy machine it may settle a moment after the warning.
    await expect.poll(() => page.locator('[data-password-rule]').getAttribute('data-password-rule')).toBe('meets');
    expect(await page.locator('[data-password-rule]').textContent()).toContain(en['password.ruleMeets']);
    await typeInto(page, 'ljcneg2024');
    await expect.poll(() => page.locator('[data-password-rule]').getAttribute('data-password-rule')).toBe('fails');
    expect(await page.locator('[data-password-rule]').textContent()).toContain(en['password.ruleNoSpecial']);

    await typeInto(page, 'k9#Tq2!vLz-Mw4pX');
    await expect.poll(async () => (await levelOf(page)).score, { timeout: 30_000 }).toBe('4');
    expect((await levelOf(page)).text).toContain(en['password.level.veryStrong']);
    expect(await page.locator('[data-password-length]').textContent()).toContain('16 characters');
    expect(await page.locator('[data-password-rule]').textContent()).toContain('Xiaomi asks for');
    expect(await page.locator('[data-password-length]').textContent()).toContain(en['password.lengthMax']);
    expect(await page.locator('[data-password-lists]').textContent()).toContain(en['password.list.en']);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(LOCALE_CODES)('%s: requests nothing before the first focus, then exactly the word lists its language needs', async (lang) => {
    const { page, requests } = await openChecker(`/${lang}/tools/password-strength/`);
    // Hydrated and visible: the island's own code is there, the scorer and word lists are not.
    await page.waitForTimeout(1000);
    expect(requests.filter((r) => SCORER.test(r.url) || WORD_LIST.test(r.url))).toEqual([]);
    expect(await page.locator('[data-password-checker]').getAttribute('data-phase')).toBe('idle');
    await page.locator('[data-password-input]').focus();
    await expect.poll(() => page.locator('[data-password-checker]').getAttribute('data-phase'), { timeout: 60_000 }).toBe('ready');
    const lists = requests.map((r) => listName(r.url)).filter(Boolean);
    expect(lists.sort()).toEqual([...packsFor(lang)].sort());
    // Another language's lists never: only the page's own (Spanish, Indonesian, Portuguese), if it has any.
    for (const other of ['es', 'id', 'pt-br']) if (other !== lang) expect(lists).not.toContain(other);
    if (!hasOwnLists(lang)) expect(lists.sort()).toEqual(['common', 'en-core']);
    expect(requests.filter((r) => SCORER.test(r.url))).toHaveLength(1);
    // Typing more asks for nothing more, and the result names the lists it used.
    const before = requests.length;
    await typeInto(page, 'Tr0ub4dor&3');
    await page.locator('[data-password-level]').waitFor();
    expect(requests.length).toBe(before);
    expect(await page.locator('[data-password-lists]').getAttribute('data-password-lists')).toBe(packsFor(lang).join(' '));
    // …in the page's words, each list by its name.
    const named = (await page.locator('[data-password-lists]').textContent()) ?? '';
    for (const label of listLabels(packsFor(lang))) expect(named).toContain(DICTIONARIES[lang][`password.list.${label}`]);
  });

  it('shows a provisional result, at most "fair" and marked so, while the lists are on their way', async () => {
    const { page } = await openChecker('/en/tools/password-strength/');
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(WORD_LIST, async (route) => {
      await held;
      await route.continue();
    });
    await typeInto(page, 'k9#Tq2!vLz-Mw4pX');
    const provisional = page.locator('[data-password-provisional]');
    // Shown from the first keys typed on; the whole password's result comes once the checker has read it all.
    await expect.poll(() => provisional.getAttribute('data-password-provisional'), { timeout: 10_000 }).toBe('2');
    expect(await provisional.textContent()).toContain(en['password.level.fair']);
    expect(await provisional.textContent()).toContain('provisional');
    expect(await page.locator('[data-password-level]').count()).toBe(0);
    expect(await page.locator('.password-meter').getAttribute('data-provisional')).toBe('true');
    await typeInto(page, 'password');
    await expect.poll(() => provisional.getAttribute('data-password-provisional')).toBe('1');
    release();
    await expect.poll(async () => (await levelOf(page)).score, { timeout: 60_000 }).toBe('0');
    expect(await provisional.count()).toBe(0);
    expect(await page.locator('.password-meter').getAttribute('data-provisional')).toBeNull();
  });

  it('sends nothing anywhere and stores nothing while 20 different passwords are typed', async () => {
    const { page, requests, console: logged } = await openChecker('/ru/tools/password-strength/');
    const snapshot = () =>
      page.evaluate(async () => ({
        local: Object.entries(localStorage),
        session: Object.entries(sessionStorage),
        cookie: document.cookie,
        indexedDB: (await indexedDB.databases()).map((d) => d.name),
        caches: 'caches' in self ? await caches.keys() : [],
      }));
    const before = await snapshot();
    const cookiesBefore = await page.context().cookies();
    const url = page.url();
    const firstRequest = requests.length;
    const firstLog = logged.length;
    const passwords = [
      'gfhjkm', 'пароль123', 'Наташа1985', 'qwerty', 'P@ssw0rd', 'ljcneg', 'йцукен', 'privet2024', 'xiaomi123', '01.02.1990',
      'correct horse battery staple', 'k9#Tq2!vLz', 'лошадь-батарейка', 'zenit2012', 'фывапролдж', 'Tr0ub4dor&3', 'solnyshko', 'ghbdtn', 'ljubov', 'secret-Пароль-9',
    ];
    for (const p of passwords) {
      await typeInto(page, p);
      await page.locator('[data-password-level]').waitFor();
    }
    expect(new Set(passwords).size).toBe(20);

    const during = requests.slice(firstRequest);
    const origin = new URL(site.server.url).origin;
    for (const r of during) {
      expect(new URL(r.url).origin, r.url).toBe(origin);
      expect(r.method, r.url).toBe('GET');
      expect(r.body, r.url).toBeNull();
      expect(r.url, r.url).toMatch(/\/_astro\/[\w.-]+\.(js|txt)$/);
      for (const p of passwords) {
        expect(r.url.includes(p) || r.url.includes(encodeURIComponent(p)), `${r.url} carries a password`).toBe(false);
      }
    }
    expect(requests.every((r) => new URL(r.url).origin === origin)).toBe(true);
    expect(logged.slice(firstLog)).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await page.context().cookies()).toEqual(cookiesBefore);
    expect(page.url()).toBe(url);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('show/hide switches the field to text and keeps spellcheck, autocorrect and autocapitalize off', async () => {
    const { page } = await openChecker('/en/tools/password-strength/');
    const input = page.locator('[data-password-input]');
    const toggle = page.locator('[data-password-toggle]');
    const privacyAttributes = async () => ({
      type: await input.getAttribute('type'),
      spellcheck: await input.getAttribute('spellcheck'),
      spellcheckProperty: await input.evaluate((el) => (el as HTMLInputElement).spellcheck),
      autocomplete: await input.getAttribute('autocomplete'),
      autocapitalize: await input.getAttribute('autocapitalize'),
      autocorrect: await input.getAttribute('autocorrect'),
    });
    const hidden = { spellcheck: 'false', spellcheckProperty: false, autocomplete: 'new-password', autocapitalize: 'off', autocorrect: 'off' };
    await typeInto(page, 'secret words');
    expect(await privacyAttributes()).toEqual({ type: 'password', ...hidden });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await privacyAttributes()).toEqual({ type: 'text', ...hidden });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await input.inputValue()).toBe('secret words');
    await toggle.click();
    expect(await privacyAttributes()).toEqual({ type: 'password', ...hidden });
    // Not in a form, no name: nothing could ever submit it.
    expect(await input.evaluate((el) => ({ form: (el as HTMLInputElement).form, name: el.getAttribute('name') }))).toEqual({ form: null, name: null });
  });

  it('is keyboard usable: Tab reaches the field, then the toggle, and Space toggles it', async () => {
    const { page } = await openChecker('/ru/tools/password-strength/');
    await page.locator('[data-password-input]').focus();
    await page.keyboard.type('ghbdtn');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-password-toggle'))).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.locator('[data-password-input]').getAttribute('type')).toBe('text');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-password-input'))).toBe(true);
    // Tabbing into a field selects its text; End puts the caret after it.
    await page.keyboard.press('End');
    await page.keyboard.type('123');
    expect(await page.locator('[data-password-input]').inputValue()).toBe('ghbdtn123');
  });

  it('announces the result politely once typing pauses', async () => {
    const { page } = await openChecker('/ru/tools/password-strength/');
    const live = page.locator('[data-password-announce]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await typeInto(page, 'пароль');
    // On a busy machine the provisional score may be announced first; the full one (with the time) follows.
    await expect.poll(() => live.textContent(), { timeout: 10_000 }).toContain(ru['password.time.ltSecond']);
    expect(await live.textContent()).toContain(ru['password.level.veryWeak']);
    // The announcement never repeats the password.
    expect(await live.textContent()).not.toContain('пароль');
  });

  it('works inside the strong-password article', async () => {
    const { page, errors } = await openChecker('/ru/strong-password/');
    await typeInto(page, 'ytpyf.');
    await expect.poll(async () => (await levelOf(page)).score, { timeout: 30_000 }).toBe('0');
    expect(await page.locator('[data-password-warning]').textContent()).toBe(ru['password.warning.wrongLayoutCommon']);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
