/**
 * Copies of the project for benchmark builds, and a build runner that measures wall time and
 * peak memory: GNU time's "Maximum resident set size" (the largest single process) when
 * /usr/bin/time exists, plus the whole process tree's resident memory sampled from /proc every
 * 100 ms (astro + workers + the Pagefind binary).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const SKIP = new Set(['node_modules', 'dist', '.git', 'tests', '.astro', 'bench']);

/** The commit the bench measures (and whether the work tree differs from it). */
export function gitState() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return { commit: head };
}

/**
 * A copy of the project in `dest` with node_modules symlinked: the committed tree (`source: 'head'`,
 * the default: what other people's half-done edits cannot disturb) or the work tree (`'worktree'`).
 * Adds bench.astro.config.mjs: the project's config with a private cacheDir, so every build is cold
 * and no build shares node_modules/.astro with another.
 */
export function copyProject(dest, source = 'head') {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  if (source === 'worktree') {
    for (const name of readdirSync(ROOT)) if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dest, name), { recursive: true });
  } else {
    const r = spawnSync('sh', ['-c', `git -C "${ROOT}" archive --format=tar HEAD -- . ':!tests' ':!bench' | tar -x -C "${dest}"`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`copying the project (git archive HEAD) failed: ${r.stderr}`);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
  writeFileSync(
    join(dest, 'bench.astro.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.bench-cache/' };\n",
  );
  return dest;
}

/** Environment for a child build: no Vite/Vitest leftovers, no telemetry (nothing leaves the machine). */
export function buildEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITE|VITEST|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

function treeRssKB(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      /* the process ended between two reads */
    }
  }
  return total;
}

/**
 * Runs `node <astro> build <args>` in `cwd` and measures it. The log goes to `logFile`.
 * Returns { ok, wallMs, maxRssMB, treePeakRssMB, pages, log }.
 */
export function timedBuild({ cwd, args = [], env = {}, logFile }) {
  const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const timeFile = `${logFile}.time`;
  const cmd = GNU_TIME ? GNU_TIME : process.execPath;
  const argv = GNU_TIME ? ['-v', '-o', timeFile, process.execPath, astro, 'build', ...args] : [astro, 'build', ...args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let treePeak = 0;
    let peakAt = Date.now();
    const timer = setInterval(() => {
      const kb = treeRssKB(child.pid);
      if (kb > treePeak) {
        treePeak = kb;
        peakAt = Date.now();
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      // eslint-disable-next-line no-control-regex
      const log = out.replace(/\u001b\[[0-9;]*m/g, '');
      writeFileSync(logFile, log);
      let maxRssKB = null;
      if (GNU_TIME && existsSync(timeFile)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
        if (m) maxRssKB = Number(m[1]);
      }
      const pages = [...log.matchAll(/(\d+) page\(s\) built/g)].map((m) => Number(m[1])).pop() ?? null;
      resolve({
        ok: code === 0,
        wallMs: Math.round(wallMs),
        maxRssMB: maxRssKB === null ? null : Math.round(maxRssKB / 1024),
        treePeakRssMB: Math.round(treePeak / 1024),
        pages,
        ...buildPhases(log, peakAt),
        log,
      });
    });
  });
}

/** "1m 3s", "33.74s", "591ms" → seconds. */
function seconds(text) {
  let total = 0;
  for (const [, n, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) total += Number(n) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  return Number(total.toFixed(1));
}

/**
 * Where a build's time goes, read from Astro's log: content sync, Vite bundling, page rendering, and
 * each integration that works after the pages are written (from the log's clock, 1 s resolution).
 * `peakPhase`: the phase during which the process tree's memory peaked.
 */
export function buildPhases(log, peakAt) {
  const lines = log.split('\n');
  const clock = (line) => {
    const m = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
  };
  const phases = {};
  const marks = []; // [time, phase] — the phase that ends at that time
  const types = lines.find((l) => /\[types\] Generated/.test(l));
  if (types) phases.contentSync = seconds(types.split('Generated')[1]);
  const vite = lines.filter((l) => /\[vite\] ✓ built in/.test(l));
  if (vite.length) phases.bundle = Number(vite.reduce((t, l) => t + seconds(l.split('built in')[1]), 0).toFixed(1));
  const viteEnd = vite.length ? clock(vite[vite.length - 1]) : null;
  if (viteEnd !== null) marks.push([viteEnd, 'bundle']);
  const gen = lines.findIndex((l) => /generating static routes/.test(l));
  const done = gen >= 0 ? lines.slice(gen).find((l) => /^\d\d:\d\d:\d\d ✓ Completed in/.test(l)) : undefined;
  if (done) {
    phases.renderPages = seconds(done.split('Completed in')[1]);
    marks.push([clock(done), 'renderPages']);
  }
  const core = lines.findLastIndex((l) => /\[build\] ✓ Completed in/.test(l));
  if (core >= 0) {
    phases.afterBuild = {};
    let last = clock(lines[core]);
    for (const l of lines.slice(core + 1)) {
      const t = clock(l);
      const tag = /^\d\d:\d\d:\d\d \[([^\]]+)\]/.exec(l)?.[1];
      if (t === null || !tag || tag === 'build' || tag === 'WARN') continue;
      phases.afterBuild[tag] = (phases.afterBuild[tag] ?? 0) + (t - last);
      marks.push([t, tag]);
      last = t;
    }
  }
  let peakPhase = null;
  if (peakAt && marks.length) {
    const d = new Date(peakAt);
    const p = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
    peakPhase = (marks.sort((a, b) => a[0] - b[0]).find(([t]) => t >= p) ?? marks[marks.length - 1])[1];
  }
  return { phases, peakPhase };
}

/** Every file under `dir`: [{ rel, size }]. */
export function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out.push({ rel: relative(dir, p), size: s.size });
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** dist/ size: bytes, files, HTML pages. */
export function distStats(dist) {
  const files = filesUnder(dist);
  return {
    bytes: files.reduce((s, f) => s + f.size, 0),
    files: files.length,
    htmlFiles: files.filter((f) => f.rel.endsWith('.html')).length,
  };
}

/**
 * Pagefind index size per language, from `<dist>/<dir>/pagefind-entry.json`: a language's files are
 * its meta file, index chunks, fragments and filters (named `<lang>_<hash>`) plus its WASM.
 * Shared files (pagefind.js, UI, worker) are reported separately.
 */
export function pagefindSizes(dist, dir = 'pagefind') {
  const root = join(dist, dir);
  const entryFile = join(root, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return null;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  const files = filesUnder(root);
  const languages = {};
  const claimed = new Set();
  for (const [lang, info] of Object.entries(entry.languages)) {
    const mine = files.filter((f) => {
      const base = f.rel.split('/').pop();
      return base.startsWith(`${lang}_`) || base.includes(`.${info.hash}.`) || (info.wasm && base === `wasm.${info.wasm}.pagefind`);
    });
    for (const f of mine) claimed.add(f.rel);
    languages[lang] = {
      pages: info.page_count,
      bytes: mine.reduce((s, f) => s + f.size, 0),
      files: mine.length,
      indexChunks: mine.filter((f) => f.rel.startsWith('index/')).length,
      fragments: mine.filter((f) => f.rel.startsWith('fragment/')).length,
    };
  }
  const shared = files.filter((f) => !claimed.has(f.rel));
  return { languages, sharedBytes: shared.reduce((s, f) => s + f.size, 0), totalBytes: files.reduce((s, f) => s + f.size, 0) };
}
