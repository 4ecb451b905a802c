/**
 * What assistants and link previews get from the built site: every article's Markdown copy (listed
 * in its language's llms.txt and llms-full.txt, the same steps and warnings as the page, no HTML),
 * and its share card (a 1200×630 PNG of its own, named by og:image). A fallback page has neither: it
 * points at its source language's. The new files keep the site's headers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/dist.ts';
import { FALLBACK, fallbackSite } from '../support/fallback-site.ts';
import { DIST } from '../support/paths.ts';
import { sitemapPaths } from '../support/site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { listedCopies } from '../../src/lib/seo/llms-txt.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { pngSize } from '../../src/lib/share-card/png.ts';

const articlePages = (dist: string) => builtPages(dist).filter((p) => p.doc.querySelector('[data-article-content]'));
const isFallbackPage = (p: BuiltPage) => !!p.doc.querySelector('[data-fallback-notice]');
const localeOf = (p: BuiltPage) => p.url.split('/')[1]!;
const headLink = (p: BuiltPage) => p.doc.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
const meta = (p: BuiltPage, property: string) => p.doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
/** Site path of an absolute URL of the built site. */
const pathOf = (abs: string) => decodeURI(new URL(abs).pathname);
const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
/** An HTML tag, a JSX element or an import line: none may be in the Markdown (an escaped \< is text). */
const MARKUP = /(?<!\\)<\/?[A-Za-z][\w.-]*(\s[^>]*)?\/?>|^import\s|^export\s/m;

describe('the Markdown copy of every article', () => {
  const pages = articlePages(DIST).filter((p) => !isFallbackPage(p));

  it('exists beside the page, is linked from its head and listed in its language’s llms.txt and llms-full.txt', () => {
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const p of pages) {
      const own = `${p.url.replace(/\/$/, '')}.md`;
      const link = headLink(p);
      if (!link || pathOf(link) !== own) problems.push(`${p.url}: head links ${link ?? 'no Markdown copy'}, expected ${own}`);
      if (!existsSync(join(DIST, own))) problems.push(`${own}: missing`);
      const listed = listedCopies(read(DIST, `${localeOf(p)}/llms.txt`)).map(pathOf);
      if (!listed.includes(own)) problems.push(`${own}: not in ${localeOf(p)}/llms.txt`);
      const full = read(DIST, `${localeOf(p)}/llms-full.txt`);
      if (existsSync(join(DIST, own)) && !full.includes(read(DIST, own).trim())) problems.push(`${own}: not in ${localeOf(p)}/llms-full.txt`);
    }
    expect(problems).toEqual([]);
  });

  it('has no HTML, JSX or import line, and says the title, the updated date and that the site is independent of Xiaomi', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const md = read(DIST, `${p.url.replace(/\/$/, '')}.md`);
      const t = useTranslations(localeOf(p) as never);
      const markup = MARKUP.exec(md);
      if (markup) problems.push(`${p.url}: markup in the Markdown: ${markup[0]}`);
      const title = meta(p, 'og:title')!;
      if (!md.startsWith(`# ${title.replace(/([\\`*_[\]])/g, '\\$1')}\n`)) problems.push(`${p.url}: does not start with its title`);
      const updated = meta(p, 'article:modified_time')!.slice(0, 10);
      if (!md.includes(`${t('article.updated')}: ${updated}. ${t('site.independent')}`)) problems.push(`${p.url}: no "${t('article.updated')}: ${updated}" and independence line`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps every step, list item and warning of the page', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const md = read(DIST, `${p.url.replace(/\/$/, '')}.md`).split('\n---\n').slice(1).join('\n---\n');
      const content = p.doc.querySelector('[data-article-content]')!;
      // The table of contents is not the text; the recovery selector's island becomes one sentence.
      const lists = content.querySelectorAll('ol > li').filter((li) => !li.closest('details') && !li.closest('[data-recovery-embed]') && !li.closest('[data-password-tool]'));
      const numbered = md.match(/^(?:> ?)*\s*\d+\. /gm)?.length ?? 0;
      if (numbered !== lists.length) problems.push(`${p.url}: ${lists.length} numbered items on the page, ${numbered} in the Markdown`);
      const callouts = content.querySelectorAll('[data-callout]').length;
      const quoted = md.match(/^> \*\*/gm)?.length ?? 0;
      if (quoted < callouts) problems.push(`${p.url}: ${callouts} callouts and blocks on the page, ${quoted} quoted with a title in the Markdown`);
      const steps = content.querySelectorAll('[data-steps] > ol > li').length;
      if (steps > numbered) problems.push(`${p.url}: ${steps} steps, ${numbered} numbered lines`);
    }
    expect(problems).toEqual([]);
  });

  it('is not in the sitemap, which lists pages', () => {
    expect(sitemapPaths(DIST).filter((p) => /\.(md|txt)$/.test(p))).toEqual([]);
  });
});

describe('llms.txt', () => {
  it('lists every language at the root, and each language’s file says the site is independent of Xiaomi', () => {
    const root = read(DIST, 'llms.txt');
    for (const { code } of LOCALES) {
      expect(root).toContain(`/${code}/llms.txt)`);
      expect(read(DIST, `${code}/llms.txt`)).toContain(useTranslations(code)('site.independent'));
      expect(read(DIST, `${code}/llms-full.txt`).startsWith(`# ${useTranslations(code)('site.name')}\n`)).toBe(true);
    }
  });
});

describe('a fallback page', () => {
  it('has no Markdown copy or card of its own and is not listed; its head points at its source language’s', () => {
    const r = fallbackSite();
    expect(r.ok, r.output).toBe(true);
    const p = builtPages(r.dist).find((x) => x.url === FALLBACK.url)!;
    expect(isFallbackPage(p)).toBe(true);
    expect(pathOf(headLink(p)!)).toBe(`/${FALLBACK.shows}/${FALLBACK.slug}.md`);
    expect(pathOf(meta(p, 'og:image')!)).toBe(`/${FALLBACK.shows}/${FALLBACK.slug}/card.png`);
    expect(existsSync(join(r.dist, `${FALLBACK.locale}/${FALLBACK.slug}.md`))).toBe(false);
    expect(existsSync(join(r.dist, `${FALLBACK.locale}/${FALLBACK.slug}/card.png`))).toBe(false);
    expect(read(r.dist, `${FALLBACK.locale}/llms.txt`)).not.toContain(`/${FALLBACK.slug}.md`);
    expect(read(r.dist, `${FALLBACK.shows}/llms.txt`)).toContain(`/${FALLBACK.shows}/${FALLBACK.slug}.md`);
    // The fixture's Figure becomes an image with its caption.
    expect(read(r.dist, 'ru/reset-password.md')).toMatch(/^!\[Экран «Забыли пароль\?» в настройках\]\(https?:\/\/[^)]+\/_astro\/[^)]+\)\n\n\*Так выглядит экран сброса пароля\.\*$/m);
  });
});

describe('the share card of every article', () => {
  const pages = articlePages(DIST);

  it('is its og:image: a PNG of 1200×630, at most 60 KB, declared with its size', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const image = meta(p, 'og:image');
      if (!image) {
        problems.push(`${p.url}: no og:image`);
        continue;
      }
      const file = join(DIST, pathOf(image));
      if (!existsSync(file)) {
        problems.push(`${p.url}: og:image ${pathOf(image)} missing`);
        continue;
      }
      const bytes = readFileSync(file);
      const size = pngSize(bytes);
      if (size?.width !== 1200 || size.height !== 630) problems.push(`${pathOf(image)}: ${size ? `${size.width}×${size.height}` : 'not a PNG'}`);
      if (bytes.length > 60 * 1024) problems.push(`${pathOf(image)}: ${(bytes.length / 1024).toFixed(1)} KB`);
      if (meta(p, 'og:image:width') !== '1200' || meta(p, 'og:image:height') !== '630') problems.push(`${p.url}: og:image:width/height not 1200/630`);
      if (p.doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content') !== image) problems.push(`${p.url}: twitter:image is not the card`);
    }
    expect(problems).toEqual([]);
  });

  it('differs from every other article’s card of its language', () => {
    for (const { code } of LOCALES) {
      const own = pages.filter((p) => localeOf(p) === code && !isFallbackPage(p));
      const hashes = own.map((p) => createHash('sha256').update(readFileSync(join(DIST, pathOf(meta(p, 'og:image')!)))).digest('hex'));
      expect(new Set(hashes).size, code).toBe(own.length);
    }
  });
});

describe('the headers of the new files', () => {
  it('serve .md as text/markdown and .txt as text/plain, both UTF-8, with the site’s CSP and security headers', () => {
    const rules = parseHeadersFile(read(DIST, '_headers'));
    const page = headersFor(rules, '/ru/reset-password/');
    for (const [path, type] of [
      ['/ru/reset-password.md', 'text/markdown; charset=utf-8'],
      ['/ru/llms.txt', 'text/plain; charset=utf-8'],
      ['/llms.txt', 'text/plain; charset=utf-8'],
    ] as const) {
      const h = headersFor(rules, path);
      expect(h['Content-Type'], path).toBe(type);
      expect(h['Content-Security-Policy'], path).toBe(page['Content-Security-Policy']);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
    }
    expect(headersFor(rules, '/ru/reset-password/card.png')['Content-Security-Policy']).toBe(page['Content-Security-Policy']);
  });
});
