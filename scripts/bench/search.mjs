#!/usr/bin/env node
/**
 * Search benchmark: the size of each locale's Pagefind index and vocabulary, the top-3 hit rate of
 * the reader query set (tests/search-queries/, run through the site's own query code in Node, as
 * `npm run search:try` does), and the bytes a reader's browser transfers for a first query
 * (measured in real Chromium against a built site served locally). A measurement, not a test: it
 * asserts nothing.
 *
 * CLI:     npm run build && node scripts/bench/search.mjs [distDir] [--json] [--alias-free-dist dir]
 *          distDir defaults to dist/; --json prints the result object instead of tables;
 *          --alias-free-dist: a build without aliases (see search:eval --alias-free) for the honest rate.
 *          Env: CHROMIUM_PATH (default /usr/bin/chromium), BASE_PATH (if the site was built with one).
 *
 * Module:  import { benchSearch } from './scripts/bench/search.mjs';
 *          const result = await benchSearch({ dist, base, chromiumPath, queries, log });
 *   dist          built site folder (required; must contain pagefind/)
 *   base          the BASE_PATH the site was built with (default '/')
 *   chromiumPath  Chromium binary (default CHROMIUM_PATH or /usr/bin/chromium)
 *   queries       { [locale]: { page: '/ru/reset-password/', query: 'забыл пароль' } } (default: every
 *                 locale of LOCALES, its reset-password page and its plain "forgot password" from
 *                 scripts/lib/forgot-password.ts, a new locale its fallback's; only locales built with a search index are measured)
 *   querySet      false to skip the hit rate of tests/search-queries/ (default: measured)
 *   querySetRoot  the project to read tests/search-queries/ from (default: this script's)
 *   aliasFreeDist a build of the same site whose articles have no aliases (scripts/lib/alias-free.ts):
 *                 the held-out half is scored there too (the honest measure of issue 25)
 *   log           function for the printed tables (default console.log; pass null to stay quiet)
 * Returns:
 *   {
 *     shared: { bytes, files: { 'pagefind.js': n, 'pagefind-worker.js': n } },   // any locale
 *     locales: { [lang]: { pages, metaBytes, indexBytes, filterBytes, fragmentBytes, wasmBytes, totalBytes } },
 *     vocabulary: { [lang]: { words, shards, bytes, gzipBytes, largestShardGzip } },   // pagefind/words/
 *     querySet: { [lang]: { total, hits, rate, byTag: { [tag]: { total, hits, rate } }, misses: [line] } },
 *     unseen: { [lang]: { training, heldOut, aliasFree?: { total, hits, rate, misses }, round2?, round3?, round4?, round5?: { training, heldOut, aliasFree? }, target } },  // tests/search-queries/unseen/, unseen-2/ … unseen-5/
 *     firstQuery: [{ lang, page, query, results, requests, bytes, gzipBytes, pagefindBytes, pagefindGzipBytes,
 *                    codeBytes, codeGzipBytes, wordsBytes, wordsGzipBytes, lexiconGzipBytes,
 *                    byKind: { [kind]: gzipBytes }, files: [{ path, bytes, gzip, kind }],
 *                    pagefindAloneGzipBytes, overGzipBytes, overShare }],   // Pagefind's API alone, same page, query and number of fragments
 *   kinds: pagefind.js, wasm, pagefind meta, index chunks, filters, fragments (Pagefind's own); vocabulary,
 *   lexicon, synonyms (our layer); UI code (the dialog's JavaScript, CSS and markup)
 *   }
 *   Sizes are bytes on disk / response bodies as served (Pagefind's index, filter and fragment files
 *   are already gzip-compressed inside); gzipBytes estimates the wire size if the host gzips text.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROME_FLAGS } from '../lib/chromium.ts';
import { COMPRESSIBLE, startStaticServer } from '../lib/static-host.ts';
import { normalizeBase } from '../../src/lib/urls.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { forgotPasswordQuery } from '../lib/forgot-password.ts';
import { scopeOf } from '../search-try.mjs';
import { laterRoundsIn } from '../../tests/search-queries/unseen/split.ts';

/** Every locale of the site: its reset-password page, a plain "forgot password" in its language. */
const DEFAULT_QUERIES = Object.fromEntries(LOCALES.map((l) => [l.code, { page: `/${l.code}/reset-password/`, query: forgotPasswordQuery(l.code) }]));

/** Bytes per locale on disk: Pagefind names every per-language file with the language code. */
export function indexSizes(dist) {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const size = (p) => statSync(p).size;
  const sum = (sub, lang) => {
    const d = join(dir, sub);
    return existsSync(d) ? readdirSync(d).filter((f) => f.startsWith(`${lang}_`)).reduce((n, f) => n + size(join(d, f)), 0) : 0;
  };
  const locales = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaBytes = readdirSync(dir).filter((f) => f.startsWith(`pagefind.${lang}_`)).reduce((n, f) => n + size(join(dir, f)), 0);
    const wasm = join(dir, `wasm.${info.wasm ?? lang}.pagefind`);
    const row = {
      pages: info.page_count,
      metaBytes,
      indexBytes: sum('index', lang),
      filterBytes: sum('filter', lang),
      fragmentBytes: sum('fragment', lang),
      wasmBytes: existsSync(wasm) ? size(wasm) : 0,
    };
    locales[lang] = { ...row, totalBytes: row.metaBytes + row.indexBytes + row.filterBytes + row.fragmentBytes + row.wasmBytes };
  }
  const files = Object.fromEntries(['pagefind.js', 'pagefind-worker.js'].map((f) => [f, size(join(dir, f))]));
  return { shared: { bytes: Object.values(files).reduce((a, b) => a + b, 0), files }, locales };
}

/** Each locale's vocabulary (pagefind/words/): manifest and shards, on disk and gzipped (-9). */
export function vocabularySizes(dist) {
  const dir = join(dist, 'pagefind', 'words');
  if (!existsSync(dir)) return {};
  const out = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const manifest = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const files = [f, ...manifest.shards.map((s) => s.file)].map((name) => readFileSync(join(dir, name)));
    const shardGzip = files.slice(1).map((b) => gzipSync(b, { level: 9 }).length);
    out[manifest.lang] = {
      words: manifest.words,
      shards: manifest.shards.length,
      bytes: files.reduce((n, b) => n + b.length, 0),
      gzipBytes: files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
      largestShardGzip: Math.max(0, ...shardGzip),
    };
  }
  return out;
}

const HERE = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * Top-3 hit rate of tests/search-queries/ per locale, with the site's own query code in Node
 * (scripts/search-try.mjs of this copy of the project: the engine the browser runs, against
 * dist/pagefind/). `setRoot` is where the query set is read from (the bench's copies leave tests/ out).
 */
export async function querySetRates(dist, setRoot = HERE) {
  const set = [setRoot, HERE].map((r) => join(r, 'tests', 'search-queries')).find((d) => existsSync(join(d, 'index.ts')));
  if (!set) return null;
  const { QUERY_SET } = await import(pathToFileURL(join(set, 'index.ts')).href);
  const { scoreQueries } = await import(pathToFileURL(join(set, 'score.ts')).href);
  const { openSiteSearch } = await import(pathToFileURL(join(HERE, 'scripts', 'search-try.mjs')).href);
  const out = {};
  for (const [lang, queries] of Object.entries(QUERY_SET)) {
    const s = await openSiteSearch({ dist, lang });
    const top = [];
    for (const q of queries) top.push((await s.search(q.q, { top: 3 })).top.map((t) => t.url));
    await s.close();
    const { total, hits, rate, byTag, misses } = scoreQueries(lang, queries, top);
    out[lang] = { total, hits, rate, byTag, misses };
  }
  return out;
}

/**
 * Training, held-out and (with `aliasFreeDist`) alias-free held-out top-3 rates of the unseen queries
 * (tests/search-queries/unseen/, split once by a fixed seed), through scripts/search-eval.mjs.
 */
export async function unseenRates(dist, setRoot = HERE, aliasFreeDist) {
  if (![setRoot, HERE].some((r) => existsSync(join(r, 'tests', 'search-queries', 'unseen', 'split.ts')))) return null;
  const { evaluateSearch } = await import(pathToFileURL(join(HERE, 'scripts', 'search-eval.mjs')).href);
  const { UNSEEN } = await import(pathToFileURL(join(HERE, 'tests', 'search-queries', 'unseen', 'split.ts')).href);
  // The locales this site was built with (the scale corpus has four of them).
  const locales = Object.keys(UNSEEN).filter((l) => existsSync(join(dist, l, 'index.html')));
  return evaluateSearch({ dist, aliasFreeDist, locales });
}

/**
 * What a fetched file is, for the first query's byte breakdown. The dialog's own files are 'UI code':
 * its scripts and styles (_astro/) and its markup, fetched from the locale's search folder
 * (/<lang>/search/dialog.json; before, the whole search page /<lang>/search/).
 */
export function fileKind(path) {
  if (path.includes('/pagefind/words/lexicon/')) return 'lexicon';
  if (path.includes('/pagefind/words/')) return 'vocabulary';
  if (path.endsWith('/search/synonyms.json')) return 'synonyms';
  if (/\/pagefind\/pagefind(-worker)?\.js$/.test(path)) return 'pagefind.js';
  if (/\/pagefind\/wasm\./.test(path)) return 'wasm';
  if (path.includes('/pagefind/index/')) return 'index chunks';
  if (path.includes('/pagefind/filter/')) return 'filters';
  if (path.includes('/pagefind/fragment/')) return 'fragments';
  if (path.includes('/pagefind/')) return 'pagefind meta';
  if (path.includes('/_astro/') || /\/search\/(index\.html|dialog\.json)?$/.test(path)) return 'UI code';
  return 'other';
}

/**
 * The wire size of a response if the host gzips text: a text body (by its content type: HTML, even at a
 * folder's address like /ru/search/, scripts, styles, JSON) compressed at level 9; a body that is already
 * gzip (Pagefind's index, fragment, meta and WebAssembly files) or binary, as it is.
 */
export function gzipEstimate(body, contentType = '') {
  const gzipped = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  return !gzipped && COMPRESSIBLE.test(contentType) ? gzipSync(body, { level: 9 }).length : body.length;
}

/**
 * A page opened and settled, then every response it gets from now on: path, bytes and gzip size
 * (gzipEstimate). `settled()` waits for the bodies still being read.
 */
async function openAndRecord(browser, origin, base, pagePath) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}${base.replace(/\/$/, '')}${pagePath}`);
  await page.waitForLoadState('networkidle');
  const files = [];
  const pending = [];
  page.on('response', (r) => {
    pending.push(
      r.body().then(
        (body) => files.push({ path: new URL(r.url()).pathname, bytes: body.length, gzip: gzipEstimate(body, r.headers()['content-type']) }),
        () => {},
      ),
    );
  });
  return { context, page, files, settled: () => Promise.all(pending) };
}

async function firstQuery(browser, origin, base, lang, { page: pagePath, query }) {
  const { context, page, files, settled } = await openAndRecord(browser, origin, base, pagePath);
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog [data-search-input]');
  await input.waitFor();
  await input.fill(query);
  await page.waitForFunction(() => document.querySelector('dialog [data-search-results]')?.getAttribute('aria-busy') === 'false');
  await page.waitForLoadState('networkidle');
  await settled();
  const results = await page.locator('dialog .search-result').count();
  await context.close();
  const total = (pick) => files.filter(pick).reduce((n, f) => n + f.bytes, 0);
  const isWords = (f) => f.path.includes('/pagefind/words/') || f.path.endsWith('/search/synonyms.json');
  const byKind = {};
  for (const f of files) byKind[fileKind(f.path)] = (byKind[fileKind(f.path)] ?? 0) + f.gzip;
  return {
    lang,
    page: pagePath,
    query,
    results,
    requests: files.length,
    bytes: total(() => true),
    gzipBytes: files.reduce((n, f) => n + f.gzip, 0),
    pagefindBytes: total((f) => f.path.includes('/pagefind/') && !isWords(f)),
    pagefindGzipBytes: files.filter((f) => f.path.includes('/pagefind/') && !isWords(f)).reduce((n, f) => n + f.gzip, 0),
    codeBytes: total((f) => f.path.includes('/_astro/')),
    codeGzipBytes: files.filter((f) => f.path.includes('/_astro/')).reduce((n, f) => n + f.gzip, 0),
    // The vocabulary manifest, the shards for the words typed, the lexicon (only for a word the site lacks) and the synonyms.
    wordsBytes: total(isWords),
    wordsGzipBytes: files.filter(isWords).reduce((n, f) => n + f.gzip, 0),
    lexiconGzipBytes: byKind.lexicon ?? 0,
    byKind,
    files: files.map(({ path, bytes, gzip }) => ({ path, bytes, gzip, kind: fileKind(path) })).sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * The same query with Pagefind's own API alone (what a plain Pagefind search UI fetches): on the same
 * page, import pagefind.js, search, load the first `shown` results' fragments (as many as the dialog
 * loaded: it lists the first three and the rest of its five as they come into view; a plain Pagefind UI
 * loads five). A partial locale's dialog searches its fallback languages' indexes too (`langs`, from
 * its built search page): Pagefind alone then loads the same indexes (mergeIndex) and keeps, like the
 * dialog, only the pages the locale shows (the `shown` filter: without it a fallback language's pages
 * the locale does not show would be results), like for like. Gzip estimated like firstQuery's.
 */
async function pagefindAlone(browser, origin, base, { page: pagePath, query }, shown = 5, langs = [], only = undefined) {
  const { context, page, files, settled } = await openAndRecord(browser, origin, base, pagePath);
  const bundle = `${base.replace(/\/$/, '')}/pagefind/`;
  const results = await page.evaluate(
    async ({ bundle, query, shown, langs, only }) => {
      const pf = await import(`${bundle}pagefind.js`);
      // Like the dialog: on the page itself, no worker (the worker script alone would add ~13 KB to Pagefind's side).
      await pf.options({ baseUrl: '/', noWorker: true });
      const [primary, ...merged] = langs;
      if (primary) {
        // Pagefind reads its first index's language from <html lang> in init.
        const own = document.documentElement.lang;
        document.documentElement.lang = primary;
        const started = pf.init();
        document.documentElement.lang = own;
        await started;
        for (const language of merged) await pf.mergeIndex(`${bundle}./`, { baseUrl: '/', language });
      }
      const r = await pf.search(query, only ? { filters: { shown: only } } : undefined);
      await Promise.all(r.results.slice(0, shown).map((x) => x.data()));
      return r.results.length;
    },
    { bundle, query, shown, langs, only },
  );
  await page.waitForLoadState('networkidle');
  await settled();
  await context.close();
  return { results, gzipBytes: files.reduce((n, f) => n + f.gzip, 0) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function benchSearch({ dist, base = '/', chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', queries = DEFAULT_QUERIES, querySet = true, querySetRoot, aliasFreeDist, log = console.log } = {}) {
  const root = resolve(dist);
  if (!existsSync(join(root, 'pagefind', 'pagefind-entry.json'))) throw new Error(`No Pagefind index in ${root}/pagefind: run "npm run build" first.`);
  const sizes = indexSizes(root);
  const vocabulary = vocabularySizes(root);
  const rates = querySet && base === '/' ? await querySetRates(root, querySetRoot) : null;
  const unseen = querySet && base === '/' ? await unseenRates(root, querySetRoot, aliasFreeDist) : null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROME_FLAGS });
  const server = await startStaticServer({ dir: root, base, cacheControl: 'no-store' });
  const origin = server.origin;
  const measured = [];
  try {
    for (const [lang, q] of Object.entries(queries)) {
      // A locale is measured when its page was built and its search has an index: its own language's,
      // or, for a partial locale, its fallback languages' (Hindi searches English too).
      const locale = LOCALES.find((l) => l.code === lang);
      if (!locale || !existsSync(join(root, q.page, 'index.html')) || !(sizes.locales[locale.searchLang] || !locale.full)) continue;
      const ours = await firstQuery(browser, origin, normalizeBase(base), lang, q);
      const scope = await scopeOf(root, lang);
      const alone = await pagefindAlone(browser, origin, normalizeBase(base), q, ours.files.filter((f) => f.kind === 'fragments').length, scope?.langs ?? [], scope?.shown);
      // Our layer: everything the dialog fetched beyond what Pagefind alone fetches for the same query.
      measured.push({ ...ours, pagefindAloneGzipBytes: alone.gzipBytes, overGzipBytes: ours.gzipBytes - alone.gzipBytes, overShare: ours.gzipBytes / alone.gzipBytes - 1 });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const result = { ...sizes, vocabulary, querySet: rates, unseen, firstQuery: measured };
  if (log) {
    log(`Search index per locale (shared: pagefind.js + worker ${kb(sizes.shared.bytes)})`);
    log('locale  pages   meta     index    filter   fragments  wasm      total');
    for (const [lang, r] of Object.entries(sizes.locales)) {
      log(`${lang.padEnd(7)} ${String(r.pages).padStart(5)}   ${[r.metaBytes, r.indexBytes, r.filterBytes, r.fragmentBytes, r.wasmBytes, r.totalBytes].map((n) => kb(n).padStart(8)).join(' ')}`);
    }
    log('\nVocabulary per locale (pagefind/words/: manifest + shards, gzip -9)');
    for (const [lang, v] of Object.entries(vocabulary)) {
      log(`${lang.padEnd(7)} ${String(v.words).padStart(6)} words in ${v.shards} shard(s): ${kb(v.bytes)}, ${kb(v.gzipBytes)} gzip (largest shard ${kb(v.largestShardGzip)})`);
    }
    if (rates) {
      log('\nQuery set (tests/search-queries/): expected article in the top 3');
      for (const [lang, q] of Object.entries(rates)) {
        const tags = Object.entries(q.byTag).map(([t, x]) => `${t} ${x.hits}/${x.total}`).join(', ');
        log(`${lang.padEnd(7)} ${q.hits}/${q.total} (${Math.round(q.rate * 100)}%) — ${tags}`);
      }
    }
    if (unseen) {
      const pct = (x) => `${(x.rate * 100).toFixed(1)}% (${x.hits}/${x.total})`;
      log('\nUnseen queries (tests/search-queries/unseen/): expected article in the top 3 — training half, held-out half (never tuned on), held-out without aliases');
      for (const [lang, u] of Object.entries(unseen)) {
        log(`${lang.padEnd(7)} training ${pct(u.training)}, held-out ${pct(u.heldOut)}, without aliases ${u.aliasFree ? pct(u.aliasFree) : '–'}${laterRoundsIn(u).map((x) => `; ${x.label}: training ${pct(x.training)}, held-out ${pct(x.heldOut)}`).join('')} (target ${u.target * 100}%)`);
      }
    }
    log('\nFirst query (article page → Ctrl+K → type), everything fetched after the page had loaded');
    for (const m of measured) {
      log(`${m.lang.padEnd(7)} "${m.query}": ${m.results} results, ${m.requests} requests, ${kb(m.bytes)} (Pagefind ${kb(m.pagefindBytes)}, vocabulary and synonyms ${kb(m.wordsBytes)}, UI code ${kb(m.codeBytes)}; ~${kb(m.gzipBytes)} gzipped: Pagefind ${kb(m.pagefindGzipBytes)}, vocabulary and synonyms ${kb(m.wordsGzipBytes)}, UI code ${kb(m.codeGzipBytes)})`);
      log(`        gzip by kind: ${Object.entries(m.byKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${kb(n)}`).join(', ')}`);
      log(`        Pagefind alone, same query and page: ${kb(m.pagefindAloneGzipBytes)}; the dialog adds ${kb(m.overGzipBytes)} (${(m.overShare * 100).toFixed(1)}%)`);
    }
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const at = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--alias-free-dist') ?? 'dist';
  const result = await benchSearch({ dist, base: process.env.BASE_PATH ?? '/', aliasFreeDist: at('--alias-free-dist'), log: json ? null : console.log });
  if (json) console.log(JSON.stringify(result, null, 2));
}
