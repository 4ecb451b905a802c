/**
 * A number of seconds as a unit and a count ("3 hours"), with zxcvbn-ts's thresholds, so that
 * the page can say it in words with the right plural form.
 */
const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 31 * DAY;
const YEAR = 12 * MONTH;
const CENTURY = 100 * YEAR;

export type TimeUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'months' | 'years';
export type Duration = { unit: 'ltSecond' } | { unit: 'centuries' } | { unit: TimeUnit; count: number };

const STEPS: readonly [TimeUnit, number, number][] = [
  ['seconds', SECOND, MINUTE],
  ['minutes', MINUTE, HOUR],
  ['hours', HOUR, DAY],
  ['days', DAY, MONTH],
  ['months', MONTH, YEAR],
  ['years', YEAR, CENTURY],
];

export function duration(seconds: number): Duration {
  if (!(seconds >= SECOND)) return { unit: 'ltSecond' };
  for (const [unit, size, next] of STEPS) {
    if (seconds < next) return { unit, count: Math.max(1, Math.round(seconds / size)) };
  }
  return { unit: 'centuries' };
}
