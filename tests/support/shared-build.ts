/**
 * A build that several test files read: built once on first use in tests/.tmp/fixtures/<name>, and
 * kept, keyed by a hash of everything the build reads (the project files a fixture copies, the
 * recipe's own modules and its environment). The build tests and the browser tests of one run share
 * it, and a later run with unchanged sources reuses it. A failed build (a bad-input fixture) is
 * shared within one run only, so a build killed by a busy machine is not remembered as the answer.
 * Test files run in parallel processes; a lock file makes the others wait for the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixture, FIXTURE_SKIP, fixtureProject, type FixtureBuild, type FixtureOptions, type FixtureProject } from './fixture.ts';
import { ROOT, TMP } from './paths.ts';

export interface SharedBuildRecipe {
  /** The folder under tests/.tmp/fixtures and the name in messages. */
  name: string;
  /** The build's environment (BASE_PATH, SITE_URL…). */
  env?: Record<string, string>;
  /** What the copy holds (see fixtureProject); the whole project by default. */
  options?: FixtureOptions;
  /** Changes the copy of the project before it is built. */
  prepare?: (f: FixtureProject) => void;
  /** The modules that write `prepare` (pass import.meta.url): their text is part of the key. */
  modules?: string[];
  /** More builds in the same copy after the first succeeded (shards and their merge): their log is added, and a failure fails the recipe. */
  after?: (f: FixtureProject) => { ok: boolean; output: string };
}

const FIXTURES = join(TMP, 'fixtures');
const HELPERS = ['shared-build.ts', 'fixture.ts', 'build.ts'].map((h) => fileURLToPath(new URL(h, import.meta.url)));

let projectHash: string | undefined;

/** Every file a fixture copies from the project, hashed once per process. */
function projectKey(): string {
  if (projectHash) return projectHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (dir === ROOT && FIXTURE_SKIP.has(name)) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${relative(ROOT, p).split(sep).join('/')}\0`).update(readFileSync(p)).update('\0');
    }
  };
  walk(ROOT);
  projectHash = hash.digest('hex');
  return projectHash;
}

function recipeKey(recipe: SharedBuildRecipe): string {
  const hash = createHash('sha256').update(projectKey());
  hash.update(JSON.stringify([recipe.name, recipe.env ?? {}, recipe.options ?? {}]));
  for (const m of [...HELPERS, ...(recipe.modules ?? []).map((u) => (u.startsWith('file:') ? fileURLToPath(u) : u))]) hash.update('\0').update(readFileSync(m));
  return hash.digest('hex');
}

interface Stamp {
  key: string;
  ok: boolean;
  output: string;
  run: string;
}

/** One `npm test` (scripts/test.mjs sets TEST_RUN_ID), else one vitest run (its workers share the parent). */
const RUN = process.env.TEST_RUN_ID ?? String(process.ppid);

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Runs `fn` holding the fixture's lock (no other process builds it meanwhile); a lock left by a process that is gone is taken over. */
export function withSharedLock<T>(name: string, fn: () => T): T {
  mkdirSync(FIXTURES, { recursive: true });
  const lock = join(FIXTURES, `${name}.lock`);
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(existsSync(lock) ? readFileSync(lock, 'utf8') : '');
      if (owner && !alive(owner)) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new Error(`${name}: still locked by process ${owner} (${lock}) after 20 minutes`);
      else sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** The folder of a shared fixture's copy of the project (for tools run in it, such as `npm run i18n:status`). */
export const sharedDir = (name: string) => join(FIXTURES, name);

/** The recipe's build: built now, or by an earlier caller (in this process or another) with the same sources. */
export function sharedBuild(recipe: SharedBuildRecipe): FixtureBuild {
  const key = recipeKey(recipe);
  const stampFile = join(FIXTURES, `${recipe.name}.json`);
  const dist = join(sharedDir(recipe.name), 'dist');
  const cached = (): FixtureBuild | undefined => {
    if (!existsSync(stampFile)) return undefined;
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
    if (stamp.key !== key || (stamp.ok ? !existsSync(join(dist, 'index.html')) : stamp.run !== RUN)) return undefined;
    return { ok: stamp.ok, output: stamp.output, dist };
  };
  return (
    cached() ??
    withSharedLock(recipe.name, () => {
      const again = cached();
      if (again) return again;
      rmSync(stampFile, { force: true });
      const started = Date.now();
      const f = fixtureProject(recipe.name, recipe.options);
      recipe.prepare?.(f);
      let r = buildFixture(f, recipe.env);
      if (r.ok && recipe.after) {
        const more = recipe.after(f);
        r = { ...r, ok: more.ok, output: `${r.output}\n${more.output}` };
      }
      const output = `${r.output}\n[${recipe.name}] built in ${((Date.now() - started) / 1000).toFixed(1)} s`;
      writeFileSync(stampFile, JSON.stringify({ key, ok: r.ok, output, run: RUN } satisfies Stamp));
      return { ...r, output };
    })
  );
}
