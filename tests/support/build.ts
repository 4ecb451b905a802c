/** Runs an extra `astro build` from a test (base path, fixtures) in a clean environment. */
import { spawnSync } from 'node:child_process';
import { cleanEnv } from '../../scripts/lib/env.ts';
import { ROOT } from './paths.ts';

export { cleanEnv };

export function astroBuild(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  return spawnSync('astro', ['build', ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
}
