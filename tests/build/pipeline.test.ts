import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { walk } from '../support/dist.ts';
import { editorSite } from '../support/editor-site.ts';
import type { FixtureBuild } from '../support/fixture.ts';

/**
 * The order issue 17 states (with issue 13's search vocabulary after the index, and issue 27's Markdown
 * copies and share cards); src/integrations/help-center.ts runs them so.
 */
const ORDER = ['locale-404', 'link-check', 'search-index', 'search-words', 'search-dialog', 'sitemap', 'markdown-copies', 'share-cards', 'headers'];

/**
 * What happens after `astro build` is one pipeline (src/integrations/help-center.ts): a build of the
 * project logs one line per step, in the stated order, and each line's figure is what dist/ holds.
 * (The build of the shared editor site, tests/support/editor-site.ts, and its log.)
 */
describe('the steps after the build', () => {
  let build: FixtureBuild;
  let lines: string[];
  let html: number;
  beforeAll(() => {
    build = editorSite();
    lines = build.output.split('\n').filter((l) => /^\S+ \[[\w-]+\] /.test(l));
    html = walk(build.dist).filter((p) => p.endsWith('.html')).length;
  }, 600_000);

  const lineOf = (step: string) => {
    const found = lines.filter((l) => l.includes(` [${step}] `));
    expect(found, `one log line from ${step}`).toHaveLength(1);
    return found[0]!;
  };

  it('every step runs once, in the stated order, after one pass that reads each page once', () => {
    const stepLines = lines.filter((l) => ORDER.some((s) => l.includes(` [${s}] `)));
    expect(stepLines.map((l) => /\[([\w-]+)\]/.exec(l)![1])).toEqual(ORDER);
    const reader = lineOf('help-center');
    expect(reader).toContain(`steps in order: ${ORDER.join(', ')}`);
    expect(reader).toMatch(new RegExp(`read ${html} pages of \\d+ files once`));
    expect(lines.indexOf(reader)).toBeLessThan(lines.indexOf(stepLines[1]!));
  });

  it('each step says what it did with a figure that matches the built site, and how long it took', () => {
    for (const step of ORDER) expect(lineOf(step)).toMatch(/\(\d+\.\d s\)$/);
    const locales = LOCALE_CODES;
    expect(lineOf('locale-404')).toContain(`moved ${locales.length} locale 404 pages`);
    for (const l of locales) expect(existsSync(join(build.dist, l, '404.html')), `${l}/404.html`).toBe(true);

    expect(lineOf('link-check')).toMatch(new RegExp(`\\d+ links on ${html} pages checked: none broken`));

    const entry = JSON.parse(readFileSync(join(build.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.entries(entry.languages).map(([l, v]) => `${l}: ${v.page_count} pages`);
    expect(indexed).toHaveLength(locales.length);
    expect(lineOf('search-index')).toContain(`indexed ${indexed.join(', ')}`);

    for (const l of Object.keys(entry.languages)) {
      const words = JSON.parse(readFileSync(join(build.dist, 'pagefind', 'words', `${l}.json`), 'utf8')) as { words: number; shards: unknown[] };
      expect(lineOf('search-words')).toContain(`${l}: ${words.words} words in ${words.shards.length} file(s)`);
      // …and the shards' size, which the bench reports too (a wrong file filter once printed 0.0 KB).
      const shown = Number(new RegExp(`${l}: \\d+ words in \\d+ file\\(s\\), ([\\d.]+) KB gzip`).exec(lineOf('search-words'))?.[1]);
      expect(shown, l).toBeGreaterThan(0);
    }

    const sitemapUrls = (readFileSync(join(build.dist, 'sitemap-0.xml'), 'utf8').match(/<url>/g) ?? []).length;
    expect(lineOf('sitemap')).toContain(`listed ${sitemapUrls} of ${html} pages in sitemap-index.xml`);

    const files = walk(build.dist);
    const copies = files.filter((f) => f.endsWith('.md'));
    expect(lineOf('markdown-copies')).toContain(`${copies.length} Markdown copies`);
    expect(lineOf('markdown-copies')).toContain(`llms-full.txt for ${locales.length} languages`);
    const cards = files.filter((f) => f.endsWith('/card.png'));
    expect(cards.length).toBe(copies.length);
    expect(lineOf('share-cards')).toMatch(new RegExp(`^.* ${cards.length} cards: \\d+ drawn, \\d+ reused from the cache`));

    expect(lineOf('headers')).toContain(`the CSP of all ${html} pages`);
    expect(readFileSync(join(build.dist, '_headers'), 'utf8')).toMatch(/pagefind\.ru_[0-9a-f]+\.pf_meta/);
  });
});
