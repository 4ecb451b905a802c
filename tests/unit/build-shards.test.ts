/**
 * One job per language, one merge (issue 24): the command lines of `npm run build -- --locale` and
 * `npm run build:merge` and what each mistake says (scripts/lib/build-args.ts, and scripts/build.mjs
 * run for real on a few of them), which build renders which locales (src/lib/build/scope.ts), and how
 * the merge joins shards (src/integrations/shards.ts). That the merged site equals a single build:
 * tests/build/shards.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlan, mergePlan, UsageError } from '../../scripts/lib/build-args.ts';
import { cleanEnv } from '../../scripts/lib/env.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { checkShardAddresses, joinShards, trimToShard } from '../../src/integrations/shards.ts';
import { buildScope, compiledEntryIds, renderedLocales, shardJobsOf } from '../../src/lib/build/scope.ts';
import { ROOT } from '../support/paths.ts';

const KNOWN = ['ru', 'en', 'hi'];
const fails = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('npm run build [-- --locale <code> --out <folder>]', () => {
  it('with no argument is the plain astro build of every locale, whatever the shell holds', () => {
    expect(buildPlan([], KNOWN)).toMatchObject({ astroArgs: [], env: { HELP_CENTER_LOCALES: undefined, HELP_CENTER_SHARDS: undefined } });
  });

  it('--locale (repeated, or with commas) builds those locales into --out', () => {
    const plan = buildPlan(['--locale', 'ru', '--locale=hi,ru', '--out', 'shards/ru-hi'], KNOWN);
    expect(plan.env.HELP_CENTER_LOCALES).toBe('ru,hi');
    expect(plan.astroArgs).toEqual(['--outDir', 'shards/ru-hi']);
  });

  it('an unknown locale is named, with the known ones', () => {
    expect(fails(() => buildPlan(['--locale', 'de', '--out', 'x'], KNOWN))).toBe('unknown locale "de"; the known locales are ru, en, hi (src/i18n/locales.ts)');
  });

  it('a shard needs a folder of its own; options need values; nothing unknown passes', () => {
    expect(fails(() => buildPlan(['--locale', 'ru'], KNOWN))).toMatch(/^--locale builds a shard, not the site: give it a folder of its own with --out <folder> \(e\.g\. --out shards\/ru\)/);
    expect(fails(() => buildPlan(['--locale'], KNOWN))).toMatch(/^--locale needs a value; usage: npm run build/);
    expect(fails(() => buildPlan(['--locale', '--out', 'x'], KNOWN))).toMatch(/^--locale needs a value/);
    expect(fails(() => buildPlan(['--lang', 'ru'], KNOWN))).toMatch(/^unknown option --lang; usage: npm run build \[-- --locale <code>/);
    expect(fails(() => buildPlan(['ru'], KNOWN))).toMatch(/^unexpected "ru"; usage/);
    expect(fails(() => buildPlan(['--out', 'a', '--out', 'b'], KNOWN))).toMatch(/^--out given 2 times/);
  });
});

describe('npm run build:merge -- <shard folders> [--out dist]', () => {
  const abs = (p: string) => resolve('/project', p);
  it('builds nothing of the locales and hands the shards to the integration', () => {
    const plan = mergePlan(['shards/ru', 'shards/en', 'shards/ru'], abs);
    expect(plan.env).toEqual({ HELP_CENTER_LOCALES: '', HELP_CENTER_SHARDS: JSON.stringify(['/project/shards/ru', '/project/shards/en']) });
    expect(plan.astroArgs).toEqual(['--outDir', 'dist']);
  });

  it('needs a shard, and an --out that is none of them (Astro empties it first)', () => {
    expect(fails(() => mergePlan([], abs))).toMatch(/^no shard folder given; usage: npm run build:merge -- <shard folder>/);
    expect(fails(() => mergePlan(['shards/ru', '--out', 'shards'], abs))).toMatch(/^--out shards and the shard \/project\/shards\/ru overlap/);
    expect(fails(() => mergePlan(['dist/ru'], abs))).toMatch(/^--out dist and the shard \/project\/dist\/ru overlap/);
  });

  it('scripts/build.mjs prints the message and exits 2 before any build starts', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
    const unknown = run(['--locale', 'xx', '--out', 'shards/xx']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(`build: unknown locale "xx"; the known locales are ${LOCALE_CODES.join(', ')} (src/i18n/locales.ts)`);
    const missing = run(['merge', 'shards/none-such']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`build:merge: the shard folder ${join(ROOT, 'shards', 'none-such')} does not exist`);
    const tracked = run(['--locale', 'ru', '--out', 'src/shard']);
    expect(tracked.status).toBe(2);
    expect(tracked.stderr).toContain('build: --out src/shard is inside the project but git does not ignore it');
  });
});

describe('which pages a build renders', () => {
  it('every locale, a shard’s, or none (the merge renders the pages outside the locale folders)', () => {
    expect(renderedLocales(buildScope({}, KNOWN), KNOWN)).toEqual(KNOWN);
    expect(renderedLocales(buildScope({ HELP_CENTER_LOCALES: 'hi,ru' }, KNOWN), KNOWN)).toEqual(['ru', 'hi']);
    expect(renderedLocales(buildScope({ HELP_CENTER_LOCALES: '', HELP_CENTER_SHARDS: '["/s/ru"]' }, KNOWN), KNOWN)).toEqual([]);
  });

  it('a variable set by hand that makes no sense stops the build, saying what was expected', () => {
    expect(() => buildScope({ HELP_CENTER_LOCALES: 'de' }, KNOWN)).toThrow('HELP_CENTER_LOCALES: unknown locale "de"; known: ru, en, hi');
    expect(() => buildScope({ HELP_CENTER_LOCALES: '' }, KNOWN)).toThrow(/HELP_CENTER_LOCALES is empty without HELP_CENTER_SHARDS/);
    expect(() => buildScope({ HELP_CENTER_LOCALES: 'ru', HELP_CENTER_SHARDS: '["/s"]' }, KNOWN)).toThrow(/expected HELP_CENTER_LOCALES to be empty/);
    expect(() => buildScope({ HELP_CENTER_LOCALES: '', HELP_CENTER_SHARDS: 'shards/ru' }, KNOWN)).toThrow(/HELP_CENTER_SHARDS: expected a JSON array of shard folders/);
  });

  it('compiles the articles the rendered pages show: a translation, else its fallback’s; nothing for the merge', () => {
    const locales = [
      { code: 'ru', fallback: [] },
      { code: 'en', fallback: ['ru'] },
      { code: 'hi', fallback: ['en', 'ru'] },
    ];
    const ids = ['ru/a', 'ru/b', 'ru/c', 'en/a', 'en/b', 'hi/a'];
    const sorted = (s: Set<string>) => [...s].sort();
    expect(sorted(compiledEntryIds(ids, locales, ['ru']))).toEqual(['ru/a', 'ru/b', 'ru/c']);
    // c is not in English: the English page shows the Russian text.
    expect(sorted(compiledEntryIds(ids, locales, ['en']))).toEqual(['en/a', 'en/b', 'ru/c']);
    expect(sorted(compiledEntryIds(ids, locales, ['hi']))).toEqual(['en/b', 'hi/a', 'ru/c']);
    expect(sorted(compiledEntryIds(ids, locales, ['ru', 'en', 'hi']))).toEqual(ids.slice().sort());
    expect(sorted(compiledEntryIds(ids, locales, []))).toEqual([]);
  });
});

describe('npm run build:jobs: the jobs of a sharded build', () => {
  const locales = [
    { code: 'ru', fallback: [] },
    { code: 'en', fallback: ['ru'] },
    { code: 'es', fallback: ['en', 'ru'] },
    { code: 'hi', fallback: ['en', 'ru'] },
    { code: 'vi', fallback: ['hi', 'en', 'ru'] },
  ];
  const slugs = ['a', 'b', 'c', 'd'];
  const ids = (code: string, n: number) => slugs.slice(0, n).map((s) => `${code}/${s}`);
  const jobs = (list: string[]) => shardJobsOf(list, locales).map((j) => j.name);

  it('gives each language with most of its own articles a job of its own', () => {
    expect(jobs([...ids('ru', 4), ...ids('en', 4), ...ids('es', 4), ...ids('hi', 3), ...ids('vi', 2)])).toEqual(['ru', 'en', 'es', 'hi', 'vi']);
  });

  it('builds a partial locale with the language whose articles it shows most', () => {
    // hi shows one article of its own and three of English's; vi none of its own, hi's one and English's three.
    expect(shardJobsOf([...ids('ru', 4), ...ids('en', 4), ...ids('es', 4), ...ids('hi', 1)], locales)).toEqual([
      { name: 'ru', locales: ['ru'] },
      { name: 'en+hi+vi', locales: ['en', 'hi', 'vi'] },
      { name: 'es', locales: ['es'] },
    ]);
    // Half its own and half English's: a tie stays with its own job.
    expect(jobs([...ids('ru', 4), ...ids('en', 4), ...ids('es', 4), ...ids('hi', 2), ...ids('vi', 4)])).toEqual(['ru', 'en', 'es', 'hi', 'vi']);
    // English with only one article of its own shows Russian's: it and everything on it build with Russian.
    expect(jobs([...ids('ru', 4), ...ids('en', 1)])).toEqual(['ru+en+es+hi+vi']);
  });

  it('lists this site\'s jobs with every locale in exactly one (npm run build:jobs)', () => {
    const r = spawnSync('npm', ['run', '-s', 'build:jobs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const listed = (JSON.parse(r.stdout) as { name: string; locales: string }[]).flatMap((j) => j.locales.split(','));
    expect([...listed].sort()).toEqual([...LOCALE_CODES].sort());
    const bad = spawnSync('npm', ['run', '-s', 'build:jobs', '--', '--locale', 'ru'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('build:jobs: unexpected "--locale", "ru"; usage: npm run build:jobs (no arguments)');
  });
});

describe('shards joined by the merge', () => {
  const root = mkdtempSync(join(tmpdir(), 'shards-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  /** A folder with these files. */
  const folder = (files: Record<string, string>) => {
    const dir = join(root, String(n++));
    mkdirSync(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const list = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
  const entry = (lang: string, count: number) => JSON.stringify({ version: '1.0.0', languages: { [lang]: { hash: `${lang}_1`, wasm: lang, page_count: count } }, include_characters: ['_'] });

  it('a shard keeps _astro/ and its locale folders only', () => {
    const dir = folder({ 'index.html': 'root', 'robots.txt': 'r', '_astro/a.js': 'a', 'ru/index.html': 'ru', 'en/index.html': 'en' });
    expect(trimToShard(dir, ['ru'])).toBe(3);
    expect(list(dir)).toEqual(['_astro/a.js', 'ru/index.html']);
  });

  it('copies every shard in, the same bytes held twice once, and one Pagefind entry file listing every language', () => {
    const out = folder({ 'index.html': 'root', '_astro/a.js': 'a' });
    const ru = folder({ '_astro/a.js': 'a', 'ru/index.html': 'ru', 'pagefind/pagefind.js': 'pf', 'pagefind/pagefind-entry.json': entry('ru', 2) });
    const en = folder({ '_astro/a.js': 'a', 'en/index.html': 'en', 'pagefind/pagefind.js': 'pf', 'pagefind/pagefind-entry.json': entry('en', 3) });
    expect(joinShards(out, [en, ru], ['ru', 'en'])).toEqual({ files: 3, shared: 3 });
    expect(list(out)).toEqual(['_astro/a.js', 'en/index.html', 'index.html', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'ru/index.html']);
    expect(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(
      JSON.stringify({ version: '1.0.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 }, ru: { hash: 'ru_1', wasm: 'ru', page_count: 2 } }, include_characters: ['_'] }),
    );
  });

  it('stops at a path two builds hold with different bytes, naming it and both', () => {
    const out = folder({ 'index.html': 'root' });
    const ru = folder({ '_astro/a.js': 'a', 'ru/index.html': 'ru' });
    const en = folder({ '_astro/a.js': 'changed', 'en/index.html': 'en' });
    expect(() => joinShards(out, [ru, en], ['ru', 'en'])).toThrow(`build:merge: _astro/a.js differs between ${ru} and ${en}; expected every shard built from the same commit`);
    const root2 = folder({ 'index.html': 'root', '_astro/a.js': 'b' });
    expect(() => joinShards(root2, [folder({ '_astro/a.js': 'a', 'ru/index.html': 'ru' })], ['ru'])).toThrow('build:merge: _astro/a.js differs between the merge build and');
  });

  it('stops when a shard was built for another address (SITE_URL, BASE_PATH) than the merge', () => {
    const home = (href: string) => `<html><head><link rel="canonical" href="${href}"></head><body></body></html>`;
    const dir = folder({ 'ru/index.html': home('https://help.example/ru/'), 'en/index.html': home('https://other.example/help/en/') });
    expect(() => checkShardAddresses(dir, 'https://help.example', '/', ['ru'])).not.toThrow();
    expect(() => checkShardAddresses(dir, 'https://help.example', '/', ['ru', 'en'])).toThrow(
      'build:merge: en/index.html was built for https://other.example/help/en/, this merge for https://help.example/en/; expected every shard and the merge built with the same SITE_URL and BASE_PATH',
    );
  });

  it('stops when a locale has no shard, or a folder is no shard', () => {
    const ru = folder({ 'ru/index.html': 'ru' });
    expect(() => joinShards(folder({}), [ru], ['ru', 'en', 'hi'])).toThrow(`build:merge: no shard holds en/, hi/; expected every locale in one of the shards (${ru})`);
    const site = folder({ 'index.html': 'root', 'ru/index.html': 'ru', '_headers': 'h' });
    expect(() => joinShards(folder({}), [site], ['ru'])).toThrow(`build:merge: ${site} holds _headers, index.html outside its locale folders; expected a shard`);
    const empty = folder({ 'x.txt': 'x' });
    expect(() => joinShards(folder({}), [empty], ['ru'])).toThrow(`build:merge: ${empty} holds no locale folder`);
  });
});
