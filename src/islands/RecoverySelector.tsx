/**
 * The recovery-path selector: one question at a time, then the steps for the reader's case.
 * The server renders the first question with plain links into the no-JS tree on the recovery page;
 * once hydrated, the same links walk the tree in place and (on the recovery page) the URL
 * follows the path (`?path=account.no-phone`), so the back button, bookmarks and shared links work.
 * All logic lives in src/lib/recovery; the path and the URL are `useRecoveryPath`, the pieces are in
 * recovery/; this file puts them together.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecoveryStrings, RecoveryView, ViewOutcome } from '../lib/recovery/types.ts';
import { outcomeAnchor, progressAt, stepAnchor, stepHref, walk } from '../lib/recovery/walk.ts';
import { outcomeChecklist } from '../lib/recovery/checklist.ts';
import { translator } from '../i18n/format.ts';
import { Outcome } from './recovery/Outcome.tsx';
import { useRecoveryPath } from './recovery/use-recovery-path.ts';
import { Question } from './recovery/Question.tsx';
import { Trail } from './recovery/Trail.tsx';
import { Progress } from './recovery/Progress.tsx';
import { OutcomeActions, type CopyState } from './recovery/OutcomeActions.tsx';

interface Props {
  view: RecoveryView;
  /** Its interface strings in the page's language (clientStrings with RECOVERY_KEYS). */
  strings: RecoveryStrings;
  /** "page": the recovery page, where the URL follows the path. "embedded": inside an article, the URL stays. */
  mode: 'page' | 'embedded';
  /** The recovery page, base included ("/en/recovery/"). */
  pageHref: string;
  /** Prefix of ids inside the selector, unique on the page. */
  idPrefix?: string;
}

export default function RecoverySelector({ view, strings, mode, pageHref, idPrefix = 'rs' }: Props) {
  const t = translator(strings);
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyAreaRef = useRef<HTMLTextAreaElement>(null);
  const { answers, live, notice, announcement, setAnnouncement, show, headingRef } = useRecoveryPath({ view, t, mode, onShow: () => setCopy('idle') });

  const level = mode === 'page' ? 2 : 3;
  const position = walk(view, answers);
  const nodeId = position.ok ? position.nodeId : view.root;
  const node = view.nodes[nodeId];
  const progress = progressAt(view, answers, nodeId);

  useEffect(() => {
    if (copy === 'failed') copyAreaRef.current?.select();
  }, [copy]);

  const follow = (next: readonly string[]) => (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    show(next, { push: true, focus: true });
  };

  /** Before hydration, links lead into the no-JS tree on the recovery page; after, to the step's own URL. */
  const hrefFor = (next: readonly string[]) => {
    if (live) return stepHref(pageHref, next);
    const w = walk(view, next);
    const target = w.ok && view.nodes[w.nodeId]?.kind === 'outcome' ? outcomeAnchor(w.nodeId) : stepAnchor(next);
    return `${mode === 'page' ? '' : pageHref}#${target}`;
  };

  if (!node) return null;

  const checklist = (o: ViewOutcome) => outcomeChecklist(o, t, (h) => new URL(h, location.href).href);
  const doCopy = async (o: ViewOutcome) => {
    try {
      await navigator.clipboard.writeText(checklist(o));
      setCopy('done');
      setAnnouncement(t('recovery.copied'));
    } catch {
      setCopy('failed');
      setAnnouncement(t('recovery.copyFailed'));
    }
  };

  const button =
    'inline-flex min-h-11 items-center gap-2 rounded-md border border-line bg-bg px-4 font-semibold hover:border-accent focus-visible:border-accent';

  return (
    <section
      class="recovery-selector not-prose rounded-xl border border-line p-4 sm:p-6"
      data-recovery-selector={mode}
      data-state={live ? 'live' : 'static'}
    >
      <Progress t={t} progress={progress} done={node.kind === 'outcome'} idPrefix={idPrefix} />

      {notice && (
        <p class="mb-4 rounded-md border-s-4 border-warning bg-bg-soft px-4 py-3" data-recovery-notice>
          {t('recovery.badPath')}
        </p>
      )}

      {position.ok && position.trail.length > 0 && (
        <Trail view={view} t={t} trail={position.trail} answers={answers} hrefFor={hrefFor} follow={follow} />
      )}

      {node.kind === 'question' ? (
        <Question q={node} level={level} idPrefix={idPrefix} headingRef={headingRef} answers={answers} hrefFor={hrefFor} follow={follow} />
      ) : (
        <>
          <Outcome outcome={node} t={t} level={level} idPrefix={idPrefix} headingRef={headingRef} />
          <OutcomeActions
            t={t}
            copy={copy}
            onCopy={() => void doCopy(node)}
            checklist={() => checklist(node)}
            fullHref={mode === 'embedded' ? stepHref(pageHref, answers) : undefined}
            idPrefix={idPrefix}
            copyAreaRef={copyAreaRef}
            buttonClass={button}
          />
        </>
      )}

      {answers.length > 0 && (
        <div class="no-print mt-6 flex flex-wrap gap-3 border-t border-line pt-4">
          <button type="button" class={button} onClick={() => show(answers.slice(0, -1), { push: true, focus: true })} data-recovery-back>
            <span aria-hidden="true">‹</span>
            {t('recovery.back')}
          </button>
          <button type="button" class={button} onClick={() => show([], { push: true, focus: true })} data-recovery-restart>
            {t('recovery.startOver')}
          </button>
        </div>
      )}

      <p class="sr-only" aria-live="polite" data-recovery-announce>
        {announcement}
      </p>
    </section>
  );
}
