import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';
import { countWords, readingMinutes } from '../../src/lib/content/reading-time.ts';
import { bestLocale } from '../../src/lib/language-match.ts';
import { formatDate } from '../../src/lib/content/dates.ts';

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and ignores other levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'x', text: 'X' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });
});

describe('reading time', () => {
  it('counts words of prose, not markup or link targets', () => {
    expect(countWords('---\ntitle: x\n---\n## Шаг один\n<Callout type="tip">Два слова</Callout> [ссылка](/reset-password/)')).toBe(5);
  });
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes('word '.repeat(900))).toBe(5);
  });
});

describe('language choice', () => {
  it('matches a regional browser language to the site language', () => {
    expect(bestLocale(['es-MX', 'en'], ['ru', 'en', 'es', 'ar'])).toBe('es');
    expect(bestLocale(['de-DE', 'ru-RU'], ['ru', 'en'])).toBe('ru');
    expect(bestLocale(['de'], ['ru', 'en'])).toBeUndefined();
  });
});

describe('dates', () => {
  it('are written in the reader’s language', () => {
    const d = new Date('2026-11-24T00:00:00Z');
    expect(formatDate(d, 'ru')).toMatch(/24 ноября 2026/);
    expect(formatDate(d, 'en')).toBe('November 24, 2026');
    expect(formatDate(d, 'es')).toMatch(/24 de noviembre de 2026/);
  });
});
