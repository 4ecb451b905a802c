/**
 * Builds for the bench, measured: wall time; peak memory as GNU time's "Maximum resident set size"
 * (the largest single process) when /usr/bin/time exists and as the whole process tree's resident
 * memory sampled from /proc every 100 ms (astro, its workers, Pagefind); and CPU seconds of the tree,
 * sampled with it, so each phase of the log gets its CPU time too (less disturbed by other load than
 * wall time). Project copies come from scripts/lib/project.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from '../lib/env.ts';
import { copyProject as copy } from '../lib/project.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** The commit the bench measures. */
export function gitState() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return { commit: head };
}

/** A copy of this project in `dest`: the committed tree (`'head'`, the default) or the work tree, with tests/support for the bench scripts. */
export function copyProject(dest, source = 'head') {
  return copy(ROOT, dest, { from: source, support: true });
}

/** Removes a copy's build caches (Astro's content store and incremental cache, Vite's), and with `dist` its output too: the next build is cold. */
export function removeBuildOutput(dir, { dist = true } = {}) {
  for (const d of [...(dist ? ['dist'] : []), '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, d), { recursive: true, force: true });
}

const TICK = 100; // clock ticks per second in /proc/<pid>/stat (USER_HZ on Linux)

/**
 * Resident memory (KB) and CPU seconds (own + reaped children) of a process and all its descendants.
 * A child that has been forked but has not yet started its own program (same executable as its
 * parent) shares the parent's pages: only its private pages are counted. (Counting its whole
 * resident set added the build's entire memory once more whenever a sample fell in that moment of a
 * spawn: Pagefind's processes made a 1,900 MB build read 2,800–3,300 MB.)
 */
function treeUsage(pid) {
  let rss = 0;
  let cpu = 0;
  const exe = (p) => {
    try {
      return readlinkSync(`/proc/${p}/exe`);
    } catch {
      return null;
    }
  };
  const stack = [[pid, null]];
  while (stack.length) {
    const [p, parentExe] = stack.pop();
    try {
      const own = exe(p);
      if (parentExe !== null && own === parentExe) {
        const rollup = readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
        for (const m of rollup.matchAll(/^Private_(?:Clean|Dirty):\s+(\d+)/gm)) rss += Number(m[1]);
      } else {
        const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
        if (m) rss += Number(m[1]);
      }
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu += (Number(stat[11]) + Number(stat[12]) + Number(stat[13]) + Number(stat[14])) / TICK;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map((k) => [Number(k), own]));
      }
    } catch {
      /* the process ended between two reads */
    }
  }
  return { rss, cpu };
}

/**
 * Runs \`node <astro> build <args>\` in \`cwd\` and measures it. The log goes to \`logFile\`.
 * Returns { ok, wallMs, cpuSeconds, maxRssMB, treePeakRssMB, pages, phases, peakPhase, log }.
 */
export function timedBuild({ cwd, args = [], env = {}, logFile }) {
  const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const timeFile = `${logFile}.time`;
  const cmd = GNU_TIME ? GNU_TIME : process.execPath;
  const argv = GNU_TIME ? ['-v', '-o', timeFile, process.execPath, astro, 'build', ...args] : [astro, 'build', ...args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let pending = '';
    let treePeak = 0;
    let peakAtMs = 0;
    let cpu = 0;
    /** Every log line with the wall time (ms since start) and the tree's CPU seconds when it appeared. */
    const events = [];
    const onData = (d) => {
      out += d;
      pending += d;
      const lines = pending.split('\n');
      pending = lines.pop();
      const at = performance.now() - started;
      for (const line of lines) events.push({ at, cpu, line: line.replace(/\u001b\[[0-9;]*m/g, '') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setInterval(() => {
      const u = treeUsage(child.pid);
      cpu = Math.max(cpu, u.cpu);
      if (u.rss > treePeak) {
        treePeak = u.rss;
        peakAtMs = performance.now() - started;
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      // eslint-disable-next-line no-control-regex
      const log = out.replace(/\u001b\[[0-9;]*m/g, '');
      writeFileSync(logFile, log);
      let maxRssKB = null;
      let cpuSeconds = cpu;
      if (GNU_TIME && existsSync(timeFile)) {
        const time = readFileSync(timeFile, 'utf8');
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(time);
        if (m) maxRssKB = Number(m[1]);
        const user = /User time \(seconds\): ([\d.]+)/.exec(time);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(time);
        if (user && sys) cpuSeconds = Number(user[1]) + Number(sys[1]);
      }
      const pages = [...log.matchAll(/(\d+) page\(s\) built/g)].map((m) => Number(m[1])).pop() ?? null;
      resolve({
        ok: code === 0,
        wallMs: Math.round(wallMs),
        cpuSeconds: Number(cpuSeconds.toFixed(1)),
        maxRssMB: maxRssKB === null ? null : Math.round(maxRssKB / 1024),
        treePeakRssMB: Math.round(treePeak / 1024),
        pages,
        ...buildPhases(events, peakAtMs),
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
 * Where a build's time goes, from the log lines and when they appeared: content sync (as Astro reports
 * it), Vite bundling, rendering the pages, and each step after the build. Our pipeline's lines give
 * each step's own time ("(1.2 s)"); other integrations (Starlight's) are timed from one log line to
 * the next. Each phase has its wall seconds and the CPU seconds the process tree spent in it.
 * `peakPhase`: the phase during which the tree's memory peaked.
 */
export function buildPhases(events, peakAtMs) {
  const find = (re, from = 0) => {
    const i = events.findIndex((e, k) => k >= from && re.test(e.line));
    return i < 0 ? undefined : i;
  };
  const phases = {};
  const marks = []; // [ms, phase]: the phase that ends at that moment
  const span = (name, a, b) => {
    if (a === undefined || b === undefined) return;
    phases[name] = { wall: Number(((events[b].at - events[a].at) / 1000).toFixed(1)), cpu: Number((events[b].cpu - events[a].cpu).toFixed(1)) };
    marks.push([events[b].at, name]);
  };
  const types = events.find((e) => /\[types\] Generated/.test(e.line));
  if (types) phases.contentSync = { wall: seconds(types.line.split('Generated')[1]) };
  const bundleStart = find(/Building static entrypoints/);
  const viteLines = events.map((e, i) => (/\[vite\] ✓ built in/.test(e.line) ? i : -1)).filter((i) => i >= 0);
  span('bundle', bundleStart, viteLines.at(-1));
  const gen = find(/generating static routes/);
  const done = gen === undefined ? undefined : find(/^\d\d:\d\d:\d\d ✓ Completed in/, gen);
  span('renderPages', gen, done);
  const core = events.findLastIndex((e) => /\[build\] ✓ Completed in/.test(e.line));
  if (core >= 0) {
    phases.afterBuild = {};
    let last = core;
    for (let i = core + 1; i < events.length; i++) {
      const line = events[i].line;
      const tag = /^\d\d:\d\d:\d\d \[([^\]]+)\]/.exec(line)?.[1];
      if (!tag || tag === 'build' || tag === 'WARN' || tag === 'ERROR') continue;
      const own = /\((\d+\.\d) s\)$/.exec(line) ?? /once in (\d+\.\d) s/.exec(line);
      const wall = own ? Number(own[1]) : Number(((events[i].at - events[last].at) / 1000).toFixed(1));
      phases.afterBuild[tag] = { wall, ...(own ? {} : { cpu: Number((events[i].cpu - events[last].cpu).toFixed(1)) }) };
      marks.push([events[i].at, tag]);
      last = i;
    }
  }
  let peakPhase = null;
  if (peakAtMs && marks.length) {
    marks.sort((a, b) => a[0] - b[0]);
    peakPhase = (marks.find(([t]) => t >= peakAtMs) ?? marks[marks.length - 1])[1];
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
