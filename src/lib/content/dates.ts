/** Frontmatter dates are calendar days, not instants: read, written and shown in UTC. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date in the reader's language: long "24 ноября 2026 г." / "November 24, 2026", medium "24 нояб. 2026 г." / "Nov 24, 2026". */
export function formatDate(date: Date, tag: string, style: 'long' | 'medium' = 'long'): string {
  const key = `${tag} ${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' })));
  return format.format(date);
}

/** "2026-11-24": for <time datetime>, structured data, frontmatter and comparisons of days. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day "2026-11-24" stands for, or undefined when it is not YYYY-MM-DD or not a real day (2026-02-30). */
export function parseDay(text: string | undefined): Date | undefined {
  const value = text?.trim();
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || isoDay(d) !== value ? undefined : d;
}
