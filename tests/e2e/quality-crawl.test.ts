import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headersFor, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { serveDist, type StaticServer } from '../support/server.ts';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { builtSite, samplePages, sitePaths } from '../support/site.ts';
import { hydrateIslands } from '../support/islands.ts';

/**
 * The whole-site crawl, with the site's CSP enforced (the <meta> and the _headers a host would send):
 * every page found in dist, the sitemap and by following links answers HTTP 200, its links and assets
 * answer 200 and every #anchor exists. Chromium opens every page of one locale and each kind of page
 * of the others (tests/support/site.ts, samplePages), and any page found only by a link, and nothing
 * there logs an error, breaks the policy or leaves the origin; the links of the other pages are
 * read from their HTML, since they are the same templates with other words.
 */
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let origin: string;

interface Problem {
  page: string;
  what: string;
}
const problems: Problem[] = [];
const note = (page: string, what: string) => problems.push({ page, what });

/** The page being crawled: what the browser reports (violations, errors, requests) is filed under it. */
let current = '';

beforeAll(async () => {
  const rules = existsSync(join(DIST, '_headers')) ? parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')) : [];
  server = await serveDist({ headers: (path) => headersFor(rules, path) });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.exposeFunction('__reportCsp', (v: string) => note(current, `CSP violation: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    note(current, `request to another origin: ${url}`);
    return route.abort();
  });
  context.on('console', (m) => {
    if (m.type() === 'error') note(current, `console error: ${m.text()}`);
  });
  context.on('weberror', (e) => note(current, `page error: ${e.error().message}`));
  context.on('response', (r) => {
    if (r.status() >= 400) note(current, `HTTP ${r.status()} for ${r.url()}`);
  });
  context.on('requestfailed', (r) => {
    // ERR_ABORTED: still loading when the crawler moved on to the next page; not a fault of the site.
    const reason = r.failure()?.errorText ?? '';
    if (new URL(r.url()).origin === origin && reason !== 'net::ERR_ABORTED') note(current, `request failed: ${r.url()} (${reason})`);
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Runs fn once the page has stopped navigating (a script may send the reader on, like the root's language chooser). */
async function settled<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.waitForLoadState('load');
      return await fn();
    } catch (e) {
      if (attempt >= 3 || !/context was destroyed|navigat/i.test(String(e))) throw e;
    }
  }
}

/** Opens a page, lets every island hydrate (scrolling brings client:visible ones into view). */
async function visit(page: Page, path: string): Promise<number> {
  current = path;
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (!(await settled(page, () => hydrateIslands(page)))) note(path, 'an island never hydrated (astro-island[ssr] still present after 10 s)');
  return response?.status() ?? 0;
}

interface Found {
  /** Links and asset URLs on the page, with the attribute they came from. */
  refs: { url: string; from: string }[];
  ids: string[];
}

/** The same links and ids, read from the built HTML of a page Chromium does not open. */
function collectStatic(p: BuiltPage, base: string): Found {
  const refs: { url: string; from: string }[] = [];
  const add = (tag: string, attr: string, value: string | undefined) => {
    if (value && value.trim()) refs.push({ url: new URL(value.trim(), `${base}${p.url}`).href, from: `<${tag} ${attr}>` });
  };
  for (const el of p.doc.querySelectorAll('a[href], area[href], link[href]')) add(el.rawTagName.toLowerCase(), 'href', el.getAttribute('href'));
  for (const el of p.doc.querySelectorAll('script[src], img[src], source[src], iframe[src], video[src], audio[src]')) add(el.rawTagName.toLowerCase(), 'src', el.getAttribute('src'));
  for (const el of p.doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const part of (el.getAttribute('srcset') ?? '').split(',')) add(el.rawTagName.toLowerCase(), 'srcset', part.trim().split(/\s+/)[0] ?? '');
  }
  for (const el of p.doc.querySelectorAll('form[action]')) add('form', 'action', el.getAttribute('action'));
  for (const el of p.doc.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')) add('meta', 'content', el.getAttribute('content'));
  const ids = [...p.doc.querySelectorAll('[id]').map((e) => e.id), ...p.doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name') ?? '')];
  return { refs, ids };
}

async function collect(page: Page): Promise<Found> {
  return page.evaluate(() => {
    const refs: { url: string; from: string }[] = [];
    const add = (el: Element, attr: string, value: string | null) => {
      if (value && value.trim()) refs.push({ url: value.trim(), from: `<${el.tagName.toLowerCase()} ${attr}>` });
    };
    for (const el of document.querySelectorAll('a[href], area[href], link[href]')) add(el, 'href', el.getAttribute('href'));
    for (const el of document.querySelectorAll('script[src], img[src], source[src], iframe[src], video[src], audio[src]')) add(el, 'src', el.getAttribute('src'));
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const part of (el.getAttribute('srcset') ?? '').split(',')) add(el, 'srcset', part.trim().split(/\s+/)[0] ?? '');
    }
    for (const el of document.querySelectorAll('form[action]')) add(el, 'action', el.getAttribute('action'));
    for (const el of document.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')) add(el, 'content', el.getAttribute('content'));
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const names = [...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name') ?? '');
    return { refs: refs.map((r) => ({ ...r, url: new URL(r.url, location.href).href })), ids: [...ids, ...names] };
  });
}

const statusCache = new Map<string, Promise<number>>();
function statusOf(pathAndQuery: string): Promise<number> {
  let s = statusCache.get(pathAndQuery);
  if (!s) {
    s = fetch(`${origin}${pathAndQuery}`, { redirect: 'manual' }).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    });
    statusCache.set(pathAndQuery, s);
  }
  return s;
}

const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

describe('whole-site crawl (CSP enforced, as a host with _headers serves it)', () => {
  beforeEach(() => {
    problems.length = 0;
  });

  const sample = samplePages();
  it(`every page answers 200, every link and asset answers 200, every #anchor exists; ${sample.says} open in Chromium with nothing erring, leaking or breaking the policy`, { timeout: 600_000 }, async () => {
    const { origin: siteOrigin } = builtSite();
    const toLocal = (href: string): URL | undefined => {
      const u = new URL(href);
      if (u.origin === origin) return u;
      if (u.origin === siteOrigin) return new URL(`${u.pathname}${u.search}${u.hash}`, origin);
      return undefined;
    };

    const seeds = sample.all;
    const queue = [...sample.visit];
    // A page of the site that Chromium does not open is read from its HTML below; only pages found by a link alone join the queue.
    const queued = new Set(seeds);
    const idsOf = new Map<string, Set<string>>();
    const anchorLinks: { page: string; target: string; id: string }[] = [];
    const checks: Promise<void>[] = [];
    const page = await context.newPage();

    const follow = (path: string, found: Found) => {
      for (const { url, from } of found.refs) {
        if (!/^https?:/.test(url)) continue; // mailto:, tel:
        const local = toLocal(url);
        if (!local) {
          if (!from.startsWith('<a ') && !from.startsWith('<link href') && !from.startsWith('<area ')) note(path, `${from} loads from another origin: ${url}`);
          continue;
        }
        const target = `${local.pathname}${local.search}`;
        if (local.hash.length > 1) anchorLinks.push({ page: path, target: local.pathname, id: decodeURIComponent(local.hash.slice(1)) });
        checks.push(
          statusOf(target).then((s) => {
            if (s !== 200) note(path, `${from} ${target} answers HTTP ${s}`);
          }),
        );
        if (isPage(local.pathname) && !queued.has(local.pathname) && from === '<a href>') {
          queued.add(local.pathname);
          queue.push(local.pathname);
        }
      }
    };

    // Pages Chromium does not open: status, links and ids from their HTML (links found there may queue a page to open).
    const visiting = new Set(sample.visit);
    const built = new Map(builtPages().map((p) => [p.url, p]));
    let read = 0;
    for (const path of seeds) {
      if (visiting.has(path)) continue;
      checks.push(
        statusOf(path).then((s) => {
          if (s !== 200) note(path, `page answered HTTP ${s}`);
        }),
      );
      const p = built.get(path);
      // Listed in the sitemap only: its status is checked above.
      const found = p ? collectStatic(p, origin) : { refs: [], ids: [] };
      idsOf.set(path, new Set(found.ids));
      follow(path, found);
      if (p) read += 1;
    }

    let opened = 0;
    while (queue.length) {
      const path = queue.shift()!;
      const status = await visit(page, path);
      opened += 1;
      if (status !== 200) note(path, `page answered HTTP ${status}`);
      const found = await settled(page, () => collect(page));
      idsOf.set(path, new Set(found.ids));
      follow(path, found);
    }
    await page.close();
    await Promise.all(checks);

    for (const { page: from, target, id } of anchorLinks) {
      const ids = idsOf.get(target);
      if (!ids) continue; // not an HTML page of this site: its status was checked above
      if (!ids.has(id)) note(from, `link to ${target}#${id}: no element with that id`);
    }

    const crawled = idsOf.size;
    console.log(`crawl: ${crawled} pages (${seeds.length} from dist and the sitemap, ${crawled - seeds.length} more by links; ${opened} opened in Chromium, ${read} read from their HTML), ${statusCache.size} distinct URLs checked, ${anchorLinks.length} #anchor links`);
    expect(crawled).toBeGreaterThanOrEqual(seeds.length);
    expect(problems.map((p) => `${p.page}: ${p.what}`)).toEqual([]);
  });

  it('using search, the password checker and the recovery selector, in every language, breaks no policy and logs no error', { timeout: 300_000 }, async () => {
    const locales = [...new Set(sitePaths().map((p) => p.split('/')[1] ?? '').filter((l) => (LOCALE_CODES as readonly string[]).includes(l)))];
    const page = await context.newPage();
    const used: string[] = [];
    const visible = (selector: string) => page.locator(`${selector} >> visible=true`);
    for (const lang of locales) {
      // Search: the header button opens the dialog; type, wait for results, open the first one.
      await visit(page, `/${lang}/`);
      await page.locator('[data-search-trigger]').first().click();
      const box = visible('dialog[open] input[type="search"]').first();
      await box.waitFor({ timeout: 10_000 });
      await box.fill(lang === 'ru' ? 'пароль' : lang === 'ar' ? 'كلمة' : lang === 'es' ? 'contraseña' : 'password');
      const option = visible('dialog[open] [role="option"] a, dialog[open] [role="option"]').first();
      await option.waitFor({ timeout: 10_000 });
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL((u) => !u.pathname.endsWith(`/${lang}/`)), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      used.push(`${lang} search → ${new URL(page.url()).pathname}`);

      // The password checker: type weak and strong passwords, with markup-looking characters.
      await visit(page, `/${lang}/tools/password-strength/`);
      const field = visible('main input[type="password"], main input[type="text"]').first();
      await field.waitFor({ timeout: 10_000 });
      for (const pw of ['123456', 'qwerty<b>&"', 'correct horse battery staple </script>', 'Xq7#vT9!mL2$wR5^']) {
        await field.fill(pw);
        await page.waitForTimeout(150);
      }
      for (const b of await visible('main astro-island button[type="button"]').all()) await b.click();
      used.push(`${lang} password checker`);

      // The recovery selector: answer the first choice until an outcome shows, then start over.
      await visit(page, `/${lang}/recovery/`);
      let steps = 0;
      for (; steps < 8; steps++) {
        const choice = visible('main astro-island [data-recovery-answer]').first();
        if ((await choice.count()) === 0) break;
        await choice.click();
      }
      expect(steps, `${lang}: answered at least one recovery question`).toBeGreaterThan(0);
      used.push(`${lang} recovery (${steps} answers)`);
    }
    await page.close();
    console.log(`interactions under CSP: ${used.join('; ')}`);
    expect(problems.map((p) => `${p.page}: ${p.what}`)).toEqual([]);
  });
});
