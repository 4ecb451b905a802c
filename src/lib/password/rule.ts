/**
 * Would a password pass Xiaomi's reported rule? The rule comes from content/password-rules.yaml
 * and is only reported, so the page words the answer as "may".
 */
export interface XiaomiRule {
  minLength: number;
  maxLength: number;
  requireLetter: boolean;
  requireDigit: boolean;
}

export type RuleProblem = 'tooShort' | 'tooLong' | 'noLetter' | 'noDigit';

export interface RuleCheck {
  meets: boolean;
  problems: RuleProblem[];
}

export function checkRule(password: string, rule: XiaomiRule): RuleCheck {
  const length = [...password].length;
  const problems: RuleProblem[] = [];
  if (length < rule.minLength) problems.push('tooShort');
  if (length > rule.maxLength) problems.push('tooLong');
  if (rule.requireLetter && !/\p{L}/u.test(password)) problems.push('noLetter');
  if (rule.requireDigit && !/\p{Nd}/u.test(password)) problems.push('noDigit');
  return { meets: problems.length === 0, problems };
}
