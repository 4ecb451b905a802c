#!/usr/bin/env node
/**
 * `npm run bench`: size, speed and scale of the help center, side by side with Astro Starlight.
 * Prints figures and writes them to bench/results.json and bench/results.md, and puts the table in
 * the README's "Benchmarks" section. A benchmark, not a test: it asserts nothing about time; the
 * targets of issue 10 are reported as met or not.
 *
 *   npm run bench                      N = 100 and 1,000 articles per locale (ru, en, es)
 *   npm run bench -- --n 5000          … and up to 5,000 (sizes 100, 1,000, 5,000)
 *   npm run bench -- --sizes 300,2000  exactly these sizes
 *   npm run bench -- --quick           N = 50, Lighthouse on the article page only; writes to
 *                                      bench/tmp/quick/ and leaves bench/ and the README alone
 *   --no-starlight  --no-lighthouse  --no-readme  --keep (keep the temporary builds)
 *   --render        only re-render results.md and the README section from bench/results.json
 *   --out <dir>     write results.json/.md there instead (the README is then left alone)
 *   --starlight-max <n>  largest N built with Starlight (default 2,000: its output grows with N²)
 *   --repeat <k>    build each corpus k times, keep the fastest (the machine's other load adds noise)
 *   --source worktree  build the work tree instead of the last commit (default: HEAD)
 *   --starlight <version>  compare with this Starlight instead of the newest one that fits
 *
 * What it does, in order:
 *  1. the real site (a copy of HEAD): build; per page type (home, article, FAQ, tools, recovery)
 *     the HTML, CSS and JS bytes a first view transfers (gzip, Chromium, loopback); Lighthouse
 *     mobile scores; the password checker's figures from scripts/bench-password.mjs.
 *  2. for each N: a copy of the project with a synthetic corpus (scripts/bench/corpus.mjs) built
 *     with the real pipeline — wall time, pages/s, peak memory, dist/ size, Pagefind index per
 *     locale, an article page's first view and a first search query in Chromium — and the same
 *     corpus built with Starlight (installed at bench time into bench/tmp/deps/), with ratios.
 * Temporary builds live in $TMPDIR/mi-help-bench/ and are deleted unless --keep; logs stay in
 * bench/tmp/logs/, installed tools in bench/tmp/deps/ (both git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, distStats, gitState, GNU_TIME, pagefindSizes, ROOT, timedBuild } from './bench/project.mjs';
import { CORPUS_LOCALES, toStarlight, writeCorpus } from './bench/corpus.mjs';
import { serveDir } from './bench/serve.mjs';
import { CHROMIUM_PATH, firstSearch, firstView, launch, MOBILE } from './bench/browser.mjs';
import { ensureLighthouse, ensureStarlight, LIGHTHOUSE_VERSION, pickStarlight } from './bench/tools.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { evaluateTargets, renderMarkdown, updateReadme } from './bench/report.mjs';
import { passwordBench, searchBench } from './bench/external.mjs';

// ── options ────────────────────────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (flag('render')) {
  // Re-render results.md and the README section from bench/results.json (after changing the report only).
  const saved = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8'));
  saved.targets = evaluateTargets(saved);
  writeFileSync(join(ROOT, 'bench', 'results.md'), renderMarkdown(saved));
  if (!flag('no-readme')) updateReadme(join(ROOT, 'README.md'), saved);
  console.log('re-rendered bench/results.md and the README section from bench/results.json');
  process.exit(0);
}
const quick = flag('quick');
let sizes = quick ? [50] : [100, 1000];
if (value('n')) {
  const n = Number(value('n'));
  sizes = [...new Set([...sizes.filter((s) => s < n), n])];
}
if (value('sizes')) sizes = value('sizes').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes/--n: expected positive whole numbers, got ${sizes.join(',')}`);
if (sizes.some((n) => n > 5000)) console.warn('Note: sizes above 5,000 articles per locale were not planned for; expect long builds.');
const source = value('source') ?? 'head';
const withStarlight = !flag('no-starlight');
const withLighthouse = !flag('no-lighthouse');
const keep = flag('keep');
const outDir = value('out') ? join(process.cwd(), value('out')) : quick ? join(ROOT, 'bench', 'tmp', 'quick') : join(ROOT, 'bench');
const writesReadme = !quick && !flag('no-readme') && outDir === join(ROOT, 'bench');
// Starlight renders every article's link in every page's sidebar: its pages and its build grow with N².
// Measured: dist/ 27 MB at 100 articles/locale, 1,060 MB at 1,000. Above this size it is left out.
const starlightMax = Number(value('starlight-max') ?? 2000);
const repeat = Math.max(1, Number(value('repeat') ?? 1));
// Outside the repository on purpose: measured, a copy built inside it (bench/tmp/) took 36 s instead of 15 s
// and shipped a 167 KB stylesheet instead of 33 KB — Tailwind's automatic source scan then picks up class
// names from node_modules (e.g. hover:prose-lg), which a real checkout never does.
const RUN = join(tmpdir(), 'mi-help-bench');
const LOGS = join(ROOT, 'bench', 'tmp', 'logs');
mkdirSync(RUN, { recursive: true });
mkdirSync(LOGS, { recursive: true });
mkdirSync(outDir, { recursive: true });

const started = Date.now();
const log = (s) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const nf = (n) => n.toLocaleString('en-US');
const KB = (b) => (b == null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const notes = [];

// ── machine and versions ──────────────────────────────────────────────────────────────────
const pkgVersion = (name, dir = ROOT) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
const nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
let chromiumVersion = null;
try {
  chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* reported by launch() */
}
const results = {
  date: new Date().toISOString(),
  machine: {
    nproc,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
    chromium: chromiumVersion,
    peakMemory: GNU_TIME ? 'process tree sampled from /proc every 100 ms; GNU time max RSS (largest single process) beside it' : 'process tree sampled from /proc every 100 ms (/usr/bin/time not found)',
  },
  project: { ...gitState(), source },
  versions: { astro: pkgVersion('astro'), pagefind: pkgVersion('pagefind'), preact: pkgVersion('preact') },
  method: {
    sizes,
    repeat,
    transfer: `response bodies as sent (gzip level 9 for text types) from a loopback static server, fresh Chromium context per measurement, mobile viewport ${MOBILE.viewport.width}×${MOBILE.viewport.height}; KB = 1,024 bytes`,
    firstSearch: 'from an article page already loaded: import the Pagefind bundle, search, load the first 5 results (what a results list shows)',
    corpus: 'N articles per locale in ru, en, es (the 14 real articles count toward N) + synthetic categories (N/40) and FAQ entries (N/20); Arabic keeps its 5 real articles and falls back for the rest, as on the real site',
  },
  site: null,
  scale: [],
  notes,
};

// ── 1. the real site ──────────────────────────────────────────────────────────────────────
const PAGE_TYPES = [
  ['home', '/ru/'],
  ['article', '/ru/reset-password/'],
  ['faq', '/ru/faq/'],
  ['tools', '/ru/tools/password-strength/'],
  ['recovery', '/ru/recovery/'],
];

async function measureSite(browser, lighthouseCli) {
  const dir = copyProject(join(RUN, 'site'), source);
  log(`real site: building (${source === 'head' ? `commit ${results.project.commit.slice(0, 10)}` : 'work tree'})`);
  const build = await timedBuild({ cwd: dir, args: ['--config', 'bench.astro.config.mjs'], logFile: join(LOGS, 'site-build.log') });
  if (!build.ok) throw new Error(`the real site did not build; see ${join(LOGS, 'site-build.log')}\n${build.log.slice(-2000)}`);
  const dist = join(dir, 'dist');
  const server = await serveDir(dist);
  const pages = {};
  try {
    for (const [type, path] of PAGE_TYPES) {
      const url = `${server.origin}${path}`;
      let fv;
      try {
        fv = await firstView(browser, url);
      } catch (e) {
        pages[type] = { path, error: String(e.message ?? e) };
        notes.push(`real site ${type} page ${path}: ${e.message ?? e}`);
        continue;
      }
      pages[type] = { path, ...fv };
      log(`  ${type.padEnd(8)} ${path.padEnd(30)} html ${KB(fv.html)}  css ${KB(fv.css)}  js ${KB(fv.js)}  total ${KB(fv.totalBytes)}`);
      if (lighthouseCli && (!quick || type === 'article')) {
        const lh = await runLighthouse(lighthouseCli, url, join(LOGS, `lighthouse-${type}.json`));
        pages[type].lighthouse = lh;
        if (lh.error) notes.push(`Lighthouse on ${path}: ${lh.error}`);
        else log(`           Lighthouse mobile: performance ${lh.scores.performance}, accessibility ${lh.scores.accessibility}, best practices ${lh.scores['best-practices']}, SEO ${lh.scores.seo}${lh.lost.length ? ` — lost: ${lh.lost.join('; ')}` : ''}`);
      }
    }
  } finally {
    await server.close();
  }
  const site = {
    build: buildFigures(build),
    dist: distStats(dist),
    pagefind: pagefindSizes(dist),
    pages,
  };
  log('  password checker: scripts/bench-password.mjs');
  site.password = await passwordBench({ dist, root: dir, log, notes });
  log('  search: scripts/bench-search.mjs');
  site.searchBench = await searchBench({ dist, root: dir, log, notes, n: 'the real site' });
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return site;
}

// ── 2. scale: synthetic corpus, ours and Starlight ────────────────────────────────────────
async function measureOurs(n, browser) {
  const dir = copyProject(join(RUN, `ours-${n}`), source);
  const corpus = writeCorpus({ root: dir, n });
  log(`N=${n}: ours — ${corpus.articlesPerLocale} articles/locale (${corpus.syntheticArticlesPerLocale} synthetic), ${corpus.categories} categories, ${corpus.faqPerLocale} FAQ entries/locale; building`);
  const build = await bestOf(dir, () => timedBuild({ cwd: dir, args: ['--config', 'bench.astro.config.mjs'], logFile: join(LOGS, `ours-${n}-build.log`) }));
  if (!build.ok) throw new Error(`N=${n}: our build failed; see ${join(LOGS, `ours-${n}-build.log`)}\n${build.log.slice(-2000)}`);
  const dist = join(dir, 'dist');
  const out = {
    corpus,
    build: buildFigures(build),
    dist: distStats(dist),
    pagefind: pagefindSizes(dist),
  };
  log(`  built ${build.pages} pages in ${(build.wallMs / 1000).toFixed(1)} s (${out.build.pagesPerSecond} pages/s), peak memory ${build.treePeakRssMB} MB (largest process ${build.maxRssMB ?? '–'} MB), dist ${(out.dist.bytes / 2 ** 20).toFixed(1)} MB`);
  if (!out.pagefind) notes.push(`N=${n}: the build wrote no dist/pagefind/ — search index not measured`);
  else log(`  Pagefind index: ${Object.entries(out.pagefind.languages).map(([l, v]) => `${l} ${KB(v.bytes)} (${v.pages} pages)`).join(', ')}`);
  const server = await serveDir(dist);
  try {
    const article = `/ru/${corpus.sampleSlug}/`;
    out.articleFirstView = { path: article, ...(await firstView(browser, `${server.origin}${article}`)) };
    log(`  article first view ${article}: total ${KB(out.articleFirstView.totalBytes)}, JS ${KB(out.articleFirstView.js)}`);
    out.firstSearch = {};
    if (out.pagefind) {
      for (const lang of CORPUS_LOCALES) {
        const r = await firstSearch(browser, `${server.origin}/${lang}/${corpus.sampleSlug}/`, corpus.sampleQuery[lang]);
        out.firstSearch[lang] = r;
        log(`  first search "${r.query}" (${lang}): ${KB(r.totalBytes)} in ${r.requests} requests, ${r.results} results`);
      }
    }
    out.searchBench = await searchBench({ dist, root: dir, log, notes, n });
  } finally {
    await server.close();
  }
  return { dir, out };
}

async function measureStarlight(n, oursDir, browser, depsDir, corpus) {
  // The site is built inside the folder Starlight was installed into (see tools.mjs).
  const dir = depsDir;
  const LOCALE_LIST = [
    { code: 'ru', label: 'Русский' },
    { code: 'en', label: 'English' },
    { code: 'es', label: 'Español' },
    { code: 'ar', label: 'العربية', dir: 'rtl' },
  ];
  const conv = toStarlight({ contentDir: join(oursDir, 'content'), dir, locales: LOCALE_LIST });
  log(`N=${n}: Starlight — ${conv.articles} article files; building`);
  const build = await bestOf(dir, () => timedBuild({ cwd: dir, logFile: join(LOGS, `starlight-${n}-build.log`) }));
  if (!build.ok) {
    notes.push(`N=${n}: the Starlight build failed (log: bench/tmp/logs/starlight-${n}-build.log): ${build.log.slice(-600)}`);
    log(`  Starlight build FAILED — see ${join(LOGS, `starlight-${n}-build.log`)}`);
    return { dir, out: { error: 'build failed' } };
  }
  const dist = join(dir, 'dist');
  const out = {
    build: buildFigures(build),
    dist: distStats(dist),
    pagefind: pagefindSizes(dist),
  };
  log(`  built ${build.pages} pages in ${(build.wallMs / 1000).toFixed(1)} s (${out.build.pagesPerSecond} pages/s), peak memory ${build.treePeakRssMB} MB (largest process ${build.maxRssMB ?? '–'} MB), dist ${(out.dist.bytes / 2 ** 20).toFixed(1)} MB`);
  const server = await serveDir(dist);
  try {
    const article = conv.urlOf('ru', `/${corpus.sampleSlug}/`);
    out.articleFirstView = { path: article, ...(await firstView(browser, `${server.origin}${article}`)) };
    log(`  article first view ${article}: total ${KB(out.articleFirstView.totalBytes)}, JS ${KB(out.articleFirstView.js)}`);
    out.firstSearch = {};
    if (out.pagefind) {
      for (const lang of CORPUS_LOCALES) {
        const r = await firstSearch(browser, `${server.origin}${conv.urlOf(lang, `/${corpus.sampleSlug}/`)}`, corpus.sampleQuery[lang]);
        out.firstSearch[lang] = r;
        log(`  first search "${r.query}" (${lang}): ${KB(r.totalBytes)} in ${r.requests} requests, ${r.results} results`);
      }
    }
  } finally {
    await server.close();
  }
  return { dir, out };
}

/**
 * --repeat k: the same cold build k times (dist/ and caches removed in between); the fastest run's
 * figures are kept — the one least disturbed by other work on the machine — and every wall time listed.
 */
async function bestOf(dir, run) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    for (const d of ['dist', '.astro', '.bench-cache']) rmSync(join(dir, d), { recursive: true, force: true });
    const b = await run();
    if (!b.ok) return b;
    if (repeat > 1) log(`  run ${i + 1}/${repeat}: ${(b.wallMs / 1000).toFixed(1)} s, peak ${b.treePeakRssMB} MB`);
    runs.push(b);
  }
  const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  return { ...best, runs: runs.map((r) => ({ wallMs: r.wallMs, treePeakRssMB: r.treePeakRssMB })) };
}

function buildFigures(b) {
  return {
    ...(b.runs?.length > 1 ? { runs: b.runs } : {}),
    wallMs: b.wallMs,
    pages: b.pages,
    pagesPerSecond: b.pages ? Number((b.pages / (b.wallMs / 1000)).toFixed(1)) : null,
    treePeakRssMB: b.treePeakRssMB,
    maxRssMB: b.maxRssMB,
    phases: b.phases,
    peakMemoryDuring: b.peakPhase,
  };
}

const ratio = (a, b) => (a == null || b == null || b === 0 ? null : Number((a / b).toFixed(2)));

// ── run ───────────────────────────────────────────────────────────────────────────────────
const browser = await launch();
try {
  let lighthouseCli = null;
  if (withLighthouse) {
    try {
      lighthouseCli = ensureLighthouse();
      results.versions.lighthouse = LIGHTHOUSE_VERSION;
    } catch (e) {
      notes.push(`Lighthouse ${LIGHTHOUSE_VERSION} could not be installed: ${e.message}`);
    }
  }
  let starlightDeps = null;
  if (withStarlight) {
    try {
      const pick = pickStarlight(results.versions.astro, value('starlight'));
      starlightDeps = ensureStarlight(pick);
      results.versions.starlight = pick.starlight;
      results.versions.starlightAstro = pick.astro;
      results.versions.starlightPeerAstro = pick.peerAstro;
      if (!pick.sameAstro) notes.push(`No Starlight release accepts Astro ${results.versions.astro} (newest asks for astro ${pick.peerAstro}): compared with Starlight ${pick.starlight} on Astro ${pick.astro}.`);
      log(`Starlight ${pick.starlight} (peer astro ${pick.peerAstro}) on Astro ${pick.astro}`);
    } catch (e) {
      notes.push(`Starlight could not be installed: ${e.message}`);
    }
  }

  results.site = await measureSite(browser, lighthouseCli);

  for (const n of sizes) {
    const ours = await measureOurs(n, browser);
    const entry = { n, ours: ours.out, starlight: null, ratios: null };
    if (starlightDeps && n > starlightMax) {
      notes.push(`N=${nf(n)}: Starlight not built (above --starlight-max ${nf(starlightMax)}): every Starlight page lists every article of its locale in the sidebar, so its output and build grow with N² (dist/ 27 MB at 100 articles/locale, 1,060 MB at 1,000 in our runs).`);
    } else if (starlightDeps) {
      const sl = await measureStarlight(n, ours.dir, browser, starlightDeps, ours.out.corpus);
      entry.starlight = sl.out;
      if (!sl.out.error) {
        entry.ratios = {
          buildTime: ratio(ours.out.build.wallMs, sl.out.build.wallMs),
          peakMemory: ratio(ours.out.build.treePeakRssMB, sl.out.build.treePeakRssMB),
          articleBytes: ratio(ours.out.articleFirstView.totalBytes, sl.out.articleFirstView.totalBytes),
          jsBytes: ratio(ours.out.articleFirstView.js, sl.out.articleFirstView.js),
          distBytes: ratio(ours.out.dist.bytes, sl.out.dist.bytes),
        };
        log(`  ours/Starlight: build time ×${entry.ratios.buildTime}, peak memory ×${entry.ratios.peakMemory}, article bytes ×${entry.ratios.articleBytes}, JS ×${entry.ratios.jsBytes}`);
      }
      if (!keep) for (const d of ['src', 'dist', '.astro', '.bench-cache']) rmSync(join(sl.dir, d), { recursive: true, force: true });
    }
    if (!keep) rmSync(ours.dir, { recursive: true, force: true });
    results.scale.push(entry);
  }
} finally {
  await browser.close();
}

results.machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.targets = evaluateTargets(results);

const md = renderMarkdown(results);
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(outDir, 'results.md'), md);
if (writesReadme) updateReadme(join(ROOT, 'README.md'), results);
console.log(`\n${md}`);
log(`wrote ${join(outDir, 'results.json')} and results.md${writesReadme ? ' and the README section' : ''}`);
