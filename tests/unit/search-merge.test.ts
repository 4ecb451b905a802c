import { describe, expect, it } from 'vitest';
import * as merge from '../../src/lib/search/merge.ts';
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

  it('a word on most pages counts half a word; a word found nowhere not at all; a synonym’s site words in full', () => {
    const common = hits(...Array.from({ length: 15 }, (_, i): [string, number] => [`p${i}`, 1]));
    const unitHits = new Map([
      ['аккаунт', common],
      ['SIM-карта', common],
      ['симку', hits(['p1', 1])],
    ]);
    const units = [...run(['аккаунт', 'симку', 'нигде']).units, { text: 'SIM-карта', weight: 2, kept: true }];
    expect(informativeUnits(units, unitHits, 20).map((u) => [u.text, u.weight])).toEqual([
      ['аккаунт', 0.5],
      ['симку', 1],
      ['SIM-карта', 2],
    ]);
  });

  it('a weak word (one that says something fails, not what) counts half a word, however few pages hold it', () => {
    const unitHits = new Map([
      ["can't", hits(['p1', 1], ['p2', 1])],
      ['code', hits(['p2', 1])],
    ]);
    const units = run(["can't", 'code']).units;
    expect(informativeUnits(units, unitHits, 20, new Set(['cant'])).map((u) => [u.text, u.weight])).toEqual([
      ["can't", 0.5],
      ['code', 1],
    ]);
    expect(informativeUnits(units, unitHits, 20).map((u) => u.weight)).toEqual([1, 1]);
  });

  it('so a page with the rare word and a common one ranks above a page with the common words alone', () => {
    const merged = mergeResults({
      literal: run(['lost', 'phone', 'erase']),
      variants: [],
      unitHits: new Map([
        ['lost', hits(...Array.from({ length: 12 }, (_, i): [string, number] => [`p${i}`, 1]), ['answer', 9])],
        ['phone', hits(...Array.from({ length: 12 }, (_, i): [string, number] => [`p${i}`, 1]), ['answer', 9])],
        ['erase', hits(['answer', 3], ['other', 3])],
      ]),
      pages: 20,
    });
    expect(ids(merged).slice(0, 2)).toEqual(['answer', 'other']);
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

describe('titles and several-word units (issue 25, item 1)', () => {
  type Titled = Hit & { matchedMetaFields?: string[] };
  const titled = (id: string, score = 1): Titled => ({ id, score, matchedMetaFields: ['title'] });
  const plain = (id: string, score = 1): Titled => ({ id, score });
  const pagesOf = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => plain(`${prefix}${i}`));

  it('a title holding every word of a synonym’s site words ranks above titles holding one of them', () => {
    // Pagefind marks a title as matched when it holds any word of "reset a forgotten password": the
    // title "Create a strong password" is as matched as "Reset a forgotten password". Word by word, it is not.
    const phrase = 'reset a forgotten password';
    const unitHits = new Map<string, Titled[]>([
      [phrase, [titled('strong', 9), titled('locked', 8), titled('reset', 1), ...pagesOf(5, 'x')]],
      ['reset', [titled('reset'), titled('locked'), ...pagesOf(5, 'x')]],
      ['forgotten', [titled('reset'), plain('strong')]],
      ['password', [titled('strong'), titled('reset'), titled('locked'), ...pagesOf(5, 'x')]],
    ]);
    const input = {
      literal: { units: [{ text: phrase, weight: 2, kept: true }], full: unitHits.get(phrase)! },
      variants: [],
      unitHits,
      pages: 24,
    };
    expect(ids(mergeResults(input))[0]).toBe('strong');
    expect(ids(mergeResults({ ...input, phraseWords: new Map([[phrase, ['reset', 'forgotten', 'password']]]) }))[0]).toBe('reset');
  });

  it('a title holding every telling word of a synonym’s site words counts them as a title holding one rare word would', () => {
    // "email closed cant recover mi account": "sign in" (one word, in one title: the hub's) and "no access
    // to the phone or email" (the other article's whole title, though "phone" and "email" are in many
    // titles). Word by word, the hub's one rare title word outweighed the other title holding all three.
    const access = 'no access to the phone or email';
    const unitHits = new Map<string, Titled[]>([
      ['sign in', [titled('hub', 3), plain('noaccess', 2), ...pagesOf(14, 's')]],
      [access, [titled('noaccess', 2), titled('hub', 1), titled('which'), titled('change'), ...pagesOf(4, 'x')]],
      ['access', [titled('noaccess', 2), plain('hub')]],
      ['phone', [titled('noaccess'), titled('which'), titled('change'), titled('lost'), titled('locked'), titled('used'), titled('screen'), plain('hub')]],
      ['email', [titled('noaccess'), titled('which'), titled('change'), plain('hub')]],
    ]);
    const merged = mergeResults({
      literal: { units: [{ text: 'sign in', weight: 2, kept: true }, { text: access, weight: 2, kept: true }], full: [] },
      variants: [],
      unitHits,
      pages: 24,
      phraseWords: new Map([[access, ['access', 'phone', 'email']]]),
    });
    expect(ids(merged)[0]).toBe('noaccess');
    // "Xiaomi Cloud": one telling word ("cloud"); the brand in most titles adds nothing to it.
    const cloud = 'Xiaomi Cloud';
    const brandTitles = pagesOf(20, 't').map((p) => titled(p.id));
    const cloudHits = new Map<string, Titled[]>([
      [cloud, [titled('photos', 5), plain('region')]],
      ['xiaomi', [titled('photos'), titled('region'), ...brandTitles]],
      ['cloud', [titled('photos', 5), plain('region')]],
      ['region', [titled('region'), plain('photos')]],
    ]);
    const both = mergeResults({
      literal: { units: [{ text: 'region', weight: 2, kept: true }, { text: cloud, weight: 2, kept: true }], full: [] },
      variants: [],
      unitHits: cloudHits,
      pages: 24,
      phraseWords: new Map([[cloud, ['xiaomi', 'cloud']]]),
    });
    expect(ids(both)[0]).toBe('region');
  });

  it('a synonym’s site words on nearly every page count half in a title: the hub holding them yields to the page the reader’s other words name', () => {
    // "hacked mi account recover": "recover account" is "sign in", on every page of a site about signing
    // in and in one title, the hub's ("Can't sign in …"); "hacked" is in three pages and one title.
    const signIn = (others: number) => [titled('hub', 3), plain('hacked'), ...pagesOf(others, 's')];
    const input = (others: number) => ({
      literal: { units: [{ text: 'sign in', weight: 2, kept: true }, { text: 'hacked', weight: 1 }], full: [] },
      variants: [],
      unitHits: new Map<string, Titled[]>([
        ['sign in', signIn(others)],
        ['hacked', [titled('hacked', 5), plain('hub'), plain('s0')]],
      ]),
      pages: 24,
    });
    expect(ids(mergeResults(input(22)))[0]).toBe('hacked');
    // On fewer pages (here 20 of 24: "HyperOS", "back up") the words say which page answers: the title holding them counts in full.
    expect(ids(mergeResults(input(18)))[0]).toBe('hub');
  });

  it('and count less in a title than a word two titles hold: "how long does mi account recovery take" is support’s question', () => {
    const unitHits = new Map<string, Titled[]>([
      ['sign in', [titled('hub', 3), plain('support'), ...pagesOf(22, 's')]],
      ['support', [titled('support', 5), titled('s0'), plain('hub')]],
    ]);
    const merged = mergeResults({
      literal: { units: [{ text: 'sign in', weight: 2, kept: true }, { text: 'support', weight: 1 }], full: [] },
      variants: [],
      unitHits,
      pages: 24,
    });
    expect(ids(merged)[0]).toBe('support');
  });

  it('a query counts by the share of its searched words some page holds: the variant that reads the rest ranks above', () => {
    // "flashed rom now device locked": no page holds "flashed"; the reader's query is "locked" alone, whose
    // title is the restricted account's; the variant reads "flashed" as "factory reset" and names the locked phone.
    const unitHits = new Map<string, Titled[]>([
      ['flashed', []],
      ['locked', [titled('restricted'), plain('device'), plain('google'), plain('x')]],
      ['factory reset', [titled('device'), titled('google')]],
    ]);
    const merged = mergeResults({
      literal: { units: [{ text: 'flashed', weight: 1 }, { text: 'locked', weight: 1 }], full: [] },
      variants: [{ units: [{ text: 'factory reset', weight: 1, kept: true }, { text: 'locked', weight: 1 }], full: [] }],
      unitHits,
      pages: 24,
    });
    expect(ids(merged)[0]).toBe('device');
  });

  it('a topic’s name searched alone does not make a page holding most of the reader’s words disappear', () => {
    // "giving phone to my son and nephew how to remove my mi account": "Xiaomi account" alone (scope 1/6)
    // is on most pages; its matches are not full matches of the query, so "used" (3 of 5 words, not the
    // rare "son" and "nephew", under half of what the words weigh) stays, and first.
    const words = ['giving', 'phone', 'son', 'nephew', 'remove'];
    const unitHits = new Map<string, Titled[]>([
      ['giving', [titled('used'), plain('a'), plain('b'), plain('c')]],
      ['phone', [titled('used'), plain('a'), plain('b'), plain('c'), ...pagesOf(8, 'p')]],
      ['son', [plain('strong')]],
      ['nephew', [plain('strong')]],
      ['remove', [plain('used'), plain('a')]],
      ['Xiaomi account', [plain('used'), plain('a'), plain('b'), plain('c'), plain('strong'), ...pagesOf(8, 'p')]],
    ]);
    const merged = mergeResults({
      literal: run(words),
      variants: [{ units: [{ text: 'Xiaomi account', weight: 1, kept: true }], full: unitHits.get('Xiaomi account')!, scope: 1 / 6 }],
      unitHits,
      pages: 24,
    });
    expect(ids(merged)).toContain('used');
    expect(ids(merged)[0]).toBe('used');
  });
});

describe('pages holding fewer of the words (issue 25, item 1)', () => {
  it('a page whose title holds the query’s telling word stays beside full matches it outranks, though it lacks a rare word', () => {
    // "region changed cloud empty": three pages hold all four words somewhere in their text; the
    // region article's title says "region" but its text lacks "empty" (rare, so under half the weight).
    const t = (id: string, score = 1) => ({ id, score, matchedMetaFields: ['title', 'aliases'] });
    const al = (id: string, score = 1) => ({ id, score, matchedMetaFields: ['aliases'] });
    const p = (id: string, score = 1) => ({ id, score });
    const full = [p('a'), p('b'), p('c')];
    const merged = mergeResults({
      literal: run(['region', 'changed', 'cloud', 'empty'], full),
      variants: [],
      unitHits: new Map([
        ['region', [t('region'), p('a'), p('b'), p('c')]],
        ['changed', [al('region'), p('a'), p('b'), p('c'), p('d'), p('e'), p('f'), p('g')]],
        ['cloud', [p('a'), p('b'), p('c'), p('d'), p('e'), p('f'), p('g'), p('h')]],
        ['empty', [p('a'), p('b'), p('c')]],
      ]),
      pages: 24,
    });
    expect(ids(merged)[0]).toBe('region');
    // A page holding as little and outranking nothing is still left out.
    expect(ids(merged)).not.toContain('h');
  });
});

describe('the FAQ’s questions, each weighed like a title', () => {
  type Meta = Hit & { matchedMetaFields?: string[] };
  const faq = (score = 1): Meta => ({ id: 'faq', score, matchedMetaFields: ['questions'] });
  const titled = (id: string, score = 1): Meta => ({ id, score, matchedMetaFields: ['title'] });
  const questions = [
    ['create', 'new', 'xiaomi', 'account', 'instead'],
    ['long', 'account', 'restriction', 'last'],
  ];
  // "create a new account instead": the FAQ holds every word, one question all of them; an article's title holds "create".
  const input = (qs?: string[][]) => ({
    literal: run(['create', 'new', 'instead']),
    variants: [],
    unitHits: new Map([
      ['create', [titled('password', 3), faq()]],
      ['new', hits(['password', 2], ['delete', 1]).concat(faq())],
      ['instead', [faq(), { id: 'delete', score: 1 }]],
    ]),
    pages: 20,
    ...(qs ? { questions: qs } : {}),
  });

  it('one word in two forms: equal, or a shared beginning of 4 letters that leaves at most 2 of the shorter', () => {
    const { sameWord } = merge;
    expect(sameWord('unlock', 'unlocking')).toBe(true);
    expect(sameWord('restricted', 'restriction')).toBe(true);
    expect(sameWord('просрочки', 'просроченного')).toBe(true);
    expect(sameWord('account', 'accept')).toBe(false);
    expect(sameWord('website', 'site')).toBe(false);
    expect(sameWord('run', 'runs')).toBe(false);
  });

  it('the question holding the query’s words lifts the FAQ above a page whose title holds one of them', () => {
    expect(ids(mergeResults(input()))[0]).toBe('password');
    expect(ids(mergeResults(input(questions)))[0]).toBe('faq');
  });

  it('a question holding a word or two of the query does not', () => {
    // Only "new" of "create new instead" in any question: no question holds most of the query.
    expect(ids(mergeResults(input([['new', 'phone'], ['create', 'password']])))[0]).toBe('password');
  });
});
