#!/usr/bin/env node
/**
 * Password-checker benchmark: the island's JavaScript before any word list, what each page
 * language downloads on the first focus of the field, how long a slow phone connection waits for
 * the full score, and the time to score one keystroke for passwords of 1–64 characters.
 * A measurement, not a test: it asserts nothing.
 *
 * CLI:     npx astro build --outDir <dir> && npx node scripts/bench/password.mjs [distDir] [--json] [--sessions N]
 *                [--browser] [--throttle] [--locales ru,en,es,ar] [--no-node]
 *          distDir defaults to $DIST_DIR or dist/. Run it through npx/npm (it needs the project's
 *          Node 26, which runs the TypeScript scorer in src/lib/password/ directly).
 *          --json prints the result object instead of tables; --sessions N types each sample
 *          password N times (default 3; a first, untimed pass warms the engine up); --browser also
 *          measures in Chromium (CHROMIUM_PATH, default /usr/bin/chromium; BASE_PATH if the site
 *          was built with one): per locale, the bytes fetched from the first focus until the full
 *          score, and the keystroke time of the built scorer; --throttle repeats the first focus on
 *          a slow mobile connection (DevTools protocol: 400 kbit/s down and up, 400 ms round trip);
 *          --no-node skips the Node keystroke timing (for an old build measured from a new tree).
 *          The site is served from loopback with gzip (level 9), as a static host would.
 *
 * Module:  import { benchPassword } from './scripts/bench/password.mjs';
 *          const result = await benchPassword({ dist, root, page, sessions, browser, throttle, locales, base, chromiumPath, log });
 *   dist      built site folder (required; must contain the tool pages)
 *   root      project folder whose scorer is timed in Node (default: this script's project)
 *   page      page whose island and lazy files `island`/`lazy` describe (default '/ru/tools/password-strength/')
 *   sessions  timed passes over the sample passwords (default 3)
 *   browser   also measure in Chromium (default false); throttle: also on a slow connection (default false)
 *   locales   tool pages measured in Chromium (default every /<lang>/tools/password-strength/ in dist)
 *   log       function for the printed tables (default console.log; pass null to stay quiet)
 * Returns:
 *   {
 *     island: { files: [{ file, bytes, gzip }], bytes, gzip },      // JS the page loads for the checker before use
 *     lazy: { files, bytes, gzip },                                  // what `page` fetches on first focus (scorer + its lists)
 *     perLocale: { ru: { files, bytes, gzip }, … },                  // the same for every tool page, from dist/
 *     budget: { gzip, over: ['en', …] },                             // FIRST_FOCUS_BUDGET and the pages above it
 *     scorerSetupMs, keystroke: { samples, wall, cpu, byLength },    // Node/V8 (unless node: false)
 *     browser: {                                                     // only with `browser: true`
 *       firstFocus: { ru: { bytes, requests, files, provisionalMs, fullScoreMs }, … },   // loopback
 *       throttled: { ru: { … }, … } | undefined,                     // with `throttle: true`
 *       readyAfterFocusMs,                                           // `page`, loopback (as before)
 *       keystroke: { samples, wall, byLength },                      // the built scorer, timed in the page
 *     },
 *     machine: { node, cpus, loadavg },
 *   }
 *   gzip = gzip -9 size of a file; `bytes` in firstFocus = response bodies as sent (gzip).
 *   fullScoreMs: from the focus, with a password typed at once, until the full (not provisional)
 *   score shows; provisionalMs: until any score shows (builds before the provisional meter: the same).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../lib/static-host.ts';
import { CHROME_FLAGS } from '../lib/chromium.ts';
import { mulberry32 as seeded } from '../lib/random.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_ROOT = resolve(HERE, '../..');
const TOOL = (lang) => `/${lang}/tools/password-strength/`;
/** A slow mobile connection: 400 kbit/s each way, 400 ms round trip. */
export const SLOW_MOBILE = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
/**
 * What one tool page may fetch on the first focus (scorer and word lists, gzip -9): issue 28's
 * budget for every page language, the Spanish page's figure when the Indonesian and Portuguese lists
 * came. English pages load all of English (en-rest) and were over it before; the bench names any page over it.
 */
export const FIRST_FOCUS_BUDGET = 330 * 1024;
/** Typed right after the focus when timing the first full score. */
const FIRST_PASSWORD = 'Tr0ub4dor&3';

/** Relative imports in a built chunk: static (`from"./x.js"`, `import"./x.js"`) and dynamic (`import("./x.js")`). */
function importsOf(source) {
  const staticRe = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
  const dynamicRe = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
  const preloadRe = /["'](_astro\/[^"']+\.js)["']/g; // Vite's preload list for dynamic imports
  const found = (re) => [...source.matchAll(re)].map((m) => m[1]);
  return { static: found(staticRe), dynamic: [...found(dynamicRe), ...found(preloadRe).map((p) => `/${p}`)] };
}

function fileInfo(dist, file) {
  const buf = readFileSync(join(dist, file));
  return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

const total = (files, key) => files.reduce((n, f) => n + f[key], 0);
const group = (files) => ({ files, bytes: total(files, 'bytes'), gzip: total(files, 'gzip') });

/** The `lists` prop of a page's checker island (packs it fetches on first focus); none for builds before packs. */
function islandLists(html) {
  const props = /<astro-island\b[^>]*component-url="[^"]*PasswordChecker[^"]*"[^>]*\sprops="([^"]*)"/.exec(html)?.[1];
  if (!props) return [];
  const lists = JSON.parse(props.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).lists;
  return lists ? lists[1].map(([, name]) => name) : [];
}

/** The checker's files: what the island needs at hydration, and what `page` loads on first use. */
export function bundleSizes(dist, page = TOOL('ru')) {
  const htmlFile = join(dist, page, 'index.html');
  if (!existsSync(htmlFile)) throw new Error(`No built page at ${htmlFile}: build the site first (npx astro build --outDir ${dist}).`);
  const html = readFileSync(htmlFile, 'utf8');
  const island = /<astro-island\b[^>]*component-url="([^"]*PasswordChecker[^"]*)"[^>]*>/.exec(html);
  if (!island) throw new Error(`${page} has no PasswordChecker island`);
  const renderer = /renderer-url="([^"]*)"/.exec(island[0]);
  // URLs in the page carry the base path; files in dist do not. Resolve by the "_astro/…" tail.
  const toFile = (url) => url.slice(url.indexOf('_astro/'));
  const initial = new Set();
  const lazyRoots = new Set();
  const walk = (file, into) => {
    if (into.has(file) || !existsSync(join(dist, file))) return;
    into.add(file);
    const { static: deps, dynamic } = importsOf(readFileSync(join(dist, file), 'utf8'));
    for (const d of deps) walk(join(dirname(file), d).split('\\').join('/'), into);
    for (const d of dynamic) lazyRoots.add(d.startsWith('/') ? d.slice(1) : join(dirname(file), d).split('\\').join('/'));
  };
  walk(toFile(island[1]), initial);
  // The renderer's own lazy imports (Preact signals, used only for signal props) are not the checker's.
  const rendererRoots = new Set(lazyRoots);
  if (renderer) walk(toFile(renderer[1]), initial);
  for (const r of [...lazyRoots]) if (!rendererRoots.has(r)) lazyRoots.delete(r);
  const lazy = new Set();
  const pending = [...lazyRoots];
  while (pending.length) {
    const file = pending.shift();
    if (initial.has(file) || lazy.has(file) || !existsSync(join(dist, file))) continue;
    lazy.add(file);
    const { static: deps, dynamic } = importsOf(readFileSync(join(dist, file), 'utf8'));
    for (const d of [...deps, ...dynamic]) pending.push(d.startsWith('/') ? d.slice(1) : join(dirname(file), d).split('\\').join('/'));
  }
  // Packed word lists: the island names their hashed files; the page's props say which it fetches.
  const islandCode = [...initial].map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  for (const name of islandLists(html)) {
    const file = new RegExp(`_astro/${name}\\.[\\w-]+\\.txt`).exec(islandCode)?.[0];
    if (file) lazy.add(file);
  }
  const islandFiles = [...initial].map((f) => fileInfo(dist, f));
  const lazyFiles = [...lazy].map((f) => fileInfo(dist, f)).sort((a, b) => b.bytes - a.bytes);
  return { island: group(islandFiles), lazy: group(lazyFiles) };
}

export const toolLocales = (dist) => readdirSync(dist).filter((d) => existsSync(join(dist, TOOL(d), 'index.html')));


/** 64-character passwords of the kinds readers type: random, passphrases, Russian, digits, walks, l33t. */
export function samplePasswords() {
  const rnd = seeded(2026);
  const pick = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  const ascii = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?';
  const words = ['correct', 'horse', 'battery', 'staple', 'кот', 'пианино', 'облако', 'самокат', 'privet', 'zvezda', 'mariposa', 'guitarra'];
  const phrase = Array.from({ length: 12 }, () => words[Math.floor(rnd() * words.length)]).join('-');
  return [
    pick(ascii, 64),
    pick('abcdefghijklmnopqrstuvwxyz', 64),
    pick('абвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789', 64),
    phrase.slice(0, 64).padEnd(64, 'x'),
    'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4y5z6a7b8c9d0e1f2',
    '1234567890'.repeat(7).slice(0, 64),
    'P@$$w0rd-gfhjkm-пароль-qwerty-йцукен-1990-12-31-Tr0ub4dor&3-zxcvbnm',
    'йцукенгшщзхъфывапролджэячсмитьбю'.repeat(2),
  ].map((p) => [...p].slice(0, 64).join(''));
}

const LENGTHS = [
  [1, 16],
  [17, 32],
  [33, 48],
  [49, 64],
];

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const at = (q) => v[Math.min(v.length - 1, Math.floor(q * v.length))] ?? 0;
  const round = (x) => Math.round(x * 100) / 100;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(v.at(-1) ?? 0) };
}

/** The scorer a Russian page uses, built in Node from `root`'s sources (packs, or the older all-lists loader). */
async function nodeScorer(root) {
  const support = join(root, 'tests/support/password.ts');
  if (existsSync(support)) return (await import(pathToFileURL(support).href)).shippedScorer('ru');
  const { loadScorer } = await import(pathToFileURL(join(root, 'src/lib/password/load.ts')).href);
  return loadScorer();
}

/** Scores every prefix of every sample password, as typing would, and times each check. */
export async function keystrokeTimes({ root = DEFAULT_ROOT, sessions = 3 } = {}) {
  const started = performance.now();
  const score = await nodeScorer(root);
  const scorerSetupMs = Math.round(performance.now() - started);
  const passwords = samplePasswords();
  const type = (record) => {
    for (const p of passwords) {
      const chars = [...p];
      for (let n = 1; n <= chars.length; n += 1) {
        const text = chars.slice(0, n).join('');
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        score(text);
        const wall = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        record?.(n, wall, (cpu.user + cpu.system) / 1000);
      }
    }
  };
  type(); // warm-up: the first pass compiles the code paths
  const samples = [];
  for (let s = 0; s < sessions; s += 1) type((length, wall, cpu) => samples.push({ length, wall, cpu }));
  const grouped = (list) => ({ samples: list.length, wall: stats(list.map((x) => x.wall)), cpu: stats(list.map((x) => x.cpu)) });
  const byLength = LENGTHS.map(([lo, hi]) => ({ lengths: `${lo}–${hi}`, ...grouped(samples.filter((x) => x.length >= lo && x.length <= hi)) }));
  return { scorerSetupMs, keystroke: { ...grouped(samples), byLength } };
}

/** The built site under `base`, gzip level 9 like a host serving pre-compressed files (scripts/lib/static-host.ts). */
const serve = (dist, base) => startStaticServer({ dir: dist, base, gzip: true, cacheControl: 'no-cache' });

const hydrated = () => {
  const island = document.querySelector('[data-password-checker]')?.closest('astro-island');
  return !!island && !island.hasAttribute('ssr');
};

/**
 * One reader's first focus on a tool page, in a fresh context (empty cache): the bytes fetched
 * from the focus until the full score shows, with a password typed at once, and how long it took.
 */
async function firstFocus(browser, url, network) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const input = page.locator('[data-password-input]');
    await input.scrollIntoViewIfNeeded();
    await page.waitForFunction(hydrated, null, { timeout: 60_000 });
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    const files = [];
    const pending = [];
    page.on('requestfinished', (req) => pending.push(req.sizes().then((s) => files.push({ url: new URL(req.url()).pathname, bytes: s.responseBodySize }), () => {})));
    const t0 = Date.now();
    await input.focus();
    await page.keyboard.type(FIRST_PASSWORD);
    await page.waitForFunction(() => document.querySelector('[data-password-provisional], [data-password-level]'), null, { timeout: 300_000 });
    const provisionalMs = Date.now() - t0;
    await page.waitForFunction(() => document.querySelector('[data-password-level]'), null, { timeout: 300_000 });
    const fullScoreMs = Date.now() - t0;
    await page.waitForTimeout(200);
    await Promise.all(pending);
    files.sort((a, b) => b.bytes - a.bytes);
    return { bytes: files.reduce((s, f) => s + f.bytes, 0), requests: files.length, files, provisionalMs, fullScoreMs };
  } finally {
    await context.close();
  }
}

/** In Chromium: per locale, the first focus (loopback, then throttled); then the built scorer timed on every prefix of the sample passwords. */
export async function browserTimes({ dist, locales = toolLocales(dist), page: pagePath = TOOL('ru'), base = process.env.BASE_PATH ?? '/', chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', sessions = 3, throttle = false, scorer }) {
  const { chromium } = await import('playwright-core');
  const site = await serve(resolve(dist), base);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROME_FLAGS });
  try {
    const firstFocusBy = {};
    for (const lang of locales) firstFocusBy[lang] = await firstFocus(browser, `${site.url}${TOOL(lang)}`);
    let throttled;
    if (throttle) {
      throttled = {};
      for (const lang of locales) throttled[lang] = await firstFocus(browser, `${site.url}${TOOL(lang)}`, SLOW_MOBILE);
    }
    // `page`'s focus → checker ready, as the earlier bench reported it.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${pagePath}`);
    const input = page.locator('[data-password-input]');
    await input.scrollIntoViewIfNeeded();
    await page.waitForFunction(hydrated);
    const t0 = Date.now();
    await input.focus();
    await page.waitForFunction(() => document.querySelector('[data-password-checker]')?.getAttribute('data-phase') === 'ready', null, { timeout: 120_000 });
    const readyAfterFocusMs = Date.now() - t0;
    const samples = await page.evaluate(
      async ({ url, lists, passwords, sessions }) => {
        const texts = await Promise.all(lists.map((l) => fetch(l).then((r) => r.text())));
        // The scorer takes the packs' text; builds before packs load their own lists and ignore it.
        const score = await (await import(url)).default(texts);
        const out = [];
        for (let s = 0; s <= sessions; s += 1) {
          for (const p of passwords) {
            const chars = [...p];
            for (let n = 1; n <= chars.length; n += 1) {
              const text = chars.slice(0, n).join('');
              const t = performance.now();
              score(text);
              if (s > 0) out.push({ length: n, wall: performance.now() - t }); // pass 0 warms up
            }
          }
        }
        return out;
      },
      { url: `${site.url}/${scorer.file}`, lists: scorer.lists.map((f) => `${site.url}/${f}`), passwords: samplePasswords(), sessions },
    );
    await context.close();
    const grouped = (list) => ({ samples: list.length, wall: stats(list.map((x) => x.wall)) });
    return {
      firstFocus: firstFocusBy,
      throttled,
      readyAfterFocusMs,
      keystroke: { ...grouped(samples), byLength: LENGTHS.map(([lo, hi]) => ({ lengths: `${lo}–${hi}`, ...grouped(samples.filter((x) => x.length >= lo && x.length <= hi)) })) },
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

export async function benchPassword({ dist, root = DEFAULT_ROOT, page = TOOL('ru'), sessions = 3, browser = false, throttle = false, node = true, locales, base, chromiumPath, log = console.log } = {}) {
  if (!dist) throw new Error('benchPassword: `dist` (a built site folder) is required');
  const sizes = bundleSizes(dist, page);
  const perLocale = Object.fromEntries(toolLocales(dist).map((l) => [l, bundleSizes(dist, TOOL(l)).lazy]));
  const times = node ? await keystrokeTimes({ root, sessions }) : {};
  const scorerFile = sizes.lazy.files.find((f) => /\/load\.[\w-]+\.js$/.test(f.file))?.file;
  const scorer = scorerFile && { file: scorerFile, lists: sizes.lazy.files.filter((f) => f.file.endsWith('.txt')).map((f) => f.file) };
  const inBrowser = browser && scorer ? { browser: await browserTimes({ dist, locales, page, base, chromiumPath, sessions, throttle, scorer }) } : {};
  const overBudget = Object.entries(perLocale).filter(([, g]) => g.gzip > FIRST_FOCUS_BUDGET).map(([l]) => l);
  const result = { ...sizes, perLocale, budget: { gzip: FIRST_FOCUS_BUDGET, over: overBudget }, ...times, ...inBrowser, machine: { node: process.version, cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) } };
  if (log) printResult(result, log);
  return result;
}

function printResult(result, log) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  log('Password checker');
  log(`  island JS before any word list: ${kb(result.island.gzip)} gzip (${kb(result.island.bytes)} raw) in ${result.island.files.length} files`);
  for (const f of result.island.files) log(`    ${f.file.padEnd(48)} ${kb(f.gzip).padStart(10)} gzip ${kb(f.bytes).padStart(10)} raw`);
  log('  fetched on first focus, per tool page (files in dist/, gzip -9):');
  for (const [lang, g] of Object.entries(result.perLocale)) {
    log(`    ${lang}: ${kb(g.gzip)} gzip (${kb(g.bytes)} raw) — ${g.files.map((f) => `${f.file.replace(/^_astro\//, '')} ${kb(f.gzip)}`).join(', ')}`);
  }
  if (result.budget) {
    const within = Object.keys(result.perLocale).filter((l) => !result.budget.over.includes(l));
    log(`  first-focus budget ${kb(result.budget.gzip)} gzip per page language: within ${within.join(', ') || '–'}; over ${result.budget.over.join(', ') || '–'}`);
  }
  if (result.keystroke) {
    log(`  scorer setup (Node, cold, word lists decoded and indexed): ${result.scorerSetupMs} ms`);
    const k = result.keystroke;
    log(`  per keystroke, ${k.samples} checks: wall median ${k.wall.median} ms, p95 ${k.wall.p95} ms, max ${k.wall.max} ms; CPU median ${k.cpu.median} ms, p95 ${k.cpu.p95} ms`);
    for (const b of k.byLength) log(`    length ${b.lengths.padEnd(6)} wall median ${b.wall.median} / p95 ${b.wall.p95} ms   CPU median ${b.cpu.median} / p95 ${b.cpu.p95} ms`);
  }
  if (result.browser) {
    const b = result.browser;
    const row = (lang, f) => `    ${lang}: ${kb(f.bytes)} in ${f.requests} requests; a first score after ${s(f.provisionalMs)}, the full score after ${s(f.fullScoreMs)}`;
    log('  Chromium, first focus then typing, loopback (bytes as sent, gzip):');
    for (const [lang, f] of Object.entries(b.firstFocus)) log(row(lang, f));
    if (b.throttled) {
      log('  Chromium, the same on a slow mobile connection (400 kbit/s, 400 ms round trip):');
      for (const [lang, f] of Object.entries(b.throttled)) log(row(lang, f));
    }
    log(`  Chromium: focus → checker ready ${b.readyAfterFocusMs} ms (loopback)`);
    log(`  Chromium per keystroke, ${b.keystroke.samples} checks: median ${b.keystroke.wall.median} ms, p95 ${b.keystroke.wall.p95} ms, max ${b.keystroke.wall.max} ms`);
    for (const x of b.keystroke.byLength) log(`    length ${x.lengths.padEnd(6)} median ${x.wall.median} / p95 ${x.wall.p95} ms`);
  }
  log(`  machine: Node ${result.machine.node}, ${result.machine.cpus} CPUs, load average ${result.machine.loadavg.join(' ')}`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const json = args.includes('--json');
  const sessions = Number(valueOf('--sessions') ?? 3);
  const locales = valueOf('--locales')?.split(',');
  const positional = args.filter((a, i) => !a.startsWith('--') && !['--sessions', '--locales'].includes(args[i - 1]));
  const dist = resolve(positional[0] ?? process.env.DIST_DIR ?? join(DEFAULT_ROOT, 'dist'));
  const result = await benchPassword({
    dist,
    sessions,
    locales,
    browser: args.includes('--browser') || args.includes('--throttle'),
    throttle: args.includes('--throttle'),
    node: !args.includes('--no-node'),
    log: json ? null : console.log,
  });
  if (json) console.log(JSON.stringify(result, null, 2));
}
