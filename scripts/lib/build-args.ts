/**
 * The command lines of `npm run build` and `npm run build:merge` (scripts/build.mjs), as pure functions
 * with the one message each mistake gets (tests/unit/build-args.test.ts). What each build makes:
 * src/lib/build/scope.ts.
 */
import { LOCALES_ENV, SHARDS_ENV } from '../../src/lib/build/scope.ts';

export const BUILD_USAGE = 'usage: npm run build [-- --locale <code> [--locale <code>…] --out <folder>]';
export const MERGE_USAGE = 'usage: npm run build:merge -- <shard folder> [<shard folder>…] [--out <folder>] (default dist)';

export class UsageError extends Error {}

export interface BuildPlan {
  /** Passed on to `astro build` (`--outDir <folder>`), nothing without `--out`. */
  astroArgs: string[];
  /** Set in the build's environment; `undefined` removes the variable (a plain build ignores a stray one). */
  env: Record<string, string | undefined>;
  /** The folder written (relative folders as given; the script resolves them). */
  out: string;
  /** Folders that must already exist and stay untouched (the merge's shards). */
  shards: string[];
}

/** `--name value` or `--name=value`; the rest, in order. */
function read(args: readonly string[], names: readonly string[], usage: string): { values: Map<string, string[]>; rest: string[] } {
  const values = new Map<string, string[]>(names.map((n) => [n, []]));
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]) : [undefined, undefined];
    if (name === undefined) {
      rest.push(arg);
      continue;
    }
    if (!values.has(name)) throw new UsageError(`unknown option ${name}; ${usage}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value; ${usage}`);
    values.get(name)!.push(value);
  }
  return { values, rest };
}

/** `npm run build [-- --locale <code>… --out <folder>]`: the whole site into dist/, or a shard of some locales. */
export function buildPlan(args: readonly string[], known: readonly string[]): BuildPlan {
  const { values, rest } = read(args, ['--locale', '--out'], BUILD_USAGE);
  if (rest.length) throw new UsageError(`unexpected ${rest.map((r) => `"${r}"`).join(', ')}; ${BUILD_USAGE}`);
  const outs = values.get('--out')!;
  if (outs.length > 1) throw new UsageError(`--out given ${outs.length} times; ${BUILD_USAGE}`);
  const locales = [...new Set(values.get('--locale')!.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean))];
  const unknown = locales.filter((l) => !known.includes(l));
  if (unknown.length) throw new UsageError(`unknown locale ${unknown.map((l) => `"${l}"`).join(', ')}; the known locales are ${known.join(', ')} (src/i18n/locales.ts)`);
  const out = outs[0];
  if (locales.length && out === undefined) throw new UsageError(`--locale builds a shard, not the site: give it a folder of its own with --out <folder> (e.g. --out shards/${locales[0]}); ${BUILD_USAGE}`);
  // A plain build is what it always was: no extra argument, no shard variable from the caller's shell.
  const env = { [LOCALES_ENV]: locales.length ? locales.join(',') : undefined, [SHARDS_ENV]: undefined };
  return { astroArgs: out === undefined ? [] : ['--outDir', out], env, out: out ?? 'dist', shards: [] };
}

/** `npm run build:merge -- <shard folders> [--out <folder>]`: the pages outside the locale folders, the shards, the site-wide steps. */
export function mergePlan(args: readonly string[], resolve: (p: string) => string): BuildPlan {
  const { values, rest } = read(args, ['--out'], MERGE_USAGE);
  const outs = values.get('--out')!;
  if (outs.length > 1) throw new UsageError(`--out given ${outs.length} times; ${MERGE_USAGE}`);
  if (!rest.length) throw new UsageError(`no shard folder given; ${MERGE_USAGE}`);
  const out = outs[0] ?? 'dist';
  const target = resolve(out);
  const shards = [...new Set(rest.map(resolve))];
  for (const s of shards) {
    // Astro empties its output folder first: a shard inside it (or holding it) would be lost.
    if (s === target || s.startsWith(`${target}/`) || target.startsWith(`${s}/`)) throw new UsageError(`--out ${out} and the shard ${s} overlap (the merge empties --out first); give the shards folders of their own, e.g. shards/<code>`);
  }
  return { astroArgs: ['--outDir', out], env: { [LOCALES_ENV]: '', [SHARDS_ENV]: JSON.stringify(shards) }, out, shards };
}
