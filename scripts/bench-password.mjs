#!/usr/bin/env node
/**
 * Password-checker benchmark: the island's JavaScript before any word list, each lazily loaded
 * chunk, and the time to score one keystroke for passwords of 1–64 characters.
 * A measurement, not a test: it asserts nothing.
 *
 * CLI:     npx astro build --outDir <dir> && npx node scripts/bench-password.mjs [distDir] [--json] [--sessions N] [--browser]
 *          distDir defaults to $DIST_DIR or dist/. Run it through npx/npm (it needs the project's
 *          Node 26, which runs the TypeScript scorer in src/lib/password/ directly).
 *          --json prints the result object instead of tables; --sessions N types each sample
 *          password N times (default 3; a first, untimed pass warms the engine up); --browser also
 *          measures in Chromium (CHROMIUM_PATH, default /usr/bin/chromium; BASE_PATH if the site
 *          was built with one): time from the first focus to a ready checker, and keystrokes.
 *
 * Module:  import { benchPassword } from './scripts/bench-password.mjs';
 *          const result = await benchPassword({ dist, root, page, sessions, browser, base, chromiumPath, log });
 *   dist      built site folder (required; must contain the tool page)
 *   root      project folder whose src/lib/password/ is timed (default: this script's project)
 *   page      page holding the checker (default '/ru/tools/password-strength/', base path excluded)
 *   sessions  timed passes over the sample passwords (default 3)
 *   browser   also measure in Chromium (default false); base: the site's BASE_PATH (default '/');
 *             chromiumPath: default CHROMIUM_PATH or /usr/bin/chromium
 *   log       function for the printed tables (default console.log; pass null to stay quiet)
 * Returns:
 *   {
 *     island: { files: [{ file, bytes, gzip }], bytes, gzip },      // JS the page loads for the checker
 *                                                                    // before the reader touches it
 *     lazy: { files: [{ file, bytes, gzip }], bytes, gzip },        // fetched on first focus/keystroke:
 *                                                                    // the scorer (load-*.js) and dict-*.js
 *     scorerSetupMs,                                                 // building the scorer once (Node, cold)
 *     keystroke: {                                                   // one check per keystroke, ms
 *       samples, wall: { median, p95, max }, cpu: { median, p95, max },
 *       byLength: [{ lengths: '1–16', samples, wall: {…}, cpu: {…} }, … up to '49–64'],
 *     },
 *     browser: {                                                     // only with `browser: true`
 *       readyAfterFocusMs,                                           // focus → word lists fetched (loopback),
 *                                                                    // parsed and indexed, checker ready
 *       keystroke: { samples, wall: {…}, byLength: [...] },          // the built scorer, timed in the page
 *     },
 *     machine: { node, cpus, loadavg },
 *   }
 *   gzip = gzip -9 size of the file, an estimate of the bytes on the wire. Keystroke time is
 *   measured in Node (V8, as in Chromium) on deterministic sample passwords typed character by
 *   character; `cpu` is process CPU time, which the machine's other load does not inflate.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_ROOT = resolve(HERE, '..');

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

/** The checker's chunks: what the island needs at hydration, and what it loads on first use. */
export function bundleSizes(dist, page = '/ru/tools/password-strength/') {
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
  const islandFiles = [...initial].map((f) => fileInfo(dist, f));
  const lazyFiles = [...lazy].map((f) => fileInfo(dist, f)).sort((a, b) => b.bytes - a.bytes);
  return {
    island: { files: islandFiles, bytes: total(islandFiles, 'bytes'), gzip: total(islandFiles, 'gzip') },
    lazy: { files: lazyFiles, bytes: total(lazyFiles, 'bytes'), gzip: total(lazyFiles, 'gzip') },
  };
}

/** A small deterministic generator, so every run times the same passwords. */
function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Scores every prefix of every sample password, as typing would, and times each check. */
export async function keystrokeTimes({ root = DEFAULT_ROOT, sessions = 3 } = {}) {
  const started = performance.now();
  const { loadScorer } = await import(pathToFileURL(join(root, 'src/lib/password/load.ts')).href);
  const score = await loadScorer();
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
  const group = (list) => ({ samples: list.length, wall: stats(list.map((x) => x.wall)), cpu: stats(list.map((x) => x.cpu)) });
  const byLength = LENGTHS.map(([lo, hi]) => ({ lengths: `${lo}–${hi}`, ...group(samples.filter((x) => x.length >= lo && x.length <= hi)) }));
  return { scorerSetupMs, keystroke: { ...group(samples), byLength } };
}

/** A loopback static server for the built site (index.html for folders), under `base`. */
function serve(dist, base) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return res.writeHead(404).end();
    let file = normalize(join(dist, path.slice(base.length - 1)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}${base.replace(/\/$/, '')}`, close: () => server.close() })));
}

/** In Chromium: focus → ready, then the built scorer timed on every prefix of the sample passwords. */
export async function browserTimes({ dist, page: pagePath = '/ru/tools/password-strength/', base = process.env.BASE_PATH ?? '/', chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', sessions = 3, scorerFile }) {
  const { chromium } = await import('playwright-core');
  const site = await serve(resolve(dist), base.endsWith('/') ? base : `${base}/`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}${pagePath}`);
    const input = page.locator('[data-password-input]');
    await input.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('[data-password-checker]')?.closest('astro-island')?.hasAttribute('ssr'));
    const t0 = Date.now();
    await input.focus();
    await page.waitForFunction(() => document.querySelector('[data-password-checker]')?.getAttribute('data-phase') === 'ready', null, { timeout: 120_000 });
    const readyAfterFocusMs = Date.now() - t0;
    const samples = await page.evaluate(
      async ({ url, passwords, sessions }) => {
        const score = await (await import(url)).default();
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
      { url: `${site.url}/${scorerFile}`, passwords: samplePasswords(), sessions },
    );
    const group = (list) => ({ samples: list.length, wall: stats(list.map((x) => x.wall)) });
    return { readyAfterFocusMs, keystroke: { ...group(samples), byLength: LENGTHS.map(([lo, hi]) => ({ lengths: `${lo}–${hi}`, ...group(samples.filter((x) => x.length >= lo && x.length <= hi)) })) } };
  } finally {
    await browser.close();
    site.close();
  }
}

export async function benchPassword({ dist, root = DEFAULT_ROOT, page, sessions = 3, browser = false, base, chromiumPath, log = console.log } = {}) {
  if (!dist) throw new Error('benchPassword: `dist` (a built site folder) is required');
  const sizes = bundleSizes(dist, page);
  const times = await keystrokeTimes({ root, sessions });
  const scorerFile = sizes.lazy.files.find((f) => /\/load\.[\w-]+\.js$/.test(f.file))?.file;
  const inBrowser = browser && scorerFile ? { browser: await browserTimes({ dist, page, base, chromiumPath, sessions, scorerFile }) } : {};
  const result = { ...sizes, ...times, ...inBrowser, machine: { node: process.version, cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) } };
  if (log) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    log('Password checker');
    log(`  island JS before any word list: ${kb(result.island.gzip)} gzip (${kb(result.island.bytes)} raw) in ${result.island.files.length} files`);
    for (const f of result.island.files) log(`    ${f.file.padEnd(48)} ${kb(f.gzip).padStart(10)} gzip ${kb(f.bytes).padStart(10)} raw`);
    log(`  loaded on first focus/keystroke: ${kb(result.lazy.gzip)} gzip (${kb(result.lazy.bytes)} raw)`);
    for (const f of result.lazy.files) log(`    ${f.file.padEnd(48)} ${kb(f.gzip).padStart(10)} gzip ${kb(f.bytes).padStart(10)} raw`);
    log(`  scorer setup (Node, cold, word lists parsed and indexed): ${result.scorerSetupMs} ms`);
    const k = result.keystroke;
    log(`  per keystroke, ${k.samples} checks: wall median ${k.wall.median} ms, p95 ${k.wall.p95} ms, max ${k.wall.max} ms; CPU median ${k.cpu.median} ms, p95 ${k.cpu.p95} ms`);
    for (const b of k.byLength) log(`    length ${b.lengths.padEnd(6)} wall median ${b.wall.median} / p95 ${b.wall.p95} ms   CPU median ${b.cpu.median} / p95 ${b.cpu.p95} ms`);
    if (result.browser) {
      const b = result.browser;
      log(`  Chromium: focus → checker ready ${b.readyAfterFocusMs} ms (word lists over loopback, parsed, indexed)`);
      log(`  Chromium per keystroke, ${b.keystroke.samples} checks: median ${b.keystroke.wall.median} ms, p95 ${b.keystroke.wall.p95} ms, max ${b.keystroke.wall.max} ms`);
      for (const x of b.keystroke.byLength) log(`    length ${x.lengths.padEnd(6)} median ${x.wall.median} / p95 ${x.wall.p95} ms`);
    }
    log(`  machine: Node ${result.machine.node}, ${result.machine.cpus} CPUs, load average ${result.machine.loadavg.join(' ')}`);
  }
  return result;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const sessionsAt = args.indexOf('--sessions');
  const sessions = sessionsAt >= 0 ? Number(args[sessionsAt + 1]) : 3;
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--sessions');
  const dist = resolve(positional[0] ?? process.env.DIST_DIR ?? join(DEFAULT_ROOT, 'dist'));
  const result = await benchPassword({ dist, sessions, browser: args.includes('--browser'), log: json ? null : console.log });
  if (json) console.log(JSON.stringify(result, null, 2));
}
