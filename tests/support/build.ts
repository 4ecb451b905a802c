/** Runs an extra `astro build` from a test (base path, fixtures) in a clean environment. */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { cleanEnv } from '../../scripts/lib/env.ts';
import { ROOT } from './paths.ts';

export { cleanEnv };

export function astroBuild(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  return counted('astro', ['build', ...args], env, cwd);
}

/** `npm run build -- <args>` (a shard) or `npm run build:merge -- <args>` (args starting with "merge"): scripts/build.mjs, counted like a build. */
export function scriptBuild(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  return counted(process.execPath, ['scripts/build.mjs', ...args], env, cwd);
}

function counted(command: string, argv: string[], env: Record<string, string>, cwd: string) {
  const args = argv.slice(1);
  const started = Date.now();
  const r = spawnSync(command, argv, { cwd, env: cleanEnv(env), encoding: 'utf8' });
  // `npm test` counts the builds the tests start (scripts/test.mjs prints them at the end).
  const log = process.env.TEST_BUILD_LOG;
  if (log) {
    const line = { where: relative(ROOT, cwd) || '.', args, env, ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
  }
  return r;
}
