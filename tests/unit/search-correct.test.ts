import { describe, expect, it } from 'vitest';
import { closestReaderWord, closestWord, editDistance, editsAllowed, isKnown } from '../../src/lib/search/correct.ts';
import { byKey, decodeShard, encodeShard, type VocabularyEntry } from '../../src/lib/search/vocabulary.ts';
import { fold } from '../../src/lib/search/normalize.ts';

const shardOf = (entries: [string, number][]) =>
  decodeShard(encodeShard(entries.map(([word, freq]): VocabularyEntry => ({ word, freq })).sort((a, b) => byKey(fold(a.word), fold(b.word)))));

describe('edit distance (Damerau–Levenshtein)', () => {
  it('counts a substitution, an insertion, a deletion and a swap of neighbours as one edit each', () => {
    expect(editDistance('пороль', 'пароль')).toBe(1);
    expect(editDistance('приходт', 'приходит')).toBe(1);
    expect(editDistance('accout', 'account')).toBe(1);
    expect(editDistance('phnoe', 'phone')).toBe(1);
    expect(editDistance('пароль', 'пароль')).toBe(0);
  });

  it('gives up early once the limit is certain to be passed', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('typo correction', () => {
  const shard = shardOf([
    ['пароль', 40],
    ['пароля', 12],
    ['король', 1],
    ['приходит', 9],
    ['подтверждения', 6],
    ['контакты', 3],
    ['not', 30],
    ['password', 50],
    ['contraseña', 20],
  ]);

  it('allows 1 edit for words of 4–7 letters, 2 for longer ones, none below 4', () => {
    expect(editsAllowed(3)).toBe(0);
    expect(editsAllowed(4)).toBe(1);
    expect(editsAllowed(7)).toBe(1);
    expect(editsAllowed(8)).toBe(2);
  });

  it('corrects an unknown word to the closest indexed word, shown as the text spells it', () => {
    expect(closestWord('пороль', shard)?.to).toBe('пароль');
    expect(closestWord('приходт', shard)?.to).toBe('приходит');
    expect(closestWord('потверждения', shard)?.to).toBe('подтверждения');
    expect(closestWord('contrasenna', shard)?.to).toBe('contraseña');
  });

  it('breaks ties by frequency', () => {
    // "паролт" is one edit from both "пароль" (40) and "пароля" (12).
    expect(closestWord('паролт', shard)?.to).toBe('пароль');
  });

  it('leaves a word alone when nothing is near enough', () => {
    expect(closestWord('зюзюзю', shard)).toBeUndefined();
    expect(closestWord('пасворд', shard)).toBeUndefined();
  });

  it('never offers a word shorter than 4 letters ("note" does not become "not")', () => {
    expect(closestWord('note', shard)).toBeUndefined();
  });

  it('never corrects a known word: one the index holds, one that begins an indexed word, or a synonym’s', () => {
    expect(isKnown('пароль', shard)).toBe(true);
    expect(isKnown(fold('contrasena'), shard)).toBe(true);
    expect(isKnown('паро', shard)).toBe(true); // the reader is still typing; Pagefind matches word beginnings
    expect(isKnown('симку', shard, (k) => k === 'симку')).toBe(true);
    expect(isKnown('пороль', shard)).toBe(false);
    expect(isKnown('пороль', undefined)).toBe(false);
  });
});

describe('closestReaderWord (issue 25: readers misspell their own words)', () => {
  const set = { entries: [{ readers: ['hijacked', 'hacker*', 'number deactivated', 'pin'] }, { readers: ['deactivate'] }] };
  it('finds a reader’s word one or two edits away, a word ending in * by its stem with the rest kept', () => {
    expect(closestReaderWord('hijakced', set)).toEqual({ from: 'hijakced', to: 'hijacked', distance: 1 });
    expect(closestReaderWord('hacekrs', set)?.to).toBe('hackers');
    expect(closestReaderWord('deactviated', set)?.to).toBe('deactivated');
  });
  it('nothing for a short word, a word typed right, or a word too far from every reader’s word', () => {
    expect(closestReaderWord('pim', set)).toBeUndefined();
    expect(closestReaderWord('hijacked', set)).toBeUndefined();
    expect(closestReaderWord('password', set)).toBeUndefined();
  });
});
