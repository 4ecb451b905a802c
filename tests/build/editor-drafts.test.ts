import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { walk } from '../support/dist.ts';
import { buildFixture, fixtureProject, type FixtureBuild, type FixtureProject } from '../support/fixture.ts';

const SLUG = 'editor-draft-probe';
const TITLE = 'Черновик для проверки редактора';
const WORD = 'zqxdraftprobe';
const DRAFT = `---
title: "${TITLE}"
description: "Статья-черновик: её не должно быть ни на сайте, ни в карте сайта, ни в поиске, ни в ленте."
category: sign-in
updated: 2026-11-25
reviewed: 2026-11-25
draft: true
aliases: ["${WORD}"]
---

Текст черновика со словом ${WORD}, которого нет больше нигде.

## Раздел черновика

Ещё немного текста.
`;

/** Every file of the build as text; Pagefind's gzipped index is unpacked so its words can be searched. */
function builtText(dist: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of walk(dist)) {
    const file = relative(dist, p).split(sep).join('/');
    if (/\.(png|jpe?g|webp|avif|svg|ico|woff2?|wasm)$|\.pagefind$/.test(file)) continue;
    const bytes = readFileSync(p);
    let text = bytes.toString('utf8');
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
    out.set(file, text);
  }
  return out;
}
const filesMentioning = (texts: Map<string, string>, needle: string) => [...texts].filter(([, t]) => t.includes(needle)).map(([f]) => f);

/** docs/editing.md, "Drafts": a draft is previewed in `npm run dev` and absent from everything published. */
describe('a draft article', () => {
  let f: FixtureProject;
  let r: FixtureBuild;
  let texts: Map<string, string>;
  beforeAll(() => {
    f = fixtureProject('editor-draft');
    f.write(`content/articles/ru/${SLUG}.mdx`, DRAFT);
    r = buildFixture(f);
    texts = r.ok ? builtText(r.dist) : new Map();
  });

  it('does not stop the build', () => {
    expect(r.ok, r.output.slice(-2000)).toBe(true);
  });

  it('has no page in any language', () => {
    expect([...texts.keys()].filter((file) => file.includes(SLUG))).toEqual([]);
  });

  it('is not linked or mentioned anywhere: pages, sitemap, feeds, search index', () => {
    expect(filesMentioning(texts, SLUG)).toEqual([]);
    expect(filesMentioning(texts, TITLE)).toEqual([]);
    expect(filesMentioning(texts, WORD)).toEqual([]);
  });

  it('while published articles are found in the same sitemap, feeds and search index', () => {
    const published = filesMentioning(texts, '/ru/reset-password/');
    const sitemaps = [...texts.keys()].filter((k) => /sitemap.*\.xml$/.test(k));
    const feeds = [...texts.keys()].filter((k) => /(rss|feed|atom).*\.xml$/.test(k));
    const search = [...texts.keys()].filter((k) => k.startsWith('pagefind/'));
    for (const group of [sitemaps, feeds, search]) {
      if (group.length) expect(group.some((k) => published.includes(k) || texts.get(k)!.includes('reset-password')), group[0]).toBe(true);
    }
  });

  describe('in astro dev', () => {
    let server: DevServer | undefined;
    let origin = '';
    beforeAll(async () => {
      server = await startDevServer(f.dir, '/ru/');
      origin = server.url;
    }, 120_000);
    afterAll(() => server?.stop());

    it('is shown with a draft banner', async () => {
      const res = await fetch(`${origin}/ru/${SLUG}/`);
      const html = await res.text();
      expect(res.status, server?.log()).toBe(200);
      expect(html).toContain(TITLE);
      expect(html).toMatch(/data-draft-banner[^>]*>\s*Черновик: эта страница не попадёт в опубликованный сайт\./);
    });
  });
});
