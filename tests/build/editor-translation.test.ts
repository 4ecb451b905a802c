import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureBuild } from '../support/fixture.ts';
import { cleanEnv } from '../support/build.ts';
import { editorSite, editorSiteDir, outdatedUpdated } from '../support/editor-site.ts';
import { builtPages, page } from '../support/dist.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';

/** Every locale that must translate everything, besides the source language. */
const TRANSLATIONS = LOCALES.filter((l) => l.full && l.code !== SOURCE_LOCALE).map((l) => l.code);
const dateOf = (text: string, field: string) => new RegExp(`^${field}: (.*)$`, 'm').exec(text)![1]!;

const status = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'i18n:status', '--', ...args], { cwd: editorSiteDir(), env: cleanEnv(), encoding: 'utf8' });
const read = (path: string) => readFileSync(join(editorSiteDir(), path), 'utf8');

/**
 * docs/editing.md, "Translate an article": when the original changes, its translations are flagged to
 * readers and editors. In the shared editor site (tests/support/editor-site.ts) the Russian
 * reset-password was updated the day after its translations were made.
 */
describe('an outdated translation', () => {
  let r: FixtureBuild;
  /** The Russian original's new `updated` date: the day after its real one. */
  let updated: string;
  beforeAll(() => {
    r = editorSite();
    updated = outdatedUpdated();
  });

  it('still builds', () => {
    expect(r.ok, r.output.slice(-2000)).toBe(true);
  });

  it('shows readers of the translation a notice linking to the Russian original', () => {
    for (const [url, text] of [
      ['/en/reset-password/', /earlier version of the article: the Russian original has been updated/],
      ['/es/reset-password/', /versión anterior del artículo: el original en ruso/],
      ['/ar/reset-password/', /النسخة الأصلية باللغة الروسية/],
    ] as const) {
      const notice = page(url, r.dist).doc.querySelector('[data-outdated-notice]');
      expect(notice, url).not.toBeNull();
      expect(notice!.text, url).toMatch(text);
      const link = notice!.querySelector('a')!;
      expect(link.getAttribute('href'), url).toBe('/ru/reset-password/');
      expect(link.getAttribute('hreflang'), url).toBe('ru');
    }
  });

  it('shows no notice on the original or on translations that are up to date', () => {
    expect(page('/ru/reset-password/', r.dist).doc.querySelector('[data-outdated-notice]')).toBeNull();
    expect(page('/en/cannot-sign-in/', r.dist).doc.querySelector('[data-outdated-notice]')).toBeNull();
  });

  it('is reported by npm run i18n:status with the file paths and both dates', () => {
    const out = status();
    expect(out.status).toBe(0);
    for (const l of TRANSLATIONS) {
      expect(out.stdout, l).toMatch(new RegExp(`^${l} \\(full locale[^)]*\\): \\d+ translated, 0 missing, 1 outdated$`, 'm'));
      const from = dateOf(read(`content/articles/${l}/reset-password.mdx`), 'translatedFrom');
      expect(out.stdout, l).toContain(
        `content/articles/${l}/reset-password.mdx — translated from ${from}, source updated ${updated}; update it from content/articles/ru/reset-password.mdx`,
      );
    }
  });

  it('is reported in --json, and --strict exits non-zero', () => {
    const json = JSON.parse(status('--json').stdout);
    for (const l of TRANSLATIONS) {
      const s = json.locales.find((x: { locale: string }) => x.locale === l);
      expect(s.full, l).toBe(true);
      expect(s.outdated.map((i: { file: string }) => i.file), l).toEqual([`content/articles/${l}/reset-password.mdx`]);
    }
    expect(json.ok).toBe(false);
    const strict = status('--strict');
    expect(strict.status).toBe(1);
    // --strict names every full locale (Arabic included since it became one).
    expect(TRANSLATIONS).toContain('ar');
    expect(strict.stdout).toContain(`Full locales are not up to date: ${TRANSLATIONS.map((l) => `${l}: 0 missing, 1 outdated`).join('; ')}.`);
  });
});

describe('translation status of the real content', () => {
  it('no published page shows an outdated notice unless its original really changed', () => {
    const flagged = builtPages().filter((p) => p.doc.querySelector('[data-outdated-notice]')).map((p) => p.url);
    const strict = spawnSync('npm', ['run', '--silent', 'i18n:status', '--', '--json'], { env: cleanEnv(), encoding: 'utf8' });
    const report = JSON.parse(strict.stdout);
    const outdated = report.locales.flatMap((l: { locale: string; outdated: { slug: string }[] }) => l.outdated.map((i) => `/${l.locale}/${i.slug}/`));
    expect(flagged.filter((u) => !outdated.includes(u))).toEqual([]);
  });
});
