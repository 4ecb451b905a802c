/**
 * Dated notices (content/notices/<locale>/<id>.md) in a small fixture site built today: a notice shows
 * at the top of the articles it names between its dates (both days included), with the day it was
 * posted, in its own language only; one that has ended or not begun does not show. A notice naming an
 * unknown article stops the build (file, field, what was expected); one missing in some full locales
 * is listed by i18n:status.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { cleanEnv } from '../support/build.ts';
import { buildFixture, fixtureProject, type FixtureBuild, type FixtureProject } from '../support/fixture.ts';
import { isoDay } from '../../src/lib/content/dates.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const DAY = 24 * 3600 * 1000;
/** A day relative to the day the test runs (the build decides by the day it runs). */
const rel = (days: number) => isoDay(new Date(Date.now() + days * DAY));
const notice = (fm: Record<string, string>, text: string) => `---\n${Object.entries(fm).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${text}\n`;

let f: FixtureProject;
let build: FixtureBuild;
let category: string;

beforeAll(() => {
  f = fixtureProject('notices', { small: [] });
  category = /^category: (\S+)$/m.exec(f.read('content/articles/ru/reset-password.mdx'))![1]!;
  f.write('content/notices/ru/menu-moved.md', notice({ from: rel(-1), until: rel(30), articles: '[reset-password]', tone: 'warning' }, 'Пункт **Forgot password?** переехал. Подробнее — в статье [почему не получается войти](/ru/cannot-sign-in/).'));
  f.write('content/notices/en/menu-moved.md', notice({ from: rel(-1), until: rel(30), articles: '[reset-password]', tone: 'warning' }, 'The **Forgot password?** item has moved.'));
  f.write('content/notices/ru/today-only.md', notice({ from: rel(0), until: rel(0), categories: `[${category}]` }, 'Только сегодня.'));
  f.write('content/notices/ru/ended.md', notice({ from: rel(-40), until: rel(-1), articles: '[reset-password]' }, 'Уже закончилось.'));
  f.write('content/notices/ru/not-yet.md', notice({ from: rel(1), until: rel(20), articles: '[reset-password]' }, 'Ещё не началось.'));
  build = buildFixture(f);
}, 900_000);

const notices = (url: string) => page(url, build.dist).doc.querySelectorAll('[data-notice]');

describe('a dated notice', () => {
  it('shows at the top of the articles it names between its dates, both days included, newest warning first', () => {
    expect(build.ok, build.output).toBe(true);
    const shown = notices('/ru/reset-password/');
    expect(shown.map((n) => n.getAttribute('data-notice'))).toEqual(['menu-moved', 'today-only']);
    const [moved] = shown;
    expect(moved!.getAttribute('data-tone')).toBe('warning');
    expect(moved!.getAttribute('role')).toBe('note');
    expect(moved!.querySelector('time')!.getAttribute('datetime')).toBe(rel(-1));
    expect(moved!.text).toContain('Опубликовано');
    expect(moved!.querySelector('a')!.getAttribute('href')).toBe('/ru/cannot-sign-in/');
    // Before the text: between the article's date line and its content.
    const html = page('/ru/reset-password/', build.dist).html;
    expect(html.indexOf('data-notice="menu-moved"')).toBeLessThan(html.indexOf('data-article-content'));
  });

  it('shows a category’s notice on its other articles too, and nothing on articles it does not name', () => {
    const categoryOf = (slug: string) => /^category: (\S+)$/m.exec(f.read(`content/articles/ru/${slug}.mdx`))![1];
    const others = ['cannot-sign-in', 'verification-code-not-arriving', 'strong-password'];
    expect(others.some((s) => categoryOf(s) === category), 'an article of the same category').toBe(true);
    expect(others.some((s) => categoryOf(s) !== category), 'an article of another category').toBe(true);
    for (const slug of others) {
      expect(notices(`/ru/${slug}/`).map((n) => n.getAttribute('data-notice')), slug).toEqual(categoryOf(slug) === category ? ['today-only'] : []);
    }
  });

  it('shows in its own language only: a full locale without the translation shows none', () => {
    expect(notices('/en/reset-password/').map((n) => [n.getAttribute('data-notice'), n.text.includes('has moved')])).toEqual([['menu-moved', true]]);
    expect(notices('/es/reset-password/')).toHaveLength(0);
  });

  it('is listed by i18n:status where a full locale lacks it, until it ends', () => {
    const r = spawnSync('npm', ['run', '--silent', 'i18n:status'], { cwd: f.dir, env: cleanEnv(), encoding: 'utf8' });
    expect(r.stdout).toContain('Notices not yet in every full locale');
    // Every other full locale lacks it (derived from LOCALES: the list grows with the site).
    const missing = LOCALES.filter((l) => l.full && !['ru', 'en'].includes(l.code)).map((l) => l.code);
    expect(missing).toEqual(expect.arrayContaining(['es', 'ar']));
    expect(r.stdout).toContain(`menu-moved: in ru, en; missing in ${missing.join(', ')} — add ${missing.map((c) => `content/notices/${c}/menu-moved.md`).join(', ')}`);
    expect(r.stdout).toMatch(/today-only: in ru; missing in en, es, ar/);
    expect(r.stdout).not.toMatch(/ended:/);
  });

  it('stops the build when it names an article that does not exist, naming the file and the field', () => {
    f.write('content/notices/es/typo.md', notice({ from: rel(0), until: rel(5), articles: '[reset-pasword]' }, 'Texto.'));
    const bad = buildFixture(f);
    f.remove('content/notices/es/typo.md');
    expect(bad.ok).toBe(false);
    expect(bad.output).toContain('content/notices/es/typo.md: articles: no article "reset-pasword" in content/articles/es/');
    expect(bad.output).toContain('did you mean "reset-password"?');
  });
});
