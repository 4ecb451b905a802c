import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { walk } from '../support/dist.ts';
import { DRAFT, draftArticle, editorSite } from '../support/editor-site.ts';
import { fixtureProject, type FixtureBuild } from '../support/fixture.ts';

const { slug: SLUG, title: TITLE, word: WORD } = DRAFT;

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

/**
 * docs/editing.md, "Drafts": a draft is previewed in `npm run dev` and absent from everything published.
 * The published side is the shared editor site (tests/support/editor-site.ts), which has the draft.
 */
describe('a draft article', () => {
  let r: FixtureBuild;
  let texts: Map<string, string>;
  beforeAll(() => {
    r = editorSite();
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
      // A copy of its own (no build): astro dev writes its content store into the folder it serves.
      const f = fixtureProject('editor-draft-dev', { small: [] });
      f.write(`content/articles/ru/${SLUG}.mdx`, draftArticle());
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
