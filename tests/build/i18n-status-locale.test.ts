import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/build.ts';
import { fixtureProject, type FixtureProject } from '../support/fixture.ts';
import { ROOT } from '../support/paths.ts';

/**
 * README "Add a locale" and docs/editing.md "See what needs translating": `npm run i18n:status -- --locale
 * <code>` is one locale's readiness report — what it has, what falls back and to which language, what a
 * full locale still needs, file by file — and the default status lists the blocks a locale lacks. A copy
 * of the project where Spanish is partial and lacks a block, its synonyms and its search queries; no build.
 */
let f: FixtureProject;
const status = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'i18n:status', '--', ...args], { cwd: f.dir, env: cleanEnv(), encoding: 'utf8' });

beforeAll(() => {
  f = fixtureProject('i18n-status-locale', { articles: ['reset-password', 'cannot-sign-in'] });
  const locales = f.read('src/i18n/locales.ts');
  const partial = locales.replace(/(code: 'es',[^\n]*?)full: true/, '$1full: false');
  expect(partial).not.toBe(locales);
  f.write('src/i18n/locales.ts', partial);
  f.remove('content/blocks/es/never-share-codes.mdx');
  f.remove('content/search/synonyms/es.yaml');
  // The readers' query sets, as in the project, without the Spanish one.
  for (const name of ['index.ts', 'ru.ts', 'en.ts', 'ar.ts']) f.write(`tests/search-queries/${name}`, readFileSync(join(ROOT, 'tests/search-queries', name), 'utf8'));
});

describe('npm run i18n:status -- --locale <code>', () => {
  it('lists what the locale has, what falls back and to which language, and what a full locale still needs', () => {
    const r = status('--locale', 'es');
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^es \(partial locale\): \d+ file\(s\) of its own, [1-9]\d* falling back, [1-9]\d* needed for a full locale$/m);
    const section = (title: string) => out.slice(out.indexOf(`  ${title}`)).split(/\n {2}(?=\S)/)[0]!;
    // Needs: the block and the synonyms, each with the file to translate from.
    expect(section('needs')).toContain('    content/blocks/es/never-share-codes.mdx — translate content/blocks/ru/never-share-codes.mdx');
    expect(section('needs')).toContain('    content/search/synonyms/es.yaml — translate content/search/synonyms/ru.yaml');
    // Falls back: readers see the English text of the block and the English synonyms.
    expect(section('falls back')).toContain('    content/blocks/es/never-share-codes.mdx — shown in en');
    expect(section('falls back')).toContain('    content/search/synonyms/es.yaml — shown in en');
    // Suggested: a query set to measure its search with.
    expect(section('suggested')).toMatch(/ {4}tests\/search-queries\/es\.ts — no set of readers' search queries/);
    // Has: its own articles and blocks.
    expect(section('has')).toContain('    content/articles/es/reset-password.mdx');
    expect(section('has')).toContain('    content/blocks/es/no-official-bypass.mdx');
    expect(out).toContain('Due for a fact check');
  });

  it('a language without password word lists of its own is told so; one with them is not', () => {
    expect(status('--locale', 'ar').stdout).toMatch(/src\/lib\/password\/packs\.ts — no password word lists in this language/);
    expect(status('--locale', 'es').stdout).not.toContain('no password word lists');
  });

  it('gives the same report in --json, and refuses an unknown locale', () => {
    const json = JSON.parse(status('--locale', 'es', '--json').stdout);
    expect(json).toMatchObject({ locale: 'es', full: false });
    expect(json.fallsBack).toContainEqual({ kind: 'blocks', file: 'content/blocks/es/never-share-codes.mdx', slug: 'never-share-codes', from: 'en' });
    expect(json.needs.map((n: { file: string }) => n.file)).toContain('content/search/synonyms/es.yaml');
    const bad = status('--locale', 'xx');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--locale expects one of ru, en, es, ar');
  });
});

describe('npm run i18n:status, blocks', () => {
  it('lists the block a partial locale lacks, with the language readers see it in', () => {
    const r = status();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('    content/blocks/es/never-share-codes.mdx — translate content/blocks/ru/never-share-codes.mdx; readers see the en text meanwhile');
  });
});
