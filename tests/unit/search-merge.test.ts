import { describe, expect, it } from 'vitest';
import { informativeUnits, mergeResults, type QueryRun } from '../../src/lib/search/merge.ts';

type Hit = { id: string; score: number };
const hits = (...pairs: [string, number][]): Hit[] => pairs.map(([id, score]) => ({ id, score }));
const run = (units: string[], full: Hit[] = [], weights: Record<string, number> = {}): QueryRun<Hit> => ({
  units: units.map((text) => ({ text, weight: weights[text] ?? 1 })),
  full,
});
const ids = (r: { hit: Hit }[]) => r.map((x) => x.hit.id);

describe('ranking for several words', () => {
  it('pages matching every word come first, then pages matching more of the words above those matching fewer', () => {
    const merged = mergeResults({
      literal: run(['симку', 'поменял', 'войти'], hits(['full', 1])),
      variants: [],
      unitHits: new Map([
        ['симку', hits(['two', 9], ['one-strong', 1])],
        ['поменял', hits(['two', 1], ['three', 1])],
        ['войти', hits(['three', 2], ['full', 1])],
      ]),
      pages: 20,
    });
    expect(ids(merged)).toEqual(['full', 'two', 'three', 'one-strong']);
    expect(merged.map((r) => r.kind)).toEqual(['full', 'partial', 'partial', 'partial']);
    expect(merged[1]!.matched).toEqual(['симку', 'поменял']);
  });

  it('at an equal count, a rarer word counts more, then a higher score', () => {
    const merged = mergeResults({
      literal: run(['a', 'b']),
      variants: [],
      unitHits: new Map([
        ['a', hits(['p', 1], ['q', 10])],
        ['b', hits(['x', 5])],
      ]),
      pages: 20,
    });
    // "b" is on one page, "a" on two: x first; of a's pages, the better-scoring q before p.
    expect(ids(merged)).toEqual(['x', 'q', 'p']);
  });

  it('a word on most pages tells nothing and is not counted, unless no word is rarer', () => {
    const unitHits = new Map([
      ['аккаунт', hits(...Array.from({ length: 15 }, (_, i): [string, number] => [`p${i}`, 1]))],
      ['симку', hits(['p1', 1])],
    ]);
    expect(informativeUnits(run(['аккаунт', 'симку']).units, unitHits, 20).map((u) => u.text)).toEqual(['симку']);
    expect(informativeUnits(run(['аккаунт']).units, unitHits, 20).map((u) => u.text)).toEqual(['аккаунт']);
    expect(informativeUnits(run(['нигде']).units, unitHits, 20)).toEqual([]);
  });

  it('a synonym query’s full matches join the literal’s by score, the literal’s first on a tie', () => {
    const merged = mergeResults({
      literal: run(['оставил', 'телефон'], hits(['junk', 3], ['tie-literal', 5])),
      variants: [run(['потерянный телефон'], hits(['lost', 17], ['tie-synonym', 5]))],
      unitHits: new Map(),
      pages: 20,
    });
    expect(ids(merged)).toEqual(['lost', 'tie-literal', 'tie-synonym', 'junk']);
    expect(merged[0]!.kind).toBe('synonym');
  });

  it('a synonym’s site words count for every word of the reader’s phrase they replaced', () => {
    const merged = mergeResults({
      literal: run(['ничего', 'помогло', 'писать']),
      variants: [run(['поддержка Xiaomi'], [], { 'поддержка Xiaomi': 3 })],
      unitHits: new Map([
        ['ничего', hits(['a', 1])],
        ['помогло', hits(['a', 1])],
        ['писать', hits(['b', 1])],
        ['поддержка Xiaomi', hits(['support', 9])],
      ]),
      pages: 20,
    });
    expect(ids(merged)).toEqual(['support', 'a', 'b']);
  });

  it('each page is listed once', () => {
    const merged = mergeResults({
      literal: run(['x', 'y'], hits(['a', 2])),
      variants: [run(['z'], hits(['a', 9], ['b', 1]))],
      unitHits: new Map([['x', hits(['a', 1], ['b', 1])]]),
      pages: 20,
    });
    expect(ids(merged)).toEqual(['a', 'b']);
  });

  it('pages listing the typed query as an alias go first when few share it', () => {
    const merged = mergeResults({ literal: run(['сяоми'], hits(['a', 3], ['hub', 3], ['c', 3])), variants: [], unitHits: new Map(), pages: 20, aliasIds: new Set(['hub']) });
    expect(ids(merged)).toEqual(['hub', 'a', 'c']);
    expect(merged[0]!.kind).toBe('alias');
  });
});
