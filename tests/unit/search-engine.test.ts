/** The query pipeline end to end, with a small fake index in place of Pagefind (same code as the browser and search:try). */
import { describe, expect, it } from 'vitest';
import { searchSite, type SearchBackend } from '../../src/lib/search/engine.ts';
import { fold, wordsOf } from '../../src/lib/search/normalize.ts';
import { stopWordsOf } from '../../src/lib/search/stop-words.ts';
import { compileSynonyms, type SynonymFile } from '../../src/lib/search/synonyms.ts';
import { buildVocabularies } from '../../src/lib/search/vocabulary-build.ts';
import { wordSource } from '../../src/lib/search/vocabulary.ts';

type Hit = { id: string; score: number };

/** Pages of a fake index; a query finds the pages holding a word that begins with each of its words. */
function site(pages: Record<string, string>, synonyms: SynonymFile = {}, aliases: Record<string, string[]> = {}, lang = 'ru') {
  const files = buildVocabularies(Object.values(pages).map((text) => ({ lang, texts: [text] })));
  const queries: string[] = [];
  const backend: SearchBackend<Hit> = {
    search: async (q) => {
      queries.push(q);
      const terms = wordsOf(q).map(fold);
      return Object.entries(pages)
        .map(([id, text]) => {
          const ws = wordsOf(text).map(fold);
          const counts = terms.map((t) => ws.filter((w) => w.startsWith(t)).length);
          return { id, score: counts.every((c) => c > 0) ? counts.reduce((a, b) => a + b, 0) : 0 };
        })
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score);
    },
    aliasPages: async (key) => Object.entries(aliases).filter(([, list]) => list.includes(key)).map(([id]) => ({ id, score: 1 })),
  };
  const resources = {
    words: wordSource(`/w/${lang}.json`, async (url) => files.find((f) => `/w/${f.path}` === url)!.content),
    synonyms: async () => compileSynonyms(synonyms, stopWordsOf(lang)),
  };
  return {
    queries,
    search: (raw: string, exact = false) => searchSite(raw, { lang, exact }, backend, resources),
  };
}

const PAGES = {
  reset: 'Как сбросить пароль. Забыли пароль от аккаунта? Новый пароль по коду.',
  code: 'Код подтверждения не приходит. Проверьте номер телефона и SIM-карта.',
  sim: 'Нет доступа к номеру: SIM-карта потеряна, номер сменился.',
  lost: 'Потерянный телефон: найти, заблокировать, стереть.',
};
const ids = (r: { results: { hit: Hit }[] }) => r.results.map((x) => x.hit.id);

describe('typos', () => {
  it('an unknown word becomes the closest indexed one, and the outcome says what was searched', async () => {
    const r = await site(PAGES).search('забыли пороль');
    expect(r.reason).toBe('typo');
    expect(r.searched).toBe('забыли пароль');
    expect(r.corrections).toEqual([{ from: 'пороль', to: 'пароль', distance: 1 }]);
    expect(ids(r)[0]).toBe('reset');
  });

  it('a known word is never corrected, even when the typo-like spelling is one edit from another word', async () => {
    const r = await site({ ...PAGES, king: 'Король и пароль' }).search('король');
    expect(r.reason).toBeUndefined();
    expect(r.searched).toBe('король');
    expect(ids(r)).toEqual(['king']);
  });

  it('"search for … instead" searches exactly what was typed', async () => {
    const r = await site(PAGES).search('забыли пороль', true);
    expect(r.reason).toBeUndefined();
    expect(r.corrections).toEqual([]);
  });

  it('a word the index lacks is not required (Pagefind would match it by chance), unless it is the only word', async () => {
    const s = site(PAGES);
    const r = await s.search('потерянный телефон такси');
    expect(ids(r)[0]).toBe('lost');
    expect(r.results[0]!.kind).toBe('full');
    expect(s.queries[0]).toBe('потерянный телефон');
    expect(ids(await s.search('зюзюзю'))).toEqual([]);
  });
});

describe('two letters swapped', () => {
  it('a word the index holds only as the beginning of a longer one is read as the word its swapped letters make', async () => {
    const s = site({ signin: 'Cannot sign in to your account', strong: 'Make a single strong password for your account' }, {}, {}, 'en');
    const r = await s.search('sing in to my account');
    expect(r.corrections).toEqual([{ from: 'sing', to: 'sign', distance: 1 }]);
    expect(r.searched).toBe('sign in to my account');
    expect(ids(r)[0]).toBe('signin');
  });

  it('a word the index holds whole stays, even when its swapped letters make another indexed word', async () => {
    const s = site({ signin: 'Cannot sign in to your account', sing: 'Sing a song with your account' }, {}, {}, 'en');
    const r = await s.search('sing to my account');
    expect(r.corrections).toEqual([]);
    expect(ids(r)[0]).toBe('sing');
  });
});

describe('typos of the readers’ own words (issue 25)', () => {
  it('a misspelt reader’s word is read as that word, and its phrase finds the site’s words', async () => {
    const s = site(PAGES, { 'потерянный телефон': ['украли телефон'], 'взлом': ['угнал*'] });
    const r = await s.search('укарли телефон');
    expect(r.corrections).toEqual([{ from: 'укарли', to: 'украли', distance: 1 }]);
    expect(r.synonyms).toEqual(['потерянный телефон']);
    expect(ids(r)[0]).toBe('lost');
    // A word ending in *: its stem is corrected, the rest kept.
    expect((await s.search('угнлаи аккаунт')).corrections).toEqual([{ from: 'угнлаи', to: 'угнали', distance: 1 }]);
  });

  it('the site’s word wins a tie, and a reader’s word two edits away from a short word is no correction', async () => {
    const s = site(PAGES, { 'забыли пароль': ['парольчик'], 'SIM-карта': ['сима'] });
    expect((await s.search('пороль')).corrections.map((c) => c.to)).toEqual(['пароль']);
    expect((await s.search('сивка')).corrections).toEqual([]);
  });
});

describe('two words typed without the space between them (issue 25)', () => {
  it('are read as the two words the site holds, and the outcome says so', async () => {
    const r = await site(PAGES).search('забылипароль от аккаунта');
    expect(r.reason).toBe('typo');
    expect(r.searched).toBe('забыли пароль от аккаунта');
    expect(r.corrections).toEqual([{ from: 'забылипароль', to: 'забыли пароль', distance: 1 }]);
    expect(ids(r)[0]).toBe('reset');
  });

  it('"не" run into its verb is split off, rather than the word read as another two edits away', async () => {
    const r = await site(PAGES).search('неприходит код');
    expect(r.searched).toBe('не приходит код');
    expect(ids(r)[0]).toBe('code');
  });

  it('a word that is no two words stays as it was', async () => {
    expect((await site(PAGES).search('зюзюзюзю')).corrections).toEqual([]);
  });
});

describe('a Russian query typed on the English layout', () => {
  it('is searched in Cyrillic when the Latin query finds nothing and its reading is words the index holds', async () => {
    const r = await site(PAGES).search('pf,skb gfhjkm');
    expect(r.reason).toBe('layout');
    expect(r.searched).toBe('забыли пароль');
    expect(ids(r)[0]).toBe('reset');
  });

  it('a Latin query that finds something stays as typed', async () => {
    const r = await site({ ...PAGES, brand: 'Xiaomi и пароль' }).search('xiaomi');
    expect(r.reason).toBeUndefined();
    expect(ids(r)).toEqual(['brand']);
  });

  it('a Latin query whose reading is not Russian words stays as typed, with nothing found', async () => {
    const r = await site(PAGES).search('qwqwqw');
    expect(r.reason).toBeUndefined();
    expect(r.results).toEqual([]);
  });
});

describe('synonyms and several words', () => {
  it('a reader’s phrase is searched again as the site’s words', async () => {
    const s = site(PAGES, { 'SIM-карта': ['симк*'] });
    const r = await s.search('номер симку');
    expect(r.synonyms).toEqual(['SIM-карта']);
    expect(ids(r).slice(0, 2).sort()).toEqual(['code', 'sim']);
    expect(s.queries).toContain('номер симку');
    expect(s.queries).toContain('номер SIM-карта');
  });

  it('the site’s words are searched without their stop words (on a large site a stop word’s index chunks are most of the first search)', async () => {
    const s = site(PAGES, { 'доступа к номеру': ['симку потерял'] });
    const r = await s.search('симку потерял');
    expect(r.synonyms).toEqual(['доступа к номеру']);
    expect(ids(r)[0]).toBe('sim');
    expect(s.queries).toContain('доступа номеру');
    expect(s.queries.filter((q) => q.split(' ').includes('к'))).toEqual([]);
  });

  it('a topic’s name is also searched on its own, so the reader’s other words need not be on its page', async () => {
    const r = await site(PAGES, { 'потерянный телефон': ['оставил телефон'] }).search('оставил телефон в автобусе');
    expect(ids(r)[0]).toBe('lost');
  });

  it('when the whole query finds fewer than 3 pages, pages matching more of its words follow', async () => {
    const r = await site(PAGES).search('номер пароль потеряна');
    expect(ids(r)[0]).toBe('sim');
    expect(r.results[0]!.kind).toBe('partial');
    expect(r.results[0]!.matched).toEqual(['номер', 'потеряна']);
  });

  it('an alias typed exactly lifts its page to the top', async () => {
    const r = await site(PAGES, {}, { code: ['код'] }).search('Код');
    expect(ids(r)[0]).toBe('code');
  });
});
