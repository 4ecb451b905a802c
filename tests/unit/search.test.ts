import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, moveActive, toResultView } from '../../src/lib/search/results.ts';
import { formatMessage } from '../../src/i18n/format.ts';
import { aliasKey, normalizeQuery, queryTerms } from '../../src/lib/search/normalize.ts';
import { stopWordsOf } from '../../src/lib/search/stop-words.ts';
import { promoteExact, type Ranked } from '../../src/lib/search/merge.ts';
import { isSearchShortcut } from '../../src/lib/search/keys.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';
import type { PluralMessage } from '../../src/i18n/types.ts';

const results = (code: keyof typeof DICTIONARIES) => DICTIONARIES[code]['search.results'] as PluralMessage;

describe('what the reader typed becomes a Pagefind query', () => {
  it('drops case, punctuation and extra spaces', () => {
    expect(normalizeQuery('  Забыл   ПАРОЛЬ?!  ')).toBe('забыл пароль');
    expect(normalizeQuery('«Сервисы разблокировки»')).toBe('сервисы разблокировки');
    expect(normalizeQuery('¿Qué correo?')).toBe('qué correo');
  });

  it('keeps dots and hyphens inside words (i.mi.com, 2-step)', () => {
    expect(normalizeQuery('i.mi.com find')).toBe('i.mi.com find');
    expect(normalizeQuery('2-step')).toBe('2-step');
  });

  it('leaves out words every page has, which would otherwise have to match too', () => {
    expect(queryTerms('changed my number', stopWordsOf('en'))).toEqual(['changed', 'number']);
    expect(queryTerms('забыл пароль от ми аккаунта', stopWordsOf('ru'))).toEqual(['забыл', 'пароль', 'ми', 'аккаунта']);
    expect(queryTerms('me hackearon la cuenta', stopWordsOf('es'))).toEqual(['hackearon', 'cuenta']);
    // "him" as "he" and "his": a reader's phrase matches over it ("gave him the code" is "gave the code").
    expect(queryTerms('i gave him the code', stopWordsOf('en'))).toEqual(['gave', 'code']);
    // Fillers of Indian English and Nigerian Pidgin, as "please" is one.
    expect(queryTerms('kindly unblock my account sir', stopWordsOf('en'))).toEqual(['unblock', 'account']);
    expect(queryTerms('abeg recover my account', stopWordsOf('en'))).toEqual(['recover', 'account']);
    // "No idea why": the reader does not know; "idea" is on a page or two by chance ("a good idea").
    expect(queryTerms('wont let me in no idea why', stopWordsOf('en'))).toEqual(['wont', 'let', 'no']);
  });

  it('keeps "mi" and "не": one is the brand, the other changes the meaning', () => {
    expect(queryTerms('quitar cuenta mi', stopWordsOf('es'))).toEqual(['quitar', 'cuenta', 'mi']);
    expect(queryTerms('не приходит код', stopWordsOf('ru'))).toEqual(['не', 'приходит', 'код']);
  });

  it('keeps a query made only of common words as it is', () => {
    expect(queryTerms('what is it', stopWordsOf('en'))).toEqual(['what', 'is', 'it']);
  });

  it('without stop words for a language, keeps every word', () => {
    expect(queryTerms('a b', stopWordsOf('xx'))).toEqual(['a', 'b']);
  });
});

describe('exact alias matches', () => {
  it('compare without case, accents or ё', () => {
    expect(aliasKey('Надёжный пароль')).toBe(aliasKey('надежный  пароль'));
    expect(aliasKey('Contraseña')).toBe(aliasKey('contrasena'));
    expect(aliasKey('Сяоми?')).toBe(aliasKey('сяоми'));
    expect(aliasKey('сяоми')).not.toBe(aliasKey('ксяоми'));
  });

  const ranked = (ids: string[]): Ranked<{ id: string; score: number }>[] => ids.map((id) => ({ hit: { id, score: 1 }, kind: 'full', matched: [] }));

  it('lift the few pages listing the alias to the top', () => {
    expect(promoteExact(ranked(['a', 'b', 'c', 'd']), new Set(['d', 'c'])).map((r) => r.hit.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('change nothing when most pages list it (a brand name on every article)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(promoteExact(ranked(ids), new Set(ids.slice(1))).map((r) => r.hit.id)).toEqual(ids);
  });
});

describe('results as the reader sees them', () => {
  it('split an excerpt into marked and plain text, decoding entities, with no HTML left', () => {
    expect(excerptParts('Set a <mark>new</mark> password &amp; keep &lt;it&gt; safe')).toEqual([
      { text: 'Set a ', mark: false },
      { text: 'new', mark: true },
      { text: ' password & keep <it> safe', mark: false },
    ]);
    expect(excerptParts('<mark>a</mark><mark>b</mark>').map((p) => p.text)).toEqual(['a', 'b']);
  });

  it('decode numeric entities and leave unknown ones alone', () => {
    expect(decodeEntities('&#39;x&#x27; &foo;')).toBe("'x' &foo;");
  });

  it('show the title, the excerpt and the best matching sections with their anchors', () => {
    const view = toResultView({
      url: '/ru/faq/',
      excerpt: 'код <mark>не</mark> приходит',
      meta: { title: 'Вопросы и ответы' },
      sub_results: [
        { title: 'Вопросы и ответы', url: '/ru/faq/', excerpt: 'x' },
        { title: 'Почему не приходит код?', url: '/ru/faq/#code', excerpt: '<mark>код</mark>', anchor: { element: 'section', id: 'code' }, weighted_locations: [{ balanced_score: 1 }] },
        { title: 'Сколько ждать?', url: '/ru/faq/#wait', excerpt: 'y', anchor: { element: 'section', id: 'wait' }, weighted_locations: [{ balanced_score: 4 }] },
      ],
    });
    expect(view.title).toBe('Вопросы и ответы');
    expect(view.sections.map((s) => s.url)).toEqual(['/ru/faq/#wait', '/ru/faq/#code']);
    expect(view.sections[1]?.excerpt).toEqual([{ text: 'код', mark: true }]);
  });

  it('show an excerpt once: the page excerpt is left out when a section shown has the same words', () => {
    const sub = { title: 'После сброса', url: '/ru/reset-password/#after', excerpt: 'новый <mark>пароль</mark>', anchor: { element: 'h2', id: 'after' } };
    const same = toResultView({ url: '/ru/reset-password/', excerpt: 'новый <mark>пароль</mark>', meta: { title: 'Сброс пароля' }, sub_results: [sub] });
    expect(same.excerpt).toEqual([]);
    expect(same.sections[0]?.excerpt).toEqual([{ text: 'новый ', mark: false }, { text: 'пароль', mark: true }]);
    const other = toResultView({ url: '/ru/reset-password/', excerpt: 'сбросить <mark>пароль</mark>', meta: { title: 'Сброс пароля' }, sub_results: [sub] });
    expect(other.excerpt.map((p) => p.text).join('')).toBe('сбросить пароль');
  });

  it('show at most three sections', () => {
    const sub = (i: number) => ({ title: `S${i}`, url: `/p/#s${i}`, excerpt: '', anchor: { element: 'h2', id: `s${i}` } });
    const view = toResultView({ url: '/p/', excerpt: '', meta: { title: 'P' }, sub_results: [1, 2, 3, 4, 5].map(sub) });
    expect(view.sections.map((s) => s.title)).toEqual(['S1', 'S2', 'S3']);
  });
});

describe('keyboard', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; code: string }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });

  it('Ctrl+K and ⌘K open search, also on a Cyrillic layout', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), null)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), null)).toBe(true);
    expect(isSearchShortcut(key('л', { ctrlKey: true, code: 'KeyK' }), null)).toBe(true);
    expect(isSearchShortcut(key('k'), null)).toBe(false);
  });

  it('"/" opens search, except while typing in a field', () => {
    expect(isSearchShortcut(key('/'), { tagName: 'BODY' })).toBe(true);
    expect(isSearchShortcut(key('/'), { tagName: 'INPUT' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'TEXTAREA' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
  });

  it('arrow keys wrap around the results', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});

describe('result counts (the site’s one formatter, src/i18n/format.ts)', () => {
  it('Russian: 1 результат, 3 результата, 5 результатов, 21 результат', () => {
    expect(formatMessage(results('ru'), { count: 1 }, 'ru')).toBe('Найден 1 результат');
    expect(formatMessage(results('ru'), { count: 3 }, 'ru')).toBe('Найдено 3 результата');
    expect(formatMessage(results('ru'), { count: 5 }, 'ru')).toBe('Найдено 5 результатов');
    expect(formatMessage(results('ru'), { count: 21 }, 'ru')).toBe('Найден 21 результат');
    expect(formatMessage(results('ru'), { count: 12 }, 'ru')).toBe('Найдено 12 результатов');
  });

  it('English and Spanish: singular and plural', () => {
    expect(formatMessage(results('en'), { count: 1 }, 'en')).toBe('1 result');
    expect(formatMessage(results('en'), { count: 2 }, 'en')).toBe('2 results');
    expect(formatMessage(results('es'), { count: 1 }, 'es')).toBe('1 resultado');
    expect(formatMessage(results('es'), { count: 7 }, 'es')).toBe('7 resultados');
  });

  it('Arabic: six forms, digits as the locale writes them', () => {
    const ar = results('ar');
    expect(Object.keys(ar).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(formatMessage(ar, { count: 1 }, 'ar')).toBe('نتيجة واحدة');
    expect(formatMessage(ar, { count: 2 }, 'ar')).toBe('نتيجتان');
    const n = (x: number) => new Intl.NumberFormat('ar').format(x);
    expect(formatMessage(ar, { count: 3 }, 'ar')).toBe(`${n(3)} نتائج`);
    expect(formatMessage(ar, { count: 11 }, 'ar')).toBe(`${n(11)} نتيجة`);
    expect(formatMessage(ar, { count: 100 }, 'ar')).toBe(`${n(100)} نتيجة`);
  });
});
