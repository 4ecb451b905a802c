#!/usr/bin/env node
/**
 * `npm run build`: `astro build`, the whole site into dist/ (exactly as before, with no argument).
 * `npm run build -- --locale <code> [--locale <code>…] --out <folder>`: a shard, only those locales'
 *   pages and their per-locale files (copies, cards, search index and vocabulary) into <folder>.
 * `npm run build:jobs`: the jobs of a sharded build as JSON, `[{ "name": "en+hi", "locales": "en,hi" }, …]`
 *   (src/lib/build/scope.ts, shardJobsOf: one per language, a partial locale with the language whose
 *   articles it shows most), for a CI matrix: `npm run build -- --locale <locales> --out shards/<name>`.
 * `npm run build:merge -- <shard folder>… [--out dist]` (this script with `merge` first): the pages
 *   outside the locale folders, the shards copied in, and the site-wide steps (link check, sitemap,
 *   _headers, Pagefind's entry file) over the whole. With every shard built from the same commit,
 *   project folder, Node and environment, the merged folder equals a single build byte for byte.
 * What each build makes: src/lib/build/scope.ts; how a CI runs it: README ("One job per language").
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { LOCALES } from '../src/i18n/locales.ts';
import { buildPlan, mergePlan, UsageError } from './lib/build-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

if (args[0] === 'jobs') {
  if (args.length > 1) {
    console.error(`build:jobs: unexpected ${args.slice(1).map((a) => `"${a}"`).join(', ')}; usage: npm run build:jobs (no arguments)`);
    process.exit(2);
  }
  const { articleIds } = await import('../src/data/locale-files.ts');
  const { shardJobsOf } = await import('../src/lib/build/scope.ts');
  console.log(JSON.stringify(shardJobsOf(articleIds(ROOT), LOCALES).map((j) => ({ name: j.name, locales: j.locales.join(',') }))));
  process.exit(0);
}
const merge = args[0] === 'merge';
const name = merge ? 'build:merge' : 'build';

let plan;
try {
  plan = merge ? mergePlan(args.slice(1), (p) => resolve(p)) : buildPlan(args, LOCALES.map((l) => l.code));
  if (plan.astroArgs.length) checkOut(resolve(plan.out));
  for (const s of plan.shards) if (!existsSync(s) || !statSync(s).isDirectory()) throw new UsageError(`the shard folder ${s} does not exist; build it first with npm run build -- --locale <code> --out <folder>`);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`${name}: ${e.message}`);
  process.exit(2);
}

/**
 * An output folder inside the project must be one git ignores (dist/, shards/…): Tailwind reads every
 * file of the project it does not ignore for class names, so a build would read the last one's pages
 * and ship different CSS.
 */
function checkOut(out) {
  const rel = relative(ROOT, out);
  const up = relative(out, ROOT);
  if (rel === '' || (up !== '' && !up.startsWith('..') && !isAbsolute(up))) throw new UsageError(`--out ${out} is or holds the project folder (Astro empties its output folder first)`);
  if (rel.startsWith('..') || isAbsolute(rel)) return;
  const r = spawnSync('git', ['check-ignore', '-q', rel], { cwd: ROOT });
  if (r.status === 1) throw new UsageError(`--out ${rel} is inside the project but git does not ignore it: Tailwind would read its pages in the next build; use a folder .gitignore lists (dist/, shards/<code>) or one outside the project`);
}

const env = { ...process.env };
for (const [k, v] of Object.entries(plan.env)) {
  if (v === undefined) delete env[k];
  else env[k] = v;
}
// `--out` as an absolute path: Astro resolves a relative one against the project, not the caller's folder.
const astroArgs = plan.astroArgs.length ? ['--outDir', resolve(plan.out)] : [];
const child = spawn('astro', ['build', ...astroArgs], { stdio: 'inherit', env, cwd: ROOT });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
