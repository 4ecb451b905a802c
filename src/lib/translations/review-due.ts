/**
 * Review-due: an article whose `reviewed` date (when its facts were last checked against official
 * sources) is older than a configured age is due for a fact check. Listed by `npm run i18n:status`
 * (text, --json, --html) and the `astro dev` dashboard — for editors, never on the public page.
 * Pure: callers pass the files they read and today's date.
 */
import { isoDay } from '../content/dates.ts';
import { contentPath, type ContentFile } from './status.ts';

/** The default age, in months, after which an article's facts are due for a check (`--review-age <months>`). */
export const DEFAULT_REVIEW_AGE_MONTHS = 6;

export interface ReviewDueItem {
  locale: string;
  slug: string;
  /** The article's file from the repository root. */
  file: string;
  /** Its `reviewed` date (YYYY-MM-DD), or undefined when it has none. */
  reviewed?: string;
  /** Whole months since `reviewed` (undefined without a date). */
  months?: number;
}

export interface ReviewDue {
  /** The age the list was made with. */
  months: number;
  /** Articles reviewed before this day (YYYY-MM-DD) are due. */
  before: string;
  items: ReviewDueItem[];
}

/** `today` minus `months` calendar months, as a day (the 31st of a shorter month becomes its last day). */
export function monthsBefore(today: Date, months: number): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(y, m, Math.min(today.getUTCDate(), last))));
}

/** Whole calendar months from `from` to `to` (both days). */
function wholeMonths(from: Date, to: Date): number {
  const n = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return to.getUTCDate() < from.getUTCDate() ? n - 1 : n;
}

/** A `--review-age` value: a whole number of months, at least 1. Undefined when it is not one. */
export function parseReviewAge(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/**
 * Published articles (every locale, the source included) reviewed before `today` minus `months`, the
 * oldest first. Drafts are left out: nobody reads them yet.
 */
export function reviewDue(files: readonly ContentFile[], options: { months?: number | undefined; today: Date }): ReviewDue {
  const months = options.months ?? DEFAULT_REVIEW_AGE_MONTHS;
  const before = monthsBefore(options.today, months);
  const items: ReviewDueItem[] = files
    .filter((f) => f.kind === 'article' && !f.draft && (!f.reviewed || isoDay(f.reviewed) < before))
    .map((f) => ({
      locale: f.locale,
      slug: f.slug,
      file: contentPath('article', f.locale, f.slug),
      ...(f.reviewed ? { reviewed: isoDay(f.reviewed), months: wholeMonths(f.reviewed, options.today) } : {}),
    }))
    .sort((a, b) => (a.reviewed ?? '').localeCompare(b.reviewed ?? '') || a.file.localeCompare(b.file));
  return { months, before, items };
}

const monthsText = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

/** The review-due part of the text report. */
export function formatReviewDue(due: ReviewDue): string {
  const head = `Due for a fact check (reviewed before ${due.before}, more than ${monthsText(due.months)} ago; --review-age <months> changes the age): `;
  if (!due.items.length) return `${head}none`;
  return [
    `${head}${due.items.length} article${due.items.length === 1 ? '' : 's'}`,
    ...due.items.map((i) => `    ${i.file} — ${i.reviewed ? `reviewed ${i.reviewed} (${monthsText(i.months ?? 0)} ago)` : 'no reviewed date'}; check its facts, then set reviewed`),
  ].join('\n');
}
