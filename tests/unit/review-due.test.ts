import { describe, expect, it } from 'vitest';
import { formatReviewDue, monthsBefore, parseReviewAge, reviewDue } from '../../src/lib/translations/review-due.ts';
import type { ContentFile } from '../../src/lib/translations/status.ts';

/** docs/editing.md, "See what needs translating": articles whose facts were checked too long ago are due for a fact check. */
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const article = (locale: string, slug: string, reviewed: string | undefined, draft = false): ContentFile => ({
  kind: 'article',
  locale,
  slug,
  updated: day('2026-01-01'),
  reviewed: reviewed ? day(reviewed) : undefined,
  draft,
});

describe('monthsBefore', () => {
  it('counts calendar months back, the 31st landing on a shorter month’s last day', () => {
    expect(monthsBefore(day('2026-12-07'), 6)).toBe('2026-06-07');
    expect(monthsBefore(day('2026-08-31'), 6)).toBe('2026-02-28');
    expect(monthsBefore(day('2026-03-15'), 6)).toBe('2025-09-15');
  });
});

describe('reviewDue', () => {
  const files: ContentFile[] = [
    article('ru', 'reset-password', '2026-06-07'),
    article('ru', 'cannot-sign-in', '2026-06-06'),
    article('en', 'cannot-sign-in', '2025-11-30'),
    article('es', 'new-topic', '2025-01-01', true),
    article('ar', 'no-date', undefined),
    { kind: 'faq', locale: 'ru', slug: 'hacked' },
  ];

  it('lists published articles of every locale reviewed before the age, the oldest first', () => {
    const due = reviewDue(files, { today: day('2026-12-07') });
    expect(due.months).toBe(6);
    expect(due.before).toBe('2026-06-07');
    expect(due.items).toEqual([
      { locale: 'ar', slug: 'no-date', file: 'content/articles/ar/no-date.mdx' },
      { locale: 'en', slug: 'cannot-sign-in', file: 'content/articles/en/cannot-sign-in.mdx', reviewed: '2025-11-30', months: 12 },
      { locale: 'ru', slug: 'cannot-sign-in', file: 'content/articles/ru/cannot-sign-in.mdx', reviewed: '2026-06-06', months: 6 },
    ]);
  });

  it('takes another age in months', () => {
    expect(reviewDue(files, { today: day('2026-12-07'), months: 12 }).items.map((i) => i.file)).toEqual(['content/articles/ar/no-date.mdx', 'content/articles/en/cannot-sign-in.mdx']);
  });

  it('prints one line per article, or none', () => {
    const text = formatReviewDue(reviewDue(files, { today: day('2026-12-07') }));
    expect(text).toContain('Due for a fact check (reviewed before 2026-06-07, more than 6 months ago; --review-age <months> changes the age): 3 articles');
    expect(text).toContain('    content/articles/en/cannot-sign-in.mdx — reviewed 2025-11-30 (12 months ago); check its facts, then set reviewed');
    expect(text).toContain('    content/articles/ar/no-date.mdx — no reviewed date');
    expect(formatReviewDue(reviewDue([], { today: day('2026-12-07'), months: 1 }))).toMatch(/more than 1 month ago; .*: none$/);
  });

  it('--review-age accepts whole months only', () => {
    expect([parseReviewAge('6'), parseReviewAge('12'), parseReviewAge('0'), parseReviewAge('1.5'), parseReviewAge('six'), parseReviewAge(undefined)]).toEqual([6, 12, undefined, undefined, undefined, undefined]);
  });
});
