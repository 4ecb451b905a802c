/** The plain-text version of an outcome, for "copy as a checklist": readable in any notes app or message. */
import type { RecoveryT, ViewOutcome } from './types.ts';

/**
 * `absolute` turns a site href ("/en/reset-password/") into a full URL, so the links still work
 * when the text is pasted elsewhere.
 */
export function outcomeChecklist(outcome: ViewOutcome, t: RecoveryT, absolute: (href: string) => string = (h) => h): string {
  const lines = [
    outcome.title,
    '',
    `${t('recovery.time')}: ${outcome.time}`,
    '',
    `${t('recovery.prepare')}:`,
    ...outcome.prepare.map((p) => `[ ] ${p}`),
    '',
    `${t('recovery.steps')}:`,
    ...outcome.steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    `${t('recovery.official')}:`,
    ...outcome.official.map((o) => `- ${absolute(o.href)}`),
    '',
    `${t('recovery.readMore')}:`,
    ...outcome.articles.map((a) => `- ${a.label}: ${absolute(a.href)}`),
  ];
  return `${lines.join('\n')}\n`;
}
