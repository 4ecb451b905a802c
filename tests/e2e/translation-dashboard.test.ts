import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { axeViolations, serveAxe, type AxeServer } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { cleanEnv } from '../support/build.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { walk } from '../support/dist.ts';
import { fixtureProject, type FixtureProject } from '../support/fixture.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { DIST } from '../support/paths.ts';

/**
 * docs/editing.md, "See what needs translating": `npm run i18n:status -- --html` writes a page an
 * editor opens from the repository; it renders in a real browser, on a phone too, passes axe in both
 * themes, and never ships with the site.
 */
/** A small copy of the site with one of each state: an outdated and a draft article, a missing FAQ entry and recovery node. */
let fixture: FixtureProject;
let OUT: string;
let browser: Browser;
let axe: AxeServer;
beforeAll(async () => {
  fixture = fixtureProject('translation-dashboard', { articles: ['reset-password', 'strong-password', 'cannot-sign-in'] });
  OUT = join(fixture.dir, 'translation-status.html');
  // The content as one old commit, so the outdated article shows what changed in its original since (the edit below).
  for (const args of [['init', '-q'], ['add', 'content'], ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'content']]) {
    const g = spawnSync('git', args, { cwd: fixture.dir, env: cleanEnv({ GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_DATE: '2020-01-01T12:00:00Z', GIT_COMMITTER_DATE: '2020-01-01T12:00:00Z' }), encoding: 'utf8' });
    expect(g.status, g.stderr).toBe(0);
  }
  const edit = (path: string, from: RegExp, to: string) => {
    const before = fixture.read(path);
    expect(before.replace(from, to), path).not.toBe(before);
    fixture.write(path, before.replace(from, to));
  };
  edit('content/articles/ru/reset-password.mdx', /^updated: .*$/m, 'updated: 2099-01-01');
  edit('content/articles/es/strong-password.mdx', /^---\n/, '---\ndraft: true\n');
  fixture.remove('content/faq/en/code-not-arriving.md');
  edit('content/recovery/strings/ar.yaml', /^ {4}device: .*\n/m, '');
  const r = spawnSync('npm', ['run', '--silent', 'i18n:status', '--', '--html'], { cwd: fixture.dir, env: cleanEnv(), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('Translation dashboard written to translation-status.html');
  axe = await serveAxe();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await axe?.close();
});

describe('the translation dashboard', () => {
  it('renders every locale but the source, with a group for each kind of the content model it has: articles, FAQ entries, categories, blocks, proof list, glossary, recovery strings, synonyms', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(OUT).href);
    expect(await page.locator('h1').textContent()).toBe('Translation status');
    const translated = LOCALES.filter((l) => l.code !== SOURCE_LOCALE);
    expect(await page.locator('section h2').allTextContents()).toEqual(translated.map((l) => `${l.nativeName} (${l.code})`));
    const groups = await page.locator('#en h3').allTextContents();
    expect(groups.map((g) => g.split(':')[0])).toEqual(['Articles', 'FAQ entries', 'Categories', 'Blocks', 'Proof-of-ownership list', 'Glossary of screen names', 'Recovery selector strings', 'Search synonyms']);
    expect(await page.locator('ul.summary > li').count()).toBe(translated.length);
    for (const state of ['outdated', 'missing', 'draft', 'translated']) expect(await page.locator(`li[data-state="${state}"]`).count(), state).toBeGreaterThan(0);
    // The outdated article shows the line of its original that changed (its updated date, edited above).
    expect(await page.locator('#en li[data-state="outdated"] pre.diff .ins').allTextContents()).toEqual(['+updated: 2099-01-01']);
    await page.close();
  });

  it('names each content file by its path from the repository root, as a link to that file', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(OUT).href);
    const links = await page.locator('li[data-kind] a').evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', href: (a as HTMLAnchorElement).href })));
    expect(links.length).toBeGreaterThan(30);
    for (const { text, href } of links) {
      expect(text).toMatch(/^content\//);
      expect(href, text).toBe(pathToFileURL(resolve(fixture.dir, text)).href);
      expect(existsSync(resolve(fixture.dir, text)), text).toBe(true);
    }
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (WCAG 2.2 AA) in the ${colorScheme} theme`, async () => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(OUT).href);
      // The translated lists are folded; open them so every row is checked.
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolations(page, axe.url)).toEqual([]);
      await context.close();
    });
  }

  it('is readable on a small phone (320 px): nothing wider than the screen', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(OUT).href);
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('is not part of the production build', () => {
    expect(existsSync(join(DIST, 'dev'))).toBe(false);
    const pages = walk(DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((f) => readFileSync(f, 'utf8').includes('data-translation-dashboard'))).toEqual([]);
  });

  describe('in astro dev', () => {
    let server: DevServer | undefined;
    let origin = '';
    beforeAll(async () => {
      server = await startDevServer(fixture.dir, '/en/');
      origin = server.url;
    }, 120_000);
    afterAll(() => server?.stop());

    it('serves the same dashboard at /dev/translations/, its file links opening the file in the editor', async () => {
      const res = await fetch(`${origin}/dev/translations/`);
      const html = await res.text();
      expect(res.status, server?.log()).toBe(200);
      expect(html).toContain('data-translation-dashboard');
      expect(html).toContain('href="/__open-in-editor?file=content%2Farticles%2Fen%2Freset-password.mdx"');
      expect(html).toMatch(/data-state="outdated"/);
    });
  });
});
