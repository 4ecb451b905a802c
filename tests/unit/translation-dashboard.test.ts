import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { dashboardData, dashboardHtml, fileRows, recoveryRows, ROW_KINDS, siteTokens, type DashboardRow } from '../../src/lib/translations/dashboard.ts';
import { CONTENT_MODEL } from '../../src/lib/content/model.ts';
import { translationStatus, type ContentFile } from '../../src/lib/translations/status.ts';
import type { RecoveryTree } from '../../src/lib/recovery/types.ts';

/** The translation dashboard's data, without a build: what an editor sees per locale and file. */
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const article = (locale: string, slug: string, updated: string, translatedFrom?: string, draft = false): ContentFile => ({
  kind: 'article',
  locale,
  slug,
  updated: day(updated),
  translatedFrom: translatedFrom ? day(translatedFrom) : undefined,
  draft,
});
const files: ContentFile[] = [
  article('ru', 'reset-password', '2026-12-01'),
  article('ru', 'cannot-sign-in', '2026-11-24'),
  article('ru', 'new-topic', '2026-11-30'),
  { kind: 'faq', locale: 'ru', slug: 'code-not-arriving' },
  { kind: 'faq', locale: 'ru', slug: 'hacked' },
  article('en', 'reset-password', '2026-11-24', '2026-11-24'),
  article('en', 'cannot-sign-in', '2026-11-24', '2026-11-24'),
  article('en', 'new-topic', '2026-11-30', '2026-11-30', true),
  { kind: 'faq', locale: 'en', slug: 'code-not-arriving' },
];
const tree: RecoveryTree = {
  root: 'start',
  nodes: {
    start: { kind: 'question', answers: [{ id: 'forgot', next: 'reset' }, { id: 'hacked', next: 'secure' }] },
    reset: { kind: 'outcome', articles: [], official: [] },
    secure: { kind: 'outcome', articles: [], official: [] },
  },
};
const outcome = { title: 'T', time: 'a few minutes', steps: ['a', 'b', 'c'], prepare: ['x'] };
const enStrings = { start: { question: 'What happened?', answers: { forgot: 'I forgot my password' } }, reset: outcome };
const statuses = translationStatus({ locales: [{ code: 'ru', full: true }, { code: 'en', full: true }, { code: 'ar', full: false }], sourceLocale: 'ru', files });
const recovery = {
  en: recoveryRows('content/recovery/tree.yaml', tree, { locale: 'en', file: 'content/recovery/strings/en.yaml', full: true, strings: enStrings }, 'content/recovery/strings/ru.yaml'),
  ar: recoveryRows('content/recovery/tree.yaml', tree, { locale: 'ar', file: 'content/recovery/strings/ar.yaml', full: false, strings: undefined }, 'content/recovery/strings/ru.yaml'),
};
const [en, ar] = dashboardData({ statuses, names: { en: 'English', ar: 'العربية' }, recovery });
const row = (rows: DashboardRow[], kind: string, id: string) => rows.find((r) => r.kind === kind && r.id === id);

describe('translation dashboard data', () => {
  it('an outdated article carries the source’s updated date and the translation’s translatedFrom', () => {
    expect(row(en!.rows, 'article', 'reset-password')).toMatchObject({
      state: 'outdated',
      file: 'content/articles/en/reset-password.mdx',
      source: 'content/articles/ru/reset-password.mdx',
      sourceUpdated: '2026-12-01',
      translatedFrom: '2026-11-24',
      exists: true,
    });
  });

  it('a draft translation is "draft", a file that does not exist "missing", an up-to-date one "translated"', () => {
    expect(row(en!.rows, 'article', 'new-topic')).toMatchObject({ state: 'draft', exists: true });
    expect(row(en!.rows, 'faq', 'hacked')).toMatchObject({ state: 'missing', file: 'content/faq/en/hacked.md', source: 'content/faq/ru/hacked.md', exists: false });
    expect(row(en!.rows, 'article', 'cannot-sign-in')?.state).toBe('translated');
    expect(row(ar!.rows, 'article', 'cannot-sign-in')).toMatchObject({ state: 'missing', file: 'content/articles/ar/cannot-sign-in.mdx' });
  });

  it('recovery strings: one row per node, in the tree’s order within a state; a node with some of its words says which are missing', () => {
    expect(en!.rows.filter((r) => r.kind === 'recovery').map((r) => [r.id, r.state, r.detail])).toEqual([
      ['start', 'missing', 'answers: missing the label of answer "hacked"'],
      ['secure', 'missing', undefined],
      ['reset', 'translated', undefined],
    ]);
    expect(ar!.rows.filter((r) => r.kind === 'recovery').every((r) => r.state === 'missing' && r.file === 'content/recovery/strings/ar.yaml' && !r.exists)).toBe(true);
  });

  it('counts per state, and lists articles, then FAQ, then recovery, outdated and missing first', () => {
    expect(en!.counts).toEqual({ outdated: 1, missing: 3, draft: 1, translated: 3 });
    expect(en!.rows.map((r) => `${r.kind}:${r.state}`)).toEqual([
      'article:outdated',
      'article:draft',
      'article:translated',
      'faq:missing',
      'faq:translated',
      'recovery:missing',
      'recovery:missing',
      'recovery:translated',
    ]);
  });
});

describe('translation dashboard page', () => {
  const html = dashboardHtml([en!, ar!], {
    sourceLocale: 'ru',
    tokens: siteTokens(':root {\n  --bg: #fff;\n}\n.x { color: red; }\n:root[data-theme=dark] {\n  color-scheme: dark;\n}'),
    href: (path) => `../${path}`,
    generated: '2026-12-01 10:00 UTC',
  });
  const doc = parse(html);

  it('names each file by its path from the repository root, linked relative to where the page is', () => {
    const outdated = doc.querySelector('#en [data-state="outdated"]')!;
    expect(outdated.querySelector('a')?.getAttribute('href')).toBe('../content/articles/en/reset-password.mdx');
    expect(outdated.text).toContain('content/articles/en/reset-password.mdx');
    expect(outdated.text).toContain('source updated 2026-12-01 · translated from 2026-11-24');
    expect(outdated.text).toContain('then set translatedFrom: 2026-12-01');
  });

  it('a missing file is named but not linked; its source is, with the command that starts the translation', () => {
    const missing = doc.querySelector('#ar [data-kind="article"][data-state="missing"]')!;
    expect(missing.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['../content/articles/ru/cannot-sign-in.mdx']);
    expect(missing.text).toContain('npm run new -- cannot-sign-in --translate ar');
  });

  it('is plain HTML with the site’s colour tokens: no script, no request elsewhere', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).toContain('--bg: #fff;');
    expect(html).toContain(':root[data-theme=dark]');
    expect(html).not.toContain('.x { color: red; }');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('sums up every locale at the top, each linking to its section', () => {
    expect(doc.querySelectorAll('ul.summary > li').map((li) => li.text.replace(/\s+/g, ' ').trim())).toEqual([
      'English (en): 1 outdated, 3 missing, 1 draft, 3 translated',
      'العربية (ar): 0 outdated, 8 missing, 0 draft, 0 translated',
    ]);
    expect(doc.querySelectorAll('ul.summary a').map((a) => a.getAttribute('href'))).toEqual(['#en', '#ar']);
  });
});

describe('the dashboard follows the content model', () => {
  it('groups rows by every kind written per locale, in the model’s order', () => {
    expect(ROW_KINDS).toEqual(CONTENT_MODEL.filter((k) => k.perLocale).map((k) => k.one));
    expect(ROW_KINDS.slice(0, 2)).toEqual(['article', 'faq']);
  });

  it('a file a locale writes once (proof list, glossary, synonyms) is one row: translated when it exists, else missing with its source', () => {
    const rows = fileRows('ar', new Set(['content/proof/ar.yaml']), 'ru');
    expect(rows.map((r) => [r.kind, r.state, r.file, r.source])).toEqual([
      ['proof', 'translated', 'content/proof/ar.yaml', 'content/proof/ru.yaml'],
      ['glossary', 'missing', 'content/glossary/ar.yaml', 'content/glossary/ru.yaml'],
      ['synonyms', 'missing', 'content/search/synonyms/ar.yaml', 'content/search/synonyms/ru.yaml'],
    ]);
    const [withFiles] = dashboardData({ statuses: [statuses[0]!], names: {}, recovery: {}, files: { [statuses[0]!.locale]: rows } });
    expect(withFiles!.rows.filter((r) => r.kind === 'glossary').map((r) => r.state)).toEqual(['missing']);
  });
});
