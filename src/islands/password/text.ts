/** The checker's words that depend on a score or a list: levels, crack times, lists in the page's language. */
import type { Duration } from '../../lib/password/crack-time.ts';
import type { PasswordKey, PasswordT } from '../../lib/password/messages.ts';

export const LEVELS: PasswordKey[] = ['password.level.veryWeak', 'password.level.weak', 'password.level.fair', 'password.level.strong', 'password.level.veryStrong'];
export const STEPS = 5;

export function durationText(t: PasswordT, d: Duration): string {
  if (d.unit === 'ltSecond') return t('password.time.ltSecond');
  if (d.unit === 'centuries') return t('password.time.centuries');
  return t(`password.time.${d.unit}`, { count: d.count });
}

export function listText(tag: string, items: string[]): string {
  try {
    return new Intl.ListFormat(tag, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
