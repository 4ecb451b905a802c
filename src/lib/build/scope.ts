/**
 * What one `astro build` makes (issue 24, "Scale out by language"), from two environment variables
 * that scripts/build.mjs sets (never set them by hand; `npm run build -- --locale …` and
 * `npm run build:merge` do):
 *
 * - neither: the whole site, as always (`npm run build`);
 * - `HELP_CENTER_LOCALES=ru,en`: a shard, the pages of these locales only (every other locale is still
 *   known from the content files: hreflang, the language switcher and fallbacks do not need its pages
 *   rendered), and the post-build steps that work per locale;
 * - `HELP_CENTER_LOCALES=` (empty) with `HELP_CENTER_SHARDS` (a JSON array of folders): the merge, the
 *   pages outside every locale folder (/, /404.html, /llms.txt, /robots.txt), the shards copied in,
 *   and the site-wide steps over the whole.
 *
 * Read at run time (getStaticPaths, the integration), never by Vite: the module graph, and so every
 * shared `_astro/` file, is the same whatever is built. Pure: no Astro import.
 */
import { planPages, splitId } from '../translations/pairing.ts';

export const LOCALES_ENV = 'HELP_CENTER_LOCALES';
export const SHARDS_ENV = 'HELP_CENTER_SHARDS';

export type BuildScope =
  | { kind: 'site' }
  | { kind: 'shard'; locales: readonly string[] }
  | { kind: 'merge'; shards: readonly string[] };

export function buildScope(env: Record<string, string | undefined>, known: readonly string[]): BuildScope {
  const list = env[LOCALES_ENV];
  const shards = env[SHARDS_ENV];
  if (shards !== undefined) {
    let dirs: unknown;
    try {
      dirs = JSON.parse(shards);
    } catch {
      dirs = undefined;
    }
    if (!Array.isArray(dirs) || !dirs.length || !dirs.every((d) => typeof d === 'string' && d)) {
      throw new Error(`${SHARDS_ENV}: expected a JSON array of shard folders, got ${JSON.stringify(shards)} (use npm run build:merge)`);
    }
    if (list !== '') throw new Error(`${SHARDS_ENV} is set: expected ${LOCALES_ENV} to be empty (the merge builds the pages outside the locale folders only); use npm run build:merge`);
    return { kind: 'merge', shards: dirs as string[] };
  }
  if (list === undefined) return { kind: 'site' };
  const locales = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = locales.filter((l) => !known.includes(l));
  if (unknown.length) throw new Error(`${LOCALES_ENV}: unknown locale ${unknown.map((l) => `"${l}"`).join(', ')}; known: ${known.join(', ')}`);
  if (!locales.length) throw new Error(`${LOCALES_ENV} is empty without ${SHARDS_ENV}: expected a comma-separated list of locales (use npm run build -- --locale <code>)`);
  return { kind: 'shard', locales };
}

/** The locales whose pages this build renders: every one, a shard's, or none (the merge). */
export function renderedLocales<T extends string>(scope: BuildScope, all: readonly T[]): readonly T[] {
  if (scope.kind === 'site') return all;
  if (scope.kind === 'merge') return [];
  return all.filter((l) => scope.locales.includes(l));
}

/**
 * The article files this build compiles (their MDX modules bundled): those its pages show, by
 * planPages' rule (the translation, else the first of the locale's fallback chain that has it). Every
 * other article stays in the content store as data only (title, dates, translations: enough for
 * hreflang, the switcher and lists), so a shard bundles its languages' MDX, not the whole site's.
 */
export function compiledEntryIds(
  ids: Iterable<string>,
  locales: readonly { code: string; fallback: readonly string[] }[],
  rendered: readonly string[],
): Set<string> {
  const entries = [...ids].map((id) => ({ ...splitId(id), data: undefined }));
  const plans = planPages(entries, locales.filter((l) => rendered.includes(l.code)));
  return new Set(plans.map((p) => `${p.entry.locale}/${p.slug}`));
}

/** One CI job of a sharded build: the locales it builds, and its folder and artifact name ("en+hi"). */
export interface ShardJob {
  name: string;
  locales: string[];
}

/**
 * The jobs of a sharded build, one per language, except that a locale showing more of another
 * language's articles than of its own (a partial locale: most of its pages are fallbacks) builds in
 * that language's job: its fallback pages compile the same articles, once (at 1,000 articles per
 * locale, six partial locales built with English took the shards' CPU from ×1.34 to ×1.09 of a single
 * build's: bench/results-shards-groups.md). Jobs come in the locales' order, each led by its language.
 */
export function shardJobsOf(ids: Iterable<string>, locales: readonly { code: string; fallback: readonly string[] }[]): ShardJob[] {
  const entries = [...ids].map((id) => ({ ...splitId(id), data: undefined }));
  const shown = new Map<string, Map<string, number>>(locales.map((l) => [l.code, new Map()]));
  for (const p of planPages(entries, locales)) {
    const counts = shown.get(p.lang)!;
    counts.set(p.entry.locale, (counts.get(p.entry.locale) ?? 0) + 1);
  }
  // The language whose articles a locale shows most, its own on a tie.
  const host = new Map<string, string>();
  for (const { code } of locales) {
    const counts = shown.get(code)!;
    let best = code;
    for (const [source, n] of counts) if (n > (counts.get(best) ?? 0)) best = source;
    host.set(code, best);
  }
  // Followed to a language that hosts itself (a partial locale falling back to another partial one).
  const leader = (code: string): string => {
    const seen = new Set<string>();
    let at = code;
    while (host.get(at) !== at && !seen.has(at)) seen.add(at), (at = host.get(at)!);
    return at;
  };
  const codes = locales.map((l) => l.code);
  const leadOf = new Map(codes.map((c) => [c, leader(c)]));
  const leaders = new Set(leadOf.values());
  const leads = codes.filter((c) => leaders.has(c));
  return leads.map((lead) => {
    const job = [lead, ...codes.filter((c) => c !== lead && leadOf.get(c) === lead)];
    return { name: job.join('+'), locales: job };
  });
}
