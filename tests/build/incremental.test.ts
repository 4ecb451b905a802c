import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderedPages } from '../../scripts/lib/astro-log.ts';
import { walk } from '../support/dist.ts';
import { buildFixture, fixtureProject, type FixtureBuild } from '../support/fixture.ts';

/**
 * Astro's incremental build (astro.config.mjs, keys: src/data/cache-keys.ts): after an editor changes
 * one article's text, a build restores every other page from .astro/cache/ and renders that page, and
 * the post-build steps (search index, vocabulary, sitemap, link check, copies, cards, _headers) run
 * over the whole site again. What it writes must be what a cold build of the same sources writes,
 * byte for byte. A small site (tests/support/fixture.ts), built three times in one folder: Astro
 * derives island ids from absolute paths, so a second folder would differ for that reason alone.
 */
const ARTICLE = 'content/articles/en/reset-password.mdx';
const PAGE = 'en/reset-password/index.html';
const WORD = 'zqxincrementalprobe';

function fingerprint(dist: string): Map<string, string> {
  return new Map(walk(dist).map((p) => [relative(dist, p).split(sep).join('/'), createHash('sha256').update(readFileSync(p)).digest('hex')] as const));
}

function ok(build: FixtureBuild, what: string): FixtureBuild {
  if (!build.ok) throw new Error(`${what} failed:\n${build.output.slice(-3000)}`);
  return build;
}

describe('incremental build', () => {
  it('after one article\'s text is edited, renders that page and gives the same bytes as a cold build', { timeout: 900_000 }, () => {
    const f = fixtureProject('incremental', { small: [] });
    const first = ok(buildFixture(f), 'the cold build');
    const before = fingerprint(first.dist);
    expect(before.size).toBeGreaterThan(100);

    // An editor adds a sentence to the English article's text (frontmatter untouched).
    const text = f.read(ARTICLE);
    const body = text.indexOf('\n---\n', 4) + 5;
    const paragraph = text.indexOf('\n\n', body);
    expect(paragraph, `a paragraph in ${ARTICLE}`).toBeGreaterThan(body);
    f.write(ARTICLE, `${text.slice(0, paragraph)} An added sentence with the word ${WORD}.${text.slice(paragraph)}`);

    const second = ok(buildFixture(f), 'the incremental build');
    const log = renderedPages(second.output);
    // The edited page is rendered; article and category pages of every language come from the cache
    // (the locale pages have no key and are rendered every time).
    expect(log.rendered).toContain(`/${PAGE}`);
    expect(log.rendered.filter((p) => /^\/[\w-]+\/(?!(404|articles|faq|recovery|search|tools|feedback|index\.html|llms\.txt|rss\.xml))[\w-]+\//.test(p))).toEqual([`/${PAGE}`]);
    expect(log.cached).toBeGreaterThan(30);
    // Only English is indexed again by Pagefind; every other language's bundle comes from the cache.
    const search = /\[search-index\] indexed (.*); (.*) unchanged: taken from the cache/.exec(second.output);
    expect(search, 'the search-index line of the incremental build').not.toBeNull();
    const indexed = [...search![1]!.matchAll(/(\w+): \d+ pages/g)].map((m) => m[1]!);
    expect(search![2]!.split(', ').sort()).toEqual(indexed.filter((l) => l !== 'en').sort());
    const incremental = fingerprint(second.dist);
    expect(readFileSync(join(second.dist, PAGE), 'utf8')).toContain(WORD);
    const changed = [...incremental].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
    // The page, its Markdown copy, the assistants' full text and the English search index changed.
    expect(changed).toContain(PAGE);
    expect(changed).toContain('en/reset-password.md');

    // A cold build of the edited sources: no cache at all.
    const kept = join(f.dir, 'dist-incremental');
    rmSync(kept, { recursive: true, force: true });
    renameSync(second.dist, kept);
    rmSync(join(f.dir, '.astro'), { recursive: true, force: true });
    const cold = fingerprint(ok(buildFixture(f), 'the cold build of the edited sources').dist);
    const after = fingerprint(kept);
    expect([...after.keys()].sort()).toEqual([...cold.keys()].sort());
    expect([...after].filter(([file, hash]) => cold.get(file) !== hash).map(([file]) => file)).toEqual([]);
    console.log(`incremental: ${log.rendered.length} pages rendered, ${log.cached} from the cache; ${after.size} files, the same bytes as a cold build; changed by the edit: ${changed.join(', ')}`);
  });
});
