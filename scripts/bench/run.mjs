#!/usr/bin/env node
/**
 * `npm run bench`: size, speed and scale of the help center, side by side with Astro Starlight.
 * Prints figures and writes them to bench/results.json and bench/results.md, and puts the table in
 * the README's "Benchmarks" section. A benchmark, not a test: it asserts nothing about time; the
 * targets are reported as met or not. Options: `npm run bench -- --help` (scripts/bench/options.mjs).
 *
 * What it does, in order:
 *  1. the real site (a copy of HEAD): build; per page type (home, article, FAQ, tools, recovery)
 *     the HTML, CSS and JS bytes a first view transfers (gzip, Chromium, loopback); Lighthouse
 *     mobile scores; per locale the median article's HTML, render-blocking CSS and JS and every other
 *     page type's, read from dist/ (scripts/bench/first-view.mjs; alone: --first-view); the password checker's figures from scripts/bench/password.mjs; the feedback
 *     service's load, fault and bad-input figures from scripts/bench/feedback.mjs.
 *  2. for each N: `measure(target, n)` for ours and Starlight on the same synthetic corpus
 *     (scripts/bench/corpus.mjs): wall time, CPU time, pages/s, peak memory, the time of each phase,
 *     dist/ size, Pagefind index per locale, an article page's first view and a first search query
 *     in Chromium; ratios ours/Starlight. Starlight (installed at bench time into a temporary
 *     folder) is left out above --starlight-max.
 * Temporary builds live in $TMPDIR/mi-help-bench/ and are deleted unless --keep; logs stay in
 * bench/tmp/logs/, installed tools in bench/tmp/deps/ (both git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchOptions, USAGE } from './options.mjs';
import { copyProject, distStats, gitState, GNU_TIME, pagefindSizes, removeBuildOutput, ROOT, timedBuild } from './project.mjs';
import { CORPUS_LOCALES, keepLocales, toStarlight, writeCorpus } from './corpus.mjs';
import { firstSearch, firstView, MOBILE, serveForBench } from './browser.mjs';
import { CHROMIUM_PATH, launchChromium } from '../lib/chromium.ts';
import { ensureLighthouse, ensureStarlight, LIGHTHOUSE_VERSION, pickStarlight } from './tools.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { evaluateTargets, renderMarkdown, updateReadme } from './report.mjs';
import { feedbackBench, passwordBench, searchBench } from './external.mjs';
import { cardsBench } from './cards.mjs';
import { shardJobs, shardsBench } from './shards.mjs';
import { LOCALES } from '../../src/i18n/locales.ts';
import { incrementalBench } from './incremental.mjs';
import { firstViewReport, lighthouseFirstView, renderFirstView } from './first-view.mjs';
import { buildAliasFree } from '../lib/alias-free.ts';

let opts;
try {
  opts = benchOptions(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
if (opts.firstView) {
  // Only the first view per locale and page type, from a build already made (no build, no browser).
  const dist = resolve(opts.dist ?? join(ROOT, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`--first-view: no built site in ${dist} (run npm run build first, or pass --dist <dir>)`);
    process.exit(2);
  }
  const report = firstViewReport(dist);
  if (opts.firstViewLighthouse) await lighthouseFirstView(report, ensureLighthouse(), join(ROOT, 'bench', 'tmp', 'logs'));
  const md = renderFirstView(report);
  console.log(md);
  if (opts.out) {
    const out = resolve(opts.out);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'first-view.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(out, 'first-view.md'), md);
    console.log(`wrote ${join(out, 'first-view.json')} and first-view.md`);
  }
  process.exit(0);
}
if (opts.render) {
  // Re-render results.md and the README section from bench/results.json (after changing the report only).
  const saved = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8'));
  saved.targets = evaluateTargets(saved);
  writeFileSync(join(ROOT, 'bench', 'results.md'), renderMarkdown(saved));
  if (opts.readme) updateReadme(join(ROOT, 'README.md'), saved);
  console.log('re-rendered bench/results.md and the README section from bench/results.json');
  process.exit(0);
}
const { quick, sizes, repeat, keep, source } = opts;
const outDir = opts.out ? resolve(opts.out) : quick ? join(ROOT, 'bench', 'tmp', 'quick') : join(ROOT, 'bench');
const writesReadme = !quick && opts.readme && outDir === join(ROOT, 'bench');
// Outside the repository on purpose: measured, a copy built inside it (bench/tmp/) took 36 s instead of 15 s
// and shipped a 167 KB stylesheet instead of 33 KB — Tailwind's automatic source scan then picks up class
// names from node_modules (e.g. hover:prose-lg), which a real checkout never does.
const RUN = join(tmpdir(), 'mi-help-bench');
const LOGS = join(ROOT, 'bench', 'tmp', 'logs');
for (const d of [RUN, LOGS, outDir]) mkdirSync(d, { recursive: true });

const started = Date.now();
const log = (s) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const nf = (n) => n.toLocaleString('en-US');
const KB = (b) => (b == null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const notes = [];
if (opts.shards) {
  // Only one job per language against one build (scripts/bench/shards.mjs), then stop.
  try {
    shardJobs(LOCALES.map((l) => l.code), opts.groups, ROOT);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  await shardsBench({ sizes, source, run: RUN, logs: LOGS, outDir, keep, log, groups: opts.groups });
  process.exit(0);
}
if (opts.incremental) {
  // Only an editor's rebuild through npm run build (scripts/bench/incremental.mjs), then stop.
  await incrementalBench({ sizes, source, run: RUN, logs: LOGS, outDir, keep, log });
  process.exit(0);
}
if (opts.cards) {
  // Only the share cards' cost (scripts/bench/cards.mjs), then stop.
  await cardsBench({ sizes, source, run: RUN, logs: LOGS, outDir, keep, log });
  process.exit(0);
}

// ── machine and versions ──────────────────────────────────────────────────────────────────
const pkgVersion = (name, dir = ROOT) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
let chromiumVersion = null;
try {
  chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* reported by launchChromium() */
}
const results = {
  date: new Date().toISOString(),
  machine: {
    nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
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
    starlightMax: opts.starlightMax,
    transfer: `response bodies as sent (gzip level 9 for text types) from a loopback static server, fresh Chromium context per measurement, mobile viewport ${MOBILE.viewport.width}×${MOBILE.viewport.height}; KB = 1,024 bytes`,
    firstSearch: 'from an article page already loaded: import the Pagefind bundle, search, load the first 5 results (what a results list shows)',
    corpus: 'N articles per locale in ru, en, es (the real articles count toward N) + synthetic categories (N/40) and FAQ entries (N/20); Arabic keeps its real articles and falls back for the rest, as on the real site',
    cpu: 'CPU seconds of the whole build process tree (GNU time user + system; per phase from /proc samples)',
  },
  site: null,
  scale: [],
  notes,
};

/**
 * --repeat k: the same cold build k times (dist/ and caches removed in between); the fastest run's
 * figures are kept — the one least disturbed by other work on the machine — and every wall time listed.
 */
async function bestOf(dir, logFile) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    removeBuildOutput(dir);
    const b = await timedBuild({ cwd: dir, logFile });
    if (!b.ok) return b;
    if (repeat > 1) log(`  run ${i + 1}/${repeat}: ${(b.wallMs / 1000).toFixed(1)} s, CPU ${b.cpuSeconds} s, peak ${b.treePeakRssMB} MB`);
    runs.push(b);
  }
  const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  return { ...best, runs: runs.map((r) => ({ wallMs: r.wallMs, cpuSeconds: r.cpuSeconds, treePeakRssMB: r.treePeakRssMB })) };
}

function buildFigures(b) {
  return {
    ...(b.runs?.length > 1 ? { runs: b.runs } : {}),
    wallMs: b.wallMs,
    cpuSeconds: b.cpuSeconds,
    pages: b.pages,
    pagesPerSecond: b.pages ? Number((b.pages / (b.wallMs / 1000)).toFixed(1)) : null,
    treePeakRssMB: b.treePeakRssMB,
    maxRssMB: b.maxRssMB,
    phases: b.phases,
    peakMemoryDuring: b.peakPhase,
  };
}

async function withServer(dist, run) {
  const server = await serveForBench(dist);
  try {
    return await run(server.origin);
  } finally {
    await server.close();
  }
}

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
  const build = await timedBuild({ cwd: dir, logFile: join(LOGS, 'site-build.log') });
  if (!build.ok) throw new Error(`the real site did not build; see ${join(LOGS, 'site-build.log')}\n${build.log.slice(-2000)}`);
  const dist = join(dir, 'dist');
  const pages = {};
  await withServer(dist, async (origin) => {
    for (const [type, path] of PAGE_TYPES) {
      const url = `${origin}${path}`;
      try {
        pages[type] = { path, ...(await firstView(browser, url)) };
      } catch (e) {
        pages[type] = { path, error: String(e.message ?? e) };
        notes.push(`real site ${type} page ${path}: ${e.message ?? e}`);
        continue;
      }
      const fv = pages[type];
      log(`  ${type.padEnd(8)} ${path.padEnd(30)} html ${KB(fv.html)}  css ${KB(fv.css)}  js ${KB(fv.js)}  total ${KB(fv.totalBytes)}`);
      if (lighthouseCli && (!quick || type === 'article')) {
        const lh = await runLighthouse(lighthouseCli, url, join(LOGS, `lighthouse-${type}.json`));
        fv.lighthouse = lh;
        if (lh.error) notes.push(`Lighthouse on ${path}: ${lh.error}`);
        else log(`           Lighthouse mobile: performance ${lh.scores.performance}, accessibility ${lh.scores.accessibility}, best practices ${lh.scores['best-practices']}, SEO ${lh.scores.seo}${lh.lost.length ? ` — lost: ${lh.lost.join('; ')}` : ''}`);
      }
    }
  });
  const site = { build: buildFigures(build), dist: distStats(dist), pagefind: pagefindSizes(dist), pages, firstView: firstViewReport(dist) };
  log('  password checker: scripts/bench/password.mjs');
  site.password = await passwordBench({ dist, root: dir, log, notes });
  log('  search: scripts/bench/search.mjs (and the held-out queries on a build without aliases: scripts/lib/alias-free.ts)');
  let aliasFreeDist;
  try {
    aliasFreeDist = buildAliasFree(ROOT, join(RUN, 'site-alias-free'), { from: source }).dist;
  } catch (e) {
    notes.push(`the real site without aliases could not be built, so no alias-free rate: ${String(e.message ?? e).split('\n')[0]}`);
  }
  site.searchBench = await searchBench({ dist, root: dir, log, notes, n: 'the real site', aliasFreeDist });
  log('  feedback service: scripts/bench/feedback.mjs (npm run bench:feedback)');
  site.feedback = await feedbackBench({ dist, root: dir, log, notes });
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return site;
}

// ── 2. scale: one measurement, two targets ────────────────────────────────────────────────
/**
 * What differs between our build and Starlight's: where the site is prepared and what its URLs are.
 * `prepare(n)` returns { dir, corpus, urlOf(lang, path) } ready for `astro build`.
 */
const TARGETS = {
  ours: {
    key: 'ours',
    label: 'ours',
    prepare(n) {
      const dir = copyProject(join(RUN, `ours-${n}`), source);
      // The same languages as the Starlight copy (like for like): the site's others are left out.
      const removed = keepLocales(dir, STARLIGHT_LOCALES.map((l) => l.code));
      const corpus = writeCorpus({ root: dir, n });
      log(`N=${nf(n)}: ours — ${corpus.articlesPerLocale} articles/locale (${corpus.syntheticArticlesPerLocale} synthetic), ${corpus.categories} categories, ${corpus.faqPerLocale} FAQ entries/locale; locales ${STARLIGHT_LOCALES.map((l) => l.code).join(', ')} as in the Starlight copy (left out: ${removed.join(', ') || 'none'})`);
      return { dir, corpus, urlOf: (lang, path) => `/${lang}${path}` };
    },
    extra: ({ dist, dir, n }) => searchBench({ dist, root: dir, log, notes, n }),
  },
  starlight: {
    key: 'starlight',
    label: 'Starlight',
    prepare(n, ours, depsDir) {
      const conv = toStarlight({ contentDir: join(ours.dir, 'content'), dir: depsDir, locales: STARLIGHT_LOCALES });
      log(`N=${nf(n)}: Starlight — ${conv.articles} article files`);
      // The site is built inside the folder Starlight was installed into (see tools.mjs).
      return { dir: depsDir, corpus: ours.corpus, urlOf: conv.urlOf };
    },
    extra: async () => undefined,
  },
};
const STARLIGHT_LOCALES = [
  { code: 'ru', label: 'Русский' },
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
];

async function measure(target, n, prepared, browser) {
  const { dir, corpus, urlOf } = prepared;
  const name = `${target.key}-${n}`;
  const logFile = join(LOGS, `${name}-build.log`);
  const build = await bestOf(dir, logFile);
  if (!build.ok) {
    notes.push(`N=${nf(n)}: the ${target.label} build failed (log: bench/tmp/logs/${name}-build.log): ${build.log.slice(-600)}`);
    log(`  ${target.label} build FAILED — see ${logFile}`);
    return { error: 'build failed' };
  }
  const dist = join(dir, 'dist');
  const out = { corpus, build: buildFigures(build), dist: distStats(dist), pagefind: pagefindSizes(dist) };
  log(`  ${target.label}: ${build.pages} pages in ${(build.wallMs / 1000).toFixed(1)} s (${out.build.pagesPerSecond} pages/s, CPU ${build.cpuSeconds} s), peak memory ${build.treePeakRssMB} MB (largest process ${build.maxRssMB ?? '–'} MB), dist ${(out.dist.bytes / 2 ** 20).toFixed(1)} MB`);
  if (!out.pagefind) notes.push(`N=${nf(n)}: the ${target.label} build wrote no dist/pagefind/ — search index not measured`);
  else log(`  Pagefind index: ${Object.entries(out.pagefind.languages).map(([l, v]) => `${l} ${KB(v.bytes)} (${v.pages} pages)`).join(', ')}`);
  await withServer(dist, async (origin) => {
    const article = urlOf('ru', `/${corpus.sampleSlug}/`);
    out.articleFirstView = { path: article, ...(await firstView(browser, `${origin}${article}`)) };
    log(`  article first view ${article}: total ${KB(out.articleFirstView.totalBytes)}, JS ${KB(out.articleFirstView.js)}`);
    out.firstSearch = {};
    if (out.pagefind) {
      for (const lang of CORPUS_LOCALES) {
        const r = await firstSearch(browser, `${origin}${urlOf(lang, `/${corpus.sampleSlug}/`)}`, corpus.sampleQuery[lang]);
        out.firstSearch[lang] = r;
        log(`  first search "${r.query}" (${lang}): ${KB(r.totalBytes)} in ${r.requests} requests, ${r.results} results`);
      }
    }
  });
  const extra = await target.extra({ dist, dir, n });
  if (extra) out.searchBench = extra;
  return out;
}

const ratio = (a, b) => (a == null || b == null || b === 0 ? null : Number((a / b).toFixed(2)));
const ratios = (ours, sl) => ({
  buildTime: ratio(ours.build.wallMs, sl.build.wallMs),
  cpuTime: ratio(ours.build.cpuSeconds, sl.build.cpuSeconds),
  peakMemory: ratio(ours.build.treePeakRssMB, sl.build.treePeakRssMB),
  articleBytes: ratio(ours.articleFirstView.totalBytes, sl.articleFirstView.totalBytes),
  jsBytes: ratio(ours.articleFirstView.js, sl.articleFirstView.js),
  distBytes: ratio(ours.dist.bytes, sl.dist.bytes),
});

// ── run ───────────────────────────────────────────────────────────────────────────────────
const browser = await launchChromium();
try {
  let lighthouseCli = null;
  if (opts.lighthouse) {
    try {
      lighthouseCli = ensureLighthouse();
      results.versions.lighthouse = LIGHTHOUSE_VERSION;
    } catch (e) {
      notes.push(`Lighthouse ${LIGHTHOUSE_VERSION} could not be installed: ${e.message}`);
    }
  }
  let starlightDeps = null;
  if (opts.starlight) {
    try {
      const pick = pickStarlight(results.versions.astro, opts.starlightVersion);
      starlightDeps = ensureStarlight(pick);
      Object.assign(results.versions, { starlight: pick.starlight, starlightAstro: pick.astro, starlightPeerAstro: pick.peerAstro });
      if (!pick.sameAstro) notes.push(`No Starlight release accepts Astro ${results.versions.astro} (newest asks for astro ${pick.peerAstro}): compared with Starlight ${pick.starlight} on Astro ${pick.astro}.`);
      log(`Starlight ${pick.starlight} (peer astro ${pick.peerAstro}) on Astro ${pick.astro}`);
    } catch (e) {
      notes.push(`Starlight could not be installed: ${e.message}`);
    }
  }

  results.site = await measureSite(browser, lighthouseCli);

  for (const n of sizes) {
    const prepared = TARGETS.ours.prepare(n);
    const entry = { n, ours: await measure(TARGETS.ours, n, prepared, browser), starlight: null, ratios: null };
    if (starlightDeps && n > opts.starlightMax) {
      notes.push(`N=${nf(n)}: Starlight not built (above --starlight-max ${nf(opts.starlightMax)}): every Starlight page lists every article of its locale in the sidebar, so its output and build grow with N² (dist/ 27 MB at 100 articles/locale, 1,060 MB at 1,000 in our runs).`);
    } else if (starlightDeps) {
      const sl = TARGETS.starlight.prepare(n, prepared, starlightDeps);
      entry.starlight = await measure(TARGETS.starlight, n, sl, browser);
      if (!entry.starlight.error && !entry.ours.error) {
        entry.ratios = ratios(entry.ours, entry.starlight);
        log(`  ours/Starlight: build time ×${entry.ratios.buildTime} (CPU ×${entry.ratios.cpuTime}), peak memory ×${entry.ratios.peakMemory}, article bytes ×${entry.ratios.articleBytes}, JS ×${entry.ratios.jsBytes}`);
      }
      if (!keep) for (const d of ['src', 'dist', '.astro', '.bench-cache']) rmSync(join(sl.dir, d), { recursive: true, force: true });
    }
    if (!keep) rmSync(prepared.dir, { recursive: true, force: true });
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
