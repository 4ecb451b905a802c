/**
 * The password-strength checker: a field, a five-step meter with words, crack times, length,
 * Xiaomi's rule and feedback. Renders on the server first; in the browser, on the first focus or
 * keystroke, it fetches the word lists its page needs (`lists`) and the scorer in parallel, and
 * shows a provisional estimate (length and kinds of characters, at most "fair") until they are in.
 * Private by construction: no form, no name, nothing stored, logged or sent.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PasswordReport, Scorer } from '../lib/password/scorer.ts';
import type { Duration } from '../lib/password/crack-time.ts';
import { checkRule, type XiaomiRule } from '../lib/password/rule.ts';
import { provisionalScore } from '../lib/password/provisional.ts';
import { fetchPacks } from '../lib/password/pack-urls.ts';
import { listLabels, type PackName } from '../lib/password/packs.ts';
import { translator } from '../i18n/format.ts';
import type { PasswordKey, PasswordStrings, PasswordT } from '../lib/password/messages.ts';

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

type Phase = 'idle' | 'loading' | 'ready' | 'failed';
const LEVELS: PasswordKey[] = ['password.level.veryWeak', 'password.level.weak', 'password.level.fair', 'password.level.strong', 'password.level.veryStrong'];
const STEPS = 5;
/** Colour adds to the words and the number of filled steps; it never carries the level alone. */
const TONES = ['bg-danger', 'bg-danger', 'bg-warning', 'bg-tip', 'bg-tip'];
/** Screen readers hear the result once typing pauses, not on every keystroke. */
const ANNOUNCE_AFTER_MS = 900;

function durationText(t: PasswordT, d: Duration): string {
  if (d.unit === 'ltSecond') return t('password.time.ltSecond');
  if (d.unit === 'centuries') return t('password.time.centuries');
  return t(`password.time.${d.unit}`, { count: d.count });
}

function listText(tag: string, items: string[]): string {
  try {
    return new Intl.ListFormat(tag, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export default function PasswordChecker({ strings, rule, lists, id }: Props) {
  const t = translator(strings);
  const { tag } = strings;
  const [shown, setShown] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [value, setValue] = useState('');
  const [report, setReport] = useState<PasswordReport | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const scorer = useRef<Scorer | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const frame = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const score = (password: string) => {
    setValue(password);
    setReport(password && scorer.current ? scorer.current(password) : null);
  };

  const load = () => {
    if (scorer.current || loading.current) return;
    setPhase('loading');
    // The lists and the scorer's code download side by side; the lists are decoded once, here.
    loading.current = Promise.all([import('../lib/password/load.ts'), fetchPacks(lists)])
      .then(([m, texts]) => m.default(texts))
      .then((s) => {
        scorer.current = s;
        setPhase('ready');
        score(input.current?.value ?? '');
      })
      .catch(() => setPhase('failed'))
      .finally(() => {
        loading.current = null;
      });
  };

  const onInput = () => {
    load();
    cancelAnimationFrame(frame.current);
    // Several keystrokes in one frame are scored once.
    frame.current = requestAnimationFrame(() => score(input.current?.value ?? ''));
  };

  // Text typed before the island woke up is scored as if just typed.
  useEffect(() => {
    if (input.current?.value) onInput();
    return () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(timer.current);
    };
  }, []);

  // While the lists load, a first estimate from length and kinds of characters only.
  const provisional = !report && value && phase !== 'ready' ? provisionalScore(value) : null;
  const shownScore = report ? report.score : provisional;
  const level = shownScore !== null ? t(LEVELS[shownScore]!) : '';
  const step = shownScore !== null ? t('password.step', { step: shownScore + 1, total: STEPS }) : '';
  const offline = report ? durationText(t, report.crackTimes.offlineSlowHash) : '';

  useEffect(() => {
    clearTimeout(timer.current);
    const text = report
      ? t('password.announce', { level, step, time: offline })
      : provisional !== null
        ? t('password.provisional', { level, step })
        : '';
    timer.current = setTimeout(() => setAnnouncement(text), ANNOUNCE_AFTER_MS);
  }, [report, provisional]);

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
        <div
          class="password-meter flex gap-1"
          aria-hidden="true"
          data-score={shownScore ?? ''}
          data-provisional={provisional !== null ? 'true' : undefined}
        >
          {LEVELS.map((_, k) => (
            <span
              key={k}
              class={`h-2 flex-1 rounded-sm ${shownScore !== null && k <= shownScore ? `${TONES[shownScore]}${provisional !== null ? ' opacity-50' : ''}` : 'bg-line'}`}
            />
          ))}
        </div>
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
          report && (
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
          )
        )}
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
      </div>
      <p class="sr-only" aria-live="polite" data-password-announce>
        {announcement}
      </p>
    </div>
  );
}
