/**
 * A site built as one job per language and one merge (issue 24), beside its single build, in the same
 * copy of the project (island ids derive from absolute paths: the stated condition is the same
 * commit, project folder, Node and environment). Three locales: Russian (the source), English and
 * Hindi (partial: its missing pages show English, whose MDX its shard compiles and renders). A small
 * site (the articles the site links to). `dist/` is `npm run build`; `shards/<code>/` are
 * `npm run build -- --locale <code> --out shards/<code>`; `merged/` is
 * `npm run build:merge -- shards/ru shards/en shards/hi --out merged`. Built once and kept while the
 * sources are unchanged (tests/support/shared-build.ts).
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { scriptBuild } from './build.ts';
import type { FixtureBuild, FixtureProject } from './fixture.ts';
import { sharedBuild, sharedDir } from './shared-build.ts';

const NAME = 'shards-site';
export const SHARD_LOCALES = ['ru', 'en', 'hi'] as const;

/** Only ru, en and hi stay in LOCALES, with the content of the others taken out. */
function recipe(f: FixtureProject) {
  const locales = 'src/i18n/locales.ts';
  const text = f.read(locales);
  const kept = text.replace(/^ {2}\{ code: '([a-z-]+)',.*\n/gm, (line, code: string) => ((SHARD_LOCALES as readonly string[]).includes(code) ? line : ''));
  if ((kept.match(/^ {2}\{ code: /gm) ?? []).length !== SHARD_LOCALES.length) throw new Error(`${NAME}: could not keep only ${SHARD_LOCALES.join(', ')} in ${locales}`);
  if (!/\{ code: 'hi',[^}]*full: false/.test(kept)) throw new Error(`${NAME}: expected hi to be a partial locale in ${locales}`);
  f.write(locales, kept);
  // Each other locale's folders (content/articles/es/) and files (content/glossary/es.yaml).
  const others = LOCALE_CODES.filter((l) => !(SHARD_LOCALES as readonly string[]).includes(l));
  const gone = (name: string, folder: boolean) => others.includes((folder ? name : name.replace(/\.ya?ml$/, '')) as (typeof others)[number]);
  const prune = (rel: string) => {
    for (const e of readdirSync(join(f.dir, rel), { withFileTypes: true })) {
      const path = `${rel}/${e.name}`;
      if (gone(e.name, e.isDirectory())) rmSync(join(f.dir, path), { recursive: true, force: true });
      else if (e.isDirectory()) prune(path);
    }
  };
  prune('content');
}

/** The log line after each build: the articles whose MDX it bundled, `<locale>/<slug>`. */
export const COMPILED = '[shards-site] compiled articles:';

function compiledArticles(dir: string): string[] {
  const modules = readFileSync(join(dir, '.astro', 'content-modules.mjs'), 'utf8');
  return [...modules.matchAll(/content\/articles\/([a-z-]+\/[a-z0-9-]+)\.mdx/g)].map((m) => m[1]!).sort();
}

/** The shards, one per locale, then the merge, in the copy that holds the single build. */
function shardsAndMerge(f: FixtureProject): { ok: boolean; output: string } {
  const out: string[] = [];
  for (const args of [...SHARD_LOCALES.map((l) => ['--locale', l, '--out', `shards/${l}`]), ['merge', ...SHARD_LOCALES.map((l) => `shards/${l}`), '--out', 'merged']]) {
    const r = scriptBuild(args, {}, f.dir);
    // eslint-disable-next-line no-control-regex
    out.push(`$ npm run build${args[0] === 'merge' ? ':merge' : ''} -- ${args.filter((a) => a !== 'merge').join(' ')}\n${`${r.stdout ?? ''}\n${r.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '')}`);
    if (r.status !== 0) return { ok: false, output: out.join('\n') };
    out.push(`${COMPILED} ${compiledArticles(f.dir).join(' ')}`);
  }
  return { ok: true, output: out.join('\n') };
}

/** The single build (`dist`), with the shards and the merged site beside it. */
export function shardsSite(): FixtureBuild & { shards: string; merged: string } {
  const build = sharedBuild({ name: NAME, options: { small: [] }, prepare: recipe, after: shardsAndMerge, modules: [import.meta.url] });
  return { ...build, shards: join(sharedDir(NAME), 'shards'), merged: join(sharedDir(NAME), 'merged') };
}
