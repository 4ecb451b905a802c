/**
 * The recovery-path selector: one question at a time, then the steps for the reader's case.
 * The server renders the first question with plain links into the no-JS tree on the recovery page;
 * once hydrated, the same links walk the tree in place and (on the recovery page) the URL
 * follows the path (`?path=account.no-phone`), so the back button, bookmarks and shared links work.
 * All logic lives in src/lib/recovery; this file is only the interface.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecoveryStrings, RecoveryView, ViewOutcome, ViewQuestion } from '../lib/recovery/types.ts';
import {
  answersFromAnchor,
  decodePath,
  encodePath,
  outcomeAnchor,
  progressAt,
  readPathParam,
  stepAnchor,
  stepHref,
  walk,
} from '../lib/recovery/walk.ts';
import { outcomeChecklist } from '../lib/recovery/checklist.ts';
import { translator } from '../i18n/format.ts';
import { Outcome } from './recovery/Outcome.tsx';

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

type CopyState = 'idle' | 'done' | 'failed';

const sameAnswers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export default function RecoverySelector({ view, strings, mode, pageHref, idPrefix = 'rs' }: Props) {
  const t = translator(strings);
  const [answers, setAnswers] = useState<readonly string[]>([]);
  const [live, setLive] = useState(false);
  const [notice, setNotice] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [copy, setCopy] = useState<CopyState>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const copyAreaRef = useRef<HTMLTextAreaElement>(null);
  const focusNext = useRef(false);
  const current = useRef<readonly string[]>([]);
  current.current = answers;

  const level = mode === 'page' ? 2 : 3;
  const position = walk(view, answers);
  const nodeId = position.ok ? position.nodeId : view.root;
  const node = view.nodes[nodeId];
  const progress = progressAt(view, answers, nodeId);
  const progressText = t('recovery.progress', progress);

  const announce = (next: readonly string[], extra = '') => {
    const w = walk(view, next);
    const id = w.ok ? w.nodeId : view.root;
    const text = view.nodes[id]?.kind === 'outcome' ? t('recovery.announceOutcome') : t('recovery.progress', progressAt(view, next, id));
    setAnnouncement(extra ? `${extra} ${text}` : text);
  };

  /** Shows a step. `push` adds a history entry (page mode); `focus` moves focus to the new heading. */
  const show = (next: readonly string[], { push, focus }: { push: boolean; focus: boolean }) => {
    setAnswers(next);
    setNotice(false);
    setCopy('idle');
    focusNext.current = focus;
    announce(next);
    if (push && mode === 'page') history.pushState({ recoveryPath: encodePath(next) }, '', stepHref(location.pathname, next));
  };

  /** Reads the step from the address: `?path=…`, or on first load a `#r-…` link into the no-JS tree. */
  const fromLocation = (initial: boolean) => {
    const decoded = decodePath(view, readPathParam(location.search));
    if (decoded.status === 'ok') {
      if (!sameAnswers(decoded.answers, current.current)) show(decoded.answers, { push: false, focus: !initial });
      return;
    }
    if (decoded.status === 'invalid') {
      history.replaceState(null, '', location.pathname);
      setAnswers([]);
      setNotice(true);
      announce([], t('recovery.badPath'));
      return;
    }
    const fromAnchor = initial ? answersFromAnchor(location.hash) : null;
    const anchored = fromAnchor ? decodePath(view, encodePath(fromAnchor)) : undefined;
    if (anchored?.status === 'ok') {
      history.replaceState({ recoveryPath: encodePath(anchored.answers) }, '', stepHref(location.pathname, anchored.answers));
      show(anchored.answers, { push: false, focus: false });
    } else if (!initial && current.current.length > 0) {
      show([], { push: false, focus: true });
    }
  };

  useEffect(() => {
    setLive(true);
    if (mode !== 'page') return;
    // With JavaScript the selector is the way in; the full tree stays on the page, folded.
    document.querySelector<HTMLDetailsElement>('details[data-recovery-tree]')?.removeAttribute('open');
    fromLocation(true);
    const onPop = () => fromLocation(false);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (focusNext.current) {
      focusNext.current = false;
      headingRef.current?.focus();
    }
  }, [answers]);

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

  const Heading = level === 2 ? 'h2' : 'h3';
  const button =
    'inline-flex min-h-11 items-center gap-2 rounded-md border border-line bg-bg px-4 font-semibold hover:border-accent focus-visible:border-accent';

  const question = (q: ViewQuestion) => (
    <div data-recovery-question={q.id}>
      <Heading id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1} class="text-2xl font-bold leading-tight scroll-mt-4">
        {q.question}
      </Heading>
      {q.hint && <p class="mt-2 text-muted">{q.hint}</p>}
      <ul class="mt-5 grid gap-3" aria-labelledby={`${idPrefix}-heading`}>
        {q.answers.map((a) => {
          const next = [...answers, a.id];
          return (
            <li>
              <a
                href={hrefFor(next)}
                onClick={follow(next)}
                data-recovery-answer={a.id}
                class="recovery-answer flex min-h-14 w-full items-center justify-between gap-3 rounded-lg border-2 border-line bg-bg px-4 py-3 text-start font-semibold text-fg no-underline hover:border-accent hover:bg-accent-soft focus-visible:border-accent"
              >
                <span>{a.label}</span>
                {/* ‹ and › are mirrored by the browser in right-to-left text, so no flip is needed for Arabic. */}
                <span aria-hidden="true" class="text-xl text-accent">›</span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );

  return (
    <section
      class="recovery-selector not-prose rounded-xl border border-line p-4 sm:p-6"
      data-recovery-selector={mode}
      data-state={live ? 'live' : 'static'}
    >
      <div class="no-print mb-4 flex flex-wrap items-center gap-3" data-recovery-progress>
        <span class="text-sm font-semibold text-muted" id={`${idPrefix}-progress`}>
          {node.kind === 'outcome' ? t('recovery.progressDone') : progressText}
        </span>
        <progress
          class="recovery-progress h-2 flex-1 min-w-24"
          max={Math.max(progress.total, 1)}
          value={node.kind === 'outcome' ? Math.max(progress.total, 1) : progress.current}
          aria-labelledby={`${idPrefix}-progress`}
        />
      </div>

      {notice && (
        <p class="mb-4 rounded-md border-s-4 border-warning bg-bg-soft px-4 py-3" data-recovery-notice>
          {t('recovery.badPath')}
        </p>
      )}

      {position.ok && position.trail.length > 0 && (
        <nav class="recovery-trail mb-5" aria-label={t('recovery.pathSoFar')} data-recovery-trail>
          <p class="text-sm font-semibold text-muted">{t('recovery.pathSoFar')}</p>
          <ol class="mt-1 list-decimal space-y-1 ps-5 text-sm marker:text-muted">
            {position.trail.map((step, i) => {
              const q = view.nodes[step.nodeId];
              if (q?.kind !== 'question') return null;
              const label = q.answers.find((a) => a.id === step.answerId)?.label ?? step.answerId;
              const back = answers.slice(0, i);
              return (
                <li>
                  {/* The answers read as statements; the question stays available to screen readers. */}
                  <span class="sr-only">{q.question} </span>
                  <a href={hrefFor(back)} onClick={follow(back)} class="font-semibold">
                    {label}
                    <span class="sr-only"> — {t('recovery.changeAnswer')}</span>
                  </a>
                </li>
              );
            })}
          </ol>
        </nav>
      )}

      {node.kind === 'question' ? (
        question(node)
      ) : (
        <>
          <Outcome outcome={node} t={t} level={level} idPrefix={idPrefix} headingRef={headingRef} />
          <div class="no-print mt-6 flex flex-wrap items-center gap-3">
            <button type="button" class={button} onClick={() => print()} data-recovery-print>
              {t('recovery.print')}
            </button>
            <button type="button" class={button} onClick={() => void doCopy(node)} data-recovery-copy>
              {t('recovery.copy')}
            </button>
            {copy === 'done' && <span class="font-semibold text-tip">{t('recovery.copied')}</span>}
            {mode === 'embedded' && (
              <a href={stepHref(pageHref, answers)} class="font-semibold">
                {t('recovery.openFull')}
              </a>
            )}
          </div>
          {copy === 'failed' && (
            <div class="no-print mt-4">
              <p>{t('recovery.copyFailed')}</p>
              <label class="mt-2 block text-sm font-semibold" for={`${idPrefix}-copy`}>
                {t('recovery.copyText')}
              </label>
              <textarea
                id={`${idPrefix}-copy`}
                ref={copyAreaRef}
                readOnly
                rows={12}
                class="mt-1 w-full rounded-md border border-line bg-bg p-3 font-mono text-sm"
                value={checklist(node)}
              />
            </div>
          )}
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
