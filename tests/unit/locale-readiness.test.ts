import { describe, expect, it } from 'vitest';
import { formatReadiness, fullLocaleProblems, readiness, type ReadinessInput } from '../../src/lib/translations/readiness.ts';

const parts = [
  { name: 'site', file: (l: string) => `src/i18n/dictionaries/${l}.ts`, keys: ['nav.home', 'nav.faq', 'articles.count'] },
  { name: 'password checker', file: (l: string) => `src/i18n/dictionaries/password/${l}.ts`, keys: ['password.title'] },
];
const keys: Record<string, string[]> = { ru: ['nav.home', 'nav.faq', 'articles.count', 'password.title'], en: ['nav.home', 'nav.faq', 'articles.count', 'password.title'], de: ['nav.home'] };
const files = [
  'content/articles/ru/reset-password.mdx',
  'content/articles/ru/strong-password.mdx',
  'content/articles/ru/new-draft.mdx',
  'content/articles/en/reset-password.mdx',
  'content/articles/en/strong-password.mdx',
  'content/articles/en/english-only.mdx',
  'content/categories/ru/account.yaml',
  'content/categories/en/account.yaml',
  'content/faq/ru/how-long.md',
  'content/blocks/ru/never-share-codes.mdx',
  'content/proof/ru.yaml',
  'content/proof/en.yaml',
  'content/glossary/ru.yaml',
  'content/recovery/tree.yaml',
  'content/recovery/strings/ru.yaml',
  'content/recovery/strings/en.yaml',
  'content/search/synonyms/ru.yaml',
  'content/search/synonyms/en.yaml',
  'content/password-rules.yaml',
];
const input = (code: string, full: boolean, over: Partial<ReadinessInput> = {}): ReadinessInput => ({
  locale: { code, full, fallback: code === 'de' ? ['en', 'ru'] : code === 'en' ? ['ru'] : [], searchLang: code },
  sourceLocale: 'ru',
  files,
  drafts: ['content/articles/ru/new-draft.mdx'],
  dictionary: { parts, keysOf: (l) => keys[l] ?? [] },
  stopWordLangs: ['ru', 'en'],
  ...over,
});

describe('locale readiness', () => {
  it('a new locale with only two UI strings: everything else falls back through its chain, file by file', () => {
    const r = readiness(input('de', false));
    expect(r.has.map((i) => i.file)).toEqual(['src/i18n/dictionaries/de.ts']);
    const back = Object.fromEntries(r.fallsBack.filter((i) => i.kind !== 'dictionary').map((i) => [i.file, i.from ?? '(nothing)']));
    expect(back).toEqual({
      'content/articles/de/english-only.mdx': 'en',
      'content/articles/de/reset-password.mdx': 'en',
      'content/articles/de/strong-password.mdx': 'en',
      'content/blocks/de/never-share-codes.mdx': 'ru',
      'content/categories/de/account.yaml': 'en',
      'content/faq/de/how-long.md': 'ru',
      'content/glossary/de.yaml': '(nothing)',
      'content/proof/de.yaml': 'en',
      'content/recovery/strings/de.yaml': 'en',
      'content/search/synonyms/de.yaml': 'en',
    });
    // Keys fall back one by one; the password checker's part is missing whole.
    expect(r.fallsBack.filter((i) => i.kind === 'dictionary').map((i) => [i.file, i.from, i.detail])).toEqual([
      ['src/i18n/dictionaries/de.ts', 'en', 'site: 2 key(s): nav.faq, articles.count'],
      ['src/i18n/dictionaries/password/de.ts', 'en', 'password checker: 1 key(s): password.title'],
    ]);
    expect(r.suggests.map((i) => i.file)).toEqual(['src/lib/search/stop-words.ts']);
  });

  it('what a full locale needs: every published source entry and per-locale file, and every key; not drafts nor entries without a source', () => {
    const r = readiness(input('de', false));
    expect(r.needs.map((i) => i.file)).toEqual([
      'content/articles/de/reset-password.mdx',
      'content/articles/de/strong-password.mdx',
      'content/blocks/de/never-share-codes.mdx',
      'content/categories/de/account.yaml',
      'content/faq/de/how-long.md',
      'content/glossary/de.yaml',
      'content/proof/de.yaml',
      'content/recovery/strings/de.yaml',
      'content/search/synonyms/de.yaml',
      'src/i18n/dictionaries/de.ts',
      'src/i18n/dictionaries/password/de.ts',
    ]);
    expect(r.needs.find((i) => i.slug === 'reset-password')?.source).toBe('content/articles/ru/reset-password.mdx');
    // A partial locale is not refused for it.
    expect(fullLocaleProblems(r)).toEqual([]);
  });

  it('a full locale lacking files stops the build with one line per file, and the keys it lacks by name', () => {
    const problems = fullLocaleProblems(readiness(input('en', true, { files: files.filter((f) => f !== 'content/proof/en.yaml') , dictionary: { parts, keysOf: (l) => (l === 'en' ? ['nav.home', 'nav.faq', 'password.title'] : keys[l] ?? []) } })));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/proof\/en\.yaml: missing — en is a full locale .*translate content\/proof\/ru\.yaml/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/i18n\/dictionaries\/en\.ts: missing key\(s\) "articles\.count" — en is a full locale/));
    expect(problems.some((p) => p.startsWith('content/articles/en/new-draft.mdx'))).toBe(false);
  });

  it('a complete full locale has nothing to do, and the report says so', () => {
    const r = readiness(input('en', true, { files: [...files, 'content/faq/en/how-long.md', 'content/blocks/en/never-share-codes.mdx', 'content/glossary/en.yaml'] }));
    expect(r.needs).toEqual([]);
    expect(fullLocaleProblems(r)).toEqual([]);
    expect(formatReadiness(r)).toMatch(/ready: nothing missing/);
  });

  it('a draft translation counts as missing, and says so', () => {
    const r = readiness(input('en', true, { drafts: ['content/articles/en/strong-password.mdx'] }));
    expect(r.needs.find((i) => i.slug === 'strong-password')?.detail).toMatch(/draft/);
  });

  it('the report lists needs, fallbacks and what the locale has, file by file', () => {
    const text = formatReadiness(readiness(input('de', false)));
    expect(text).toMatch(/^de \(partial locale\)/);
    expect(text).toMatch(/content\/proof\/de\.yaml — translate content\/proof\/ru\.yaml/);
    expect(text).toMatch(/content\/articles\/de\/reset-password\.mdx — shown in en/);
  });
});
