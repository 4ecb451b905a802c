/**
 * `npm run bench -- --shards [--n 5000 …]`: the site built as one job per language and one merge
 * (issue 24, README "One job per language"), against one build of the same copy: the real site (a
 * copy of HEAD, or the work tree with --source worktree), then the synthetic corpus at each size
 * given with --n or --sizes. Per target, back to back, every cache removed before each build (as a
 * fresh CI job): the single build; one shard per locale (`npm run build -- --locale <code> --out …`,
 * the command lines of scripts/lib/build-args.ts); the merge (`npm run build:merge`). Reports each
 * build's wall and CPU time and peak memory, the shards' sum against the single build, and whether
 * the merged folder equals the single build byte for byte (the files that differ, if any). The load
 * average is recorded with the figures. Writes bench/results-shards.json and .md (or --out); asserts
 * nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/locales.ts';
import { articleIds } from '../../src/data/locale-files.ts';
import { shardJobsOf } from '../../src/lib/build/scope.ts';
import { buildPlan, mergePlan } from '../lib/build-args.ts';
import { writeCorpus } from './corpus.mjs';
import { copyProject, filesUnder, removeBuildOutput, timedBuild } from './project.mjs';

const load = () => loadavg().map((x) => Number(x.toFixed(1)));

/** Files that are only in one folder or differ in bytes, as "only in a: x", "different: y". */
export function compareFolders(a, b) {
  const list = (dir) => new Map(filesUnder(dir).map((f) => [f.rel, f]));
  const fa = list(a);
  const fb = list(b);
  const out = [];
  for (const rel of [...fa.keys()].sort()) {
    if (!fb.has(rel)) out.push(`only in the single build: ${rel}`);
    else if (!readFileSync(join(a, rel)).equals(readFileSync(join(b, rel)))) out.push(`different: ${rel}`);
  }
  for (const rel of [...fb.keys()].sort()) if (!fa.has(rel)) out.push(`only in the merged site: ${rel}`);
  return { files: fa.size, problems: out };
}

/**
 * The jobs of a sharded build: one per locale, or `groups` (locale codes per job, from --groups) when
 * every locale is in exactly one job; with `groups` "auto", those `npm run build:jobs` gives for the
 * project at `root` (src/lib/build/scope.ts, shardJobsOf).
 */
export function shardJobs(codes, groups, root) {
  if (!groups) return codes.map((c) => [c]);
  if (groups === 'auto') return shardJobsOf(articleIds(root), LOCALES).map((j) => j.locales);
  const listed = groups.flat();
  const unknown = listed.filter((c) => !codes.includes(c));
  if (unknown.length) throw new Error(`--groups: unknown locale(s) ${unknown.join(', ')}; expected ${codes.join(', ')}`);
  const twice = listed.filter((c, i) => listed.indexOf(c) !== i);
  const missing = codes.filter((c) => !listed.includes(c));
  if (twice.length || missing.length) throw new Error(`--groups: every locale in exactly one job${twice.length ? `; twice: ${twice.join(', ')}` : ''}${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
  return groups;
}

export async function shardsBench({ sizes, source, run, logs, outDir, keep, log, groups }) {
  const results = { date: new Date().toISOString(), cores: availableParallelism(), node: process.version, targets: [] };
  const codes = LOCALES.map((l) => l.code);
  if (groups) results.groups = groups === 'auto' ? 'auto' : shardJobs(codes, groups).map((j) => j.join(','));
  for (const n of [null, ...sizes]) {
    const name = n === null ? 'real' : String(n);
    const dir = copyProject(join(run, `shards-${name}`), source);
    if (n !== null) writeCorpus({ root: dir, n });
    const jobs = shardJobs(codes, groups, dir);
    const measure = async (label, plan) => {
      removeBuildOutput(dir, { dist: false });
      const env = Object.fromEntries(Object.entries(plan.env).filter(([, v]) => v !== undefined));
      const logFile = join(logs, `shards-${name}-${label}.log`);
      const started = load();
      const b = await timedBuild({ cwd: dir, args: plan.astroArgs, env, logFile });
      if (!b.ok) throw new Error(`shards bench: the ${label} build of ${name} failed; see ${logFile}`);
      const row = { label, wallMs: b.wallMs, cpuSeconds: b.cpuSeconds, maxRssMB: b.maxRssMB, treePeakRssMB: b.treePeakRssMB, pages: b.pages, load: { start: started, end: load() } };
      log(`  ${name} ${label.padEnd(8)} ${(b.wallMs / 1000).toFixed(1)} s wall, CPU ${b.cpuSeconds} s, peak ${b.maxRssMB ?? b.treePeakRssMB} MB, ${b.pages ?? '?'} pages (load ${row.load.start[0]})`);
      return row;
    };
    log(`shards: ${name} (${dir})`);
    const single = await measure('single', buildPlan([], codes));
    const shards = [];
    for (const job of jobs) shards.push(await measure(job.join('+'), buildPlan([...job.flatMap((c) => ['--locale', c]), '--out', join(dir, 'shards', job.join('+'))], codes)));
    const merge = await measure('merge', mergePlan([...jobs.map((j) => join(dir, 'shards', j.join('+'))), '--out', join(dir, 'merged')], (p) => p));
    const { files, problems } = compareFolders(join(dir, 'dist'), join(dir, 'merged'));
    log(`  ${name}: merged/ against dist/ (${files} files): ${problems.length ? `${problems.length} differ` : 'equal byte for byte'}`);
    const sum = (key) => shards.reduce((s, r) => s + (r[key] ?? 0), 0);
    results.targets.push({
      name,
      n,
      jobs: jobs.map((j) => j.join(',')),
      single,
      shards,
      merge,
      shardWallMs: sum('wallMs'),
      shardCpuSeconds: Number(sum('cpuSeconds').toFixed(1)),
      largestShardMB: Math.max(...shards.map((r) => r.maxRssMB ?? r.treePeakRssMB)),
      files,
      equal: problems.length === 0,
      problems: problems.slice(0, 50),
    });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  const md = renderShards(results);
  writeFileSync(join(outDir, 'results-shards.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'results-shards.md'), md);
  console.log(md);
  return results;
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function renderShards(r) {
  const peak = (x) => `${x.maxRssMB ?? x.treePeakRssMB} MB`;
  const rows = r.targets.flatMap((t) => [
    `| ${t.name} | single build | ${s(t.single.wallMs)} | ${t.single.cpuSeconds} s | ${peak(t.single)} | ${t.single.pages ?? '–'} | ${t.single.load.start.join(' ')} |`,
    ...t.shards.map((x) => `| ${t.name} | shard ${x.label} | ${s(x.wallMs)} | ${x.cpuSeconds} s | ${peak(x)} | ${x.pages ?? '–'} | ${x.load.start.join(' ')} |`),
    `| ${t.name} | merge | ${s(t.merge.wallMs)} | ${t.merge.cpuSeconds} s | ${peak(t.merge)} | ${t.merge.pages ?? '–'} | ${t.merge.load.start.join(' ')} |`,
    `| ${t.name} | **shards together** | ${s(t.shardWallMs)} (×${(t.shardWallMs / t.single.wallMs).toFixed(2)} of the single build; + merge ${s(t.merge.wallMs)}) | ${t.shardCpuSeconds} s (×${(t.shardCpuSeconds / t.single.cpuSeconds).toFixed(2)}) | largest ${t.largestShardMB} MB | | |`,
  ]);
  return [
    '# One job per language: shards and their merge',
    '',
    `Measured ${r.date.slice(0, 10)} by \`npm run bench -- --shards${r.groups ? ` --groups "${r.groups === 'auto' ? 'auto' : r.groups.join(';')}"` : ''}\` (scripts/bench/shards.mjs) on ${r.cores} cores, Node ${r.node}: per target, back to back in one copy of the project with every cache removed before each build, the single build, ${r.groups === 'auto' ? 'one shard per job as `npm run build:jobs` lists them for each target (a partial locale in the job of the language whose articles it shows most)' : r.groups ? `one shard per job (${r.groups.map((g) => g.replace(/,/g, '+')).join(', ')})` : 'one shard per locale'} and the merge. Times on a shared machine move with its load (the load average when each build started is in the last column); CPU time is steadier. Peak memory is the largest process's resident set (GNU time).`,
    '',
    '| target | build | wall | CPU | peak memory | pages (Astro) | load at start |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...r.targets.map((t) => `${t.name}: the merged site ${t.equal ? `equals the single build byte for byte (${t.files} files)` : `differs from the single build in ${t.problems.length} file(s): ${t.problems.join('; ')}`}.`),
    '',
  ].join('\n');
}
