import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject, type FixtureBuild } from '../support/fixture.ts';
import { edit, line, problemLines } from '../support/build-output.ts';

/**
 * Frontmatter that does not match its schema is caught when the content loads, and the loader
 * collects every bad file before it stops: one small site with one mistake in each of several
 * articles is built once, and each test reads its own file's lines. (A broken frontmatter syntax stops
 * the loader at that file, so it has a build of its own below.)
 */




/** Each article of the fixture carries one kind of mistake (tested below under the same name). */
const SCHEMA = {
  short: 'content/articles/en/strong-password.mdx',
  type: 'content/articles/en/verification-code-not-arriving.mdx',
  title: 'content/articles/en/cannot-sign-in.mdx',
  date: 'content/articles/ru/reset-password.mdx',
  words: 'content/articles/ru/strong-password.mdx',
  severalEn: 'content/articles/en/reset-password.mdx',
  severalEs: 'content/articles/es/cannot-sign-in.mdx',
};
const re = (path: string) => new RegExp(path.replace(/[./]/g, (c) => `\\${c}`));

let schema: FixtureBuild;
beforeAll(() => {
  const f = fixtureProject('bad-schema', { small: [] });
  edit(f, SCHEMA.short, /^description: .*$/m, 'description: "Too short."');
  edit(f, SCHEMA.type, /^order: .*$/m, 'order: "first"');
  edit(f, SCHEMA.title, /^title: .*\n/m, '');
  edit(f, SCHEMA.date, /^updated: .*$/m, 'updated: 2026-02-30');
  edit(f, SCHEMA.words, /^reviewed: .*$/m, 'reviewed: last week');
  f.write(SCHEMA.severalEn, f.read(SCHEMA.severalEn).replace(/^order: .*$/m, 'order: two').replace(/^category: /m, 'tittle: "x"\ncategory: '));
  f.write(SCHEMA.severalEs, f.read(SCHEMA.severalEs).replace(/^updated: .*$/m, 'updated: 2026-02-30').replace(/^related: .*$/m, 'related: [Reset Password]'));
  schema = buildFixture(f);
});

/** Each fixture breaks one thing; the build must stop and say which file and what was expected. */
describe('malformed content stops the build with a clear message', () => {
  it('a description that is too short names the file, the field and the expected length', () => {
    expect(schema.ok).toBe(false);
    expect(schema.output).toMatch(re(SCHEMA.short.slice('content/'.length)));
    expect(schema.output).toMatch(/description: expected 50–160 characters, got 10/);
  });
});

/** Quality gates: one mistake per kind; each must stop the build naming the file and the problem. */
describe('quality gates: every kind of malformed content stops the build', () => {
  it('a frontmatter field of the wrong type (order: "first") names the file and the field', () => {
    expect(schema.ok, schema.output.slice(-2000)).toBe(false);
    line(schema.output, new RegExp(`${re(SCHEMA.type).source}: order:`), /expected a whole number/, /"first"/);
  });

  it('a missing required field (no title) names the file and the field', () => {
    line(schema.output, new RegExp(`${re(SCHEMA.title).source}: title:`), /missing/);
  });

  it('a date that is not a date (updated: 2026-02-30) names the file and the field', () => {
    line(schema.output, new RegExp(`${re(SCHEMA.date).source}: updated:`), /2026-02-30/, /date/);
  });

  it('a date written in words (reviewed: last week) names the file and the field', () => {
    line(schema.output, new RegExp(`${re(SCHEMA.words).source}: reviewed: expected`), /YYYY-MM-DD/, /"last week"/);
  });
});

/** docs/editing.md, "When the build stops": every kind of mistake is reported as one line with the file, the field and what was expected. */
describe('friendly errors', () => {
  it('schema problems in several files are all listed, one line each with file, field, expected and found', () => {
    expect(schema.ok).toBe(false);
    // Every file of this fixture with a mistake is named, by the one build.
    expect(new Set(problemLines(schema.output).map((l) => l.slice(0, l.indexOf(': '))))).toEqual(new Set(Object.values(SCHEMA)));
    expect(problemLines(schema.output).filter((l) => l.startsWith(SCHEMA.severalEn) || l.startsWith(SCHEMA.severalEs)).sort()).toEqual([
      'content/articles/en/reset-password.mdx: order: expected a whole number like 10 (smaller comes first), got "two"',
      'content/articles/en/reset-password.mdx: tittle: unknown field — did you mean "title"? expected only title, description, category, order, updated, reviewed, draft, aliases, related, translatedFrom, structureNote',
      'content/articles/es/cannot-sign-in.mdx: related (item 1): "Reset Password" is not a slug — expected the slug of an article (its file name without .mdx): lowercase latin letters, digits and single hyphens, like reset-password',
      'content/articles/es/cannot-sign-in.mdx: updated: 2026-02-30 is not a real calendar date — expected a date written as YYYY-MM-DD',
    ]);
  });

  // A frontmatter the YAML parser cannot read stops the loader at that file, before the schema
  // checks of the others: it needs a build of its own to show that it is the only line reported.
  it('broken frontmatter syntax names the file and the line, and says what a line should look like', () => {
    const f = fixtureProject('bad-yaml', { small: [] });
    const en = 'content/articles/en/reset-password.mdx';
    f.write(en, f.read(en).replace(/^category: .*$/m, 'category: sign-in: yes'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(problemLines(r.output)).toEqual([
      'content/articles/en/reset-password.mdx: frontmatter is not valid YAML (near line 4): Nested mappings are not allowed in compact mappings — expected one "field: value" per line; put text that contains a colon or a quote in double quotes, close every quote and bracket',
    ]);
  });
});
