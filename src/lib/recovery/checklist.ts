/** The plain-text version of an outcome, for "copy as a checklist": readable in any notes app or message. */
import type { ViewOutcome } from './types.ts';

export interface ChecklistLabels {
  time: string;
  prepare: string;
  steps: string;
  official: string;
  readMore: string;
}

/** Replaces `{name}` in a template; unknown names stay as they are. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * `absolute` turns a site href ("/en/reset-password/") into a full URL, so the links still work
 * when the text is pasted elsewhere.
 */
export function outcomeChecklist(outcome: ViewOutcome, labels: ChecklistLabels, absolute: (href: string) => string = (h) => h): string {
  const lines = [
    outcome.title,
    '',
    `${labels.time}: ${outcome.time}`,
    '',
    `${labels.prepare}:`,
    ...outcome.prepare.map((p) => `[ ] ${p}`),
    '',
    `${labels.steps}:`,
    ...outcome.steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    `${labels.official}:`,
    ...outcome.official.map((o) => `- ${absolute(o.href)}`),
    '',
    `${labels.readMore}:`,
    ...outcome.articles.map((a) => `- ${a.label}: ${absolute(a.href)}`),
  ];
  return `${lines.join('\n')}\n`;
}
