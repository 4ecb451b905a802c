import { describe, expect, it } from 'vitest';
import { assertDictionaries, fallbackChain, makeT, MESSAGE_KEYS, resolveStrings, stringsChain, useTranslations, LOCALES } from '../../src/i18n/index.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries/index.ts';

describe('UI strings', () => {
  it('Russian counts articles with one/few/many forms', () => {
    const t = useTranslations('ru');
    expect(t('articles.count', { count: 1 })).toBe('1 статья');
    expect(t('articles.count', { count: 3 })).toBe('3 статьи');
    expect(t('articles.count', { count: 5 })).toBe('5 статей');
    expect(t('articles.count', { count: 21 })).toBe('21 статья');
    expect(t('articles.count', { count: 12 })).toBe('12 статей');
  });

  it('Arabic uses its dual and few/many forms', () => {
    const t = useTranslations('ar');
    expect(t('articles.count', { count: 2 })).toBe('مقالتان');
    expect(t('articles.count', { count: 3 })).toMatch(/مقالات$/);
    expect(t('articles.count', { count: 11 })).toMatch(/مقالة$/);
  });

  it('English says "1 article" and "2 articles"', () => {
    const t = useTranslations('en');
    expect(t('articles.count', { count: 1 })).toBe('1 article');
    expect(t('articles.count', { count: 2 })).toBe('2 articles');
  });

  it('fills named placeholders', () => {
    const t = useTranslations('en');
    expect(t('faq.readMore', { title: 'Reset' })).toBe('Read more: Reset');
  });

  it('every full locale has every key of the source dictionary, in both parts', () => {
    for (const l of LOCALES.filter((x) => x.full)) expect(Object.keys(DICTIONARIES[l.code]).sort(), l.code).toEqual([...MESSAGE_KEYS].sort());
  });

  it('a dictionary with a key the source lacks stops the build naming the file and the key', () => {
    const broken = { ru: { 'a.b': 'x', 'c.d': 'y' }, es: { 'a.b': 'x', 'a.typo': 'y' } };
    expect(() => assertDictionaries(broken)).toThrow(/src\/i18n\/dictionaries\/es\.ts: unknown key\(s\) "a\.typo"/);
    expect(() => assertDictionaries({ ru: { 'a.b': 'x' }, es: {} })).not.toThrow();
  });

  it('a locale missing keys takes each from the first language of its chain that has it', () => {
    const { messages, langs } = resolveStrings('es', { ...DICTIONARIES, es: { 'nav.home': 'Portada' }, en: { ...DICTIONARIES.en, 'nav.faq': undefined } as never });
    expect(messages['nav.home']).toBe('Portada');
    expect(langs['nav.home']).toBe('es');
    expect(messages['nav.articles']).toBe(DICTIONARIES.en['nav.articles']);
    expect(langs['nav.articles']).toBe('en');
    expect(messages['nav.faq']).toBe(DICTIONARIES.ru['nav.faq']);
    expect(langs['nav.faq']).toBe('ru');
    expect(Object.keys(messages).length).toBe(MESSAGE_KEYS.length);
  });

  it('a locale with no dictionary at all gets every string from its chain', () => {
    const { messages, langs } = resolveStrings('es', { ru: DICTIONARIES.ru, en: DICTIONARIES.en });
    expect(Object.keys(messages).length).toBe(MESSAGE_KEYS.length);
    expect(new Set(Object.values(langs))).toEqual(new Set(['en']));
  });

  it('a borrowed string is formatted with the plural rules of its own language', () => {
    // "21" is Russian "one" but English "other": an English fallback string on a Russian-ruled page still says "21 articles".
    const articles = DICTIONARIES.en['articles.count']!;
    expect(makeT({ 'articles.count': articles }, 'ru', { 'articles.count': 'en' })('articles.count', { count: 21 })).toBe('21 articles');
    expect(makeT({ 'articles.count': articles }, 'ru')('articles.count', { count: 21 })).toBe('21 article');
  });

  it('the source language ends every strings chain', () => {
    expect(stringsChain('ru')).toEqual(['ru']);
    expect(stringsChain('es')).toEqual(['es', 'en', 'ru']);
  });

  it('an unknown message key is an error, not an empty string', () => {
    const t = makeT(DICTIONARIES.en, 'en');
    expect(() => t('nope' as never)).toThrow(/Missing UI string "nope"/);
  });
});

describe('locales', () => {
  it('Arabic falls back to English, then Russian', () => {
    expect(fallbackChain('ar')).toEqual(['ar', 'en', 'ru']);
    expect(fallbackChain('es')).toEqual(['es', 'en', 'ru']);
    expect(fallbackChain('ru')).toEqual(['ru']);
  });
  it('Arabic is right-to-left and the rest left-to-right', () => {
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
    expect(LOCALES.every((l) => l.dir === 'rtl' || l.dir === 'ltr')).toBe(true);
  });
});
