/**
 * One job per language, one merge (issue 24, README "One job per language"): a three-locale site with
 * a partial locale, built once whole and once as a shard per locale joined by `npm run build:merge`,
 * in the same copy of the project, Node and environment, is the same site byte for byte.
 * (tests/support/shards-site.ts; the real site's equality is the bench's `--shards`.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPILED, shardsSite, SHARD_LOCALES } from '../support/shards-site.ts';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();

describe('a site built as one shard per locale and merged', () => {
  let site: ReturnType<typeof shardsSite>;
  beforeAll(() => {
    site = shardsSite();
    if (!site.ok) throw new Error(`the single build, a shard or the merge failed:\n${site.output.slice(-4000)}`);
  }, 1_200_000);

  it('equals the single build file for file, byte for byte', () => {
    const single = files(site.dist);
    const merged = files(site.merged);
    const only = (a: string[], b: string[]) => a.filter((f) => !b.includes(f));
    const differ = single.filter((f) => merged.includes(f) && !readFileSync(join(site.dist, f)).equals(readFileSync(join(site.merged, f))));
    const problems = [
      ...only(single, merged).map((f) => `only in the single build: ${f}`),
      ...only(merged, single).map((f) => `only in the merged site: ${f}`),
      ...differ.map((f) => `different bytes: ${f}`),
    ];
    expect(problems, `merged/ against dist/ (${single.length} files)`).toEqual([]);
    // The comparison covered the pages of every locale, the partial one's fallback pages among them.
    for (const l of SHARD_LOCALES) expect(single.filter((f) => f.startsWith(`${l}/`) && f.endsWith('/index.html')).length, l).toBeGreaterThan(3);
    expect(single).toEqual(expect.arrayContaining(['index.html', '404.html', 'sitemap-index.xml', '_headers', 'pagefind/pagefind-entry.json', 'llms.txt', 'robots.txt']));
  });

  it('a shard holds its locale folder, its languages’ search files and the shared _astro/ files only', () => {
    for (const l of SHARD_LOCALES) {
      const top = [...new Set(files(join(site.shards, l)).map((f) => f.split('/')[0]))].sort();
      // A partial locale without translated pages of its own has no index (its search uses its fallbacks').
      expect(top, l).toEqual(existsSync(join(site.shards, l, 'pagefind')) ? ['_astro', 'pagefind', l].sort() : ['_astro', l]);
      const search = files(join(site.shards, l)).filter((f) => /^pagefind\/(index|fragment|words\/shards|words\/lexicon\/shards)\//.test(f));
      const foreign = search.filter((f) => !new RegExp(`/${l}[-_]`).test(f));
      expect(foreign, `${l}: search files of another language`).toEqual([]);
    }
    expect(site.output).toMatch(/\[help-center\] merged 3 shards: \d+ files copied, \d+ held by more than one build with the same bytes/);
    // Each step where its scope says: the per-locale ones in every shard, the site-wide ones in the merge.
    expect(site.output.match(/steps in order: locale-404, search-index, search-words, search-dialog, markdown-copies, share-cards$/gm)).toHaveLength(SHARD_LOCALES.length);
    expect(site.output.match(/steps in order: link-check, sitemap, headers$/gm)).toHaveLength(1);
  });

  it('a shard bundles the MDX of the articles its pages show, not every language’s', () => {
    // One line per build, in order: the shards, then the merge.
    const lines = [...site.output.matchAll(new RegExp(`^${COMPILED.replace(/[[\]]/g, '\\$&')} ?(.*)$`, 'gm'))].map((m) => m[1]!.split(' ').filter(Boolean));
    expect(lines).toHaveLength(SHARD_LOCALES.length + 1);
    const [ru, en, hi, merge] = lines as [string[], string[], string[], string[]];
    // An article's Markdown copy (/<l>/<slug>.md) sits beside each article page in its own language.
    const articles = (l: string) => files(site.dist).filter((f) => new RegExp(`^${l}/[a-z0-9-]+\\.md$`).test(f)).map((f) => f.slice(0, -3));
    // Russian, the source: its own articles, all of them, and nothing else.
    expect(ru).toEqual(articles('ru'));
    expect(en.some((id) => id.startsWith('hi/')), en.join(' ')).toBe(false);
    // Hindi, partial: its own articles and the English ones its missing pages show, nothing of Russian's.
    expect(hi.filter((id) => id.startsWith('en/')).length).toBeGreaterThan(0);
    expect(hi.filter((id) => id.startsWith('ru/'))).toEqual([]);
    // The merge renders no article.
    expect(merge).toEqual([]);
    expect(articles('hi').length).toBeGreaterThan(0);
    expect(hi.filter((id) => id.startsWith('hi/'))).toEqual(articles('hi'));
  });
});
