/**
 * The Pagefind index, one language at a time: only pages whose <html> declares `data-pagefind-lang`
 * are indexed (fallbacks, the chooser and the 404s have none). The reader hands over pages in path
 * order, so a locale's pages come together: its index is built, taken out, and its Pagefind process
 * closed (which frees its memory) before the next language starts. The bundles are merged into
 * <outDir>/pagefind/ at the end; a full locale left with an empty index stops the build.
 *
 * A small site (at most SMALL_SITE_FILES HTML files) is indexed on both cores instead: its pages are
 * listed during the pass and read again after it, when two Pagefind processes index half of the
 * languages each. (On a large site that would mean two indexes in memory side by side.)
 *
 * With `cacheDir` (the build's), each language's bundle is kept in <cacheDir>/search-index/ under the
 * hash of what Pagefind was given (every page's address and indexed HTML, in order, and Pagefind's
 * version). A language whose pages hash the same as in the last build takes its bundle from there and
 * is not indexed again: after an edit of one article (an incremental build) only that article's
 * language is re-indexed. A language the cache has is listed during the pass (not streamed to
 * Pagefind) until its hash is known; one it lacks (a cold build) is indexed as above.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as pagefind from 'pagefind';
import { htmlForIndex, isRuntimeBundleFile } from '../../lib/search/pagefind-pages.ts';
import type { BuiltSite } from '../built-site.ts';
import type { Step } from '../pipeline.ts';

type BundleFile = { path: string; content: Uint8Array };
type Pagefind = typeof pagefind;
type Index = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;
/** A small site's page, read again from dist/ when its language is indexed (holding every page's HTML costs memory). */
type Held = { file: string; url: string };

/** Pages sent to Pagefind before the oldest answer is awaited: reading the next page overlaps its indexing. */
const IN_FLIGHT = 32;
/** Up to this many HTML files in dist/, the languages are indexed two at a time (see above). */
const SMALL_SITE_FILES = 2_000;

const ENTRY = 'pagefind-entry.json';
export interface Entry {
  languages: Record<string, { page_count: number }>;
}
const readEntry = (files: BundleFile[]): Entry => {
  const entry = files.find((f) => f.path === ENTRY);
  if (!entry) throw new Error(`search-index: the Pagefind bundle has no ${ENTRY}`);
  return JSON.parse(new TextDecoder().decode(entry.content)) as Entry;
};

/**
 * `languages`: every locale's Pagefind code; `required`: those that must have an index (a full locale's;
 * a partial locale may have none yet: its search looks in its fallback languages' indexes);
 * `smallSiteFiles`: see SMALL_SITE_FILES (tests set it).
 */
export function searchIndex(
  languages: readonly string[],
  { smallSiteFiles = SMALL_SITE_FILES, required = languages, cacheDir }: { smallSiteFiles?: number; required?: readonly string[]; cacheDir?: string | undefined } = {},
): Step {
  const bundles = new Map<string, BundleFile[]>();
  /** The languages in the order their pages came (path order): each must come in one run. */
  const order: string[] = [];
  let current: { lang: string; index: Index; pending: Promise<void>[] } | undefined;
  /** A small site's pages by language, indexed when the pass is over. */
  let held: Map<string, Held[]> | undefined;
  const cache = cacheDir ? new BundleCache(cacheDir) : undefined;
  /** Per language, the hash of what Pagefind is given (with a cache only). */
  const hashes = new Map<string, Hash>();
  /** Large site: the languages the cache has, listed during the pass and indexed (or not) after it. */
  const deferred = new Map<string, Held[]>();

  async function finishLanguage(): Promise<void> {
    if (!current) return;
    const { lang, index, pending } = current;
    current = undefined;
    try {
      await Promise.all(pending);
      bundles.set(lang, await runtimeFiles(index));
    } finally {
      await index.deleteIndex();
      await closePagefind();
    }
  }

  return {
    name: 'search-index',
    scope: 'locale',
    start: ({ site }) => {
      if ([...site.files].filter((f) => f.endsWith('.html')).length <= smallSiteFiles) held = new Map();
    },
    page: async ({ file, url, html, facts }) => {
      const lang = facts.searchLang;
      if (!lang) return;
      if (!languages.includes(lang)) throw new Error(`search-index: ${file} declares data-pagefind-lang="${lang}"; expected one of ${languages.join(', ')}`);
      if (order.at(-1) !== lang) {
        if (order.includes(lang)) throw new Error(`search-index: ${file} is a ${lang} page outside the other ${lang} pages' folder; expected each locale's pages in its own folder`);
        order.push(lang);
        if (cache) hashes.set(lang, cache.hasher());
        if (held) held.set(lang, []);
        else if (cache?.has(lang)) deferred.set(lang, []);
        else {
          await finishLanguage();
          current = { lang, index: await newIndex(pagefind), pending: [] };
        }
      }
      const content = htmlForIndex(html, lang);
      hashes.get(lang)?.update(`${url}\0${content}\0`);
      if (held) held.get(lang)!.push({ file, url });
      else if (deferred.has(lang)) deferred.get(lang)!.push({ file, url });
      else await addPage(current!.index, current!.pending, file, url, content);
    },
    finish: async ({ site }) => {
      const keys = new Map([...hashes].map(([lang, h]) => [lang, h.digest('hex')]));
      const reused: string[] = [];
      const fromCache = (lang: string) => {
        const files = cache?.read(lang, keys.get(lang)!);
        if (files) {
          bundles.set(lang, files);
          reused.push(lang);
        }
        return files !== undefined;
      };
      if (held) {
        for (const lang of [...held.keys()]) if (fromCache(lang)) held.delete(lang);
        if (held.size) await indexOnTwoCores(site, held, bundles);
      } else {
        await finishLanguage();
        for (const [lang, pages] of deferred) {
          if (fromCache(lang)) continue;
          bundles.set(lang, await indexLanguage(site, pagefind, lang, pages));
          await closePagefind();
        }
      }
      if (cache) cache.save(new Map([...keys].filter(([lang]) => !reused.includes(lang)).map(([lang, key]) => [lang, { key, files: bundles.get(lang)! }])));
      // Pagefind itself skips pages without data-pagefind-body (home, lists): count what it kept.
      const counts = Object.fromEntries([...bundles].map(([lang, files]) => [lang, readEntry(files).languages[lang]?.page_count ?? 0]));
      const empty = required.filter((l) => !counts[l]);
      if (empty.length) throw new Error(`search-index: no searchable page in ${empty.join(', ')}; expected each locale to have its own index`);
      site.removeFolder('pagefind');
      // In path order, whichever process finished first.
      for (const f of mergeBundles(order.map((l) => bundles.get(l)!))) site.write(`pagefind/${f.path}`, f.content);
      if (!order.length) return 'indexed no page: no language of this build has its own index';
      const kept = reused.length ? `; ${reused.length === order.length ? 'every language' : reused.sort().join(', ')} unchanged: taken from the cache` : '';
      return `indexed ${Object.keys(counts).sort().map((l) => `${l}: ${counts[l]} pages`).join(', ')}${kept}`;
    },
    close: async () => {
      if (current) await current.index.deleteIndex().catch(() => {});
      await closePagefind();
    },
  };
}

async function newIndex(pf: Pagefind): Promise<Index> {
  const { index, errors } = await pf.createIndex({});
  if (!index) throw new Error(`search-index: could not start Pagefind: ${errors.join('; ')}`);
  return index;
}

/**
 * Sends one page; once IN_FLIGHT are unanswered, waits for the oldest (reading the next page overlaps
 * its indexing). A page Pagefind could not index fails the wait that meets it.
 */
async function addPage(index: Index, pending: Promise<void>[], file: string, url: string, content: string): Promise<void> {
  const added = index.addHTMLFile({ url, content }).then((r) => {
    if (r.errors.length) throw new Error(`search-index: could not index ${file}: ${r.errors.join('; ')}`);
  });
  added.catch(() => {}); // awaited here or by the caller; this only keeps Node from calling it unhandled
  pending.push(added);
  if (pending.length >= IN_FLIGHT) await pending.shift();
}

/** What the browser needs of a finished index. */
async function runtimeFiles(index: Index): Promise<BundleFile[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`search-index: ${errors.join('; ')}`);
  return files.filter((f) => isRuntimeBundleFile(f.path));
}

/** One language's index from pages listed during the pass, read from dist/ as Pagefind takes them. */
async function indexLanguage(site: BuiltSite, pf: Pagefind, lang: string, pages: readonly Held[]): Promise<BundleFile[]> {
  const index = await newIndex(pf);
  try {
    const pending: Promise<void>[] = [];
    for (const { file, url } of pages) await addPage(index, pending, file, url, htmlForIndex(site.read(file), lang));
    await Promise.all(pending);
    return await runtimeFiles(index);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Two Pagefind processes, each indexing its share of the languages one after another (shares
 * balanced by page count). Pagefind's module keeps one process per module instance: the same file
 * imported under another URL starts a second one.
 */
async function indexOnTwoCores(site: BuiltSite, held: Map<string, Held[]>, bundles: Map<string, BundleFile[]>): Promise<void> {
  const second = (await import(/* @vite-ignore */ `${import.meta.resolve('pagefind')}?process=2`)) as Pagefind;
  const shares: { pf: Pagefind; langs: string[]; pages: number }[] = [
    { pf: pagefind, langs: [], pages: 0 },
    { pf: second, langs: [], pages: 0 },
  ];
  for (const [lang, pages] of [...held].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    const share = shares[0]!.pages <= shares[1]!.pages ? shares[0]! : shares[1]!;
    share.langs.push(lang);
    share.pages += pages.length;
  }
  try {
    await Promise.all(
      shares.map(async ({ pf, langs }) => {
        for (const lang of langs) bundles.set(lang, await indexLanguage(site, pf, lang, held.get(lang)!));
      }),
    );
  } finally {
    await second.close();
    await closePagefind();
  }
}

/**
 * Pagefind's close() kills its process without waiting for it; wait until it has exited (Linux: read
 * from /proc), so the next language's process never runs beside the last one's memory.
 */
async function closePagefind(): Promise<void> {
  await pagefind.close();
  for (let i = 0; i < 200 && livePagefindChildren() > 0; i++) await sleep(25);
}

function livePagefindChildren(): number {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return ''; // gone already, or not Linux
    }
  };
  let tasks: string[] = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  const kids = tasks.flatMap((t) => read(`/proc/self/task/${t}/children`).split(' ').filter(Boolean));
  // A zombie ("Z") has already given its memory back.
  return kids.filter((pid) => /^\d+ \(pagefind[^)]*\) [^Z]/.test(read(`/proc/${pid}/stat`))).length;
}

/** One bundle from one per language: their files side by side, and one entry file listing every language. */
export function mergeBundles(bundles: readonly BundleFile[][]): BundleFile[] {
  const out = new Map<string, BundleFile>();
  for (const files of bundles) for (const f of files) if (f.path !== ENTRY && !out.has(f.path)) out.set(f.path, f);
  if (!bundles.length) return [];
  out.set(ENTRY, { path: ENTRY, content: joinEntries(bundles.map(readEntry)) });
  return [...out.values()];
}

/**
 * Pagefind's entry file for several languages' bundles: the first one's, with every language listed
 * in code order. Also how `npm run build:merge` joins the shards' entry files (src/integrations/shards.ts),
 * so the merged site's entry file is the single build's.
 */
export function joinEntries(entries: readonly Entry[]): Uint8Array {
  const languages: Entry['languages'] = {};
  for (const e of entries) Object.assign(languages, e.languages);
  const merged = { ...entries[0], languages: Object.fromEntries(Object.keys(languages).sort().map((l) => [l, languages[l]])) };
  return new TextEncoder().encode(JSON.stringify(merged));
}

/** Where a bundle's entry file lands in the built site. */
export const ENTRY_FILE = `pagefind/${ENTRY}`;

/** Pagefind's version, from its package.json (which its exports do not list): next to lib/index.js. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * Each language's bundle from the last build, in <cacheDir>/search-index/<lang>/ with manifest.json
 * (the hash it was built from and its files). A manifest that does not match, or a file missing,
 * is a miss: the language is indexed again.
 */
class BundleCache {
  readonly #dir: string;
  readonly #known = new Map<string, { key: string; files: string[] }>();
  constructor(cacheDir: string) {
    this.#dir = join(cacheDir, 'search-index');
    if (!existsSync(this.#dir)) return;
    for (const lang of readdirSync(this.#dir)) {
      try {
        const m = JSON.parse(readFileSync(join(this.#dir, lang, 'manifest.json'), 'utf8')) as { key: string; files: string[] };
        if (typeof m.key === 'string' && Array.isArray(m.files)) this.#known.set(lang, m);
      } catch {
        // No manifest, or a broken one: not cached.
      }
    }
  }

  /** A hash of what Pagefind is given, which starts with Pagefind's version (another version may index differently). */
  hasher(): Hash {
    return createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\0`);
  }

  has(lang: string): boolean {
    return this.#known.has(lang);
  }

  read(lang: string, key: string): BundleFile[] | undefined {
    const m = this.#known.get(lang);
    if (!m || m.key !== key) return undefined;
    try {
      return m.files.map((path) => ({ path, content: new Uint8Array(readFileSync(join(this.#dir, lang, 'files', path))) }));
    } catch {
      return undefined;
    }
  }

  /** Writes the languages indexed in this build (the others' are kept: a shard build indexes only its own). */
  save(indexed: Map<string, { key: string; files: BundleFile[] }>): void {
    for (const [lang, { key, files }] of indexed) {
      const dir = join(this.#dir, lang);
      rmSync(dir, { recursive: true, force: true });
      for (const f of files) {
        const to = join(dir, 'files', f.path);
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, f.content);
      }
      // The manifest last: a build stopped halfway leaves no manifest, so no half a bundle is taken.
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ key, files: files.map((f) => f.path) }));
    }
  }
}
