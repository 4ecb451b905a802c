/** Runs an extra `astro build` from a test (base path, fixtures) in a clean environment. */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { cleanEnv } from '../../scripts/lib/env.ts';
import { ROOT } from './paths.ts';

export { cleanEnv };

export function astroBuild(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const started = Date.now();
  const r = spawnSync('astro', ['build', ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
  // `npm test` counts the builds the tests start (scripts/test.mjs prints them at the end).
  const log = process.env.TEST_BUILD_LOG;
  if (log) {
    const line = { where: relative(ROOT, cwd) || '.', args, env, ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
  }
  return r;
}
