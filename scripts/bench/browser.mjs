/**
 * Bytes a reader's browser transfers, measured in real Chromium (Debian's /usr/bin/chromium or
 * CHROMIUM_PATH, launched by scripts/lib/chromium.ts) against a site served on loopback.
 * Each measurement uses a fresh browser context (empty cache): a first view.
 * "Bytes" are response bodies as sent on the wire (gzip where the server compresses);
 * response headers are counted separately.
 */
import { startStaticServer } from '../lib/static-host.ts';

/**
 * The built site as a static host with pre-compressed files would serve it: gzip level 9 for text
 * types when the browser accepts it (Pagefind's own files are already compressed and go as they are),
 * and no-cache, so each measurement is a first view.
 */
export const serveForBench = (dist) => startStaticServer({ dir: dist, gzip: true, cacheControl: 'no-cache' });
/** The viewport of Lighthouse's mobile run (Moto G Power). */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };


const KINDS = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image', fetch: 'fetch', xhr: 'fetch' };

function recorder(page) {
  const entries = [];
  const pending = [];
  page.on('requestfinished', (req) => {
    pending.push(
      req.sizes().then(
        (s) => {
          const resp = req.redirectedTo() ? null : s;
          if (!resp) return;
          entries.push({ url: req.url(), kind: KINDS[req.resourceType()] ?? 'other', body: s.responseBodySize, headers: s.responseHeadersSize });
        },
        () => {},
      ),
    );
  });
  return {
    entries,
    settle: () => Promise.all(pending),
  };
}

function summarize(entries) {
  const byKind = {};
  for (const e of entries) byKind[e.kind] = (byKind[e.kind] ?? 0) + e.body;
  return {
    totalBytes: entries.reduce((s, e) => s + e.body, 0),
    headerBytes: entries.reduce((s, e) => s + e.headers, 0),
    requests: entries.length,
    html: byKind.html ?? 0,
    css: byKind.css ?? 0,
    js: byKind.js ?? 0,
    other: Object.entries(byKind).filter(([k]) => !['html', 'css', 'js'].includes(k)).reduce((s, [, v]) => s + v, 0),
    files: entries.map((e) => ({ url: e.url.replace(/^https?:\/\/[^/]+/, ''), kind: e.kind, bytes: e.body })),
  };
}

/** First view of `url` on a mobile viewport: everything loaded until the network is idle, by kind. */
export async function firstView(browser, url) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const rec = recorder(page);
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  if (!res || res.status() !== 200) throw new Error(`${url}: HTTP ${res?.status()}`);
  await page.waitForTimeout(300);
  await rec.settle();
  await context.close();
  return summarize(rec.entries);
}

/**
 * A first search with Pagefind's own API, as a search UI would do it: on `pageUrl` (already
 * loaded, not counted), import <bundle>pagefind.js, search `query`, load the first `shown`
 * results. Counts everything transferred from the moment the search starts.
 */
export async function firstSearch(browser, pageUrl, query, { bundle = '/pagefind/', shown = 5 } = {}) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const res = await page.goto(pageUrl, { waitUntil: 'networkidle' });
  if (!res || res.status() !== 200) throw new Error(`${pageUrl}: HTTP ${res?.status()}`);
  const rec = recorder(page);
  const found = await page.evaluate(
    async ({ bundle, query, shown }) => {
      const pf = await import(`${bundle}pagefind.js`);
      await pf.options({ bundlePath: bundle });
      const r = await pf.search(query);
      const data = await Promise.all(r.results.slice(0, shown).map((x) => x.data()));
      return { results: r.results.length, titles: data.map((d) => d.meta?.title ?? d.url) };
    },
    { bundle, query, shown },
  );
  await page.waitForTimeout(300);
  await rec.settle();
  await context.close();
  return { query, ...found, ...summarize(rec.entries) };
}
