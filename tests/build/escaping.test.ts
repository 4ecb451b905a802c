import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { editorSite, ESCAPING } from '../support/editor-site.ts';
import type { FixtureBuild } from '../support/fixture.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

/**
 * An editor may write markup-looking characters in a title or description: `<`, `>`, `&`, quotes,
 * even `</script>`. Everywhere they appear (HTML, attributes, JSON-LD, the feed, search results)
 * they must arrive as the same text, never as markup or script. The English reset-password of the
 * shared editor site (tests/support/editor-site.ts) has them.
 */
const { title: TITLE, description: DESCRIPTION } = ESCAPING;

let build: FixtureBuild;
let pages: BuiltPage[];
let page: (url: string) => BuiltPage;
beforeAll(() => {
  build = editorSite();
  pages = builtPages(build.dist);
  page = (url) => {
    const p = pages.find((x) => x.url === url);
    if (!p) throw new Error(`no page ${url}`);
    return p;
  };
}, 300_000);

describe('markup-looking characters in a title and description', () => {
  it('never become elements or scripts on any page', () => {
    const injected: string[] = [];
    for (const p of pages) {
      for (const s of p.doc.querySelectorAll('script')) {
        if (s.getAttribute('type') !== 'application/ld+json' && /alert\(/.test(s.rawText)) injected.push(`${p.url}: <script>${s.rawText.slice(0, 40)}`);
      }
      for (const el of p.doc.querySelectorAll('b, i')) {
        if (["'Q'", 'this'].includes(el.text)) injected.push(`${p.url}: <${el.rawTagName}>${el.text}`);
      }
    }
    expect(injected).toEqual([]);
  });

  it('show as the same text in the heading, the tab title, the description and the share tags', () => {
    const p = page('/en/reset-password/');
    expect(p.doc.querySelector('h1')?.text).toBe(TITLE);
    expect(p.doc.querySelector('title')?.text.startsWith(TITLE)).toBe(true);
    expect(p.doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(DESCRIPTION);
    expect(p.doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
    expect(p.doc.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(DESCRIPTION);
  });

  it('show as the same text in the article lists', () => {
    const listed = page('/en/articles/').doc.querySelectorAll('a[href="/en/reset-password/"]').map((a) => a.text.trim());
    expect(listed).toContain(TITLE);
  });

  it('stay inside their JSON-LD blocks, which parse back to the same text', () => {
    const p = page('/en/reset-password/');
    const blocks = p.doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks.length).toBeGreaterThan(0);
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const b of blocks) {
      expect(b.rawText).not.toMatch(/<\/script|<!--/i);
      collect(JSON.parse(b.rawText));
    }
    expect(strings).toContain(TITLE);
    expect(strings).toContain(DESCRIPTION);
    // Every page that mentions the article in JSON-LD (lists, breadcrumbs) keeps its blocks closed too.
    for (const other of pages) {
      for (const b of other.doc.querySelectorAll('script[type="application/ld+json"]')) {
        expect(b.rawText, other.url).not.toMatch(/<\/script|<!--/i);
        expect(() => JSON.parse(b.rawText), other.url).not.toThrow();
      }
    }
  });

  it('are escaped in the RSS feed', () => {
    const xml = readFileSync(join(build.dist, 'en', 'rss.xml'), 'utf8');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<script>');
    const titles = [...xml.matchAll(/<title>([\s\S]*?)<\/title>/g)].map((m) =>
      m[1]!.replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
    );
    expect(titles).toContain(TITLE);
  });
});

describe('in search results', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist({ dist: build.dist });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the result shows the title as text and runs nothing (even with CSP bypassed)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${server.url}/en/search/?q=${encodeURIComponent('reset password')}`);
    const option = page.locator('[data-search-results] [role="option"][href$="/en/reset-password/"]').first();
    await option.waitFor({ timeout: 15_000 });
    expect((await option.locator('.search-option-title').textContent())?.trim()).toBe(TITLE);
    expect(await page.locator('[data-search-results] b, [data-search-results] i, [data-search-results] script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
