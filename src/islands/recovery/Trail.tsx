/** The answers so far, each a link back to the question it answered. */
import type { RecoveryT, RecoveryView } from '../../lib/recovery/types.ts';

interface Props {
  view: RecoveryView;
  t: RecoveryT;
  trail: readonly { nodeId: string; answerId: string }[];
  answers: readonly string[];
  hrefFor: (next: readonly string[]) => string;
  follow: (next: readonly string[]) => (e: MouseEvent) => void;
}

export function Trail({ view, t, trail, answers, hrefFor, follow }: Props) {
  return (
    <nav class="recovery-trail mb-5" aria-label={t('recovery.pathSoFar')} data-recovery-trail>
      <p class="text-sm font-semibold text-muted">{t('recovery.pathSoFar')}</p>
      <ol class="mt-1 list-decimal space-y-1 ps-5 text-sm marker:text-muted">
        {trail.map((step, i) => {
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
  );
}
