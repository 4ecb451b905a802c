/**
 * The built site behind Debian's nginx with docs/nginx.conf, as a reader's host would serve it:
 * every kind of page in every locale works in Chromium, headers, 404 pages, caching and compression
 * are right, a sub-path works, and the node test server answers like nginx does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage } from '../support/browser.ts';
import { BASE, basePathSite } from '../support/base-path-site.ts';
import { startNginx, type NginxHost } from '../support/nginx.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { LOCALE_CODES, localeInfo } from '../../src/i18n/locales.ts';
import { builtSitePolicy } from '../../src/integrations/built-site.ts';
import { IMMUTABLE_CACHE, toNginx } from '../../src/lib/security/headers.ts';

let browser: Browser;
let host: NginxHost;
let sub: NginxHost;
let node: StaticServer;

beforeAll(async () => {
  host = await startNginx({ dist: DIST, snippet: readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8'), name: 'root' });
  const baseDist = basePathSite().dist;
  sub = await startNginx({ dist: baseDist, snippet: toNginx(builtSitePolicy(baseDist, BASE), BASE), base: BASE, name: 'help' });
  node = await serveDist();
  browser = await launchChromium();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([host?.close(), sub?.close(), node?.close()]);
});

const KINDS = ['', 'reset-password/', 'category/sign-in/', 'articles/', 'faq/', 'recovery/', 'tools/password-strength/', 'search/?q=code'];
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });
const astroFile = (ext: string) => readdirSync(join(DIST, '_astro')).find((f) => f.endsWith(ext))!;

describe('behind nginx with docs/nginx.conf', () => {
  it('every kind of page in every locale loads in Chromium with no error, no CSP violation and no request elsewhere', async () => {
    const problems: string[] = [];
    const { page, errors, requests } = await openPage(browser);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const lang of LOCALE_CODES) {
      for (const kind of KINDS) {
        const res = await page.goto(`${host.url}/${lang}/${kind}`);
        if (res?.status() !== 200) problems.push(`/${lang}/${kind}: ${res?.status()}`);
        if ((await page.locator('html').getAttribute('lang')) !== localeInfo(lang).tag) problems.push(`/${lang}/${kind}: wrong lang`);
      }
    }
    // The scripts that fetch at run time: search (Pagefind's wasm and index) and the password lists.
    await page.goto(`${host.url}/en/search/?q=password`);
    await expect.poll(() => page.locator('[data-search-page] .search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(`${host.url}/ru/tools/password-strength/`);
    const field = page.locator('[data-password-input]').first();
    await field.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-password-checker]').getAttribute('data-phase'), { timeout: 15_000 }).not.toBeNull();
    await field.click();
    await field.fill('qwerty123');
    await expect.poll(() => page.locator('[data-password-checker]').getAttribute('data-phase'), { timeout: 30_000 }).toBe('ready');
    expect(await page.locator('[data-password-level]').getAttribute('data-password-level')).toBe('0');
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(host.url))).toEqual([]);
  });

  it('sends the security headers on pages and on assets', async () => {
    for (const path of ['/ru/', '/en/faq/', `/_astro/${astroFile('.css')}`, '/pagefind/pagefind.js', '/sitemap-index.xml']) {
      const res = await get(`${host.url}${path}`);
      expect(res.status, path).toBe(200);
      for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options']) {
        expect(res.headers.get(name), `${path} ${name}`).toBeTruthy();
      }
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it("answers a missing page in a locale with that locale's 404 page, and elsewhere with the root one, status 404", async () => {
    for (const lang of LOCALE_CODES) {
      const res = await get(`${host.url}/${lang}/no-such-page/`);
      expect(res.status, lang).toBe(404);
      expect(await res.text(), lang).toMatch(new RegExp(`<html[^>]* lang="${localeInfo(lang).tag}"`));
    }
    const root = await get(`${host.url}/no-such-page/`);
    expect(root.status).toBe(404);
    expect(await root.text()).toContain('<html');
  });

  it('caches hashed files for a year and makes HTML revalidate', async () => {
    for (const path of [`/_astro/${astroFile('.js')}`, `/_astro/${astroFile('.css')}`]) {
      expect((await get(`${host.url}${path}`)).headers.get('cache-control'), path).toBe(IMMUTABLE_CACHE);
    }
    const fragment = readdirSync(join(DIST, 'pagefind/fragment'))[0];
    expect((await get(`${host.url}/pagefind/fragment/${fragment}`)).headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    // The search vocabulary: hashed shards for a year, the manifest that names them revalidated.
    const shard = readdirSync(join(DIST, 'pagefind/words/shards'))[0];
    expect((await get(`${host.url}/pagefind/words/shards/${shard}`)).headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect((await get(`${host.url}/pagefind/words/ru.json`)).headers.get('cache-control') ?? '').not.toMatch(/max-age=[1-9]|immutable/);
    for (const path of ['/ru/', '/en/reset-password/', '/es/faq/']) {
      const cache = (await get(`${host.url}${path}`)).headers.get('cache-control') ?? '';
      expect(cache, path).not.toMatch(/max-age=[1-9]|immutable/);
    }
  });

  it('compresses HTML, CSS, JavaScript and XML', async () => {
    for (const path of ['/ru/reset-password/', `/_astro/${astroFile('.css')}`, `/_astro/${astroFile('.js')}`, '/sitemap-index.xml']) {
      const res = await get(`${host.url}${path}`, { 'accept-encoding': 'gzip' });
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('answers like the node test server: same status and redirect target for pages, folders, files and misses', async () => {
    const paths = ['/', '/ru', '/ru/', '/ru/faq', '/ru/faq/', '/ru/reset-password/index.html', '/ru/no-such-page/', '/no-such-page', `/_astro/${astroFile('.js')}`, '/pagefind/pagefind.js', '/robots.txt'];
    const differ: string[] = [];
    for (const path of paths) {
      const [a, b] = await Promise.all([get(`${host.url}${path}`), get(`${node.url}${path}`)]);
      const where = (r: Response, origin: string) => (r.headers.get('location') ?? '').replace(origin, '');
      const nginx = `${a.status} ${where(a, host.url)}`;
      const ours = `${b.status} ${where(b, node.url)}`;
      if (nginx !== ours) differ.push(`${path}: nginx ${nginx}, test server ${ours}`);
    }
    expect(differ).toEqual([]);
  });
});

describe(`behind nginx under a sub-path (BASE_PATH=${BASE})`, () => {
  it('serves pages, assets and locale 404 pages inside the sub-path, and the pages work in Chromium', async () => {
    const res = await get(`${sub.url}${BASE}ru/reset-password/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const asset = /(?:src|href)="(\/help\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const assetRes = await get(`${sub.url}${asset}`);
    expect(assetRes.status).toBe(200);
    expect(assetRes.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    const missing = await get(`${sub.url}${BASE}es/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<html[^>]* lang="es"/);

    const { page, errors, requests } = await openPage(browser);
    await page.goto(`${sub.url}${BASE}en/`);
    await page.locator('[data-header-controls] .lang-switcher summary').click();
    await page.locator('[data-header-controls] .lang-switcher a[hreflang="ar"]').click();
    await page.waitForURL(/\/help\/ar\/$/);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(`${sub.url}${BASE}`))).toEqual([]);
  });
});
