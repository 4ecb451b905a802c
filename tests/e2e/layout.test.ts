import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { DIST } from '../support/paths.ts';

const site = useSite();

describe('theme', () => {
  it('follows the system by default and remembers an explicit choice', async () => {
    const { page, errors } = await openPage(site.browser, { colorScheme: 'dark' });
    await page.goto(`${site.server.url}/en/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const toggle = page.locator('[data-header-controls] [data-theme-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(errors).toEqual([]);
  });

  it('sets the theme before the first paint (the script runs in <head>, before any stylesheet)', async () => {
    const { page } = await openPage(site.browser, { colorScheme: 'dark' });
    await page.goto(`${site.server.url}/ru/`);
    const first = await page.evaluate(() => {
      const el = document.head.querySelector('script, link[rel="stylesheet"], style');
      return el?.tagName === 'SCRIPT' && !el.getAttribute('src') && !el.getAttribute('type') ? el.textContent : null;
    });
    expect(first).toContain('dataset.theme');
  });
});

describe('language switcher', () => {
  it('opens by keyboard and leads to the same article in another language', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/reset-password/`);
    await page.locator('.lang-switcher summary').focus();
    await page.keyboard.press('Enter');
    const english = page.locator('.lang-switcher a[hreflang="en"]');
    await expect.poll(() => english.isVisible()).toBe(true);
    await english.click();
    await page.waitForURL(/\/en\/reset-password\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('sends a first-time visitor of the root page to the browser’s language', async () => {
    const { page } = await openPage(site.browser, { locale: 'es-MX' });
    await page.goto(`${site.server.url}/`);
    await page.waitForURL(/\/es\/$/);
  });

  it('remembers a language picked on the root page', async () => {
    const { page } = await openPage(site.browser, { locale: 'es-ES' });
    await page.goto(`${site.server.url}/?choose`);
    await page.locator('a[data-lang="ar"]').click();
    await page.waitForURL(/\/ar\/$/);
    await page.goto(`${site.server.url}/`);
    await page.waitForURL(/\/ar\/$/);
  });
});

describe('table of contents', () => {
  it('on a wide screen stays in view while reading and jumps to a section', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/en/reset-password/`);
    const aside = page.locator('aside nav.toc');
    expect(await aside.isVisible()).toBe(true);
    const link = aside.locator('a').nth(2);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    const top = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    expect(await aside.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  });

  it('on a phone is collapsed until opened', async () => {
    const { page } = await openPage(site.browser, { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${site.server.url}/es/reset-password/`);
    expect(await page.locator('aside nav.toc').isVisible()).toBe(false);
    const details = page.locator('details.toc');
    const firstLink = details.locator('a').first();
    expect(await firstLink.isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await firstLink.isVisible()).toBe(true);
  });
});

describe('printing an article', () => {
  it('prints the article without header, footer, navigation or table of contents', async () => {
    const { page } = await openPage(site.browser);
    await page.goto(`${site.server.url}/en/reset-password/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header[role="banner"]', 'body > footer', 'nav.toc', '.lang-switcher']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('[data-article-content]').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
  });
});

/** The layout shift a page's load adds up to (no input), from Chromium's layout-shift entries, once it has settled. */
async function layoutShiftOf(url: string, viewport: { width: number; height: number }): Promise<number> {
  const { page } = await openPage(site.browser, { viewport });
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await page.context().close();
  return shift;
}

describe('no layout shift', () => {
  it('an article, the home page and the recovery page do not move while they load and their scripts run, on a phone and a wide screen', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      for (const path of ['/ru/reset-password/', '/ar/google-or-xiaomi-lock/', '/en/', '/en/recovery/']) {
        expect(await layoutShiftOf(`${site.server.url}${path}`, viewport), `${path} at ${viewport.width} px`).toBe(0);
      }
    }
  });
});

describe('article pages without islands', () => {
  it('load no island runtime and no search code until asked', async () => {
    const { page, requests } = await openPage(site.browser);
    await page.goto(`${site.server.url}/ru/account-restricted/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('astro-island').count()).toBe(0);
    expect(requests.filter((u) => /preact|client\.[\w-]+\.js|\/pagefind\//.test(u))).toEqual([]);
  });
});

describe('a page that arrives slowly', () => {
  /**
   * A slow network or phone delivers the HTML in pieces, and Chromium paints what it has. Here the
   * article arrives cut inside the header (after Search, before the Menu) with a pause: the first paint
   * must wait for the whole header (Base.astro's <link rel="expect" blocking="render">), or the Menu
   * appears later and the row moves (the site name wraps). The same page without that hint shifts:
   * proof that the cut reaches the paint, so the first assertion can fail.
   */
  async function shiftWhenCut(html: string): Promise<number> {
    const cut = html.indexOf('<details class="site-menu');
    expect(cut, 'the header has its Menu').toBeGreaterThan(0);
    const server = createServer(async (req, res) => {
      if (req.url === '/ru/reset-password/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write(html.slice(0, cut));
        await new Promise((r) => setTimeout(r, 600));
        res.end(html.slice(cut));
        return;
      }
      const upstream = await fetch(`${site.server.url}${req.url}`);
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      return await layoutShiftOf(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ru/reset-password/`, { width: 390, height: 844 });
    } finally {
      server.close();
    }
  }

  it('paints the header whole: nothing moves when the rest of it comes in late', async () => {
    const html = readFileSync(join(DIST, 'ru', 'reset-password', 'index.html'), 'utf8');
    const hint = /<link rel="expect" href="#([\w-]+)" blocking="render">/.exec(html);
    expect(hint, 'the render-blocking hint in <head>').not.toBeNull();
    expect(html.indexOf(`id="${hint![1]}"`), 'its element closes the header').toBeGreaterThan(html.indexOf('<details class="site-menu'));
    expect(await shiftWhenCut(html)).toBe(0);
    expect(await shiftWhenCut(html.replace(hint![0], ''))).toBeGreaterThan(0);
  });
});
