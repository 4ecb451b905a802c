import { describe, expect, it } from 'vitest';
import { fill, formatMessage, translator } from '../../src/i18n/format.ts';

/** The one formatter of plurals, numbers and {placeholders}, shared by pages and the browser. */
describe('i18n formatting', () => {
  const results = { one: '{count} результат', few: '{count} результата', many: '{count} результатов', other: '{count} результата' };

  it('chooses the plural form by count with the language’s rules', () => {
    expect([1, 2, 5, 21, 1.5].map((count) => formatMessage(results, { count }, 'ru'))).toEqual([
      '1 результат',
      '2 результата',
      '5 результатов',
      '21 результат',
      `${new Intl.NumberFormat('ru').format(1.5)} результата`,
    ]);
  });

  it('writes numbers with the language’s digits and separators', () => {
    expect(fill('{count} pages', { count: 12345 }, 'ru')).toBe(`${new Intl.NumberFormat('ru').format(12345)} pages`);
    expect(fill('{n}', { n: 7 }, 'ar')).toBe(new Intl.NumberFormat('ar').format(7));
  });

  it('fills named placeholders and leaves unknown ones visible, so a missing value shows', () => {
    expect(fill('Read more: {title} ({missing})', { title: 'Reset' }, 'en')).toBe('Read more: Reset ({missing})');
  });

  it('a translator over the strings a page hands the browser formats like the server and names a missing key', () => {
    const t = translator({ tag: 'en', messages: { 'search.results': { one: '{count} result', other: '{count} results' }, 'search.noResults': 'Nothing for “{query}”.' } });
    expect(t('search.results', { count: 1 })).toBe('1 result');
    expect(t('search.noResults', { query: 'x' })).toBe('Nothing for “x”.');
    expect(() => (t as (k: string) => string)('nope')).toThrow(/Missing UI string "nope" for en/);
  });
});
