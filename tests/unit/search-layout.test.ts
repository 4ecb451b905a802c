import { describe, expect, it } from 'vitest';
import { layoutReading } from '../../src/lib/search/layout.ts';

describe('a Russian query typed with the English layout on', () => {
  it('is read key by key, punctuation keys included (, is б, [ is х, ; is ж, \' is э, . is ю)', () => {
    expect(layoutReading('pf,sk gfhjkm', 'ru')).toBe('забыл пароль');
    expect(layoutReading('yt ghb[jlbn rjl', 'ru')).toBe('не приходит код');
    expect(layoutReading(';lfnm', 'ru')).toBe('ждать');
    expect(layoutReading("'nj", 'ru')).toBe('это');
    expect(layoutReading('.pth', 'ru')).toBe('юзер');
    expect(layoutReading('PF,SK', 'ru')).toBe('забыл');
  });

  it('only on Russian pages, and only for a query in Latin letters', () => {
    expect(layoutReading('pf,sk gfhjkm', 'en')).toBeUndefined();
    expect(layoutReading('забыл пароль', 'ru')).toBeUndefined();
    expect(layoutReading('gfhjkm от xiaomi', 'ru')).toBeUndefined();
    expect(layoutReading('12345', 'ru')).toBeUndefined();
  });
});
