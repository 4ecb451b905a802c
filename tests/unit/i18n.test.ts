import { describe, expect, it } from 'vitest';
import { assertDictionaries, fallbackChain, makeT, useTranslations, LOCALES } from '../../src/i18n/index.ts';
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

  it('every locale has a dictionary with exactly the source keys', () => {
    for (const l of LOCALES) expect(Object.keys(DICTIONARIES[l.code]).sort()).toEqual(Object.keys(DICTIONARIES.ru).sort());
  });

  it('a dictionary missing a key stops the build naming the file and the key', () => {
    const broken = { ru: { 'a.b': 'x', 'c.d': 'y' }, es: { 'a.b': 'x' } };
    expect(() => assertDictionaries(broken)).toThrow(/src\/i18n\/dictionaries\/es\.ts: missing key\(s\) "c\.d"/);
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
    expect(LOCALES.map((l) => [l.code, l.dir])).toEqual([
      ['ru', 'ltr'],
      ['en', 'ltr'],
      ['es', 'ltr'],
      ['ar', 'rtl'],
    ]);
  });
});
