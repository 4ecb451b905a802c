import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject, type FixtureBuild } from '../support/fixture.ts';
import { edit, line, problemLines } from '../support/build-output.ts';

/**
 * Mistakes that no single file's schema can see (src/lib/content/checks.ts: a category or a
 * translation's source in another file, two files with one slug; src/lib/translations/readiness.ts: a full
 * locale's missing file or dictionary key) are found together once the content has loaded, and
 * reported together: one small site carries one of each and is built once.
 */

const lines = (out: string, pattern: RegExp) => out.split('\n').filter((l) => pattern.test(l));



const ARTICLE = 'content/articles/en/reset-password.mdx';
const UNTRANSLATED = 'content/articles/en/strong-password.mdx';

let r: FixtureBuild;
/** The Russian original's updated date, which the missing translatedFrom should name. */
let updated: string | undefined;
beforeAll(() => {
  const f = fixtureProject('bad-checks', { small: [] });
  edit(f, ARTICLE, /^category: .*$/m, 'category: no-such-topic');
  f.write('content/articles/en/Reset-Password.mdx', f.read(ARTICLE));
  edit(f, UNTRANSLATED, /^translatedFrom: .*\n/m, '');
  updated = /^updated: (\S+)$/m.exec(f.read('content/articles/ru/strong-password.mdx'))?.[1];
  f.remove('content/search/synonyms/es.yaml');
  edit(f, 'src/i18n/dictionaries/es.ts', /^\s+'skip\.toContent': .*\n/m, '');
  r = buildFixture(f);
});

describe('quality gates: every kind of malformed content stops the build', () => {
  it('an unknown category names the file, the category and the ones that exist', () => {
    expect(r.ok, r.output.slice(-2000)).toBe(false);
    line(r.output, /content\/articles\/en\/reset-password\.mdx: category: "no-such-topic" does not exist/, /sign-in/);
  });

  it('two files with the same slug in one locale are both named', () => {
    line(r.output, /content\/articles\/en\/(R|r)eset-(P|p)assword\.mdx: duplicate slug/, /content\/articles\/en\/(R|r)eset-(P|p)assword\.mdx/);
  });

  it('a dictionary missing a key names the dictionary file and the key', () => {
    line(r.output, /src\/i18n\/dictionaries\/es\.ts: missing key/, /"skip\.toContent"/);
  });
});

describe('friendly errors', () => {
  it('a cross-file problem (a translation that does not say what it was translated from) names the file and the date to use', () => {
    expect(r.ok).toBe(false);
    expect(problemLines(r.output)).toContain(
      `content/articles/en/strong-password.mdx: translatedFrom: missing — expected the updated date of content/articles/ru/strong-password.mdx when you translated it (now ${updated})`,
    );
  });
});

describe('content/search/synonyms/<locale>.yaml', () => {
  it('a full locale without a synonyms file is named, with the file to translate', () => {
    expect(r.ok).toBe(false);
    expect(lines(r.output, /content\/search\/synonyms\/es\.yaml: missing — es is a full locale.*translate content\/search\/synonyms\/ru\.yaml/)).not.toHaveLength(0);
  });
});
