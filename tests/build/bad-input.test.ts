import { describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject, type FixtureProject } from '../support/fixture.ts';

/** Each fixture breaks one thing; the build must stop and say which file and what was expected. */
describe('malformed content stops the build with a clear message', () => {
  it('a description that is too short names the file, the field and the expected length', () => {
    const f = fixtureProject('short-description');
    const path = 'content/articles/en/reset-password.mdx';
    f.write(path, f.read(path).replace(/^description: .*$/m, 'description: "Too short."'));
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/articles\/en\/reset-password\.mdx/);
    expect(r.output).toMatch(/description: expected 50–160 characters, got 10/);
  });
});

/** Quality gates: one fixture per kind of editor mistake; each must stop the build naming the file and the problem. */
describe('quality gates: every kind of malformed content stops the build', () => {
  const ARTICLE = 'content/articles/en/reset-password.mdx';
  const fails = (name: string, change: (f: FixtureProject) => void) => {
    const f = fixtureProject(name);
    change(f);
    const r = buildFixture(f);
    expect(r.ok, r.output.slice(-2000)).toBe(false);
    return r.output;
  };
  /** One line of the output names the file, then the field or item, then the problem. */
  const line = (out: string, ...parts: RegExp[]) => {
    const pattern = new RegExp(parts.map((p) => p.source).join('.*'));
    expect(out.split('\n').some((l) => pattern.test(l)), `a line matching ${pattern}`).toBe(true);
  };
  const edit = (f: FixtureProject, path: string, from: RegExp, to: string) => {
    const before = f.read(path);
    const after = before.replace(from, to);
    expect(after, `fixture edit of ${path}`).not.toBe(before);
    f.write(path, after);
  };

  it('a frontmatter field of the wrong type (order: "first") names the file and the field', () => {
    const out = fails('qg-bad-type', (f) => edit(f, ARTICLE, /^order: .*$/m, 'order: "first"'));
    line(out, /content\/articles\/en\/reset-password\.mdx: order:/, /expected a whole number/, /"first"/);
  });

  it('a missing required field (no title) names the file and the field', () => {
    const out = fails('qg-missing-title', (f) => edit(f, ARTICLE, /^title: .*\n/m, ''));
    line(out, /content\/articles\/en\/reset-password\.mdx: title:/, /missing/);
  });

  it('an unknown category names the file, the category and the ones that exist', () => {
    const out = fails('qg-unknown-category', (f) => edit(f, ARTICLE, /^category: .*$/m, 'category: no-such-topic'));
    line(out, /content\/articles\/en\/reset-password\.mdx: category: "no-such-topic" does not exist/, /sign-in/);
  });

  it('two files with the same slug in one locale are both named', () => {
    const out = fails('qg-duplicate-slug', (f) => f.write('content/articles/en/Reset-Password.mdx', f.read(ARTICLE)));
    line(out, /content\/articles\/en\/(R|r)eset-(P|p)assword\.mdx: duplicate slug/, /content\/articles\/en\/(R|r)eset-(P|p)assword\.mdx/);
  });

  it('a broken internal link names the article and the link', () => {
    const out = fails('qg-broken-link', (f) =>
      // The article's first link to strong-password, whatever its text.
      edit(f, ARTICLE, /\]\(\/strong-password\/\)/, '](/no-such-article/)'),
    );
    line(out, /content\/articles\/en\/reset-password\.mdx: broken link/, /no-such-article/);
  });

  it('a recovery answer that leads to a node that does not exist names tree.yaml, the node and the target', () => {
    const out = fails('qg-recovery-dangling', (f) => edit(f, 'content/recovery/tree.yaml', /^(\s+forgot:) signed-in$/m, '$1 signed-in-typo'));
    line(out, /content\/recovery\/tree\.yaml: node "account"/, /"forgot"/, /"signed-in-typo", which is not a node/);
  });

  it('a dictionary missing a key names the dictionary file and the key', () => {
    const out = fails('qg-dictionary-key', (f) => edit(f, 'src/i18n/dictionaries/es.ts', /^\s+'skip\.toContent': .*\n/m, ''));
    line(out, /src\/i18n\/dictionaries\/es\.ts: missing key/, /"skip\.toContent"/);
  });

  it('a date that is not a date (updated: 2026-02-30) names the file and the field', () => {
    const out = fails('qg-invalid-date', (f) => edit(f, ARTICLE, /^updated: .*$/m, 'updated: 2026-02-30'));
    line(out, /content\/articles\/en\/reset-password\.mdx: updated:/, /2026-02-30/, /date/);
  });

  it('a date written in words (reviewed: last week) names the file and the field', () => {
    const out = fails('qg-date-words', (f) => edit(f, ARTICLE, /^reviewed: .*$/m, 'reviewed: last week'));
    line(out, /content\/articles\/en\/reset-password\.mdx: reviewed: expected/, /YYYY-MM-DD/, /"last week"/);
  });
});
