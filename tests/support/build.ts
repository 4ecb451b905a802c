/** Runs an extra `astro build` from a test (base path, fixtures) in a clean environment. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

/** Vite/Vitest export BASE_URL, MODE, DEV… into process.env; a child build must not inherit them. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITE|VITEST|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export function astroBuild(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  return spawnSync('astro', ['build', ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
}
