import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { cleanEnv } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';

/**
 * docs/editing.md, "Translate an article" and "See what needs translating": for an outdated translation
 * `npm run i18n:status` shows what changed in the Russian original since the translation's
 * translatedFrom (from git history), and lists articles whose `reviewed` date is old as due for a fact
 * check. A small fixture repository in a temp folder, two dated commits; no astro build.
 */
const SCRIPT = join(ROOT, 'scripts', 'i18n-status.mjs');

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return isoDay(d);
};
/** Reviewed seven months ago: due with the default age (6), not with --review-age 8. */
const OLD_REVIEW = monthsAgo(7);
const RECENT_REVIEW = monthsAgo(2);

const article = (o: { updated: string; reviewed: string; translatedFrom?: string; body: string[] }) =>
  [
    '---',
    'title: Сброс пароля',
    'description: Как сбросить пароль аккаунта Xiaomi, если вы его забыли, и что подготовить заранее.',
    'category: sign-in',
    'order: 1',
    `updated: ${o.updated}`,
    `reviewed: ${o.reviewed}`,
    ...(o.translatedFrom ? [`translatedFrom: ${o.translatedFrom}`] : []),
    '---',
    '',
    ...o.body.flatMap((p) => [p, '']),
  ].join('\n');

const PARAGRAPHS = [
  '## Что сделать',
  'Откройте страницу входа и нажмите «Забыли пароль?».',
  'Введите номер телефона или адрес почты, привязанный к аккаунту.',
  'Дождитесь кода и введите его на той же странице.',
  'Придумайте новый пароль, которого вы не использовали раньше.',
  '## Если код не приходит',
  'Проверьте папку «Спам» и подождите несколько минут.',
];
const CHANGED = [...PARAGRAPHS];
CHANGED[3] = 'Дождитесь кода и введите его на той же странице. Никому не сообщайте этот код.';
CHANGED.splice(6, 0, 'Не выходите из аккаунта на телефоне, пока не восстановите доступ.');

let dir: string;
let plain: string;
const write = (root: string, path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
/** git in the fixture, every commit dated `day` (author and committer), no user or system config. */
const git = (day: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: cleanEnv({ GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` }),
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
};
const status = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
let first: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'i18n-status-git-'));
  git('2026-03-02', 'init', '-q', '-b', 'main');
  // The dashboard (--html) takes the site's colours from its stylesheet.
  write(dir, 'src/styles/global.css', readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
  // 2 March: the original and its English translation, made from it.
  write(dir, 'content/articles/ru/reset-password.mdx', article({ updated: '2026-03-02', reviewed: RECENT_REVIEW, body: PARAGRAPHS }));
  write(dir, 'content/articles/en/reset-password.mdx', article({ updated: '2026-03-02', reviewed: OLD_REVIEW, translatedFrom: '2026-03-02', body: PARAGRAPHS }));
  git('2026-03-02', 'add', '.');
  git('2026-03-02', 'commit', '-q', '-m', 'Original and translation');
  first = git('2026-03-02', 'rev-parse', 'HEAD');
  // 10 May: the original gains a warning and a sentence; the translation is not touched.
  write(dir, 'content/articles/ru/reset-password.mdx', article({ updated: '2026-05-10', reviewed: RECENT_REVIEW, body: CHANGED }));
  git('2026-05-10', 'add', '.');
  git('2026-05-10', 'commit', '-q', '-m', 'Original: two warnings');
  // The same files outside any git repository.
  plain = mkdtempSync(join(tmpdir(), 'i18n-status-plain-'));
  for (const path of ['content/articles/ru/reset-password.mdx', 'content/articles/en/reset-password.mdx']) write(plain, path, readFileSync(join(dir, path), 'utf8'));
});
afterAll(() => {
  for (const d of [dir, plain]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('i18n:status, an outdated translation', () => {
  it('shows the lines of the original that changed since translatedFrom, from the last commit on or before that day', () => {
    const out = status(dir);
    expect(out).toContain('content/articles/en/reset-password.mdx — translated from 2026-03-02, source updated 2026-05-10');
    expect(out).toContain(
      `what changed in content/articles/ru/reset-password.mdx since 2026-03-02 (commit ${first.slice(0, 10)} of 2026-03-02): 4 lines added, 2 removed`,
    );
    const diff = out.split('\n').filter((l) => /^ {8}[-+]/.test(l)).map((l) => l.slice(8));
    expect(diff).toEqual([
      '-updated: 2026-03-02',
      '+updated: 2026-05-10',
      `-${PARAGRAPHS[3]}`,
      `+${CHANGED[3]}`,
      '+',
      '+Не выходите из аккаунта на телефоне, пока не восстановите доступ.',
    ]);
    // Unchanged paragraphs away from the changes are not repeated.
    expect(out).not.toContain(PARAGRAPHS[1]);
  });

  it('gives the same diff in --json', () => {
    const json = JSON.parse(status(dir, '--json'));
    const en = json.locales.find((l: { locale: string }) => l.locale === 'en');
    expect(en.outdated[0].changes).toMatchObject({ since: '2026-03-02', commit: first, commitDate: '2026-03-02', diff: { added: 4, removed: 2, cut: 0 } });
    expect(en.outdated[0].changes.diff.lines).toContain(`+${CHANGED[3]}`);
  });

  it('shows the diff in the --html dashboard, each line marked added or removed', () => {
    status(dir, '--html');
    // node-html-parser keeps <pre> as raw text unless told otherwise.
    const doc = parse(readFileSync(join(dir, 'translation-status.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
    const row = doc.querySelector('#en li[data-state="outdated"]')!;
    expect(row.querySelector('summary')!.text).toContain('What changed in the source since 2026-03-02');
    expect(row.querySelectorAll('pre.diff .ins').map((s) => s.text)).toContain(`+${CHANGED[3]}`);
    expect(row.querySelectorAll('pre.diff .del').map((s) => s.text)).toContain(`-${PARAGRAPHS[3]}`);
  });

  it('without git history says so plainly instead of a diff', () => {
    const out = status(plain);
    expect(out).toContain('content/articles/en/reset-password.mdx — translated from 2026-03-02, source updated 2026-05-10');
    expect(out).toContain('what changed in the source: not shown — this folder is not a git repository');
    expect(out).not.toMatch(/^ {8}[-+]/m);
  });
});

describe('i18n:status, review-due', () => {
  it('lists an article reviewed more than 6 months ago as due for a fact check, not one reviewed two months ago', () => {
    const out = status(dir);
    const section = out.slice(out.indexOf('Due for a fact check'));
    expect(section).toMatch(/^Due for a fact check \(reviewed before \d{4}-\d\d-\d\d, more than 6 months ago; --review-age <months> changes the age\): 1 article$/m);
    expect(section).toContain(`content/articles/en/reset-password.mdx — reviewed ${OLD_REVIEW} (7 months ago)`);
    expect(section).not.toContain('content/articles/ru/reset-password.mdx');
  });

  it('--review-age sets the age in months; --json and --html carry the list', () => {
    expect(status(dir, '--review-age', '8')).toMatch(/more than 8 months ago; --review-age <months> changes the age\): none$/m);
    expect(status(dir, '--review-age=1')).toContain('content/articles/ru/reset-password.mdx — reviewed');
    const json = JSON.parse(status(dir, '--json'));
    expect(json.reviewDue).toMatchObject({ months: 6, items: [{ locale: 'en', slug: 'reset-password', file: 'content/articles/en/reset-password.mdx', reviewed: OLD_REVIEW, months: 7 }] });
    status(dir, '--html', 'out/status.html');
    const doc = parse(readFileSync(join(dir, 'out/status.html'), 'utf8'));
    expect(doc.querySelectorAll('#review-due li[data-state="review"] a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['content/articles/en/reset-password.mdx', '../content/articles/en/reset-password.mdx'],
    ]);
  });

  it('refuses an age that is not a whole number of months', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--review-age', 'six'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--review-age expects a whole number of months');
  });
});
