/**
 * Would a password pass Xiaomi's rule? The rule comes from content/password-rules.yaml (Xiaomi's
 * security white paper states it; it may change), so the page words the answer as "probably".
 */
export interface XiaomiRule {
  minLength: number;
  maxLength: number;
  requireLetter: boolean;
  requireDigit: boolean;
  requireSpecial: boolean;
}

export type RuleProblem = 'tooShort' | 'tooLong' | 'noLetter' | 'noDigit' | 'noSpecial';

export interface RuleCheck {
  meets: boolean;
  problems: RuleProblem[];
}

/** A special character: anything but a letter, a digit or a space. */
const SPECIAL = /[^\p{L}\p{Nd}\s]/u;

export function checkRule(password: string, rule: XiaomiRule): RuleCheck {
  const length = [...password].length;
  const problems: RuleProblem[] = [];
  if (length < rule.minLength) problems.push('tooShort');
  if (length > rule.maxLength) problems.push('tooLong');
  if (rule.requireLetter && !/\p{L}/u.test(password)) problems.push('noLetter');
  if (rule.requireDigit && !/\p{Nd}/u.test(password)) problems.push('noDigit');
  if (rule.requireSpecial && !SPECIAL.test(password)) problems.push('noSpecial');
  return { meets: problems.length === 0, problems };
}
