/**
 * Reader feedback end to end (issue 26): the site built with FEEDBACK_ENDPOINT behind Debian's nginx with
 * the docs/nginx.conf snippet, the feedback service behind it on a loopback port with a temporary
 * database, and a reader in Chromium: No, a reason, a comment, Send → the row is in SQLite and the
 * editors' report shows it; the same without JavaScript (303 to the thank-you page); under a recovery
 * outcome and an empty search; keyboard, right to left, dark, 390 px, axe, no layout shift; and with the
 * service slow or stopped the widget says it could not send while the page keeps working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { launchChromium, openPage } from '../support/browser.ts';
import { axeViolations, serveAxe, type AxeServer } from '../support/axe.ts';
import { startNginx, type NginxHost } from '../support/nginx.ts';
import { feedbackSite } from '../support/feedback-site.ts';
import { builtSitePolicy } from '../../src/integrations/built-site.ts';
import { FEEDBACK_UPSTREAM, toNginx } from '../../src/lib/security/headers.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-config.ts';
import { feedbackServer } from '../../services/feedback/server.ts';
import { readSite } from '../../services/feedback/site.ts';
import { openStore, type FeedbackStore } from '../../services/feedback/store.ts';
import { reportHtml } from '../../services/feedback/report.ts';

let browser: Browser;
let host: NginxHost;
let app: FastifyInstance;
let store: FeedbackStore;
let axe: AxeServer;
const tmp = mkdtempSync(join(tmpdir(), 'feedback-e2e-'));

beforeAll(async () => {
  const { dist } = feedbackSite();
  store = openStore(join(tmp, 'feedback.db'));
  const site = readSite(dist, DEFAULT_SITE_URL, '/');
  app = await feedbackServer({ store, site: () => site, origin: new URL(DEFAULT_SITE_URL).origin, rate: 1000 });
  const service = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
  const snippet = toNginx(builtSitePolicy(dist, '/'), '/').replaceAll(FEEDBACK_UPSTREAM, service.host);
  host = await startNginx({ dist, snippet, name: 'feedback' });
  browser = await launchChromium();
  axe = await serveAxe();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
  await store?.close();
  await axe?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const last = () => store.rows().at(-1);

describe('reader feedback through nginx', () => {
  it('a reader answers No with a reason and a comment: the row is in SQLite, redacted, and the report shows it', async () => {
    const { page, errors, requests } = await openPage(browser);
    const before = store.count();
    await page.goto(`${host.url}/en/reset-password/`);
    const widget = page.locator('article section[data-feedback]');
    await widget.scrollIntoViewIfNeeded();
    expect(await widget.locator('form').first().isVisible()).toBe(true);
    // Nothing is sent before Send.
    await widget.getByText('No', { exact: true }).click();
    await widget.getByLabel('I followed the steps, but they did not work').check();
    await widget.getByLabel('Anything to add? (optional)').fill('The code 482913 never came to me@example.com');
    expect(store.count()).toBe(before);
    await widget.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => widget.locator('[data-feedback-status]').textContent()).toBe('Thank you! Your answer has been sent.');
    expect(await widget.locator('[data-feedback-next]').isVisible()).toBe(true);
    expect(await widget.locator('[data-feedback-next] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/en/recovery/', '/en/contact-support/']);
    expect(store.count()).toBe(before + 1);
    expect(last()).toMatchObject({ kind: 'page', locale: 'en', path: '/en/reset-password/', helpful: false, reason: 'steps-failed', comment: 'The code [code] never came to [email]', outcome: null });
    const report = reportHtml(store.rows(), new Date());
    expect(report).toContain('<code>/en/reset-password/</code>');
    expect(report).toContain('The code [code] never came to [email]');
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(host.url))).toEqual([]);
  });

  it('works without JavaScript: Yes, and No with a reason, land on the thank-you page through a 303', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${host.url}/es/reset-password/`);
    const widget = page.locator('article section[data-feedback]');
    await widget.getByRole('button', { name: 'Sí' }).click();
    await page.waitForURL(`${host.url}/es/feedback/thanks/`);
    expect(await page.locator('h1').textContent()).toBe('Gracias por tu respuesta');
    expect(last()).toMatchObject({ locale: 'es', path: '/es/reset-password/', helpful: true, reason: null });

    await page.goto(`${host.url}/es/used-phone/`);
    await widget.locator('summary').click();
    await widget.getByLabel('Mi caso no aparece aquí').check();
    await widget.getByRole('button', { name: 'Enviar' }).click();
    await page.waitForURL(`${host.url}/es/feedback/thanks/`);
    expect(last()).toMatchObject({ locale: 'es', path: '/es/used-phone/', helpful: false, reason: 'not-my-case', comment: null });
  });

  it('asks under the outcome the recovery selector shows, and sends that outcome', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${host.url}/en/recovery/`);
    const scope = page.locator('[data-feedback-scope]');
    const widget = scope.locator('section[data-feedback]');
    expect(await widget.isVisible()).toBe(false);
    const selector = scope.locator('[data-recovery-selector]');
    await expect.poll(() => selector.getAttribute('data-state')).toBe('live');
    while ((await selector.locator('[data-recovery-outcome]').count()) === 0) await selector.locator('[data-recovery-answer]').first().click();
    const outcome = await selector.locator('[data-recovery-outcome]').getAttribute('data-recovery-outcome');
    expect(await widget.isVisible()).toBe(true);
    await widget.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => widget.locator('[data-feedback-status]').textContent()).toBe('Thank you! Your answer has been sent.');
    expect(last()).toMatchObject({ locale: 'en', path: '/en/recovery/', outcome, helpful: true });
    expect(errors).toEqual([]);
  });

  it('sends what the reader looked for after a search that found nothing, only on click', async () => {
    const { page, errors } = await openPage(browser);
    const before = store.count();
    await page.goto(`${host.url}/ru/search/?q=${'zzqxv'}`);
    const empty = page.locator('[data-search-page] [data-search-empty]');
    await expect.poll(() => empty.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(store.count()).toBe(before);
    await empty.getByRole('button', { name: 'Сообщить, что вы искали' }).click();
    await expect.poll(() => empty.locator('[data-feedback-status]').textContent()).toBe('Спасибо! Редакторы увидят, что вы искали.');
    expect(last()).toMatchObject({ kind: 'search', locale: 'ru', query: 'zzqxv', path: null, helpful: null });
    expect(errors).toEqual([]);
  });

  it('by keyboard in Arabic, right to left, dark, on a 390 px phone: no axe violation, no layout shift, focus on the answer', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', bypassCSP: true, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${host.url}/ar/reset-password/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const widget = page.locator('article section[data-feedback]');
    await widget.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    // The widget fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await widget.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await widget.locator('details').getAttribute('open')).not.toBeNull();
    expect(await axeViolations(page, axe.url)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await widget.locator('input[value="not-my-case"]').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('لم أجد حالتي');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const status = widget.locator('[data-feedback-status]');
    await expect.poll(() => status.textContent()).toBe('شكرًا لك! أُرسلت إجابتك.');
    expect(await status.evaluate((s) => s === document.activeElement)).toBe(true);
    expect(last()).toMatchObject({ locale: 'ar', path: '/ar/reset-password/', reason: 'not-my-case', comment: 'لم أجد حالتي' });
    expect(await axeViolations(page, axe.url)).toEqual([]);
    await context.close();
  });

  it('says it could not send when the service is slow (5 s) or stopped, and the page keeps working', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${host.url}/en/used-phone/`);
    const widget = page.locator('article section[data-feedback]');
    const status = widget.locator('[data-feedback-status]');
    // Slow: the request never gets an answer.
    await page.route('**/api/feedback', () => {});
    const started = Date.now();
    await widget.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Could not send. Please try again later.');
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    await page.unroute('**/api/feedback');
    // Stopped: nginx answers 502.
    const before = store.count();
    await app.close();
    await widget.locator('summary').click();
    await widget.getByLabel('Something else').check();
    await widget.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => status.textContent()).toBe('Could not send. Please try again later.');
    expect(store.count()).toBe(before);
    // The page still works: the form is there to try again, links and the menu answer.
    expect(await widget.getByRole('button', { name: 'Send' }).isEnabled()).toBe(true);
    await page.locator('article a[href="#top"]').click();
    expect(errors.filter((e) => !/502|Failed to load resource/.test(e))).toEqual([]);
  });
});
