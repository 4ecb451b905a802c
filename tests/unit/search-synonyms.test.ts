import { describe, expect, it } from 'vitest';
import { compileSynonyms, findSynonyms, isSynonymWord, synonymProblems } from '../../src/lib/search/synonyms.ts';
import { fold, wordsOf } from '../../src/lib/search/normalize.ts';

const set = compileSynonyms({
  'SIM-карта': ['симк*', 'сим карта'],
  'б/у телефон': ['с рук', 'подержан*'],
  'used phone': ['second-hand', 'Second hand'],
  'teléfono': ['celular', 'móvil'],
});
const words = (q: string) => wordsOf(q).map(fold);

describe('readers’ words (content/search/synonyms/<locale>.yaml)', () => {
  it('a phrase matches whole words in normal form, stop words included ("с рук")', () => {
    expect(findSynonyms(words('купил телефон с рук'), set)).toEqual([{ site: 'б/у телефон', start: 2, end: 4 }]);
    expect(findSynonyms(words('купил телефон сруками'), set)).toEqual([]);
  });

  it('a word ending in * matches any ending (симк* = симка, симку, симки)', () => {
    for (const q of ['симка', 'поменял симку', 'Симки нет']) expect(findSynonyms(words(q), set).map((m) => m.site), q).toEqual(['SIM-карта']);
    expect(findSynonyms(words('сим'), set)).toEqual([]);
  });

  it('case, accents and hyphens do not matter', () => {
    expect(findSynonyms(words('Bought a SECOND-HAND phone'), set).map((m) => m.site)).toEqual(['used phone']);
    expect(findSynonyms(words('perdí el movil'), set).map((m) => m.site)).toEqual(['teléfono']);
  });

  it('several phrases in one query are each found, in order', () => {
    expect(findSynonyms(words('сим карта с рук'), set).map((m) => [m.site, m.start])).toEqual([
      ['SIM-карта', 0],
      ['б/у телефон', 2],
    ]);
  });

  it('a word of a reader’s phrase is the reader’s word, never a typo to correct', () => {
    expect(isSynonymWord(set, 'симку')).toBe(true);
    expect(isSynonymWord(set, 'рук')).toBe(true);
    expect(isSynonymWord(set, 'пароль')).toBe(false);
  });
});

describe('a synonyms file an editor got wrong', () => {
  it('names the entry and the phrase for each problem, all at once', () => {
    const problems = synonymProblems({
      'SIM-карта': ['с*', 'си*мка', '  ', 'симка', 'СИМКА', 'SIM-карта'],
      '???': ['что-то'],
    });
    expect(problems).toEqual([
      { path: ['SIM-карта', 0], message: '"с*": a word ending in * needs at least 3 letters before it' },
      { path: ['SIM-карта', 1], message: '"си*мка": * may only end a word ("симк*")' },
      { path: ['SIM-карта', 2], message: '"  ": expected a word or phrase readers type' },
      { path: ['SIM-карта', 4], message: '"СИМКА": the same as "симка" for the search (case, accents and punctuation don\'t count); keep one' },
      { path: ['SIM-карта', 5], message: '"SIM-карта": is the site’s own words; the search finds them already' },
      { path: ['???'], message: 'the site’s words must contain a letter' },
    ]);
  });

  it('a good file has no problems', () => {
    expect(synonymProblems({ 'SIM-карта': ['симк*', 'сим карта'], 'Xiaomi': ['сяоми'] })).toEqual([]);
  });
});
