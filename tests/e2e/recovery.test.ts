import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { page as builtPage } from '../support/dist.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const FULL = LOCALES.filter((l) => l.full).map((l) => l.code);
const SELECTOR = '[data-recovery-selector="page"]';
/**
 * The walks below take every route in one locale (Arabic, right to left). The tree and the code that
 * walks it are the same in every language, and the build refuses a full locale that lacks a string
 * (content/recovery/strings), so the other locales take the shortest and the longest route: enough to
 * show the selector speaks their language at each step, without one walk per language and route.
 */
const EVERY_ROUTE = FULL.includes('ar') ? 'ar' : FULL[0]!;
type Route = { answers: string[]; outcome: string };
const routesToWalk = (lang: string, routes: Route[]): Route[] => {
  if (lang === EVERY_ROUTE) return routes;
  const byLength = [...routes].sort((a, b) => a.answers.length - b.answers.length);
  return [...new Set([byLength[0]!, byLength[byLength.length - 1]!])];
};
const which = (lang: string) => (lang === EVERY_ROUTE ? 'every outcome' : 'the nearest and the farthest outcome');

const site = useSite();

/** What the built page's no-JS tree says: every route to an outcome, each question's text, each outcome's title. */
function treeOf(lang: string) {
  const doc = builtPage(`/${lang}/recovery/`).doc;
  const questions = new Map<string, string>();
  for (const b of doc.querySelectorAll('[data-recovery-branch]')) questions.set(b.getAttribute('data-recovery-branch')!, b.querySelector('p')!.text.trim());
  const routes: { answers: string[]; outcome: string }[] = [];
  for (const a of doc.querySelectorAll('details[data-recovery-tree] a[data-recovery-link]')) {
    const href = a.getAttribute('href')!;
    if (!href.startsWith('#o-')) continue;
    const prefix = a.closest('[data-recovery-branch]')!.getAttribute('data-recovery-branch')!;
    routes.push({ answers: [...(prefix ? prefix.split('.') : []), a.getAttribute('data-recovery-link')!], outcome: href.slice(3) });
  }
  const titles = new Map(doc.querySelectorAll('section[id^="o-"]').map((s) => [s.getAttribute('id')!.slice(2), s.querySelector('h4')!.text.trim()]));
  return { questions, routes, titles };
}

/** A page that also records CSP violations; `check()` asserts none happened and no script failed. */
async function watchedPage(options: BrowserContextOptions = {}) {
  const watched = await openPage(site.browser, options);
  await watched.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const check = async () => {
    expect(await watched.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(watched.errors).toEqual([]);
  };
  return { ...watched, check };
}

async function openSelector(page: Page, lang: string, query = '') {
  await page.goto(`${site.server.url}/${lang}/recovery/${query}`);
  await page.waitForSelector(`${SELECTOR}[data-state="live"]`);
}

const heading = (page: Page) => page.locator(`${SELECTOR} h2`).first().textContent().then((t) => t?.trim());
const answer = (page: Page, id: string) => page.locator(`${SELECTOR} [data-recovery-answer="${id}"]`);
const pathParam = (page: Page) => new URL(page.url()).searchParams.get('path');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName,
      text: el?.textContent?.trim(),
      answer: el?.dataset.recoveryAnswer,
      button: el?.hasAttribute('data-recovery-back') ? 'back' : el?.hasAttribute('data-recovery-restart') ? 'restart' : undefined,
      visible: el?.matches(':focus-visible'),
    };
  });

describe('the recovery selector, with JavaScript', () => {
  for (const lang of FULL) {
    it(`reaches ${which(lang)} in ${lang} by clicks from the start, one question at a time`, async () => {
      const { questions, routes, titles } = treeOf(lang);
      expect(new Set(routes.map((r) => r.outcome)).size).toBe(titles.size);
      expect(titles.size).toBeGreaterThanOrEqual(14);
      const { page, check } = await watchedPage();
      await openSelector(page, lang);
      for (const route of routesToWalk(lang, routes)) {
        if (await page.locator(`${SELECTOR} [data-recovery-restart]`).count()) await page.locator(`${SELECTOR} [data-recovery-restart]`).click();
        for (const [i, id] of route.answers.entries()) {
          const expected = questions.get(route.answers.slice(0, i).join('.'));
          await expect.poll(() => heading(page), { message: `${route.answers.join('.')} step ${i}` }).toBe(expected);
          expect(await page.locator(`${SELECTOR} [data-recovery-question]`).count(), 'one question at a time').toBe(1);
          await answer(page, id).click();
        }
        await expect.poll(() => heading(page), { message: route.answers.join('.') }).toBe(titles.get(route.outcome));
        expect(pathParam(page)).toBe(route.answers.join('.'));
        expect(await page.locator(`${SELECTOR} [data-recovery-trail] li`).count()).toBe(route.answers.length);
      }
      await check();
    });
  }

  it('steps back with the browser’s back button and forward again', async () => {
    const { questions } = treeOf('en');
    const { page, check } = await watchedPage();
    await openSelector(page, 'en');
    await answer(page, 'account').click();
    await answer(page, 'forgot').click();
    await expect.poll(() => heading(page)).toBe(questions.get('account.forgot'));
    expect(pathParam(page)).toBe('account.forgot');

    await page.goBack();
    await expect.poll(() => heading(page)).toBe(questions.get('account'));
    expect(pathParam(page)).toBe('account');
    expect((await focused(page)).tag, 'focus follows the step').toBe('H2');
    await page.goBack();
    await expect.poll(() => heading(page)).toBe(questions.get(''));
    expect(pathParam(page)).toBeNull();
    await page.goForward();
    await expect.poll(() => heading(page)).toBe(questions.get('account'));
    await check();
  });

  it('opens a deep link at that step, with the answers so far and the progress', async () => {
    const { questions } = treeOf('en');
    const { page, check } = await watchedPage();
    await openSelector(page, 'en', '?path=account.no-phone.no-email');
    await expect.poll(() => heading(page)).toBe(questions.get('account.no-phone.no-email'));
    const trail = await page.locator(`${SELECTOR} [data-recovery-trail] li a`).allTextContents();
    expect(trail.map((t) => t.replace(/ — .*$/, ''))).toEqual([
      "I can't sign in to my Xiaomi account, on the phone or on a website",
      'I no longer have the phone number linked to the account',
      'No, or the account has no email',
    ]);
    expect(await page.locator(`${SELECTOR} [data-recovery-progress]`).textContent()).toMatch(/Question 4 of up to 4/);
    // A link back to an earlier answer goes to that question.
    await page.locator(`${SELECTOR} [data-recovery-trail] li a`).first().click();
    await expect.poll(() => heading(page)).toBe(questions.get(''));
    await check();
  });

  it('opens a link into the no-JS tree (#r-…) at that step', async () => {
    const { questions } = treeOf('es');
    const { page } = await watchedPage();
    await openSelector(page, 'es', '#r-account.forgot');
    await expect.poll(() => heading(page)).toBe(questions.get('account.forgot'));
    expect(pathParam(page)).toBe('account.forgot');
  });

  it('shows the first question with a short notice for an unknown ?path=', async () => {
    const { questions } = treeOf('ru');
    const { page, check } = await watchedPage();
    await openSelector(page, 'ru', '?path=account.teleport');
    await expect.poll(() => page.locator(`${SELECTOR} [data-recovery-notice]`).isVisible()).toBe(true);
    expect(await page.locator(`${SELECTOR} [data-recovery-notice]`).textContent()).toMatch(/первого вопроса/);
    expect(await heading(page)).toBe(questions.get(''));
    expect(pathParam(page)).toBeNull();
    expect(await page.locator(`${SELECTOR} [data-recovery-announce]`).textContent()).toMatch(/первого вопроса/);
    // The notice goes away with the next answer.
    await answer(page, 'account').click();
    await expect.poll(() => page.locator(`${SELECTOR} [data-recovery-notice]`).count()).toBe(0);
    await check();
  });

  it('can be walked with the keyboard alone: focus moves to each new heading, Back and Start over work', async () => {
    const { questions, titles } = treeOf('en');
    const { page, check } = await watchedPage();
    await openSelector(page, 'en');
    const tabTo = async (test: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (test(await focused(page))) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo((f) => f.answer === 'account', 'the first answer');
    expect((await focused(page)).visible, 'focus is visible').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', text: questions.get('account') });
    expect(await page.locator(`${SELECTOR} [data-recovery-announce]`).textContent()).toMatch(/Question 2 of up to/);

    for (const [id, next] of [
      ['forgot', 'account.forgot'],
      ['not-signed-in', 'account.forgot.not-signed-in'],
    ] as const) {
      await tabTo((f) => f.answer === id, id);
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', text: questions.get(next) });
    }
    await tabTo((f) => f.answer === 'phone', 'phone');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', text: titles.get('reset-by-code') });

    await tabTo((f) => f.button === 'back', 'the Back button');
    expect((await focused(page)).text).toMatch(/Back$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', text: questions.get('account.forgot.not-signed-in') });
    expect(pathParam(page)).toBe('account.forgot.not-signed-in');

    await tabTo((f) => f.button === 'restart', 'the Start over button');
    expect((await focused(page)).text).toBe('Start over');
    await page.keyboard.press('Space');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', text: questions.get('') });
    expect(pathParam(page)).toBeNull();
    await check();
  });

  it('folds the full tree once the selector is ready, unless the reader is already in it', async () => {
    const tree = 'details[data-recovery-tree]';
    const { page, check } = await watchedPage();
    await openSelector(page, 'en');
    expect(await page.locator(tree).getAttribute('open'), 'untouched: the tree is folded').toBeNull();

    // A slow phone: the reader tabs into the tree before the selector's script has arrived.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/RecoverySelector.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.server.url}/en/recovery/`, { waitUntil: 'domcontentloaded' });
    const link = page.locator(`${tree} a[data-recovery-link]`).nth(3);
    await link.focus();
    const before = await link.textContent();
    release();
    await page.waitForSelector(`${SELECTOR}[data-state="live"]`);
    expect(await page.locator(tree).getAttribute('open'), 'the tree the reader is in stays open').not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(before);
    expect(await link.isVisible(), 'the focused link is still visible').toBe(true);
    await check();
  });

  it('prints an outcome on its own: no header, tree, intro or buttons', async () => {
    const { titles } = treeOf('en');
    const { page } = await watchedPage();
    await openSelector(page, 'en', '?path=account.restricted');
    await expect.poll(() => heading(page)).toBe(titles.get('restricted'));
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header[role="banner"]', 'details[data-recovery-tree]', 'p.recovery-page-extra', '[data-recovery-print]', '[data-recovery-back]', '[data-recovery-progress]']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of [`${SELECTOR} [data-recovery-outcome]`, `${SELECTOR} [data-recovery-steps]`, `${SELECTOR} [data-recovery-prepare]`]) {
      expect(await page.locator(shown).isVisible(), shown).toBe(true);
    }
  });

  it('copies an outcome as a plain-text checklist with full links', async () => {
    const { titles } = treeOf('en');
    const { page, check } = await watchedPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openSelector(page, 'en', '?path=account.forgot.not-signed-in.phone');
    await page.locator(`${SELECTOR} [data-recovery-copy]`).click();
    await expect.poll(() => page.locator(SELECTOR).textContent()).toContain('Checklist copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe(titles.get('reset-by-code'));
    expect(text).toMatch(/^\[ \] The phone with the linked SIM card/m);
    expect(text).toMatch(/^1\. On your phone, open Settings/m);
    expect(text).toContain(`${site.server.url}/en/reset-password/`);
    expect(text).toContain('https://account.xiaomi.com/');
    await check();
  });

  it('in Arabic runs right to left, with the answer text at the start (right) of each button', async () => {
    const { page, check } = await watchedPage();
    await openSelector(page, 'ar', '?path=account');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const link = answer(page, 'forgot');
    const text = await link.locator('span').first().boundingBox();
    const chevron = await link.locator('span').last().boundingBox();
    expect(text!.x).toBeGreaterThan(chevron!.x);
    await check();
  });

  it('has big touch targets and no sideways scrolling on a phone', async () => {
    const { page } = await watchedPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await openSelector(page, 'es', '?path=account');
    for (const box of await page.locator(`${SELECTOR} [data-recovery-answer]`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(48);
    }
    await answer(page, 'restricted').tap();
    await expect.poll(() => page.locator(`${SELECTOR} [data-recovery-outcome]`).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  it('passes axe (WCAG 2.2 AA) at a question and at an outcome, in English and Arabic', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const [lang, query] of [
      ['en', ''],
      ['en', '?path=device.not-mine'],
      ['ar', '?path=account.hacked.locked-out'],
    ] as const) {
      const { page } = await watchedPage();
      await openSelector(page, lang, query);
      await page.waitForTimeout(100);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${lang}/recovery/${query}`).toEqual([]);
    }
  });
});

describe('the recovery selector embedded in the hub article', () => {
  it('answers in place without touching the address, then links to the step on the recovery page', async () => {
    const { questions, titles } = treeOf('en');
    const { page, check } = await watchedPage();
    await page.goto(`${site.server.url}/en/cannot-sign-in/`);
    const embed = page.locator('[data-recovery-selector="embedded"]');
    await embed.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-recovery-selector="embedded"][data-state="live"]');
    await embed.locator('[data-recovery-answer="device"]').click();
    await expect.poll(() => embed.locator('h3').first().textContent()).toBe(questions.get('device'));
    expect(new URL(page.url()).pathname).toBe('/en/cannot-sign-in/');
    expect(new URL(page.url()).search).toBe('');
    await embed.locator('[data-recovery-answer="know-password"]').click();
    await expect.poll(() => embed.locator('h3').first().textContent()).toBe(titles.get('device-enter-password'));
    const full = embed.locator('a', { hasText: 'Open this step on its own page' });
    expect(await full.getAttribute('href')).toBe('/en/recovery/?path=device.know-password');
    await full.click();
    await page.waitForSelector(`${SELECTOR}[data-state="live"]`);
    await expect.poll(() => heading(page)).toBe(titles.get('device-enter-password'));
    await check();
  });
});

describe('the recovery page without JavaScript', () => {
  for (const lang of FULL) {
    it(`reaches ${which(lang)} in ${lang} by following links`, async () => {
      const { routes, titles } = treeOf(lang);
      const { page, errors } = await openPage(site.browser, { javaScriptEnabled: false });
      await page.goto(`${site.server.url}/${lang}/recovery/`);
      expect(await page.locator('details[data-recovery-tree]').getAttribute('open')).not.toBeNull();
      for (const route of routesToWalk(lang, routes)) {
        // The site.server-rendered first question, then the links of the full tree.
        await page.locator(`${SELECTOR} a[data-recovery-answer="${route.answers[0]}"]`).click();
        for (const [i, id] of route.answers.entries()) {
          if (i === 0) continue;
          const branch = route.answers.slice(0, i).join('.');
          await page.locator(`[id="r-${branch}"] > ul > li > a[data-recovery-link="${id}"]`).click();
        }
        expect(new URL(page.url()).hash, route.answers.join('.')).toBe(`#o-${route.outcome}`);
        const section = page.locator(`[id="o-${route.outcome}"]`);
        expect((await section.locator('h4').first().textContent())?.trim()).toBe(titles.get(route.outcome));
        const box = await section.boundingBox();
        expect(box && box.y > -5 && box.y < 850, `${route.outcome} scrolled into view`).toBe(true);
      }
      expect(errors).toEqual([]);
    });
  }
});
