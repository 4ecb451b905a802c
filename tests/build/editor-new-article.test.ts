import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/build.ts';
import { page } from '../support/dist.ts';
import { buildFixture, fixtureProject, type FixtureProject } from '../support/fixture.ts';

const npmNew = (f: FixtureProject, ...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'new', '--', ...args], { cwd: f.dir, env: cleanEnv(), encoding: 'utf8' });

/**
 * docs/editing.md, "Write an article" and "Translate an article", followed step by step in a small copy
 * of the project. It changes its files and builds twice (drafts, then published), so it is its own.
 */
describe('npm run new, end to end', () => {
  let f: FixtureProject;
  beforeAll(() => {
    f = fixtureProject('editor-new-article', { small: ['two-step-verification'] });
    // Every article is translated into Arabic: take two away, one to translate again and one to
    // create by mistake with --locale.
    f.remove('content/articles/ar/strong-password.mdx');
    f.remove('content/articles/ar/two-step-verification.mdx');
    // Translations under way: a full locale that lacks an article (or has it as a draft) stops the
    // build, so the translations are partial locales here, as they are while an article is new.
    const locales = f.read('src/i18n/locales.ts');
    const partial = locales.replace(/(\{ code: '(?!ru')[a-z-]+',[^\n]*?full: )true/g, '$1false');
    expect(partial).not.toBe(locales);
    f.write('src/i18n/locales.ts', partial);
  });

  it('creates a draft article in the requested category and says what to do next', () => {
    const r = npmNew(f, 'editor-new-topic', '--category', 'security');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Created content\/articles\/ru\/editor-new-topic\.mdx \(draft, category: security\)/);
    const text = f.read('content/articles/ru/editor-new-topic.mdx');
    expect(text).toMatch(/^category: security$/m);
    expect(text).toMatch(/^draft: true$/m);
  });

  it('creates a translation as a draft copy with translatedFrom set to the original’s updated date', () => {
    const r = npmNew(f, 'strong-password', '--translate', 'ar');
    expect(r.status, r.stderr).toBe(0);
    const original = f.read('content/articles/ru/strong-password.mdx');
    const updated = /^updated: (.*)$/m.exec(original)![1];
    const copy = f.read('content/articles/ar/strong-password.mdx');
    expect(copy).toMatch(new RegExp(`^translatedFrom: ${updated}$`, 'm'));
    expect(copy).toMatch(/^draft: true$/m);
    expect(copy.split('---').slice(2).join('---')).toBe(original.split('---').slice(2).join('---'));
  });

  it('refuses to overwrite an existing article or translation, leaving it untouched', () => {
    const before = f.read('content/articles/en/reset-password.mdx');
    const r = npmNew(f, 'reset-password', '--translate', 'en');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'npm run new: content/articles/en/reset-password.mdx already exists — not overwriting it; update that translation and its translatedFrom instead',
    );
    expect(f.read('content/articles/en/reset-password.mdx')).toBe(before);
    expect(npmNew(f, 'editor-new-topic').status).toBe(1);
  });

  it('explains mistakes in one line: bad slug, unknown locale or category, missing original', () => {
    const cases: [string[], RegExp][] = [
      [['Bad Slug'], /"Bad Slug" is not a valid slug — expected lowercase latin letters, digits and single hyphens/],
      [['x', '--locale', 'de'], /--locale "de" is not a site locale — expected one of ru, en, es, ar/],
      [['x', '--category', 'nope'], /--category "nope" does not exist in content\/categories\/ru\/ — expected one of /],
      [['nothing-here', '--translate', 'en'], /content\/articles\/ru\/nothing-here\.mdx does not exist — expected the slug of an existing ru article/],
      [['two-step-verification', '--locale', 'ar'], /content\/articles\/ru\/two-step-verification\.mdx exists — to translate it run: npm run new -- two-step-verification --translate ar/],
      [[], /expected the new article's slug/],
    ];
    for (const [args, message] of cases) {
      const r = npmNew(f, ...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('the drafts build, and once "draft: true" is removed both pages are published', () => {
    const draftBuild = buildFixture(f);
    expect(draftBuild.ok, draftBuild.output.slice(-2000)).toBe(true);
    expect(existsSync(join(draftBuild.dist, 'ru/editor-new-topic/index.html'))).toBe(false);
    // Arabic's draft translation is not published: the page falls back to English.
    // (Read directly: the second build below writes to the same dist, which page() would cache.)
    const draftPage = parse(readFileSync(join(draftBuild.dist, 'ar/strong-password/index.html'), 'utf8'));
    expect(draftPage.querySelector('[data-fallback-notice]')).not.toBeNull();
    expect(draftPage.querySelector('[data-article-content]')?.getAttribute('lang')).toBe('en');

    for (const path of ['content/articles/ru/editor-new-topic.mdx', 'content/articles/ar/strong-password.mdx']) {
      f.write(path, f.read(path).replace(/^draft: true\n/m, ''));
    }
    const r = buildFixture(f);
    expect(r.ok, r.output.slice(-2000)).toBe(true);
    const created = page('/ru/editor-new-topic/', r.dist);
    expect(created.doc.querySelector('h1')?.text).toBe("TODO: the article's title");
    expect(created.doc.querySelector('[data-draft-banner]')).toBeNull();
    const translated = page('/ar/strong-password/', r.dist);
    expect(translated.doc.querySelector('[data-fallback-notice]')).toBeNull();
    expect(translated.doc.querySelector('[data-outdated-notice]')).toBeNull();
  });
});
