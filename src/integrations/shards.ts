/**
 * A site built as one job per language and one merge (issue 24; src/lib/build/scope.ts says which
 * build is which). A shard keeps only what its locales own; the merge copies every shard into the
 * output of its own build (the pages outside the locale folders) before the site-wide steps run.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { scanPage } from '../lib/built/page-scan.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { ENTRY_FILE, joinEntries, type Entry } from './steps/search-index.ts';

/** Shared by every build of one commit (the bundled scripts and styles): kept in each shard, joined when the bytes agree. */
const SHARED = '_astro';

/**
 * A shard keeps `_astro/` and its locale folders; the pages and files outside them (/, /404.html,
 * /llms.txt, /robots.txt, the files of public/) are the merge's. Returns how many files went.
 */
export function trimToShard(dir: string, locales: readonly string[]): number {
  let removed = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === SHARED || locales.includes(e.name)) continue;
    removed += e.isDirectory() ? files(join(e.parentPath, e.name)).length : 1;
    rmSync(join(dir, e.name), { recursive: true, force: true });
  }
  return removed;
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export class ShardConflictError extends Error {}

/**
 * Copies every shard into `dir` (which holds the merge's own pages): a path two builds both hold must
 * have the same bytes (the `_astro/` files, Pagefind's runtime), else the merge stops naming it and
 * both folders. The shards' Pagefind entry files, each listing its own languages, become one (as a
 * single build writes it). `locales`: every locale of the site, each of which some shard must hold.
 */
export function joinShards(dir: string, shards: readonly string[], locales: readonly string[]): { files: number; shared: number } {
  const from = new Map<string, string>(files(dir).map((f) => [f, 'the merge build']));
  const entries: Entry[] = [];
  let copied = 0;
  let shared = 0;
  for (const shard of shards) {
    if (!existsSync(shard) || !statSync(shard).isDirectory()) throw new ShardConflictError(`build:merge: ${shard} is not a folder; expected a shard built by npm run build -- --locale <code> --out <folder>`);
    const top = readdirSync(shard).sort();
    const held = top.filter((name) => locales.includes(name));
    if (!held.length) throw new ShardConflictError(`build:merge: ${shard} holds no locale folder; expected a shard built by npm run build -- --locale <code> --out <folder>`);
    const outside = top.filter((name) => name !== SHARED && name !== 'pagefind' && !locales.includes(name));
    if (outside.length) throw new ShardConflictError(`build:merge: ${shard} holds ${outside.join(', ')} outside its locale folders; expected a shard (npm run build -- --locale <code>), not a whole site`);
    for (const file of files(shard)) {
      const src = join(shard, file);
      if (file === ENTRY_FILE) {
        entries.push(JSON.parse(readFileSync(src, 'utf8')) as Entry);
        continue;
      }
      const target = join(dir, file);
      const other = from.get(file);
      if (other !== undefined) {
        if (!readFileSync(src).equals(readFileSync(target))) {
          throw new ShardConflictError(`build:merge: ${file} differs between ${other} and ${shard}; expected every shard built from the same commit, project folder, Node and environment (SITE_URL, BASE_PATH, FEEDBACK_ENDPOINT), and each locale in one shard`);
        }
        shared++;
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(src, target);
      from.set(file, shard);
      copied++;
    }
  }
  const missing = locales.filter((l) => !from.has(`${l}/index.html`));
  if (missing.length) throw new ShardConflictError(`build:merge: no shard holds ${missing.map((l) => `${l}/`).join(', ')}; expected every locale in one of the shards (${shards.join(', ')})`);
  if (entries.length) {
    // The bytes a single build's search-index step writes (the same function joins its languages).
    mkdirSync(dirname(join(dir, ENTRY_FILE)), { recursive: true });
    writeFileSync(join(dir, ENTRY_FILE), joinEntries(entries));
  }
  return { files: copied, shared };
}

/**
 * Each locale's home page must name the address this merge builds (SITE_URL and BASE_PATH): a shard
 * built with another would leave its pages out of the sitemap without a word.
 */
export function checkShardAddresses(dir: string, site: string, base: string, locales: readonly string[]): void {
  for (const code of locales) {
    const expected = absoluteUrl(site, base, `/${code}/`);
    const canonical = scanPage(readFileSync(join(dir, code, 'index.html'), 'utf8')).seo.canonical;
    if (canonical !== expected) throw new ShardConflictError(`build:merge: ${code}/index.html was built for ${canonical ?? 'no canonical address'}, this merge for ${expected}; expected every shard and the merge built with the same SITE_URL and BASE_PATH`);
  }
}
