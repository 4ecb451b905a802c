/** One question of the selector: its heading, hint and answers as links (each answer is a step's own URL). */
import type { Ref } from 'preact';
import type { ViewQuestion } from '../../lib/recovery/types.ts';

interface Props {
  q: ViewQuestion;
  level: 2 | 3;
  idPrefix: string;
  headingRef: Ref<HTMLHeadingElement>;
  answers: readonly string[];
  hrefFor: (next: readonly string[]) => string;
  follow: (next: readonly string[]) => (e: MouseEvent) => void;
}

export function Question({ q, level, idPrefix, headingRef, answers, hrefFor, follow }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
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
}
