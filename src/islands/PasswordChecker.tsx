/**
 * The password-strength checker: a field, a five-step meter with words, crack times, length,
 * Xiaomi's rule and feedback. Renders on the server first; in the browser, on the first focus or
 * keystroke, it fetches the word lists its page needs (`lists`) and the scorer in parallel, and
 * shows a provisional estimate (length and kinds of characters, at most "fair") until they are in.
 * Private by construction: no form, no name, nothing stored, logged or sent.
 * The state is `usePasswordScore` (password/use-password-score.ts); the pieces are in password/.
 */
import { useState } from 'preact/hooks';
import type { XiaomiRule } from '../lib/password/rule.ts';
import { listLabels, type PackName } from '../lib/password/packs.ts';
import { translator } from '../i18n/format.ts';
import type { PasswordStrings } from '../lib/password/messages.ts';
import { usePasswordScore, useQuietAnnouncement } from './password/use-password-score.ts';
import { durationText, LEVELS, listText, STEPS } from './password/text.ts';
import { Meter } from './password/Meter.tsx';
import { ReportDetails } from './password/ReportDetails.tsx';
import { RuleCheck } from './password/RuleCheck.tsx';

export interface Props {
  /** The `password.*` messages of the page's language, with its BCP-47 tag (plural rules, numbers, lists). */
  strings: PasswordStrings;
  /** Xiaomi's rule (content/password-rules.yaml). */
  rule: XiaomiRule;
  /** The word lists (packs) this page's language needs, in load order (src/lib/password/packs.ts). */
  lists: PackName[];
  /** Prefix for element ids, unique on the page. */
  id: string;
}

export default function PasswordChecker({ strings, rule, lists, id }: Props) {
  const t = translator(strings);
  const { tag } = strings;
  const [shown, setShown] = useState(false);
  const { input, phase, value, report, provisional, shownScore, load, onInput } = usePasswordScore(lists);

  const level = shownScore !== null ? t(LEVELS[shownScore]!) : '';
  const step = shownScore !== null ? t('password.step', { step: shownScore + 1, total: STEPS }) : '';
  const offline = report ? durationText(t, report.crackTimes.offlineSlowHash) : '';
  const announcement = useQuietAnnouncement(
    () => (report ? t('password.announce', { level, step, time: offline }) : provisional !== null ? t('password.provisional', { level, step }) : ''),
    [report, provisional],
  );

  const status = phase === 'failed' && !value ? t('password.loadFailed') : !value ? t('password.empty') : null;
  const listsText = listText(tag, listLabels(lists).map((l) => t(`password.list.${l}`)));
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;

  return (
    <div class="password-checker" data-password-checker data-phase={phase}>
      <label for={inputId} class="block font-semibold">
        {t('password.label')}
      </label>
      <div class="mt-2 flex flex-wrap gap-2">
        <input
          ref={input}
          id={inputId}
          type={shown ? 'text' : 'password'}
          class="min-h-11 min-w-0 flex-1 basis-64 rounded-md border border-line bg-bg px-3 font-mono text-base text-fg"
          autocomplete="new-password"
          autocapitalize="off"
          autocorrect="off"
          spellcheck={false}
          aria-describedby={hintId}
          data-1p-ignore
          data-lpignore="true"
          data-bwignore
          data-form-type="other"
          data-password-input
          onFocus={load}
          onInput={onInput}
        />
        <button
          type="button"
          class="min-h-11 rounded-md border border-accent px-4 font-semibold text-accent"
          aria-pressed={shown ? 'true' : 'false'}
          aria-controls={inputId}
          data-password-toggle
          onClick={() => setShown((s) => !s)}
        >
          {t('password.show')}
        </button>
      </div>
      <p id={hintId} class="mt-1 text-sm text-muted">
        {t('password.hint')}
      </p>

      <div class="mt-4" data-password-result>
        <Meter score={shownScore} provisional={provisional !== null} />
        {status !== null ? (
          <p class="mt-2" data-password-status>
            {status}
          </p>
        ) : provisional !== null ? (
          <div class="mt-2 space-y-1" data-password-provisional={provisional}>
            <p>
              <strong>{t('password.strengthLabel')}:</strong> {t('password.provisional', { level, step })}
            </p>
            <p class="text-sm text-muted">{phase === 'failed' ? t('password.loadFailed') : t('password.loading')}</p>
          </div>
        ) : (
          report && <ReportDetails report={report} t={t} tag={tag} rule={rule} level={level} step={step} offline={offline} lists={lists} listsText={listsText} />
        )}
        <RuleCheck value={value} rule={rule} t={t} tag={tag} />
      </div>
      <p class="sr-only" aria-live="polite" data-password-announce>
        {announcement}
      </p>
    </div>
  );
}
