/** Xiaomi's own rule (content/password-rules.yaml), and whether the typed password meets it. */
import { checkRule, type XiaomiRule } from '../../lib/password/rule.ts';
import type { PasswordT } from '../../lib/password/messages.ts';
import { listText } from './text.ts';

export function RuleCheck({ value, rule, t, tag }: { value: string; rule: XiaomiRule; t: PasswordT; tag: string }) {
  const ruleCheck = value ? checkRule(value, rule) : null;
  const ruleParts = [
    t('password.ruleLength', { min: rule.minLength, max: rule.maxLength }),
    ...(rule.requireLetter ? [t('password.ruleLetter')] : []),
    ...(rule.requireDigit ? [t('password.ruleDigit')] : []),
    ...(rule.requireSpecial ? [t('password.ruleSpecial')] : []),
  ];
  const problemText = {
    tooShort: () => t('password.ruleTooShort', { count: rule.minLength }),
    tooLong: () => t('password.ruleTooLong', { count: rule.maxLength }),
    noLetter: () => t('password.ruleNoLetter'),
    noDigit: () => t('password.ruleNoDigit'),
    noSpecial: () => t('password.ruleNoSpecial'),
  };
  return (
    <div class="mt-3" data-password-rule={ruleCheck ? (ruleCheck.meets ? 'meets' : 'fails') : ''}>
      <p>
        <strong>{t('password.ruleTitle')}:</strong> {t('password.ruleIntro', { list: listText(tag, ruleParts) })}
      </p>
      {ruleCheck &&
        (ruleCheck.meets ? (
          <p>
            <span aria-hidden="true">✓ </span>
            {t('password.ruleMeets')}
          </p>
        ) : (
          <>
            <p>
              <span aria-hidden="true">✗ </span>
              {t('password.ruleFails')}
            </p>
            <ul class="ms-5 list-disc">
              {ruleCheck.problems.map((p) => (
                <li key={p}>{problemText[p]()}</li>
              ))}
            </ul>
          </>
        ))}
      <p class="text-sm text-muted">{t('password.ruleNote')}</p>
    </div>
  );
}
