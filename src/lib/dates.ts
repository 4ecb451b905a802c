/** A date in the reader's language: long "24 ноября 2026 г." / "November 24, 2026", medium "24 нояб. 2026 г." / "Nov 24, 2026". */
export function formatDate(date: Date, tag: string, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** Machine-readable form for <time datetime> and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
