/** A date in the reader's language, e.g. "24 ноября 2026 г." / "November 24, 2026". */
export function formatDate(date: Date, tag: string): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Machine-readable form for <time datetime> and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
