import { describe, expect, it } from 'vitest';
import { planPages, splitId } from '../../src/lib/translations/pairing.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const e = (locale: string, slug: string) => ({ locale, slug, data: {} });

describe('translation pairing and fallback', () => {
  const plans = planPages([e('ru', 'a'), e('en', 'a'), e('ru', 'b'), e('ar', 'c')], LOCALES);
  const find = (lang: string, slug: string) => plans.find((p) => p.lang === lang && p.slug === slug);

  it('a translated article is shown in its own language', () => {
    expect(find('en', 'a')).toMatchObject({ isFallback: false, entry: { locale: 'en' } });
  });
  it('an untranslated Arabic page shows the English version, marked as fallback', () => {
    expect(find('ar', 'a')).toMatchObject({ isFallback: true, entry: { locale: 'en' } });
  });
  it('Spanish falls back to Russian when there is no English either', () => {
    expect(find('es', 'b')).toMatchObject({ isFallback: true, entry: { locale: 'ru' } });
  });
  it('lists only the languages the article really exists in', () => {
    expect(find('es', 'a')?.translations).toEqual(['ru', 'en']);
  });
  it('an article no fallback chain reaches gets no page', () => {
    expect(find('ru', 'c')).toBeUndefined();
    expect(find('ar', 'c')).toMatchObject({ isFallback: false });
  });
  it('rejects files outside a locale folder', () => {
    expect(splitId('ru/x')).toEqual({ locale: 'ru', slug: 'x' });
    expect(() => splitId('x')).toThrow(/locale folder/);
    expect(() => splitId('ru/sub/x')).toThrow(/locale folder/);
  });
});
