/** What the scorer found: level, crack times, length, warning and suggestions, patterns, and the word lists it used. */
import type { PasswordReport } from '../../lib/password/scorer.ts';
import type { XiaomiRule } from '../../lib/password/rule.ts';
import type { PasswordT } from '../../lib/password/messages.ts';
import { durationText, listText } from './text.ts';

interface Props {
  report: PasswordReport;
  t: PasswordT;
  tag: string;
  rule: XiaomiRule;
  level: string;
  step: string;
  /** The offline crack time, already in words (the announcement says it too). */
  offline: string;
  lists: string[];
  listsText: string;
}

export function ReportDetails({ report, t, tag, rule, level, step, offline, lists, listsText }: Props) {
  return (
    <div class="mt-2 space-y-3">
      <p data-password-level={report.score}>
        <strong>{t('password.strengthLabel')}:</strong> {level} ({step})
      </p>
      <div>
        <p class="font-semibold">{t('password.timeTitle')}</p>
        <ul class="ms-5 list-disc">
          <li data-password-time="offline">
            {t('password.timeOffline')}: {offline}
          </li>
          <li data-password-time="online">
            {t('password.timeOnline')}: {durationText(t, report.crackTimes.onlineThrottled)}
          </li>
        </ul>
      </div>
      <p data-password-length={report.length}>
        <strong>{t('password.lengthLabel')}:</strong> {t('password.length', { count: report.length })}.{' '}
        {report.length >= rule.maxLength ? t('password.lengthMax') : t('password.lengthXiaomi', { count: rule.maxLength })}
      </p>
      <div data-password-feedback>
        <p class="font-semibold">{t('password.feedbackTitle')}</p>
        {report.feedback.warning && <p data-password-warning={report.feedback.warning}>{t(`password.warning.${report.feedback.warning}`)}</p>}
        {report.feedback.suggestions.length > 0 ? (
          <ul class="ms-5 list-disc">
            {report.feedback.suggestions.map((s) => (
              <li key={s} data-password-suggestion={s}>
                {t(`password.suggestion.${s}`)}
              </li>
            ))}
          </ul>
        ) : (
          !report.feedback.warning && <p>{t('password.noIssues')}</p>
        )}
      </div>
      {report.patterns.length > 0 && (
        <p data-password-patterns>
          <strong>{t('password.foundTitle')}:</strong> {listText(tag, report.patterns.map((p) => t(`password.pattern.${p}`)))}.
        </p>
      )}
      <p class="text-sm text-muted" data-password-lists={lists.join(' ')}>
        {t('password.listsUsed', { list: listsText })}
      </p>
    </div>
  );
}
