/**
 * An editor's mistake in a synonyms file stops the build with one line per problem: the file, the entry,
 * what to do. (Each collection is loaded on its own and the first that fails stops the build, so the
 * synonyms files have a small site of their own; a full locale's missing synonyms file is found with
 * the other cross-file checks, in bad-input-checks.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { buildFixture, fixtureProject } from '../support/fixture.ts';

const lines = (out: string, pattern: RegExp) => out.split('\n').filter((l) => pattern.test(l));

describe('content/search/synonyms/<locale>.yaml', () => {
  it('every problem in every synonyms file is named at once, with the file, the entry and the phrase', () => {
    const f = fixtureProject('search-synonyms-bad', { small: [] });
    f.write('content/search/synonyms/en.yaml', '# broken on purpose\n"SIM card": ["s*", "sim", "SIM"]\n"lost phone": []\n');
    f.write('content/search/synonyms/ru.yaml', 'Xiaomi: "сяоми"\n');
    const r = buildFixture(f);
    expect(r.ok).toBe(false);
    expect(lines(r.output, /content\/search\/synonyms\/en\.yaml: SIM card \(item 1\): "s\*": a word ending in \* needs at least 3 letters before it/)).toHaveLength(1);
    expect(lines(r.output, /content\/search\/synonyms\/en\.yaml: SIM card \(item 3\): "SIM": the same as "sim" for the search/)).toHaveLength(1);
    expect(lines(r.output, /content\/search\/synonyms\/en\.yaml: lost phone: expected at least one phrase readers type/)).toHaveLength(1);
    expect(lines(r.output, /content\/search\/synonyms\/ru\.yaml: Xiaomi: expected a list of phrases readers type/)).toHaveLength(1);
  });

});
